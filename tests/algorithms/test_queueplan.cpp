// The queues outside the cordon (queueplan.h, issue 16), through real QGIS geometry and approach studies on
// hand-made streets around a 100 m square cordon [0,100] x [0,100] (EPSG:32721, metres, identity transform).
// Queue figures are worked out by hand on the deterministic queue (no randomness: ca² = cs² = 0, the backlog
// alone: arrivals minus throughput over the peak), impact speeds from the closed form of the acceleration
// model (tests/common/analyticapproach.h), lengths and areas from the geometry of straight strips.
#include "analyticapproach.h"
#include "testsupport.h"

#include "approachstudy.h"
#include "areainput.h"
#include "barrierratings.h"
#include "catalogueparameters.h"
#include "cordongeometry.h"
#include "crossingplan.h"
#include "entryqueue.h"
#include "metriccrs.h"
#include "queueoutputs.h"
#include "queueplan.h"
#include "threatcatalogue.h"
#include "vehicleclasses.h"
#include "vehicledynamics.h"

#include <qgscoordinatetransform.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsexception.h>
#include <qgsgeometry.h>
#include <qgsprocessingutils.h>

#include <QElapsedTimer>
#include <QObject>

#include <cmath>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

using namespace eventsecurity;
using namespace eventsecurity::test;

namespace
{
const QString kUtm21S = QStringLiteral( "EPSG:32721" );
// The default vehicle, the 7.5 t truck: a0 = 1 m/s², vmax = 120 km/h.
constexpr AccelerationCurve kTruck{ 1.0, 120 / 3.6 };
// The sedan's mandatory evacuation distance in the NCTC/DHS chart: 320 ft, printed as 98 m.
constexpr double kSedanMandatoryM = 98;

struct Street
{
  QString wkt;
  double widthM;
  QString name;
  QString highway;
};

Street straight( double x1, double y1, double x2, double y2, double widthM, const QString &name,
                 const QString &highway )
{
  return { QStringLiteral( "LINESTRING(%1 %2, %3 %4)" ).arg( x1 ).arg( y1 ).arg( x2 ).arg( y2 ), widthM, name,
           highway };
}

// The entry street of most cases: a pedestrian street from inside the cordon north to y = 400, crossing the
// cordon at (50, 100) and running 300 m outside it to a dead end; a vertex at (50, 200) for a side street.
Street entryStreet( double widthM )
{
  return { QStringLiteral( "LINESTRING(50 50, 50 200, 50 400)" ), widthM, QStringLiteral( "Garden Walk" ),
           QStringLiteral( "pedestrian" ) };
}

std::unique_ptr<QgsVectorLayer> streetLayer( const std::vector<Street> &streets )
{
  QStringList wkts;
  QList<QgsAttributes> attributes;
  for ( const Street &s : streets )
  {
    wkts << s.wkt;
    attributes << ( QgsAttributes() << s.widthM << s.name << s.highway );
  }
  return memoryLayer(
      QStringLiteral( "LineString?crs=%1&field=width:double&field=name:string&field=highway:string" ).arg( kUtm21S ),
      wkts, attributes );
}

QgsGeometry squareCordon()
{
  return QgsGeometry::fromWkt( QStringLiteral( "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))" ) );
}

ApproachSettings approachSettings( const QString &exclude = QString(), double searchDistanceM = 1000 )
{
  ApproachSettings s;
  s.vehicle = *domain::findVehicleClass( "truck_7500" );
  s.startSpeedMs = domain::kmhToMs( 50 );
  s.searchDistanceM = searchDistanceM;
  s.defaultWidthM = 7;
  s.friction = 0.7;
  s.toleranceM = 0.5;
  s.widthField = QStringLiteral( "width" );
  s.nameField = QStringLiteral( "name" );
  s.pedestrianExpression = QStringLiteral( "\"highway\" = 'pedestrian'" );
  s.excludeExpression = exclude;
  return s;
}

// Deterministic queues: the backlog alone, so the figures can be worked by hand.
QueueSettings deterministic()
{
  QueueSettings s;
  s.arrivalScv = 0;
  s.searchTimeScv = 0;
  return s;
}

// 2,000 people in 60 minutes, peak factor 2 over the last 30: 2 x 30 / 60 = 1, everyone arrives in the
// peak at 2 x 2000 / 60 = 66.67 persons/min; 400 persons/h per lane.
QueueDemand demand( double attendance = 2000, double windowMin = 60 )
{
  return { attendance, windowMin, 2, 400, kSedanMandatoryM };
}

//! A street layer studied against the square cordon and its crossings planned, as perimeter design does.
struct Site
{
  std::unique_ptr<QgsVectorLayer> layer;
  std::unique_ptr<ApproachStudy> study;
  CrossingPlan plan;
  QgsGeometry cordon = squareCordon();
  QgsCoordinateTransform identity;

