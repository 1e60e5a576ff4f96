// The open-ground turn model (opengroundturn.h): the radius of the fastest path through a node from the turn, the
// rooms beside its legs and their straight runs. Expected radii come from the corner-cut formula of the street model
// (a special case), from the U-turn's semicircle, and from a brute-force construction (tests/common/
// analyticapproach.h): circles tangent to the two shifted legs, searched by bisection over the radius and over the
// offsets, checked against the room, the runs and the inner corner point by point. None of it uses the closed forms
// under test.
#include "analyticapproach.h"
#include "opengroundturn.h"
#include "vehicledynamics.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>

using namespace eventsecurity::domain;
using eventsecurity::test::turnRadiusByConstruction;

namespace
{
constexpr double kInf = std::numeric_limits<double>::infinity();

bool near( double actual, double expected, double tolerance )
{
  if ( std::fabs( actual - expected ) <= tolerance )
    return true;
  qWarning( "actual %.9f, expected %.9f", actual, expected );
  return false;
}

} // namespace

class TestOpenGroundTurn : public QObject
{
  Q_OBJECT

private slots:
  void equalRoomsAreTheCornerCut()
  {
    // Equal rooms b on both legs (here all on the outer side, an obstacle's corner inside), long runs: the racing line
    // touching the outer edges and the corner, R = b / (1 - cos(theta/2)) (racingLineRadiusM with Ri = 0).
    for ( const double theta : { 0.3, kPi / 2, 2.5 } )
    {
      const TurnLegRoom room{ 6, 0, 1e6 };
      QVERIFY( near( openGroundTurnRadiusM( theta, room, room ), racingLineRadiusM( theta, 6, 0 ), 1e-9 ) );
      // Split between the two sides, the whole width counts the same.
      const TurnLegRoom split{ 2, 4, 1e6 };
      QVERIFY( near( openGroundTurnRadiusM( theta, split, split ), racingLineRadiusM( theta, 6, 0 ), 1e-9 ) );
    }
  }

  void unequalRoomsAgainstTheConstruction()
  {
    // Rooms differ (4 m beside the way in, 10 m beside the way out), a 90 degree turn round an obstacle's corner,
    // long runs: the circle through the corner tangent to the two shifted legs, found by brute force.
    const double theta = kPi / 2;
    const TurnLegRoom in{ 4, 0, 1e4 }, out{ 10, 0, 1e4 };
    const double expected = turnRadiusByConstruction( theta, 4, 10, 0, 0, 1e4, 1e4 );
    QVERIFY( near( openGroundTurnRadiusM( theta, in, out ), expected, 1e-5 * expected ) ); // the search's precision
    // By hand at 90 degrees: (w2 - R)^2 + (R - w1)^2 = R^2, R = w1 + w2 + sqrt(2 w1 w2) = 14 + sqrt(80).
    QVERIFY( near( expected, 14 + std::sqrt( 80.0 ), 1e-4 ) );
    QVERIFY( near( openGroundTurnRadiusM( theta, in, out ), 14 + std::sqrt( 80.0 ), 1e-9 ) );
  }

  void shortRunsLimitTheTurn()
  {
    // A 90 degree turn with 10 m of room outside both legs: the corner alone allows 10 / (1 - cos 45) = 34.1 m, but
    // the leg it leaves on runs only 5 m before a wall: the arc must touch its shifted line within 5 m of the node,
    // R - w <= 5 with the offset w = 10 on the way in: R = 15 m (R tan 45 - P.d2 = R - 10 <= 5).
    const TurnLegRoom in{ 10, 0, 100 }, out{ 10, 0, 5 };
    QVERIFY( near( openGroundTurnRadiusM( kPi / 2, in, out ), 15, 1e-9 ) );
    QVERIFY( near( turnRadiusByConstruction( kPi / 2, 10, 10, 0, 0, 100, 5 ), 15, 1e-4 ) );
    // Closely spaced gentle turns: 20 degrees each, 3 m legs, 2 m of room: R <= 2 + 3 / tan 10 = 19.0 m, far below
    // the 2 / (1 - cos 10) = 131.6 m the room alone would allow.
    const TurnLegRoom leg{ 2, 0, 3 };
    const double theta = 20 * kPi / 180;
    QVERIFY( near( openGroundTurnRadiusM( theta, leg, leg ), 2 + 3 / std::tan( theta / 2 ), 1e-9 ) );
    QVERIFY( near( turnRadiusByConstruction( theta, 2, 2, 0, 0, 3, 3 ), 2 + 3 / std::tan( theta / 2 ), 1e-4 ) );
  }

