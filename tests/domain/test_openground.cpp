// Off-road approach over open ground (openground.h, issue 13): the legs it builds, run through the
// unchanged approach search (approachsearch.h) together with the streets. Expected speeds come from the
// closed forms of tests/common/analyticapproach.h (run-up and bend limit) and from geometry worked out
// by hand in the comments, not from the code under test.
#include "analyticapproach.h"
#include "approachsearch.h"
#include "openground.h"
#include "streetgraph.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <random>

using namespace eventsecurity::domain;

namespace
{
constexpr double kA0 = 2.0;    // m/s^2
constexpr double kVmax = 30.0; // m/s
constexpr double kMu = 0.7;
constexpr double kVehicleWidth = 2.5; // m: the free space is the ground shrunk by c = 1.25 m
constexpr double kC = kVehicleWidth / 2;

using eventsecurity::test::AccelerationCurve;
constexpr AccelerationCurve kCurve{ kA0, kVmax };

PlanePolygon rectangle( double x0, double y0, double x1, double y1 )
{
  return { { { x0, y0 }, { x1, y0 }, { x1, y1 }, { x0, y1 } }, {} };
}

StreetLine street( std::vector<PlanePoint> points, double width = 7 )
{
  StreetLine line;
  line.points = std::move( points );
  line.widthM = width;
  return line;
}

OpenGroundOptions defaults()
{
  OpenGroundOptions o;
  o.vehicleWidthM = kVehicleWidth;
  return o;
}

// The promenade of the tests: 320 m x 10 m along x; the protected area covers its end beyond x = 300.
// Free space: x in [1.25, 300], y in [-3.75, 3.75] (shrunk by c = 1.25 m, cut at the protected edge).
OpenGroundInput promenade()
{
  OpenGroundInput input;
  input.openAreas.push_back( rectangle( 0, -5, 320, 5 ) );
  input.protectedAreas.push_back( rectangle( 300, -50, 400, 50 ) );
  return input;
}

// Builds the open ground, the graph of streets + legs and runs the search (resting starts everywhere,
// the open ground's resting runs, and the given street entries: {line, speed} entering at its start).
struct Study
{
  OpenGround ground;
  std::unique_ptr<StreetGraph> graph;
  std::unique_ptr<ApproachSearch> search;

  Study( const OpenGroundInput &input, const OpenGroundOptions &options,
         const std::vector<std::pair<int, double>> &streetEntries = {} )
      : ground( buildOpenGround( input, options ) )
  {
    graph = std::make_unique<StreetGraph>( ground.lines, options.snapToleranceM );
    const AccelerationModel model( kA0, kVmax );
    ApproachOptions approach;
    approach.friction = kMu;
    approach.entries = openGroundRestStarts( *graph, ground, model );
    for ( const auto &[line, speed] : streetEntries )
    {
      const int node = graph->lineStartNode( line );
      for ( int i = graph->outgoingBegin( node ); i < graph->outgoingEnd( node ); ++i )
        approach.entries.push_back( { graph->outgoingEdge( i ), speed } );
    }
    search = std::make_unique<ApproachSearch>( *graph, model, approach );
    search->run();
  }

  // The best impact at target t (-1: unreachable).
  ImpactResult best( int t ) const
  {
    ImpactResult best;
    best.speedMs = -1;
    for ( const ImpactLocation &approach : targetApproaches( *graph, ground, t ) )
    {
      ImpactResult r = search->impact( approach );
      if ( r.reachable && r.speedMs > best.speedMs )
        best = std::move( r );
    }
    return best;
  }

  // The highest impact speed over all targets.
  double worst() const
  {
    double speed = -1;
    for ( int t = 0; t < static_cast<int>( ground.targets.size() ); ++t )
      speed = std::max( speed, best( t ).speedMs );
    return speed;
  }
};

PlanePoint unitFrom( PlanePoint a, PlanePoint b )
{
  const double length = std::hypot( b.x - a.x, b.y - a.y );
  return { ( b.x - a.x ) / length, ( b.y - a.y ) / length };
}

PlanePoint left( PlanePoint u )
{
  return { -u.y, u.x };
}

PlanePoint right( PlanePoint u )
{
  return { u.y, -u.x };
}

// Side of the largest square p + [0, w] u + [0, w] s (unit u, s) clear of a horizontal wall y = wallY: the
// corner that climbs fastest toward the wall touches it first.
double squareToWall( PlanePoint p, PlanePoint u, PlanePoint s, double wallY )
{
  const double gap = wallY - p.y;
  const double climb = gap > 0 ? std::max( { u.y, s.y, u.y + s.y } ) : std::min( { u.y, s.y, u.y + s.y } );
  return gap / climb;
}

// The speed of a route at its point nearest p (-1 if none within 1 mm).
double speedAt( const ImpactResult &r, PlanePoint p )
{
  for ( const RoutePoint &point : r.route )
    if ( std::hypot( point.point.x - p.x, point.point.y - p.y ) < 1e-3 )
      return point.speedMs;
  return -1;
}

bool near( double actual, double expected, double tolerance = 1e-6 )
{
  if ( std::fabs( actual - expected ) <= tolerance )
    return true;
  qWarning( "actual %.9f, expected %.9f", actual, expected );
  return false;
}
} // namespace

