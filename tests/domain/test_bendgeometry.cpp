// Bends from a drawn centreline (bendgeometry.h): simplification, runs, radius, tangent corners. Drawings are
// built here from their circles; expected radii are the circles' own.
#include "bendgeometry.h"

#include <QtTest/QtTest>

#include <cmath>
#include <random>
#include <stdexcept>

using namespace eventsecurity::domain;

namespace
{
// A straight of straightM along +x to T1 = (0, 0), a left bend of centreline radius rc turning by theta, and a
// straight of straightM leaving it. arcPoints >= 2: that many points on the arc, T1 and T2 included, equally
// spaced; arcPoints == 1: a tangent corner, drawn T1, PI, T2 (T1 and T2 on the straights, rc tan(theta/2) from
// the PI). Returns the polyline; *tangentPoint2 (if given) gets T2's distance along it.
std::vector<PlanePoint> bendDrawing( double rc, double theta, int arcPoints, double straightM )
{
  std::vector<PlanePoint> points{ { -straightM, 0 } };
  const double tx = std::cos( theta ), ty = std::sin( theta ); // direction after the bend
  PlanePoint t2;
  if ( arcPoints == 1 )
  {
    const double tangent = rc * std::tan( theta / 2 );
    points.push_back( { 0, 0 } );
    points.push_back( { tangent, 0 } );
    t2 = { tangent + tangent * tx, tangent * ty };
    points.push_back( t2 );
  }
  else
  {
    for ( int i = 0; i < arcPoints; ++i )
    {
      const double a = theta * i / ( arcPoints - 1 );
      points.push_back( { rc * std::sin( a ), rc - rc * std::cos( a ) } );
    }
    t2 = points.back();
  }
  points.push_back( { t2.x + straightM * tx, t2.y + straightM * ty } );
  return points;
}

double length( const std::vector<PlanePoint> &points, std::size_t upTo )
{
  double total = 0;
  for ( std::size_t i = 1; i <= upTo; ++i )
    total += std::hypot( points[i].x - points[i - 1].x, points[i].y - points[i - 1].y );
  return total;
}

constexpr double kHalfPi = kPi / 2;
} // namespace

class TestBendGeometry : public QObject
{
  Q_OBJECT

private slots:
  void simplification();
  void sameBendAnyNumberOfPoints_data();
  void sameBendAnyNumberOfPoints();
  void tangentCornerAdmitsTheLargestRadius();
  void neighbouringCornersShareTheirStraight();
  void jitteredStraightHasNoBend();
  void sBendIsTwoBends();
  void ringIsOneBend();
  void badInput();
};

void TestBendGeometry::simplification()
{
  // An L: the corner stays, the collinear point goes.
  const std::vector<PlanePoint> l{ { 0, 0 }, { 50, 0 }, { 100, 0 }, { 100, 100 } };
  QCOMPARE( simplifiedIndices( l, 0.5 ), ( std::vector<int>{ 0, 2, 3 } ) );
  // A point 0.4 m off the line goes at 0.5 m and stays at 0.3 m.
  const std::vector<PlanePoint> bump{ { 0, 0 }, { 50, 0.4 }, { 100, 0 } };
  QCOMPARE( simplifiedIndices( bump, 0.5 ), ( std::vector<int>{ 0, 2 } ) );
  QCOMPARE( simplifiedIndices( bump, 0.3 ), ( std::vector<int>{ 0, 1, 2 } ) );
  QCOMPARE( simplifiedIndices( { { 0, 0 }, { 1, 1 } }, 0.5 ), ( std::vector<int>{ 0, 1 } ) );
}

void TestBendGeometry::sameBendAnyNumberOfPoints_data()
{
  QTest::addColumn<int>( "arcPoints" );
  QTest::newRow( "tangent corner" ) << 1;
  QTest::newRow( "2 points" ) << 2;
  QTest::newRow( "3 points" ) << 3;
  QTest::newRow( "10 points" ) << 10;
  QTest::newRow( "30 points" ) << 30;
  QTest::newRow( "100 points" ) << 100;
}