  Site( const std::vector<Street> &streets, const ApproachSettings &settings, QgsProcessingContext &context )
      : layer( streetLayer( streets ) ), study( std::make_unique<ApproachStudy>( settings ) )
  {
    const QgsCoordinateReferenceSystem crs( kUtm21S );
    identity = QgsCoordinateTransform( crs, crs, QgsCoordinateTransformContext() );
    QgsProcessingFeatureSource source( layer.get(), context, false );
    QgsProcessingFeedback feedback;
    if ( !study->run( source, identity, cordon, context, &feedback, 0, 100 ) )
      qFatal( "approach study cancelled" );
    CrowdSettings crowd;
    crowd.attendance = 2000;
    crowd.arrivalMinutes = 60;
    crowd.density = 2;
    crowd.laneRatePerHour = 400;
    crowd.flowRate = 82;
    crowd.egressMinutes = 10;
    crowd.gateCount = 0;
    crowd.gateSeparationDeg = 90;
    crowd.minimumEntries = 1;
    plan = planCrossings( study->crossings(), { 50, 50 }, crowd );
  }

  //! The entries' lanes, in the plan's order (set here so the cases do not depend on the lane rule).
  void setLanes( const std::vector<int> &lanes )
  {
    std::size_t k = 0;
    for ( PlannedCrossing &planned : plan.crossings )
      if ( planned.kind == domain::CrossingKind::PedestrianEntry && k < lanes.size() )
        planned.lanes = lanes[k++];
  }

  QueuePlan queues( const QueueDemand &d, const QueueSettings &s, QgsProcessingContext &context )
  {
    QgsProcessingFeatureSource source( layer.get(), context, false );
    QgsProcessingFeedback feedback;
    std::optional<QueuePlan> result =
        planQueues( cordon, *study, plan, d, s, source, identity, context, &feedback, 0, 100 );
    if ( !result )
      qFatal( "queue plan cancelled" );
    return *result;
  }
};

//! A plan with pedestrian entries of these street widths and lanes, for the figures alone.
CrossingPlan entriesPlan( const std::vector<std::pair<double, int>> &widthsAndLanes )
{
  CrossingPlan plan;
  for ( const auto &[width, lanes] : widthsAndLanes )
  {
    PlannedCrossing planned;
    planned.crossing.widthM = width;
    planned.laneWeight = width; // as planCrossings weighs an entry: by its street's width
    planned.kind = domain::CrossingKind::PedestrianEntry;
    planned.lanes = lanes;
    plan.crossings.push_back( planned );
  }
  return plan;
}

bool near( double actual, double expected, double tolerance )
{
  if ( std::fabs( actual - expected ) <= tolerance )
    return true;
  qWarning( "actual %.6f, expected %.6f", actual, expected );
  return false;
}
} // namespace

class TestQueuePlan : public QObject
{
  Q_OBJECT

private slots:
  void handWorkedQueueOnAStraightStreet();
  void sideStreetReachesTheQueue();
  void streetWiderThanTheQueue();
  void bombDistanceDecidesExposure();
  void carriagewayAlongsideTheQueue();
  void unknownBombDistanceCountsAsExposed();
  void queueFollowsTheStreetAndSpills();
  void noQueueNoPolygon();
  void sharesAndLanesForTarget();
  void shortWindowShortensThePeak();
  void badInput();
  void sampleVenue();
};

