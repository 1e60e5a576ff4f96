#include "vehicleapproachalgorithm.h"

#include "approachoutputs.h"
#include "approachstudy.h"
#include "areainput.h"
#include "catalogueparameters.h"
#include "eventsecurityprovider.h"
#include "metriccrs.h"
#include "vehicledynamics.h"

#include <qgsprocessingparameters.h>

#include <algorithm>

namespace eventsecurity
{

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
  addNetworkParameter();
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "PROTECTED_AREA" ),
                                                         tr( "Protected area (polygons)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorPolygon ) ) );
  addVehicleParameter();
  addParameter( new QgsProcessingParameterNumber(
      QStringLiteral( "MASS_KG" ), tr( "Mass override, kg (0 = the vehicle's)" ), compat::Double, 0.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterNumber(
      QStringLiteral( "ACCEL_MS2" ), tr( "Acceleration from standstill override, m/s² (0 = the vehicle's)" ),
      compat::Double, 0.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MAX_SPEED_KMH" ),
                                                  tr( "Top speed override, km/h (0 = the vehicle's)" ), compat::Double,
                                                  0.0, false, 0.0 ) );
  addApproachParameters();
  addParameter(
      new QgsProcessingParameterBoolean( QStringLiteral( "RESPECT_ONEWAY" ), tr( "Respect one-way streets" ), false ) );
  auto onewayField = std::make_unique<QgsProcessingParameterField>(
      QStringLiteral( "ONEWAY_FIELD" ), tr( "One-way field (OSM values; default: \"oneway\" if present)" ), QVariant(),
      QStringLiteral( "NETWORK" ) );
  onewayField->setFlags( onewayField->flags() | compat::FlagOptional );
  addParameter( onewayField.release() );

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
  loadApproachParameters( parameters, context );
  applyVehicleOverrides( parameters, context );
  mApproach.respectOneway = parameterAsBoolean( parameters, QStringLiteral( "RESPECT_ONEWAY" ), context );
  mApproach.onewayField = parameterAsString( parameters, QStringLiteral( "ONEWAY_FIELD" ), context );
  const SourceSnapshot *network = inputSnapshot( QStringLiteral( "NETWORK" ) );
  if ( mApproach.onewayField.isEmpty() && network && network->fields().lookupField( QStringLiteral( "oneway" ) ) >= 0 )
    mApproach.onewayField = QStringLiteral( "oneway" );
  return true;
}

void VehicleApproachAlgorithm::applyVehicleOverrides( const QVariantMap &parameters, QgsProcessingContext &context )
{
  const QString zeroKeeps = tr( "0 keeps the vehicle's own value" );
  const double mass = nonNegativeParameter( parameters, QStringLiteral( "MASS_KG" ), zeroKeeps, context );
  const double accel = nonNegativeParameter( parameters, QStringLiteral( "ACCEL_MS2" ), zeroKeeps, context );
  const double maxSpeedKmh = nonNegativeParameter( parameters, QStringLiteral( "MAX_SPEED_KMH" ), zeroKeeps, context );
  domain::VehicleClass &vehicle = mApproach.vehicle;
  if ( mass > 0 )
  {
    // Another mass: rate against the lightest test vehicle of each standard that covers it.
    vehicle.massKg = mass;
    const auto designation = [mass]( domain::BarrierStandard standard )
    {
      const domain::TestVehicle *test = domain::nearestCoveringTestVehicle( standard, mass );
      return test ? test->designation : std::string();
    };
    vehicle.astmClass = designation( domain::BarrierStandard::AstmF2656 );
    vehicle.iwaClass = designation( domain::BarrierStandard::Iwa14 );
    vehicle.pas68Class = designation( domain::BarrierStandard::Pas68 );
  }
  if ( accel > 0 )
    vehicle.accelMs2 = accel;
  if ( maxSpeedKmh > 0 )
    vehicle.maxSpeedMs = domain::kmhToMs( maxSpeedKmh );
}

QVariantMap VehicleApproachAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                                      QgsProcessingFeedback *feedback )
{
  const std::unique_ptr<QgsProcessingFeatureSource> network = snapshotSource( QStringLiteral( "NETWORK" ), context );
  const std::unique_ptr<QgsProcessingFeatureSource> area =
      snapshotSource( QStringLiteral( "PROTECTED_AREA" ), context );
  if ( QgsWkbTypes::geometryType( network->wkbType() ) != compat::LineGeometry )
    throw QgsProcessingException( tr( "NETWORK must be a line layer (streets)." ) );
  if ( QgsWkbTypes::geometryType( area->wkbType() ) != compat::PolygonGeometry )
    throw QgsProcessingException( tr( "PROTECTED_AREA must be a polygon layer." ) );

  // The study in the metric frame of the protected area; the outputs in the network's CRS.
  const MetricFrame frame( area->sourceCrs(), area->sourceExtent(), context.transformContext() );
  const AreaInput protectedArea = readProtectedArea( *area, frame.toMetric( area->sourceCrs() ), feedback );
  if ( feedback->isCanceled() )
    return {};
  ApproachStudy study( mApproach );
  if ( !study.run( *network, frame.toMetric( network->sourceCrs() ), protectedArea.area, context, feedback, 0, 80 ) )
    return {};
  requireDrivableStreets( study );
  reportStudy( study, feedback );
  QVariantMap outputs = writeOutputs( parameters, context, study, network->sourceCrs(),
                                      frame.fromMetric( network->sourceCrs() ), feedback );
  if ( feedback->isCanceled() )
    return {};
  reportSummary( study, feedback );
  return outputs;
}

