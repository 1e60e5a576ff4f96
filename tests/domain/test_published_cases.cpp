// Published worked examples an outside reader can check against their sources, one source named per case.
// Where only a secondary source was found (a council page quoting a guide, a vendor's example) the comment says
// so; where a source is inconsistent the comment says how and which figure is used. Unit conversions use the
// exact definitions: 1 ft = 0.3048 m, 1 lb = 0.45359237 kg, 1 mph = 0.44704 m/s, g = 9.80665 m/s^2,
// 1 ft lbf = 0.3048 m x 4.4482216152605 N = 1.3558179483314004 J.
#include "barrierratings.h"
#include "crowd.h"
#include "kingerybulmash.h"
#include "threatcatalogue.h"
#include "vehicleclasses.h"
#include "vehicledynamics.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace eventsecurity::domain;

namespace
{
constexpr double kMetresPerFoot = 0.3048;
constexpr double kKgPerPound = 0.45359237;
constexpr double kMsPerMph = 0.44704;
constexpr double kJoulesPerFootPound = 1.3558179483314004;

VehicleClass testVehicle( double massKg, const std::string &astm, const std::string &iwa, const std::string &pas68 )
{
  VehicleClass vehicle = *findVehicleClass( "truck_7500" );
  vehicle.massKg = massKg;
  vehicle.astmClass = astm;
  vehicle.iwaClass = iwa;
  vehicle.pas68Class = pas68;
  return vehicle;
}
} // namespace

class TestPublishedCases : public QObject
{
  Q_OBJECT

private slots:
  void bombThreatStandOffChart_data();
  void bombThreatStandOffChart();
  void kingeryBulmashReferenceTable_data();
  void kingeryBulmashReferenceTable();
  void crashTestKineticEnergies();
  void publishedRatings();
  void eventCapacityAndExitWidth();
  void screeningLanes();
};

void TestPublishedCases::bombThreatStandOffChart_data()
{
  // US NCTC, "Bomb Threat Stand-Off Distances" (odni.gov/nctc, and the 2013 nctc.gov page archived by the
  // UNT web archive, 2013-02-17): TNT equivalent in lb and kg, mandatory and preferred evacuation distances in
  // ft and m, as printed. Two inconsistencies of the sources: the 2013 page prints the suicide vest's preferred
  // distance as "1,750 FT/518 M", ODNI as "1,700 ft/518 m" (518 m is 1,700 ft: ODNI's is used); and the card
  // prints the vest's charge as 9.2 kg where 20 lb is 9.07 kg (the table keeps 9.1, the conversion, which also
  // floors a 9.15 kg person-borne charge by the larger briefcase row: the safe side).
  QTest::addColumn<QString>( "key" );
  QTest::addColumn<double>( "lb" );
  QTest::addColumn<double>( "kg" );
  QTest::addColumn<double>( "mandatoryFt" );
  QTest::addColumn<double>( "mandatoryM" );
  QTest::addColumn<double>( "preferredFt" );
  QTest::addColumn<double>( "preferredM" );
  QTest::newRow( "pipe bomb" ) << "pipe_bomb" << 5.0 << 2.3 << 70.0 << 21.0 << 1200.0 << 366.0;
  QTest::newRow( "suicide vest" ) << "suicide_vest" << 20.0 << 9.1 << 110.0 << 34.0 << 1700.0 << 518.0;
  QTest::newRow( "briefcase" ) << "briefcase" << 50.0 << 23.0 << 150.0 << 46.0 << 1850.0 << 564.0;
  QTest::newRow( "sedan" ) << "sedan" << 500.0 << 227.0 << 320.0 << 98.0 << 1900.0 << 580.0;
  QTest::newRow( "SUV / van" ) << "suv_van" << 1000.0 << 454.0 << 400.0 << 122.0 << 2400.0 << 732.0;
  QTest::newRow( "small delivery truck" )
      << "small_delivery_truck" << 4000.0 << 1814.0 << 640.0 << 195.0 << 3800.0 << 1159.0;
  QTest::newRow( "container / water truck" )
      << "container_water_truck" << 10000.0 << 4536.0 << 860.0 << 263.0 << 5100.0 << 1555.0;
  QTest::newRow( "semi-trailer" ) << "semi_trailer" << 60000.0 << 27216.0 << 1570.0 << 479.0 << 9300.0 << 2835.0;
}