void TestQueuePlan::handWorkedQueueOnAStraightStreet()
{
  // A 3 m pedestrian street, drivable in the vehicle model, the one entry, 5 lanes: throughput
  // 5 x 400 / 60 = 33.33 persons/min against 66.67 arriving for 30 min.
  QgsProcessingContext context;
  Site site( { entryStreet( 3 ) }, approachSettings(), context );
  QCOMPARE( site.plan.entries, 1 );
  site.setLanes( { 5 } );
  const QueuePlan result = site.queues( demand(), deterministic(), context );
  QCOMPARE( static_cast<int>( result.queues.size() ), 1 );
  const QueueResult &q = result.queues[0];
  QCOMPARE( q.street, QStringLiteral( "Garden Walk" ) );
  QCOMPARE( q.arrivalShare, 1.0 );
  QCOMPARE( q.lanes, 5 );
  QVERIFY( result.notes.isEmpty() ); // 2 x 30 = 60 min: the peak fits the window
  // Backlog at the start of the event: (66.67 - 33.33) x 30 = 1,000 people; the last to arrive waits
  // 1000 / 33.33 = 30 min; on the ground 1000 x 0.6 m² / 3 m = 200 m.
  QVERIFY( near( q.peakPeople, 1000, 1e-6 ) );
  QVERIFY( near( q.peakMin, 60, 1e-9 ) );
  QVERIFY( near( q.maxWaitMin, 30, 1e-9 ) );
  QVERIFY( near( q.lengthM, 200, 1e-6 ) );
  // A 10-minute wait: (66.67 - mu) x 30 / mu <= 10 needs mu >= 50 persons/min, 7.5 lanes: 8
  // (8 lanes: backlog 400, wait 7.5 min; 7 lanes: backlog 600, wait 12.9 min).
  QCOMPARE( q.lanesForTarget, 8 );
  // One lane lost, 4 lanes: backlog (66.67 - 26.67) x 30 = 1,200, wait 1200 / 26.67 = 45 min.
  QVERIFY( near( q.laneLostWaitMin, 45, 1e-9 ) );

  // The polygon: x in [48.5, 51.5], y from the cordon at 100 to 300; 200 x 3 = 600 m², outside the cordon.
  QVERIFY( !q.spills );
  QVERIFY( near( q.drawnLengthM, 200, 1e-6 ) );
  QVERIFY( near( q.polygon.area(), 600, 1e-6 ) );
  QVERIFY( near( q.polygon.intersection( site.cordon ).area(), 0, 1e-9 ) );
  QVERIFY( q.polygon.contains( QgsGeometry::fromPointXY( QgsPointXY( 50, 299 ) ) ) );
  QVERIFY( !q.polygon.contains( QgsGeometry::fromPointXY( QgsPointXY( 50, 301 ) ) ) );
  QVERIFY( near( q.polygon.boundingBox().xMinimum(), 48.5, 1e-9 ) );
  QVERIFY( near( q.polygon.boundingBox().yMinimum(), 100, 1e-9 ) );

  // Ramming: the street beyond the queue, 400 - 300 = 100 m from its dead end, ends at the queue.
  QCOMPARE( q.exposure.kind, QueueImpactKind::EndsAtQueue );
  const double expectedMs = kTruck.speedAfter( 100 );
  QVERIFY( near( q.exposure.impact.speedMs, expectedMs, 1e-3 ) );
  QVERIFY( near( q.impactKmh(), expectedMs * 3.6, 4e-3 ) );
  QVERIFY( !q.exposure.impact.route.empty() );
  QVERIFY( near( q.exposure.impact.route.back().point.y, 300, 1e-6 ) );
  QVERIFY( q.rammingExposed );
  // Bomb: that street begins at the queue's end: 0 m, within the sedan's 98 m.
  QVERIFY( near( q.exposure.bombDistanceM, 0, 1e-9 ) );
  QVERIFY( q.bombExposed );
  QVERIFY( q.exposed );
  // Street side: the 3 m across the queue's end faces the street beyond it, and 1 m of each side within the
  // 1 m margin of that carriageway's end: 3 + 2 x 1 = 5 m, rated for the impact speed.
  QVERIFY( near( q.exposure.barrierM, 5, 1e-6 ) );
  const domain::BarrierRatings expected = domain::requiredBarrierRatingsWithPenetration(
      *domain::findVehicleClass( "truck_7500" ), expectedMs, domain::kDefaultAllowedPenetrationM );
  QCOMPARE( q.rating.astm, expected.astm );
  QCOMPARE( q.rating.pas68, expected.pas68 );
  // Moving the line: the enclosure is the queue (the street is as wide): 200 + 200 + 3 = 403 m of line
  // outside the cordon (less the millimetre taken as on it at each side), cutting the street beyond: one
  // crossing, 3 m of rated barrier.
  QVERIFY( near( q.exposure.moveLineM, 403, 0.003 ) );
  QCOMPARE( q.exposure.moveCrossings, 1 );
  QVERIFY( near( q.exposure.moveBarrierM, 3, 1e-9 ) );
  QVERIFY( result.warnings.join( '\n' ).contains( QStringLiteral( "exposed" ) ) );
  QVERIFY( result.protectedArea.contains( q.polygon ) );

  // OUTPUT_QUEUES: the contract's fields (issue 16) with these values.
  const QgsFeature f = queueFeature( q, *domain::findVehicleClass( "truck_7500" ), site.identity );
  QCOMPARE( f.attribute( QStringLiteral( "entry" ) ).toInt(), 1 ); // the only crossing: crossing_id 1
  QVERIFY( near( f.attribute( QStringLiteral( "peak_people" ) ).toDouble(), 1000, 1e-6 ) );
  QVERIFY( near( f.attribute( QStringLiteral( "length_m" ) ).toDouble(), 200, 1e-6 ) );
  QVERIFY( near( f.attribute( QStringLiteral( "max_wait_min" ) ).toDouble(), 30, 1e-9 ) );
  QVERIFY( near( f.attribute( QStringLiteral( "impact_kmh" ) ).toDouble(), expectedMs * 3.6, 4e-3 ) );
  QCOMPARE( f.attribute( QStringLiteral( "exposed" ) ).toBool(), true );
  QCOMPARE( f.attribute( QStringLiteral( "impact_by" ) ).toString(), QStringLiteral( "ends_at_queue" ) );
  QCOMPARE( f.attribute( QStringLiteral( "lanes_for_target" ) ).toInt(), 8 );
  QCOMPARE( f.attribute( QStringLiteral( "rating_pas68" ) ).toString(), QString::fromStdString( expected.pas68 ) );
  QVERIFY( QgsWkbTypes::isMultiType( f.geometry().wkbType() ) );
  QVERIFY( near( f.geometry().area(), 600, 1e-6 ) );
}

