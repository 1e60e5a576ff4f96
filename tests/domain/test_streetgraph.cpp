// Street graph construction (streetgraph.h): snapping, splitting at shared vertices, one-way flags,
// transitions and their deflection angles. Expected counts and angles worked out by hand from the drawings.
#include "streetgraph.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace eventsecurity::domain;

namespace
{
StreetLine line( std::vector<PlanePoint> points, OneWay oneway = OneWay::No, bool drivable = true )
{
  StreetLine l;
  l.points = std::move( points );
  l.oneway = oneway;
  l.drivable = drivable;
  return l;
}

// The transition from directed edge `from` into `to`, or -1.
int transition( const StreetGraph &g, int from, int to )
{
  for ( int t = g.transitionBegin( from ); t < g.transitionEnd( from ); ++t )
    if ( g.transitionTarget( t ) == to )
      return t;
  return -1;
}

// The directed edge from node a to node b, or -1.
int directedBetween( const StreetGraph &g, int a, int b )
{
  for ( int i = g.outgoingBegin( a ); i < g.outgoingEnd( a ); ++i )
    if ( g.toNode( g.outgoingEdge( i ) ) == b )
      return g.outgoingEdge( i );
  return -1;
}
} // namespace

class TestStreetGraph : public QObject
{
  Q_OBJECT

private slots:
  void twoLinesMeetAtAnEnd()
  {
    // (0,0)->(100,0) then (100,0)->(100,50): an L, 3 nodes, 2 edges, a 90 degree turn.
    const StreetGraph g( { line( { { 0, 0 }, { 100, 0 } } ), line( { { 100, 0 }, { 100, 50 } } ) }, 0.5 );
    QCOMPARE( g.nodeCount(), 3 );
    QCOMPARE( g.edgeCount(), 2 );
    QCOMPARE( g.edgeLengthM( 0 ), 100.0 );
    QCOMPARE( g.edgeLengthM( 1 ), 50.0 );
    const int corner = g.nearestNode( { 100, 0 }, 0.01 );
    const int west = g.nearestNode( { 0, 0 }, 0.01 );
    const int north = g.nearestNode( { 100, 50 }, 0.01 );
    const int east = directedBetween( g, west, corner );
    const int up = directedBetween( g, corner, north );
    QVERIFY( east >= 0 && up >= 0 );
    const int t = transition( g, east, up );
    QVERIFY( t >= 0 );
    QVERIFY( std::fabs( g.transitionDeflectionRad( t ) - kPi / 2 ) < 1e-6 );
    // No U-turn: the only way on from `east` is `up`; a dead end has no way on.
    QCOMPARE( g.transitionEnd( east ) - g.transitionBegin( east ), 1 );
    QCOMPARE( g.transitionEnd( up ) - g.transitionBegin( up ), 0 );
  }

  void snapsEndsWithinTolerance()
  {
    // The second line starts 0.3 m from the end of the first.
    const std::vector<StreetLine> lines{ line( { { 0, 0 }, { 100, 0 } } ), line( { { 100.3, 0 }, { 200, 0 } } ) };
    const StreetGraph snapped( lines, 0.5 );
    QCOMPARE( snapped.nodeCount(), 3 );
    QCOMPARE( snapped.edgeCount(), 2 );
    // The snapped end takes the first point met: the second edge now starts at (100,0) and is 100 m long.
    QCOMPARE( snapped.edgeLengthM( 1 ), 100.0 );
    const StreetGraph apart( lines, 0.1 );
    QCOMPARE( apart.nodeCount(), 4 );
    QCOMPARE( apart.edgeCount(), 2 );
    QCOMPARE( snapped.lineEndNode( 0 ), snapped.lineStartNode( 1 ) );
    QVERIFY( apart.lineEndNode( 0 ) != apart.lineStartNode( 1 ) );
    // Tolerance 0: only identical points join.
    QCOMPARE( StreetGraph( lines, 0 ).nodeCount(), 4 );
  }

