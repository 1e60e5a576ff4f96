// Perimeter planning rules (perimeterplan.h): bearings, the choice of emergency gates, the kinds of the
// crossings and the share of exit width. Expected values worked out by hand from the rules' text.
#include "perimeterplan.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <stdexcept>

using namespace eventsecurity::domain;

namespace
{
CrossingInfo road( double width, double bearing, double speedMs = 10 )
{
  CrossingInfo c;
  c.widthM = width;
  c.bearingDeg = bearing;
  c.impactSpeedMs = speedMs;
  return c;
}

CrossingInfo footway( double width, double bearing )
{
  CrossingInfo c = road( width, bearing );
  c.pedestrian = true;
  return c;
}
} // namespace

class TestPerimeterPlan : public QObject
{
  Q_OBJECT

private slots:
  void bearings();
  void gatesOnOppositeSides();
  void gatesWidestFirst();
  void gatesWhenAllOnOneSide();
  void gatesSkipFootwaysAndExcludedStreets();
  void kinds();
  void egressShares();
  void entriesWithLargestExitLost();
  void egressSharesWithLargestExitLost();
  void badInput();
};

void TestPerimeterPlan::bearings()
{
  const PlanePoint o{ 0, 0 };
  QCOMPARE( bearingDeg( o, { 0, 10 } ), 0.0 );
  QCOMPARE( bearingDeg( o, { 10, 0 } ), 90.0 );
  QCOMPARE( bearingDeg( o, { 0, -10 } ), 180.0 );
  QCOMPARE( bearingDeg( o, { -10, 0 } ), 270.0 );
  QCOMPARE( bearingDeg( o, { 10, 10 } ), 45.0 );
  QCOMPARE( bearingSeparationDeg( 10, 350 ), 20.0 );
  QCOMPARE( bearingSeparationDeg( 0, 180 ), 180.0 );
  QCOMPARE( bearingSeparationDeg( 270, 90 ), 180.0 );
  QCOMPARE( bearingSeparationDeg( 725, 5 ), 0.0 );
}

void TestPerimeterPlan::gatesOnOppositeSides()
{
  // Four equal roads N, E, S, W: the first (N, earliest) then, among E, S, W (all >= 90 deg away, equal
  // width), the farthest: S.
  const std::vector<CrossingInfo> crossings{ road( 7, 0 ), road( 7, 90 ), road( 7, 180 ), road( 7, 270 ) };
  QCOMPARE( chooseEmergencyGates( crossings, 2 ), ( std::vector<int>{ 0, 2 } ) );
  // A third gate: E and W are both 90 deg from the chosen ones; equal width and separation, equal speed:
  // the earlier (E).
  QCOMPARE( chooseEmergencyGates( crossings, 3 ), ( std::vector<int>{ 0, 2, 1 } ) );
  // More gates than roads: every road once.
  QCOMPARE( chooseEmergencyGates( crossings, 9 ).size(), std::size_t( 4 ) );
  // Equal widths: the lower impact speed decides the first gate.
  std::vector<CrossingInfo> speeds = crossings;
  speeds[3].impactSpeedMs = 5;
  QCOMPARE( chooseEmergencyGates( speeds, 1 ), ( std::vector<int>{ 3 } ) );
}

void TestPerimeterPlan::gatesWidestFirst()
{
  // Widths N 6, NE 12, E 8, S 10: first NE (widest). Candidates >= 90 deg from NE (45): E is 45 away (no),
  // S is 135 away (yes), N is 45 (no): S.
  const std::vector<CrossingInfo> crossings{ road( 6, 0 ), road( 12, 45 ), road( 8, 90 ), road( 10, 180 ) };
  QCOMPARE( chooseEmergencyGates( crossings, 2 ), ( std::vector<int>{ 1, 3 } ) );
}

void TestPerimeterPlan::gatesWhenAllOnOneSide()
{
  // Three roads within 40 deg: none is 90 deg away from the widest (20 deg, 9 m); the farthest is 350 deg
  // (30 deg away) rather than 0 deg (20 away).
  const std::vector<CrossingInfo> crossings{ road( 5, 0 ), road( 9, 20 ), road( 5, 350 ) };
  QCOMPARE( chooseEmergencyGates( crossings, 2 ), ( std::vector<int>{ 1, 2 } ) );
}

