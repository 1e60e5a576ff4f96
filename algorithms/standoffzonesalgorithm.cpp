#include "standoffzonesalgorithm.h"

#include "catalogueparameters.h"

#include "eventsecuritycompat.h"
#include "eventsecurityprovider.h"
#include "kingerybulmash.h"
#include "metriccrs.h"
#include "threatcatalogue.h"

#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsgeometryengine.h>
#include <qgslinestring.h>
#include <qgspolygon.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsspatialindex.h>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace eventsecurity
{
namespace
{
namespace kb = domain::kingerybulmash;

const QString kCustomThreatKey = QStringLiteral( "custom" );
enum Method
{
  StandoffChart = 0,
  BlastOverpressure = 1,
};

// Domain texts are English in the library; their translations live in the "ThreatCatalogue" context.
QVariant optionalToVariant( const std::optional<double> &value )
{
  return value ? QVariant( *value ) : QVariant(); // an invalid QVariant is a NULL attribute
}

// A source feature in the metric frame.
struct Shape
{
  QgsFeatureId fid;
  QgsGeometry geometry;
  bool isSinglePoint;
};

// Buffer distance whose polygonal approximation contains the whole true circle: with n vertices per turn
// the chords come within r cos(pi/n) of the centre, so vertices at r / cos(pi/n) keep every chord at r or
// beyond (the drawn zone never understates the distance; area error +0.08 % at 16 segments per quarter).
double circumscribedRadius( double radius, int segmentsPerQuarter )
{
  return radius / std::cos( M_PI / ( 4.0 * segmentsPerQuarter ) );
}

// A closed regular polygon around centre (counter-clockwise, or clockwise for a hole).
std::unique_ptr<QgsLineString> circleRing( const QgsPointXY &centre, double radius, int segmentsPerQuarter,
                                           bool clockwise )
{
  const int count = 4 * segmentsPerQuarter;
  const double vertexRadius = circumscribedRadius( radius, segmentsPerQuarter );
  QVector<double> x( count + 1 ), y( count + 1 );
  for ( int i = 0; i < count; ++i )
  {
    const double angle = ( clockwise ? -2.0 : 2.0 ) * M_PI * i / count;
    x[i] = centre.x() + vertexRadius * std::cos( angle );
    y[i] = centre.y() + vertexRadius * std::sin( angle );
  }
  x[count] = x[0];
  y[count] = y[0];
  return std::make_unique<QgsLineString>( x, y );
}

// Everything within radius of the shape (a disc for a point; the polygon grown by radius otherwise).
QgsGeometry discAround( const Shape &shape, double radius, int segmentsPerQuarter )
{
  if ( !shape.isSinglePoint )
    return shape.geometry.buffer( circumscribedRadius( radius, segmentsPerQuarter ), segmentsPerQuarter );
  auto polygon = std::make_unique<QgsPolygon>();
  polygon->setExteriorRing( circleRing( shape.geometry.asPoint(), radius, segmentsPerQuarter, false ).release() );
  return QgsGeometry( std::move( polygon ) );
}

// The ring between inner and outer around one shape; innerDisc is discAround( shape, inner ).
QgsGeometry ringAround( const Shape &shape, const QgsGeometry &innerDisc, const QgsGeometry &outerDisc, double inner,
                        int segmentsPerQuarter )
{
  if ( inner <= 0 )
    return outerDisc;
  if ( !shape.isSinglePoint )
    return outerDisc.difference( innerDisc );
  // Concentric circles: the hole is the inner circle, no overlay needed.
  auto polygon = std::unique_ptr<QgsPolygon>( qgsgeometry_cast<QgsPolygon *>( outerDisc.constGet()->clone() ) );
  polygon->addInteriorRing( circleRing( shape.geometry.asPoint(), inner, segmentsPerQuarter, true ).release() );
  return QgsGeometry( std::move( polygon ) );
}

QString thresholdKey( double kpa )
{
  return QStringLiteral( "kpa_%1" ).arg( QString::number( kpa, 'g', 6 ) );
}

} // namespace

QString StandoffZonesAlgorithm::name() const
{
  return QStringLiteral( "standoffzones" );
}

QString StandoffZonesAlgorithm::displayName() const
{
  return tr( "Standoff zones (blast)" );
}

QStringList StandoffZonesAlgorithm::tags() const
{
  return tr( "blast,bomb,explosion,evacuation,standoff,stand-off,overpressure,kingery,bulmash,ied,vbied,rings,buffer,"
             "cordon" )
      .split( ',' );
}

QString StandoffZonesAlgorithm::group() const
{
  return groupName( AlgorithmGroup::Blast );
}

QString StandoffZonesAlgorithm::groupId() const
{
  return eventsecurity::groupId( AlgorithmGroup::Blast );
}

QString StandoffZonesAlgorithm::shortHelpString() const
{
  return tr( "Draws the blast standoff zones of one bomb threat around each input feature: points (a suspect "
             "device, a parked vehicle) get concentric rings, polygons (a venue, a building) get rings measured "
             "from their edge. Zones do not overlap; each feature's innermost zone includes the feature.\n\n"
             "<b>Stand-off chart</b> method: the US NCTC/DHS Bomb Threat Stand-Off Card (2013) — mandatory "
             "evacuation from 0 to the mandatory distance, shelter in place from there to the preferred distance. "
             "When a charge other than the type's own is given, both distances are scaled by the cube root of the "
             "charge ratio (Hopkinson-Cranz scaling); for a custom charge the chart's scaled distances for vehicle "
             "bombs are used, Z = 16 and 95 m/kg^(1/3). Both are judgement calls of this tool: the chart's "
             "preferred distances for hand-held devices are set by fragments and do not scale exactly.\n\n"
             "<b>Blast overpressure</b> method: the Kingery-Bulmash fit of incident overpressure for a "
             "hemispherical surface burst of TNT (Swisdak 1994, DTIC ADA526744), one ring per threshold, each "
             "labelled with its effect (effects table: US DOE/TIC-11268 1981 for people, Clancey 1972 for glass "
             "and structures). The fit is valid for scaled distances 0.2–198.5 m/kg^(1/3), i.e. about "
             "0.25–17,300 kPa; a threshold outside that range is an error, never an extrapolation. The default "
             "thresholds (103, 34.5, 20.7, 6.9, 2.1 kPa) are a judgement call of this tool.\n\n"
             "Charges are TNT-equivalent kilograms. CHARGE_KG is required for a custom charge and overrides the "
             "type's weight when greater than 0. The default threat (sedan) is a judgement call.\n\n"
             "Outputs: the zones (overpressure_kpa is the incident overpressure at the zone's outer edge for "
             "both methods, empty outside the fit's range); optionally the road stretches to close — within the "
             "mandatory evacuation distance for vehicle-borne threats, within the innermost zone otherwise — "
             "and every building reached by a zone, with the innermost zone it reaches, its distance to the "
             "nearest source and the overpressure there. A summary per zone goes to the log.\n\n"
             "Distances are metres on the ground whatever the CRS: geographic layers are processed in a local "
             "transverse Mercator and every output is written in the CRS of the layer its features come from. "
             "Curves are drawn so that the polygon contains the true circle (vertices slightly outside it). "
             "Overpressures assume an open surface burst: reflections from buildings, confinement and "
             "fragments are not modelled; these zones are a planning aid, not a substitute for an expert's "
             "assessment." );
}

StandoffZonesAlgorithm *StandoffZonesAlgorithm::createInstance() const
{
  return new StandoffZonesAlgorithm();
}

void StandoffZonesAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource(
      QStringLiteral( "INPUT" ), tr( "Threat locations or protected areas (points or polygons)" ),
      QList<int>() << static_cast<int>( compat::VectorPoint ) << static_cast<int>( compat::VectorPolygon ) ) );

  QStringList threats;
  for ( const domain::ThreatType &type : domain::threatTypes() )
    threats << tr( "%1 (%2 kg TNT)" ).arg( translatedCatalogueText( type.displayName ) ).arg( type.tntKg );
  threats << tr( "Custom charge (set the charge)" );
  // Sedan: the smallest vehicle-borne threat of the chart (judgement call, stated in the help).
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "THREAT" ), tr( "Threat" ), threats, false,
                                                threatIndex( approachdefaults::kThreatKey ) ) );

  addParameter( new QgsProcessingParameterNumber(
      QStringLiteral( "CHARGE_KG" ), tr( "Charge, kg TNT equivalent (0 = the threat's own)" ), compat::Double, 0.0 ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "METHOD" ), tr( "Method" ),
                                                QStringList() << tr( "Stand-off chart (NCTC/DHS 2013)" )
                                                              << tr( "Blast overpressure (Kingery-Bulmash)" ),
                                                false, 0 ) );

  QStringList defaults;
  for ( const double kpa : domain::defaultThresholdsKpa() )
    defaults << QString::number( kpa );
  addParameter( new QgsProcessingParameterString(
      QStringLiteral( "THRESHOLDS_KPA" ), tr( "Overpressure thresholds, kPa (comma separated; overpressure method)" ),
      defaults.join( QStringLiteral( ", " ) ) ) );

  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "DISSOLVE" ),
                                                   tr( "Merge the zones of all features" ), false ) );
  auto segments = std::make_unique<QgsProcessingParameterNumber>(
      QStringLiteral( "SEGMENTS" ), tr( "Segments per quarter circle" ), compat::Integer, 16, false, 2, 360 );
  segments->setFlags( segments->flags() | compat::FlagAdvanced );
  addParameter( segments.release() );

  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "ROADS" ), tr( "Roads (for closures)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorLine ),
                                                         QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSource(
      QStringLiteral( "BUILDINGS" ), tr( "Buildings (for exposure)" ),
      QList<int>() << static_cast<int>( compat::VectorPolygon ), QVariant(), true ) );

  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Standoff zones" ),
                                                       compat::VectorPolygon ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_ROADS" ), tr( "Road closures" ),
                                                       compat::VectorLine, QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_BUILDINGS" ), tr( "Exposed buildings" ),
                                                       compat::VectorPolygon, QVariant(), true ) );
}