  void splitsAtSharedInnerVertex()
  {
    // A cross whose lines share their middle vertex (10,0): 5 nodes, 4 edges of 10 m.
    const StreetGraph g( { line( { { 0, 0 }, { 10, 0 }, { 20, 0 } } ), line( { { 10, -10 }, { 10, 0 }, { 10, 10 } } ) },
                         0.5 );
    QCOMPARE( g.nodeCount(), 5 );
    QCOMPARE( g.edgeCount(), 4 );
    for ( int e = 0; e < 4; ++e )
      QCOMPARE( g.edgeLengthM( e ), 10.0 );
    const int centre = g.nearestNode( { 10, 0 }, 0.01 );
    QCOMPARE( g.outgoingEnd( centre ) - g.outgoingBegin( centre ), 4 );
    // Coming from the west: straight on (0), left and right (pi/2).
    const int fromWest = directedBetween( g, g.nearestNode( { 0, 0 }, 0.01 ), centre );
    const int toEast = directedBetween( g, centre, g.nearestNode( { 20, 0 }, 0.01 ) );
    const int toNorth = directedBetween( g, centre, g.nearestNode( { 10, 10 }, 0.01 ) );
    QCOMPARE( g.transitionEnd( fromWest ) - g.transitionBegin( fromWest ), 3 );
    QCOMPARE( g.transitionDeflectionRad( transition( g, fromWest, toEast ) ), 0.0 );
    QVERIFY( std::fabs( g.transitionDeflectionRad( transition( g, fromWest, toNorth ) ) - kPi / 2 ) < 1e-6 );
  }

  void keepsBendInsideALine()
  {
    // One line with a bend at (100,0) used by nothing else: one edge of three points.
    const StreetGraph g( { line( { { 0, 0 }, { 100, 0 }, { 100, 150 } } ) }, 0.5 );
    QCOMPARE( g.nodeCount(), 2 );
    QCOMPARE( g.edgeCount(), 1 );
    QCOMPARE( g.edgePointCount( 0 ), 3 );
    QCOMPARE( g.edgeLengthM( 0 ), 250.0 );
    // Driven backwards, the points come in reverse order.
    QCOMPARE( g.directedPoint( 1, 0 ).y, 150.0 );
    QCOMPARE( g.directedPoint( 1, 2 ).x, 0.0 );
  }

  void crossingWithoutSharedVertexDoesNotConnect()
  {
    // A bridge: the lines cross at (10,0) but have no vertex there.
    const StreetGraph g( { line( { { 0, 0 }, { 20, 0 } } ), line( { { 10, -10 }, { 10, 10 } } ) }, 0.5 );
    QCOMPARE( g.nodeCount(), 4 );
    QCOMPARE( g.edgeCount(), 2 );
    for ( int d = 0; d < g.directedEdgeCount(); ++d )
      QCOMPARE( g.transitionEnd( d ) - g.transitionBegin( d ), 0 );
  }

  void leavesOutUndrivableAndDegenerateLines()
  {
    const StreetGraph g( { line( { { 0, 0 }, { 100, 0 } } ), line( { { 100, 0 }, { 200, 0 } }, OneWay::No, false ),
                           line( { { 300, 0 }, { 300.2, 0 } } ), line( { { 400, 0 } } ) },
                         0.5 );
    QCOMPARE( g.edgeCount(), 1 );
    QCOMPARE( g.nodeCount(), 2 );
    QCOMPARE( g.lineStartNode( 1 ), -1 );
    QCOMPARE( g.lineStartNode( 2 ), -1 );
    QCOMPARE( g.lineEndNode( 3 ), -1 );
  }

  void onewayFlags()
  {
    const StreetGraph g( { line( { { 0, 0 }, { 10, 0 } }, OneWay::Forward ),
                           line( { { 0, 10 }, { 10, 10 } }, OneWay::Backward ), line( { { 0, 20 }, { 10, 20 } } ) },
                         0.5 );
    QCOMPARE( g.edgeCount(), 3 );
    QVERIFY( g.onewayAllows( 0 ) && !g.onewayAllows( 1 ) );
    QVERIFY( !g.onewayAllows( 2 ) && g.onewayAllows( 3 ) );
    QVERIFY( g.onewayAllows( 4 ) && g.onewayAllows( 5 ) );
  }

  void closedLineIsALoopEdge()
  {
    // A square drawn as one closed line: one node (its start), one edge from it to itself.
    const StreetGraph g( { line( { { 0, 0 }, { 10, 0 }, { 10, 10 }, { 0, 10 }, { 0, 0 } } ) }, 0.5 );
    QCOMPARE( g.nodeCount(), 1 );
    QCOMPARE( g.edgeCount(), 1 );
    QCOMPARE( g.fromNode( 0 ), g.toNode( 0 ) );
    QCOMPARE( g.edgeLengthM( 0 ), 40.0 );
    // Round and round: 0 -> 0 with the corner at (0,0) (90 degrees); never onto its reverse.
    QCOMPARE( g.transitionEnd( 0 ) - g.transitionBegin( 0 ), 1 );
    QCOMPARE( g.transitionTarget( g.transitionBegin( 0 ) ), 0 );
    QVERIFY( std::fabs( g.transitionDeflectionRad( g.transitionBegin( 0 ) ) - kPi / 2 ) < 1e-6 );
  }

