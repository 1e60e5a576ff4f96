#include "perimeterdesignalgorithm.h"

#include "approachoutputs.h"
#include "areainput.h"
#include "catalogueparameters.h"
#include "cordongeometry.h"
#include "barrierratings.h"
#include "crowd.h"
#include "entryqueue.h"
#include "eventsecurityprovider.h"
#include "kingerybulmash.h"
#include "metriccrs.h"
#include "numberformat.h"
#include "opengroundoutputs.h"
#include "perimeteroutputs.h"
#include "physicalparameters.h"
#include "queueoutputs.h"
#include "queueparameters.h"
#include "vehicledynamics.h"

#include <qgsprocessingparameters.h>

#include <QFile>

#include <algorithm>
#include <cmath>

namespace eventsecurity
{
namespace
{
namespace kb = domain::kingerybulmash;

// Judgement calls of this tool, parameters (the help gives the reasons).
constexpr double kDefaultAttendance = 1000;   // a small public event, so that a new form does not start at 0
constexpr double kDefaultArrivalMinutes = 60; // issue 5: people arrive within an hour
constexpr int kDefaultEmergencyGates = 2;     // at least two, on different sides (issue 5)
// Judgement-call sanity bound of the counts: more emergency gates or entries than any event perimeter has streets
// crossing it.
constexpr int kMaxGatesOrEntries = 1000;
const char *const kDefaultPedestrianExpression = "\"highway\" IN ('footway', 'pedestrian', 'path', 'steps')"; // OSM

QgsProcessingParameterDefinition *advanced( QgsProcessingParameterDefinition *definition )
{
  definition->setFlags( definition->flags() | compat::FlagAdvanced );
  return definition;
}

QgsProcessingParameterFeatureSink *notByDefault( QgsProcessingParameterFeatureSink *sink )
{
  sink->setCreateByDefault( false );
  return sink;
}
} // namespace

QString PerimeterDesignAlgorithm::name() const
{
  return QStringLiteral( "perimeterdesign" );
}

QString PerimeterDesignAlgorithm::displayName() const
{
  return tr( "Event perimeter design" );
}

QStringList PerimeterDesignAlgorithm::tags() const
{
  return tr( "perimeter,cordon,barrier,bollard,gate,entry,search,lanes,crowd,capacity,egress,evacuation,green "
             "guide,standoff,hvm,event" )
      .split( ',' );
}

QString PerimeterDesignAlgorithm::group() const
{
  return groupName( AlgorithmGroup::Perimeter );
}

QString PerimeterDesignAlgorithm::groupId() const
{
  return eventsecurity::groupId( AlgorithmGroup::Perimeter );
}

PerimeterDesignAlgorithm *PerimeterDesignAlgorithm::createInstance() const
{
  return new PerimeterDesignAlgorithm();
}

void PerimeterDesignAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "EVENT_AREA" ),
                                                         tr( "Event area, where the crowd stands (polygons)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorPolygon ) ) );
  addNetworkParameter();
  addCrowdParameters();
  addThreatParameters();
  addVehicleParameter();
  addApproachParameters();
  addPlanParameters();
  addQueueParameters();
  addOutputParameters();
}

void PerimeterDesignAlgorithm::addCrowdParameters()
{
  // No minimum on the crowd figures: prepare's checks say what to fix.
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "ATTENDANCE" ), tr( "Expected attendance (persons)" ),
                                                  compat::Double, kDefaultAttendance ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "ARRIVAL_MINUTES" ), tr( "Arrival window (minutes)" ),
                                                  compat::Double, kDefaultArrivalMinutes ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "ARRIVAL_PEAK_FACTOR" ),
                                                  tr( "Arrival peak, times the mean rate of the window" ),
                                                  compat::Double, domain::kDefaultArrivalPeakFactor ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "DENSITY" ),
                                                  tr( "Standing density for capacity (persons/m²)" ), compat::Double,
                                                  domain::kStandingDensity ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "LANE_RATE_PPH" ),
                                                  tr( "Search lane throughput (persons/hour)" ), compat::Double,
                                                  domain::kMetalDetectorLanePerHour ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "FLOW_RATE" ),
                                                  tr( "Exit flow rate (persons/metre/minute)" ), compat::Double,
                                                  domain::kGreenGuideFlowLevel ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "EGRESS_MINUTES" ),
                                                  tr( "Target evacuation time (minutes)" ), compat::Double,
                                                  domain::kDefaultEgressMinutes ) );
}

void PerimeterDesignAlgorithm::addThreatParameters()
{
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "THREAT" ), tr( "Bomb threat (stand-off chart)" ),
                                                threatOptions(), false, threatIndex( approachdefaults::kThreatKey ) ) );
  // A plain number in metres, not a distance parameter: the algorithm works in a metric frame whatever the
  // layers' CRS, and a distance parameter would offer degrees for a layer in EPSG:4326.
  addParameter( new QgsProcessingParameterNumber(
      QStringLiteral( "STANDOFF_M" ),
      tr( "Standoff from the event area (m; not set = the chart's mandatory distance)" ), compat::Double, QVariant(),
      true ) );
}

