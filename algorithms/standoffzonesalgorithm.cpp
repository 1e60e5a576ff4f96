#include "standoffzonesalgorithm.h"

#include "catalogueparameters.h"
#include "cordongeometry.h"
#include "eventsecuritycompat.h"
#include "eventsecurityprovider.h"
#include "helptext.h"
#include "kingerybulmash.h"
#include "metriccrs.h"
#include "physicalparameters.h"
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

QVariant optionalToVariant( const std::optional<double> &value )
{
  return value ? QVariant( *value ) : QVariant(); // an invalid QVariant is a NULL attribute
}

// The chart's distances for the charge (threatcatalogue.h, issue 11 item 6): a chart row's own distances scaled by
// the cube root of the charge ratio, a custom charge the chart's scaled distances; a hand-held or custom charge
// never below the chart's hand-held distances, which fragments set. A custom charge's delivery is not known:
// person-borne, never shorter.
domain::EvacuationDistances chartDistances( const domain::ThreatType *type, double chargeKg )
{
  return type ? domain::evacuationDistances( *type, chargeKg )
              : domain::customEvacuationDistances( chargeKg, /* vehicleBorne */ false );
}

std::vector<StandoffZonesAlgorithm::Zone> chartZones( const domain::EvacuationDistances &chart, double chargeKg )
{
  return { { QStringLiteral( "mandatory_evacuation" ), StandoffZonesAlgorithm::tr( "Mandatory evacuation" ), 0.0,
             chart.mandatoryM, kb::incidentOverpressureKpa( chart.mandatoryM, chargeKg ) },
           { QStringLiteral( "shelter_in_place" ),
             StandoffZonesAlgorithm::tr( "Shelter in place (evacuate beyond the preferred distance)" ),
             chart.mandatoryM, chart.preferredM, kb::incidentOverpressureKpa( chart.preferredM, chargeKg ) } };
}

// The overpressure thresholds of THRESHOLDS_KPA, highest (innermost) first, each checked against the fit's range.
std::vector<double> parseThresholds( const QString &text )
{
  std::vector<double> thresholds;
  for ( const QString &item : text.split( QRegularExpression( QStringLiteral( "[,;\\s]+" ) ), Qt::SkipEmptyParts ) )
  {
    bool ok = false;
    const double kpa = item.toDouble( &ok );
    if ( !ok || !std::isfinite( kpa ) || kpa <= 0 )
      throw QgsProcessingException( StandoffZonesAlgorithm::tr( "THRESHOLDS_KPA: '%1' is not a positive pressure in "
                                                                "kPa; give a comma-separated list such as 34.5, 6.9." )
                                        .arg( item ) );
    if ( !kb::scaledDistanceForOverpressure( kpa ) )
      throw QgsProcessingException(
          StandoffZonesAlgorithm::tr( "Threshold %1 kPa is outside the Kingery-Bulmash fit's validity (%2 to %3 kPa, "
                                      "scaled distance %4 to %5 m/kg^(1/3)); the fit is not extrapolated: choose "
                                      "thresholds inside that range." )
              .arg( kpa )
              .arg( kb::minValidOverpressureKpa(), 0, 'f', 3 )
              .arg( kb::maxValidOverpressureKpa(), 0, 'f', 0 )
              .arg( kb::kMinScaledDistance )
              .arg( kb::kMaxScaledDistance ) );
    thresholds.push_back( kpa );
  }
  if ( thresholds.empty() )
    throw QgsProcessingException( StandoffZonesAlgorithm::tr(
        "THRESHOLDS_KPA is empty: give at least one overpressure in kPa, e.g. 34.5, 6.9." ) );
  std::sort( thresholds.begin(), thresholds.end(), std::greater<double>() );
  thresholds.erase( std::unique( thresholds.begin(), thresholds.end() ), thresholds.end() );
  return thresholds;
}