void TestPerimeterPlan::gatesSkipFootwaysAndExcludedStreets()
{
  std::vector<CrossingInfo> crossings{ footway( 20, 0 ), road( 7, 90 ), road( 30, 180 ), road( 7, 270 ) };
  crossings[2].drivable = false; // bollarded: not a gate
  // First gate: E (7, earlier than W); then W (180 deg away).
  QCOMPARE( chooseEmergencyGates( crossings, 2 ), ( std::vector<int>{ 1, 3 } ) );
  QCOMPARE( chooseEmergencyGates( { footway( 3, 0 ) }, 2 ), std::vector<int>() );
}

void TestPerimeterPlan::kinds()
{
  using K = CrossingKind;
  const std::vector<CrossingInfo> roads{ road( 7, 0 ), road( 7, 90 ), road( 7, 180 ), road( 7, 270 ) };
  // No footway: gates N and S; 6 m of exits needed, at least 2 entries: E (equal width, equal separation,
  // earlier) then W for the minimum.
  QCOMPARE( classifyCrossings( roads, 2, 90, 6, 2 ),
            ( std::vector<K>{ K::EmergencyGate, K::PedestrianEntry, K::EmergencyGate, K::PedestrianEntry } ) );
  // One entry is enough when 6 m are needed and one is the minimum: E only.
  QCOMPARE( classifyCrossings( roads, 2, 90, 6, 1 ),
            ( std::vector<K>{ K::EmergencyGate, K::PedestrianEntry, K::EmergencyGate, K::VehicleBarrier } ) );
  // 8 m needed: one 7 m street is not enough, so both.
  QCOMPARE( classifyCrossings( roads, 2, 90, 8, 1 ),
            ( std::vector<K>{ K::EmergencyGate, K::PedestrianEntry, K::EmergencyGate, K::PedestrianEntry } ) );

  // A 3 m footway at 45 deg is the first entry; the next is the street farthest from it in bearing: W (270,
  // 135 deg away) rather than E (90, 45 deg away).
  std::vector<CrossingInfo> withFootway = roads;
  withFootway.push_back( footway( 3, 45 ) );
  QCOMPARE( classifyCrossings( withFootway, 2, 90, 6, 2 ),
            ( std::vector<K>{ K::EmergencyGate, K::VehicleBarrier, K::EmergencyGate, K::PedestrianEntry,
                              K::PedestrianEntry } ) );
  // The footway alone gives the 2 m needed and the one entry asked for: the streets stay barriers.
  QCOMPARE( classifyCrossings( withFootway, 2, 90, 2, 1 ),
            ( std::vector<K>{ K::EmergencyGate, K::VehicleBarrier, K::EmergencyGate, K::VehicleBarrier,
                              K::PedestrianEntry } ) );
  // 100 m needed: every crossing that is not a gate becomes an entry.
  QCOMPARE( classifyCrossings( withFootway, 2, 90, 100, 2 ),
            ( std::vector<K>{ K::EmergencyGate, K::PedestrianEntry, K::EmergencyGate, K::PedestrianEntry,
                              K::PedestrianEntry } ) );
  // One gate takes the widest street (W, 12 m); 10 m of exits: N first (earliest of the equal 7 m streets),
  // then S (180 deg from N, E only 90): 14 m.
  std::vector<CrossingInfo> wide = roads;
  wide[3].widthM = 12;
  QCOMPARE( classifyCrossings( wide, 1, 90, 10, 1 ),
            ( std::vector<K>{ K::PedestrianEntry, K::VehicleBarrier, K::PedestrianEntry, K::EmergencyGate } ) );
  QCOMPARE( std::string( crossingKindKey( K::EmergencyGate ) ), std::string( "emergency_gate" ) );
  QVERIFY( classifyCrossings( {}, 2, 90, 10, 2 ).empty() );
}

void TestPerimeterPlan::egressShares()
{
  // 6 m needed over streets of 6 and 4 m: 3.6 and 2.4 (60 % of each).
  std::vector<double> shares = shareEgressWidth( 6, { 6, 4 } );
  QCOMPARE( shares.size(), std::size_t( 2 ) );
  QVERIFY( std::fabs( shares[0] - 3.6 ) < 1e-12 );
  QVERIFY( std::fabs( shares[1] - 2.4 ) < 1e-12 );
  // 30 m needed over 10 m of streets: every street in full.
  shares = shareEgressWidth( 30, { 6, 4 } );
  QCOMPARE( shares, ( std::vector<double>{ 6, 4 } ) );
  QCOMPARE( shareEgressWidth( 5, { 0, 0 } ), ( std::vector<double>{ 0, 0 } ) );
  QVERIFY( shareEgressWidth( 5, {} ).empty() );
  // Widths whose sum overflows a double (found by the fuzzer): still 60 % of each, as for 6 and 4 m.
  shares = shareEgressWidth( 1.2e308, { 1.2e308, 0.8e308 } );
  QVERIFY( std::fabs( shares[0] / 1.2e308 - 0.6 ) < 1e-12 );
  QVERIFY( std::fabs( shares[1] / 0.8e308 - 0.6 ) < 1e-12 );
}