void PerimeterDesignAlgorithm::addPlanParameters()
{
  auto nameField = std::make_unique<QgsProcessingParameterField>(
      QStringLiteral( "NAME_FIELD" ), tr( "Street name field (default: \"name\" if present)" ), QVariant(),
      QStringLiteral( "NETWORK" ) );
  nameField->setFlags( nameField->flags() | compat::FlagOptional );
  addParameter( nameField.release() );
  addParameter( new QgsProcessingParameterExpression(
      QStringLiteral( "PEDESTRIAN_EXPRESSION" ), tr( "Footways and pedestrian streets are where" ),
      QString::fromLatin1( kDefaultPedestrianExpression ), QStringLiteral( "NETWORK" ), true ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "EMERGENCY_GATES" ),
                                                  tr( "Emergency gates (at least)" ), compat::Integer,
                                                  kDefaultEmergencyGates, false, 0 ) );
  addParameter( advanced( new QgsProcessingParameterNumber( QStringLiteral( "MIN_ENTRIES" ),
                                                            tr( "Pedestrian entries (at least)" ), compat::Integer,
                                                            domain::kDefaultMinimumEntries, false, 0 ) ) );
  addParameter( advanced( new QgsProcessingParameterNumber(
      QStringLiteral( "GATE_SEPARATION_DEG" ), tr( "Minimum bearing between emergency gates (degrees)" ),
      compat::Double, domain::kDefaultGateSeparationDeg, false, 0.0, 180.0 ) ) );
}

void PerimeterDesignAlgorithm::addQueueParameters()
{
  for ( std::unique_ptr<QgsProcessingParameterDefinition> &definition : queueParameterDefinitions() )
    addParameter( definition.release() );
}

void PerimeterDesignAlgorithm::addOutputParameters()
{
  // Only the cordon is required; the other layers are optional, created by default as QGIS's own algorithms do
  // (the vehicle approach ones only when asked for).
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_PERIMETER" ),
                                                       tr( "Vehicle-exclusion cordon" ), compat::VectorPolygon ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_CROSSINGS" ), tr( "Street crossings" ),
                                                       compat::VectorPoint, QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_BARRIERS" ), tr( "Barrier lines" ),
                                                       compat::VectorLine, QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_ENTRIES" ), tr( "Pedestrian entries" ),
                                                       compat::VectorPoint, QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSink(
      QStringLiteral( "OUTPUT_QUEUES" ), tr( "Queues outside the cordon" ), compat::VectorPolygon, QVariant(), true ) );
  addParameter( notByDefault( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_IMPACTS" ),
                                                                     tr( "Vehicle impact points on the cordon" ),
                                                                     compat::VectorPoint, QVariant(), true ) ) );
  addParameter( notByDefault( new QgsProcessingParameterFeatureSink(
      QStringLiteral( "OUTPUT_ROUTES" ), tr( "Critical vehicle routes" ), compat::VectorLine, QVariant(), true ) ) );
  addParameter( notByDefault( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_APPROACH_SPEEDS" ),
                                                                     tr( "Approach speeds on the network" ),
                                                                     compat::VectorLine, QVariant(), true ) ) );
  addParameter( notByDefault( new QgsProcessingParameterFeatureSink(
      QStringLiteral( "OUTPUT_STRETCHES" ), tr( "Stretches of the cordon open ground reaches" ), compat::VectorLine,
      QVariant(), true ) ) );
  addParameter( new QgsProcessingParameterFileDestination( QStringLiteral( "OUTPUT_REPORT" ), tr( "Perimeter report" ),
                                                           tr( "HTML files (*.html *.htm)" ), QVariant(), true ) );
}

bool PerimeterDesignAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                               QgsProcessingFeedback * )
{
  loadCrowdParameters( parameters, context );
  loadThreatParameters( parameters, context );
  loadApproachParameters( parameters, context );
  loadPlanParameters( parameters, context );
  loadQueueParameters( parameters, context );
  // A vehicle bomb stopped by the barrier may stand the allowed penetration inside the line (issue 11 item 7).
  mBarrierLineM = domain::cordonDistanceM( mStandoffM, mApproach.allowedPenetrationM );
  return true;
}