class TestOpenGround : public QObject
{
  Q_OBJECT

private slots:
  void promenadeFromRest()
  {
    // Targets every 3.75 m across the 7.5 m stretch x = 300, y in [-3.75, 3.75] (ends 1 cm inside it).
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 3.75;
    const Study study( promenade(), options );
    QCOMPARE( static_cast<int>( study.ground.stretches.size() ), 1 );
    QVERIFY( near( study.ground.stretches[0].lengthM, 7.5, 1e-9 ) );
    QCOMPARE( static_cast<int>( study.ground.targets.size() ), 3 );
    // No obstacle: the free space is convex, so the best start at rest for a target at (300, y) is the far
    // corner farthest from it, (1.25, -3.75 sign(y)): a straight run of hypot(298.75, 3.75 + |y|) m.
    for ( int t = 0; t < 3; ++t )
    {
      const ImpactTarget &target = study.ground.targets[static_cast<std::size_t>( t )];
      QVERIFY( near( target.point.x, 300, 1e-9 ) );
      const double run = std::hypot( 298.75, 3.75 + std::fabs( target.point.y ) );
      const ImpactResult r = study.best( t );
      QVERIFY( near( r.speedMs, kCurve.speedAfter( run ), 1e-6 ) );
      QVERIFY( near( r.startSpeedMs, 0 ) );
      QVERIFY( near( r.runupM, run, 1e-6 ) );
      QCOMPARE( static_cast<int>( r.route.size() ), 2 ); // straight: start and impact
    }
    // The promenade's length (298.75 m) sets the speed: the diagonal adds 9 cm.
    QVERIFY( near( study.worst(), kCurve.speedAfter( 298.75 ), 0.003 ) );
    // Heat map: each leg's highest speed toward the targets; the fastest leg is the fastest approach.
    const std::vector<double> legs =
        legSpeedsMs( *study.graph, study.ground,
                     study.search->maxSpeedTowardMs( targetApproachEdges( *study.graph, study.ground ) ) );
    QCOMPARE( legs.size(), study.ground.legs.size() );
    QVERIFY( near( *std::max_element( legs.begin(), legs.end() ), study.worst(), 1e-9 ) );
  }

  void promenadeFromAStreet()
  {
    // A street 200 m long ends where the promenade begins, in line with its axis; a vehicle enters the
    // street at 10 m/s. Its carriageway (7 m) and pavements (3 m) join the promenade, so it drives on
    // straight: S(v) = S(10) + 200 + 300 at the target on the axis, (300, 0).
    OpenGroundInput input = promenade();
    input.streets.push_back( street( { { -200, 0 }, { 0, 0 } } ) );
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 3.75;
    const Study study( input, options, { { 0, 10.0 } } );
    QCOMPARE( study.ground.streetLineCount, 1 );
    QCOMPARE( study.ground.origins[0].street, 0 );
    const double expected = kCurve.speedAfter( kCurve.runup( 10 ) + 500 );
    const ImpactResult r = study.best( 1 );
    QVERIFY( near( study.ground.targets[1].point.y, 0, 1e-9 ) );
    QVERIFY( near( r.speedMs, expected, 1e-6 ) );
    QVERIFY( near( r.startSpeedMs, 10 ) );
    QVERIFY( near( r.runupM, 500, 1e-6 ) );
    // Higher than any start at rest on the promenade (298.8 m of run-up at most).
    QVERIFY( expected > kCurve.speedAfter( 300 ) + 1 );
    QVERIFY( near( study.worst(), expected, 1e-3 ) );
  }

  void wallResetsTheRun()
  {
    // A wall across the promenade at x = 150 (a line obstacle reaching past both sides): the free
    // space beyond it is x in [151.25, 300] (the wall grown by c). The street's vehicle cannot get
    // there; the best is a start at rest behind the wall: hypot(148.75, 3.75 + |y|) m straight.
    OpenGroundInput input = promenade();
    input.streets.push_back( street( { { -200, 0 }, { 0, 0 } } ) );
    input.obstacleLines.push_back( { { 150, -20 }, { 150, 20 } } );
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 3.75;
    const Study study( input, options, { { 0, 10.0 } } );
    QCOMPARE( static_cast<int>( study.ground.targets.size() ), 3 );
    for ( int t = 0; t < 3; ++t )
    {
      const double run =
          std::hypot( 148.75, 3.75 + std::fabs( study.ground.targets[static_cast<std::size_t>( t )].point.y ) );
      const ImpactResult r = study.best( t );
      QVERIFY( near( r.speedMs, kCurve.speedAfter( run ), 1e-6 ) );
      QVERIFY( near( r.startSpeedMs, 0 ) );
    }
  }

  void gapWiderThanTheVehicle()
  {
    // The wall with a gap in the middle, from y = -g/2 to g/2. The vehicle (2.5 m) fits through 2.6 m: its
    // centre passes within 5 cm of the axis, and the street's vehicle drives straight through at the
    // full speed of the open promenade, S(v) = S(10) + 500. Through 2.4 m it does not: the run resets.
    for ( const double gap : { 2.6, 2.4 } )
    {
      OpenGroundInput input = promenade();
      input.streets.push_back( street( { { -200, 0 }, { 0, 0 } } ) );
      input.obstacleLines.push_back( { { 150, -20 }, { 150, -gap / 2 } } );
      input.obstacleLines.push_back( { { 150, gap / 2 }, { 150, 20 } } );
      OpenGroundOptions options = defaults();
      options.impactSpacingM = 3.75;
      const Study study( input, options, { { 0, 10.0 } } );
      const double speed = study.best( 1 ).speedMs; // the target on the axis
      if ( gap > kVehicleWidth )
      {
        // The straight leg from the street's end to the target passes the gap: 500 m. A route may also bend at
        // the gap's corner nodes (the grown wall ends' mitre points, 0.14 m and 0.30 m off the axis on either side):
        // 4 cm longer, with two 11.3 degree turns 2.3 m apart. The rooms beside the legs there are 0.4 m and 0.6 +
        // 0.2 m across, the runs 27 m and more: the racing line through the corner is about 116 m (opengroundturn.h,
        // APEX: (0.39 + 0.77 + 2 cos(5.6 deg) sqrt(0.39 x 0.77)) / (2 sin^2(5.6 deg)) = 116 m), 28 m/s at 0.7 g,
        // above the 24.3 m/s the vehicle has there: no cap binds and the longer route is a hair faster. Never
        // slower than the straight run.
        QVERIFY( speed >= kCurve.speedAfter( kCurve.runup( 10 ) + 500 ) - 1e-9 );
        QVERIFY( speed <= kCurve.speedAfter( kCurve.runup( 10 ) + 500.1 ) );
      }
      else
        QVERIFY( near( speed, kCurve.speedAfter( std::hypot( 148.75, 3.75 ) ), 1e-6 ) );
    }
  }