  void gentleTurnWithUnequalRoomsUsesLessOffset()
  {
    // A 30 degree turn, 8 m of room beside the way in, 1 m beside the way out, runs 20 m and 6 m: swinging out the
    // whole 8 m would push the arc's touching point on the short leg beyond its run; the brute force finds the best
    // offsets.
    const double theta = kPi / 6;
    const double expected = turnRadiusByConstruction( theta, 8, 1, 0, 0, 20, 6 );
    QVERIFY( near( openGroundTurnRadiusM( theta, { 8, 0, 20 }, { 1, 0, 6 } ), expected, 1e-3 ) );
  }

  void roomsAndRunsTogether()
  {
    // The slalom's first corner (test_openground): a right turn of 51.8 degrees with 1.49 m of room outside the way in
    // and 2.44 m outside the way out, which runs 7.60 m before the next planter's corner sends it on: the whole rooms
    // would put the arc's touching point 9.4 m along the way out, beyond its run, so the vehicle swings out less and
    // the radius falls below both the corner's 19.3 m and the runs' 19.6 m. Random turns besides, against the brute
    // force.
    const double theta = std::acos( 0.6178 );
    QVERIFY( near( openGroundTurnRadiusM( theta, { 1.493, 0, 304 }, { 2.443, 0, 7.60 } ),
                   turnRadiusByConstruction( theta, 1.493, 2.443, 0, 0, 304, 7.60 ), 1e-3 ) );
    QVERIFY( openGroundTurnRadiusM( theta, { 1.493, 0, 304 }, { 2.443, 0, 7.60 } ) < 17 );
    std::mt19937_64 random( 11 );
    std::uniform_real_distribution<double> unit( 0, 1 );
    for ( int i = 0; i < 8; ++i )
    {
      const double turn = 0.2 + 2.9 * unit( random );
      const double w1 = 15 * unit( random ), w2 = 15 * unit( random ), v1 = 10 * unit( random ) * ( i % 2 ),
                   v2 = 10 * unit( random ) * ( i % 2 ), t1 = 2 + 98 * unit( random ), t2 = 2 + 98 * unit( random );
      const double expected = turnRadiusByConstruction( turn, w1, w2, v1, v2, t1, t2 );
      QVERIFY2( near( openGroundTurnRadiusM( turn, { w1, v1, t1 }, { w2, v2, t2 } ), expected,
                      1e-3 * std::max( 1.0, expected ) ),
                qPrintable( QString( "case %1" ).arg( i ) ) );
    }
  }

  void uTurnFitsTheStrip()
  {
    // A U-turn (theta = pi) back along the same strip: the outer lines are the strip's two sides, w1 + w2 apart, and
    // the semicircle between them has 2 R = w1 + w2, whatever the runs: here 3 + 4.5 m, R = 3.75 m. The corner-cut
    // formula would give R = 7.5 m (a semicircle round an island), twice too much.
    const TurnLegRoom in{ 3, 4.5, 50 }, out{ 4.5, 3, 50 };
    QVERIFY( near( openGroundTurnRadiusM( kPi, in, out ), 3.75, 1e-12 ) );
    QVERIFY( near( racingLineRadiusM( kPi, 7.5, 0 ), 7.5, 1e-12 ) );
    // Continuous: legs 1e-6 rad short of a reversal, 50 m runs, gain 50 tan(5e-7) = 2.5e-5 m.
    QVERIFY( near( openGroundTurnRadiusM( kPi - 1e-6, in, out ), 3.75 + 50 * std::tan( 5e-7 ), 1e-9 ) );
    QVERIFY( near( turnRadiusByConstruction( kPi - 0.1, 3, 4.5, 4.5, 3, 50, 50 ),
                   openGroundTurnRadiusM( kPi - 0.1, in, out ), 1e-3 ) );
    // By direction: arriving along +x, leaving along -x; the strip is 3 m north and 4.5 m south of the line.
    DirectionRoom behind; // looking back (-x) from the node: its left is south
    behind.leftM = 4.5;
    behind.rightM = 3;
    behind.runM = 50;
    DirectionRoom ahead = behind; // leaving along -x too
    QVERIFY( near( openGroundTurnRadiusM( { 1, 0 }, behind, { -1, 0 }, ahead ), 3.75, 1e-12 ) );
  }