// What a threshold does, from the effects table.
QString thresholdEffect( double kpa )
{
  if ( const domain::OverpressureEffect *tabulated = domain::findEffectAtThreshold( kpa ) )
    return translatedCatalogueText( tabulated->effect );
  if ( const domain::OverpressureEffect *reached = domain::effectAtOverpressure( kpa ) )
    return StandoffZonesAlgorithm::tr( "%1 kPa, beyond: %2" )
        .arg( kpa )
        .arg( translatedCatalogueText( reached->effect ) );
  return StandoffZonesAlgorithm::tr( "%1 kPa, below every tabulated effect" ).arg( kpa );
}

std::vector<StandoffZonesAlgorithm::Zone> overpressureZones( const QString &thresholdsText, double chargeKg )
{
  std::vector<StandoffZonesAlgorithm::Zone> zones;
  double innerM = 0;
  for ( const double kpa : parseThresholds( thresholdsText ) )
  {
    const double outerM = *kb::rangeForOverpressure( kpa, chargeKg );
    zones.push_back( { QStringLiteral( "kpa_%1" ).arg( QString::number( kpa, 'g', 6 ) ), thresholdEffect( kpa ), innerM,
                       outerM, kpa } );
    innerM = outerM;
  }
  return zones;
}

// Everything within radius of the shape (a disc for a point; the polygon grown by radius otherwise).
QgsGeometry discAround( const QgsGeometry &shape, bool isSinglePoint, double radius, int segmentsPerQuarter )
{
  if ( !isSinglePoint )
    return circumscribedBuffer( shape, radius, segmentsPerQuarter );
  auto polygon = std::make_unique<QgsPolygon>();
  polygon->setExteriorRing( circleRing( shape.asPoint(), radius, segmentsPerQuarter, false ).release() );
  return QgsGeometry( std::move( polygon ) );
}