void TestPublishedCases::bombThreatStandOffChart()
{
  QFETCH( QString, key );
  QFETCH( double, lb );
  QFETCH( double, kg );
  QFETCH( double, mandatoryFt );
  QFETCH( double, mandatoryM );
  QFETCH( double, preferredFt );
  QFETCH( double, preferredM );
  const ThreatType *type = findThreatType( key.toStdString() );
  QVERIFY( type );
  QCOMPARE( type->tntLb, lb );
  QCOMPARE( type->tntKg, kg );
  QCOMPARE( type->mandatoryEvacuationFt, mandatoryFt );
  QCOMPARE( type->mandatoryEvacuationM, mandatoryM );
  QCOMPARE( type->preferredEvacuationFt, preferredFt );
  QCOMPARE( type->preferredEvacuationM, preferredM );
  // Metres from feet: the chart rounds to within a metre (580 m for 1,900 ft = 579.1 m; 263 m for 860 ft =
  // 262.1 m; 1,159 m for 3,800 ft = 1,158.2 m).
  QVERIFY( std::fabs( mandatoryFt * kMetresPerFoot - mandatoryM ) < 1.0 );
  QVERIFY( std::fabs( preferredFt * kMetresPerFoot - preferredM ) < 1.0 );
  // Kilograms from pounds: to 0.1 kg below 10 kg, to the whole kg above.
  QVERIFY( std::fabs( lb * kKgPerPound - kg ) <= ( kg < 10 ? 0.05 : 0.5 ) );
  // Each row's own distances come back from the chart's scaling at its own charge.
  const EvacuationDistances distances = evacuationDistances( *type, type->tntKg );
  QVERIFY( std::fabs( distances.preferredM - preferredM ) < 1e-9 );
}

void TestPublishedCases::kingeryBulmashReferenceTable_data()
{
  // Incident overpressure of a hemispherical TNT surface burst against scaled distance, the reference table of
  // the public implementation fcento100/kingery-bulmash (tests/test_kingery_bulmash.py, "sr" and "ip" columns,
  // Z in m/kg^(1/3), kPa), which implements Swisdak 1994 (DTIC ADA526744); it tests to 1 %, here 0.5 %. One value
  // in each range of the fit and at its ends; Z = 1 and 10 are domain.md's spot checks (1,354 and 14.9 kPa).
  QTest::addColumn<double>( "z" );
  QTest::addColumn<double>( "kpa" );
  QTest::newRow( "0.2" ) << 0.2 << 17310.36;
  QTest::newRow( "0.5" ) << 0.5 << 4888.0;
  QTest::newRow( "1" ) << 1.0 << 1354.0;
  QTest::newRow( "2" ) << 2.0 << 283.7;
  QTest::newRow( "2.5" ) << 2.5 << 171.3;
  QTest::newRow( "3" ) << 3.0 << 115.7;
  QTest::newRow( "5" ) << 5.0 << 43.23;
  QTest::newRow( "10" ) << 10.0 << 14.89;
  QTest::newRow( "20" ) << 20.0 << 6.102;
  QTest::newRow( "24" ) << 24.0 << 4.871;
  QTest::newRow( "30" ) << 30.0 << 3.559;
  QTest::newRow( "50" ) << 50.0 << 1.735;
  QTest::newRow( "100" ) << 100.0 << 0.654;
  QTest::newRow( "150" ) << 150.0 << 0.37;
}

void TestPublishedCases::kingeryBulmashReferenceTable()
{
  QFETCH( double, z );
  QFETCH( double, kpa );
  const std::optional<double> computed = kingerybulmash::incidentOverpressureKpa( z );
  QVERIFY( computed );
  QVERIFY2( std::fabs( *computed / kpa - 1 ) < 0.005, qPrintable( QString::number( *computed ) ) );
  // The same through a charge and a range: 1,000 kg at 10 Z.
  QVERIFY( std::fabs( *kingerybulmash::incidentOverpressureKpa( 10 * z, 1000 ) / kpa - 1 ) < 0.005 );
}