void PerimeterDesignAlgorithm::loadCrowdParameters( const QVariantMap &parameters, QgsProcessingContext &context )
{
  using Q = domain::PhysicalQuantity;
  auto positive = [&]( const char *name, const QString &meaning, Q quantity )
  {
    const QString key = QString::fromLatin1( name );
    const double value = positiveParameter( parameters, key, meaning, context );
    requirePhysicalValue( key, value, quantity );
    return value;
  };
  mCrowd.attendance = positive( "ATTENDANCE", tr( "the number of people expected" ), Q::Attendance );
  mCrowd.arrivalMinutes =
      positive( "ARRIVAL_MINUTES", tr( "the minutes in which people arrive, e.g. 60" ), Q::Minutes );
  if ( mCrowd.arrivalMinutes < domain::kMinArrivalWindowMinutes )
    throw QgsProcessingException( tr( "ARRIVAL_MINUTES must be at least %1 minute: a shorter window is seconds typed "
                                      "for minutes; got %2." )
                                      .arg( domain::kMinArrivalWindowMinutes )
                                      .arg( mCrowd.arrivalMinutes ) );
  mCrowd.arrivalPeakFactor =
      positive( "ARRIVAL_PEAK_FACTOR", tr( "e.g. 2 for twice the mean rate" ), Q::ArrivalPeakFactor );
  if ( mCrowd.arrivalPeakFactor < 1 )
    throw QgsProcessingException(
        tr( "ARRIVAL_PEAK_FACTOR must be at least 1: the peak arrival rate is never below the mean; got %1." )
            .arg( mCrowd.arrivalPeakFactor ) );
  mCrowd.density = positive( "DENSITY", tr( "persons per m², 2 for a standing crowd" ), Q::CrowdDensityPerM2 );
  mCrowd.laneRatePerHour =
      positive( "LANE_RATE_PPH", tr( "persons per hour one search lane checks, e.g. 400" ), Q::LanePerHour );
  mCrowd.flowRate =
      positive( "FLOW_RATE", tr( "persons per metre of exit per minute, 82 on level ground" ), Q::FlowPerMetreMinute );
  mCrowd.egressMinutes = positive( "EGRESS_MINUTES", tr( "the evacuation target, e.g. 8 minutes" ), Q::Minutes );
}

void PerimeterDesignAlgorithm::loadThreatParameters( const QVariantMap &parameters, QgsProcessingContext &context )
{
  const auto &threats = domain::threatTypes();
  const int threat = parameterAsEnum( parameters, QStringLiteral( "THREAT" ), context );
  if ( threat < 0 || threat >= static_cast<int>( threats.size() ) )
    throw QgsProcessingException( tr( "THREAT must be one of the %1 rows of the stand-off chart (0 to %2)." )
                                      .arg( threats.size() )
                                      .arg( threats.size() - 1 ) );
  mThreat = threats[static_cast<std::size_t>( threat )];
  const QVariant standoff = parameters.value( QStringLiteral( "STANDOFF_M" ) );
  mStandoffFromChart = !standoff.isValid() || standoff.isNull() || standoff.toString().trimmed().isEmpty();
  if ( mStandoffFromChart )
  {
    mStandoffM = mThreat.mandatoryEvacuationM;
    return;
  }
  mStandoffM = finiteParameter( parameters, QStringLiteral( "STANDOFF_M" ), context );
  if ( mStandoffM < 0 )
    throw QgsProcessingException(
        tr( "STANDOFF_M must be 0 or more metres (how far vehicles are kept from the event area), or left unset "
            "to use the chart's mandatory distance for the threat; got %1." )
            .arg( mStandoffM ) );
  requirePhysicalValue( QStringLiteral( "STANDOFF_M" ), mStandoffM, domain::PhysicalQuantity::DistanceM );
}

int PerimeterDesignAlgorithm::countParameter( const QVariantMap &parameters, const QString &name,
                                              const QString &recommended, QgsProcessingContext &context ) const
{
  // Read as a number first: an integer parameter given 1e12 does not fit an int.
  const double count = finiteParameter( parameters, name, context );
  if ( count < 0 )
    throw QgsProcessingException( tr( "%1 must be 0 or more (%2)." ).arg( name, recommended ) );
  if ( count > kMaxGatesOrEntries )
    throw QgsProcessingException(
        tr( "%1 must be at most %2, more than any event perimeter has streets crossing it (a judgement call); got "
            "%3." )
            .arg( name, localeNumber( kMaxGatesOrEntries, 0 ) )
            .arg( count ) );
  return static_cast<int>( count );
}

void PerimeterDesignAlgorithm::loadPlanParameters( const QVariantMap &parameters, QgsProcessingContext &context )
{
  mApproach.nameField = parameterAsString( parameters, QStringLiteral( "NAME_FIELD" ), context );
  const SourceSnapshot *network = inputSnapshot( QStringLiteral( "NETWORK" ) );
  if ( mApproach.nameField.isEmpty() && network && network->fields().lookupField( QStringLiteral( "name" ) ) >= 0 )
    mApproach.nameField = QStringLiteral( "name" );
  // As a string: parameterAsExpression() silently drops an expression that does not parse.
  mApproach.pedestrianExpression = parameterAsString( parameters, QStringLiteral( "PEDESTRIAN_EXPRESSION" ), context );
  mCrowd.gateCount =
      countParameter( parameters, QStringLiteral( "EMERGENCY_GATES" ), tr( "2 or more recommended" ), context );
  mCrowd.minimumEntries = countParameter( parameters, QStringLiteral( "MIN_ENTRIES" ), tr( "2 recommended" ), context );
  mCrowd.gateSeparationDeg = finiteParameter( parameters, QStringLiteral( "GATE_SEPARATION_DEG" ), context );
  if ( mCrowd.gateSeparationDeg < 0 || mCrowd.gateSeparationDeg > 180 )
    throw QgsProcessingException( tr( "GATE_SEPARATION_DEG must lie between 0 and 180 degrees." ) );
}