void TestBendGeometry::sameBendAnyNumberOfPoints()
{
  // Issue 11: a 90 degree bend of centreline radius 20 m with 300 m straights, however drawn: one bend of 90
  // degrees and 20 m (the simplification keeps 5 of 30 points: the midpoint form is exact for them). Where it
  // keeps no tangent point, the segments from the straights' far ends to the first kept points lean a little
  // (under 1e-3 rad over 300 m): the bend turns that much less (a larger racing radius, the safe side).
  QFETCH( int, arcPoints );
  const std::vector<PlanePoint> points = bendDrawing( 20, kHalfPi, arcPoints, 300 );
  const std::vector<Bend> bends = findBends( points, kDefaultDigitisingToleranceM, false );
  QCOMPARE( static_cast<int>( bends.size() ), 1 );
  QVERIFY( bends[0].turnRad <= kHalfPi + 1e-12 && bends[0].turnRad > kHalfPi - 1e-3 );
  QVERIFY2( std::fabs( bends[0].centrelineRadiusM - 20 ) < 1e-9,
            qPrintable( QString::number( bends[0].centrelineRadiusM, 'g', 12 ) ) );
  QCOMPARE( bends[0].tangentCorner, arcPoints == 1 );
  // The speed is capped from the first tangent point (300 m along) to the last.
  const double t2 = length( points, points.size() - 2 );
  QVERIFY( std::fabs( bends[0].capPositionsM.front() - 300 ) < 1e-6 || arcPoints >= 10 ); // kept points only
  QVERIFY( bends[0].capPositionsM.front() >= 300 - 1e-6 );
  QVERIFY( bends[0].capPositionsM.back() <= t2 + 1e-6 );
}

void TestBendGeometry::tangentCornerAdmitsTheLargestRadius()
{
  // A 90 degree corner between two 100 m straights: the arc may reach 100 m either way, Rc = 100 / tan(45) =
  // 100 m (the 50 m bend of issue 11 drawn as one vertex is not slowed to a sharp corner's speed).
  const std::vector<PlanePoint> corner{ { 0, 0 }, { 100, 0 }, { 100, 150 } };
  std::vector<Bend> bends = findBends( corner, 0.5, false );
  QCOMPARE( static_cast<int>( bends.size() ), 1 );
  QVERIFY( bends[0].tangentCorner );
  QVERIFY( std::fabs( bends[0].centrelineRadiusM - 100 ) < 1e-9 );
  QCOMPARE( bends[0].capPositionsM, ( std::vector<double>{ 0, 100, 200 } ) );
  // A drawn point 10 m before the corner bounds it (points lie on the centreline): 10 m; one 0.3 m away is
  // the same click (within the tolerance) and does not: the next point, 100 m away, does.
  bends = findBends( { { 0, 0 }, { 90, 0 }, { 100, 0 }, { 100, 150 } }, 0.5, false );
  QVERIFY( std::fabs( bends[0].centrelineRadiusM - 10 ) < 1e-9 );
  QCOMPARE( bends[0].capPositionsM, ( std::vector<double>{ 90, 100, 110 } ) );
  bends = findBends( { { 0, 0 }, { 99.7, 0 }, { 100, 0 }, { 100, 150 } }, 0.5, false );
  QVERIFY( std::fabs( bends[0].centrelineRadiusM - 100 ) < 1e-9 );
  // 60 degrees, 40 m to the nearest point: 40 / tan(30) = 69.28 m.
  const double c = std::cos( kPi / 3 ), s = std::sin( kPi / 3 );
  bends = findBends( { { -40, 0 }, { 0, 0 }, { 80 * c, 80 * s } }, 0.5, false );
  QVERIFY( std::fabs( bends[0].centrelineRadiusM - 40 / std::tan( kPi / 6 ) ) < 1e-9 );
}

void TestBendGeometry::neighbouringCornersShareTheirStraight()
{
  // A zigzag, left then right, corners 40 m apart with 100 m legs: two corners, each may use half of the 40 m:
  // Rc = 20 / tan(45) = 20 m.
  std::vector<Bend> bends = findBends( { { 0, 0 }, { 100, 0 }, { 100, 40 }, { 200, 40 } }, 0.5, false );
  QCOMPARE( static_cast<int>( bends.size() ), 2 );
  for ( const Bend &bend : bends )
    QVERIFY( bend.tangentCorner && std::fabs( bend.centrelineRadiusM - 20 ) < 1e-9 );
  // Both corners turning left make a U: ONE bend of 180 degrees through two points 40 m apart, Rc = 40 / (2 sin
  // 90) = 20 m.
  bends = findBends( { { 0, 0 }, { 100, 0 }, { 100, 40 }, { 0, 40 } }, 0.5, false );
  QCOMPARE( static_cast<int>( bends.size() ), 1 );
  QVERIFY( std::fabs( bends[0].turnRad - kPi ) < 1e-9 && std::fabs( bends[0].centrelineRadiusM - 20 ) < 1e-9 );
}

void TestBendGeometry::jitteredStraightHasNoBend()
{
  // 500 m drawn every metre with +-0.2 m of noise across: no bend at the 0.5 m tolerance; at 0.1 m, many.
  std::mt19937 random( 11 );
  std::uniform_real_distribution<double> noise( -0.2, 0.2 );
  std::vector<PlanePoint> points;
  for ( int i = 0; i <= 500; ++i )
    points.push_back( { static_cast<double>( i ), noise( random ) } );
  QVERIFY( findBends( points, kDefaultDigitisingToleranceM, false ).empty() );
  QVERIFY( findBends( points, 0.1, false ).size() > 10 );
}

