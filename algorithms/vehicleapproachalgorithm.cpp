#include "vehicleapproachalgorithm.h"

#include "catalogueparameters.h"

#include "approachsearch.h"
#include "barrierratings.h"
#include "eventsecuritycompat.h"
#include "eventsecurityprovider.h"
#include "metriccrs.h"
#include "streetgraph.h"
#include "streetnetworkreader.h"
#include "vehicledynamics.h"

#include <qgsfeedback.h>
#include <qgsgeometry.h>
#include <qgsgeometryengine.h>
#include <qgslinestring.h>
#include <qgsprocessingparameters.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

namespace eventsecurity
{
namespace
{
constexpr int kBufferSegments = 16; // per quarter circle, for the study area

QVariant speedKmhOrNull( double speedMs )
{
  return speedMs >= 0 ? QVariant( domain::msToKmh( speedMs ) ) : compat::nullOf( compat::FieldDouble );
}

// Direction of the protected area's edge nearest to p (for the impact angle).
std::pair<double, double> edgeDirectionAt( const QgsGeometry &edge, const QgsPointXY &p )
{
  QgsPointXY nearest;
  int after = 0;
  edge.closestSegmentWithContext( p, nearest, after );
  if ( after <= 0 )
    return { 1, 0 };
  const QgsPoint a = edge.vertexAt( after - 1 );
  const QgsPoint b = edge.vertexAt( after );
  return { b.x() - a.x(), b.y() - a.y() };
}
} // namespace

QString VehicleApproachAlgorithm::name() const
{
  return QStringLiteral( "vehicleapproach" );
}

QString VehicleApproachAlgorithm::displayName() const
{
  return tr( "Hostile vehicle approach" );
}

QStringList VehicleApproachAlgorithm::tags() const
{
  return tr( "vehicle,hostile,ramming,hvm,vda,dynamics,speed,impact,barrier,bollard,astm,f2656,iwa,pas68,approach,run-"
             "up" )
      .split( ',' );
}

QString VehicleApproachAlgorithm::group() const
{
  return groupName( AlgorithmGroup::VehicleThreat );
}

QString VehicleApproachAlgorithm::groupId() const
{
  return eventsecurity::groupId( AlgorithmGroup::VehicleThreat );
}

QString VehicleApproachAlgorithm::shortHelpString() const
{
  return tr( "Finds, for every place where the street network crosses the edge of the protected area, the highest "
             "speed a hostile vehicle can reach there over any route, one route that reaches it, and the crash-tested "
             "barrier rating that stops it: a vehicle dynamics assessment (VDA) over the whole network.\n\n"
             "<b>Where a vehicle can be.</b> The study area is the protected area grown by SEARCH_DISTANCE_M; the "
             "streets inside it, minus the protected area itself, are the network. A vehicle may start at rest "
             "anywhere on it, or enter at START_SPEED_KMH where a street crosses the study area's outer edge. "
             "Hostile drivers ignore one-way rules unless RESPECT_ONEWAY is set (ONEWAY_FIELD, default the "
             "field \"oneway\" when the layer has one: OSM values yes/true/1 and -1/reverse); pedestrian streets "
             "and squares are drivable unless EXCLUDE_EXPRESSION removes them (e.g. bollarded ways). Street ends "
             "within TOLERANCE_M are joined; crossings without a shared vertex (bridges) do not connect. No "
             "U-turns: turning round is a near standstill, which starting at rest covers.\n\n"
             "<b>Acceleration.</b> a(v) = a0 (1 - v/vmax): over a run s the speed grows from v1 to v2 with "
             "S(v2) = S(v1) + s, S(v) = (vmax/a0)(-v - vmax ln(1 - v/vmax)). Speeds never exceed vmax.\n\n"
             "<b>Bends.</b> Where the route turns by a deflection angle theta, at a junction or at a vertex inside "
             "a street, the speed is at most sqrt(mu g R), R = w / (1 - cos(theta/2)): the driver cuts the corner "
             "across the usable carriageway width w (WIDTH_FIELD, else DEFAULT_WIDTH_M; at a junction the mean of "
             "the two streets' widths), mu = FRICTION, g = 9.80665 m/s2.\n\n"
             "<b>Vehicles.</b> VEHICLE picks a row of the vehicle table (mass, a0, vmax and the test vehicle of "
             "each standard); MASS_KG, ACCEL_MS2 and MAX_SPEED_KMH override it when greater than 0 (a mass "
             "override rates against the lightest test vehicle at least as heavy, within 5 %).\n\n"
             "<b>Outputs.</b> Impact points: impact_kmh, runup_m (length of the critical route), energy_kj "
             "(m v^2 / 2), angle_deg (between the final approach and the protected area's edge, 90 = head-on) and "
             "the rating a barrier needs: ASTM F2656 (e.g. M50), IWA 14-1 (e.g. V/7200[N2A]/48/90) and PAS 68 — "
             "the lowest test speed at or above the impact speed, for the test vehicle matching the class; an "
             "impact faster than every test says so. Penetration ratings are left to the designer. Routes: the "
             "critical route per impact point as a line whose M value is the speed in km/h at each vertex, with "
             "start_kmh above 0 when the vehicle enters at speed or builds it up going round a loop. Network: "
             "every street of the study area with max_kmh, the highest speed on it in a direction from which the "
             "protected area can be reached (a heat map). Outputs are in the network layer's CRS; distances are "
             "metres on the ground (a local metric CRS is used for geographic layers).\n\n"
             "<b>Sources and judgement calls.</b> The model and the cornering limit: domain reference sec. 4 "
             "(common VDA practice); mu 0.7 is dry asphalt (0.7-0.8 dry, 0.3-0.4 wet). The class accelerations "
             "have no primary source (plausible values from 0-100 km/h times: car 3, van 2, 7.5 t truck 1, 30 t "
             "lorry 0.5 m/s2) and vmax is a judgement: set them from the vehicles that matter on your site. "
             "Judgement calls of this tool, all parameters: the default vehicle (7.5 t truck, PAS 68 N3), "
             "START_SPEED_KMH 50 (a common urban limit), SEARCH_DISTANCE_M 1000, DEFAULT_WIDTH_M 7 (two lanes), "
             "the mean width at junctions, TOLERANCE_M 0.5. Braking, traffic, kerbs, street furniture and "
             "parked cars are not modelled: speeds are upper bounds for planning, not a substitute for a "
             "site survey by a qualified assessor." );
}

VehicleApproachAlgorithm *VehicleApproachAlgorithm::createInstance() const
{
  return new VehicleApproachAlgorithm();
}

void VehicleApproachAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "NETWORK" ), tr( "Street network (lines)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorLine ) ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "PROTECTED_AREA" ),
                                                         tr( "Protected area (polygons)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorPolygon ) ) );

  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "VEHICLE" ), tr( "Vehicle" ), vehicleOptions(), false,
                                                vehicleIndex( approachdefaults::kVehicleKey ) ) );
  addParameter( new QgsProcessingParameterNumber(
      QStringLiteral( "MASS_KG" ), tr( "Mass override, kg (0 = the vehicle's)" ), compat::Double, 0.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterNumber(
      QStringLiteral( "ACCEL_MS2" ), tr( "Acceleration from standstill override, m/s² (0 = the vehicle's)" ),
      compat::Double, 0.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MAX_SPEED_KMH" ),
                                                  tr( "Top speed override, km/h (0 = the vehicle's)" ), compat::Double,
                                                  0.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "START_SPEED_KMH" ),
                                                  tr( "Speed entering the study area, km/h" ), compat::Double,
                                                  approachdefaults::kStartSpeedKmh, false, 0.0 ) );
  // A plain number, not a distance parameter: it is metres on the ground whatever the layers' CRS.
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "SEARCH_DISTANCE_M" ),
                                                  tr( "Search distance around the protected area (m)" ), compat::Double,
                                                  approachdefaults::kSearchDistanceM, false, 0.0 ) );

  auto widthField = std::make_unique<QgsProcessingParameterField>(
      QStringLiteral( "WIDTH_FIELD" ), tr( "Carriageway width field (m)" ), QVariant(), QStringLiteral( "NETWORK" ) );
  widthField->setFlags( widthField->flags() | compat::FlagOptional );
  addParameter( widthField.release() );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "DEFAULT_WIDTH_M" ),
                                                  tr( "Default carriageway width (m)" ), compat::Double, approachdefaults::kWidthM,
                                                  false, 0.1 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "FRICTION" ), tr( "Tyre-road friction coefficient" ),
                                                  compat::Double, approachdefaults::kFriction, false, 0.01, 2.0 ) );
  addParameter(
      new QgsProcessingParameterBoolean( QStringLiteral( "RESPECT_ONEWAY" ), tr( "Respect one-way streets" ), false ) );
  auto onewayField = std::make_unique<QgsProcessingParameterField>(
      QStringLiteral( "ONEWAY_FIELD" ), tr( "One-way field (OSM values; default: \"oneway\" if present)" ), QVariant(),
      QStringLiteral( "NETWORK" ) );
  onewayField->setFlags( onewayField->flags() | compat::FlagOptional );
  addParameter( onewayField.release() );
  addParameter( new QgsProcessingParameterExpression( QStringLiteral( "EXCLUDE_EXPRESSION" ),
                                                      tr( "Leave out streets where (e.g. bollarded)" ), QVariant(),
                                                      QStringLiteral( "NETWORK" ), true ) );
  auto tolerance = std::make_unique<QgsProcessingParameterNumber>( QStringLiteral( "TOLERANCE_M" ),
                                                                   tr( "Join street ends closer than (m)" ),
                                                                   compat::Double, approachdefaults::kToleranceM, false, 0.0 );
  tolerance->setFlags( tolerance->flags() | compat::FlagAdvanced );
  addParameter( tolerance.release() );

  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_POINTS" ), tr( "Impact points" ),
                                                       compat::VectorPoint ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_ROUTES" ), tr( "Critical routes" ),
                                                       compat::VectorLine, QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_NETWORK" ),
                                                       tr( "Approach speeds on the network" ), compat::VectorLine,
                                                       QVariant(), true ) );
}