void PerimeterDesignAlgorithm::loadQueueParameters( const QVariantMap &parameters, QgsProcessingContext &context )
{
  mQueue = QueueSettings();
  for ( const QueueParameter &parameter : queueParameters() )
  {
    const double value = finiteParameter( parameters, QString::fromLatin1( parameter.name ), context );
    requireQueueValue( parameter, value );
    mQueue.*( parameter.field ) = value;
  }
}

QVariantMap PerimeterDesignAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                                      QgsProcessingFeedback *feedback )
{
  mOutcome = PerimeterOutcome();
  const std::unique_ptr<QgsProcessingFeatureSource> area = snapshotSource( QStringLiteral( "EVENT_AREA" ), context );
  const std::unique_ptr<QgsProcessingFeatureSource> network = snapshotSource( QStringLiteral( "NETWORK" ), context );
  checkInputs( *area, *network );
  const MetricFrame frame( area->sourceCrs(), area->sourceExtent(), context.transformContext() );
  const EventArea event = readEventArea( *area, frame.toMetric( area->sourceCrs() ), feedback );
  if ( feedback->isCanceled() )
    return {};
  const QgsGeometry cordon = drawCordon( event.area, feedback );

  ApproachStudy study( mApproach );
  std::vector<std::unique_ptr<QgsProcessingFeatureSource>> openGroundSources; // for the run
  study.setOpenGround( openGroundLayers( frame, context, openGroundSources ) );
  if ( !study.run( *network, frame.toMetric( network->sourceCrs() ), cordon, context, feedback, 10, 60 ) )
    return {};
  reportStudy( study, feedback );
  reportOpenGround( study, feedback, &mOutcome.warnings );
  const CrossingPlan plan = planCrossings( study.crossings(), event.centre, mCrowd );
  warnAboutPlan( plan, event, feedback );
  const std::optional<QueuePlan> queues =
      planEntryQueues( cordon, study, plan, *network, frame.toMetric( network->sourceCrs() ), context, feedback );
  if ( !queues )
    return {};
  const OpenGroundReportData openGround = openGroundReportData( study, event.centre );
  warnAboutOpenGround( openGround, fastestCrossingMs( plan ), feedback );
  feedback->setProgress( 85 );

  QVariantMap outputs = writeOutputs( parameters, context, study, plan, *queues, cordonFeature( cordon, event, plan ),
                                      area->sourceCrs(), frame.fromMetric( area->sourceCrs() ), feedback );
  if ( feedback->isCanceled() )
    return {};
  feedback->setProgress( 95 );
  mOutcome.report = reportData( event, cordon, plan, *queues );
  mOutcome.report.openGround = openGround;
  mOutcome.edgeImpacts = study.edgeImpacts();
  const QString reportPath = writeReport( parameters, context );
  if ( !reportPath.isEmpty() )
    outputs.insert( QStringLiteral( "OUTPUT_REPORT" ), reportPath );
  reportSummary( feedback );
  feedback->setProgress( 100 );
  return outputs;
}

void PerimeterDesignAlgorithm::checkInputs( const QgsProcessingFeatureSource &area,
                                            const QgsProcessingFeatureSource &network ) const
{
  if ( QgsWkbTypes::geometryType( area.wkbType() ) != compat::PolygonGeometry )
    throw QgsProcessingException(
        tr( "EVENT_AREA must be a polygon layer: draw the area where the crowd will stand." ) );
  if ( QgsWkbTypes::geometryType( network.wkbType() ) != compat::LineGeometry )
    throw QgsProcessingException( tr( "NETWORK must be a line layer (the streets around the event)." ) );
  if ( network.featureCount() == 0 )
    throw QgsProcessingException(
        tr( "NETWORK has no streets: give the street lines around the event (e.g. OpenStreetMap highways)." ) );
}

PerimeterDesignAlgorithm::EventArea PerimeterDesignAlgorithm::readEventArea( const QgsProcessingFeatureSource &area,
                                                                             const QgsCoordinateTransform &toMetric,
                                                                             QgsProcessingFeedback *feedback )
{
  const AreaInput input = readArea( area, toMetric, QStringLiteral( "name" ), feedback );
  if ( feedback->isCanceled() )
    return EventArea();
  if ( input.polygons == 0 )
    throw QgsProcessingException( tr( "EVENT_AREA has no polygon: draw the area where the crowd will stand." ) );
  if ( input.area.isEmpty() || !( input.area.area() > 0 ) )
    throw QgsProcessingException( tr( "EVENT_AREA has no area: check its polygons." ) );
  for ( const QString &warning :
        areaRepairWarnings( input, inputSnapshot( QStringLiteral( "EVENT_AREA" ) )->sourceName() ) )
    warn( warning, feedback );
  EventArea event;
  event.area = input.area;
  event.name = input.name.isEmpty() ? tr( "event" ) : input.name;
  event.areaM2 = input.area.area();
  const QgsPointXY centre = input.area.centroid().asPoint();
  event.centre = { centre.x(), centre.y() };
  event.capacity = domain::crowdCapacity( event.areaM2, mCrowd.density );
  feedback->setProgress( 5 );
  return event;
}

