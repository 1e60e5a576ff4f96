// The approach search's geometry (approachgeometry.h): every transition's turn radius, computed once per graph. Each
// is checked against the direct computation from the graph's own points and rooms (directions worked out here, not
// read from the cache), a junction against the racing-line formula by hand, and the early stop at enoughM against the
// rule the search relies on to share the radii between vehicles (approachsearch.h, SET-UP).
#include "approachgeometry.h"
#include "opengroundturn.h"
#include "streetgraph.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>

using namespace eventsecurity::domain;

namespace
{
constexpr double kInf = std::numeric_limits<double>::infinity();

StreetLine street( std::vector<PlanePoint> points, double widthM )
{
  StreetLine l;
  l.points = std::move( points );
  l.widthM = widthM;
  return l;
}

// An open-ground leg from a to b with the rooms at its ends (openground.h), a stop at its end if asked.
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

// 60 legs between 25 random points of a 200 m square, with random rooms and runs (some unknown: infinite), every
// fifth ending at a stop, and a street through the square: open-ground turns of every angle, sense and room.
std::vector<StreetLine> randomOpenGround( std::uint64_t seed )
{
  std::mt19937_64 random( seed );
  const auto uniform = [&]( double low, double high )
  { return low + ( high - low ) * static_cast<double>( random() >> 11 ) * 0x1.0p-53; };
  std::vector<PlanePoint> points;
  for ( int i = 0; i < 25; ++i )
    points.push_back( { uniform( 0, 200 ), uniform( 0, 200 ) } );
  const auto randomRoom = [&]( double legM )
  {
    const double run = uniform( 0, 1 ) < 0.1 ? kInf : legM + uniform( 0, 50 );
    return DirectionRoom{ uniform( 0, 20 ), uniform( 0, 1 ) < 0.2 ? 0.0 : uniform( 0, 20 ), run };
  };
  std::vector<StreetLine> lines{ street( { { 0, 100 }, { 100, 100 }, { 200, 100 } }, 7 ) };
  for ( int k = 0; k < 60; ++k )
  {
    const PlanePoint a = points[random() % points.size()], b = points[random() % points.size()];
    const double length = std::hypot( b.x - a.x, b.y - a.y );
    if ( length < 1 )
      continue;
    lines.push_back( leg( a, b, randomRoom( length ), randomRoom( length ), k % 5 == 0 ) );
  }
  return lines;
}

// Unit direction of the directed edge's last segment (arriving) or first (leaving), from its points.
PlanePoint direction( const StreetGraph &g, int directed, bool arriving )
{
  const int count = g.edgePointCount( StreetGraph::edgeOf( directed ) );
  const PlanePoint a = g.directedPoint( directed, arriving ? count - 2 : 0 );
  const PlanePoint b = g.directedPoint( directed, arriving ? count - 1 : 1 );
  const double length = std::hypot( b.x - a.x, b.y - a.y );
  return { ( b.x - a.x ) / length, ( b.y - a.y ) / length };
}

bool involvesOpenGround( const StreetGraph &g, int from, int to )
{
  return g.isOpenGround( StreetGraph::edgeOf( from ) ) || g.isOpenGround( StreetGraph::edgeOf( to ) );
}
} // namespace

class TestApproachGeometry : public QObject
{
  Q_OBJECT

private slots:
  void junctionTurnIsTheRacingLineRoundTheKerb()
  {
    // A crossing of a 7 m street (west-east) and a 9 m one (south-north). West to north turns by 90 degrees: the
    // racing line cuts the corner across the mean width w = 8 m round a kerb of 15 m: R = 15 + 8 / (1 - cos 45) =
    // 15 + 8 / 0.29289 = 42.31 m. Straight across, no cap (+infinity).
    const StreetGraph g( { street( { { -100, 0 }, { 0, 0 } }, 7 ), street( { { 0, 0 }, { 100, 0 } }, 7 ),
                           street( { { 0, -100 }, { 0, 0 } }, 9 ), street( { { 0, 0 }, { 0, 100 } }, 9 ) },
                         0.5 );
    const ApproachGeometry geometry( g, 15, 0.5 );
    const int westIn = 0, eastOut = 2, northOut = 6; // directed edges along their lines
    QVERIFY( std::fabs( geometry.turnRadiusM( westIn, northOut ) - ( 15 + 8 / ( 1 - std::cos( kPi / 4 ) ) ) ) < 1e-9 );
    QCOMPARE( geometry.turnRadiusM( westIn, eastOut ), kInf );
    for ( int t = g.transitionBegin( westIn ); t < g.transitionEnd( westIn ); ++t )
      QCOMPARE( geometry.transitionRadiusM( t ), geometry.turnRadiusM( westIn, g.transitionTarget( t ) ) );
  }

