// Barrier ratings required for an impact: ASTM F2656, IWA 14-1, PAS 68 (barrierratings.h).
#include "barrierratings.h"
#include "vehicledynamics.h"

#include <QtTest/QtTest>

#include <cmath>
#include <stdexcept>

using namespace eventsecurity::domain;

namespace
{
// A vehicle mapped to given test vehicles, independent of the default table.
VehicleClass vehicle( double massKg, const std::string &astm, const std::string &iwa, const std::string &pas68 )
{
  return VehicleClass{ "test", "Test vehicle", massKg, 1.0, 30.0, astm, iwa, pas68, "test" };
}
} // namespace

class TestBarrierRatings : public QObject
{
  Q_OBJECT

private slots:
  void ratingAtAndAboveTestSpeeds_data();
  void ratingAtAndAboveTestSpeeds();
  void lightVehicleSpeedsOfAstm();
  void aboveEveryTestSpeed();
  void noTestVehicleInAStandard();
  void angleIsRounded();
  void badInput();
  void testVehicleTables();
  void nearestCoveringTestVehicle();
};

void TestBarrierRatings::ratingAtAndAboveTestSpeeds_data()
{
  QTest::addColumn<double>( "impactKmh" );
  QTest::addColumn<double>( "extraMs" ); // added to the impact speed after conversion to m/s
  QTest::addColumn<QString>( "astm" );
  QTest::addColumn<QString>( "iwa" );
  QTest::addColumn<QString>( "pas68" );
  // A 7.2 t truck: ASTM C7 (50/65/80 km/h), IWA N2A (16..112 km/h), PAS 68 N2 (32/48/64/80 km/h).
  QTest::newRow( "standstill" ) << 0.0 << 0.0 << "C750"
                                << "V/7200[N2A]/16/90"
                                << "V/7200[N2]/32/90";
  QTest::newRow( "16 exact" ) << 16.0 << 0.0 << "C750"
                              << "V/7200[N2A]/16/90"
                              << "V/7200[N2]/32/90";
  QTest::newRow( "16 + 1 cm/s" ) << 16.0 << 0.01 << "C750"
                                 << "V/7200[N2A]/32/90"
                                 << "V/7200[N2]/32/90";
  QTest::newRow( "32 exact" ) << 32.0 << 0.0 << "C750"
                              << "V/7200[N2A]/32/90"
                              << "V/7200[N2]/32/90";
  QTest::newRow( "32 + 1 cm/s" ) << 32.0 << 0.01 << "C750"
                                 << "V/7200[N2A]/48/90"
                                 << "V/7200[N2]/48/90";
  QTest::newRow( "48 exact" ) << 48.0 << 0.0 << "C750"
                              << "V/7200[N2A]/48/90"
                              << "V/7200[N2]/48/90";
  QTest::newRow( "48 + 1 cm/s" ) << 48.0 << 0.01 << "C750"
                                 << "V/7200[N2A]/64/90"
                                 << "V/7200[N2]/64/90";
  QTest::newRow( "50 exact" ) << 50.0 << 0.0 << "C750"
                              << "V/7200[N2A]/64/90"
                              << "V/7200[N2]/64/90";
  QTest::newRow( "50 + 1 cm/s" ) << 50.0 << 0.01 << "C765"
                                 << "V/7200[N2A]/64/90"
                                 << "V/7200[N2]/64/90";
  QTest::newRow( "64 exact" ) << 64.0 << 0.0 << "C765"
                              << "V/7200[N2A]/64/90"
                              << "V/7200[N2]/64/90";
  QTest::newRow( "65 exact" ) << 65.0 << 0.0 << "C765"
                              << "V/7200[N2A]/80/90"
                              << "V/7200[N2]/80/90";
  QTest::newRow( "65 + 1 cm/s" ) << 65.0 << 0.01 << "C780"
                                 << "V/7200[N2A]/80/90"
                                 << "V/7200[N2]/80/90";
  // Within the 1e-6 m/s tolerance an impact counts as the test speed.
  QTest::newRow( "80 + 1e-7 m/s" ) << 80.0 << 1e-7 << "C780"
                                   << "V/7200[N2A]/80/90"
                                   << "V/7200[N2]/80/90";
  QTest::newRow( "80 exact" ) << 80.0 << 0.0 << "C780"
                              << "V/7200[N2A]/80/90"
                              << "V/7200[N2]/80/90";
  QTest::newRow( "81 km/h" ) << 81.0 << 0.0 << "exceeds ASTM F2656 C780 (impact 81.0 km/h)"
                             << "V/7200[N2A]/96/90"
                             << "exceeds PAS 68 V/7200[N2]/80/90 (impact 81.0 km/h)";
  QTest::newRow( "96 exact" ) << 96.0 << 0.0 << "exceeds ASTM F2656 C780 (impact 96.0 km/h)"
                              << "V/7200[N2A]/96/90"
                              << "exceeds PAS 68 V/7200[N2]/80/90 (impact 96.0 km/h)";
  QTest::newRow( "112 exact" ) << 112.0 << 0.0 << "exceeds ASTM F2656 C780 (impact 112.0 km/h)"
                               << "V/7200[N2A]/112/90"
                               << "exceeds PAS 68 V/7200[N2]/80/90 (impact 112.0 km/h)";
}

