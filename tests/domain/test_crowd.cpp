// Crowd capacity, search lanes and their share among entries, egress width and evacuation time, Fruin
// level of service (crowd.h).
#include "crowd.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>

using namespace eventsecurity::domain;

class TestCrowd : public QObject
{
  Q_OBJECT

private slots:
  void capacity();
  void searchLanes_data();
  void searchLanes();
  void searchLanesRejectsBadInput();
  void distributeLanes_data();
  void distributeLanes();
  void distributeLanesProperties();
  void distributeLanesRejectsBadInput();
  void egressAndEvacuation();
  void fruin_data();
  void fruin();
  void publishedFigures();
  void largestExitLost();
  void arrivalPeak();
  void arrivalFlow();
  void defaultsOnTheSafeSide();
};

void TestCrowd::capacity()
{
  // capacity = area x density: 1,000 m2 at 2 p/m2 = 2,000 persons; 12,345.5 m2 at 2 = 24,691.
  QCOMPARE( crowdCapacity( 1000, 2 ), 2000.0 );
  QCOMPARE( crowdCapacity( 12345.5, kStandingDensity ), 24691.0 );
  QCOMPARE( crowdCapacity( 100, kUnstableDensity ), 400.0 );
  QCOMPARE( crowdCapacity( 0, 2 ), 0.0 );
  QVERIFY_EXCEPTION_THROWN( crowdCapacity( -1, 2 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( crowdCapacity( 10, -2 ), std::invalid_argument );
}

void TestCrowd::searchLanes_data()
{
  QTest::addColumn<double>( "attendance" );
  QTest::addColumn<double>( "lanePerHour" );
  QTest::addColumn<double>( "arrivalMinutes" );
  QTest::addColumn<int>( "lanes" );
  // One lane passes lanePerHour * minutes / 60 people in the window.
  QTest::newRow( "exactly 10 lanes" ) << 4000.0 << 400.0 << 60.0 << 10; // 400 per lane
  QTest::newRow( "one more person" ) << 4001.0 << 400.0 << 60.0 << 11;
  QTest::newRow( "one less person" ) << 3999.0 << 400.0 << 60.0 << 10;
  QTest::newRow( "half the window" ) << 4000.0 << 400.0 << 30.0 << 20;  // 200 per lane
  QTest::newRow( "45 minutes" ) << 3000.0 << 400.0 << 45.0 << 10;       // 300 per lane
  QTest::newRow( "bags hand search" ) << 2400.0 << 240.0 << 60.0 << 10; // 4 p/min = 240 p/h
  // 100 p/h over 25 min = 41.67 per lane; 2,625 / 41.67 = 63 exactly, but in floating point
  // 2625 / (100 * 25 / 60) = 63.00000000000001: must not become 64.
  QTest::newRow( "exact despite rounding" ) << 2625.0 << 100.0 << 25.0 << 63;
  QTest::newRow( "a single visitor" ) << 1.0 << 400.0 << 60.0 << 1;
  QTest::newRow( "nobody" ) << 0.0 << 400.0 << 60.0 << 0;
}

void TestCrowd::searchLanes()
{
  QFETCH( double, attendance );
  QFETCH( double, lanePerHour );
  QFETCH( double, arrivalMinutes );
  QFETCH( int, lanes );
  QCOMPARE( eventsecurity::domain::searchLanes( attendance, lanePerHour, arrivalMinutes ), lanes );
}

void TestCrowd::searchLanesRejectsBadInput()
{
  QVERIFY_EXCEPTION_THROWN( eventsecurity::domain::searchLanes( -1, 400, 60 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( eventsecurity::domain::searchLanes( 100, 0, 60 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( eventsecurity::domain::searchLanes( 100, 400, 0 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( eventsecurity::domain::searchLanes( std::nan( "" ), 400, 60 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( eventsecurity::domain::searchLanes( 1e300, 400, 60 ), std::invalid_argument );
}

void TestCrowd::distributeLanes_data()
{
  QTest::addColumn<int>( "total" );
  QTest::addColumn<std::vector<double>>( "weights" );
  QTest::addColumn<std::vector<int>>( "expected" );
  // Proportional without remainder.
  QTest::newRow( "exact" ) << 12 << std::vector<double>{ 3, 2, 1 } << std::vector<int>{ 6, 4, 2 };
  // Quotas 3.5, 2.1, 1.4: floors 3+2+1 = 6, the 7th lane to the largest remainder (0.5).
  QTest::newRow( "largest remainder" ) << 7 << std::vector<double>{ 5, 3, 2 } << std::vector<int>{ 4, 2, 1 };
  // Quotas 2.5 each: the two leftover lanes to the earliest entries (equal remainders and weights).
  QTest::newRow( "tie to the earlier" ) << 10 << std::vector<double>{ 1, 1, 1, 1 } << std::vector<int>{ 3, 3, 2, 2 };
  // Weights 2, 2, 2.25 of 6.25, 5 lanes: quotas 1.6, 1.6, 1.8, floors 1 + 1 + 1, two lanes left: the
  // largest remainder (0.8) first, then of the equal 0.6 remainders and weights the earlier entry.
  QTest::newRow( "remainder order" ) << 5 << std::vector<double>{ 2, 2, 2.25 } << std::vector<int>{ 2, 1, 2 };
  // At least one lane each: quotas 4.90, 0.05, 0.05 -> the small entries get one, the big one the rest.
  QTest::newRow( "minimum one" ) << 5 << std::vector<double>{ 100, 1, 1 } << std::vector<int>{ 3, 1, 1 };
  QTest::newRow( "zero weight gets one" ) << 5 << std::vector<double>{ 1, 0 } << std::vector<int>{ 4, 1 };
  QTest::newRow( "as many lanes as entries" ) << 3 << std::vector<double>{ 6, 3, 1 } << std::vector<int>{ 1, 1, 1 };
  // Fewer lanes than entries: plain largest remainder, some entries get none. Quotas 1.0, 0.6, 0.4.
  QTest::newRow( "fewer lanes than entries" ) << 2 << std::vector<double>{ 5, 3, 2 } << std::vector<int>{ 1, 1, 0 };
  QTest::newRow( "no lanes" ) << 0 << std::vector<double>{ 5, 3, 2 } << std::vector<int>{ 0, 0, 0 };
  QTest::newRow( "single entry" ) << 9 << std::vector<double>{ 0.3 } << std::vector<int>{ 9 };
  // Only ratios count: weights whose sum overflows a double (found by the fuzzer) share as 5, 3, 2 do.
  QTest::newRow( "huge weights" ) << 7 << std::vector<double>{ 9e307, 5.4e307, 3.6e307 } << std::vector<int>{ 4, 2, 1 };
}

void TestCrowd::distributeLanes()
{
  QFETCH( int, total );
  QFETCH( std::vector<double>, weights );
  QFETCH( std::vector<int>, expected );
  QCOMPARE( eventsecurity::domain::distributeLanes( total, weights ), expected );
}

void TestCrowd::distributeLanesProperties()
{
  std::mt19937 random( 42 );
  std::uniform_int_distribution<int> entryCount( 1, 12 );
  std::uniform_int_distribution<int> laneCount( 0, 60 );
  std::lognormal_distribution<double> weight( 0, 2 ); // widely spread street capacities
  for ( int trial = 0; trial < 5000; ++trial )
  {
    std::vector<double> weights( static_cast<size_t>( entryCount( random ) ) );
    for ( double &w : weights )
      w = weight( random );
    const int total = laneCount( random );
    const std::vector<int> lanes = eventsecurity::domain::distributeLanes( total, weights );
    QCOMPARE( lanes.size(), weights.size() );
    QCOMPARE( std::accumulate( lanes.begin(), lanes.end(), 0 ), total ); // the total is exact
    const double weightSum = std::accumulate( weights.begin(), weights.end(), 0.0 );
    bool everyQuotaAtLeastOne = true;
    for ( size_t i = 0; i < weights.size(); ++i )
    {
      QVERIFY( lanes[i] >= 0 );
      if ( total >= static_cast<int>( weights.size() ) )
        QVERIFY( lanes[i] >= 1 );
      everyQuotaAtLeastOne = everyQuotaAtLeastOne && total * weights[i] / weightSum >= 1;
    }
    // Without the minimum rule in play each share is its quota rounded down or up (Hamilton's quota rule).
    if ( everyQuotaAtLeastOne || total < static_cast<int>( weights.size() ) )
    {
      for ( size_t i = 0; i < weights.size(); ++i )
      {
        const double quota = total * weights[i] / weightSum;
        QVERIFY( lanes[i] >= std::floor( quota ) - 1e-9 && lanes[i] <= std::ceil( quota ) + 1e-9 );
      }
    }
    // A heavier entry never gets fewer lanes than a lighter one.
    for ( size_t i = 0; i < weights.size(); ++i )
      for ( size_t j = 0; j < weights.size(); ++j )
        if ( weights[i] > weights[j] )
          QVERIFY( lanes[i] >= lanes[j] );
  }
}

void TestCrowd::distributeLanesRejectsBadInput()
{
  QVERIFY_EXCEPTION_THROWN( eventsecurity::domain::distributeLanes( -1, { 1.0 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( eventsecurity::domain::distributeLanes( 3, {} ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( eventsecurity::domain::distributeLanes( 3, { 1.0, -1.0 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( eventsecurity::domain::distributeLanes( 3, { 0.0, 0.0 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( eventsecurity::domain::distributeLanes( 3, { 1.0, std::nan( "" ) } ),
                            std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( eventsecurity::domain::distributeLanes( 3, { 1.0, HUGE_VAL } ), std::invalid_argument );
  QCOMPARE( eventsecurity::domain::distributeLanes( 0, {} ), std::vector<int>() );
}

void TestCrowd::egressAndEvacuation()
{
  // 10,000 people, 82 p/m/min, 8 minutes: 10000 / (82 * 8) = 10000 / 656 = 15.2439 m of exits.
  QVERIFY( std::fabs( egressWidthM( 10000, kGreenGuideFlowLevel, 8 ) - 15.24390244 ) < 1e-8 );
  // Through 15 m: 10000 / (82 * 15) = 10000 / 1230 = 8.1301 minutes.
  QVERIFY( std::fabs( evacuationMinutes( 10000, kGreenGuideFlowLevel, 15 ) - 8.130081301 ) < 1e-8 );
  // 6,600 people on stairs (66 p/m/min) through 10 m: 6600 / 660 = 10 minutes exactly.
  QCOMPARE( evacuationMinutes( 6600, kGreenGuideFlowStepped, 10 ), 10.0 );
  // The width for a time gives back that time.
  for ( double minutes : { kEgressMinutesHighRisk, kEgressMinutesMediumRisk, kEgressMinutesLowRisk } )
  {
    const double width = egressWidthM( 23456, kGreenGuideFlowLevelAlcohol, minutes );
    QVERIFY( std::fabs( evacuationMinutes( 23456, kGreenGuideFlowLevelAlcohol, width ) - minutes ) < 1e-12 );
  }
  QCOMPARE( egressWidthM( 0, 82, 8 ), 0.0 );
  QVERIFY_EXCEPTION_THROWN( egressWidthM( -1, 82, 8 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( egressWidthM( 100, 0, 8 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( egressWidthM( 100, 82, 0 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( evacuationMinutes( 100, 82, 0 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( evacuationMinutes( 100, -82, 5 ), std::invalid_argument );
}

void TestCrowd::fruin_data()
{
  QTest::addColumn<double>( "flow" );
  QTest::addColumn<QChar>( "level" );
  // Fruin walkway levels (p/m/min): A <= 23, B <= 33, C <= 49, D <= 66, E <= 82, F > 82.
  QTest::newRow( "empty" ) << 0.0 << QChar( 'A' );
  QTest::newRow( "23" ) << 23.0 << QChar( 'A' );
  QTest::newRow( "23.01" ) << 23.01 << QChar( 'B' );
  QTest::newRow( "33" ) << 33.0 << QChar( 'B' );
  QTest::newRow( "40" ) << 40.0 << QChar( 'C' );
  QTest::newRow( "49" ) << 49.0 << QChar( 'C' );
  QTest::newRow( "50" ) << 50.0 << QChar( 'D' );
  QTest::newRow( "66" ) << 66.0 << QChar( 'D' );
  QTest::newRow( "72" ) << 72.0 << QChar( 'E' );
  QTest::newRow( "82 (Green Guide level flow)" ) << 82.0 << QChar( 'E' );
  QTest::newRow( "82.5" ) << 82.5 << QChar( 'F' );
  QTest::newRow( "200" ) << 200.0 << QChar( 'F' );
}

void TestCrowd::fruin()
{
  QFETCH( double, flow );
  QFETCH( QChar, level );
  QCOMPARE( QChar( fruinLevelOfService( flow ) ), level );
}

void TestCrowd::publishedFigures()
{
  // domain.md section 5, as published.
  QCOMPARE( kGreenGuideFlowLevel, 82.0 );
  QCOMPARE( kGreenGuideFlowLevelAlcohol, 72.0 );
  QCOMPARE( kGreenGuideFlowStepped, 66.0 );
  QCOMPARE( kGreenGuideFlowSteppedAlcohol, 56.0 );
  QCOMPARE( kStandingDensity, 2.0 );
  QCOMPARE( kMetalDetectorLanePerHour, 400.0 );
  QCOMPARE( kHandSearchMixedPerHour, 420.0 );
  QVERIFY_EXCEPTION_THROWN( fruinLevelOfService( -1 ), std::invalid_argument );
}

void TestCrowd::largestExitLost()
{
  // Two equal 5 m exits, 6,560 people, 82 p/m/min: 6560 / (82 x 10) = 8 min with both, 6560 / (82 x 5) = 16 min
  // with one (issue 11 item 8).
  QVERIFY( std::fabs( evacuationMinutesThroughExits( 6560, 82, { 5, 5 } ) - 8 ) < 1e-12 );
  QVERIFY( std::fabs( evacuationMinutesLargestExitLost( 6560, 82, { 5, 5 } ) - 16 ) < 1e-12 );
  // Sizing for 8 min with the largest lost doubles the width: 6560 / (82 x 8) = 10 m, x 2 / 1 = 20 m.
  QVERIFY( std::fabs( egressWidthM( 6560, 82, 8 ) - 10 ) < 1e-12 );
  QVERIFY( std::fabs( egressWidthLargestExitLostM( 6560, 82, 8, 2 ) - 20 ) < 1e-12 );
  // Three equal exits: 10 x 3 / 2 = 15 m; 20 m over two exits gives 8 min with one lost.
  QVERIFY( std::fabs( egressWidthLargestExitLostM( 6560, 82, 8, 3 ) - 15 ) < 1e-12 );
  QVERIFY( std::fabs( evacuationMinutesLargestExitLost( 6560, 82, { 10, 10 } ) - 8 ) < 1e-12 );
  // Unequal exits 3, 5, 2 m: 10 m open (8 min), 5 m without the 5 m one (16 min).
  QVERIFY( std::fabs( evacuationMinutesLargestExitLost( 6560, 82, { 3, 5, 2 } ) - 16 ) < 1e-12 );
  // One exit: none is left when it is lost.
  QCOMPARE( evacuationMinutesLargestExitLost( 100, 82, { 5 } ), std::numeric_limits<double>::infinity() );
  QCOMPARE( evacuationMinutesLargestExitLost( 0, 82, { 5 } ), 0.0 );
  QVERIFY_EXCEPTION_THROWN( egressWidthLargestExitLostM( 100, 82, 8, 1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( evacuationMinutesThroughExits( 100, 82, {} ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( evacuationMinutesThroughExits( 100, 82, { 0, 0 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( evacuationMinutesLargestExitLost( 100, 82, { 5, -1 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( evacuationMinutesLargestExitLost( 100, 0, { 5, 5 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( evacuationMinutesLargestExitLost( 100, 82, { 5, HUGE_VAL } ), std::invalid_argument );
}

void TestCrowd::arrivalPeak()
{
  // 10,000 people over 60 minutes: 166.7 per minute on average, 333.3 at a peak of 2x.
  QVERIFY( std::fabs( peakArrivalsPerMinute( 10000, 60, 2 ) - 10000.0 / 30 ) < 1e-9 );
  // 400 p/h lanes: 10000 / 400 = 25 lanes for the mean, 50 for a 2x peak, 37.5 -> 38 for 1.5x.
  QCOMPARE( searchLanesForPeak( 10000, 400, 60, 1 ), 25 );
  QCOMPARE( searchLanesForPeak( 10000, 400, 60, 1 ), eventsecurity::domain::searchLanes( 10000, 400, 60 ) );
  QCOMPARE( searchLanesForPeak( 10000, 400, 60, 2 ), 50 );
  QCOMPARE( searchLanesForPeak( 10000, 400, 60, 1.5 ), 38 );
  QCOMPARE( searchLanesForPeak( 10000, 400, 60, kDefaultArrivalPeakFactor ), 50 );
  QVERIFY_EXCEPTION_THROWN( searchLanesForPeak( 10000, 400, 60, 0.9 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( searchLanesForPeak( 10000, 400, 60, std::nan( "" ) ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( peakArrivalsPerMinute( 10000, 0, 2 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( peakArrivalsPerMinute( -1, 60, 2 ), std::invalid_argument );
}

void TestCrowd::arrivalFlow()
{
  // 10,000 people over 60 minutes through 15 m of entries: 10000 / 60 / 15 = 11.1 p/m/min on average (Fruin
  // level A, < 23); at a 2x peak 22.2 (still A); 4,000 people in 20 minutes through 5 m at a 2x peak:
  // 2 x 4000 / 20 / 5 = 80 p/m/min, level E (66-82).
  QVERIFY( std::fabs( arrivalFlowPerMetreMinute( 10000, 60, 15, 1 ) - 10000.0 / 60 / 15 ) < 1e-12 );
  QVERIFY( std::fabs( arrivalFlowPerMetreMinute( 10000, 60, 15, 2 ) - 2 * 10000.0 / 60 / 15 ) < 1e-12 );
  QCOMPARE( fruinLevelOfService( arrivalFlowPerMetreMinute( 10000, 60, 15, 2 ) ), 'A' );
  QCOMPARE( arrivalFlowPerMetreMinute( 4000, 20, 5, 2 ), 80.0 );
  QCOMPARE( fruinLevelOfService( arrivalFlowPerMetreMinute( 4000, 20, 5, 2 ) ), 'E' );
  QCOMPARE( arrivalFlowPerMetreMinute( 0, 60, 5, 1 ), 0.0 );
  QVERIFY_EXCEPTION_THROWN( arrivalFlowPerMetreMinute( 100, 60, 0, 1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( arrivalFlowPerMetreMinute( 100, 60, HUGE_VAL, 1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( arrivalFlowPerMetreMinute( 100, 60, std::nan( "" ), 1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( arrivalFlowPerMetreMinute( 100, 60, 5, 0.5 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( arrivalFlowPerMetreMinute( 100, 0, 5, 1 ), std::invalid_argument );
}

void TestCrowd::defaultsOnTheSafeSide()
{
  // The defaults: the sourced 8 minutes (the 10 minute low-risk band is longer: not a default); the peak
  // factor at the upper end of domain.md's 1.5-2x; judgement flows below the sourced ones (wider exits).
  QCOMPARE( kDefaultEgressMinutes, 8.0 );
  QVERIFY( kEgressMinutesLowRisk > kDefaultEgressMinutes );
  QCOMPARE( kDefaultArrivalPeakFactor, 2.0 );
  QVERIFY( kGreenGuideFlowLevelAlcohol < kGreenGuideFlowLevel );
  QVERIFY( kGreenGuideFlowSteppedAlcohol < kGreenGuideFlowStepped );
  QVERIFY( kMetalDetectorLanePerHour < 500 ); // below the 500-1,000 p/h the DHS quotes
}

QTEST_APPLESS_MAIN( TestCrowd )
#include "test_crowd.moc"