AreaInput VehicleApproachAlgorithm::readProtectedArea( const QgsProcessingFeatureSource &area,
                                                       const QgsCoordinateTransform &toMetric,
                                                       QgsProcessingFeedback *feedback ) const
{
  const AreaInput input = readArea( area, toMetric, QString(), feedback );
  if ( feedback->isCanceled() )
    return input;
  if ( input.polygons == 0 )
    throw QgsProcessingException( tr( "PROTECTED_AREA has no polygon: draw the area to protect (e.g. the venue)." ) );
  if ( input.area.isEmpty() || !( input.area.area() > 0 ) )
    throw QgsProcessingException( tr( "PROTECTED_AREA has no area: check its polygons." ) );
  for ( const QString &warning :
        areaRepairWarnings( input, inputSnapshot( QStringLiteral( "PROTECTED_AREA" ) )->sourceName() ) )
    feedback->pushWarning( warning );
  return input;
}

void VehicleApproachAlgorithm::requireDrivableStreets( const ApproachStudy &study ) const
{
  const StreetNetwork &streets = study.streets();
  if ( !streets.hasDrivableLine() )
    throw QgsProcessingException(
        tr( "No street of NETWORK lies within %1 m of PROTECTED_AREA (%2 street(s) read, %3 left out by the "
            "expression): check the layers overlap or raise SEARCH_DISTANCE_M." )
            .arg( mApproach.searchDistanceM )
            .arg( streets.featuresRead )
            .arg( streets.featuresExcluded ) );
}

void VehicleApproachAlgorithm::reportStudy( const ApproachStudy &study, QgsProcessingFeedback *feedback ) const
{
  const StreetNetwork &streets = study.streets();
  if ( !streets.evaluationError.isEmpty() )
    feedback->pushInfo( tr( "An expression could not be evaluated on every street (%1): those streets count as not "
                            "matching." )
                            .arg( streets.evaluationError ) );
  feedback->pushInfo(
      tr( "Street graph: %1 node(s), %2 edge(s) from %3 street(s); %4 crossing(s) of the protected area's edge, "
          "%5 entry point(s) on the study area's edge." )
          .arg( study.graph().nodeCount() )
          .arg( study.graph().edgeCount() )
          .arg( streets.featuresRead - streets.featuresExcluded )
          .arg( study.edgeImpacts().size() )
          .arg( study.entryCount() ) );
  if ( study.edgeImpacts().empty() )
    feedback->reportError(
        tr( "No street crosses the edge of PROTECTED_AREA: there is no vehicle approach to assess." ) );
}

QVariantMap VehicleApproachAlgorithm::writeOutputs( const QVariantMap &parameters, QgsProcessingContext &context,
                                                    const ApproachStudy &study,
                                                    const QgsCoordinateReferenceSystem &outputCrs,
                                                    const QgsCoordinateTransform &metricToOutput,
                                                    QgsProcessingFeedback *feedback ) const
{
  OutputSink points = createSink( parameters, QStringLiteral( "OUTPUT_POINTS" ), context, impactPointFields(),
                                  compat::WkbPoint, outputCrs );
  OutputSink routes = createSink( parameters, QStringLiteral( "OUTPUT_ROUTES" ), context, criticalRouteFields(),
                                  compat::WkbLineStringM, outputCrs );
  if ( !writeImpactPoints( study, metricToOutput, points, routes, feedback ) )
    return {};
  feedback->setProgress( 90 );
  OutputSink speeds = createSink( parameters, QStringLiteral( "OUTPUT_NETWORK" ), context, approachSpeedFields(),
                                  compat::WkbLineString, outputCrs );
  if ( speeds && !writeApproachSpeeds( study, metricToOutput, speeds, feedback ) )
    return {};
  feedback->setProgress( 100 );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT_POINTS" ), points.id() );
  if ( routes )
    outputs.insert( QStringLiteral( "OUTPUT_ROUTES" ), routes.id() );
  if ( speeds )
    outputs.insert( QStringLiteral( "OUTPUT_NETWORK" ), speeds.id() );
  return outputs;
}

void VehicleApproachAlgorithm::reportSummary( const ApproachStudy &study, QgsProcessingFeedback *feedback ) const
{
  double fastestKmh = 0;
  int written = 0, unreachable = 0, beyondTests = 0;
  for ( const EdgeImpact &impact : study.edgeImpacts() )
  {
    if ( !impact.impact.reachable )
    {
      ++unreachable;
      continue;
    }
    ++written;
    beyondTests += impact.ratings.exceedsAllTests ? 1 : 0;
    fastestKmh = std::max( fastestKmh, domain::msToKmh( impact.impact.speedMs ) );
  }
  const domain::VehicleClass &vehicle = mApproach.vehicle;
  feedback->pushInfo(
      tr( "%1 (%2 kg, a0 %3 m/s², vmax %4 km/h): %5 impact point(s), fastest %6 km/h; %7 beyond every crash test; "
          "%8 crossing(s) no vehicle can reach." )
          .arg( translatedVehicleName( vehicle.name ) )
          .arg( vehicle.massKg )
          .arg( vehicle.accelMs2 )
          .arg( domain::msToKmh( vehicle.maxSpeedMs ), 0, 'f', 0 )
          .arg( written )
          .arg( fastestKmh, 0, 'f', 1 )
          .arg( beyondTests )
          .arg( unreachable ) );
}

} // namespace eventsecurity