QgsGeometry PerimeterDesignAlgorithm::drawCordon( const QgsGeometry &eventArea, QgsProcessingFeedback *feedback ) const
{
  int slivers = 0;
  const QgsGeometry cordon = buildableCordon( eventArea, mBarrierLineM, mApproach.defaultWidthM, &slivers );
  if ( cordon.isEmpty() )
    throw QgsProcessingException(
        tr( "The cordon came out empty: check EVENT_AREA's polygons, STANDOFF_M and PENETRATION_M." ) );
  if ( slivers > 0 )
    feedback->pushInfo(
        tr( "%n sliver(s) smaller than %1 m² left out of the cordon.", nullptr, static_cast<int>( slivers ) )
            .arg( mApproach.defaultWidthM * mApproach.defaultWidthM ) );
  feedback->setProgress( 10 );
  return cordon;
}

void PerimeterDesignAlgorithm::reportStudy( const ApproachStudy &study, QgsProcessingFeedback *feedback )
{
  if ( !study.streets().evaluationError.isEmpty() )
    feedback->pushInfo( tr( "An expression could not be evaluated on every street (%1): those streets count as not "
                            "matching." )
                            .arg( study.streets().evaluationError ) );
  feedback->pushInfo( tr( "Street graph: %1, %2; %3 of the cordon, %4 at the edge %5 m out." )
                          .arg( tr( "%n node(s)", nullptr, static_cast<int>( study.graph().nodeCount() ) ),
                                tr( "%n edge(s)", nullptr, static_cast<int>( study.graph().edgeCount() ) ),
                                tr( "%n crossing(s)", nullptr, static_cast<int>( study.crossings().size() ) ),
                                tr( "%n way(s) in", nullptr, static_cast<int>( study.entryCount() ) ) )
                          .arg( mApproach.searchDistanceM ) );
  if ( !study.crossings().empty() )
    return;
  // A warning, not an error (issue 15 item 6): the cordon, the crowd figures and the blast check still stand and
  // the run ends normally, as QGIS's own algorithms warn of a result to check (pushWarning) and exit 0.
  const QString noStreet = tr( "No street within %1 m crosses the cordon: no barrier, gate or entry could be placed. "
                               "Check that NETWORK covers the event area, or place the entries on site." )
                               .arg( mApproach.searchDistanceM );
  feedback->pushWarning( noStreet );
  mOutcome.warnings << noStreet;
}

std::optional<QueuePlan>
PerimeterDesignAlgorithm::planEntryQueues( const QgsGeometry &cordon, const ApproachStudy &study,
                                           const CrossingPlan &plan, const QgsProcessingFeatureSource &network,
                                           const QgsCoordinateTransform &networkToMetric, QgsProcessingContext &context,
                                           QgsProcessingFeedback *feedback )
{
  // The bomb beside a queue is the threat's: the chart's mandatory distance, whatever STANDOFF_M.
  const QueueDemand demand{ mCrowd.attendance, mCrowd.arrivalMinutes, mCrowd.arrivalPeakFactor, mCrowd.laneRatePerHour,
                            mThreat.mandatoryEvacuationM };
  std::optional<QueuePlan> queues =
      planQueues( cordon, study, plan, demand, mQueue, network, networkToMetric, context, feedback, 60, 85 );
  if ( !queues || feedback->isCanceled() )
    return std::nullopt;
  for ( const QString &note : queues->notes )
    feedback->pushInfo( note );
  for ( const QString &warning : queues->warnings )
    warn( warning, feedback );
  return queues;
}

void PerimeterDesignAlgorithm::warn( const QString &warning, QgsProcessingFeedback *feedback )
{
  feedback->pushWarning( warning );
  mOutcome.warnings << warning;
}

void PerimeterDesignAlgorithm::warnAboutStandoff( QgsProcessingFeedback *feedback )
{
  const double shortM = mThreat.mandatoryEvacuationM - mStandoffM;
  if ( shortM <= 0 )
    return;
  warn( tr( "A %1 bomb stopped at the barrier line (%2 m out, %3 m past it at most) would be %4 m from the crowd: "
            "%5 m less than the chart's mandatory evacuation distance (%6 m). Move the barrier line out, or plan "
            "for the residual risk the report states." )
            .arg( translatedCatalogueText( mThreat.displayName ).toLower(), localeNumber( mBarrierLineM, 1 ),
                  localeNumber( mApproach.allowedPenetrationM, 1 ), localeNumber( mStandoffM, 1 ),
                  localeNumber( shortM, 1 ), localeNumber( mThreat.mandatoryEvacuationM, 0 ) ),
        feedback );
}