void TestPerimeterPlan::entriesWithLargestExitLost()
{
  using K = CrossingKind;
  const std::vector<CrossingInfo> roads{ road( 7, 0 ), road( 7, 90 ), road( 7, 180 ), road( 7, 270 ) };
  // 6 m needed, one entry the minimum: E alone (7 m) is enough with every exit open, not with the largest lost
  // (7 - 7 = 0 m): W joins, 14 - 7 = 7 m >= 6.
  QCOMPARE( classifyCrossings( roads, 2, 90, 6, 1, false ),
            ( std::vector<K>{ K::EmergencyGate, K::PedestrianEntry, K::EmergencyGate, K::VehicleBarrier } ) );
  QCOMPARE( classifyCrossings( roads, 2, 90, 6, 1, true ),
            ( std::vector<K>{ K::EmergencyGate, K::PedestrianEntry, K::EmergencyGate, K::PedestrianEntry } ) );
  // Two 4 m footways give 8 m, 4 m without the largest: 6 m needed takes a street too.
  std::vector<CrossingInfo> footways = roads;
  footways.push_back( footway( 4, 45 ) );
  footways.push_back( footway( 4, 225 ) );
  QCOMPARE( classifyCrossings( footways, 2, 90, 6, 2, false )[1], K::VehicleBarrier );
  const std::vector<K> lost = classifyCrossings( footways, 2, 90, 6, 2, true );
  QCOMPARE( static_cast<int>( std::count( lost.begin(), lost.end(), K::PedestrianEntry ) ), 3 );
}

void TestPerimeterPlan::egressSharesWithLargestExitLost()
{
  // 10 m needed over two 12 m streets: each must give the whole 10 m (one may be blocked), twice the 5 m
  // each of shareEgressWidth.
  std::vector<double> shares = shareEgressWidthWithLargestExitLost( 10, { 12, 12 } );
  QVERIFY( std::fabs( shares[0] - 10 ) < 1e-12 && std::fabs( shares[1] - 10 ) < 1e-12 );
  QVERIFY( std::fabs( shareEgressWidth( 10, { 12, 12 } )[0] - 5 ) < 1e-12 );
  // Streets of 6, 12 and 12 m (30 m, 18 m without a widest): fraction 10 / 18; shares 3.33, 6.67, 6.67 m,
  // and losing a 6.67 m share leaves exactly 10 m.
  shares = shareEgressWidthWithLargestExitLost( 10, { 6, 12, 12 } );
  QVERIFY( std::fabs( shares[0] - 60.0 / 18 ) < 1e-12 );
  QVERIFY( std::fabs( shares[1] - 120.0 / 18 ) < 1e-12 );
  QVERIFY( std::fabs( shares[0] + shares[1] - 10 ) < 1e-12 );
  // Not enough street: every street in full (7 m without the widest < 10 m needed).
  QCOMPARE( shareEgressWidthWithLargestExitLost( 10, { 7, 7 } ), ( std::vector<double>{ 7, 7 } ) );
  // One street cannot lose one: all of it; nothing needed: nothing.
  QCOMPARE( shareEgressWidthWithLargestExitLost( 3, { 7 } ), ( std::vector<double>{ 7 } ) );
  QCOMPARE( shareEgressWidthWithLargestExitLost( 0, { 7, 7 } ), ( std::vector<double>{ 0, 0 } ) );
  QVERIFY_EXCEPTION_THROWN( shareEgressWidthWithLargestExitLost( -1, { 1 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( shareEgressWidthWithLargestExitLost( 1, { std::nan( "" ) } ), std::invalid_argument );
}

void TestPerimeterPlan::badInput()
{
  QVERIFY_EXCEPTION_THROWN( chooseEmergencyGates( {}, -1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( chooseEmergencyGates( {}, 2, 200 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( classifyCrossings( {}, 2, 90, -1, 2 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( classifyCrossings( {}, 2, 90, 1, -1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( shareEgressWidth( -1, { 1 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( shareEgressWidth( 1, { -1 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( shareEgressWidth( std::nan( "" ), { 1 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( shareEgressWidth( HUGE_VAL, { 1 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( shareEgressWidth( 1, { HUGE_VAL } ), std::invalid_argument );
}

QTEST_APPLESS_MAIN( TestPerimeterPlan )
#include "test_perimeterplan.moc"