  void byDirectionPicksTheOuterSide()
  {
    // A left turn from +x to +y: the outer side is the right of travel (south of the way in, east of the way out).
    // Only those rooms count for the arc's swing; the inner rooms add to the corner's width.
    DirectionRoom behind; // looking back along -x from the node: its left is south (the way in's right)
    behind.leftM = 10;
    behind.rightM = 0;
    behind.runM = 1e4;
    DirectionRoom ahead; // looking along +y: its right is east
    ahead.leftM = 0;
    ahead.rightM = 10;
    ahead.runM = 1e4;
    QVERIFY(
        near( openGroundTurnRadiusM( { 1, 0 }, behind, { 0, 1 }, ahead ), racingLineRadiusM( kPi / 2, 10, 0 ), 1e-9 ) );
    // Turning right instead (to -y), the same rooms lie on the inner side: no swing, so the arc must touch the legs
    // themselves within their runs and pass outside the inner corner 10 m in: R = 10 / (1 - cos 45) is still the corner
    // limit, but the touching points now lie R tan 45 from the node, within the 1e4 m runs: the same 34.1 m.
    DirectionRoom down = ahead;
    down.leftM = 10; // looking along -y, its left is east
    down.rightM = 0;
    QVERIFY(
        near( openGroundTurnRadiusM( { 1, 0 }, behind, { 0, -1 }, down ), racingLineRadiusM( kPi / 2, 10, 0 ), 1e-9 ) );
    // Straight on: no limit.
    QVERIFY( std::isinf( openGroundTurnRadiusM( { 1, 0 }, behind, { 1, 0 }, ahead ) ) );
  }

  void enoughStopsEarly()
  {
    // With a radius to reach (the top speed's), the answer is exact below it and, above it, somewhere between it and
    // the radius: the slalom's corner of roomsAndRunsTogether (16.6 m by construction).
    const double theta = std::acos( 0.6178 );
    const TurnLegRoom in{ 1.493, 0, 304 }, out{ 2.443, 0, 7.60 };
    const double exact = openGroundTurnRadiusM( theta, in, out );
    QVERIFY( near( openGroundTurnRadiusM( theta, in, out, 50 ), exact, 0 ) );
    const double early = openGroundTurnRadiusM( theta, in, out, 10 );
    QVERIFY( early >= 10 && early <= exact );
  }

  void unknownRoomSetsNoLimit()
  {
    // An infinite room or run (a street without measured rooms) limits nothing: the safe side.
    QVERIFY( std::isinf( openGroundTurnRadiusM( kPi / 2, { kInf, 0, 100 }, { kInf, 0, 100 } ) ) );
    QVERIFY( std::isinf( openGroundTurnRadiusM( kPi / 2, { 5, 0, kInf }, { 5, 0, kInf } ) ) ==
             std::isinf( racingLineRadiusM( kPi / 2, 10, 0 ) ) ); // finite: the corner still binds
    QVERIFY( near( openGroundTurnRadiusM( kPi / 2, { 5, 0, kInf }, { 5, 0, kInf } ), racingLineRadiusM( kPi / 2, 5, 0 ),
                   1e-9 ) );
  }

  void zeroRoomIsAStandstill()
  {
    // No room on either side (a convex corner's walls through the node): the arc cannot leave the legs, R = 0.
    QVERIFY( near( openGroundTurnRadiusM( kPi / 2, { 0, 0, 100 }, { 0, 0, 100 } ), 0, 1e-12 ) );
  }

  void badInput()
  {
    // Found by the fuzzer: rooms of 1e253 m and a turn of 1e-81 rad overflowed the limits' terms differently for the
    // turn driven either way. Rooms and runs beyond 1e9 m are refused (as coordinates are); a deflection under
    // 1e-9 rad is straight on.
    QVERIFY_EXCEPTION_THROWN( openGroundTurnRadiusM( 1, { 2e9, 1, 1 }, { 1, 1, 1 } ), std::invalid_argument );
    QVERIFY( std::isinf( openGroundTurnRadiusM( 1e-10, { 0, 0, 0 }, { 0, 0, 0 } ) ) );
    QVERIFY_EXCEPTION_THROWN( openGroundTurnRadiusM( std::nan( "" ), { 1, 1, 1 }, { 1, 1, 1 } ),
                              std::invalid_argument );
    QVERIFY_EXCEPTION_THROWN( openGroundTurnRadiusM( 1, { -1, 1, 1 }, { 1, 1, 1 } ), std::invalid_argument );
    QVERIFY_EXCEPTION_THROWN( openGroundTurnRadiusM( 1, { 1, 1, 1 }, { 1, std::nan( "" ), 1 } ),
                              std::invalid_argument );
  }
};

QTEST_APPLESS_MAIN( TestOpenGroundTurn )
#include "test_opengroundturn.moc"