void TestBarrierRatings::ratingAtAndAboveTestSpeeds()
{
  QFETCH( double, impactKmh );
  QFETCH( double, extraMs );
  QFETCH( QString, astm );
  QFETCH( QString, iwa );
  QFETCH( QString, pas68 );
  const BarrierRatings ratings =
      requiredBarrierRatings( vehicle( 7200, "C7", "N2A", "N2" ), kmhToMs( impactKmh ) + extraMs, 90 );
  QCOMPARE( QString::fromStdString( ratings.astm ), astm );
  QCOMPARE( QString::fromStdString( ratings.iwa ), iwa );
  QCOMPARE( QString::fromStdString( ratings.pas68 ), pas68 );
  QCOMPARE( ratings.astmExceeded, astm.startsWith( "exceeds" ) );
  QCOMPARE( ratings.iwaExceeded, false );
  QCOMPARE( ratings.pas68Exceeded, pas68.startsWith( "exceeds" ) );
  QVERIFY( !ratings.exceedsAllTests ); // IWA 14-1 still has a test up to 112 km/h
}

void TestBarrierRatings::lightVehicleSpeedsOfAstm()
{
  // Cars and pickups are tested by ASTM F2656 up to 100 km/h.
  const VehicleClass car = vehicle( 1500, "FS", "M1", "M1" );
  QCOMPARE( requiredBarrierRatings( car, kmhToMs( 80 ) + 0.01, 90 ).astm, std::string( "FS100" ) );
  QCOMPARE( requiredBarrierRatings( car, kmhToMs( 100 ), 90 ).astm, std::string( "FS100" ) );
  const BarrierRatings fast = requiredBarrierRatings( car, kmhToMs( 100.5 ), 90 );
  QCOMPARE( fast.astm, std::string( "exceeds ASTM F2656 FS100 (impact 100.5 km/h)" ) );
  QCOMPARE( fast.iwa, std::string( "V/1500[M1]/112/90" ) );
  QCOMPARE( fast.pas68, std::string( "exceeds PAS 68 V/1500[M1]/80/90 (impact 100.5 km/h)" ) );
  QVERIFY( !fast.exceedsAllTests );
  // The medium-duty truck stops at 80 km/h.
  QCOMPARE( requiredBarrierRatings( vehicle( 6800, "M", "N2B", "N2" ), kmhToMs( 50 ), 90 ).astm, std::string( "M50" ) );
}

void TestBarrierRatings::aboveEveryTestSpeed()
{
  const BarrierRatings ratings = requiredBarrierRatings( vehicle( 7500, "C7", "N3C", "N3" ), kmhToMs( 120 ), 90 );
  QCOMPARE( ratings.astm, std::string( "exceeds ASTM F2656 C780 (impact 120.0 km/h)" ) );
  QCOMPARE( ratings.iwa, std::string( "exceeds IWA 14-1 V/7200[N3C]/112/90 (impact 120.0 km/h)" ) );
  QCOMPARE( ratings.pas68, std::string( "exceeds PAS 68 V/7500[N3]/80/90 (impact 120.0 km/h)" ) );
  QVERIFY( ratings.astmExceeded && ratings.iwaExceeded && ratings.pas68Exceeded );
  QVERIFY( ratings.exceedsAllTests );
  // Just above 112 km/h is beyond IWA too; exactly 112 is not.
  QVERIFY( requiredBarrierRatings( vehicle( 7500, "C7", "N3C", "N3" ), kmhToMs( 112 ) + 0.01, 90 ).exceedsAllTests );
  QVERIFY( !requiredBarrierRatings( vehicle( 7500, "C7", "N3C", "N3" ), kmhToMs( 112 ), 90 ).exceedsAllTests );
}