void PerimeterDesignAlgorithm::warnAboutEgress( const CrossingPlan &plan, QgsProcessingFeedback *feedback )
{
  if ( !plan.evacuationMinutesLargestExitLost )
    return;
  const double lostMinutes = *plan.evacuationMinutesLargestExitLost;
  if ( !std::isfinite( lostMinutes ) )
    warn( tr( "There is a single pedestrian entry: if it is blocked, nobody can get out. Open a second exit "
              "(a vehicle barrier can have a pedestrian opening)." ),
          feedback );
  else if ( lostMinutes > mCrowd.egressMinutes * ( 1 + 1e-9 ) )
    warn( tr( "With the largest entry blocked, everyone is out in %1 minutes: %2 minutes longer than the %3 minute "
              "target. Open more or wider exits (the vehicle barriers can have pedestrian openings)." )
              .arg( localeNumber( lostMinutes, 1 ), localeNumber( lostMinutes - mCrowd.egressMinutes, 1 ),
                    localeNumber( mCrowd.egressMinutes, 0 ) ),
          feedback );
}

void PerimeterDesignAlgorithm::warnAboutOpenGround( const OpenGroundReportData &openGround, double fastestCrossingMs,
                                                    QgsProcessingFeedback *feedback )
{
  const OpenGroundStretchRow *fastest = openGround.fastest();
  if ( !fastest || !( fastest->speedMs > fastestCrossingMs ) )
    return;
  const QString streets = fastestCrossingMs >= 0 ? tr( "%1 km/h at the fastest street crossing" )
                                                       .arg( localeNumber( domain::msToKmh( fastestCrossingMs ), 0 ) )
                                                 : tr( "no street crossing a vehicle reaches" );
  warn( tr( "Open ground gives a faster approach to the cordon than the streets: up to %1 km/h on its %2 side (%n "
            "stretch(es) of open ground reach it, %3 m in all), against %4. A crash-rated barrier line is needed "
            "along those stretches (see OUTPUT_BARRIERS, kind open_ground_line), not only across the streets.",
            nullptr, static_cast<int>( openGround.stretches.size() ) )
            .arg( localeNumber( domain::msToKmh( fastest->speedMs ), 0 ), compassPoint( fastest->bearingDeg ),
                  localeNumber( openGround.lengthM(), 0 ), streets ),
        feedback );
}

void PerimeterDesignAlgorithm::warnAboutPlan( const CrossingPlan &plan, const EventArea &event,
                                              QgsProcessingFeedback *feedback )
{
  if ( plan.gatesPlaced < mCrowd.gateCount && !plan.crossings.empty() )
    warn( tr( "Only %1 of the %2 emergency gates could be placed: too few drivable streets cross the cordon." )
              .arg( plan.gatesPlaced )
              .arg( mCrowd.gateCount ),
          feedback );
  if ( std::floor( event.capacity ) < 1 )
    warn( tr( "The event area has almost no area (%1 m²): it holds no one. Check its polygons." )
              .arg( localeNumber( event.areaM2, 1 ) ),
          feedback );
  else if ( mCrowd.attendance > event.capacity )
    warn( tr( "The attendance (%1) is %2 more than the event area holds (%3 at %4 persons/m²): limit the tickets, "
              "enlarge the area or plan overflow space." )
              .arg( localeNumber( mCrowd.attendance, 0 ),
                    localeNumber( mCrowd.attendance - std::floor( event.capacity ), 0 ),
                    localeNumber( std::floor( event.capacity ), 0 ), localeNumber( mCrowd.density, 1 ) ),
          feedback );
  warnAboutStandoff( feedback );
  warnAboutEgress( plan, feedback );
}