  void slalomBetweenPlanters()
  {
    // A 10 m promenade (free y in [-3.75, 3.75]) with two planters: P1 along the bottom, x in [-10, 304],
    // y up to 1, leaving a channel y in [2.25, 3.75] for the centre; P2 hanging from the top, x in [310, 314],
    // y down to -1. The protected edge x = 313 meets free space under P2 only: y in [-3.75, -2.25], 1.5 m,
    // one interval of at most 2 m: targets at both ends (1 cm inside). The vehicle must go round P1's
    // corner (304, 1) and P2's corner (310, -1): each grown by c = 1.25 m, their corner nodes are
    // N = (305.25, 2.25) and N2 = (308.75, -2.25).
    OpenGroundInput input;
    input.openAreas.push_back( rectangle( 0, -5, 350, 5 ) );
    input.obstacleAreas.push_back( rectangle( -10, -10, 304, 1 ) );
    input.obstacleAreas.push_back( rectangle( 310, -1, 314, 10 ) );
    input.protectedAreas.push_back( rectangle( 313, -50, 400, 50 ) );
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 2;
    const Study study( input, options );
    QCOMPARE( static_cast<int>( study.ground.targets.size() ), 2 );
    const ImpactTarget &high = study.ground.targets[1];
    QVERIFY( near( high.point.x, 313, 1e-6 ) && near( high.point.y, -2.26, 1e-6 ) );

    // The room beside a leg at a corner is the largest free square standing on it there, on the side away from
    // the obstacle (the outward bisector is (1, 1) at N and (-1, -1) at N2; the obstacle's side has none); here a
    // wall bounds each square (the other planter stays 7 cm outside the two squares that face it).
    const PlanePoint n{ 305.25, 2.25 }, n2{ 308.75, -2.25 }, far{ 1.25, 3.75 }, target{ 313, -2.26 };
    const PlanePoint in = unitFrom( n, far ), down = unitFrom( n, n2 ), up = unitFrom( n2, n ),
                     out = unitFrom( n2, target );
    // N turns right (round P1): its outer side is the left of travel, north. Beside the way in (from the channel's
    // far corner, the steepest way in) on the north, up to the top wall; beside N -> N2 on its left, up to the top
    // wall. N2 turns left (round P2): outer side the right of travel, south: beside N -> N2 (seen from N2, on its
    // left) and beside N2 -> target on its right, down to the bottom wall.
    const double nRoomIn = squareToWall( n, in, right( in ), 3.75 ),
                 nRoomDown = squareToWall( n, down, left( down ), 3.75 );
    const double n2RoomUp = squareToWall( n2, up, left( up ), -3.75 ),
                 n2RoomOut = squareToWall( n2, out, right( out ), -3.75 );
    QVERIFY( near( nRoomDown, 1.5 / 0.6139, 1e-3 ) && near( n2RoomOut, 1.5 / 1.00235, 1e-4 ) ); // worked by hand
    // Straight runs along the legs (opengroundturn.h, RUNS): the way in from the far corner is 304.0 m and no more
    // (the corner is a convex corner of the free space); N -> N2 is 5.70 m and runs on 1.5 / 0.789 = 1.90 m past
    // either end to a wall; the way out of N2 ends at the target, where the vehicle may strike the protected edge
    // still turning: no limit.
    const double legNN2 = std::hypot( 3.5, 4.5 ), pastNN2 = 1.5 * legNN2 / 4.5;
    const double inf = std::numeric_limits<double>::infinity();
    const double nTurn = std::acos( -in.x * down.x - in.y * down.y ); // 51.8 degrees
    const double n2Turn = std::acos( -up.x * out.x - up.y * out.y );
    // At N the whole rooms would put the arc's touching point 9.4 m along N -> N2, beyond its 7.60 m run: the vehicle
    // swings out less, and the racing line's radius (by construction: circles touching the shifted legs within
    // their runs and passing outside the corner) is 16.6 m, below the corner's 19.3 m and the runs' 19.6 m alone.
    // At N2 the same 7.60 m, now behind the node, limits the way in likewise: 16.5 m (the corner alone: 19.2 m).
    const double rN = eventsecurity::test::turnRadiusByConstruction( nTurn, nRoomIn, nRoomDown, 0, 0,
                                                                     std::hypot( 304, 1.5 ), legNN2 + pastNN2 );
    const double rN2 =
        eventsecurity::test::turnRadiusByConstruction( n2Turn, n2RoomUp, n2RoomOut, 0, 0, legNN2 + pastNN2, inf );
    QVERIFY( rN > 16.5 && rN < 16.6 && rN2 > 16.5 && rN2 < 16.6 );
    const double capN = std::sqrt( kMu * eventsecurity::test::kStandardGravity * rN );
    const double capN2 = std::sqrt( kMu * eventsecurity::test::kStandardGravity * rN2 );
    // 304 m from rest reach more than capN; leaving N at capN, 5.7 m later the vehicle is faster than capN2: both
    // caps bind, and the last one sets the impact speed.
    QVERIFY( kCurve.speedAfter( 304 ) > capN );
    QVERIFY( kCurve.speedAfter( kCurve.runup( capN ) + legNN2 ) > capN2 );
    const double expected = kCurve.speedAfter( kCurve.runup( capN2 ) + std::hypot( 4.25, 0.01 ) );
    const ImpactResult r = study.best( 1 );
    // Boost.Geometry's buffers place the free space's edges within about 2e-5 m of the exact offsets,
    // so rooms and corners agree with the hand calculation to about 1e-5 relative.
    QVERIFY( near( r.speedMs, expected, 1e-4 ) );
    QVERIFY( near( speedAt( r, n ), capN, 1e-4 ) ); // through N and N2 at their caps
    QVERIFY( near( speedAt( r, n2 ), capN2, 1e-4 ) );
    // Without the planters the same target is reached straight from the far end, 313 m: much faster.
    OpenGroundInput open = input;
    open.obstacleAreas.clear();
    const Study unobstructed( open, options );
    QVERIFY( unobstructed.best( 1 ).speedMs > expected + 4 );
  }