bool StandoffZonesAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                               QgsProcessingFeedback * )
{
  const std::vector<domain::ThreatType> &types = domain::threatTypes();
  const int threatIndex = parameterAsEnum( parameters, QStringLiteral( "THREAT" ), context );
  const domain::ThreatType *type =
      threatIndex >= 0 && threatIndex < static_cast<int>( types.size() ) ? &types[threatIndex] : nullptr;
  mThreatKey = type ? QString::fromStdString( type->key ) : kCustomThreatKey;

  const double chargeParameter = parameterAsDouble( parameters, QStringLiteral( "CHARGE_KG" ), context );
  if ( !std::isfinite( chargeParameter ) || chargeParameter < 0 )
    throw QgsProcessingException(
        tr( "The charge must be a positive TNT-equivalent mass in kg (got %1)." ).arg( chargeParameter ) );
  if ( !type && chargeParameter <= 0 )
    throw QgsProcessingException(
        tr( "A custom charge needs its TNT-equivalent mass: set CHARGE_KG to a value greater than 0." ) );
  mChargeKg = chargeParameter > 0 ? chargeParameter : type->tntKg;

  // Chart distances: the type's own, or scaled by the cube root of the charge ratio (R = Z W^(1/3)).
  // Custom charges use the chart's scaled distances for vehicle bombs (domain reference sec. 1).
  constexpr double kChartMandatoryScaledDistance = 16.0;
  constexpr double kChartPreferredScaledDistance = 95.0;
  const double cubeRootCharge = std::cbrt( mChargeKg );
  const double mandatoryM = type ? type->mandatoryEvacuationM * cubeRootCharge / std::cbrt( type->tntKg )
                                 : kChartMandatoryScaledDistance * cubeRootCharge;
  const double preferredM = type ? type->preferredEvacuationM * cubeRootCharge / std::cbrt( type->tntKg )
                                 : kChartPreferredScaledDistance * cubeRootCharge;

  mMethod = parameterAsEnum( parameters, QStringLiteral( "METHOD" ), context );
  mZones.clear();
  if ( mMethod == StandoffChart )
  {
    mZones.push_back( { QStringLiteral( "mandatory_evacuation" ), tr( "Mandatory evacuation" ), 0.0, mandatoryM,
                        kb::incidentOverpressureKpa( mandatoryM, mChargeKg ) } );
    mZones.push_back( { QStringLiteral( "shelter_in_place" ),
                        tr( "Shelter in place (evacuate beyond the preferred distance)" ), mandatoryM, preferredM,
                        kb::incidentOverpressureKpa( preferredM, mChargeKg ) } );
  }
  else
  {
    const QString text = parameterAsString( parameters, QStringLiteral( "THRESHOLDS_KPA" ), context );
    std::vector<double> thresholds;
    for ( const QString &item : text.split( QRegularExpression( QStringLiteral( "[,;\\s]+" ) ), Qt::SkipEmptyParts ) )
    {
      bool ok = false;
      const double kpa = item.toDouble( &ok );
      if ( !ok || !std::isfinite( kpa ) || kpa <= 0 )
        throw QgsProcessingException( tr( "THRESHOLDS_KPA: '%1' is not a positive pressure in kPa; give a "
                                          "comma-separated list such as 34.5, 6.9." )
                                          .arg( item ) );
      if ( !kb::scaledDistanceForOverpressure( kpa ) )
        throw QgsProcessingException( tr( "Threshold %1 kPa is outside the Kingery-Bulmash fit's validity (%2 to %3 "
                                          "kPa, scaled distance %4 to %5 m/kg^(1/3)); "
                                          "the fit is not extrapolated: choose thresholds inside that range." )
                                          .arg( kpa )
                                          .arg( kb::minValidOverpressureKpa(), 0, 'f', 3 )
                                          .arg( kb::maxValidOverpressureKpa(), 0, 'f', 0 )
                                          .arg( kb::kMinScaledDistance )
                                          .arg( kb::kMaxScaledDistance ) );
      thresholds.push_back( kpa );
    }
    if ( thresholds.empty() )
      throw QgsProcessingException(
          tr( "THRESHOLDS_KPA is empty: give at least one overpressure in kPa, e.g. 34.5, 6.9." ) );
    // Highest pressure = innermost ring.
    std::sort( thresholds.begin(), thresholds.end(), std::greater<double>() );
    thresholds.erase( std::unique( thresholds.begin(), thresholds.end() ), thresholds.end() );
    double innerM = 0;
    for ( const double kpa : thresholds )
    {
      const double outerM = *kb::rangeForOverpressure( kpa, mChargeKg );
      QString effect;
      if ( const domain::OverpressureEffect *tabulated = domain::findEffectAtThreshold( kpa ) )
        effect = translatedCatalogueText( tabulated->effect );
      else if ( const domain::OverpressureEffect *reached = domain::effectAtOverpressure( kpa ) )
        effect = tr( "%1 kPa, beyond: %2" ).arg( kpa ).arg( translatedCatalogueText( reached->effect ) );
      else
        effect = tr( "%1 kPa, below every tabulated effect" ).arg( kpa );
      mZones.push_back( { thresholdKey( kpa ), effect, innerM, outerM, kpa } );
      innerM = outerM;
    }
  }

  // Vehicle bombs: no vehicle inside the mandatory evacuation distance. Otherwise: the innermost zone.
  if ( type && type->vehicleBorne )
  {
    mClosureRadiusM = mandatoryM;
    mClosureZoneKey = QStringLiteral( "mandatory_evacuation" );
  }
  else
  {
    mClosureRadiusM = mZones.front().outerM;
    mClosureZoneKey = mZones.front().key;
  }
  return true;
}