QVariantMap PerimeterDesignAlgorithm::writeOutputs( const QVariantMap &parameters, QgsProcessingContext &context,
                                                    const ApproachStudy &study, const CrossingPlan &plan,
                                                    const QueuePlan &queues, const CordonFeature &cordon,
                                                    const QgsCoordinateReferenceSystem &outputCrs,
                                                    const QgsCoordinateTransform &metricToOutput,
                                                    QgsProcessingFeedback *feedback ) const
{
  const auto sink = [&]( const char *name, const QgsFields &fields, compat::WkbType type )
  { return createSink( parameters, QString::fromLatin1( name ), context, fields, type, outputCrs ); };
  OutputSink perimeter = sink( "OUTPUT_PERIMETER", cordonFields(), compat::WkbMultiPolygon );
  writeCordon( cordon, metricToOutput, perimeter );
  OutputSink crossings = sink( "OUTPUT_CROSSINGS", crossingFields(), compat::WkbPoint );
  OutputSink barriers = sink( "OUTPUT_BARRIERS", barrierFields(), compat::WkbLineString );
  OutputSink entries = sink( "OUTPUT_ENTRIES", entryFields(), compat::WkbPoint );
  if ( !writeCrossings( plan, mApproach.vehicle, metricToOutput, crossings, barriers, entries, feedback ) )
    return {};
  OutputSink queueSink = sink( "OUTPUT_QUEUES", queueFields(), compat::WkbMultiPolygon );
  if ( queueSink && !writeQueues( queues, mApproach.vehicle, metricToOutput, queueSink, feedback ) )
    return {};
  OutputSink impacts = sink( "OUTPUT_IMPACTS", impactPointFields(), compat::WkbPoint );
  OutputSink routes = sink( "OUTPUT_ROUTES", criticalRouteFields(), compat::WkbLineStringM );
  OutputSink speeds = sink( "OUTPUT_APPROACH_SPEEDS", approachSpeedFields(), compat::WkbLineString );
  if ( ( impacts || routes ) && !writeImpactPoints( study, metricToOutput, impacts, routes, feedback ) )
    return {};
  if ( speeds && !writeApproachSpeeds( study, metricToOutput, speeds, feedback ) )
    return {};
  // Open ground (issue 13): a barrier line along every stretch it reaches, and the stretches themselves.
  if ( barriers )
    writeStretchBarriers( study, metricToOutput, barriers );
  OutputSink stretches = sink( "OUTPUT_STRETCHES", stretchFields(), compat::WkbLineString );
  if ( stretches )
    writeStretches( study, metricToOutput, stretches );

  QVariantMap outputs;
  const std::pair<const char *, const OutputSink *> written[] = {
      { "OUTPUT_PERIMETER", &perimeter }, { "OUTPUT_CROSSINGS", &crossings },    { "OUTPUT_BARRIERS", &barriers },
      { "OUTPUT_ENTRIES", &entries },     { "OUTPUT_QUEUES", &queueSink },       { "OUTPUT_IMPACTS", &impacts },
      { "OUTPUT_ROUTES", &routes },       { "OUTPUT_APPROACH_SPEEDS", &speeds }, { "OUTPUT_STRETCHES", &stretches } };
  for ( const auto &[name, output] : written )
    if ( *output )
      outputs.insert( QString::fromLatin1( name ), output->id() );
  return outputs;
}

CordonFeature PerimeterDesignAlgorithm::cordonFeature( const QgsGeometry &cordon, const EventArea &event,
                                                       const CrossingPlan &plan ) const
{
  CordonFeature feature;
  feature.cordon = cordon;
  feature.standoffM = mStandoffM;
  feature.penetrationM = mApproach.allowedPenetrationM;
  feature.barrierLineM = mBarrierLineM;
  feature.threat = mThreat;
  feature.eventAreaM2 = event.areaM2;
  feature.density = mCrowd.density;
  feature.capacity = event.capacity;
  feature.attendance = mCrowd.attendance;
  feature.arrivalPeakFactor = mCrowd.arrivalPeakFactor;
  feature.egressMinutes = mCrowd.egressMinutes;
  feature.evacuationMinutes = plan.evacuationMinutes;
  feature.evacuationMinutesLargestExitLost = plan.evacuationMinutesLargestExitLost;
  return feature;
}

PerimeterReportData PerimeterDesignAlgorithm::reportData( const EventArea &event, const QgsGeometry &cordon,
                                                          const CrossingPlan &plan, const QueuePlan &queues ) const
{
  PerimeterReportData report;
  report.eventName = event.name;
  report.eventAreaM2 = event.areaM2;
  report.density = mCrowd.density;
  report.capacity = event.capacity;
  report.attendance = mCrowd.attendance;
  report.arrivalMinutes = mCrowd.arrivalMinutes;
  report.arrivalPeakFactor = mCrowd.arrivalPeakFactor;
  report.laneRate = mCrowd.laneRatePerHour;
  report.flowRate = mCrowd.flowRate;
  report.egressMinutes = mCrowd.egressMinutes;
  if ( plan.providedWidthM > 0 )
  {
    report.arrivalFlowPerMetreMinute = domain::arrivalFlowPerMetreMinute(
        mCrowd.attendance, mCrowd.arrivalMinutes, plan.providedWidthM, mCrowd.arrivalPeakFactor );
    report.arrivalLevelOfService = domain::fruinLevelOfService( report.arrivalFlowPerMetreMinute );
  }
  report.threat = mThreat;
  report.standoffFromChart = mStandoffFromChart;
  report.standoffM = mStandoffM;
  report.penetrationM = mApproach.allowedPenetrationM;
  report.barrierLineM = mBarrierLineM;
  report.cordonAreaM2 = cordon.area();
  report.cordonLengthM = cordon.length();
  // The bomb stopped by the barrier: at most the penetration past the line, so the standoff from the crowd.
  report.crowdEdgeKpa = kb::incidentOverpressureKpa( mStandoffM, mThreat.tntKg );
  report.scaledDistance = kb::scaledDistance( mStandoffM, mThreat.tntKg );
  report.vehicle = mApproach.vehicle;
  report.startSpeedKmh = domain::msToKmh( mApproach.entrySpeedMs() );
  report.searchDistanceM = mApproach.searchDistanceM;
  report.friction = mApproach.friction;
  report.minimumEntries = mCrowd.minimumEntries;
  report.plan = plan;
  report.queues = queues;
  report.queueSettings = mQueue;
  return report;
}