  void roomBesideALeg()
  {
    // An empty 200 m square; a street along y = 100 ends inside it at (20, 100); a 10 m stand at x = 150.
    // The leg from that street end to the target (150, 100) is 130 m long. Beside it at the street end the free
    // squares reach the walls 98.75 m away on both sides (no cap by the leg's length: the turn model limits the
    // arc by the runs, opengroundturn.h); as a carriageway width, 98.75 + 98.75 + 2.5 m. Its straight run from the
    // street end toward the target is the leg (the stand beyond; the search lifts this limit on the way into a stop:
    // the vehicle may strike the stand still turning); from the target back, the leg and the free run behind the
    // street end, in line with the leg: back past the square's edge along the street's corridor, which joins the
    // open ground where the street is within its half-width and pavement (3.5 + 3 m) of it, x >= -6.5, shrunk by
    // the clearance: to x = -5.25. The target is a stop.
    OpenGroundInput input;
    input.openAreas.push_back( rectangle( 0, 0, 200, 200 ) );
    input.protectedAreas.push_back( rectangle( 150, 95, 160, 105 ) );
    input.streets.push_back( street( { { -100, 100 }, { 20, 100 } } ) );
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 2.5;
    const OpenGround ground = buildOpenGround( input, options );
    const OpenGroundLeg *leg = nullptr;
    for ( const OpenGroundLeg &l : ground.legs )
      if ( std::hypot( l.from.x - 20, l.from.y - 100 ) < 1e-9 && std::hypot( l.to.x - 150, l.to.y - 100 ) < 1e-6 )
        leg = &l;
    QVERIFY( leg );
    QVERIFY( near( leg->lengthM, 130, 1e-6 ) );
    QVERIFY( near( leg->fromRoom.leftM, 98.75, 1e-4 ) && near( leg->fromRoom.rightM, 98.75, 1e-4 ) );
    QVERIFY( near( leg->fromWidthM, 2 * 98.75 + kVehicleWidth, 2e-4 ) );
    QVERIFY( near( leg->fromRoom.runM, 130, 1e-6 ) );
    QVERIFY( near( leg->restRunupFromM, 20 + 5.25, 1e-4 ) ); // Boost.Geometry: edges within ~2e-5 m
    QVERIFY( near( leg->restRunupToM, 0 ) );
    QVERIFY( near( leg->toRoom.runM, 130 + 20 + 5.25, 1e-4 ) );
    QCOMPARE( leg->lineCount, 1 ); // one open-ground line, the rooms at its two points
    const StreetLine &line = ground.lines[static_cast<std::size_t>( leg->firstLine )];
    QVERIFY( line.openGround && !line.stopAtStart && line.stopAtEnd );
    QCOMPARE( line.rooms.size(), std::size_t( 2 ) );
    QVERIFY( near( line.rooms[0].ahead.leftM, leg->fromRoom.leftM, 0 ) &&
             near( line.rooms[1].behind.runM, leg->toRoom.runM, 0 ) );
    // The street's attach points carry the rooms beside it: at its end (20, 100), looking back west along it, each
    // square stops at the free ground's corner where the square's west side (x = 1.25) meets the street's corridor
    // (5.25 m either side of the street): 18.75 m along, 5.25 m aside, a square of 18.75 m. The street's run is not
    // limited (a street runs on).
    const StreetLine &streetLine = ground.lines[0];
    QCOMPARE( streetLine.rooms.size(), streetLine.points.size() );
    const PointRoom &end = streetLine.rooms.back();
    QVERIFY( near( end.behind.leftM, 18.75, 1e-4 ) && near( end.behind.rightM, 18.75, 1e-4 ) );
    QVERIFY( std::isinf( end.behind.runM ) );
  }

