// Maximum approach speed search (approachsearch.h) on analytic networks. Expected speeds come from the
// closed forms of tests/common/analyticapproach.h (run-up, racing-line bend and junction limits), not from the
// code under test; drawings of bends are built here from their circles.
#include "analyticapproach.h"
#include "approachsearch.h"
#include "streetgraph.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <memory>
#include <random>
#include <stdexcept>

using namespace eventsecurity::domain;

namespace
{
constexpr double kA0 = 2.0;    // m/s^2
constexpr double kVmax = 30.0; // m/s
constexpr double kMu = 0.7;
constexpr double kWidth = 7.0;             // m
constexpr double kLateral = kMu * 9.80665; // m/s^2, friction-limited

using eventsecurity::test::AccelerationCurve;
constexpr AccelerationCurve kCurve{ kA0, kVmax };
// The car of the vehicle table (3 m/s^2, 180 km/h): fast enough that a bend binds after a long approach.
constexpr AccelerationCurve kCar{ 3.0, 50.0 };

double bendLimit( double thetaRad, double width = kWidth )
{
  return eventsecurity::test::bendSpeedLimit( thetaRad, width, kMu );
}

StreetLine line( std::vector<PlanePoint> points, OneWay oneway = OneWay::No, double width = kWidth )
{
  StreetLine l;
  l.points = std::move( points );
  l.oneway = oneway;
  l.widthM = width;
  return l;
}

int directedBetween( const StreetGraph &g, PlanePoint a, PlanePoint b )
{
  const int from = g.nearestNode( a, 0.01 ), to = g.nearestNode( b, 0.01 );
  for ( int i = g.outgoingBegin( from ); i < g.outgoingEnd( from ); ++i )
    if ( g.toNode( g.outgoingEdge( i ) ) == to )
      return g.outgoingEdge( i );
  return -1;
}

ApproachOptions options( bool respectOneway = false, bool rest = true, std::vector<EntryStart> entries = {} )
{
  ApproachOptions o;
  o.friction = kMu;
  o.kerbRadiusM = 0; // sharp junction corners unless a test says otherwise
  o.respectOneway = respectOneway;
  o.startAtRestAnywhere = rest;
  o.entries = std::move( entries );
  return o;
}

bool near( double actual, double expected, double tolerance = 1e-6 )
{
  if ( std::fabs( actual - expected ) <= tolerance )
    return true;
  qWarning( "actual %.9f, expected %.9f", actual, expected );
  return false;
}

// Never below the expected value (the safe side), and at most \a fraction above it.
bool atOrJustAbove( double actual, double expected, double fraction )
{
  if ( actual >= expected * ( 1 - 1e-9 ) && actual <= expected * ( 1 + fraction ) )
    return true;
  qWarning( "actual %.9f, expected %.9f (up to %.1f %% above)", actual, expected, 100 * fraction );
  return false;
}

// A straight of approachM along +x to T1 = (0, 0), a left bend of centreline radius rc turning by theta, and
// exitM of straight. arcPoints >= 2: that many points on the arc from T1 to T2, equally spaced; 1: a tangent
// corner drawn T1, PI, T2, T1 and T2 on the straights at the tangent length rc tan(theta/2) from the PI.
std::vector<PlanePoint> bendDrawing( double rc, double theta, int arcPoints, double approachM, double exitM )
{
  std::vector<PlanePoint> points{ { -approachM, 0 } };
  const double tx = std::cos( theta ), ty = std::sin( theta );
  if ( arcPoints == 1 )
  {
    const double tangent = rc * std::tan( theta / 2 );
    points.push_back( { 0, 0 } );
    points.push_back( { tangent, 0 } );
    points.push_back( { tangent + tangent * tx, tangent * ty } );
  }
  else
  {
    for ( int i = 0; i < arcPoints; ++i )
    {
      const double a = theta * i / ( arcPoints - 1 );
      points.push_back( { rc * std::sin( a ), rc - rc * std::cos( a ) } );
    }
  }
  const PlanePoint t2 = points.back();
  points.push_back( { t2.x + exitM * tx, t2.y + exitM * ty } );
  return points;
}

// Length of a polyline up to (and with) point `upTo`.
double lengthTo( const std::vector<PlanePoint> &points, std::size_t upTo )
{
  double total = 0;
  for ( std::size_t i = 1; i <= upTo; ++i )
    total += std::hypot( points[i].x - points[i - 1].x, points[i].y - points[i - 1].y );
  return total;
}

// An open-ground leg (openground.h) from a to b: its room at a looking toward b (`start`), at b looking toward a
// (`end`); left and right as seen looking that way.
StreetLine leg( PlanePoint a, PlanePoint b, DirectionRoom start, DirectionRoom end, bool stopAtEnd = false )
{
  StreetLine l;
  l.points = { a, b };
  l.openGround = true;
  l.stopAtEnd = stopAtEnd;
  l.rooms.resize( 2 );
  l.rooms[0].ahead = start;
  l.rooms[1].behind = end;
  return l;
}

DirectionRoom room( double leftM, double rightM, double runM )
{
  DirectionRoom r;
  r.leftM = leftM;
  r.rightM = rightM;
  r.runM = runM;
  return r;
}

// A regular 12-gon ring of circumradius r, closed.
std::vector<PlanePoint> ring( double r )
{
  std::vector<PlanePoint> points;
  for ( int i = 0; i <= 12; ++i )
    points.push_back( { r * std::cos( i * kPi / 6 ), r * std::sin( i * kPi / 6 ) } );
  points.back() = points.front();
  return points;
}
// A friction at which the search reads a shared turn radius beyond enoughM = T^2 / a as no cap outright (sqrt(a
// enoughM) reaches T, the top speed within 1e-6 of vmax: approachsearch.cpp) or, a rounding hair below it, recomputes
// the radius (approachsearch.h, SET-UP): both branches, from 0.7 up.
double frictionWhereEnoughRadiusReachesTopSpeed( bool reaches )
{
  const double topSpeed = kVmax * ( 1 - 1e-6 );
  for ( double mu = 0.7;; mu += 1e-4 )
  {
    const double a = lateralAccelerationLimitMs2( mu, std::numeric_limits<double>::infinity() );
    const double enough = topSpeed * topSpeed / a;
    if ( ( std::sqrt( a * enough ) >= topSpeed ) == reaches )
      return mu;
  }
}

// Open ground in a grid of 5 x 5 corners 40 m apart: legs along the rows, the columns and the diagonals, 3 m of room
// beside each (none on the left at the middle corner's legs: an obstacle there), a stop at the middle of the top row.
std::vector<StreetLine> openGroundGrid()
{
  std::vector<StreetLine> lines;
  const auto at = []( int i, int j ) { return PlanePoint{ 40.0 * i, 40.0 * j }; };
  for ( int i = 0; i < 5; ++i )
    for ( int j = 0; j < 5; ++j )
      for ( const auto &[di, dj] : { std::pair{ 1, 0 }, std::pair{ 0, 1 }, std::pair{ 1, 1 }, std::pair{ 1, -1 } } )
      {
        if ( i + di > 4 || j + dj > 4 || j + dj < 0 )
          continue;
        const double left = ( i == 2 && j == 2 ) ? 0 : 3;
        StreetLine l = leg( at( i, j ), at( i + di, j + dj ), room( left, 3, 80 ), room( 3, 3, 80 ) );
        l.stopAtEnd = i + di == 2 && j + dj == 4;
        lines.push_back( l );
      }
  return lines;
}
} // namespace