void TestPublishedCases::crashTestKineticEnergies()
{
  // ASTM F2656 M30/M40/M50: a 15,000 lb truck at 30/40/50 mph (trafficguard.net, "M30 crash tested bollards":
  // "a 15,000 lb. vehicle at 30, 40 or 50 MPH"). No published table of their energies was found; by hand,
  // with m = 15,000 lb / g (g = 32.174049 ft/s^2, 466.215 slug) and v in ft/s (30 mph = 44 ft/s):
  // E = 0.5 x 466.215 x 44^2 = 451,295 ft lbf; 40 mph (58.667 ft/s): 802,303; 50 mph (73.333 ft/s): 1,253,598.
  const double truckKg = 15000 * kKgPerPound;
  const double expectedFtLbf[] = { 451295.4, 802302.9, 1253598.3 };
  const double mph[] = { 30, 40, 50 };
  for ( int i = 0; i < 3; ++i )
  {
    const double ftLbf = kineticEnergyKj( truckKg, mph[i] * kMsPerMph ) * 1000 / kJoulesPerFootPound;
    QVERIFY2( std::fabs( ftLbf - expectedFtLbf[i] ) < 1, qPrintable( QString::number( ftLbf, 'f', 1 ) ) );
  }
  // ASTM H50, 65,000 lb at 50 mph: 0.5 x 65,000 / 32.174049 x 73.333^2 = 5,432,259 ft lbf, which a widely circulated US
  // Army Corps of Engineers test note rounds to "Kinetic Energy = 5.5 MILLION ft. lbs" (secondary: quoted on
  // bashingbambi.blogspot.com, 2009).
  const double h50 = kineticEnergyKj( 65000 * kKgPerPound, 50 * kMsPerMph ) * 1000 / kJoulesPerFootPound;
  QVERIFY( std::fabs( h50 - 5432259.4 ) < 1 );
  QVERIFY( std::fabs( h50 / 5.5e6 - 1 ) < 0.02 );
  // "The 35 mph test is 36 % more severe than the 30 mph test (36 % more kinetic energy)" (NHTSA crash tests,
  // oldnhtsa.blogspot.com): (35/30)^2 = 1.361.
  const double ratio = kineticEnergyKj( 1500, 35 * kMsPerMph ) / kineticEnergyKj( 1500, 30 * kMsPerMph );
  QVERIFY( std::fabs( ratio - 1.3611 ) < 1e-4 );
  // PAS 68 N3 at 80 km/h (Frontier Pitts, "How to read the results", rating 7500[N3]/80/90:2.3/4.0): E = 0.5 x 7,500
  // x 22.222^2 = 1,851.85 kJ.
  QVERIFY( std::fabs( kineticEnergyKj( 7500, kmhToMs( 80 ) ) - 1851.85 ) < 0.01 );
}

void TestPublishedCases::publishedRatings()
{
  // Frontier Pitts' PAS 68 example "7500[N3]/80/90:2.3/4.0": a 7,500 kg N3 truck at 80 km/h, the TEST's 90 degrees,
  // 2.3 m penetration (4.0 m of debris, not a requirement). A plan allowing 2.3 m asks for that rating.
  const VehicleClass n3 = testVehicle( 7500, "C7", "N3C", "N3" );
  QCOMPARE( requiredBarrierRatingsWithPenetration( n3, kmhToMs( 80 ), 2.3 ).pas68,
            std::string( "V/7500[N3]/80/90:2.3" ) );
  // Perimeter Protection Group's ASTM F2656-07 M50 bollard: "a 6.8 tonne truck impacted the bollard with a speed
  // of 80 km/h ... achieved a P2 rating" (Risk UK, "Bollard crash-test success claimed"): M50 is 80 km/h, not 50.
  const VehicleClass m = testVehicle( 6800, "M", "N2A", "N2" );
  // An impact of 80 km/h needs that barrier's test report (M50 is earned from 47 mph = 75.6 km/h): it shows 80.
  QCOMPARE( requiredBarrierRatingsWithPenetration( m, kmhToMs( 80 ), 7 ).astm,
            std::string( "M50-P2 (80 km/h), tested at 80 km/h or more" ) );
  QCOMPARE( requiredBarrierRatingsWithPenetration( m, kmhToMs( 75 ), 7 ).astm, std::string( "M50-P2 (80 km/h)" ) );
  QCOMPARE( requiredBarrierRatings( m, kmhToMs( 50 ) ).astm, std::string( "M40 (64 km/h)" ) );
  // DoD / ASTM penetration thresholds "3.3 ft, 23 ft, and 98.4 ft" (Delta Scientific, "ASTM F2656 explained",
  // 2026): 1, 7 and 30 m.
  QVERIFY( std::fabs( astmPenetrationLimitM( AstmPenetration::P1 ) - 3.3 * kMetresPerFoot ) < 0.01 );
  QVERIFY( std::fabs( astmPenetrationLimitM( AstmPenetration::P2 ) - 23 * kMetresPerFoot ) < 0.02 );
  QVERIFY( std::fabs( astmPenetrationLimitM( AstmPenetration::P3 ) - 98.4 * kMetresPerFoot ) < 0.01 );
}