void TestQueuePlan::sideStreetReachesTheQueue()
{
  // A 6 m side street from a dead end at (-100, 200) east to the entry street at (50, 200): cut by the queue's
  // west side at x = 48.5, 148.5 m from its end, longer than the 100 m beyond the queue.
  QgsProcessingContext context;
  Site site( { entryStreet( 3 ),
               straight( -100, 200, 50, 200, 6, QStringLiteral( "Side Street" ), QStringLiteral( "residential" ) ) },
             approachSettings(), context );
  site.setLanes( { 5 } );
  const QueueResult q = site.queues( demand(), deterministic(), context ).queues.at( 0 );
  QVERIFY( near( q.lengthM, 200, 1e-6 ) );
  QCOMPARE( q.exposure.kind, QueueImpactKind::EndsAtQueue );
  QVERIFY( near( q.exposure.impact.speedMs, kTruck.speedAfter( 148.5 ), 1e-3 ) );
  QVERIFY( near( q.exposure.impact.route.back().point.x, 48.5, 1e-6 ) );
  // Street side: 5 m at the end (as above) and the side street's 6 m carriageway with 1 m either side of it
  // along the west side: 5 + 8 = 13 m.
  QVERIFY( near( q.exposure.barrierM, 13, 1e-6 ) );
  // Moving the line cuts the side street too: 2 crossings, 3 + 6 = 9 m of rated barrier.
  QCOMPARE( q.exposure.moveCrossings, 2 );
  QVERIFY( near( q.exposure.moveBarrierM, 9, 1e-9 ) );
  QVERIFY( near( q.exposure.moveLineM, 403, 0.003 ) );
}

void TestQueuePlan::streetWiderThanTheQueue()
{
  // A 10 m pedestrian street: the 3 m queue leaves carriageway beside it, and a vehicle from the dead end
  // 300 m out drives past the queue to the cordon: the fastest at the queue is at its head, speedAfter(300).
  QgsProcessingContext context;
  Site site( { entryStreet( 10 ) }, approachSettings(), context );
  site.setLanes( { 5 } );
  const QueueResult q = site.queues( demand(), deterministic(), context ).queues.at( 0 );
  QVERIFY( near( q.polygon.area(), 600, 1e-6 ) );
  QCOMPARE( q.exposure.kind, QueueImpactKind::BesideQueue );
  QVERIFY( near( q.exposure.impact.speedMs, kTruck.speedAfter( 300 ), 1e-3 ) );
  QVERIFY( q.exposure.impact.speedMs > kTruck.speedAfter( 100 ) + 1 );
  QVERIFY( near( q.exposure.bombDistanceM, 0, 1e-9 ) );
  // Both sides face the carriageway and so does the end: 200 + 200 + 3 m (less a millimetre at each side).
  QVERIFY( near( q.exposure.barrierM, 403, 0.003 ) );
  // Closing the street takes it whole: 200 + 200 + 10 = 410 m of line, one crossing 10 m wide.
  QVERIFY( near( q.exposure.moveLineM, 410, 0.003 ) );
  QCOMPARE( q.exposure.moveCrossings, 1 );
  QVERIFY( near( q.exposure.moveBarrierM, 10, 1e-9 ) );
}

void TestQueuePlan::bombDistanceDecidesExposure()
{
  // The pedestrian street is bollarded (out of the vehicle model); a 6 m road runs north parallel to it,
  // y 150-450, its carriageway's edge gapM beyond the queue's east side at x = 51.5 (centreline 51.5 + gap + 3).
  const QString bollarded = QStringLiteral( "\"highway\" = 'pedestrian'" );
  for ( const double gapM : { 50.0, 150.0 } )
  {
    QgsProcessingContext context;
    const double x = 51.5 + gapM + 3;
    Site site( { entryStreet( 3 ),
                 straight( x, 150, x, 450, 6, QStringLiteral( "Parallel Road" ), QStringLiteral( "residential" ) ) },
               approachSettings( bollarded ), context );
    QCOMPARE( site.plan.entries, 1 );
    site.setLanes( { 5 } );
    const QueuePlan result = site.queues( demand(), deterministic(), context );
    const QueueResult &q = result.queues.at( 0 );
    QVERIFY( near( q.lengthM, 200, 1e-6 ) );
    // No vehicle reaches the queue: the road does not lead to it and passes farther than the 1 m margin.
    QVERIFY( !q.exposure.impact.reachable );
    QCOMPARE( q.impactKmh(), 0.0 );
    QVERIFY( !q.rammingExposed );
    QVERIFY( near( q.exposure.barrierM, 0, 1e-9 ) );
    QVERIFY( near( q.exposure.bombDistanceM, gapM, 1e-6 ) );
    // Within the sedan's 98 m: exposed; beyond: not.
    QCOMPARE( q.bombExposed, gapM < kSedanMandatoryM );
    QCOMPARE( q.exposed, gapM < kSedanMandatoryM );
    QCOMPARE( result.warnings.join( '\n' ).contains( QStringLiteral( "exposed" ) ), gapM < kSedanMandatoryM );
  }
}

