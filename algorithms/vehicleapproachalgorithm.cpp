#include "vehicleapproachalgorithm.h"

#include "approachoutputs.h"
#include "approachranges.h"
#include "approachstudy.h"
#include "areainput.h"
#include "catalogueparameters.h"
#include "eventsecurityprovider.h"
#include "helptext.h"
#include "metriccrs.h"
#include "opengroundoutputs.h"
#include "vehicledynamics.h"

#include <qgsprocessingparameters.h>

#include <algorithm>
#include <optional>

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
  HelpPage page;
  page.whatItDoes().paragraph(
      tr( "Finds, for every place where the street network crosses the edge of the protected area, the highest speed a "
          "hostile vehicle can reach there over any route, one route that reaches it, and the crash-tested barrier "
          "rating that stops it: a vehicle dynamics assessment (VDA) over the whole network." ) );
  page.model( tr( "Where a vehicle can be" ) )
      .paragraph( tr( "The study area is the protected area (PROTECTED_AREA) grown by SEARCH_DISTANCE_M; the streets "
                      "inside it, minus "
                      "the protected area itself, are the network. Hostile drivers ignore one-way rules unless "
                      "RESPECT_ONEWAY is set (ONEWAY_FIELD, default the field \"oneway\" when the layer has one: OSM "
                      "values yes/true/1 and -1/reverse); pedestrian streets and squares are drivable unless "
                      "EXCLUDE_EXPRESSION removes them (e.g. bollarded ways). Street ends within TOLERANCE_M are "
                      "joined. No U-turns: turning round is a near standstill, which starting at rest covers." ) );
  page.model( tr( "Acceleration" ) )
      .paragraph( tr( "a(v) = a0 (1 - v/vmax): over a run s the speed grows from v1 to v2 with S(v2) = S(v1) + s, "
                      "S(v) = (vmax/a0)(-v - vmax ln(1 - v/vmax)). Speeds never exceed vmax." ) );
  page.model( tr( "Vehicles" ) )
      .paragraph( tr( "VEHICLE picks a row of the vehicle table (mass, a0, vmax, rollover threshold and the test "
                      "vehicle of each standard); MASS_KG, ACCEL_MS2 and MAX_SPEED_KMH override it when greater than 0 "
                      "(a mass override rates against the lightest test vehicle at least as heavy, within 5 %)." ) );
  addApproachModelHelp( page );
  addOpenGroundHelp( page );
  addImpactRangesHelp( page );
  addOutputsHelp( page );
  page.judgementCalls().list(
      { tr( "The class accelerations have no primary source (plausible values from 0-100 km/h times: car 3, van 2, "
            "7.5 t truck 1, 30 t lorry 0.5 m/s²) and vmax is a judgement call: set them from the vehicles that matter "
            "on your site (ACCEL_MS2, MAX_SPEED_KMH)." ) } );
  addApproachLimits( page );
  return page.html();
}