  void loopRoundAnObstacleInAPlaza()
  {
    // A 60 m plaza with a 10 m kiosk in its middle, a 7.5 t truck (a0 = 1 m/s^2, 120 km/h; lateral limit the lower
    // of mu g and its 0.5 g rollover threshold: 4.90 m/s^2). Grown by c = 1.25 m, the kiosk's corners give the corner
    // nodes A (23.75, 23.75), B (36.25, 23.75), C (36.25, 36.25), D (23.75, 36.25): a loop of four 12.5 m legs, each
    // turn 90 degrees round the kiosk. The plaza's corners are convex corners of the free space (stops): every
    // closed route is this loop, so going round and round, the truck is held at the loop's turn limit.
    // The turn at B, from A -> B to B -> C (opengroundturn.h): the room beside A -> B on the side away from the kiosk
    // (south) is the square up to the plaza's wall y = 1.25: 22.5 m; beside B -> C (east), to x = 58.75: 22.5 m;
    // none on the kiosk's side. The straight runs: A -> B and on past A to the west wall, 12.5 + 22.5 = 35 m; B -> C
    // and on past C to the north wall, 35 m. The corner alone allows 22.5 / (1 - cos 45) = 76.8 m; the arc touching
    // both shifted legs (the plaza's walls) within 35 m of B has R - 22.5 = 35: R = 57.5 m, the quarter circle from
    // the plaza's south-west corner to its north-east one. Lapping: c = sqrt(4.90 x 57.5) = 16.79 m/s (60 km/h),
    // far below 120 km/h. (A real lap round the kiosk fits a circle of 28.75 m at most, the plaza's: 11.9 m/s; the
    // model credits each turn alone, the safe side: opengroundturn.h, LIMITS.)
    OpenGroundInput input;
    input.openAreas.push_back( rectangle( 0, 0, 60, 60 ) );
    input.obstacleAreas.push_back( rectangle( 25, 25, 35, 35 ) );
    OpenGroundOptions options = defaults();
    options.conesPerNode = 0; // every clear leg
    const OpenGround ground = buildOpenGround( input, options );
    const StreetGraph graph( ground.lines, options.snapToleranceM );
    const AccelerationCurve truck{ 1.0, kmhToMs( 120 ) };
    const AccelerationModel model( truck.a0, truck.vmax );
    ApproachOptions approach;
    approach.friction = kMu;
    approach.rolloverThresholdG = 0.5;
    approach.entries = openGroundRestStarts( graph, ground, model );
    ApproachSearch search( graph, model, approach );
    QVERIFY( search.run() );
    const double lateral = 0.5 * eventsecurity::test::kStandardGravity;
    QVERIFY( near( eventsecurity::test::turnRadiusByConstruction( kPi / 2, 22.5, 22.5, 0, 0, 35, 35 ), 57.5, 1e-4 ) );
    const double c = std::sqrt( lateral * 57.5 );
    QVERIFY( truck.runup( c ) > 4 * 50 ); // more than four laps of run-up: only going round reaches it
    const int a = graph.nearestNode( { 23.75, 23.75 }, 1e-3 ), b = graph.nearestNode( { 36.25, 23.75 }, 1e-3 ),
              cNode = graph.nearestNode( { 36.25, 36.25 }, 1e-3 );
    QVERIFY( a >= 0 && b >= 0 && cNode >= 0 );
    int bc = -1, ab = -1;
    for ( int i = graph.outgoingBegin( b ); i < graph.outgoingEnd( b ); ++i )
      if ( graph.toNode( graph.outgoingEdge( i ) ) == cNode )
        bc = graph.outgoingEdge( i );
    for ( int i = graph.outgoingBegin( a ); i < graph.outgoingEnd( a ); ++i )
      if ( graph.toNode( graph.outgoingEdge( i ) ) == b )
        ab = graph.outgoingEdge( i );
    QVERIFY( ab >= 0 && bc >= 0 );
    // Boost.Geometry's buffers: edges within ~2e-5 m of the exact offsets.
    QVERIFY( near( search.entrySpeedMs( bc ), c, 1e-4 ) );
    QVERIFY( near( search.entrySpeedMs( ab ), c, 1e-4 ) );
    // Nowhere faster than leaving the loop at c after a loop leg and running on across the plaza (at most its
    // diagonal): far below the truck's 120 km/h.
    std::vector<int> everywhere( static_cast<std::size_t>( graph.directedEdgeCount() ) );
    for ( int d = 0; d < graph.directedEdgeCount(); ++d )
      everywhere[static_cast<std::size_t>( d )] = d;
    const std::vector<double> highest = search.maxSpeedTowardMs( everywhere );
    const double bound = truck.speedAfter( truck.runup( c ) + 12.5 + 60 * std::sqrt( 2.0 ) );
    QVERIFY( *std::max_element( highest.begin(), highest.end() ) >= c - 1e-4 );
    QVERIFY( *std::max_element( highest.begin(), highest.end() ) <= bound );
    QVERIFY( bound < 0.65 * truck.vmax );
  }

  void targetsAndStartsAreStops()
  {
    // The promenade: every leg joins a convex corner of the free space (a start) to a target. Both are stops
    // (StreetLine::stopAtStart/stopAtEnd): no route drives through a target (it is the impact) nor through a
    // corner where the walls meet; so the graph has no transition at all there, and routes start at rest.
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 3.75;
    const Study study( promenade(), options );
    QVERIFY( !study.ground.legs.empty() );
    for ( const OpenGroundLeg &leg : study.ground.legs )
    {
      const StreetLine &line = study.ground.lines[static_cast<std::size_t>( leg.firstLine )];
      QVERIFY( line.openGround && line.stopAtStart && line.stopAtEnd );
    }
    const StreetGraph &graph = *study.graph;
    QCOMPARE( graph.transitionEnd( graph.directedEdgeCount() - 1 ), 0 );
    for ( int d = 0; d < graph.directedEdgeCount(); ++d )
      QVERIFY( graph.stopsAtEnd( d ) );
  }