QString PerimeterDesignAlgorithm::writeReport( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const QString path = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_REPORT" ), context );
  if ( path.isEmpty() )
    return path;
  QFile file( path );
  if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
    throw QgsProcessingException( tr( "Could not write the report to %1: %2" ).arg( path, file.errorString() ) );
  file.write( perimeterReport( mOutcome.report ).toUtf8() );
  return path;
}

void PerimeterDesignAlgorithm::reportQueueSummary( const QueuePlan &queues, QgsProcessingFeedback *feedback ) const
{
  int withQueue = 0, exposed = 0;
  const QueueResult *longest = nullptr;
  double longestWaitMin = 0;
  for ( const QueueResult &queue : queues.queues )
  {
    withQueue += queue.peakPeople > 0 ? 1 : 0;
    exposed += queue.exposed ? 1 : 0;
    if ( !longest || queue.lengthM > longest->lengthM )
      longest = &queue;
    longestWaitMin = std::max( longestWaitMin, queue.maxWaitMin );
  }
  if ( !longest )
    return;
  feedback->pushInfo( tr( "Queues outside the cordon: %1 of %2 entries have one, %3 exposed; the longest %4 m (%5 "
                          "people), the longest wait %6." )
                          .arg( withQueue )
                          .arg( queues.queues.size() )
                          .arg( exposed )
                          .arg( localeNumber( longest->lengthM, 0 ), localeNumber( longest->peakPeople, 0 ),
                                std::isfinite( longestWaitMin )
                                    ? tr( "%1 min" ).arg( localeNumber( longestWaitMin, 1 ) )
                                    : tr( "endless (a queue never clears)" ) ) );
}

void PerimeterDesignAlgorithm::reportSummary( QgsProcessingFeedback *feedback ) const
{
  const PerimeterReportData &r = mOutcome.report;
  const CrossingPlan &plan = r.plan;
  double fastestKmh = 0;
  for ( const PlannedCrossing &planned : plan.crossings )
    if ( planned.crossing.impact.reachable )
      fastestKmh = std::max( fastestKmh, domain::msToKmh( planned.crossing.impact.speedMs ) );
  feedback->pushInfo( tr( "Cordon: barrier line %1 m out (standoff %2 m + penetration %3 m), %4 m long, %5 m². "
                          "Capacity %6 at %7 persons/m² for %8 expected." )
                          .arg( localeNumber( mBarrierLineM, 1 ), localeNumber( mStandoffM, 1 ),
                                localeNumber( mApproach.allowedPenetrationM, 1 ), localeNumber( r.cordonLengthM, 0 ),
                                localeNumber( r.cordonAreaM2, 0 ), localeNumber( std::floor( r.capacity ), 0 ),
                                localeNumber( mCrowd.density, 1 ), localeNumber( mCrowd.attendance, 0 ) ) );
  const int barriers = static_cast<int>( plan.crossings.size() ) - plan.entries - plan.gatesPlaced;
  feedback->pushInfo( tr( "%1: %2, %3, %4; fastest impact %5 km/h (%6)." )
                          .arg( tr( "%n crossing(s)", nullptr, static_cast<int>( plan.crossings.size() ) ),
                                tr( "%n emergency gate(s)", nullptr, plan.gatesPlaced ),
                                tr( "%n pedestrian entr(y/ies)", nullptr, plan.entries ),
                                tr( "%n vehicle barrier(s)", nullptr, barriers ), localeNumber( fastestKmh, 0 ),
                                translatedVehicleName( mApproach.vehicle.name ) ) );
  feedback->pushInfo( tr( "Search lanes: %1 for the arrival peak (%2 x the mean rate; %3 would do for the mean)." )
                          .arg( plan.totalLanes )
                          .arg( localeNumber( mCrowd.arrivalPeakFactor, 1 ) )
                          .arg( plan.meanLanes ) );
  reportQueueSummary( r.queues, feedback );
  const auto minutes = [this]( const std::optional<double> &value )
  {
    if ( !value )
      return tr( "not possible without entries" );
    return std::isfinite( *value ) ? tr( "%1 min" ).arg( localeNumber( *value, 1 ) ) : tr( "nobody gets out" );
  };
  feedback->pushInfo( tr( "Exit width needed with the largest entry lost %1 m, provided %2 m in all; evacuation %3 "
                          "through every entry, %4 with the largest lost (target %5 min)." )
                          .arg( localeNumber( plan.neededWidthM, 1 ), localeNumber( plan.providedWidthM, 1 ),
                                minutes( plan.evacuationMinutes ), minutes( plan.evacuationMinutesLargestExitLost ),
                                localeNumber( mCrowd.egressMinutes, 0 ) ) );
  if ( r.crowdEdgeKpa )
    feedback->pushInfo( tr( "Blast: a %1 (%2 kg TNT) stopped at the barrier gives %3 kPa at the crowd edge; the "
                            "chart's mandatory distance is %4 m." )
                            .arg( translatedCatalogueText( mThreat.displayName ), localeNumber( mThreat.tntKg, 0 ),
                                  localeNumber( *r.crowdEdgeKpa, 1 ),
                                  localeNumber( mThreat.mandatoryEvacuationM, 0 ) ) );
}

} // namespace eventsecurity