void VehicleApproachAlgorithm::addOutputsHelp( HelpPage &page )
{
  page.outputs()
      .named( QStringLiteral( "OUTPUT_POINTS" ),
              tr( "impact points: impact_kmh; runup_m, the run-up as a VDA reports it: the distance over which the "
                  "vehicle accelerates freely up to the impact, since the last point where its speed was bound (the "
                  "route's start, a bend or a junction turn); route_m, the length of the whole critical route; "
                  "entry_kmh, the speed at which the route entered the study area (NULL when it starts at rest, or "
                  "builds its speed going round a loop); energy_kj (m v² / 2); angle_deg, between the street's final "
                  "approach and the protected area's edge (90 = head-on), which the ratings do not carry; rating_astm, "
                  "rating_iwa and rating_pas68 (Barrier ratings, above). With OPEN_AREAS, impact points are also "
                  "placed along every stretch of the protected area's edge that open ground reaches (kind "
                  "open_ground, with its stretch_id; kind street where a street crosses the edge)." ) )
      .named( QStringLiteral( "OUTPUT_ROUTES" ),
              tr( "the critical route of each impact point as a line whose M value is the speed in km/h at each "
                  "vertex, with runup_m, route_m, entry_kmh and start_kmh (above 0 when the vehicle enters at speed or "
                  "builds it up going round a loop) and kind, as its impact point's." ) )
      .named( QStringLiteral( "OUTPUT_NETWORK" ),
              tr( "every street of the study area with max_kmh, the highest speed on it in a direction from which the "
                  "protected area can be reached (a heat map). It covers the open ground's legs too (kind "
                  "open_ground_leg, no network_fid): the highest speed on each leg toward the protected area." ) )
      .named( QStringLiteral( "OUTPUT_STRETCHES" ),
              tr( "with OPEN_AREAS, each stretch of the edge that open ground reaches as a line along the edge, with "
                  "length_m, its fastest impact_kmh and energy_kj, the ratings a barrier line along it needs, "
                  "impact_points and reached, how many of them a vehicle reaches (with SAMPLES above 0, the range "
                  "fields of its critical point: the one whose barrier must be the strongest)." ) )
      .paragraph( tr( "Outputs are in the network layer's CRS; distances are metres on the ground (a local metric CRS "
                      "is used for geographic layers)." ) );
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
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_STRETCHES" ),
                                                       tr( "Stretches of the edge open ground reaches" ),
                                                       compat::VectorLine, QVariant(), true ) );
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
  using Q = domain::PhysicalQuantity;
  const QString zeroKeeps = tr( "0 keeps the vehicle's own value" );
  const auto bounded = [&]( const char *name, Q quantity )
  { return boundedParameter( parameters, QString::fromLatin1( name ), quantity, zeroKeeps, true, context ); };
  const double mass = bounded( "MASS_KG", Q::VehicleMassKg );
  const double accel = bounded( "ACCEL_MS2", Q::VehicleAccelerationMs2 );
  const double maxSpeedKmh = bounded( "MAX_SPEED_KMH", Q::VehicleSpeedKmh );
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
  std::vector<std::unique_ptr<QgsProcessingFeatureSource>> openGroundSources; // for the run
  study.setOpenGround( openGroundLayers( frame, context, openGroundSources ) );
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
        tr( "No street of NETWORK lies within %1 m of PROTECTED_AREA (%2 read, %3 left out by the expression): "
            "check the layers overlap or raise SEARCH_DISTANCE_M." )
            .arg( mApproach.searchDistanceM )
            .arg( tr( "%n street(s)", nullptr, static_cast<int>( streets.featuresRead ) ) )
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
      tr( "Street graph: %1, %2 from %3; %4 of the protected area's edge, %5 on the study area's edge." )
          .arg( tr( "%n node(s)", nullptr, static_cast<int>( study.graph().nodeCount() ) ),
                tr( "%n edge(s)", nullptr, static_cast<int>( study.graph().edgeCount() ) ),
                tr( "%n street(s)", nullptr, static_cast<int>( streets.featuresRead - streets.featuresExcluded ) ),
                tr( "%n crossing(s)", nullptr, static_cast<int>( study.edgeImpacts().size() ) ),
                tr( "%n entry point(s)", nullptr, static_cast<int>( study.entryCount() ) ) ) );
  for ( const QString &note : study.modelNotes() )
    feedback->pushInfo( note );
  reportOpenGround( study, feedback );
  const bool openGroundReaches = study.openGround() && !study.openGround()->targetImpacts().empty();
  // A finding, not a failure (issue 15 item 6): over the network given no vehicle reaches the area; the heat map
  // is still written, and the run ends normally with the warning, as QGIS's own algorithms do.
  if ( study.edgeImpacts().empty() && !openGroundReaches )
    feedback->pushWarning( tr( "No street crosses the edge of PROTECTED_AREA and no open ground reaches it: no "
                               "vehicle reaches it over the network given. Check that NETWORK covers it." ) );
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
  OutputSink stretches = createSink( parameters, QStringLiteral( "OUTPUT_STRETCHES" ), context, stretchFields(),
                                     compat::WkbLineString, outputCrs );
  if ( stretches )
    writeStretches( study, metricToOutput, stretches );
  feedback->setProgress( 100 );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT_POINTS" ), points.id() );
  if ( routes )
    outputs.insert( QStringLiteral( "OUTPUT_ROUTES" ), routes.id() );
  if ( speeds )
    outputs.insert( QStringLiteral( "OUTPUT_NETWORK" ), speeds.id() );
  if ( stretches )
    outputs.insert( QStringLiteral( "OUTPUT_STRETCHES" ), stretches.id() );
  return outputs;
}

void VehicleApproachAlgorithm::reportSummary( const ApproachStudy &study, QgsProcessingFeedback *feedback ) const
{
  double fastestKmh = 0;
  const EdgeImpact *fastest = nullptr;
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
    if ( !fastest || impact.impact.speedMs > fastest->impact.speedMs )
      fastest = &impact;
  }
  if ( fastest )
    fastestKmh = domain::msToKmh( fastest->impact.speedMs );
  const domain::VehicleClass &vehicle = mApproach.vehicle;
  feedback->pushInfo(
      tr( "%1 (%2 kg, a0 %3 m/s², vmax %4 km/h): %5, fastest %6 km/h; %7 beyond every crash test; %8 no vehicle can "
          "reach." )
          .arg( translatedVehicleName( vehicle.name ) )
          .arg( vehicle.massKg )
          .arg( vehicle.accelMs2 )
          .arg( domain::msToKmh( vehicle.maxSpeedMs ), 0, 'f', 0 )
          .arg( tr( "%n impact point(s)", nullptr, written ) )
          .arg( fastestKmh, 0, 'f', 1 )
          .arg( beyondTests )
          .arg( tr( "%n crossing(s)", nullptr, unreachable ) ) );
  if ( fastest )
    reportFastest( study, *fastest, feedback );
  reportOpenGroundImpacts( study, fastest ? fastest->impact.speedMs : -1, feedback );
}