void TestQueuePlan::carriagewayAlongsideTheQueue()
{
  // The pedestrian street bollarded; a 6 m road from a dead end at (55, 400) south across the cordon, its
  // carriageway x in [52, 58]: 0.5 m from the queue's east side (x = 51.5), within the 1 m reach margin. No
  // street ends at the queue; a vehicle on the road passes it and reaches the cordon after 300 m.
  QgsProcessingContext context;
  Site site( { entryStreet( 3 ),
               straight( 55, 400, 55, 50, 6, QStringLiteral( "Parallel Road" ), QStringLiteral( "residential" ) ) },
             approachSettings( QStringLiteral( "\"highway\" = 'pedestrian'" ) ), context );
  // The exits are sized with the largest lost, so the road is an entry too (north of the centre, after the
  // pedestrian street): without a lane it takes no arrivals, and the pedestrian street's queue is the 1,000 above.
  QCOMPARE( site.plan.entries, 2 );
  site.setLanes( { 5, 0 } );
  const QueueResult q = site.queues( demand(), deterministic(), context ).queues.at( 0 );
  QCOMPARE( q.street, QStringLiteral( "Garden Walk" ) );
  QVERIFY( near( q.peakPeople, 1000, 1e-6 ) );
  QCOMPARE( q.exposure.kind, QueueImpactKind::FacingQueue );
  QVERIFY( near( q.exposure.impact.speedMs, kTruck.speedAfter( 300 ), 1e-3 ) );
  QVERIFY( q.rammingExposed );
  QVERIFY( near( q.exposure.bombDistanceM, 0.5, 1e-6 ) );
  // The east side, 200 m (less the millimetre at the cordon), and the 0.5 m of the end within x >= 51.
  QVERIFY( near( q.exposure.barrierM, 200.5, 0.002 ) );
  QVERIFY( !q.rating.pas68.empty() );
}

void TestQueuePlan::unknownBombDistanceCountsAsExposed()
{
  // Only the bollarded pedestrian street, streets studied 50 m around the cordon: whether a vehicle can stop
  // within the 98 m is not known, so the queue counts as exposed, with a warning.
  QgsProcessingContext context;
  Site site( { entryStreet( 3 ) }, approachSettings( QStringLiteral( "\"highway\" = 'pedestrian'" ), 50 ), context );
  site.setLanes( { 5 } );
  const QueuePlan result = site.queues( demand(), deterministic(), context );
  const QueueResult &q = result.queues.at( 0 );
  QVERIFY( std::isinf( q.exposure.bombDistanceM ) );
  QVERIFY( q.bombExposed );
  QVERIFY( q.exposed );
  QVERIFY( result.warnings.join( '\n' ).contains( QStringLiteral( "not known" ) ) );
}

void TestQueuePlan::queueFollowsTheStreetAndSpills()
{
  // 1,000 people, 200 m: 100 m north to a corner at (50, 200), then east.
  {
    QgsProcessingContext context;
    Site site( { straight( 50, 50, 50, 200, 3, QStringLiteral( "Garden Walk" ), QStringLiteral( "pedestrian" ) ),
                 straight( 50, 200, 400, 200, 3, QStringLiteral( "Garden Walk" ), QStringLiteral( "pedestrian" ) ) },
               approachSettings(), context );
    site.setLanes( { 5 } );
    const QueuePlan result = site.queues( demand(), deterministic(), context );
    const QueueResult &q = result.queues.at( 0 );
    QVERIFY( !q.spills );
    QVERIFY( near( q.drawnLengthM, 200, 1e-6 ) );
    QVERIFY( q.polygon.contains( QgsGeometry::fromPointXY( QgsPointXY( 149, 200 ) ) ) );
    QVERIFY( !q.polygon.contains( QgsGeometry::fromPointXY( QgsPointXY( 151, 200 ) ) ) );
  }
  // A 30 m stub straight on at the corner: the queue keeps straight, reaches the stub's dead end after
  // 100 + 30 = 130 m and spills.
  {
    QgsProcessingContext context;
    Site site( { straight( 50, 50, 50, 200, 3, QStringLiteral( "Garden Walk" ), QStringLiteral( "pedestrian" ) ),
                 straight( 50, 200, 400, 200, 3, QStringLiteral( "Garden Walk" ), QStringLiteral( "pedestrian" ) ),
                 straight( 50, 200, 50, 230, 3, QStringLiteral( "Stub" ), QStringLiteral( "pedestrian" ) ) },
               approachSettings(), context );
    site.setLanes( { 5 } );
    const QueuePlan result = site.queues( demand(), deterministic(), context );
    const QueueResult &q = result.queues.at( 0 );
    QVERIFY( q.spills );
    QVERIFY( near( q.lengthM, 200, 1e-6 ) );
    QVERIFY( near( q.drawnLengthM, 130, 1e-6 ) );
    QVERIFY( near( q.polygon.area(), 130 * 3, 1e-6 ) );
    QVERIFY( q.polygon.contains( QgsGeometry::fromPointXY( QgsPointXY( 50, 229 ) ) ) );
    QVERIFY( !q.polygon.contains( QgsGeometry::fromPointXY( QgsPointXY( 60, 200 ) ) ) );
    QVERIFY( result.warnings.join( '\n' ).contains( QStringLiteral( "spills" ) ) );
  }
}