void TestBendGeometry::sBendIsTwoBends()
{
  // A left bend of 20 m and a right bend of 40 m, 90 degrees each, drawn with 10 points each and 20 m of
  // straight between: two bends of 90 degrees with their own radii (one bend would turn by nothing).
  std::vector<PlanePoint> points{ { -300, 0 } };
  for ( int i = 0; i < 10; ++i )
  {
    const double a = kHalfPi * i / 9;
    points.push_back( { 20 * std::sin( a ), 20 - 20 * std::cos( a ) } );
  }
  // Heading +y from (20, 20); 20 m on, then right about the centre (100, 40).
  for ( int i = 0; i < 10; ++i )
  {
    const double a = kHalfPi * i / 9;
    points.push_back( { 60 - 40 * std::cos( a ), 40 + 40 * std::sin( a ) } );
  }
  points.push_back( { 360, 80 } );
  const std::vector<Bend> bends = findBends( points, kDefaultDigitisingToleranceM, false );
  QCOMPARE( static_cast<int>( bends.size() ), 2 );
  // (Each turns a little less than 90 degrees where the simplification keeps no tangent point: the safe side.)
  for ( const Bend &bend : bends )
    QVERIFY( bend.turnRad <= kHalfPi + 1e-12 && bend.turnRad > kHalfPi - 0.05 );
  QVERIFY( bends[0].turnRad > 0 );
  QVERIFY( std::fabs( bends[0].centrelineRadiusM - 20 ) < 1e-9 );
  QVERIFY( std::fabs( bends[1].centrelineRadiusM - 40 ) < 1e-9 );
  // Back to back (no straight between), three points each, radii 20 and 40 m: the shared tangent point turns
  // 22.5 - 22.5 = 0 and is dropped; the bends stay two, their radii on the safe (larger) side.
  const std::vector<PlanePoint> tight{ { -300, 0 },
                                       { 0, 0 },
                                       { 20 * std::sin( kPi / 4 ), 20 - 20 * std::cos( kPi / 4 ) },
                                       { 20, 20 },
                                       { 60 - 40 * std::cos( kPi / 4 ), 20 + 40 * std::sin( kPi / 4 ) },
                                       { 60, 60 },
                                       { 360, 60 } };
  const std::vector<Bend> backToBack = findBends( tight, kDefaultDigitisingToleranceM, false );
  QCOMPARE( static_cast<int>( backToBack.size() ), 2 );
  QVERIFY( backToBack[0].centrelineRadiusM >= 20 - 1e-9 );
  QVERIFY( backToBack[1].centrelineRadiusM >= 40 - 1e-9 );
}

void TestBendGeometry::ringIsOneBend()
{
  // A closed 12-gon of circumradius 50 m: one bend turning 2 pi, Rc = 50 m, capped at every vertex.
  std::vector<PlanePoint> ring;
  for ( int i = 0; i <= 12; ++i )
    ring.push_back( { 50 * std::cos( i * kPi / 6 ), 50 * std::sin( i * kPi / 6 ) } );
  ring.back() = ring.front();
  const std::vector<Bend> bends = findBends( ring, 0.5, true );
  QCOMPARE( static_cast<int>( bends.size() ), 1 );
  QVERIFY( std::fabs( bends[0].turnRad - 2 * kPi ) < 1e-9 );
  QVERIFY( std::fabs( bends[0].centrelineRadiusM - 50 ) < 1e-9 );
  QCOMPARE( static_cast<int>( bends[0].capPositionsM.size() ), 12 );
  for ( double position : bends[0].capPositionsM )
    QVERIFY( position >= 0 && position < length( ring, 12 ) );
}

void TestBendGeometry::badInput()
{
  QVERIFY_EXCEPTION_THROWN( simplifiedIndices( { { 0, 0 }, { 1, 0 }, { 2, 1 } }, -1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( findBends( { { 0, 0 }, { 1, 0 }, { 2, 1 } }, std::nan( "" ), false ),
                            std::invalid_argument );
  // Coordinates no metric frame has (found by the fuzzer: distances overflowed to a NaN radius).
  QVERIFY_EXCEPTION_THROWN( findBends( { { 0, 0 }, { 1e300, 0 }, { 2e300, 1e300 } }, 0.5, false ),
                            std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( simplifiedIndices( { { 0, 0 }, { std::nan( "" ), 0 }, { 2, 1 } }, 0.5 ),
                            std::invalid_argument );
  QVERIFY( findBends( {}, 0.5, false ).empty() );
  QVERIFY( findBends( { { 0, 0 }, { 1, 0 } }, 0.5, false ).empty() );
}

QTEST_APPLESS_MAIN( TestBendGeometry )
#include "test_bendgeometry.moc"