  void openGroundFieldsReachTheGraph()
  {
    // A leg-like line (0,0) -> (10,0) -> (20,0) split at (10,0), where a street ends; rooms given per point
    // (left, right, run as leftM = 10 * point + 1 ahead, + 2 behind...), stops at both ends.
    StreetLine legLine = line( { { 0, 0 }, { 10, 0 }, { 20, 0 } } );
    legLine.openGround = true;
    legLine.stopAtStart = legLine.stopAtEnd = true;
    legLine.rooms.resize( 3 );
    for ( int i = 0; i < 3; ++i )
    {
      legLine.rooms[static_cast<std::size_t>( i )].ahead.leftM = 10 * i + 1;
      legLine.rooms[static_cast<std::size_t>( i )].behind.leftM = 10 * i + 2;
    }
    const StreetGraph g( { legLine, line( { { 10, 0 }, { 10, 50 } } ) }, 0.5 );
    QCOMPARE( g.edgeCount(), 3 );
    QVERIFY( g.isOpenGround( 0 ) && g.isOpenGround( 1 ) && !g.isOpenGround( 2 ) );
    // Edge 0 = points 0..1, edge 1 = points 1..2: along the line each leaves its first point (ahead), against it
    // its last (behind).
    QCOMPARE( g.startRoom( 0 ).leftM, 1.0 );
    QCOMPARE( g.startRoom( 1 ).leftM, 12.0 );
    QCOMPARE( g.startRoom( 2 ).leftM, 11.0 );
    QCOMPARE( g.startRoom( 3 ).leftM, 22.0 );
    QVERIFY( std::isinf( g.startRoom( 4 ).leftM ) && std::isinf( g.startRoom( 4 ).runM ) ); // the street: none
    // The line's ends are stops: nothing follows the directed edges arriving there (1 at (0,0), 2 at (20,0)),
    // nothing leads into the ones leaving them (0 and 3); the rest turn as usual at (10,0).
    QVERIFY( g.stopsAtEnd( 1 ) && g.stopsAtEnd( 2 ) && !g.stopsAtEnd( 0 ) && !g.stopsAtEnd( 3 ) );
    QCOMPARE( g.transitionEnd( 1 ) - g.transitionBegin( 1 ), 0 );
    QCOMPARE( g.transitionEnd( 2 ) - g.transitionBegin( 2 ), 0 );
    QVERIFY( transition( g, 0, 2 ) >= 0 && transition( g, 0, 4 ) >= 0 && transition( g, 3, 1 ) >= 0 );
    QVERIFY( transition( g, 5, 2 ) >= 0 && transition( g, 5, 1 ) >= 0 );
    for ( int d = 0; d < g.directedEdgeCount(); ++d )
      QVERIFY( transition( g, d, 0 ) < 0 && transition( g, d, 3 ) < 0 );
    // Rooms of the wrong count are ignored (none): the line's points decide.
    StreetLine wrong = legLine;
    wrong.rooms.pop_back();
    QVERIFY( std::isinf( StreetGraph( { wrong }, 0.5 ).startRoom( 0 ).leftM ) );
  }

  void deflectionAngles()
  {
    QCOMPARE( deflectionRad( { 0, 0 }, { 1, 0 }, { 2, 0 } ), 0.0 );
    QVERIFY( std::fabs( deflectionRad( { 0, 0 }, { 1, 0 }, { 0, 0 } ) - kPi ) < 1e-12 );
    // 45 degrees either side: the sign does not matter.
    QVERIFY( std::fabs( deflectionRad( { 0, 0 }, { 1, 0 }, { 2, 1 } ) - kPi / 4 ) < 1e-12 );
    QVERIFY( std::fabs( deflectionRad( { 0, 0 }, { 1, 0 }, { 2, -1 } ) - kPi / 4 ) < 1e-12 );
  }
};

QTEST_APPLESS_MAIN( TestStreetGraph )
#include "test_streetgraph.moc"
