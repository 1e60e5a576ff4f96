// Physical bounds of the parameters (physicalbounds.h): each limit lies above the real value it cites, and
// values beyond it are refused with a message naming the limit.
#include "physicalbounds.h"
#include "threatcatalogue.h"
#include "vehicleclasses.h"
#include "vehicledynamics.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace eventsecurity::domain;

class TestPhysicalBounds : public QObject
{
  Q_OBJECT

private slots:
  void tableMatchesConstants();
  void limitsLieAboveTheRealValuesTheyCite();
  void refusesUnrealValues();
  void messageNamesTheLimit();
};

void TestPhysicalBounds::tableMatchesConstants()
{
  const std::vector<PhysicalBound> &bounds = physicalBounds();
  for ( std::size_t i = 0; i < bounds.size(); ++i )
  {
    QCOMPARE( static_cast<std::size_t>( bounds[i].quantity ), i ); // physicalBound() indexes by the enum
    QVERIFY( bounds[i].maximum > 0 && std::isfinite( bounds[i].maximum ) );
    QVERIFY( !bounds[i].what.empty() && !bounds[i].reason.empty() );
  }
  QCOMPARE( bounds.size(), std::size_t( 18 ) );
  QCOMPARE( physicalBound( PhysicalQuantity::VehicleSpeedKmh ).maximum, kMaxVehicleSpeedKmh );
  QCOMPARE( physicalBound( PhysicalQuantity::ChargeKg ).maximum, kMaxChargeKg );
  QCOMPARE( physicalBound( PhysicalQuantity::DigitisingToleranceM ).maximum, kMaxDigitisingToleranceM );
}

void TestPhysicalBounds::limitsLieAboveTheRealValuesTheyCite()
{
  QVERIFY( kMaxVehicleSpeedKmh > 490 ); // Bugatti Chiron Super Sport 300+, 490 km/h
  QVERIFY( kMaxVehicleAccelerationMs2 > 1.5 * kStandardGravity );
  QVERIFY( kMaxVehicleMassKg > 200000 );       // road trains
  QVERIFY( kMaxAttendance > 3e7 );             // Kumbh Mela
  QVERIFY( kMaxCrowdDensityPerM2 > 1 / 0.14 ); // Fruin's body ellipse
  QVERIFY( kMaxFlowPerMetreMinute > 109 );     // the highest guidance flow of domain.md section 5
  QVERIFY( kMaxWidthM > 140 );                 // Avenida 9 de Julio
  // Every default of the tables lies within its bound.
  for ( const ThreatType &type : threatTypes() )
  {
    QVERIFY( type.tntKg < kMaxChargeKg );
    QVERIFY( type.preferredEvacuationM < kMaxDistanceM );
  }
  for ( const VehicleClass &vehicle : vehicleClasses() )
  {
    QVERIFY( msToKmh( vehicle.maxSpeedMs ) <= kMaxVehicleSpeedKmh );
    QVERIFY( vehicle.accelMs2 <= kMaxVehicleAccelerationMs2 );
    QVERIFY( vehicle.massKg <= kMaxVehicleMassKg );
  }
}

void TestPhysicalBounds::refusesUnrealValues()
{
  // The values issue 11 found accepted: 1e12 km/h, 1e6 m/s2, 1e12 kg.
  QVERIFY_EXCEPTION_THROWN( requireWithinPhysicalBound( PhysicalQuantity::VehicleSpeedKmh, 1e12 ),
                            std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requireWithinPhysicalBound( PhysicalQuantity::VehicleAccelerationMs2, 1e6 ),
                            std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requireWithinPhysicalBound( PhysicalQuantity::VehicleMassKg, 1e12 ),
                            std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requireWithinPhysicalBound( PhysicalQuantity::ChargeKg, 1e12 ), std::invalid_argument );
  for ( const PhysicalBound &bound : physicalBounds() )
  {
    requireWithinPhysicalBound( bound.quantity, 0 );
    requireWithinPhysicalBound( bound.quantity, bound.maximum );
    QVERIFY_EXCEPTION_THROWN( requireWithinPhysicalBound( bound.quantity, std::nextafter( bound.maximum, 1e300 ) ),
                              std::invalid_argument );
    QVERIFY_EXCEPTION_THROWN( requireWithinPhysicalBound( bound.quantity, -1 ), std::invalid_argument );
    QVERIFY_EXCEPTION_THROWN( requireWithinPhysicalBound( bound.quantity, std::nan( "" ) ), std::invalid_argument );
    QVERIFY_EXCEPTION_THROWN( requireWithinPhysicalBound( bound.quantity, std::numeric_limits<double>::infinity() ),
                              std::invalid_argument );
  }
}

void TestPhysicalBounds::messageNamesTheLimit()
{
  try
  {
    requireWithinPhysicalBound( PhysicalQuantity::VehicleSpeedKmh, 1e12 );
    QFAIL( "1e12 km/h accepted" );
  }
  catch ( const std::invalid_argument &e )
  {
    const QString message = QString::fromUtf8( e.what() );
    QVERIFY2( message.startsWith( "vehicle speed of 1e+12 km/h" ), e.what() );
    QVERIFY2( message.contains( "between 0 and 500 km/h" ), e.what() );
    QVERIFY2( message.contains( "490 km/h" ), e.what() ); // the reason
  }
}

QTEST_APPLESS_MAIN( TestPhysicalBounds )
#include "test_physicalbounds.moc"