class TestApproachSearch : public QObject
{
  Q_OBJECT

private slots:
  void straightRoadFromRest()
  {
    // 200 m straight: the best start is at rest at its far end.
    const StreetGraph g( { line( { { 0, 0 }, { 200, 0 } } ) }, 0.5 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    for ( const double d : { 200.0, 100.0, 37.5 } )
    {
      const ImpactResult r = search.impact( { 0, d, 0, 1 } );
      QVERIFY( r.reachable );
      QVERIFY( near( r.speedMs, kCurve.speedAfter( d ) ) );
      QVERIFY( near( r.routeM, d ) );
      QVERIFY( near( r.runupM, d ) ); // bound only at the start
      QVERIFY( near( r.startSpeedMs, 0 ) );
      QCOMPARE( r.entryIndex, -1 );
      QVERIFY( !r.startsOnLap );
      QCOMPARE( r.runupStartPoint, std::size_t( 0 ) );
      QVERIFY( near( r.angleDeg, 90 ) ); // travelling along x into a perimeter along y: head-on
    }
    // The other way is the same road.
    QVERIFY( near( search.impact( { 1, 200, 0, 1 } ).speedMs, kCurve.speedAfter( 200 ) ) );
    // A distance off the edge is taken at its nearer end (found by the fuzzer: -5 m gave a negative run-up).
    QVERIFY( near( search.impact( { 0, -5, 0, 1 } ).runupM, 0 ) );
    QVERIFY( near( search.impact( { 0, std::nan( "" ), 0, 1 } ).speedMs, 0 ) );
    QVERIFY( near( search.impact( { 0, 1e9, 0, 1 } ).speedMs, kCurve.speedAfter( 200 ) ) );
    // 5 km straight gets close to, never above, vmax.
    const StreetGraph long_( { line( { { 0, 0 }, { 5000, 0 } } ) }, 0.5 );
    ApproachSearch longSearch( long_, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( longSearch.run() );
    const double top = longSearch.impact( { 0, 5000, 0, 1 } ).speedMs;
    QVERIFY( near( top, kCurve.speedAfter( 5000 ) ) );
    QVERIFY( top < kVmax );
  }

  void entrySpeed()
  {
    // Entering at 10 m/s, no resting starts: S(v) = S(10) + L; the route names its entry.
    const StreetGraph g( { line( { { 0, 0 }, { 200, 0 } } ) }, 0.5 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options( false, false, { { 1, 3 }, { 0, 10 } } ) );
    QVERIFY( search.run() );
    const ImpactResult r = search.impact( { 0, 200, 0, 1 } );
    QVERIFY( near( r.speedMs, kCurve.speedAfter( kCurve.runup( 10 ) + 200 ) ) );
    QVERIFY( near( r.startSpeedMs, 10 ) );
    QCOMPARE( r.entryIndex, 1 );
    QVERIFY( near( r.runupM, 200 ) );
    QCOMPARE( search.impact( { 1, 200, 0, 1 } ).entryIndex, 0 );
    // With resting starts too, a faster entry still names the route's start; a route from rest names none.
    ApproachSearch both( g, AccelerationModel( kA0, kVmax ), options( false, true, { { 0, 10 } } ) );
    QVERIFY( both.run() );
    QCOMPARE( both.impact( { 0, 200, 0, 1 } ).entryIndex, 0 );
    QCOMPARE( both.impact( { 1, 200, 0, 1 } ).entryIndex, -1 );
  }

  void cornerAtATwoEdgeNodeIsABend()
  {
    // 1,000 m east, a right angle at (1000, 0) where a second line begins (a way split, not a junction), 30 m
    // north to a dead end. A tangent corner: the drawing admits tangents of min(1000, 30) = 30 m, Rc = 30 m,
    // capped at (970, 0), the corner and (1000, 30). From rest 970 m gives more than the cap c, so c binds
    // at (970, 0) and again at the corner; 20 m on: S(c) + 20.
    const double c = eventsecurity::test::curveSpeed( kPi / 2, 30, kWidth, kLateral );
    QVERIFY( kCurve.speedAfter( 970 ) > c );
    const StreetGraph g( { line( { { 0, 0 }, { 1000, 0 } } ), line( { { 1000, 0 }, { 1000, 30 } } ) }, 0.5 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    const int north = directedBetween( g, { 1000, 0 }, { 1000, 30 } );
    const ImpactResult r = search.impact( { north, 20, 1, 0 } );
    QVERIFY( near( r.speedMs, kCurve.speedAfter( kCurve.runup( c ) + 20 ) ) );
    QVERIFY( near( r.routeM, 1020 ) );
    QVERIFY( near( r.runupM, 20 ) ); // from the corner, where the speed was last bound
    QVERIFY( near( r.route[r.runupStartPoint].point.x, 1000 ) && near( r.route[r.runupStartPoint].point.y, 0 ) );
    QVERIFY( near( r.route[r.runupStartPoint].speedMs, c ) );
    // The route: rest at (0, 0), c at the tangent point (970, 0) and at the corner, the impact speed.
    QCOMPARE( static_cast<int>( r.route.size() ), 4 );
    QVERIFY( near( r.route[1].point.x, 970 ) && near( r.route[1].speedMs, c ) );
    // At the far tangent point (the dead end) the cap holds again: exactly c.
    QVERIFY( near( search.impact( { north, 30, 1, 0 } ).speedMs, c ) );
    // Highest speed on the east edge toward the corner: at its tangent point, speedAfter(970).
    QVERIFY( near( search.maxSpeedTowardMs( { north } )[0], kCurve.speedAfter( 970 ) ) );
    // Drawn as one line the corner is the same bend.
    const StreetGraph one( { line( { { 0, 0 }, { 1000, 0 }, { 1000, 30 } } ) }, 0.5 );
    ApproachSearch oneSearch( one, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( oneSearch.run() );
    QVERIFY( near( oneSearch.impact( { 0, 1020, 1, 0 } ).speedMs, r.speedMs ) );
  }

  void junctionTurnUsesTheKerbRadius()
  {
    // A junction at (1000, 0): east from (0, 0), north to (1000, 150), a 10 m stub south. West-to-north turns
    // by 90 degrees between a 4 m and a 10 m carriageway (mean 7 m). Kerb radius 0 gives the corner cut before
    // issue 11, R = 7 / (1 - cos 45); 15 m gives R = 15 + 23.9 m. The 160 m straight through from the stub is
    // slower than both (checked).
    const StreetGraph g( { line( { { 0, 0 }, { 1000, 0 } }, OneWay::No, 4 ),
                           line( { { 1000, 0 }, { 1000, 150 } }, OneWay::No, 10 ),
                           line( { { 1000, 0 }, { 1000, -10 } }, OneWay::No, 10 ) },
                         0.5 );
    const int north = directedBetween( g, { 1000, 0 }, { 1000, 150 } );
    for ( double kerb : { 0.0, 15.0 } )
    {
      const double c = eventsecurity::test::junctionSpeed( kPi / 2, kerb, 7, kLateral );
      QVERIFY( kCurve.runup( c ) + 150 > 160 );
      ApproachOptions o = options();
      o.kerbRadiusM = kerb;
      ApproachSearch search( g, AccelerationModel( kA0, kVmax ), o );
      QVERIFY( search.run() );
      const ImpactResult r = search.impact( { north, 150, 1, 0 } );
      QVERIFY( near( r.speedMs, kCurve.speedAfter( kCurve.runup( c ) + 150 ) ) );
      QVERIFY( near( r.routeM, 1150 ) );
      QVERIFY( near( r.runupM, 150 ) ); // from the junction
    }
    // Kerb 0 is exactly the sharp corner of before: sqrt(mu g w / (1 - cos 45)).
    QVERIFY( near( eventsecurity::test::junctionSpeed( kPi / 2, 0, 7, kLateral ), bendLimit( kPi / 2 ), 1e-12 ) );
  }

  void runupCountsFromTheLastBound()
  {
    // Only 20 m before the junction: S = 20 m gives less than the corner allows, so the speed is never bound
    // after the start: run-up = route = 20 + 150 m.
    QVERIFY( kCurve.speedAfter( 20 ) < bendLimit( kPi / 2 ) );
    const StreetGraph g( { line( { { 980, 0 }, { 1000, 0 } } ), line( { { 1000, 0 }, { 1000, 150 } } ),
                           line( { { 1000, 0 }, { 1000, -10 } } ) },
                         0.5 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    const ImpactResult r = search.impact( { directedBetween( g, { 1000, 0 }, { 1000, 150 } ), 150, 1, 0 } );
    QVERIFY( near( r.speedMs, kCurve.speedAfter( 170 ) ) );
    QVERIFY( near( r.routeM, 170 ) );
    QVERIFY( near( r.runupM, 170 ) );
    QCOMPARE( r.runupStartPoint, std::size_t( 0 ) );
  }

  void sameBendAnyDrawing_data()
  {
    QTest::addColumn<int>( "arcPoints" );
    QTest::newRow( "tangent corner" ) << 1;
    QTest::newRow( "3 points" ) << 3;
    QTest::newRow( "10 points" ) << 10;
    QTest::newRow( "30 points" ) << 30;
  }

  void sameBendAnyDrawing()
  {
    // Issue 11: a 90 degree bend of centreline radius 20 m on a 7 m street, a car after a 500 m approach,
    // the impact 10 m after the bend. Physically: R = 16.5 + 7 / (1 - cos 45) = 40.4 m, c = sqrt(0.7 g R) =
    // 16.65 m/s (60 km/h), then 10 m of acceleration. Before issue 11 the plugin gave 46 km/h through the
    // tangent corner and 404 km/h with 10 points. Every drawing: at or above physics (the safe side), within 3 %.
    QFETCH( int, arcPoints );
    const double c = eventsecurity::test::curveSpeed( kPi / 2, 20, kWidth, kLateral );
    QVERIFY( std::fabs( c * 3.6 - 59.95 ) < 0.01 );
    QVERIFY( kCar.speedAfter( 500 ) > c );
    const double physical = kCar.speedAfter( kCar.runup( c ) + 10 );
    const std::vector<PlanePoint> points = bendDrawing( 20, kPi / 2, arcPoints, 500, 200 );
    const StreetGraph g( { line( points ) }, 0.01 );
    ApproachSearch search( g, AccelerationModel( kCar.a0, kCar.vmax ), options() );
    QVERIFY( search.run() );
    const double impactAt = lengthTo( points, points.size() - 2 ) + 10; // 10 m past T2
    const ImpactResult r = search.impact( { 0, impactAt, 1, 0 } );
    QVERIFY( atOrJustAbove( r.speedMs, physical, 0.03 ) );
    QVERIFY( r.runupM >= 10 - 1e-6 && r.runupM < 20 ); // from the bend's last kept point
  }

  void jitteredStraightIsStraight()
  {
    // A 1 km straight drawn every metre with +-0.2 m of noise: no bend, so the car reaches the speed of the
    // drawn length from rest. (Before issue 11 every jitter vertex capped it: 0.7 rad of deflection on 1 m
    // segments gives R = 7 / (1 - cos 0.35) = 115 m, 28 m/s.)
    std::mt19937 random( 7 );
    std::uniform_real_distribution<double> noise( -0.2, 0.2 );
    std::vector<PlanePoint> points;
    for ( int i = 0; i <= 1000; ++i )
      points.push_back( { i + noise( random ), noise( random ) } );
    const StreetGraph g( { line( points ) }, 0.01 );
    ApproachSearch search( g, AccelerationModel( kCar.a0, kCar.vmax ), options() );
    QVERIFY( search.run() );
    const double drawn = lengthTo( points, points.size() - 1 );
    const ImpactResult r = search.impact( { 0, drawn, 0, 1 } );
    QVERIFY( near( r.speedMs, kCar.speedAfter( drawn ) ) );
    QVERIFY( r.speedMs > 40 );
    QVERIFY( near( r.runupM, drawn ) );
  }

  void sBendIsTwoBends()
  {
    // A left bend of 20 m and a right bend of 40 m, 90 degrees each, 10 points each, 20 m of straight between,
    // after 500 m of approach; the impact 10 m past the second. Each bend caps at its own c (c1 binds after the
    // approach; c2 too, since S(c1) + 20 + the second arc's 62.8 m is more than S(c2)): S(c2) + 10, within 3 %
    // above (the simplification may keep the second arc's last point or not). One bend would turn by nothing
    // and cap nothing.
    const double c1 = eventsecurity::test::curveSpeed( kPi / 2, 20, kWidth, kLateral );
    const double c2 = eventsecurity::test::curveSpeed( kPi / 2, 40, kWidth, kLateral );
    QVERIFY( kCar.runup( c1 ) + 20 + 62.8 > kCar.runup( c2 ) );
    std::vector<PlanePoint> points{ { -500, 0 } };
    for ( int i = 0; i < 10; ++i )
    {
      const double a = kPi / 2 * i / 9;
      points.push_back( { 20 * std::sin( a ), 20 - 20 * std::cos( a ) } );
    }
    for ( int i = 0; i < 10; ++i )
    {
      const double a = kPi / 2 * i / 9;
      points.push_back( { 60 - 40 * std::cos( a ), 40 + 40 * std::sin( a ) } );
    }
    points.push_back( { 300, 80 } );
    const StreetGraph g( { line( points ) }, 0.01 );
    ApproachSearch search( g, AccelerationModel( kCar.a0, kCar.vmax ), options() );
    QVERIFY( search.run() );
    const double impactAt = lengthTo( points, points.size() - 2 ) + 10;
    const double speed = search.impact( { 0, impactAt, 1, 0 } ).speedMs;
    QVERIFY( atOrJustAbove( speed, kCar.speedAfter( kCar.runup( c2 ) + 10 ), 0.03 ) );
    QVERIFY( speed < 0.6 * kCar.speedAfter( impactAt ) );
  }

  void rolloverBindsForATruck()
  {
    // The 50 m bend of issue 11 (10 points) for a 30 t lorry (0.5 m/s^2, 120 km/h) after 2 km: at mu 0.7,
    // c = sqrt(0.7 g (46.5 + 23.9)) = 21.98 m/s (79 km/h); its 0.45 g rollover threshold binds first:
    // c = sqrt(0.45 g x 70.4) = 17.63 m/s (63 km/h). 10 m past the bend: S(c) + 10, within 3 % above.
    const AccelerationCurve lorry{ 0.5, 120 / 3.6 };
    const std::vector<PlanePoint> points = bendDrawing( 50, kPi / 2, 10, 2000, 200 );
    const StreetGraph g( { line( points ) }, 0.01 );
    const double impactAt = lengthTo( points, points.size() - 2 ) + 10;
    for ( double threshold : { 0.45, std::numeric_limits<double>::infinity() } )
    {
      ApproachOptions o = options();
      o.rolloverThresholdG = threshold;
      ApproachSearch search( g, AccelerationModel( lorry.a0, lorry.vmax ), o );
      QVERIFY( search.run() );
      const double lateral = std::fmin( threshold, kMu ) * 9.80665;
      const double c = eventsecurity::test::curveSpeed( kPi / 2, 50, kWidth, lateral );
      QVERIFY( lorry.speedAfter( 2000 ) > c );
      QVERIFY( atOrJustAbove( search.impact( { 0, impactAt, 1, 0 } ).speedMs, lorry.speedAfter( lorry.runup( c ) + 10 ),
                              0.03 ) );
    }
  }

  void loopNeedsLaps()
  {
    // A closed 12-gon of 10 m sides (circumradius r = 5 / sin 15 = 19.32 m) on a 2 m carriageway is ONE bend
    // turning 2 pi: R = (r - 1) + 2 m (a half turn and more: the outer edge), c = sqrt(0.7 g (r + 1)) =
    // 11.81 m/s. A slow vehicle (0.2 m/s^2) needs S(c) = 480 m, four laps of 120 m: only going round and round
    // reaches it. Every vertex then passes at c.
    const AccelerationCurve slow{ 0.2, kVmax };
    const double r = 5 / std::sin( kPi / 12 );
    const double c = std::sqrt( kLateral * ( r + 1 ) );
    QVERIFY( slow.runup( c ) > 3 * 120 );
    const StreetGraph g( { line( ring( r ), OneWay::No, 2 ) }, 0.01 );
    ApproachSearch search( g, AccelerationModel( slow.a0, slow.vmax ), options() );
    QVERIFY( search.run() );
    QVERIFY( near( search.entrySpeedMs( 0 ), c ) );
    QVERIFY( near( search.impact( { 0, 5, 1, 0 } ).speedMs, slow.speedAfter( slow.runup( c ) + 5 ), 1e-5 ) );
    // The route goes round: it is cut where it would repeat and starts at speed.
    const ImpactResult result = search.impact( { 0, 5, 1, 0 } );
    QVERIFY( result.startSpeedMs > 0 );
    QVERIFY( result.startsOnLap );
    QCOMPARE( result.entryIndex, -1 );
    QVERIFY( near( result.runupM, 5, 1e-6 ) ); // bound at the last vertex
  }

  void slowVehicleLapsToTheBendLimit()
  {
    // The loop of loopNeedsLaps with a0 = 1e-6 m/s^2: S(c) = (vmax/a0)(-c - vmax ln(1 - c/vmax)) is about
    // 5e7 m, some 400,000 laps of 120 m. Lapping a cycle is D -> min(D + L, C), so the search composes
    // the lap and jumps to C = S(c): the speed is still exactly c, after a handful of improvements.
    const AccelerationCurve slow{ 1e-6, kVmax };
    const double r = 5 / std::sin( kPi / 12 );
    const double c = std::sqrt( kLateral * ( r + 1 ) );
    QVERIFY( slow.runup( c ) / 120 > 1e5 );
    const StreetGraph g( { line( ring( r ), OneWay::No, 2 ) }, 0.01 );
    ApproachSearch search( g, AccelerationModel( slow.a0, slow.vmax ), options() );
    QVERIFY( search.run() );
    QVERIFY( near( search.entrySpeedMs( 0 ), c ) );
    QVERIFY( near( search.entrySpeedMs( 1 ), c ) );
    // Two directed states, each improved up to kLapCheck times before its lap is composed.
    QVERIFY2( search.relaxations() <= 4 * ApproachSearch::kLapCheck,
              qPrintable( QString::number( search.relaxations() ) ) );
  }

  void gentleLoopTendsToVmax()
  {
    // A 12-gon of circumradius 200 m on a 7 m carriageway: c = sqrt(0.7 g (200 + 3.5)) = 37.4 m/s, more than
    // vmax, so each lap adds speed: the search must still stop, at vmax.
    QVERIFY( std::sqrt( kLateral * 203.5 ) > kVmax );
    const StreetGraph g( { line( ring( 200 ) ) }, 0.01 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    const double v = search.impact( { 0, 5, 1, 0 } ).speedMs;
    QVERIFY( v <= kVmax );
    QVERIFY( v > kVmax * ( 1 - 1e-5 ) );
  }

  void openGroundCornerCappedByAShortLeg()
  {
    // Open ground (openground.h, opengroundturn.h): a leg of 200 m east to an obstacle's corner at the origin, then
    // one north, round the obstacle (on the north-west: no room on that side of either leg). Outside the turn, 10 m
    // of room beside each leg (south of the first, east of the second). The corner alone allows the racing line
    // R = 10 / (1 - cos 45) = 34.1 m; but the second leg runs only 5 m (a wall beyond): the arc must touch its
    // shifted line within 5 m of the corner, R - 10 <= 5, R = 15 m. The vehicle from rest reaches the corner faster
    // than that allows, leaves it at c = sqrt(0.7 g 15) and strikes the leg's end 5 m on. With 100 m to run on the
    // second leg the corner binds: 34.1 m. Never the kerb radius (50 m here: it would allow 0.7 g x 73.9 m).
    for ( const double run : { 5.0, 100.0 } )
    {
      const std::vector<StreetLine> lines{ leg( { -200, 0 }, { 0, 0 }, room( 0, 10, 200 ), room( 10, 0, 200 ) ),
                                           leg( { 0, 0 }, { 0, run }, room( 0, 10, run ), room( 10, 0, run ) ) };
      const StreetGraph g( lines, 0.5 );
      ApproachOptions o = options();
      o.kerbRadiusM = 50;
      ApproachSearch search( g, AccelerationModel( kA0, kVmax ), o );
      QVERIFY( search.run() );
      const double radius = run < 10 ? 15 : eventsecurity::test::racingRadius( kPi / 2, 0, 10 );
      const double c = std::sqrt( kLateral * radius );
      QVERIFY( kCurve.speedAfter( 200 ) > c );
      const ImpactResult r = search.impact( { directedBetween( g, { 0, 0 }, { 0, run } ), run, 1, 0 } );
      QVERIFY( near( r.speedMs, kCurve.speedAfter( kCurve.runup( c ) + run ) ) );
      QVERIFY( near( r.runupM, run ) ); // bound at the corner
    }
  }

  void openGroundUTurnFitsItsRoom()
  {
    // Two legs along the same 100 m line (two ways over the same ground, say), 7.5 m of room across it (3 m north,
    // 4.5 m south). Out along one and back along the other is a U-turn in that strip: 2 R = 7.5 m, R = 3.75 m, not
    // the corner-cut formula's 7.5 m (a semicircle round an island that is not there). From rest at the far end,
    // 100 m out, the turn at sqrt(0.7 g 3.75) = 5.07 m/s, 100 m back.
    const std::vector<StreetLine> lines{ leg( { -100, 0 }, { 0, 0 }, room( 3, 4.5, 100 ), room( 4.5, 3, 100 ) ),
                                         leg( { 0, 0 }, { -100, 0 }, room( 4.5, 3, 100 ), room( 3, 4.5, 100 ) ) };
    const StreetGraph g( lines, 0.5 );
    QCOMPARE( g.edgeCount(), 2 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    const double c = std::sqrt( kLateral * 3.75 );
    QVERIFY( kCurve.speedAfter( 100 ) > c );
    // Edge 1 is the second line: along it (directed 2) is the way back west.
    const ImpactResult r = search.impact( { 2, 100, 0, 1 } );
    QVERIFY( near( r.speedMs, kCurve.speedAfter( kCurve.runup( c ) + 100 ) ) );
    QVERIFY( near( r.routeM, 200 ) );
  }

  void noRouteThroughAStop()
  {
    // A street enters at 10 m/s and runs 100 m to open ground; a leg of 50 m on to an impact target (a stop, the
    // protected area's edge) and another leg on beyond it. Without resting starts the target is struck at the speed
    // of 150 m from 10 m/s, and nothing is reached through it: the leg beyond is unreachable, and no edge leads to it.
    std::vector<StreetLine> lines{ line( { { -100, 0 }, { 0, 0 } } ),
                                   leg( { 0, 0 }, { 50, 0 }, DirectionRoom{}, DirectionRoom{}, true ),
                                   leg( { 50, 0 }, { 100, 0 }, DirectionRoom{}, DirectionRoom{} ) };
    lines[2].stopAtStart = true; // as openground.cpp marks every leg at a target
    const StreetGraph g( lines, 0.5 );
    QVERIFY( g.stopsAtEnd( 2 ) && g.stopsAtEnd( 5 ) ); // the first leg along its line, the second against it
    QCOMPARE( g.transitionEnd( 2 ) - g.transitionBegin( 2 ), 0 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options( false, false, { { 0, 10 } } ) );
    QVERIFY( search.run() );
    QVERIFY( near( search.impact( { 2, 50, 0, 1 } ).speedMs, kCurve.speedAfter( kCurve.runup( 10 ) + 150 ) ) );
    QVERIFY( !search.impact( { 4, 50, 0, 1 } ).reachable );
    const std::vector<double> toward = search.maxSpeedTowardMs( { 4 } );
    QCOMPARE( toward[0], -1.0 );
    QCOMPARE( toward[1], -1.0 );
  }

  void badOptions()
  {
    const StreetGraph g( { line( { { 0, 0 }, { 100, 0 } } ) }, 0.5 );
    ApproachOptions o = options();
    o.kerbRadiusM = -1;
    QVERIFY_EXCEPTION_THROWN( ApproachSearch( g, AccelerationModel( kA0, kVmax ), o ), std::invalid_argument );
    o = options();
    o.digitisingToleranceM = std::nan( "" );
    QVERIFY_EXCEPTION_THROWN( ApproachSearch( g, AccelerationModel( kA0, kVmax ), o ), std::invalid_argument );
    o = options();
    o.rolloverThresholdG = 0;
    QVERIFY_EXCEPTION_THROWN( ApproachSearch( g, AccelerationModel( kA0, kVmax ), o ), std::invalid_argument );
  }

  void onewayRespectedOrIgnored()
  {
    // (0,0)->(100,0) one-way eastbound, then (100,0)->(200,0) two-way.
    const StreetGraph g( { line( { { 0, 0 }, { 100, 0 } }, OneWay::Forward ), line( { { 100, 0 }, { 200, 0 } } ) },
                         0.5 );
    const int westboundIntoOrigin = directedBetween( g, { 100, 0 }, { 0, 0 } );
    const int eastboundAtEnd = directedBetween( g, { 100, 0 }, { 200, 0 } );
    ApproachSearch ignoring( g, AccelerationModel( kA0, kVmax ), options( false ) );
    QVERIFY( ignoring.run() );
    QVERIFY( near( ignoring.impact( { westboundIntoOrigin, 100, 0, 1 } ).speedMs, kCurve.speedAfter( 200 ) ) );
    ApproachSearch respecting( g, AccelerationModel( kA0, kVmax ), options( true ) );
    QVERIFY( respecting.run() );
    QVERIFY( !respecting.impact( { westboundIntoOrigin, 100, 0, 1 } ).reachable );
    QVERIFY( near( respecting.impact( { eastboundAtEnd, 100, 0, 1 } ).speedMs, kCurve.speedAfter( 200 ) ) );
    // Toward the eastbound end (edges are numbered in line order): the one-way edge peaks at its end,
    // the other at the target.
    const std::vector<double> best = respecting.maxSpeedTowardMs( { eastboundAtEnd } );
    QVERIFY( near( best[0], kCurve.speedAfter( 100 ) ) );
    QVERIFY( near( best[1], kCurve.speedAfter( 200 ) ) );
  }

  void disconnectedComponents()
  {
    // Entry on the first road only; the second road (another component) cannot be reached.
    const StreetGraph g( { line( { { 0, 0 }, { 100, 0 } } ), line( { { 0, 50 }, { 100, 50 } } ) }, 0.5 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options( false, false, { { 0, 5 } } ) );
    QVERIFY( search.run() );
    QVERIFY( near( search.impact( { 0, 100, 0, 1 } ).speedMs, kCurve.speedAfter( kCurve.runup( 5 ) + 100 ) ) );
    QVERIFY( !search.impact( { 2, 100, 0, 1 } ).reachable );
    QVERIFY( !search.impact( { 3, 100, 0, 1 } ).reachable );
    const std::vector<double> best = search.maxSpeedTowardMs( { 0, 2 } );
    QVERIFY( best[0] > 0 );
    QCOMPARE( best[1], -1.0 ); // reachable from nowhere
  }

  void sharedGeometryGivesTheSameSearch()
  {
    // The ranged run's searches share one geometry (approachgeometry.h): each must be the very search that builds its
    // own, to the last bit, whichever way the shared radii are read (both frictions), entries at speed included.
    const StreetGraph g( openGroundGrid(), 0.5 );
    ApproachOptions o = options( false, true, { { 0, 12 }, { 7, 3 } } );
    const auto shared = std::make_shared<const ApproachGeometry>( g, o.kerbRadiusM, o.digitisingToleranceM );
    for ( const bool reaches : { true, false } )
    {
      o.friction = frictionWhereEnoughRadiusReachesTopSpeed( reaches );
      ApproachSearch own( g, AccelerationModel( kA0, kVmax ), o );
      ApproachSearch onShared( shared, AccelerationModel( kA0, kVmax ), o );
      QVERIFY( own.run() && onShared.run() );
      QCOMPARE( onShared.relaxations(), own.relaxations() );
      for ( int d = 0; d < g.directedEdgeCount(); ++d )
      {
        QCOMPARE( onShared.entrySpeedMs( d ), own.entrySpeedMs( d ) );
        const ImpactResult a = onShared.impact( { d, 20, 0, 1 } ), b = own.impact( { d, 20, 0, 1 } );
        QCOMPARE( a.speedMs, b.speedMs );
        QCOMPARE( a.route.size(), b.route.size() );
        for ( std::size_t k = 0; k < a.route.size(); ++k )
          QCOMPARE( a.route[k].speedMs, b.route[k].speedMs );
      }
    }
  }

  void gentleOpenGroundTurnCapsNothing()
  {
    // Two legs of 300 m meeting at 1 degree, 20 m of room beside them: the racing line is held by the runs, R = 20 +
    // 300 / tan(0.5 deg) = 34,396 m, where sqrt(0.7 g R) = 486 m/s is far beyond vmax: no cap. From rest at the
    // start, the impact at the far end is the straight run's over 600 m, whichever way the search reads the shared
    // radius at or beyond the top speed's (both frictions).
    const PlanePoint bend{ 300 * std::cos( kPi / 360 ), 300 * std::sin( kPi / 360 ) };
    const StreetGraph g( { leg( { 0, 0 }, bend, room( 20, 20, 300 ), room( 20, 20, 300 ) ),
                           leg( bend, { 2 * bend.x, 0 }, room( 20, 20, 300 ), room( 20, 20, 300 ) ) },
                         0.5 );
    for ( const bool reaches : { true, false } )
    {
      ApproachOptions o = options( false, false, { { 0, 0 } } );
      o.friction = frictionWhereEnoughRadiusReachesTopSpeed( reaches );
      ApproachSearch search( g, AccelerationModel( kA0, kVmax ), o );
      QVERIFY( search.run() );
      QVERIFY( near( search.impact( { 2, 300, 1, 0 } ).speedMs, kCurve.speedAfter( 600 ) ) );
    }
  }

  void geometryMustMatchTheOptions()
  {
    const StreetGraph g( { line( { { 0, 0 }, { 100, 0 } } ) }, 0.5 );
    const AccelerationModel model( kA0, kVmax );
    ApproachOptions o = options();
    QVERIFY_EXCEPTION_THROWN( ApproachSearch( std::shared_ptr<const ApproachGeometry>(), model, o ),
                              std::invalid_argument );
    const auto geometry = std::make_shared<const ApproachGeometry>( g, o.kerbRadiusM + 1, o.digitisingToleranceM );
    QVERIFY_EXCEPTION_THROWN( ApproachSearch( geometry, model, o ), std::invalid_argument );
    const auto tolerance = std::make_shared<const ApproachGeometry>( g, o.kerbRadiusM, o.digitisingToleranceM * 2 );
    QVERIFY_EXCEPTION_THROWN( ApproachSearch( tolerance, model, o ), std::invalid_argument );
    const ApproachSearch search( std::make_shared<const ApproachGeometry>( g, o.kerbRadiusM, o.digitisingToleranceM ),
                                 model, o );
    QCOMPARE( &search.geometry()->graph(), &g );
  }

  void impactAngles()
  {
    QVERIFY( near( impactAngleDeg( 1, 0, 0, 1 ), 90 ) );
    QVERIFY( near( impactAngleDeg( 1, 0, 1, 0 ), 0 ) );
    QVERIFY( near( impactAngleDeg( 1, 0, -1, 0 ), 0 ) );
    QVERIFY( near( impactAngleDeg( 1, 1, 0, -1 ), 45 ) );
  }
};

QTEST_APPLESS_MAIN( TestApproachSearch )
#include "test_approachsearch.moc"