void TestBarrierRatings::noTestVehicleInAStandard()
{
  const VehicleClass lorry = vehicle( 30000, "H", "N3F", "" );
  const BarrierRatings slow = requiredBarrierRatings( lorry, kmhToMs( 40 ), 90 );
  QCOMPARE( slow.astm, std::string( "H50" ) );
  QCOMPARE( slow.iwa, std::string( "V/30000[N3F]/48/90" ) );
  QCOMPARE( slow.pas68, std::string( "no PAS 68 test vehicle for 30000 kg (heaviest: N3 7500 kg)" ) );
  QVERIFY( !slow.pas68Exceeded );
  QVERIFY( !slow.exceedsAllTests );
  // Beyond every test of the standards that have a vehicle: exceeds all.
  const BarrierRatings fast = requiredBarrierRatings( lorry, kmhToMs( 113 ), 90 );
  QVERIFY( fast.astmExceeded && fast.iwaExceeded && !fast.pas68Exceeded );
  QVERIFY( fast.exceedsAllTests );
}

void TestBarrierRatings::angleIsRounded()
{
  const VehicleClass truck = vehicle( 7200, "C7", "N2A", "N2" );
  QCOMPARE( requiredBarrierRatings( truck, kmhToMs( 40 ), 37.4 ).iwa, std::string( "V/7200[N2A]/48/37" ) );
  QCOMPARE( requiredBarrierRatings( truck, kmhToMs( 40 ), 37.6 ).pas68, std::string( "V/7200[N2]/48/38" ) );
  QCOMPARE( requiredBarrierRatings( truck, kmhToMs( 40 ), 0 ).iwa, std::string( "V/7200[N2A]/48/0" ) );
  QCOMPARE( requiredBarrierRatings( truck, kmhToMs( 40 ), 37.6 ).astm, std::string( "C750" ) ); // ASTM has no angle
}

void TestBarrierRatings::badInput()
{
  const VehicleClass truck = vehicle( 7200, "C7", "N2A", "N2" );
  QVERIFY_EXCEPTION_THROWN( requiredBarrierRatings( truck, -1, 90 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requiredBarrierRatings( truck, std::nan( "" ), 90 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requiredBarrierRatings( truck, 10, 90.001 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requiredBarrierRatings( truck, 10, 91 ), std::invalid_argument );
  // Rounding noise of an angle computed as atan2 * 180 / pi is accepted.
  QCOMPARE( requiredBarrierRatings( truck, 10, std::nextafter( 90.0, 91.0 ) ).iwa, std::string( "V/7200[N2A]/48/90" ) );
  QCOMPARE( requiredBarrierRatings( truck, 10, -1e-12 ).iwa, std::string( "V/7200[N2A]/48/0" ) );
  QVERIFY_EXCEPTION_THROWN( requiredBarrierRatings( truck, 10, -1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requiredBarrierRatings( truck, 10, std::nan( "" ) ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requiredBarrierRatings( vehicle( 7200, "C8", "N2A", "N2" ), 10, 90 ),
                            std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requiredBarrierRatings( vehicle( 7200, "C7", "N9", "N2" ), 10, 90 ),
                            std::invalid_argument );
}

void TestBarrierRatings::testVehicleTables()
{
  // Masses of domain.md section 4.
  QCOMPARE( findTestVehicle( BarrierStandard::AstmF2656, "SC" )->massKg, 1100.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::AstmF2656, "FS" )->massKg, 2100.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::AstmF2656, "PU" )->massKg, 2300.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::AstmF2656, "M" )->massKg, 6800.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::AstmF2656, "C7" )->massKg, 7200.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::AstmF2656, "H" )->massKg, 29500.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::Iwa14, "M1" )->massKg, 1500.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::Iwa14, "N1G" )->massKg, 2500.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::Iwa14, "N1" )->massKg, 3500.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::Iwa14, "N2A" )->massKg, 7200.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::Iwa14, "N3C" )->massKg, 7200.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::Pas68, "N1" )->massKg, 3500.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::Pas68, "N2" )->massKg, 7200.0 );
  QCOMPARE( findTestVehicle( BarrierStandard::Pas68, "N3" )->massKg, 7500.0 );
  QVERIFY( !findTestVehicle( BarrierStandard::Pas68, "N1G" ) );
  // Lightest first, speeds ascending.
  for ( BarrierStandard standard : { BarrierStandard::AstmF2656, BarrierStandard::Iwa14, BarrierStandard::Pas68 } )
  {
    const std::vector<TestVehicle> &table = testVehicles( standard );
    for ( size_t i = 0; i < table.size(); ++i )
    {
      QVERIFY( i == 0 || table[i - 1].massKg <= table[i].massKg );
      QVERIFY( std::is_sorted( table[i].testSpeedsKmh.begin(), table[i].testSpeedsKmh.end() ) );
    }
  }
  QCOMPARE( findTestVehicle( BarrierStandard::AstmF2656, "FS" )->testSpeedsKmh,
            std::vector<double>( { 50, 65, 80, 100 } ) );
  QCOMPARE( findTestVehicle( BarrierStandard::AstmF2656, "H" )->testSpeedsKmh, std::vector<double>( { 50, 65, 80 } ) );
  QCOMPARE( findTestVehicle( BarrierStandard::Pas68, "N3" )->testSpeedsKmh, std::vector<double>( { 32, 48, 64, 80 } ) );
}