  void prunedGraphAgainstTheFullOne()
  {
    // Random promenades 400 m x 30 m with 30 planters or kiosks (rotated rectangles, 2-8 m a side), a
    // street entering at the far end at 50 km/h, the protected area across the near end (x >= 380): the
    // fastest approaches run along the promenade past the obstacles, where pruning could cost speed.
    // The pruned graph is a subgraph of the full one: never faster. Measured over 20 such promenades:
    // no target slower than with the full graph by more than 0.2 %; the test allows 1 %.
    constexpr double kAllowed = 0.01;
    for ( std::uint64_t seed = 1; seed <= 5; ++seed )
    {
      std::mt19937_64 random( seed );
      auto uniform = [&]( double low, double high )
      { return low + ( high - low ) * static_cast<double>( random() >> 11 ) * 0x1.0p-53; };
      OpenGroundInput input;
      input.openAreas.push_back( rectangle( 0, 0, 400, 30 ) );
      input.protectedAreas.push_back( rectangle( 380, -50, 500, 80 ) );
      for ( int i = 0; i < 30; ++i )
      {
        const double cx = uniform( 20, 370 ), cy = uniform( 0, 30 ), w = uniform( 2, 8 ), h = uniform( 2, 8 );
        const double angle = uniform( 0, kPi ), c = std::cos( angle ), s = std::sin( angle );
        PlanePolygon obstacle;
        for ( const auto &[x, y] : { std::pair{ -w, -h }, std::pair{ w, -h }, std::pair{ w, h }, std::pair{ -w, h } } )
          obstacle.outer.push_back( { cx + 0.5 * ( c * x - s * y ), cy + 0.5 * ( s * x + c * y ) } );
        input.obstacleAreas.push_back( obstacle );
      }
      input.streets.push_back( street( { { -200, 15 }, { 0, 15 } } ) );
      OpenGroundOptions options = defaults();
      options.vehicleWidthM = 2;
      options.impactSpacingM = 3;
      options.conesPerNode = 0;
      const Study full( input, options, { { 0, kmhToMs( 50 ) } } );
      options.conesPerNode = OpenGroundOptions().conesPerNode;
      const Study pruned( input, options, { { 0, kmhToMs( 50 ) } } );
      QVERIFY( pruned.ground.stats.legs < full.ground.stats.legs );
      QCOMPARE( pruned.ground.targets.size(), full.ground.targets.size() );
      double worstShare = 0;
      for ( int t = 0; t < static_cast<int>( full.ground.targets.size() ); ++t )
      {
        const double all = full.best( t ).speedMs, kept = pruned.best( t ).speedMs;
        QVERIFY( all > 0 );
        QVERIFY( kept <= all + 1e-6 );
        worstShare = std::max( worstShare, ( all - kept ) / all );
      }
      qInfo( "seed %d: %d legs of %d kept, slowest target %.3f %% below the full graph", static_cast<int>( seed ),
             pruned.ground.stats.legs, full.ground.stats.legs, 100 * worstShare );
      QVERIFY( worstShare <= kAllowed );
    }
  }

  void barrierPointsCloseStreets()
  {
    // A 200 m street with a bollard in its middle: two pieces that stop short of it, farther apart than
    // the tolerance (the graph does not join them). A vehicle reaches the far end after 100 m at most.
    const std::vector<StreetLine> streets{ street( { { -100, 0 }, { 100, 0 } } ) };
    const PointObstacle bollard{ { 0, 0 }, 0.1, false };
    const StreetClosure closed = closeStreetsAtBarriers( streets, { bollard }, 0.5, true, 3 );
    QCOMPARE( static_cast<int>( closed.lines.size() ), 2 );
    QCOMPARE( closed.closingBarriers, 1 );
    QCOMPARE( closed.closedStreets, 1 );
    QVERIFY( closed.origins[0].startIsStreetStart && !closed.origins[0].endIsStreetEnd );
    QVERIFY( !closed.origins[1].startIsStreetStart && closed.origins[1].endIsStreetEnd );
    const double gap = closed.lines[1].points.front().x - closed.lines[0].points.back().x;
    QVERIFY( gap > 0.5 && gap < 0.7 );
    QCOMPARE( static_cast<int>( closed.walls.size() ), 1 ); // across the corridor: 7 m + 2 x 3 m
    QVERIFY(
        near( std::hypot( closed.walls[0][1].x - closed.walls[0][0].x, closed.walls[0][1].y - closed.walls[0][0].y ),
              13, 1e-9 ) );
    const StreetGraph graph( closed.lines, 0.5 );
    QCOMPARE( graph.nodeCount(), 4 );
    ApproachOptions approach;
    ApproachSearch search( graph, AccelerationModel( kA0, kVmax ), approach );
    QVERIFY( search.run() );
    const double piece = 100 - gap / 2;
    QVERIFY( near( search.impact( { 2, piece, 0, 1 } ).speedMs, kCurve.speedAfter( piece ) ) );

    // A removable bollard counts as open when the option says so (the default), else it closes.
    const PointObstacle removable{ { 0, 0 }, 0.1, true };
    QCOMPARE( static_cast<int>( closeStreetsAtBarriers( streets, { removable }, 0.5, true, 3 ).lines.size() ), 1 );
    QCOMPARE( static_cast<int>( closeStreetsAtBarriers( streets, { removable }, 0.5, false, 3 ).lines.size() ), 2 );
    // A bollard on the pavement, 3 m off the centre line, does not close the street.
    const PointObstacle beside{ { 0, 3 }, 0.1, false };
    const StreetClosure open = closeStreetsAtBarriers( streets, { beside }, 0.5, true, 3 );
    QCOMPARE( static_cast<int>( open.lines.size() ), 1 );
    QCOMPARE( open.closingBarriers, 0 );
  }