void VehicleApproachAlgorithm::reportOpenGroundImpacts( const ApproachStudy &study, double fastestStreetMs,
                                                        QgsProcessingFeedback *feedback ) const
{
  const OpenGroundStudy *openGround = study.openGround();
  const TargetImpact *fastest = openGround ? openGround->fastest() : nullptr;
  if ( !openGround || openGround->stretches().empty() )
    return;
  const auto unreached = std::count_if( openGround->targetImpacts().begin(), openGround->targetImpacts().end(),
                                        []( const TargetImpact &target ) { return !target.impact.reachable; } );
  if ( !fastest )
  {
    feedback->pushInfo( tr( "Open ground: no vehicle reaches any of its %n impact point(s).", nullptr,
                            static_cast<int>( openGround->targetImpacts().size() ) ) );
    return;
  }
  feedback->pushInfo(
      tr( "Open ground: %1 on %2 of the protected area's edge, %3 of them no vehicle reaches; fastest %4 km/h, %5 m "
          "of free run-up on a route of %6 m. ASTM F2656: %7; IWA 14-1: %8; PAS 68: %9." )
          .arg( tr( "%n impact point(s)", nullptr, static_cast<int>( openGround->targetImpacts().size() ) ),
                tr( "%n stretch(es)", nullptr, static_cast<int>( openGround->stretches().size() ) ) )
          .arg( unreached )
          .arg( domain::msToKmh( fastest->impact.speedMs ), 0, 'f', 1 )
          .arg( fastest->impact.runupM, 0, 'f', 0 )
          .arg( fastest->impact.routeM, 0, 'f', 0 )
          .arg( QString::fromStdString( fastest->ratings.astm ), QString::fromStdString( fastest->ratings.iwa ),
                QString::fromStdString( fastest->ratings.pas68 ) ) );
  if ( fastest->impact.speedMs > fastestStreetMs )
    feedback->pushWarning( tr( "Open ground gives a faster approach (%1 km/h) than any street crossing (%2): a "
                               "barrier line along the stretches is needed, not only across the streets." )
                               .arg( domain::msToKmh( fastest->impact.speedMs ), 0, 'f', 1 )
                               .arg( fastestStreetMs >= 0
                                         ? tr( "%1 km/h" ).arg( domain::msToKmh( fastestStreetMs ), 0, 'f', 1 )
                                         : tr( "none is reached" ) ) );
}

void VehicleApproachAlgorithm::reportFastest( const ApproachStudy &study, const EdgeImpact &fastest,
                                              QgsProcessingFeedback *feedback ) const
{
  const domain::ImpactResult &impact = fastest.impact;
  const std::optional<double> entryMs = study.entrySpeedMs( impact );
  const QString start = entryMs
                            ? tr( "entering the study area at %1 km/h" ).arg( domain::msToKmh( *entryMs ), 0, 'f', 0 )
                            : tr( "starting at %1 km/h" ).arg( domain::msToKmh( impact.startSpeedMs ), 0, 'f', 0 );
  feedback->pushInfo( tr( "Fastest impact: %1 km/h on street feature %2, %3 m of free run-up after the last bend, "
                          "junction or start, on a route of %4 m %5. ASTM F2656: %6; IWA 14-1: %7; PAS 68: %8." )
                          .arg( domain::msToKmh( impact.speedMs ), 0, 'f', 1 )
                          .arg( fastest.fid )
                          .arg( impact.runupM, 0, 'f', 0 )
                          .arg( impact.routeM, 0, 'f', 0 )
                          .arg( start, QString::fromStdString( fastest.ratings.astm ),
                                QString::fromStdString( fastest.ratings.iwa ),
                                QString::fromStdString( fastest.ratings.pas68 ) ) );
  if ( fastest.spread )
    feedback->pushInfo( tr( "Its impact speed over the %1 samples: median %2 km/h, 95th percentile %3 km/h; the "
                            "ratings above are chosen on %4 km/h, the %5th percentile (never below the deterministic "
                            "%6 km/h)." )
                            .arg( mApproach.ranges.samples )
                            .arg( domain::msToKmh( fastest.spread->p50SpeedMs ), 0, 'f', 1 )
                            .arg( domain::msToKmh( fastest.spread->p95SpeedMs ), 0, 'f', 1 )
                            .arg( domain::msToKmh( ratingSpeedMs( impact.speedMs, fastest.spread ) ), 0, 'f', 1 )
                            .arg( mApproach.ranges.ratingPercentile * 100, 0, 'g', 4 )
                            .arg( domain::msToKmh( impact.speedMs ), 0, 'f', 1 ) );
}

} // namespace eventsecurity