// The ring between inner and outer around one shape; innerDisc is discAround( shape, inner ).
QgsGeometry ringAround( const QgsGeometry &shape, bool isSinglePoint, const QgsGeometry &innerDisc,
                        const QgsGeometry &outerDisc, double inner, int segmentsPerQuarter )
{
  if ( inner <= 0 )
    return outerDisc;
  if ( !isSinglePoint )
    return outerDisc.difference( innerDisc );
  // Concentric circles: the hole is the inner circle, no overlay needed.
  auto polygon = std::unique_ptr<QgsPolygon>( qgsgeometry_cast<QgsPolygon *>( outerDisc.constGet()->clone() ) );
  polygon->addInteriorRing( circleRing( shape.asPoint(), inner, segmentsPerQuarter, true ).release() );
  return QgsGeometry( std::move( polygon ) );
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
  HelpPage page;
  page.whatItDoes()
      .paragraph(
          tr( "Draws the blast standoff zones of one bomb threat around each input feature (INPUT): points (a suspect "
              "device, a parked vehicle) get concentric rings, polygons (a venue, a building) get rings measured from "
              "their edge. Zones do not overlap; each feature's innermost zone includes the feature." ) )
      .paragraph( tr( "METHOD picks how the zones are drawn: the stand-off chart or the blast overpressure (below). "
                      "DISSOLVE merges the zones of all features." ) );
  page.model( tr( "Stand-off chart method" ) )
      .paragraph( tr( "The US NCTC/DHS Bomb Threat Stand-Off Card (2013): mandatory evacuation from 0 to the mandatory "
                      "distance, shelter in place from there to the preferred distance." ) )
      .paragraph(
          tr( "When a charge other than the type's own is given, both distances are scaled by the cube root of "
              "the charge ratio (Hopkinson-Cranz scaling, as the chart's rows scale among themselves); a custom "
              "charge uses the largest scaled distances of the chart's vehicle bombs, Z = 16 and 95.3 "
              "m/kg^(1/3), so it never lands inside a row's distance. Vehicle bombs keep the cube-root "
              "scaling." ) )
      .paragraph( tr( "Hand-held charges are never scaled below the chart: the chart's distances for a pipe bomb, a "
                      "suicide vest and a briefcase are set by the fragments such a device throws, not by its blast, "
                      "and fragments do not fly less far because the charge is smaller. So a hand-held threat, and a "
                      "custom charge (its delivery is not known), gets at least the distances of the smallest "
                      "hand-held row whose charge is at least as large (the briefcase row above 23 kg): a custom 2.3 "
                      "kg charge gets the pipe bomb's 21 m and 366 m, where blast scaling alone gives 125 m "
                      "preferred." ) );
  page.model( tr( "Blast overpressure method" ) )
      .paragraph(
          tr( "The Kingery-Bulmash fit of incident overpressure for a hemispherical surface burst of TNT "
              "(Swisdak 1994, DTIC ADA526744), one ring per threshold of THRESHOLDS_KPA, each labelled with its "
              "effect (the effects table)." ) );
  page.model( tr( "Charges" ) )
      .paragraph( tr( "Charges are TNT-equivalent kilograms. CHARGE_KG is required for a custom charge and overrides "
                      "the type's weight when greater than 0." ) );
  page.outputs()
      .named( QStringLiteral( "OUTPUT" ),
              tr( "the zones; overpressure_kpa is the incident overpressure at the zone's outer edge for both methods, "
                  "empty outside the fit's range." ) )
      .named( QStringLiteral( "OUTPUT_ROADS" ),
              tr( "optional, with ROADS: the road stretches to close, within the mandatory evacuation distance for "
                  "vehicle-borne threats, within the innermost zone otherwise." ) )
      .named( QStringLiteral( "OUTPUT_BUILDINGS" ),
              tr( "optional, with BUILDINGS: every building reached by a zone, with the innermost zone it reaches, its "
                  "distance to the nearest source and the overpressure there." ) )
      .list( { tr( "A summary per zone goes to the log." ) } );
  page.outputs().paragraph(
      tr( "Distances are metres on the ground whatever the CRS: geographic layers are processed in a local transverse "
          "Mercator and every output is written in the CRS of the layer its features come from." ) );
  page.sources().list(
      { tr( "Stand-off distances: US NCTC/DHS Bomb Threat Stand-Off Card (2013)." ),
        tr( "Scaling with the cube root of the charge: Hopkinson-Cranz scaling." ),
        tr( "Incident overpressure: the Kingery-Bulmash fit (Swisdak 1994, DTIC ADA526744)." ),
        tr( "Effects table: US DOE/TIC-11268 1981 for people, Clancey 1972 for glass and structures." ) } );
  page.judgementCalls()
      .named( QStringLiteral( "THRESHOLDS_KPA" ), tr( "103, 34.5, 20.7, 6.9 and 2.1 kPa." ) )
      .named( QStringLiteral( "THREAT" ), tr( "the sedan, the smallest vehicle-borne threat of the chart." ) );
  page.limits().list(
      { tr( "The fit is valid for scaled distances 0.2–198.5 m/kg^(1/3), i.e. about 0.25–17,300 kPa; a threshold "
            "outside that range is an error, never an extrapolation." ),
        tr( "CHARGE_KG is refused above 100,000 kg, more than any real charge (the chart's largest threat, a "
            "semi-trailer, carries 27,216 kg)." ),
        tr( "Curves are drawn with SEGMENTS segments per quarter circle so that the polygon contains the true circle "
            "(vertices slightly outside it)." ),
        tr( "Overpressures assume an open surface burst: reflections from buildings, confinement and fragments are "
            "not modelled; these zones are a planning aid, not a substitute for an expert's assessment." ) } );
  return page.html();
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
  // The chart's threats as every algorithm lists them (catalogueparameters.h), then a custom charge.
  // Sedan: the smallest vehicle-borne threat of the chart (judgement call, stated in the help).
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "THREAT" ), tr( "Threat" ),
                                                threatOptions() << tr( "Custom charge (set the charge)" ), false,
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
  const int row = parameterAsEnum( parameters, QStringLiteral( "THREAT" ), context );
  const domain::ThreatType *type = row >= 0 && row < static_cast<int>( types.size() ) ? &types[row] : nullptr;
  mThreatKey = type ? QString::fromStdString( type->key ) : kCustomThreatKey;

  const double chargeParameter = parameterAsDouble( parameters, QStringLiteral( "CHARGE_KG" ), context );
  if ( !std::isfinite( chargeParameter ) || chargeParameter < 0 )
    throw QgsProcessingException(
        tr( "The charge must be a positive TNT-equivalent mass in kg (got %1)." ).arg( chargeParameter ) );
  requirePhysicalValue( QStringLiteral( "CHARGE_KG" ), chargeParameter, domain::PhysicalQuantity::ChargeKg );
  if ( !type && chargeParameter <= 0 )
    throw QgsProcessingException(
        tr( "A custom charge needs its TNT-equivalent mass: set CHARGE_KG to a value greater than 0." ) );
  mChargeKg = chargeParameter > 0 ? chargeParameter : type->tntKg;

  const domain::EvacuationDistances chart = chartDistances( type, mChargeKg );
  mFloorRow = chart.floorRow;
  mMethod = parameterAsEnum( parameters, QStringLiteral( "METHOD" ), context );
  mZones = mMethod == StandoffChart
               ? chartZones( chart, mChargeKg )
               : overpressureZones( parameterAsString( parameters, QStringLiteral( "THRESHOLDS_KPA" ), context ),
                                    mChargeKg );
  // Vehicle bombs: no vehicle inside the mandatory evacuation distance. Otherwise: the innermost zone.
  const bool vehicleBorne = type && type->vehicleBorne;
  mClosureRadiusM = vehicleBorne ? chart.mandatoryM : mZones.front().outerM;
  mClosureZoneKey = vehicleBorne ? QStringLiteral( "mandatory_evacuation" ) : mZones.front().key;
  mSegments = parameterAsInt( parameters, QStringLiteral( "SEGMENTS" ), context );
  return true;
}

