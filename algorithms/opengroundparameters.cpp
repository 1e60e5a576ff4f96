// ApproachAlgorithmBase's open-ground parameters (issue 13): declared and read here, once, for every algorithm that
// studies a hostile vehicle approach (approachalgorithmbase.h); what they feed is in opengroundinput.h and
// opengroundstudy.h.
#include "approachalgorithmbase.h"

#include "approachstudy.h"
#include "helptext.h"
#include "metriccrs.h"

#include <qgsexpression.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

#include <algorithm>

namespace eventsecurity
{

namespace
{
// IMPACT_SPACING_M's limits: the domain keeps its points at least 1 m and 4 snapping tolerances apart (closer ones
// would merge), and 10 km is more than any protected area's edge.
constexpr double kMinImpactSpacingM = 1;
constexpr double kMaxImpactSpacingM = 10000;

QgsProcessingParameterDefinition *advanced( QgsProcessingParameterDefinition *definition )
{
  definition->setFlags( definition->flags() | compat::FlagAdvanced );
  return definition;
}
} // namespace

void ApproachAlgorithmBase::addOpenGroundParameters()
{
  addParameter( new QgsProcessingParameterFeatureSource(
      QStringLiteral( "OPEN_AREAS" ), tr( "Open ground a vehicle can drive on: squares, promenades, parks (polygons)" ),
      QList<int>() << static_cast<int>( compat::VectorPolygon ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterMultipleLayers(
      QStringLiteral( "OBSTACLES" ),
      tr( "Obstacles that stop a vehicle: buildings, walls, water, bollards (layers of any geometry)" ),
      compat::VectorAnyGeometry, QVariant(), true ) );
  addParameter( advanced( new QgsProcessingParameterNumber( QStringLiteral( "OBSTACLE_RADIUS_M" ),
                                                            tr( "Radius of an obstacle drawn as a point (m)" ),
                                                            compat::Double, kDefaultObstacleRadiusM, false, 0.0 ) ) );
  addParameter( advanced( new QgsProcessingParameterString(
      QStringLiteral( "OBSTACLE_RADIUS_FIELD" ), tr( "Field with a point obstacle's radius in metres (optional)" ),
      QVariant(), false, true ) ) );
  addParameter( advanced( new QgsProcessingParameterExpression(
      QStringLiteral( "REMOVABLE_EXPRESSION" ), tr( "Barrier points that can be removed or lowered are where" ),
      QString::fromLatin1( kDefaultRemovableExpression ), QString(), true ) ) );
  addParameter( advanced( new QgsProcessingParameterBoolean(
      QStringLiteral( "REMOVABLE_BARRIERS_OPEN" ), tr( "Removable or rising barriers count as open" ), true ) ) );
  addParameter( advanced( new QgsProcessingParameterNumber(
      QStringLiteral( "IMPACT_SPACING_M" ), tr( "Spacing of the impact points along open ground (m)" ), compat::Double,
      domain::OpenGroundOptions().impactSpacingM, false, 0.0 ) ) );
}

void ApproachAlgorithmBase::loadOpenGroundParameters( const QVariantMap &parameters, QgsProcessingContext &context )
{
  OpenGroundSettings &o = mApproach.openGround;
  o.obstacleRadiusM = nonNegativeParameter( parameters, QStringLiteral( "OBSTACLE_RADIUS_M" ),
                                            tr( "metres, e.g. 0.1 for a slim bollard" ), context );
  if ( o.obstacleRadiusM > kMaxObstacleRadiusM )
    throw QgsProcessingException( tr( "OBSTACLE_RADIUS_M must be at most %1 m (draw a larger obstacle as a polygon); "
                                      "got %2." )
                                      .arg( kMaxObstacleRadiusM )
                                      .arg( o.obstacleRadiusM ) );
  o.obstacleRadiusField = parameterAsString( parameters, QStringLiteral( "OBSTACLE_RADIUS_FIELD" ), context ).trimmed();
  // As a string: parameterAsExpression() silently drops an expression that does not parse.
  o.removableExpression = parameterAsString( parameters, QStringLiteral( "REMOVABLE_EXPRESSION" ), context );
  const QgsExpression removable( o.removableExpression );
  if ( !o.removableExpression.trimmed().isEmpty() && removable.hasParserError() )
    throw QgsProcessingException( tr( "REMOVABLE_EXPRESSION: the expression \"%1\" is not valid: %2" )
                                      .arg( o.removableExpression, removable.parserErrorString() ) );
  o.removableBarriersOpen = parameterAsBoolean( parameters, QStringLiteral( "REMOVABLE_BARRIERS_OPEN" ), context );
  o.impactSpacingM = positiveParameter( parameters, QStringLiteral( "IMPACT_SPACING_M" ),
                                        tr( "metres between impact points, e.g. 10" ), context );
  const double minimumM = std::max( kMinImpactSpacingM, 4 * mApproach.toleranceM );
  if ( o.impactSpacingM < minimumM || o.impactSpacingM > kMaxImpactSpacingM )
    throw QgsProcessingException(
        tr( "IMPACT_SPACING_M must be at least %1 m (1 m, and 4 times TOLERANCE_M so that the points stay apart) and "
            "at most %2 m; got %3." )
            .arg( minimumM )
            .arg( kMaxImpactSpacingM )
            .arg( o.impactSpacingM ) );
}

OpenGroundLayers
ApproachAlgorithmBase::openGroundLayers( const MetricFrame &frame, const QgsProcessingContext &context,
                                         std::vector<std::unique_ptr<QgsProcessingFeatureSource>> &sources ) const
{
  OpenGroundLayers layers;
  if ( std::unique_ptr<QgsProcessingFeatureSource> openAreas =
           snapshotSource( QStringLiteral( "OPEN_AREAS" ), context ) )
  {
    if ( QgsWkbTypes::geometryType( openAreas->wkbType() ) != compat::PolygonGeometry )
      throw QgsProcessingException(
          tr( "OPEN_AREAS must be a polygon layer: the squares, promenades and parks a vehicle can drive on." ) );
    layers.openAreas.push_back( { openAreas.get(), frame.toMetric( openAreas->sourceCrs() ),
                                  inputSnapshot( QStringLiteral( "OPEN_AREAS" ) )->sourceName() } );
    sources.push_back( std::move( openAreas ) );
  }
  std::vector<std::unique_ptr<QgsProcessingFeatureSource>> obstacles =
      snapshotSources( QStringLiteral( "OBSTACLES" ), context );
  const std::vector<const SourceSnapshot *> snapshots = inputSnapshots( QStringLiteral( "OBSTACLES" ) );
  for ( std::size_t i = 0; i < obstacles.size(); ++i )
  {
    const QString name = snapshots[i]->sourceName();
    const compat::GeometryType type = QgsWkbTypes::geometryType( obstacles[i]->wkbType() );
    if ( type != compat::PointGeometry && type != compat::LineGeometry && type != compat::PolygonGeometry )
      throw QgsProcessingException(
          tr( "OBSTACLES: the layer %1 has no points, lines or polygons: give layers of obstacles (buildings, walls, "
              "bollards...)." )
              .arg( name ) );
    layers.obstacles.push_back( { obstacles[i].get(), frame.toMetric( obstacles[i]->sourceCrs() ), name } );
    sources.push_back( std::move( obstacles[i] ) );
  }
  return layers;
}

void ApproachAlgorithmBase::reportOpenGround( const ApproachStudy &study, QgsProcessingFeedback *feedback,
                                              QStringList *warnings )
{
  const OpenGroundStudy *openGround = study.openGround();
  if ( !openGround )
    return;
  for ( const QString &warning : openGround->warnings() )
  {
    feedback->pushWarning( warning );
    if ( warnings )
      *warnings << warning;
  }
  for ( const QString &note : openGround->notes() )
    feedback->pushInfo( note );
}

void ApproachAlgorithmBase::addOpenGroundHelp( HelpPage &page )
{
  page.model( tr( "Open ground (OPEN_AREAS, OBSTACLES)" ) )
      .paragraph(
          tr( "A hostile vehicle need not keep to the streets: it can cross squares, promenades, car parks and lawns "
              "(Nice, 14 July 2016: a 19 t lorry drove about 1.7 km along the Promenade des Anglais). OPEN_AREAS are "
              "the polygons of ground it can drive on off the carriageway (clipped to the study area; overlapping ones "
              "are joined; the protected area itself is never driven on); OBSTACLES, one or more layers of points, "
              "lines or polygons, are what stops it: buildings, walls, water, planters, bollards, crash-rated "
              "barriers. Leave out what does not stop a vehicle (trees, fences, hedges, OSM bollard=flexible): an "
              "obstacle that does not stop one makes the speeds too low." ) )
      .paragraph(
          tr( "The model, in plain words: the free space is where the vehicle's centre can be: the open areas and the "
              "carriageways and pavements of the streets that touch them, shrunk by half the vehicle's width, minus "
              "the obstacles grown by it. The vehicle drives straight legs between the corners of the free space, "
              "points along the streets and points on the protected area's edge, accelerating as on the streets; "
              "where legs meet, its speed is at most sqrt(a R), R the largest circle that fits the turn in the room "
              "beside the two legs and along their straight runs (a U-turn in a strip of width w has R = w / 2). It "
              "may start at rest anywhere on open ground, or come off a street at the speed it has there; a route "
              "never drives through the protected area's edge or a corner of the free space." ) );
  page.model( tr( "Impacts along open ground" ) )
      .paragraph(
          tr( "A vehicle on open ground can hit the protected area anywhere along a stretch of its edge that the free "
              "space reaches, not only where a street crosses it: impact points are placed along every such stretch, "
              "IMPACT_SPACING_M apart, both ends included, each with its speed, route and ratings; the stretch's "
              "rating is that of its fastest point." ) )
      .paragraph(
          tr( "An obstacle drawn as a point is a disc of radius OBSTACLE_RADIUS_M or of the radius in metres in "
              "OBSTACLE_RADIUS_FIELD (a negative radius is refused). A point on a street line (within TOLERANCE_M, as "
              "OpenStreetMap draws a barrier=bollard node on its way) closes that street to vehicles, unless "
              "REMOVABLE_EXPRESSION says it can be removed or lowered (default: OSM bollard=removable, rising or "
              "foldable, the values of the OSM wiki's Key:bollard for bollards that can be taken away or lowered, and "
              "retractable, a word some mappers use for rising) and REMOVABLE_BARRIERS_OPEN is set; points of a layer "
              "without the expression's fields count as fixed. Lines and polygons never close a street (streets pass "
              "under buildings and through gates, which OSM draws as points)." ) );
  page.judgementCalls()
      .named( QStringLiteral( "IMPACT_SPACING_M" ),
              tr( "%1 m, about two vehicle lengths." ).arg( domain::OpenGroundOptions().impactSpacingM ) )
      .named( QStringLiteral( "OBSTACLE_RADIUS_M" ),
              tr( "%L1 m, a slim bollard: the smallest obstacle is the safe side." ).arg( kDefaultObstacleRadiusM ) )
      .named( QStringLiteral( "REMOVABLE_BARRIERS_OPEN" ),
              tr( "yes, the safe side: a removable bollard is down whenever someone lets a vehicle through." ) )
      .list( { tr( "The vehicle's width on open ground is its class's body width: car 1.7 m, pickup 1.8, van 1.9, 7.2 "
                   "and 7.5 t trucks 2.2, 30 t lorry 2.5 (at the narrow end of each class, the safe side: a narrower "
                   "vehicle passes more gaps; the EU maximum is 2.55 m)." ),
               tr( "Pavements of %1 m beside each carriageway join it to the open ground." )
                   .arg( domain::OpenGroundOptions().pavementWidthM ) } );
  page.limits().list(
      { tr( "Not modelled on open ground: kerbs and steps (a kerb is mounted at speed), soft ground (a lawn is as fast "
            "as asphalt: the safe side), slopes; vehicles entering at speed over open ground where it crosses the "
            "study area's edge (they start at rest there)." ),
        tr( "Each turn is judged on its own, from the room at its node and the straight runs beside it, so a route "
            "that chains turns (a zigzag through a park, a lap round a lawn, a U-turn made of two turns at a street) "
            "can be credited more speed than a vehicle could keep: check the critical route on the map before relying "
            "on a speed. A turn taken short of a corner of the free space (cutting a plaza's corner) is not credited, "
            "which can leave a speed slightly low there." ),
        tr( "Invalid open area and obstacle polygons are repaired with make valid (a warning says so) and curves made "
            "straight; obstacles away from every open area are ignored, except points that close a street." ) } );
}

} // namespace eventsecurity