  void barrierAlsoClosesTheCorridor()
  {
    // The promenade reaches 50 m west over the street's last 50 m (a pedestrian street), with a bollard on
    // the street at x = -20: the street is split there, and the wall across its corridor (7 m + 2 x 3 m,
    // wider than the 10 m promenade) keeps the vehicle from driving round the bollard over the open
    // ground. Without the bollard the street's vehicle drives on straight: S(v) = S(10) + 500.
    OpenGroundInput input = promenade();
    input.openAreas[0] = rectangle( -50, -5, 320, 5 );
    input.streets.push_back( street( { { -200, 0 }, { 0, 0 } } ) );
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 3.75;
    const Study through( input, options, { { 0, 10.0 } } );
    QVERIFY( near( through.best( 1 ).speedMs, kCurve.speedAfter( kCurve.runup( 10 ) + 500 ), 1e-6 ) );

    input.obstaclePoints.push_back( { { -20, 0 }, 0.1, false } );
    const Study closed( input, options, { { 0, 10.0 } } );
    QCOMPARE( closed.ground.stats.closingBarriers, 1 );
    QCOMPARE( closed.ground.streetLineCount, 2 );
    // Nothing comes from the other side of the wall any more: the best route starts east of it, at rest
    // (on the street past the bollard, 319.7 m from the target, or on the promenade, turning round on the
    // street's stub west of it: a U-turn in the 10.5 m the corridor leaves there, 2 R about that width, see
    // opengroundturn.h), far slower.
    const ImpactResult r = closed.best( 1 );
    for ( const RoutePoint &point : r.route )
      QVERIFY( point.point.x > -20 );
    QVERIFY( near( r.startSpeedMs, 0 ) );
    QVERIFY( r.speedMs >= kCurve.speedAfter( 319.7 ) - 1e-6 );
    QVERIFY( r.speedMs < through.best( 1 ).speedMs - 2 );
    // Removable and counted as open (the default): the street's vehicle drives through again.
    input.obstaclePoints.back().removable = true;
    const Study open( input, options, { { 0, 10.0 } } );
    QCOMPARE( open.ground.stats.closingBarriers, 0 );
    QVERIFY( near( open.best( 1 ).speedMs, kCurve.speedAfter( kCurve.runup( 10 ) + 500 ), 1e-6 ) );
  }

  void withoutOpenAreasStreetsAreUnchanged()
  {
    // No open area, no barrier: the lines are the input lines, bit for bit (today's results).
    OpenGroundInput input;
    input.streets = { street( { { 0.1, 0.2 }, { 100.3, 0.7 }, { 150, 80 } } ),
                      street( { { 150, 80 }, { 150, 200 } }, 9 ) };
    const OpenGround ground = buildOpenGround( input, defaults() );
    QCOMPARE( ground.streetLineCount, 2 );
    QCOMPARE( ground.lines.size(), input.streets.size() );
    for ( std::size_t l = 0; l < input.streets.size(); ++l )
    {
      QCOMPARE( ground.origins[l].street, static_cast<int>( l ) );
      QCOMPARE( ground.lines[l].widthM, input.streets[l].widthM );
      QCOMPARE( ground.lines[l].points.size(), input.streets[l].points.size() );
      for ( std::size_t i = 0; i < input.streets[l].points.size(); ++i )
        QVERIFY( ground.lines[l].points[i].x == input.streets[l].points[i].x &&
                 ground.lines[l].points[i].y == input.streets[l].points[i].y );
    }
    QVERIFY( ground.legs.empty() && ground.targets.empty() );
  }

  void overlappingOpenAreasAreJoined()
  {
    // The promenade drawn as two overlapping rectangles, clockwise, with a repeated closing point: the
    // same free space, so the same targets and speeds as promenadeFromRest.
    OpenGroundInput input = promenade();
    input.openAreas = { { { { 0, -5 }, { 0, 5 }, { 200, 5 }, { 200, -5 }, { 0, -5 } }, {} },
                        rectangle( 150, -5, 320, 5 ) };
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 3.75;
    const Study study( input, options );
    QCOMPARE( static_cast<int>( study.ground.targets.size() ), 3 );
    for ( int t = 0; t < 3; ++t )
    {
      const double run =
          std::hypot( 298.75, 3.75 + std::fabs( study.ground.targets[static_cast<std::size_t>( t )].point.y ) );
      QVERIFY( near( study.best( t ).speedMs, kCurve.speedAfter( run ), 1e-6 ) );
    }
  }

  void holeInAnOpenArea()
  {
    // A pond drawn as a hole, x in [150, 160], leaving 1 m either side: narrower than the vehicle. The
    // run resets as at a wall: beyond it the free space starts at x = 161.25.
    OpenGroundInput input = promenade();
    input.openAreas[0].holes.push_back( { { 150, -4 }, { 160, -4 }, { 160, 4 }, { 150, 4 } } );
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 3.75;
    const Study study( input, options );
    for ( int t = 0; t < 3; ++t )
    {
      const double run =
          std::hypot( 138.75, 3.75 + std::fabs( study.ground.targets[static_cast<std::size_t>( t )].point.y ) );
      QVERIFY( near( study.best( t ).speedMs, kCurve.speedAfter( run ), 1e-6 ) );
    }
  }

