// Maximum approach speed search (approachsearch.h) on analytic networks. Expected speeds come from the
// closed forms of tests/common/analyticapproach.h (run-up and bend limit), not from the code under test.
#include "analyticapproach.h"
#include "approachsearch.h"
#include "streetgraph.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace eventsecurity::domain;

namespace
{
constexpr double kA0 = 2.0;    // m/s^2
constexpr double kVmax = 30.0; // m/s
constexpr double kMu = 0.7;
constexpr double kWidth = 7.0; // m

using eventsecurity::test::AccelerationCurve;
constexpr AccelerationCurve kCurve{ kA0, kVmax };

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
      QVERIFY( near( r.runupM, d ) );
      QVERIFY( near( r.startSpeedMs, 0 ) );
      QVERIFY( near( r.angleDeg, 90 ) ); // travelling along x into a perimeter along y: head-on
    }
    // The other way is the same road.
    QVERIFY( near( search.impact( { 1, 200, 0, 1 } ).speedMs, kCurve.speedAfter( 200 ) ) );
    // A distance off the edge is taken at its nearer end (found by the fuzzer: -5 m gave a negative run-up).
    QVERIFY( near( search.impact( { 0, -5, 0, 1 } ).runupM, 0 ) );
    QVERIFY( near( search.impact( { 0, std::nan( "" ), 0, 1 } ).speedMs, 0 ) );
    QVERIFY( near( search.impact( { 0, 1e9, 0, 1 } ).speedMs, kCurve.speedAfter( 200 ) ) );
    // 1 km straight gets close to, never above, vmax.
    const StreetGraph long_( { line( { { 0, 0 }, { 5000, 0 } } ) }, 0.5 );
    ApproachSearch longSearch( long_, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( longSearch.run() );
    const double top = longSearch.impact( { 0, 5000, 0, 1 } ).speedMs;
    QVERIFY( near( top, kCurve.speedAfter( 5000 ) ) );
    QVERIFY( top < kVmax );
  }

  void entrySpeed()
  {
    // Entering at 10 m/s, no resting starts: S(v) = S(10) + L.
    const StreetGraph g( { line( { { 0, 0 }, { 200, 0 } } ) }, 0.5 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options( false, false, { { 0, 10 } } ) );
    QVERIFY( search.run() );
    QVERIFY( near( search.impact( { 0, 200, 0, 1 } ).speedMs, kCurve.speedAfter( kCurve.runup( 10 ) + 200 ) ) );
    QVERIFY( near( search.impact( { 0, 200, 0, 1 } ).startSpeedMs, 10 ) );
    QVERIFY( !search.impact( { 1, 200, 0, 1 } ).reachable ); // nobody enters the other way
  }

  void cornerCapsSpeed()
  {
    // 100 m east, a 90 degree corner, 150 m north. From rest 100 m gives more than the corner allows
    // (S(v) = 100 m: about 19 m/s), so the corner's limit c binds and the vehicle accelerates from c.
    const double c = bendLimit( kPi / 2 ); // R = 7 / (1 - cos 45 deg) = 23.9 m: c = 12.8 m/s
    QVERIFY( kCurve.speedAfter( 100 ) > c );
    const StreetGraph g( { line( { { 0, 0 }, { 100, 0 } } ), line( { { 100, 0 }, { 100, 150 } } ) }, 0.5 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    const int north = directedBetween( g, { 100, 0 }, { 100, 150 } );
    const ImpactResult r = search.impact( { north, 150, 1, 0 } );
    const double expected = kCurve.speedAfter( kCurve.runup( c ) + 150 );
    QVERIFY( near( r.speedMs, expected ) );
    QVERIFY( near( r.runupM, 250 ) );
    QVERIFY( near( r.angleDeg, 90 ) );
    // The route: rest at (0,0), c through the corner, the impact speed at (100,150).
    QCOMPARE( static_cast<int>( r.route.size() ), 3 );
    QVERIFY( near( r.route[0].point.x, 0 ) && near( r.route[0].speedMs, 0 ) );
    QVERIFY( near( r.route[1].point.x, 100 ) && near( r.route[1].speedMs, c ) );
    QVERIFY( near( r.route[2].point.y, 150 ) && near( r.route[2].speedMs, expected ) );
    // A perimeter at 45 degrees to the approach.
    QVERIFY( near( search.impact( { north, 150, 1, 1 } ).angleDeg, 45 ) );
  }

  void cornerThatDoesNotBind()
  {
    // Only 20 m before the corner: S = 20 m gives less than c, so the run-ups add up: S = 20 + 150.
    QVERIFY( kCurve.speedAfter( 20 ) < bendLimit( kPi / 2 ) );
    const StreetGraph g( { line( { { 80, 0 }, { 100, 0 } } ), line( { { 100, 0 }, { 100, 150 } } ) }, 0.5 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    const int north = directedBetween( g, { 100, 0 }, { 100, 150 } );
    QVERIFY( near( search.impact( { north, 150, 1, 0 } ).speedMs, kCurve.speedAfter( 170 ) ) );
  }

  void junctionUsesMeanWidth()
  {
    // A 90 degree corner between a 4 m and a 10 m carriageway: R from their mean, 7 m.
    const StreetGraph g(
        { line( { { 0, 0 }, { 100, 0 } }, OneWay::No, 4 ), line( { { 100, 0 }, { 100, 150 } }, OneWay::No, 10 ) },
        0.5 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    const int north = directedBetween( g, { 100, 0 }, { 100, 150 } );
    QVERIFY(
        near( search.impact( { north, 150, 1, 0 } ).speedMs, kCurve.speedAfter( kCurve.runup( bendLimit( kPi / 2 ) ) + 150 ) ) );
  }

  void bendInsideOneLine()
  {
    // The same corner as a vertex inside one line: the same speeds.
    const double c = bendLimit( kPi / 2 );
    const StreetGraph g( { line( { { 0, 0 }, { 100, 0 }, { 100, 150 } } ) }, 0.5 );
    QCOMPARE( g.edgeCount(), 1 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    QVERIFY( near( search.impact( { 0, 250, 1, 0 } ).speedMs, kCurve.speedAfter( kCurve.runup( c ) + 150 ) ) );
    QVERIFY( near( search.impact( { 0, 50, 0, 1 } ).speedMs, kCurve.speedAfter( 50 ) ) ); // before the bend
    QVERIFY( near( search.impact( { 0, 130, 1, 0 } ).speedMs, kCurve.speedAfter( kCurve.runup( c ) + 30 ) ) );
    const ImpactResult r = search.impact( { 0, 250, 1, 0 } );
    QCOMPARE( static_cast<int>( r.route.size() ), 3 );
    QVERIFY( near( r.route[1].speedMs, c ) );
    // The bend still caps the speed carried into the next street (straight on at (100,150)).
    const StreetGraph twoLines(
        { line( { { 0, 0 }, { 100, 0 }, { 100, 150 } } ), line( { { 100, 150 }, { 100, 300 } } ) }, 0.5 );
    ApproachSearch twoSearch( twoLines, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( twoSearch.run() );
    const int onward = directedBetween( twoLines, { 100, 150 }, { 100, 300 } );
    QVERIFY( near( twoSearch.impact( { onward, 150, 1, 0 } ).speedMs, kCurve.speedAfter( kCurve.runup( c ) + 300 ) ) );
    // Highest speed on the edge toward its end: the impact speed (the bend is slower than both ends).
    const std::vector<double> best = search.maxSpeedTowardMs( { 0 } );
    QVERIFY( near( best[0], kCurve.speedAfter( kCurve.runup( c ) + 150 ) ) );
  }

  void squareLoopAndSpur()
  {
    // A 100 m square (corners 90 degrees) with a 50 m spur leaving (0,0) straight on from the side coming
    // down from (0,100). Best: reach (0,100) at the corner limit c, 100 m down, straight on 50 m.
    const double c = bendLimit( kPi / 2 );
    const StreetGraph g(
        { line( { { 0, 0 }, { 100, 0 }, { 100, 100 }, { 0, 100 }, { 0, 0 } } ), line( { { 0, 0 }, { 0, -50 } } ) },
        0.5 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    const int spur = directedBetween( g, { 0, 0 }, { 0, -50 } );
    const ImpactResult r = search.impact( { spur, 50, 1, 0 } );
    QVERIFY( near( r.speedMs, kCurve.speedAfter( kCurve.runup( c ) + 150 ) ) );
    for ( const RoutePoint &p : r.route )
      QVERIFY( p.speedMs <= kVmax );
  }

  void loopNeedsLaps()
  {
    // A 12-sided loop of 10 m sides (30 degree bends) on a 2 m carriageway: the bend limit c (about
    // 20 m/s) needs S(c) = 194 m, more than the 110 m of any path that does not repeat an edge: only going
    // round and round reaches it. Every bend then passes at c.
    const double c = bendLimit( kPi / 6, 2 );
    QVERIFY( kCurve.runup( c ) > 120 );
    std::vector<PlanePoint> ring;
    const double radius = 5 / std::sin( kPi / 12 ); // side 10 m
    for ( int i = 0; i <= 12; ++i )
      ring.push_back( { radius * std::cos( i * kPi / 6 ), radius * std::sin( i * kPi / 6 ) } );
    ring.back() = ring.front();
    const StreetGraph g( { line( ring, OneWay::No, 2 ) }, 0.01 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    QVERIFY( near( search.entrySpeedMs( 0 ), c ) );
    QVERIFY( near( search.impact( { 0, 5, 1, 0 } ).speedMs, kCurve.speedAfter( kCurve.runup( c ) + 5 ), 1e-5 ) );
    // The route goes round: it is cut where it would repeat and starts at speed.
    const ImpactResult r = search.impact( { 0, 5, 1, 0 } );
    QVERIFY( r.startSpeedMs > 0 );
  }

  void slowVehicleLapsToTheBendLimit()
  {
    // The loop of loopNeedsLaps with a0 = 1e-6 m/s^2: S(c) = (vmax/a0)(-c - vmax ln(1 - c/vmax)) is about
    // 4e8 m, some 3.5 million laps of 120 m. Lapping a cycle is D -> min(D + L, C), so the search composes
    // the lap and jumps to C = S(c): the speed is still exactly c, after a handful of improvements.
    const AccelerationCurve slow{ 1e-6, kVmax };
    const double c = bendLimit( kPi / 6, 2 );
    QVERIFY( slow.runup( c ) / 120 > 1e6 );
    std::vector<PlanePoint> ring;
    const double radius = 5 / std::sin( kPi / 12 );
    for ( int i = 0; i <= 12; ++i )
      ring.push_back( { radius * std::cos( i * kPi / 6 ), radius * std::sin( i * kPi / 6 ) } );
    ring.back() = ring.front();
    const StreetGraph g( { line( ring, OneWay::No, 2 ) }, 0.01 );
    ApproachSearch search( g, AccelerationModel( slow.a0, slow.vmax ), options() );
    QVERIFY( search.run() );
    QVERIFY( near( search.entrySpeedMs( 0 ), c ) );
    QVERIFY( near( search.entrySpeedMs( 1 ), c ) );
    // Two directed states, each improved up to kLapCheck times before its lap is composed.
    QVERIFY2( search.relaxations() <= 4 * ApproachSearch::kLapCheck, qPrintable( QString::number( search.relaxations() ) ) );
  }

  void gentleLoopTendsToVmax()
  {
    // The same loop on a 7 m carriageway: 30 degree bends allow more than vmax, so each lap adds speed:
    // the search must still stop, at vmax.
    QVERIFY( bendLimit( kPi / 6 ) > kVmax );
    std::vector<PlanePoint> ring;
    const double radius = 5 / std::sin( kPi / 12 );
    for ( int i = 0; i <= 12; ++i )
      ring.push_back( { radius * std::cos( i * kPi / 6 ), radius * std::sin( i * kPi / 6 ) } );
    ring.back() = ring.front();
    const StreetGraph g( { line( ring ) }, 0.01 );
    ApproachSearch search( g, AccelerationModel( kA0, kVmax ), options() );
    QVERIFY( search.run() );
    const double v = search.impact( { 0, 5, 1, 0 } ).speedMs;
    QVERIFY( v <= kVmax );
    QVERIFY( v > kVmax * ( 1 - 1e-5 ) );
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