bool VehicleApproachAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                                 QgsProcessingFeedback * )
{
  const auto &classes = domain::vehicleClasses();
  const int index = parameterAsEnum( parameters, QStringLiteral( "VEHICLE" ), context );
  if ( index < 0 || index >= static_cast<int>( classes.size() ) )
    throw QgsProcessingException( tr( "VEHICLE must be one of the %1 listed vehicle classes (0 to %2)." )
                                      .arg( classes.size() )
                                      .arg( classes.size() - 1 ) );
  mVehicle = classes[static_cast<std::size_t>( index )];

  auto positiveOrZero = [&]( const char *name )
  {
    const double value = parameterAsDouble( parameters, QString::fromLatin1( name ), context );
    if ( !std::isfinite( value ) || value < 0 )
      throw QgsProcessingException( tr( "%1 must be 0 or a positive number (got %2)." )
                                        .arg( QString::fromLatin1( name ) )
                                        .arg( value ) );
    return value;
  };
  const double mass = positiveOrZero( "MASS_KG" );
  const double accel = positiveOrZero( "ACCEL_MS2" );
  const double maxSpeedKmh = positiveOrZero( "MAX_SPEED_KMH" );
  if ( mass > 0 )
  {
    // Another mass: rate against the lightest test vehicle of each standard that covers it.
    mVehicle.massKg = mass;
    const auto designation = [mass]( domain::BarrierStandard standard )
    {
      const domain::TestVehicle *test = domain::nearestCoveringTestVehicle( standard, mass );
      return test ? test->designation : std::string();
    };
    mVehicle.astmClass = designation( domain::BarrierStandard::AstmF2656 );
    mVehicle.iwaClass = designation( domain::BarrierStandard::Iwa14 );
    mVehicle.pas68Class = designation( domain::BarrierStandard::Pas68 );
  }
  if ( accel > 0 )
    mVehicle.accelMs2 = accel;
  if ( maxSpeedKmh > 0 )
    mVehicle.maxSpeedMs = domain::kmhToMs( maxSpeedKmh );

  mStartSpeedMs = domain::kmhToMs( positiveOrZero( "START_SPEED_KMH" ) );
  mSearchDistanceM = parameterAsDouble( parameters, QStringLiteral( "SEARCH_DISTANCE_M" ), context );
  if ( !( mSearchDistanceM > 0 ) || !std::isfinite( mSearchDistanceM ) )
    throw QgsProcessingException(
        tr( "SEARCH_DISTANCE_M must be greater than 0 metres (got %1)." ).arg( mSearchDistanceM ) );
  mFriction = parameterAsDouble( parameters, QStringLiteral( "FRICTION" ), context );
  if ( !( mFriction > 0 ) || !std::isfinite( mFriction ) )
    throw QgsProcessingException( tr( "FRICTION must be greater than 0 (dry asphalt about 0.7, wet 0.3-0.4)." ) );
  mDefaultWidthM = parameterAsDouble( parameters, QStringLiteral( "DEFAULT_WIDTH_M" ), context );
  if ( !( mDefaultWidthM > 0 ) || !std::isfinite( mDefaultWidthM ) )
    throw QgsProcessingException( tr( "DEFAULT_WIDTH_M must be greater than 0 metres." ) );
  mToleranceM = positiveOrZero( "TOLERANCE_M" );
  mRespectOneway = parameterAsBoolean( parameters, QStringLiteral( "RESPECT_ONEWAY" ), context );
  return true;
}