QVariantMap StandoffZonesAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                                    QgsProcessingFeedback *feedback )
{
  mSummaries.clear();
  for ( const Zone &zone : mZones )
    mSummaries.push_back( { zone } );
  mClosedParts = 0;
  mClosedRoadM = 0;
  const std::unique_ptr<QgsProcessingFeatureSource> source = snapshotSource( QStringLiteral( "INPUT" ), context );
  const compat::GeometryType geometryType = QgsWkbTypes::geometryType( source->wkbType() );
  if ( geometryType != compat::PointGeometry && geometryType != compat::PolygonGeometry )
    throw QgsProcessingException(
        tr( "INPUT must be a point or polygon layer (threat locations or protected areas), not lines." ) );
  const MetricFrame frame( source->sourceCrs(), source->sourceExtent(), context.transformContext() );
  const std::vector<Shape> shapes = readShapes( *source, frame.toMetric( source->sourceCrs() ), feedback );
  if ( feedback->isCanceled() )
    return {};

  QVariantMap outputs;
  if ( !writeZones( parameters, context, shapes, source->sourceCrs(), frame.fromMetric( source->sourceCrs() ), outputs,
                    feedback ) ||
       !closeRoads( parameters, context, shapes, frame, outputs, feedback ) )
    return {};
  feedback->setProgress( 85 );
  if ( !exposeBuildings( parameters, context, shapes, frame, outputs, feedback ) )
    return {};
  feedback->setProgress( 100 );
  reportSummary( inputSnapshot( QStringLiteral( "ROADS" ) ) != nullptr,
                 inputSnapshot( QStringLiteral( "BUILDINGS" ) ) != nullptr, feedback );
  return outputs;
}