  void twoStreetNodeCapsNothing()
  {
    // A street drawn as two lines meeting at a node with no third: its turn there belongs to its bend (streetbends.h).
    const StreetGraph g( { street( { { 0, 0 }, { 100, 0 } }, 7 ), street( { { 100, 0 }, { 150, 50 } }, 7 ) }, 0.5 );
    const ApproachGeometry geometry( g, 15, 0.5 );
    QCOMPARE( geometry.transitionRadiusM( g.transitionBegin( 0 ) ), kInf );
  }

  void transitionRadiiAreTheDirectOnes()
  {
    // Every open-ground turn's cached radius is openGroundTurnRadiusM of the two legs' directions and rooms, with the
    // run ahead unlimited into a stop (the impact may come mid-turn).
    for ( const std::uint64_t seed : { 1, 2, 3 } )
    {
      const StreetGraph g( randomOpenGround( seed ), 0.5 );
      const ApproachGeometry geometry( g, 15, 0.5 );
      int checked = 0;
      for ( int d = 0; d < g.directedEdgeCount(); ++d )
        for ( int t = g.transitionBegin( d ); t < g.transitionEnd( d ); ++t )
        {
          const int to = g.transitionTarget( t );
          if ( !involvesOpenGround( g, d, to ) )
            continue;
          DirectionRoom ahead = g.startRoom( to );
          if ( g.stopsAtEnd( to ) )
            ahead.runM = kInf;
          const double direct = openGroundTurnRadiusM(
              direction( g, d, true ), g.startRoom( StreetGraph::reverseOf( d ) ), direction( g, to, false ), ahead );
          QCOMPARE( geometry.transitionRadiusM( t ), direct );
          ++checked;
        }
      QVERIFY( checked > 300 );
    }
  }

  void radiusStopsEarlyOnlyBeyondEnough()
  {
    // The rule a search uses to read a shared radius R (computed without an early stop) as the radius it would have
    // computed with its own enoughM: below enoughM the same number exactly; at or beyond it, at least enoughM.
    const StreetGraph g( randomOpenGround( 4 ), 0.5 );
    const ApproachGeometry geometry( g, 15, 0.5 );
    int below = 0, beyond = 0, stoppedEarly = 0;
    for ( int d = 0; d < g.directedEdgeCount(); ++d )
      for ( int t = g.transitionBegin( d ); t < g.transitionEnd( d ); ++t )
      {
        const double radius = geometry.transitionRadiusM( t );
        if ( !std::isfinite( radius ) || radius == 0 )
          continue;
        for ( const double enough : { 0.5 * radius, 0.999 * radius, radius, 1.001 * radius, 2 * radius, 5.0, 80.0 } )
        {
          const double early = geometry.turnRadiusM( d, g.transitionTarget( t ), enough );
          if ( radius < enough )
          {
            QCOMPARE( early, radius );
            ++below;
          }
          else
          {
            QVERIFY( early >= enough );
            QVERIFY( early <= radius );
            ++beyond;
            stoppedEarly += early < radius;
          }
        }
      }
    QVERIFY( below > 500 && beyond > 500 );
    QVERIFY( stoppedEarly > 100 ); // the early stop did act: the rule is not checked on equal numbers only
  }

  void badInputs()
  {
    const StreetGraph g( { street( { { 0, 0 }, { 100, 0 } }, 7 ) }, 0.5 );
    QVERIFY_EXCEPTION_THROWN( ApproachGeometry( g, -1, 0.5 ), std::invalid_argument );
    QVERIFY_EXCEPTION_THROWN( ApproachGeometry( g, std::nan( "" ), 0.5 ), std::invalid_argument );
    QVERIFY_EXCEPTION_THROWN( ApproachGeometry( g, 15, -1 ), std::invalid_argument );
  }
};

QTEST_APPLESS_MAIN( TestApproachGeometry )
#include "test_approachgeometry.moc"