QVariantMap VehicleApproachAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                                        QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> network(
      parameterAsSource( parameters, QStringLiteral( "NETWORK" ), context ) );
  if ( !network )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "NETWORK" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> area(
      parameterAsSource( parameters, QStringLiteral( "PROTECTED_AREA" ), context ) );
  if ( !area )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "PROTECTED_AREA" ) ) );
  if ( QgsWkbTypes::geometryType( network->wkbType() ) != compat::LineGeometry )
    throw QgsProcessingException( tr( "NETWORK must be a line layer (streets)." ) );
  if ( QgsWkbTypes::geometryType( area->wkbType() ) != compat::PolygonGeometry )
    throw QgsProcessingException( tr( "PROTECTED_AREA must be a polygon layer." ) );

  // 1. The protected area and the study area, in the metric frame of the protected area.
  const MetricFrame frame( area->sourceCrs(), area->sourceExtent(), context.transformContext() );
  QVector<QgsGeometry> areaParts;
  {
    const QgsCoordinateTransform toMetric = frame.toMetric( area->sourceCrs() );
    QgsFeatureIterator it = area->getFeatures( QgsFeatureRequest().setNoAttributes() );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      if ( !feature.hasGeometry() )
        continue;
      QgsGeometry geometry = feature.geometry();
      transformOrThrow( geometry, toMetric );
      areaParts << geometry;
    }
  }
  if ( areaParts.isEmpty() )
    throw QgsProcessingException( tr( "PROTECTED_AREA has no polygon: draw the area to protect (e.g. the venue)." ) );
  const QgsGeometry protectedArea = QgsGeometry::unaryUnion( areaParts );
  if ( protectedArea.isEmpty() || protectedArea.area() <= 0 )
    throw QgsProcessingException( tr( "PROTECTED_AREA has no area: check its polygons." ) );
  const QgsGeometry studyArea = protectedArea.buffer( mSearchDistanceM, kBufferSegments );
  const QgsGeometry protectedEdge( protectedArea.constGet()->boundary() );
  std::unique_ptr<QgsGeometryEngine> protectedEngine( QgsGeometry::createGeometryEngine( protectedArea.constGet() ) );

  // 2. The streets around it, cut at the protected area's edge and at the study area's.
  StreetNetworkSettings settings;
  settings.widthField = parameterAsString( parameters, QStringLiteral( "WIDTH_FIELD" ), context );
  settings.defaultWidthM = mDefaultWidthM;
  settings.onewayField = parameterAsString( parameters, QStringLiteral( "ONEWAY_FIELD" ), context );
  if ( settings.onewayField.isEmpty() && network->fields().lookupField( QStringLiteral( "oneway" ) ) >= 0 )
    settings.onewayField = QStringLiteral( "oneway" );
  // As a string: parameterAsExpression() silently drops an expression that does not parse.
  settings.excludeExpression = parameterAsString( parameters, QStringLiteral( "EXCLUDE_EXPRESSION" ), context );
  settings.region = studyArea.difference( protectedArea );
  const QgsCoordinateTransform networkToMetric = frame.toMetric( network->sourceCrs() );
  const QgsCoordinateTransform metricToNetwork = frame.fromMetric( network->sourceCrs() );
  const StreetNetwork streets = readStreetNetwork( *network, networkToMetric, settings, context, feedback, 0, 40 );
  if ( feedback->isCanceled() )
    return {};
  if ( streets.lines.empty() )
    throw QgsProcessingException(
        tr( "No street of NETWORK lies within %1 m of PROTECTED_AREA (%2 street(s) read, %3 left out by the "
            "expression): check the layers overlap or raise SEARCH_DISTANCE_M." )
            .arg( mSearchDistanceM )
            .arg( streets.featuresRead )
            .arg( streets.featuresExcluded ) );

  // 3. The graph, the impact locations (cuts on the protected edge) and the entries (cuts on the outer edge).
  const domain::StreetGraph graph( streets.lines, mToleranceM );
  feedback->setProgress( 50 );
  std::vector<std::uint8_t> nodeKind( graph.nodeCount(), 0 ); // 1 = impact, 2 = entry
  for ( std::size_t l = 0; l < streets.lines.size(); ++l )
  {
    for ( const bool atStart : { true, false } )
    {
      if ( !( atStart ? streets.startIsCut[l] : streets.endIsCut[l] ) )
        continue;
      const int node =
          atStart ? graph.lineStartNode( static_cast<int>( l ) ) : graph.lineEndNode( static_cast<int>( l ) );
      if ( node < 0 || nodeKind[node] )
        continue;
      const domain::PlanePoint p = graph.nodePoint( node );
      const double distance =
          protectedEngine->distance( QgsGeometry::fromPointXY( QgsPointXY( p.x, p.y ) ).constGet() );
      nodeKind[node] = distance < 0.5 * mSearchDistanceM ? 1 : 2;
    }
  }
  domain::ApproachOptions options;
  options.friction = mFriction;
  options.respectOneway = mRespectOneway;
  options.startAtRestAnywhere = true;
  struct Impact
  {
    int node;
    std::vector<domain::ImpactLocation> approaches; // one per street arriving at the node
  };
  std::vector<Impact> impacts;
  std::vector<int> impactEdges;
  for ( int node = 0; node < graph.nodeCount(); ++node )
  {
    if ( nodeKind[node] == 2 )
    {
      for ( int i = graph.outgoingBegin( node ); i < graph.outgoingEnd( node ); ++i )
        options.entries.push_back( { graph.outgoingEdge( i ), mStartSpeedMs } );
    }
    else if ( nodeKind[node] == 1 )
    {
      const domain::PlanePoint p = graph.nodePoint( node );
      const auto [dx, dy] = edgeDirectionAt( protectedEdge, QgsPointXY( p.x, p.y ) );
      Impact impact{ node, {} };
      for ( int i = graph.outgoingBegin( node ); i < graph.outgoingEnd( node ); ++i )
      {
        const int arriving = domain::StreetGraph::reverseOf( graph.outgoingEdge( i ) );
        impact.approaches.push_back(
            { arriving, graph.edgeLengthM( domain::StreetGraph::edgeOf( arriving ) ), dx, dy } );
        impactEdges.push_back( arriving );
      }
      impacts.push_back( std::move( impact ) );
    }
  }
  feedback->pushInfo(
      tr( "Street graph: %1 node(s), %2 edge(s) from %3 street(s); %4 crossing(s) of the protected area's edge, "
          "%5 entry point(s) on the study area's edge." )
          .arg( graph.nodeCount() )
          .arg( graph.edgeCount() )
          .arg( streets.featuresRead - streets.featuresExcluded )
          .arg( impacts.size() )
          .arg( options.entries.size() ) );
  if ( impacts.empty() )
    feedback->reportError(
        tr( "No street crosses the edge of PROTECTED_AREA: there is no vehicle approach to assess." ) );

  // 4. The search.
  const domain::AccelerationModel model( mVehicle.accelMs2, mVehicle.maxSpeedMs );
  domain::ApproachSearch search( graph, model, options );
  if ( !search.run( [feedback] { return feedback->isCanceled(); } ) )
    return {};
  feedback->setProgress( 80 );

  // 5. Impact points and routes.
  QgsFields pointFields;
  pointFields.append( QgsField( QStringLiteral( "impact_kmh" ), compat::FieldDouble ) );
  pointFields.append( QgsField( QStringLiteral( "runup_m" ), compat::FieldDouble ) );
  pointFields.append( QgsField( QStringLiteral( "energy_kj" ), compat::FieldDouble ) );
  pointFields.append( QgsField( QStringLiteral( "angle_deg" ), compat::FieldDouble ) );
  pointFields.append( QgsField( QStringLiteral( "vehicle" ), compat::FieldString ) );
  pointFields.append( QgsField( QStringLiteral( "mass_kg" ), compat::FieldDouble ) );
  pointFields.append( QgsField( QStringLiteral( "rating_astm" ), compat::FieldString ) );
  pointFields.append( QgsField( QStringLiteral( "rating_iwa" ), compat::FieldString ) );
  pointFields.append( QgsField( QStringLiteral( "rating_pas68" ), compat::FieldString ) );
  pointFields.append( QgsField( QStringLiteral( "network_fid" ), compat::FieldLongLong ) );
  QString pointsId;
  std::unique_ptr<QgsFeatureSink> pointsSink( parameterAsSink( parameters, QStringLiteral( "OUTPUT_POINTS" ), context,
                                                               pointsId, pointFields, compat::WkbPoint,
                                                               network->sourceCrs() ) );
  if ( !pointsSink )
    throw QgsProcessingException( invalidSinkError( parameters, QStringLiteral( "OUTPUT_POINTS" ) ) );

  QgsFields routeFields;
  routeFields.append( QgsField( QStringLiteral( "impact_kmh" ), compat::FieldDouble ) );
  routeFields.append( QgsField( QStringLiteral( "runup_m" ), compat::FieldDouble ) );
  routeFields.append( QgsField( QStringLiteral( "start_kmh" ), compat::FieldDouble ) );
  QString routesId;
  std::unique_ptr<QgsFeatureSink> routesSink( parameterAsSink( parameters, QStringLiteral( "OUTPUT_ROUTES" ), context,
                                                               routesId, routeFields, compat::WkbLineStringM,
                                                               network->sourceCrs() ) );

  const QString vehicleKey = QString::fromStdString( mVehicle.key );
  double fastestKmh = 0;
  int written = 0;
  int unreachable = 0;
  int beyondTests = 0;
  for ( std::size_t k = 0; k < impacts.size(); ++k )
  {
    if ( feedback->isCanceled() )
      return {};
    domain::ImpactResult best;
    int bestEdge = -1;
    for ( const domain::ImpactLocation &approach : impacts[k].approaches )
    {
      domain::ImpactResult result = search.impact( approach );
      if ( result.reachable && ( !best.reachable || result.speedMs > best.speedMs ) )
      {
        best = std::move( result );
        bestEdge = approach.directedEdge;
      }
    }
    if ( !best.reachable )
    {
      ++unreachable;
      continue;
    }
    domain::BarrierRatings ratings;
    try
    {
      ratings = domain::requiredBarrierRatings( mVehicle, best.speedMs, best.angleDeg );
    }
    catch ( const std::invalid_argument &e )
    {
      throw QgsProcessingException(
          tr( "Could not rate the barrier for %1: %2" )
              .arg( translatedVehicleName( mVehicle.name ), QString::fromUtf8( e.what() ) ) );
    }
    beyondTests += ratings.exceedsAllTests ? 1 : 0;
    const double impactKmh = domain::msToKmh( best.speedMs );
    fastestKmh = std::max( fastestKmh, impactKmh );
    const QgsFeatureId sourceFid =
        streets.featureIds[static_cast<std::size_t>( graph.edgeLine( domain::StreetGraph::edgeOf( bestEdge ) ) )];

    const domain::PlanePoint p = graph.nodePoint( impacts[k].node );
    QgsGeometry point = QgsGeometry::fromPointXY( QgsPointXY( p.x, p.y ) );
    transformOrThrow( point, metricToNetwork );
    QgsFeature out( pointFields );
    out.setGeometry( point );
    out.setAttributes( QgsAttributes() << impactKmh << best.runupM
                                       << domain::kineticEnergyKj( mVehicle.massKg, best.speedMs ) << best.angleDeg
                                       << vehicleKey << mVehicle.massKg << QString::fromStdString( ratings.astm )
                                       << QString::fromStdString( ratings.iwa )
                                       << QString::fromStdString( ratings.pas68 ) << sourceFid );
    if ( !pointsSink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException(
          writeFeatureError( pointsSink.get(), parameters, QStringLiteral( "OUTPUT_POINTS" ) ) );
    ++written;

    if ( routesSink )
    {
      QVector<double> x, y, m;
      for ( const domain::RoutePoint &vertex : best.route )
      {
        x << vertex.point.x;
        y << vertex.point.y;
        m << domain::msToKmh( vertex.speedMs );
      }
      QgsGeometry route( new QgsLineString( x, y, QVector<double>(), m ) );
      transformOrThrow( route, metricToNetwork );
      QgsFeature routeFeature( routeFields );
      routeFeature.setGeometry( route );
      routeFeature.setAttributes( QgsAttributes() << impactKmh << best.runupM << domain::msToKmh( best.startSpeedMs ) );
      if ( !routesSink->addFeature( routeFeature, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException(
            writeFeatureError( routesSink.get(), parameters, QStringLiteral( "OUTPUT_ROUTES" ) ) );
    }
  }
  feedback->setProgress( 90 );

  // 6. The speed on every street of the study area.
  QString networkId;
  QgsFields networkFields;
  networkFields.append( QgsField( QStringLiteral( "network_fid" ), compat::FieldLongLong ) );
  networkFields.append( QgsField( QStringLiteral( "width_m" ), compat::FieldDouble ) );
  networkFields.append( QgsField( QStringLiteral( "max_kmh" ), compat::FieldDouble ) );
  std::unique_ptr<QgsFeatureSink> networkSink( parameterAsSink( parameters, QStringLiteral( "OUTPUT_NETWORK" ), context,
                                                                networkId, networkFields, compat::WkbLineString,
                                                                network->sourceCrs() ) );
  if ( networkSink )
  {
    const std::vector<double> maxSpeed = search.maxSpeedTowardMs( impactEdges );
    for ( int edge = 0; edge < graph.edgeCount(); ++edge )
    {
      if ( edge % 10000 == 0 && feedback->isCanceled() )
        return {};
      QVector<double> x, y;
      for ( int i = 0; i < graph.edgePointCount( edge ); ++i )
      {
        x << graph.edgePoint( edge, i ).x;
        y << graph.edgePoint( edge, i ).y;
      }
      QgsGeometry line( new QgsLineString( x, y ) );
      transformOrThrow( line, metricToNetwork );
      QgsFeature out( networkFields );
      out.setGeometry( line );
      out.setAttributes( QgsAttributes() << streets.featureIds[static_cast<std::size_t>( graph.edgeLine( edge ) )]
                                         << graph.edgeWidthM( edge )
                                         << speedKmhOrNull( maxSpeed[static_cast<std::size_t>( edge )] ) );
      if ( !networkSink->addFeature( out, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException(
            writeFeatureError( networkSink.get(), parameters, QStringLiteral( "OUTPUT_NETWORK" ) ) );
    }
  }
  feedback->setProgress( 100 );

  feedback->pushInfo(
      tr( "%1 (%2 kg, a0 %3 m/s², vmax %4 km/h): %5 impact point(s), fastest %6 km/h; %7 beyond every crash test; "
          "%8 crossing(s) no vehicle can reach." )
          .arg( translatedVehicleName( mVehicle.name ) )
          .arg( mVehicle.massKg )
          .arg( mVehicle.accelMs2 )
          .arg( domain::msToKmh( mVehicle.maxSpeedMs ), 0, 'f', 0 )
          .arg( written )
          .arg( fastestKmh, 0, 'f', 1 )
          .arg( beyondTests )
          .arg( unreachable ) );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT_POINTS" ), pointsId );
  if ( routesSink )
    outputs.insert( QStringLiteral( "OUTPUT_ROUTES" ), routesId );
  if ( networkSink )
    outputs.insert( QStringLiteral( "OUTPUT_NETWORK" ), networkId );
  return outputs;
}

} // namespace eventsecurity