std::vector<StandoffZonesAlgorithm::Shape> StandoffZonesAlgorithm::readShapes( const QgsProcessingFeatureSource &source,
                                                                               const QgsCoordinateTransform &toMetric,
                                                                               QgsProcessingFeedback *feedback ) const
{
  std::vector<Shape> shapes;
  const long long count = source.featureCount();
  QgsFeatureIterator it = source.getFeatures( QgsFeatureRequest().setNoAttributes() );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return {};
    if ( !feature.hasGeometry() )
      continue;
    QgsGeometry geometry = feature.geometry();
    transformOrThrow( geometry, toMetric );
    const bool singlePoint = QgsWkbTypes::flatType( geometry.wkbType() ) == compat::WkbPoint;
    shapes.push_back( { feature.id(), geometry, singlePoint } );
    if ( count > 0 && shapes.size() % 1000 == 0 )
      feedback->setProgress( 10.0 * shapes.size() / count );
  }
  if ( shapes.empty() )
    throw QgsProcessingException(
        tr( "INPUT has no features with a geometry: give at least one threat location or protected area." ) );
  feedback->pushInfo( tr( "Charge %1 kg TNT, %2 out to %3 m, %4." )
                          .arg( mChargeKg )
                          .arg( tr( "%n zone(s)", nullptr, static_cast<int>( mZones.size() ) ) )
                          .arg( mZones.back().outerM, 0, 'f', 1 )
                          .arg( tr( "%n source feature(s)", nullptr, static_cast<int>( shapes.size() ) ) ) );
  return shapes;
}