void TestQueuePlan::noQueueNoPolygon()
{
  // 20 lanes: 133 persons/min of throughput against 66.67 arriving: no backlog, and no random queue in the
  // deterministic case. The row is there, with no polygon and nothing exposed.
  QgsProcessingContext context;
  Site site( { entryStreet( 3 ) }, approachSettings(), context );
  site.setLanes( { 20 } );
  const QueuePlan result = site.queues( demand(), deterministic(), context );
  QCOMPARE( static_cast<int>( result.queues.size() ), 1 );
  const QueueResult &q = result.queues[0];
  QCOMPARE( q.peakPeople, 0.0 );
  QCOMPARE( q.lengthM, 0.0 );
  QCOMPARE( q.maxWaitMin, 0.0 );
  QCOMPARE( q.lanesForTarget, 8 ); // the fewest for a 10-min wait, whatever the plan has: as worked out above
  QVERIFY( q.polygon.isEmpty() );
  QVERIFY( !q.exposed );
  QCOMPARE( q.impactKmh(), 0.0 );
  const QgsFeature f = queueFeature( q, *domain::findVehicleClass( "truck_7500" ), site.identity );
  QVERIFY( !f.hasGeometry() );
  QCOMPARE( f.attribute( QStringLiteral( "peak_people" ) ).toDouble(), 0.0 );
  QVERIFY( f.attribute( QStringLiteral( "impact_kmh" ) ).isNull() );
  QCOMPARE( f.attribute( QStringLiteral( "exposed" ) ).toBool(), false );
}

void TestQueuePlan::sharesAndLanesForTarget()
{
  // Two entries, streets 3 m and 6 m: shares 1/3 and 2/3 of 3,000 people all arriving in the 30-min peak at
  // 100 persons/min. North, 2 lanes (13.33/min) against 33.33: backlog 20 x 30 = 600, wait 45 min; a 10-min
  // wait needs mu >= 33.33 x 30 / 40 = 25/min: 4 lanes (3.75). South, 3 lanes (20/min) against 66.67: backlog
  // 46.67 x 30 = 1,400, wait 70 min; 10 min needs mu >= 50/min: 8 lanes (7.5).
  const CrossingPlan plan = entriesPlan( { { 3, 2 }, { 6, 3 } } );
  const QueuePlan result = queueFigures( plan, demand( 3000 ), deterministic() );
  QCOMPARE( static_cast<int>( result.queues.size() ), 2 );
  QCOMPARE( result.queues[0].entry, 1 );
  QCOMPARE( result.queues[1].entry, 2 );
  QVERIFY( near( result.queues[0].arrivalShare, 1.0 / 3, 1e-12 ) );
  QVERIFY( near( result.queues[1].arrivalShare, 2.0 / 3, 1e-12 ) );
  QVERIFY( near( result.queues[0].peakPeople, 600, 1e-6 ) );
  QVERIFY( near( result.queues[0].maxWaitMin, 45, 1e-9 ) );
  QCOMPARE( result.queues[0].lanesForTarget, 4 );
  QVERIFY( near( result.queues[1].peakPeople, 1400, 1e-6 ) );
  QVERIFY( near( result.queues[1].maxWaitMin, 70, 1e-9 ) );
  QCOMPARE( result.queues[1].lanesForTarget, 8 );

  // With the default variability the lanes for the target and the lane-lost wait are the domain's.
  const QueueSettings defaults;
  const QueuePlan random = queueFigures( plan, demand( 3000 ), defaults );
  const domain::ArrivalProfile profile = domain::peakedArrivalProfile( 3000, 60, 30, 2 );
  for ( std::size_t k = 0; k < 2; ++k )
  {
    const QueueResult &q = random.queues[k];
    domain::EntryLanes entry{ q.arrivalShare, q.lanes, 400, domain::kArrivalScv, domain::kSearchTimeScv };
    QCOMPARE( q.lanesForTarget, domain::lanesForMaxWait( profile, entry, domain::kQueueWaitTargetMinutes ) );
    QVERIFY( q.peakPeople > result.queues[k].peakPeople ); // randomness adds to the backlog
    --entry.lanes;
    QCOMPARE( q.laneLostWaitMin, domain::entryQueue( profile, entry ).maxWaitMin );
  }
  // The shares follow the weights the plan shared the lanes by (crossingplan.h), whatever the streets' widths:
  // equal weights, equal shares of the 3,000: north 1,500 in the peak, 50/min against 13.33: backlog 36.67 x 30 =
  // 1,100.
  CrossingPlan weighed = plan;
  weighed.crossings[0].laneWeight = weighed.crossings[1].laneWeight = 1;
  const QueuePlan equal = queueFigures( weighed, demand( 3000 ), deterministic() );
  QCOMPARE( equal.queues[0].arrivalShare, 0.5 );
  QVERIFY( near( equal.queues[0].peakPeople, 1100, 1e-6 ) );
  // An entry the plan gave no lane takes no arrivals: the others share them, with a warning.
  const QueuePlan unstaffed = queueFigures( entriesPlan( { { 3, 2 }, { 6, 0 } } ), demand( 3000 ), deterministic() );
  QCOMPARE( unstaffed.queues[0].arrivalShare, 1.0 );
  QCOMPARE( unstaffed.queues[1].arrivalShare, 0.0 );
  QCOMPARE( unstaffed.queues[1].peakPeople, 0.0 );
  QVERIFY( unstaffed.warnings.join( '\n' ).contains( QStringLiteral( "no search lane" ) ) );
}