void TestBarrierRatings::nearestCoveringTestVehicle()
{
  using eventsecurity::domain::nearestCoveringTestVehicle;
  const BarrierStandard astm = BarrierStandard::AstmF2656;
  QCOMPARE( nearestCoveringTestVehicle( astm, 1000 )->designation, std::string( "SC" ) );
  QCOMPARE( nearestCoveringTestVehicle( astm, 1500 )->designation, std::string( "FS" ) );
  QCOMPARE( nearestCoveringTestVehicle( astm, 2500 )->designation, std::string( "M" ) ); // PU is 8 % lighter
  QCOMPARE( nearestCoveringTestVehicle( astm, 7200 )->designation, std::string( "C7" ) );
  QCOMPARE( nearestCoveringTestVehicle( astm, 7500 )->designation, std::string( "C7" ) ); // 4 % lighter
  // Boundary of the 5 % tolerance: PU 2,300 kg stands for up to 2300 / 0.95 = 2,421.05 kg.
  QCOMPARE( nearestCoveringTestVehicle( astm, 2421 )->designation, std::string( "PU" ) );
  QCOMPARE( nearestCoveringTestVehicle( astm, 2422 )->designation, std::string( "M" ) );
  // Halfway between FS 2,100 and PU 2,300 kg: the heavier.
  QCOMPARE( nearestCoveringTestVehicle( astm, 2200 )->designation, std::string( "PU" ) );
  QCOMPARE( nearestCoveringTestVehicle( astm, 30000 )->designation, std::string( "H" ) ); // 1.7 % lighter
  QVERIFY( !nearestCoveringTestVehicle( astm, 31100 ) );                                  // H is 5.1 % lighter
  // The closest wins: PAS 68 N2 7,200 / N3 7,500 kg.
  QCOMPARE( nearestCoveringTestVehicle( BarrierStandard::Pas68, 7300 )->designation, std::string( "N2" ) );
  QCOMPARE( nearestCoveringTestVehicle( BarrierStandard::Pas68, 7400 )->designation, std::string( "N3" ) );
  QCOMPARE( nearestCoveringTestVehicle( BarrierStandard::Pas68, 7500 )->designation, std::string( "N3" ) );
  // IWA N2A, N2B and N3C share 7,200 kg: the first listed.
  QCOMPARE( nearestCoveringTestVehicle( BarrierStandard::Iwa14, 7500 )->designation, std::string( "N2A" ) );
  QCOMPARE( nearestCoveringTestVehicle( BarrierStandard::Pas68, 2500 )->designation, std::string( "N1" ) );
  QVERIFY( !nearestCoveringTestVehicle( BarrierStandard::Pas68, 30000 ) );
  QVERIFY_EXCEPTION_THROWN( nearestCoveringTestVehicle( astm, 0 ), std::invalid_argument );
}

QTEST_APPLESS_MAIN( TestBarrierRatings )
#include "test_barrierratings.moc"
