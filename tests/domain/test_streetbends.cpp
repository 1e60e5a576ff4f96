// Bends of a street graph (streetbends.h): bends across nodes where two edges meet, caps on both sides of such
// a node, rings, the widest carriageway, junction turns from simplified directions. Radii expected from the
// racing-line formula R = Ri + w / (1 - cos(theta/2)) worked out here.
#include "streetbends.h"

#include <QtTest/QtTest>

#include <cmath>
#include <random>

using namespace eventsecurity::domain;

namespace
{
StreetLine line( std::vector<PlanePoint> points, double width = 7 )
{
  StreetLine l;
  l.points = std::move( points );
  l.widthM = width;
  return l;
}

// Points on a left arc of radius r from angle a0 to a1 (radians from T1 = (0, 0), heading +x), `count` of them.
std::vector<PlanePoint> arc( double r, double a0, double a1, int count )
{
  std::vector<PlanePoint> points;
  for ( int i = 0; i < count; ++i )
  {
    const double a = a0 + ( a1 - a0 ) * i / ( count - 1 );
    points.push_back( { r * std::sin( a ), r - r * std::cos( a ) } );
  }
  return points;
}

// R of a 90 degree bend of centreline radius rc on a street w wide: (rc - w/2) + w / (1 - cos 45).
double quarterTurnRadius( double rc, double w )
{
  return rc - w / 2 + w / ( 1 - std::cos( kPi / 4 ) );
}

std::vector<BendCap> capsOf( const StreetBends &bends, int edge )
{
  std::vector<BendCap> caps;
  for ( int i = bends.capBegin( edge ); i < bends.capEnd( edge ); ++i )
    caps.push_back( bends.cap( i ) );
  return caps;
}
} // namespace

class TestStreetBends : public QObject
{
  Q_OBJECT

private slots:
  void bendAcrossAWaySplit();
  void widestCarriagewayCounts();
  void ringOfTwoWays();
  void junctionTurnFromSimplifiedDirections();
  void legsDoNotSplitAStreet();
  void badInput();
};

void TestStreetBends::bendAcrossAWaySplit()
{
  // A 90 degree, 20 m bend drawn with 9 points (so that the middle one, at 45 degrees, is a vertex) and 200 m
  // straights, split into two ways at its middle point: one bend, R = 16.5 + 23.8995 = 40.3995 m, its caps on
  // both edges; the middle point's cap on both, at their ends at that node.
  std::vector<PlanePoint> points{ { -200, 0 } };
  for ( const PlanePoint &p : arc( 20, 0, kPi / 2, 9 ) )
    points.push_back( p );
  points.push_back( { 20, 220 } );
  // The first way: the straight and arc points 0 to 4; the second: arc points 4 to 8 and the straight.
  const std::vector<PlanePoint> first( points.begin(), points.begin() + 6 );
  const std::vector<PlanePoint> second( points.begin() + 5, points.end() );
  const StreetGraph g( { line( first ), line( second ) }, 0.01 );
  QCOMPARE( g.edgeCount(), 2 );
  const StreetBends bends( g, 0.5 );
  const std::vector<BendCap> a = capsOf( bends, 0 ), b = capsOf( bends, 1 );
  QVERIFY( !a.empty() && !b.empty() );
  for ( const std::vector<BendCap> *caps : { &a, &b } )
    for ( const BendCap &cap : *caps )
      QVERIFY2( std::fabs( cap.radiusM - quarterTurnRadius( 20, 7 ) ) < 1e-6,
                qPrintable( QString::number( cap.radiusM ) ) );
  // The split node (45 degrees into the arc) is a cap point: at the end of the first edge, the start of the second.
  QVERIFY( std::fabs( a.back().offsetM - g.edgeLengthM( 0 ) ) < 1e-9 );
  QVERIFY( std::fabs( b.front().offsetM ) < 1e-9 );
  QVERIFY( !bends.isJunction( g.nearestNode( first.back(), 0.01 ) ) );
}

void TestStreetBends::widestCarriagewayCounts()
{
  // The same bend over a 5 m and a 9 m way: the racing line uses 9 m, R = (20 - 4.5) + 9 / (1 - cos 45).
  std::vector<PlanePoint> points{ { -200, 0 } };
  for ( const PlanePoint &p : arc( 20, 0, kPi / 2, 3 ) )
    points.push_back( p );
  const std::vector<PlanePoint> first( points.begin(), points.begin() + 3 ); // to the arc's middle
  const std::vector<PlanePoint> second{ points[2], points[3], { 20, 220 } };
  const StreetGraph g( { line( first, 5 ), line( second, 9 ) }, 0.01 );
  const StreetBends bends( g, 0.5 );
  for ( int edge : { 0, 1 } )
    for ( const BendCap &cap : capsOf( bends, edge ) )
      QVERIFY( std::fabs( cap.radiusM - quarterTurnRadius( 20, 9 ) ) < 1e-6 );
}