void TestQueuePlan::shortWindowShortensThePeak()
{
  // 45 minutes at peak factor 2: a 30-minute peak would bring 2 x 30 / 45 = 1.33 x the attendance, which the
  // domain refuses; the peak becomes 45 / 2 = 22.5 min and everyone arrives in it at 2 x 2000 / 45 = 88.89/min.
  QVERIFY_EXCEPTION_THROWN( domain::peakedArrivalProfile( 2000, 45, 30, 2 ), std::invalid_argument );
  const QueuePlan result = queueFigures( entriesPlan( { { 3, 5 } } ), demand( 2000, 45 ), deterministic() );
  QVERIFY( near( result.peakMinutes, 22.5, 1e-12 ) );
  QCOMPARE( result.notes.size(), 1 );
  QVERIFY2( result.notes[0].contains( QStringLiteral( "22.5" ) ), qPrintable( result.notes[0] ) );
  // 5 lanes, 33.33/min: backlog (88.89 - 33.33) x 22.5 = 1,250 at minute 45, wait 1250 / 33.33 = 37.5 min.
  const QueueResult &q = result.queues.at( 0 );
  QVERIFY( near( q.peakPeople, 1250, 1e-6 ) );
  QVERIFY( near( q.peakMin, 45, 1e-9 ) );
  QVERIFY( near( q.maxWaitMin, 37.5, 1e-9 ) );
  // A peak that fits is left alone.
  QVERIFY( queueFigures( entriesPlan( { { 3, 5 } } ), demand( 2000, 60 ), deterministic() ).notes.isEmpty() );
}

void TestQueuePlan::badInput()
{
  const CrossingPlan plan = entriesPlan( { { 3, 5 } } );
  QueueDemand zeroWindow = demand( 2000, 0 );
  QVERIFY_EXCEPTION_THROWN( queueFigures( plan, zeroWindow, deterministic() ), QgsProcessingException );
  QueueDemand lowPeak = demand();
  lowPeak.peakFactor = 0.5;
  QVERIFY_EXCEPTION_THROWN( queueFigures( plan, lowPeak, deterministic() ), QgsProcessingException );
  QueueDemand noRate = demand();
  noRate.laneRatePerHour = 0;
  QVERIFY_EXCEPTION_THROWN( queueFigures( plan, noRate, deterministic() ), QgsProcessingException );
  QueueSettings shortTarget = deterministic();
  shortTarget.waitTargetMinutes = 0.5; // below the minute the domain accepts: an error, not "no lanes will do"
  QVERIFY_EXCEPTION_THROWN( queueFigures( plan, demand(), shortTarget ), QgsProcessingException );
  QueueSettings narrow = deterministic();
  narrow.widthM = 0.3;
  QVERIFY_EXCEPTION_THROWN( queueFigures( plan, demand(), narrow ), QgsProcessingException );
  QueueSettings noPeak = deterministic();
  noPeak.peakMinutes = 0;
  QVERIFY_EXCEPTION_THROWN( queueFigures( plan, demand(), noPeak ), QgsProcessingException );
  // An entry with more lanes than the domain plans for (1,000: a plan for an absurd crowd) is warned about, not a
  // refusal of the whole plan.
  const QueuePlan crowded = queueFigures( entriesPlan( { { 3, 1001 } } ), demand( 1e7 ), deterministic() );
  QCOMPARE( crowded.queues.at( 0 ).peakPeople, 0.0 );
  QVERIFY( crowded.warnings.join( '\n' ).contains( QStringLiteral( "more than any venue has" ) ) );
  // A target no lane count meets: 1e8 people in an hour need 3.3 million/min, more than 1,000 lanes pass.
  const QueuePlan huge = queueFigures( plan, demand( 1e8 ), deterministic() );
  QCOMPARE( huge.queues.at( 0 ).lanesForTarget, -1 );
  QVERIFY( huge.warnings.join( '\n' ).contains( QStringLiteral( "1000" ) ) );
}

