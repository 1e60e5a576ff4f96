// OSM maxspeed values to entry speeds (speedlimits.h). Expected values: the OSM wiki's Key:maxspeed syntax,
// unit conversions by hand (1 mph = 1.609344 km/h), the osmose-qa table of national defaults.
#include "speedlimits.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <optional>

using namespace eventsecurity::domain;

namespace
{
bool is( const std::optional<double> &actual, double expected )
{
  if ( actual && ( *actual == expected || std::fabs( *actual - expected ) < 1e-9 ) )
    return true;
  qWarning( "got %s, expected %.9g", actual ? qPrintable( QString::number( *actual, 'g', 12 ) ) : "nullopt", expected );
  return false;
}
} // namespace

class TestSpeedLimits : public QObject
{
  Q_OBJECT

private slots:
  void numbersAreKmh();
  void units();
  void words();
  void lists();
  void countryCodes();
  void unknownValues();
};

void TestSpeedLimits::numbersAreKmh()
{
  QVERIFY( is( parseMaxspeedKmh( "50" ), 50 ) );
  QVERIFY( is( parseMaxspeedKmh( " 80 " ), 80 ) );
  QVERIFY( is( parseMaxspeedKmh( "7.5" ), 7.5 ) );
}

void TestSpeedLimits::units()
{
  QVERIFY( is( parseMaxspeedKmh( "30 mph" ), 48.28032 ) ); // 30 x 1.609344
  QVERIFY( is( parseMaxspeedKmh( "30mph" ), 48.28032 ) );
  QVERIFY( is( parseMaxspeedKmh( "70 MPH" ), 112.65408 ) );
  QVERIFY( is( parseMaxspeedKmh( "10 knots" ), 18.52 ) );
  QVERIFY( is( parseMaxspeedKmh( "50 km/h" ), 50 ) );
  QVERIFY( !parseMaxspeedKmh( "50 furlongs" ) );
}

void TestSpeedLimits::words()
{
  QVERIFY( is( parseMaxspeedKmh( "walk" ), 15 ) ); // the Netherlands' legal walking pace, the highest found
  QCOMPARE( *parseMaxspeedKmh( "none" ), std::numeric_limits<double>::infinity() );
  QVERIFY( !parseMaxspeedKmh( "signals" ) );
  QVERIFY( !parseMaxspeedKmh( "variable" ) );
}

void TestSpeedLimits::lists()
{
  // Limits by lane or time: the highest is the safe side.
  QVERIFY( is( parseMaxspeedKmh( "50;30" ), 50 ) );
  QVERIFY( is( parseMaxspeedKmh( "30;50" ), 50 ) );
  QVERIFY( is( parseMaxspeedKmh( "30 mph;40 mph" ), 64.37376 ) );
  QVERIFY( is( parseMaxspeedKmh( "signals;80" ), 80 ) ); // the known part
  QCOMPARE( *parseMaxspeedKmh( "120;none" ), std::numeric_limits<double>::infinity() );
  QVERIFY( !parseMaxspeedKmh( "signals;variable" ) );
}

void TestSpeedLimits::countryCodes()
{
  // osmose-qa's table: exceptions by country, else urban 50, rural 90, trunk 110, motorway 130.
  QVERIFY( is( parseMaxspeedKmh( "DE:urban" ), 50 ) );
  QVERIFY( is( parseMaxspeedKmh( "DE:rural" ), 100 ) );
  QCOMPARE( *parseMaxspeedKmh( "DE:motorway" ), std::numeric_limits<double>::infinity() );
  QVERIFY( is( parseMaxspeedKmh( "DE:living_street" ), 15 ) );
  QVERIFY( is( parseMaxspeedKmh( "FR:rural" ), 90 ) ); // listed as 80 or 90: the higher
  QVERIFY( is( parseMaxspeedKmh( "IT:motorway" ), 130 ) );
  QVERIFY( is( parseMaxspeedKmh( "CH:rural" ), 80 ) );
  QVERIFY( is( parseMaxspeedKmh( "PL:motorway" ), 140 ) );
  QVERIFY( is( parseMaxspeedKmh( "GB:nsl_single" ), 96.56064 ) ); // 60 mph
  QVERIFY( is( parseMaxspeedKmh( "gb:motorway" ), 112.65408 ) );  // 70 mph
  QVERIFY( is( parseMaxspeedKmh( "DE:zone30" ), 30 ) );
  QVERIFY( is( parseMaxspeedKmh( "DE:zone:30" ), 30 ) );
  QVERIFY( is( parseMaxspeedKmh( "GB:zone20" ), 32.18688 ) ); // 20 mph
  QVERIFY( !parseMaxspeedKmh( "DE:bicycle_road" ) );          // not in the table: unknown
  QVERIFY( !parseMaxspeedKmh( ":urban" ) );
}

void TestSpeedLimits::unknownValues()
{
  QVERIFY( !parseMaxspeedKmh( "" ) );
  QVERIFY( !parseMaxspeedKmh( "   " ) );
  QVERIFY( !parseMaxspeedKmh( "0" ) );
  QVERIFY( !parseMaxspeedKmh( "-50" ) );
  QVERIFY( !parseMaxspeedKmh( "5.0.1" ) );
  QVERIFY( !parseMaxspeedKmh( "fast" ) );
  QVERIFY( !parseMaxspeedKmh( ";" ) );
}

QTEST_APPLESS_MAIN( TestSpeedLimits )
#include "test_speedlimits.moc"