void TestStreetBends::ringOfTwoWays()
{
  // A closed 12-gon of circumradius 50 m drawn as two ways of six sides: one bend turning 2 pi (R = Ri + w =
  // 46.5 + 7 = 53.5 m), capped at all 12 vertices; the two nodes are vertices like the others.
  std::vector<PlanePoint> corners;
  for ( int i = 0; i <= 12; ++i )
    corners.push_back( { 50 * std::cos( i * kPi / 6 ), 50 * std::sin( i * kPi / 6 ) } );
  corners.back() = corners.front();
  const StreetGraph g( { line( std::vector<PlanePoint>( corners.begin(), corners.begin() + 7 ) ),
                         line( std::vector<PlanePoint>( corners.begin() + 6, corners.end() ) ) },
                       0.01 );
  const StreetBends bends( g, 0.5 );
  const std::vector<BendCap> a = capsOf( bends, 0 ), b = capsOf( bends, 1 );
  QCOMPARE( static_cast<int>( a.size() + b.size() ), 12 + 2 ); // each node's cap on both edges
  for ( const std::vector<BendCap> *caps : { &a, &b } )
    for ( const BendCap &cap : *caps )
      QVERIFY( std::fabs( cap.radiusM - 53.5 ) < 1e-6 );
}

void TestStreetBends::junctionTurnFromSimplifiedDirections()
{
  // A T junction at (100, 0); the street from the west ends with +-0.2 m of noise on its last metres, which
  // would tilt its last segment by up to 0.4 rad: the simplified direction keeps the turn north at 90 degrees.
  std::mt19937 random( 3 );
  std::uniform_real_distribution<double> noise( -0.2, 0.2 );
  std::vector<PlanePoint> west{ { 0, 0 } };
  for ( int i = 95; i < 100; ++i )
    west.push_back( { static_cast<double>( i ), noise( random ) } );
  west.push_back( { 100, 0 } );
  const StreetGraph g( { line( west ), line( { { 100, 0 }, { 100, 100 } } ), line( { { 100, 0 }, { 100, -100 } } ) },
                       0.01 );
  const StreetBends bends( g, 0.5 );
  const int node = g.nearestNode( { 100, 0 }, 0.01 );
  QVERIFY( bends.isJunction( node ) );
  int eastbound = -1, north = -1;
  for ( int d = 0; d < g.directedEdgeCount(); ++d )
  {
    if ( g.toNode( d ) == node && g.fromNode( d ) == g.nearestNode( { 0, 0 }, 0.01 ) )
      eastbound = d;
    if ( g.fromNode( d ) == node && g.toNode( d ) == g.nearestNode( { 100, 100 }, 0.01 ) )
      north = d;
  }
  QVERIFY( std::fabs( bends.junctionDeflectionRad( eastbound, north ) - kPi / 2 ) < 1e-9 );
  QVERIFY( capsOf( bends, 0 ).empty() ); // the noise makes no bend either
}

void TestStreetBends::legsDoNotSplitAStreet()
{
  // The 90 degree, 20 m bend drawn with 5 points on a 7 m street, as one line; open-ground legs (openground.h) meet
  // it at its middle vertex and at the end of its approach, making nodes of 3 edges there. Legs are not streets: the
  // street still runs through both as one chain, the bend is the same (R = 16.5 + 7 / (1 - cos 45) at each of its
  // vertices) and neither node is a junction.
  std::vector<PlanePoint> points{ { -200, 0 } };
  for ( const PlanePoint &p : arc( 20, 0, kPi / 2, 5 ) )
    points.push_back( p );
  points.push_back( { 20, 220 } );
  StreetLine legTo = line( { points[3], { 100, -50 } } ), legFrom = line( { { -250, 50 }, points[1] } );
  legTo.openGround = legFrom.openGround = true;
  const StreetGraph g( { line( points ), legTo, legFrom }, 0.01 );
  QCOMPARE( g.edgeCount(), 5 ); // the street in three pieces, two legs
  const StreetBends bends( g, 0.5 );
  QVERIFY( !bends.isJunction( g.nearestNode( points[3], 0.01 ) ) );
  QVERIFY( !bends.isJunction( g.nearestNode( points[1], 0.01 ) ) );
  int caps = 0;
  for ( int edge = 0; edge < g.edgeCount(); ++edge )
  {
    if ( g.isOpenGround( edge ) )
    {
      QVERIFY( capsOf( bends, edge ).empty() );
      continue;
    }
    for ( const BendCap &cap : capsOf( bends, edge ) )
    {
      QVERIFY( std::fabs( cap.radiusM - quarterTurnRadius( 20, 7 ) ) < 1e-6 );
      ++caps;
    }
  }
  QCOMPARE( caps, 5 + 2 ); // the 5 arc points, those at the two nodes on both edges
}

void TestStreetBends::badInput()
{
  const StreetGraph g( { line( { { 0, 0 }, { 1, 0 } } ) }, 0.01 );
  QVERIFY_EXCEPTION_THROWN( StreetBends( g, -1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( StreetBends( g, std::nan( "" ) ), std::invalid_argument );
  const StreetGraph none( {}, 0.01 );
  const StreetBends empty( none, 0.5 );
  Q_UNUSED( empty ); // an empty graph has no chains
}

QTEST_APPLESS_MAIN( TestStreetBends )
#include "test_streetbends.moc"