  void protectedAreaInsideTheOpenArea()
  {
    // A 10 m x 4 m stand in the middle of the promenade: the free space goes round it, its whole edge
    // is one closed stretch, and no leg enters it. The target in the middle of its west side, (150, 0),
    // is reached straight from the far end: hypot(148.75, 3.75) m.
    OpenGroundInput input;
    input.openAreas.push_back( rectangle( 0, -5, 320, 5 ) );
    input.protectedAreas.push_back( rectangle( 150, -2, 160, 2 ) );
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 2;
    const Study study( input, options );
    QCOMPARE( static_cast<int>( study.ground.stretches.size() ), 1 );
    QVERIFY( study.ground.stretches[0].closed );
    QVERIFY( near( study.ground.stretches[0].lengthM, 28, 1e-6 ) );
    QCOMPARE( static_cast<int>( study.ground.targets.size() ), 14 ); // 28 m in 14 intervals of 2 m
    for ( const OpenGroundLeg &leg : study.ground.legs )
    {
      const double mx = 0.5 * ( leg.from.x + leg.to.x ), my = 0.5 * ( leg.from.y + leg.to.y );
      QVERIFY( !( mx > 150 && mx < 160 && my > -2 && my < 2 ) );
    }
    int west = -1;
    for ( int t = 0; t < static_cast<int>( study.ground.targets.size() ); ++t )
      if ( std::hypot( study.ground.targets[static_cast<std::size_t>( t )].point.x - 150,
                       study.ground.targets[static_cast<std::size_t>( t )].point.y ) < 1e-6 )
        west = t;
    QVERIFY( west >= 0 );
    QVERIFY( near( study.best( west ).speedMs, kCurve.speedAfter( std::hypot( 148.75, 3.75 ) ), 1e-6 ) );
    QVERIFY( near( study.best( west ).angleDeg, 90 - std::atan2( 3.75, 148.75 ) * 180 / kPi, 1e-6 ) );
  }

  void obstaclesOutsideTheOpenAreasAreIgnored()
  {
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 3.75;
    const Study plain( promenade(), options );
    OpenGroundInput input = promenade();
    input.obstacleAreas.push_back( rectangle( 1000, 1000, 1010, 1010 ) );
    input.obstacleLines.push_back( { { -50, -50 }, { -50, 50 } } );
    input.obstaclePoints.push_back( { { 500, 500 }, 2, false } );
    const Study study( input, options );
    QCOMPARE( study.ground.lines.size(), plain.ground.lines.size() );
    for ( int t = 0; t < 3; ++t )
      QVERIFY( near( study.best( t ).speedMs, plain.best( t ).speedMs, 1e-12 ) );
  }

  void badInputIsRefused()
  {
    auto refuses = []( const OpenGroundInput &input, const OpenGroundOptions &options, const char *words )
    {
      try
      {
        buildOpenGround( input, options );
      }
      catch ( const std::invalid_argument &e )
      {
        if ( std::string( e.what() ).find( words ) != std::string::npos )
          return true;
        qWarning( "message: %s", e.what() );
        return false;
      }
      return false;
    };
    // Bow ties: outlines that cross themselves (symmetric: areas cancel out; lopsided: they do not).
    OpenGroundInput bowTie = promenade();
    bowTie.openAreas.push_back( { { { 0, 0 }, { 10, 10 }, { 10, 0 }, { 0, 10 } }, {} } );
    QVERIFY( refuses( bowTie, defaults(), "open area 2 is not a valid polygon: its outline crosses itself" ) );
    bowTie.openAreas.back().outer[1] = { 20, 10 };
    QVERIFY( refuses( bowTie, defaults(), "open area 2 is not a valid polygon: its outline crosses" ) );
    OpenGroundInput badObstacle = promenade();
    badObstacle.obstacleAreas.push_back( { { { 0, 0 }, { 10, 10 } }, {} } );
    QVERIFY( refuses( badObstacle, defaults(), "obstacle 1 is not a valid polygon" ) );
    OpenGroundInput negative = promenade();
    negative.obstaclePoints.push_back( { { 10, 0 }, -1, false } );
    QVERIFY( refuses( negative, defaults(), "radius that is negative" ) );
    negative.obstaclePoints.back().radiusM = std::nan( "" );
    QVERIFY( refuses( negative, defaults(), "radius that is negative or not a number" ) );
    OpenGroundInput notFinite = promenade();
    notFinite.openAreas[0].outer[2].x = std::nan( "" );
    QVERIFY( refuses( notFinite, defaults(), "not a finite number" ) );
    OpenGroundInput huge = promenade();
    huge.obstacleLines.push_back( { { 0, 0 }, { 1e10, 0 } } );
    QVERIFY( refuses( huge, defaults(), "beyond 1e9 m" ) );
    OpenGroundInput hugeProtected = promenade();
    hugeProtected.protectedAreas[0].outer[0].y = -1e12;
    QVERIFY( refuses( hugeProtected, defaults(), "beyond 1e9 m" ) );

    OpenGroundOptions options = defaults();
    options.vehicleWidthM = 0;
    QVERIFY( refuses( promenade(), options, "vehicle's width" ) );
    options.vehicleWidthM = 6;
    QVERIFY( refuses( promenade(), options, "at most 5 m" ) );
    options = defaults();
    options.impactSpacingM = 1.5; // under 4 x the 0.5 m tolerance: targets would merge
    QVERIFY( refuses( promenade(), options, "impact point spacing" ) );
    options = defaults();
    options.pavementWidthM = -1;
    QVERIFY( refuses( promenade(), options, "pavement width" ) );
    options = defaults();
    options.conesPerNode = 2;
    QVERIFY( refuses( promenade(), options, "cones" ) );
  }

  void cancelStops()
  {
    OpenGroundOptions options = defaults();
    const OpenGround ground = buildOpenGround( promenade(), options, [] { return true; } );
    QVERIFY( ground.canceled );
    QVERIFY( ground.lines.empty() && ground.legs.empty() );
  }
};

QTEST_GUILESS_MAIN( TestOpenGround )
#include "test_openground.moc"