bool StandoffZonesAlgorithm::writeZones( const QVariantMap &parameters, QgsProcessingContext &context,
                                         const std::vector<Shape> &shapes, const QgsCoordinateReferenceSystem &crs,
                                         const QgsCoordinateTransform &metricToInput, QVariantMap &outputs,
                                         QgsProcessingFeedback *feedback )
{
  const QgsFields fields = fieldList( { { "source_fid", compat::FieldLongLong },
                                        { "threat", compat::FieldString },
                                        { "charge_kg", compat::FieldDouble },
                                        { "method", compat::FieldString },
                                        { "zone", compat::FieldString },
                                        { "effect", compat::FieldString },
                                        { "inner_m", compat::FieldDouble },
                                        { "outer_m", compat::FieldDouble },
                                        { "overpressure_kpa", compat::FieldDouble } } );
  OutputSink zones =
      createSink( parameters, QStringLiteral( "OUTPUT" ), context, fields, compat::WkbMultiPolygon, crs );
  const QString methodKey = mMethod == StandoffChart ? QStringLiteral( "chart" ) : QStringLiteral( "overpressure" );
  auto writeZone = [&]( QgsGeometry ring, std::size_t zoneIndex, const QVariant &sourceFid )
  {
    if ( ring.isEmpty() )
      return;
    mSummaries[zoneIndex].areaM2 += ring.area();
    transformOrThrow( ring, metricToInput );
    ring.convertToMultiType();
    const Zone &zone = mZones[zoneIndex];
    QgsFeature out( fields );
    out.setGeometry( ring );
    out.setAttributes( QgsAttributes() << sourceFid << mThreatKey << mChargeKg << methodKey << zone.key << zone.effect
                                       << zone.innerM << zone.outerM << optionalToVariant( zone.outerKpa ) );
    zones.add( out );
  };

  if ( !parameterAsBoolean( parameters, QStringLiteral( "DISSOLVE" ), context ) )
  {
    for ( std::size_t s = 0; s < shapes.size(); ++s )
    {
      if ( feedback->isCanceled() )
        return false;
      QgsGeometry innerDisc;
      for ( std::size_t z = 0; z < mZones.size(); ++z )
      {
        const Shape &shape = shapes[s];
        const QgsGeometry outerDisc = discAround( shape.geometry, shape.isSinglePoint, mZones[z].outerM, mSegments );
        writeZone( ringAround( shape.geometry, shape.isSinglePoint, innerDisc, outerDisc, mZones[z].innerM, mSegments ),
                   z, shape.fid );
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
        discs << discAround( shape.geometry, shape.isSinglePoint, mZones[z].outerM, mSegments );
      if ( feedback->isCanceled() )
        return false;
      const QgsGeometry outerUnion = QgsGeometry::unaryUnion( discs );
      writeZone( innerUnion.isNull() ? outerUnion : outerUnion.difference( innerUnion ), z, QVariant() );
      innerUnion = outerUnion;
      feedback->setProgress( 10.0 + 60.0 * ( z + 1 ) / mZones.size() );
    }
  }
  outputs.insert( QStringLiteral( "OUTPUT" ), zones.id() );
  return true;
}

bool StandoffZonesAlgorithm::closeRoads( const QVariantMap &parameters, QgsProcessingContext &context,
                                         const std::vector<Shape> &shapes, const MetricFrame &frame,
                                         QVariantMap &outputs, QgsProcessingFeedback *feedback )
{
  // The parts of the roads inside the closure distance of any source.
  const std::unique_ptr<QgsProcessingFeatureSource> roads = snapshotSource( QStringLiteral( "ROADS" ), context );
  if ( !roads )
    return true;
  const QgsFields roadFields = QgsProcessingUtils::combineFields(
      roads->fields(), fieldList( { { "zone", compat::FieldString }, { "length_m", compat::FieldDouble } } ) );
  OutputSink closures = createSink( parameters, QStringLiteral( "OUTPUT_ROADS" ), context, roadFields,
                                    QgsWkbTypes::multiType( roads->wkbType() ), roads->sourceCrs() );
  QVector<QgsGeometry> discs;
  for ( const Shape &shape : shapes )
    discs << discAround( shape.geometry, shape.isSinglePoint, mClosureRadiusM, mSegments );
  const QgsGeometry closure = QgsGeometry::unaryUnion( discs );
  std::unique_ptr<QgsGeometryEngine> closureEngine( QgsGeometry::createGeometryEngine( closure.constGet() ) );
  closureEngine->prepareGeometry();
  const QgsCoordinateTransform roadsToMetric = frame.toMetric( roads->sourceCrs() );
  const QgsCoordinateTransform metricToRoads = frame.fromMetric( roads->sourceCrs() );
  const auto closureZone = std::find_if( mSummaries.begin(), mSummaries.end(),
                                         [&]( const ZoneSummary &z ) { return z.zone.key == mClosureZoneKey; } );
  QgsFeatureIterator it = roads->getFeatures();
  QgsFeature road;
  while ( it.nextFeature( road ) )
  {
    if ( feedback->isCanceled() )
      return false;
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
    mClosedRoadM += lengthM;
    if ( closureZone != mSummaries.end() )
      closureZone->closedRoadM += lengthM;
    ++mClosedParts;
    if ( !closures )
      continue;
    transformOrThrow( closed, metricToRoads );
    closed.convertToMultiType();
    QgsFeature out( roadFields );
    out.setGeometry( closed );
    QgsAttributes attributes = road.attributes();
    attributes << mClosureZoneKey << lengthM;
    out.setAttributes( attributes );
    closures.add( out );
  }
  if ( closures )
    outputs.insert( QStringLiteral( "OUTPUT_ROADS" ), closures.id() );
  return true;
}

bool StandoffZonesAlgorithm::exposeBuildings( const QVariantMap &parameters, QgsProcessingContext &context,
                                              const std::vector<Shape> &shapes, const MetricFrame &frame,
                                              QVariantMap &outputs, QgsProcessingFeedback *feedback )
{
  // Every building within the outermost zone of any source.
  const std::unique_ptr<QgsProcessingFeatureSource> buildings =
      snapshotSource( QStringLiteral( "BUILDINGS" ), context );
  if ( !buildings )
    return true;
  const QgsFields buildingFields = QgsProcessingUtils::combineFields(
      buildings->fields(), fieldList( { { "zone", compat::FieldString },
                                        { "distance_m", compat::FieldDouble },
                                        { "overpressure_kpa", compat::FieldDouble } } ) );
  OutputSink exposed = createSink( parameters, QStringLiteral( "OUTPUT_BUILDINGS" ), context, buildingFields,
                                   buildings->wkbType(), buildings->sourceCrs() );
  QgsSpatialIndex index;
  for ( std::size_t s = 0; s < shapes.size(); ++s )
    index.addFeature( static_cast<QgsFeatureId>( s ), shapes[s].geometry.boundingBox() );
  const double maxRadiusM = mZones.back().outerM;
  const QgsCoordinateTransform buildingsToMetric = frame.toMetric( buildings->sourceCrs() );
  QgsFeatureIterator it = buildings->getFeatures();
  QgsFeature building;
  while ( it.nextFeature( building ) )
  {
    if ( feedback->isCanceled() )
      return false;
    if ( !building.hasGeometry() )
      continue;
    QgsGeometry footprint = building.geometry();
    transformOrThrow( footprint, buildingsToMetric );
    // The outer ring is drawn around its true circle; a building is exposed when its true distance is within the
    // outermost zone.
    QgsRectangle search = footprint.boundingBox();
    search.grow( maxRadiusM );
    double distanceM = std::numeric_limits<double>::infinity();
    for ( const QgsFeatureId candidate : index.intersects( search ) )
      distanceM = std::min( distanceM, footprint.distance( shapes[static_cast<std::size_t>( candidate )].geometry ) );
    if ( !( distanceM <= maxRadiusM ) )
      continue;
    const auto zone = std::find_if( mSummaries.begin(), mSummaries.end(),
                                    [distanceM]( const ZoneSummary &z ) { return distanceM <= z.zone.outerM; } );
    ++zone->buildings;
    if ( !exposed )
      continue;
    QgsFeature out( buildingFields );
    out.setGeometry( building.geometry() );
    QgsAttributes attributes = building.attributes();
    attributes << zone->zone.key << distanceM
               << optionalToVariant( kb::incidentOverpressureKpa( distanceM, mChargeKg ) );
    out.setAttributes( attributes );
    exposed.add( out );
  }
  if ( exposed )
    outputs.insert( QStringLiteral( "OUTPUT_BUILDINGS" ), exposed.id() );
  return true;
}

void StandoffZonesAlgorithm::reportSummary( bool withRoads, bool withBuildings, QgsProcessingFeedback *feedback ) const
{
  for ( const ZoneSummary &summary : mSummaries )
  {
    const Zone &zone = summary.zone;
    QString line = tr( "%1 (%2): %3–%4 m, %5 ha" )
                       .arg( zone.key, zone.effect )
                       .arg( zone.innerM, 0, 'f', 1 )
                       .arg( zone.outerM, 0, 'f', 1 )
                       .arg( summary.areaM2 / 10000.0, 0, 'f', 2 );
    if ( withBuildings )
      line += tr( ", %n building(s)", nullptr, summary.buildings );
    if ( withRoads && zone.key == mClosureZoneKey )
      line += tr( ", %1 m of road closed" ).arg( summary.closedRoadM, 0, 'f', 0 );
    feedback->pushInfo( line );
  }
  if ( withRoads && mClosureZoneKey == QStringLiteral( "mandatory_evacuation" ) && mMethod != StandoffChart )
    feedback->pushInfo( tr( "Road closures: %1, %2 m within the mandatory evacuation distance (%3 m)." )
                            .arg( tr( "%n stretch(es)", nullptr, static_cast<int>( mClosedParts ) ) )
                            .arg( mClosedRoadM, 0, 'f', 0 )
                            .arg( mClosureRadiusM, 0, 'f', 1 ) );
  if ( mMethod == StandoffChart && mFloorRow )
    feedback->pushInfo( tr( "A hand-held charge: the distances are no shorter than the chart's %1 row (%2 m and %3 "
                            "m), which fragments set, not blast." )
                            .arg( translatedCatalogueText( mFloorRow->displayName ).toLower() )
                            .arg( mFloorRow->mandatoryEvacuationM, 0, 'f', 0 )
                            .arg( mFloorRow->preferredEvacuationM, 0, 'f', 0 ) );
  if ( mZones.back().outerKpa == std::nullopt )
    feedback->pushInfo( tr( "The outer edge lies beyond the blast fit's range (scaled distance above %1 m/kg^(1/3)): "
                            "its overpressure is left empty." )
                            .arg( kb::kMaxScaledDistance ) );
}

} // namespace eventsecurity