void TestQueuePlan::sampleVenue()
{
  // Plaza Independencia with its OSM streets, as perimeter design plans it: 10,000 people, a 30 m standoff,
  // the default approach settings and queue parameters. Sanity, not hand values: every entry has a queue
  // row; every polygon starts at its crossing and lies outside the cordon; speeds are plausible.
  std::unique_ptr<QgsVectorLayer> venue = loadVectorLayer( sampleData( QStringLiteral( "venue.geojson" ) ) );
  std::unique_ptr<QgsVectorLayer> roads = loadVectorLayer( sampleData( QStringLiteral( "roads.geojson" ) ) );
  QgsProcessingContext context;
  const MetricFrame frame( venue->crs(), venue->extent(), context.transformContext() );
  const AreaInput area = readArea( *venue, frame.toMetric( venue->crs() ), QStringLiteral( "name" ), nullptr );
  int slivers = 0;
  const QgsGeometry cordon = buildableCordon( area.area, 30, approachdefaults::kWidthM, &slivers );
  ApproachSettings settings = approachSettings();
  settings.widthField.clear();
  settings.pedestrianExpression = QStringLiteral( "\"highway\" IN ('footway', 'pedestrian', 'path', 'steps')" );
  ApproachStudy study( settings );
  QgsProcessingFeatureSource source( roads.get(), context, false );
  QgsProcessingFeedback feedback;
  QVERIFY( study.run( source, frame.toMetric( roads->crs() ), cordon, context, &feedback, 0, 100 ) );
  CrowdSettings crowd;
  crowd.attendance = 10000;
  crowd.arrivalMinutes = 60;
  crowd.arrivalPeakFactor = 2;
  crowd.density = 2;
  crowd.laneRatePerHour = 400;
  crowd.flowRate = 82;
  crowd.egressMinutes = 8;
  crowd.gateCount = 2;
  crowd.gateSeparationDeg = 90;
  crowd.minimumEntries = 2;
  const QPointF centre = area.area.centroid().asQPointF();
  const CrossingPlan plan = planCrossings( study.crossings(), { centre.x(), centre.y() }, crowd );
  QVERIFY( plan.entries >= 2 );

  QElapsedTimer timer;
  timer.start();
  const std::optional<QueuePlan> result =
      planQueues( cordon, study, plan, { 10000, 60, 2, 400, kSedanMandatoryM }, QueueSettings(), source,
                  frame.toMetric( roads->crs() ), context, &feedback, 0, 100 );
  qInfo( "queues planned in %lld ms", static_cast<long long>( timer.elapsed() ) );
  QVERIFY( result );
  QCOMPARE( static_cast<int>( result->queues.size() ), plan.entries );
  for ( const QueueResult &q : result->queues )
  {
    qInfo( "entry %d %s: share %.3f, %d lanes, %.0f people, %.0f m (drawn %.0f), wait %.1f min, lanes for target "
           "%d, lane lost %.1f min, impact %.0f km/h (kind %d), bomb %.1f m, barrier %.0f m, move %.0f m / %d "
           "crossings / %.0f m",
           q.entry, qPrintable( q.street ), q.arrivalShare, q.lanes, q.peakPeople, q.lengthM, q.drawnLengthM,
           q.maxWaitMin, q.lanesForTarget, q.laneLostWaitMin, q.impactKmh(), static_cast<int>( q.exposure.kind ),
           q.exposure.bombDistanceM, q.exposure.barrierM, q.exposure.moveLineM, q.exposure.moveCrossings,
           q.exposure.moveBarrierM );
    QVERIFY( q.peakPeople > 0 );
    QVERIFY( !q.polygon.isEmpty() );
    QVERIFY( q.polygon.intersection( cordon ).area() < 1e-6 );
    const domain::PlanePoint at = plan.crossings[q.crossing].crossing.point;
    QVERIFY( q.polygon.distance( QgsGeometry::fromPointXY( QgsPointXY( at.x, at.y ) ) ) < 0.01 );
    QVERIFY( q.impactKmh() >= 0 && q.impactKmh() <= 120 );
    QVERIFY( q.drawnLengthM <= q.lengthM + 1e-6 );
  }
  for ( const QString &warning : result->warnings )
    qInfo( "%s", qPrintable( warning ) );
}

ES_TEST_MAIN( TestQueuePlan )
#include "test_queueplan.moc"