QVariantMap StandoffZonesAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                                      QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> source(
      parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  const compat::GeometryType geometryType = QgsWkbTypes::geometryType( source->wkbType() );
  if ( geometryType != compat::PointGeometry && geometryType != compat::PolygonGeometry )
    throw QgsProcessingException(
        tr( "INPUT must be a point or polygon layer (threat locations or protected areas), not lines." ) );
  const bool dissolve = parameterAsBoolean( parameters, QStringLiteral( "DISSOLVE" ), context );
  const int segments = parameterAsInt( parameters, QStringLiteral( "SEGMENTS" ), context );

  const MetricFrame frame( source->sourceCrs(), source->sourceExtent(), context.transformContext() );
  const QgsCoordinateTransform inputToMetric = frame.toMetric( source->sourceCrs() );
  const QgsCoordinateTransform metricToInput = frame.fromMetric( source->sourceCrs() );

  // 1. Sources into the metric frame.
  std::vector<Shape> shapes;
  {
    const long long count = source->featureCount();
    QgsFeatureIterator it = source->getFeatures( QgsFeatureRequest().setNoAttributes() );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      if ( feedback->isCanceled() )
        return {};
      if ( !feature.hasGeometry() )
        continue;
      QgsGeometry geometry = feature.geometry();
      transformOrThrow( geometry, inputToMetric );
      const bool singlePoint = QgsWkbTypes::flatType( geometry.wkbType() ) == compat::WkbPoint;
      shapes.push_back( { feature.id(), geometry, singlePoint } );
      if ( count > 0 && shapes.size() % 1000 == 0 )
        feedback->setProgress( 10.0 * shapes.size() / count );
    }
  }
  if ( shapes.empty() )
    throw QgsProcessingException(
        tr( "INPUT has no features with a geometry: give at least one threat location or protected area." ) );
  const double maxRadiusM = mZones.back().outerM;
  feedback->pushInfo( tr( "Charge %1 kg TNT, %2 zone(s) out to %3 m, %4 source feature(s)." )
                          .arg( mChargeKg )
                          .arg( mZones.size() )
                          .arg( maxRadiusM, 0, 'f', 1 )
                          .arg( shapes.size() ) );

  // 2. Zones.
  QgsFields fields;
  fields.append( QgsField( QStringLiteral( "source_fid" ), compat::FieldLongLong ) );
  fields.append( QgsField( QStringLiteral( "threat" ), compat::FieldString ) );
  fields.append( QgsField( QStringLiteral( "charge_kg" ), compat::FieldDouble ) );
  fields.append( QgsField( QStringLiteral( "method" ), compat::FieldString ) );
  fields.append( QgsField( QStringLiteral( "zone" ), compat::FieldString ) );
  fields.append( QgsField( QStringLiteral( "effect" ), compat::FieldString ) );
  fields.append( QgsField( QStringLiteral( "inner_m" ), compat::FieldDouble ) );
  fields.append( QgsField( QStringLiteral( "outer_m" ), compat::FieldDouble ) );
  fields.append( QgsField( QStringLiteral( "overpressure_kpa" ), compat::FieldDouble ) );
  QString zonesId;
  std::unique_ptr<QgsFeatureSink> zonesSink( parameterAsSink( parameters, QStringLiteral( "OUTPUT" ), context, zonesId,
                                                              fields, compat::WkbMultiPolygon, source->sourceCrs() ) );
  if ( !zonesSink )
    throw QgsProcessingException( invalidSinkError( parameters, QStringLiteral( "OUTPUT" ) ) );

  const QString methodKey = mMethod == StandoffChart ? QStringLiteral( "chart" ) : QStringLiteral( "overpressure" );
  std::vector<double> zoneAreaM2( mZones.size(), 0.0 );
  auto writeZone = [&]( QgsGeometry ring, std::size_t zoneIndex, const QVariant &sourceFid )
  {
    if ( ring.isEmpty() )
      return;
    zoneAreaM2[zoneIndex] += ring.area();
    transformOrThrow( ring, metricToInput );
    ring.convertToMultiType();
    const Zone &zone = mZones[zoneIndex];
    QgsFeature out( fields );
    out.setGeometry( ring );
    out.setAttributes( QgsAttributes() << sourceFid << mThreatKey << mChargeKg << methodKey << zone.key << zone.effect
                                       << zone.innerM << zone.outerM << optionalToVariant( zone.outerKpa ) );
    if ( !zonesSink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( zonesSink.get(), parameters, QStringLiteral( "OUTPUT" ) ) );
  };

  if ( !dissolve )
  {
    for ( std::size_t s = 0; s < shapes.size(); ++s )
    {
      if ( feedback->isCanceled() )
        return {};
      QgsGeometry innerDisc;
      for ( std::size_t z = 0; z < mZones.size(); ++z )
      {
        const QgsGeometry outerDisc = discAround( shapes[s], mZones[z].outerM, segments );
        writeZone( ringAround( shapes[s], innerDisc, outerDisc, mZones[z].innerM, segments ), z, shapes[s].fid );
        innerDisc = outerDisc;
      }
      if ( s % 500 == 0 )
        feedback->setProgress( 10.0 + 60.0 * s / shapes.size() );
    }
  }
  else
  {
    // A place belongs to the innermost zone it reaches: zone k = union of discs k minus union of discs k-1.
    QgsGeometry innerUnion;
    for ( std::size_t z = 0; z < mZones.size(); ++z )
    {
      QVector<QgsGeometry> discs;
      discs.reserve( static_cast<int>( shapes.size() ) );
      for ( const Shape &shape : shapes )
        discs << discAround( shape, mZones[z].outerM, segments );
      if ( feedback->isCanceled() )
        return {};
      const QgsGeometry outerUnion = QgsGeometry::unaryUnion( discs );
      writeZone( innerUnion.isNull() ? outerUnion : outerUnion.difference( innerUnion ), z, QVariant() );
      innerUnion = outerUnion;
      feedback->setProgress( 10.0 + 60.0 * ( z + 1 ) / mZones.size() );
    }
  }

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), zonesId );

  // 3. Road closures: the parts of the roads inside the closure distance of any source.
  double closedLengthM = 0;
  int closedParts = 0;
  std::unique_ptr<QgsProcessingFeatureSource> roads(
      parameterAsSource( parameters, QStringLiteral( "ROADS" ), context ) );
  if ( roads )
  {
    QgsFields extra;
    extra.append( QgsField( QStringLiteral( "zone" ), compat::FieldString ) );
    extra.append( QgsField( QStringLiteral( "length_m" ), compat::FieldDouble ) );
    const QgsFields roadFields = QgsProcessingUtils::combineFields( roads->fields(), extra );
    QString roadsId;
    std::unique_ptr<QgsFeatureSink> roadsSink(
        parameterAsSink( parameters, QStringLiteral( "OUTPUT_ROADS" ), context, roadsId, roadFields,
                         QgsWkbTypes::multiType( roads->wkbType() ), roads->sourceCrs() ) );
    QVector<QgsGeometry> discs;
    for ( const Shape &shape : shapes )
      discs << discAround( shape, mClosureRadiusM, segments );
    const QgsGeometry closure = QgsGeometry::unaryUnion( discs );
    std::unique_ptr<QgsGeometryEngine> closureEngine( QgsGeometry::createGeometryEngine( closure.constGet() ) );
    closureEngine->prepareGeometry();
    const QgsCoordinateTransform roadsToMetric = frame.toMetric( roads->sourceCrs() );
    const QgsCoordinateTransform metricToRoads = frame.fromMetric( roads->sourceCrs() );
    QgsFeatureIterator it = roads->getFeatures();
    QgsFeature road;
    while ( it.nextFeature( road ) )
    {
      if ( feedback->isCanceled() )
        return {};
      if ( !road.hasGeometry() )
        continue;
      QgsGeometry line = road.geometry();
      transformOrThrow( line, roadsToMetric );
      if ( !closure.boundingBox().intersects( line.boundingBox() ) || !closureEngine->intersects( line.constGet() ) )
        continue;
      QgsGeometry closed = line.intersection( closure );
      closed.convertGeometryCollectionToSubclass( compat::LineGeometry );
      if ( closed.isEmpty() || closed.length() <= 0 )
        continue;
      const double lengthM = closed.length();
      closedLengthM += lengthM;
      ++closedParts;
      if ( !roadsSink )
        continue;
      transformOrThrow( closed, metricToRoads );
      closed.convertToMultiType();
      QgsFeature out( roadFields );
      out.setGeometry( closed );
      QgsAttributes attributes = road.attributes();
      attributes << mClosureZoneKey << lengthM;
      out.setAttributes( attributes );
      if ( !roadsSink->addFeature( out, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException(
            writeFeatureError( roadsSink.get(), parameters, QStringLiteral( "OUTPUT_ROADS" ) ) );
    }
    if ( roadsSink )
      outputs.insert( QStringLiteral( "OUTPUT_ROADS" ), roadsId );
  }
  feedback->setProgress( 85 );

  // 4. Building exposure: every building within the outermost zone of any source.
  std::vector<int> buildingsPerZone( mZones.size(), 0 );
  std::unique_ptr<QgsProcessingFeatureSource> buildings(
      parameterAsSource( parameters, QStringLiteral( "BUILDINGS" ), context ) );
  if ( buildings )
  {
    QgsFields extra;
    extra.append( QgsField( QStringLiteral( "zone" ), compat::FieldString ) );
    extra.append( QgsField( QStringLiteral( "distance_m" ), compat::FieldDouble ) );
    extra.append( QgsField( QStringLiteral( "overpressure_kpa" ), compat::FieldDouble ) );
    const QgsFields buildingFields = QgsProcessingUtils::combineFields( buildings->fields(), extra );
    QString buildingsId;
    std::unique_ptr<QgsFeatureSink> buildingsSink( parameterAsSink( parameters, QStringLiteral( "OUTPUT_BUILDINGS" ),
                                                                    context, buildingsId, buildingFields,
                                                                    buildings->wkbType(), buildings->sourceCrs() ) );
    QgsSpatialIndex index;
    for ( std::size_t s = 0; s < shapes.size(); ++s )
      index.addFeature( static_cast<QgsFeatureId>( s ), shapes[s].geometry.boundingBox() );
    const QgsCoordinateTransform buildingsToMetric = frame.toMetric( buildings->sourceCrs() );
    QgsFeatureIterator it = buildings->getFeatures();
    QgsFeature building;
    while ( it.nextFeature( building ) )
    {
      if ( feedback->isCanceled() )
        return {};
      if ( !building.hasGeometry() )
        continue;
      QgsGeometry footprint = building.geometry();
      transformOrThrow( footprint, buildingsToMetric );
      // The outer ring is drawn around its true circle; a building is exposed when its true distance is
      // within the outermost zone.
      QgsRectangle search = footprint.boundingBox();
      search.grow( maxRadiusM );
      double distanceM = std::numeric_limits<double>::infinity();
      for ( const QgsFeatureId candidate : index.intersects( search ) )
        distanceM = std::min( distanceM, footprint.distance( shapes[static_cast<std::size_t>( candidate )].geometry ) );
      if ( !( distanceM <= maxRadiusM ) )
        continue;
      const auto zone =
          std::find_if( mZones.begin(), mZones.end(), [distanceM]( const Zone &z ) { return distanceM <= z.outerM; } );
      const std::size_t zoneIndex = static_cast<std::size_t>( zone - mZones.begin() );
      ++buildingsPerZone[zoneIndex];
      if ( !buildingsSink )
        continue;
      QgsFeature out( buildingFields );
      out.setGeometry( building.geometry() );
      QgsAttributes attributes = building.attributes();
      attributes << zone->key << distanceM << optionalToVariant( kb::incidentOverpressureKpa( distanceM, mChargeKg ) );
      out.setAttributes( attributes );
      if ( !buildingsSink->addFeature( out, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException(
            writeFeatureError( buildingsSink.get(), parameters, QStringLiteral( "OUTPUT_BUILDINGS" ) ) );
    }
    if ( buildingsSink )
      outputs.insert( QStringLiteral( "OUTPUT_BUILDINGS" ), buildingsId );
  }
  feedback->setProgress( 100 );

  // 5. Summary.
  for ( std::size_t z = 0; z < mZones.size(); ++z )
  {
    const Zone &zone = mZones[z];
    QString line = tr( "%1 (%2): %3–%4 m, %5 ha" )
                       .arg( zone.key, zone.effect )
                       .arg( zone.innerM, 0, 'f', 1 )
                       .arg( zone.outerM, 0, 'f', 1 )
                       .arg( zoneAreaM2[z] / 10000.0, 0, 'f', 2 );
    if ( buildings )
      line += tr( ", %n building(s)", nullptr, buildingsPerZone[z] );
    if ( roads && zone.key == mClosureZoneKey )
      line += tr( ", %1 m of road closed" ).arg( closedLengthM, 0, 'f', 0 );
    feedback->pushInfo( line );
  }
  if ( roads && mClosureZoneKey == QStringLiteral( "mandatory_evacuation" ) && mMethod != StandoffChart )
    feedback->pushInfo( tr( "Road closures: %1 stretch(es), %2 m within the mandatory evacuation distance (%3 m)." )
                            .arg( closedParts )
                            .arg( closedLengthM, 0, 'f', 0 )
                            .arg( mClosureRadiusM, 0, 'f', 1 ) );
  if ( mZones.back().outerKpa == std::nullopt )
    feedback->pushInfo( tr( "The outer edge lies beyond the blast fit's range (scaled distance above %1 m/kg^(1/3)): "
                            "its overpressure is left empty." )
                            .arg( kb::kMaxScaledDistance ) );

  return outputs;
}

} // namespace eventsecurity