void TestPublishedCases::eventCapacityAndExitWidth()
{
  // Home Office, "Guide to Fire Precautions in Places of Entertainment and Like Premises", exit calculation
  // example as reproduced by mhto.org ("2.21ii Guidance - Emergency Exit Calculations"): a marquee dance hall,
  // dance floor 420 m2 at 0.55 m2 a person = 763 people, bar 60 m2 at 0.4 = 150, 913 in all; exit units of
  // 525 mm discharging 40 persons a minute, 2 minutes: U = 913 / (40 x 2) = 11.41 units (the page's text
  // writes "990 / (40 x 2) = 11.42", a slip: 913 gives 11.41), i.e. 11.41 x 0.525 = 5.99 m.
  QCOMPARE( std::floor( crowdCapacity( 420, 1 / 0.55 ) ), 763.0 );
  QVERIFY( std::fabs( crowdCapacity( 60, 1 / 0.4 ) - 150 ) < 1e-9 );
  const double unitFlow = 40 / 0.525; // persons per metre per minute
  QVERIFY( std::fabs( egressWidthM( 913, unitFlow, 2 ) / 0.525 - 11.4125 ) < 1e-9 );
  // Hastings Borough Council, event planning, "Capacity calculations": a 5 m escape route at 109 persons per
  // metre per minute over 5 minutes holds 2,725 persons.
  QVERIFY( std::fabs( evacuationMinutes( 2725, 109, 5 ) - 5 ) < 1e-12 );
  QVERIFY( std::fabs( egressWidthM( 2725, 109, 5 ) - 5 ) < 1e-12 );
  // Green Guide 13.4a: "the normal maximum egress time ... is eight minutes" (safetyatsportsgrounds.org.uk), and
  // the Green Guide flows 82 level / 66 stepped: 10,000 people need 10000 / (82 x 8) = 15.24 m of level exits.
  QCOMPARE( kDefaultEgressMinutes, 8.0 );
  QVERIFY( std::fabs( egressWidthM( 10000, kGreenGuideFlowLevel, kDefaultEgressMinutes ) - 15.2439 ) < 1e-4 );
  // HSE HSG195 para 87: "0.5 m2 of available floor space per person": 2 persons per m2.
  QCOMPARE( crowdCapacity( 1150, kStandingDensity ), 2300.0 );
  // Buckinghamshire Council ("Assessing site suitability") attributes 82 / 72 / 66 / 56 persons per metre per minute
  // and 10 / 8 / 6 minutes to the Green Guide, and asks to "remove the largest exit" from the calculation. Its
  // example begins "a Total Exit Width (TEW) of 20m over 5 exits" (the rest was not available to us); with five
  // equal 4 m exits (our continuation, not the council's figures) 16 m are left: 16 x 82 x 8 = 10,496 persons.
  QCOMPARE( kGreenGuideFlowLevelAlcohol, 72.0 );
  QCOMPARE( kGreenGuideFlowSteppedAlcohol, 56.0 );
  QVERIFY( std::fabs( evacuationMinutesLargestExitLost( 10496, 82, { 4, 4, 4, 4, 4 } ) - 8 ) < 1e-12 );
}

void TestPublishedCases::screeningLanes()
{
  // 2M Technology, "Event screening queue optimization" (a vendor's example, secondary): 56,000 people arriving
  // in 45 minutes, 1,244 a minute, through lanes of 10 people a minute: 125 lanes. (The page derives the 56,000 as
  // 70 % of a 60,000-seat stadium, which is 42,000: only its 56,000 in 45 minutes is used.)
  QCOMPARE( searchLanes( 56000, 10 * 60, 45 ), 125 );
  QVERIFY( std::fabs( peakArrivalsPerMinute( 56000, 45, 1 ) - 1244.44 ) < 0.01 );
}

QTEST_APPLESS_MAIN( TestPublishedCases )
#include "test_published_cases.moc"
