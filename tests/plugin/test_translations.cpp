// The plugin's translations load by QGIS's locale setting and translate what users read.
#include "eventsecurityprovider.h"
#include "eventsecuritytranslation.h"
#include "testsupport.h"

#include <qgsapplication.h>
#include <qgssettings.h>

class TestTranslations : public QObject
{
  Q_OBJECT

private slots:
  void cleanup();
  void followsQgisUserLocale_data();
  void followsQgisUserLocale();
  void regionalLocaleFallsBackToLanguage();
  void unknownLocaleStaysEnglish();
  void pluralForms_data();
  void pluralForms();

private:
  static void setQgisLocale( const QString &locale );
};

void TestTranslations::setQgisLocale( const QString &locale )
{
  // What QGIS's Options > General > "Override system locale" writes.
  QgsSettings settings;
  settings.setValue( QStringLiteral( "locale/overrideFlag" ), true );
  settings.setValue( QStringLiteral( "locale/userLocale" ), locale );
}

void TestTranslations::cleanup()
{
  eventsecurity::removeTranslator();
  QgsSettings().remove( QStringLiteral( "locale" ) );
}

void TestTranslations::followsQgisUserLocale_data()
{
  QTest::addColumn<QString>( "locale" );
  QTest::addColumn<QString>( "providerName" );
  QTest::addColumn<QString>( "blastGroup" );
  QTest::newRow( "French" ) << "fr" << QStringLiteral( "Sécurité des événements" )
                            << QStringLiteral( "Menace d'explosion" );
  QTest::newRow( "Italian" ) << "it" << QStringLiteral( "Sicurezza degli eventi" )
                             << QStringLiteral( "Minaccia di esplosione" );
}

void TestTranslations::followsQgisUserLocale()
{
  QFETCH( QString, locale );
  QFETCH( QString, providerName );
  QFETCH( QString, blastGroup );
  setQgisLocale( locale );
  QCOMPARE( QgsApplication::locale(), locale );
  QCOMPARE( eventsecurity::installTranslator(), locale );
  eventsecurity::EventSecurityProvider provider;
  QCOMPARE( provider.name(), providerName );
  QCOMPARE( eventsecurity::groupName( eventsecurity::AlgorithmGroup::Blast ), blastGroup );
}

void TestTranslations::regionalLocaleFallsBackToLanguage()
{
  QCOMPARE( eventsecurity::installTranslator( QStringLiteral( "fr_BE" ) ), QStringLiteral( "fr" ) );
  QCOMPARE( eventsecurity::EventSecurityProvider().name(), QStringLiteral( "Sécurité des événements" ) );
}

void TestTranslations::unknownLocaleStaysEnglish()
{
  QCOMPARE( eventsecurity::installTranslator( QStringLiteral( "fr" ) ), QStringLiteral( "fr" ) );
  QCOMPARE( eventsecurity::installTranslator( QStringLiteral( "de" ) ), QString() );
  // The French translator was replaced, not kept.
  QCOMPARE( eventsecurity::EventSecurityProvider().name(), QStringLiteral( "Event security" ) );
}

void TestTranslations::pluralForms_data()
{
  // Qt's numerus forms (tr() with %n): English from its plural-only file, French with 0 and 1 singular, Italian
  // with 1 only; a language without a translation of its own gets the English forms.
  QTest::addColumn<QString>( "locale" );
  QTest::addColumn<int>( "count" );
  QTest::addColumn<QString>( "entries" );
  QTest::addColumn<QString>( "buildings" );
  QTest::newRow( "English, 1" ) << "en" << 1 << "at 1 entry"
                                << ", 1 building";
  QTest::newRow( "English, 4" ) << "en" << 4 << "at 4 entries"
                                << ", 4 buildings";
  QTest::newRow( "German, 1" ) << "de" << 1 << "at 1 entry"
                               << ", 1 building";
  QTest::newRow( "French, 0" ) << "fr" << 0 << QStringLiteral( "à 0 point d'accès" )
                               << QStringLiteral( ", 0 bâtiment" );
  QTest::newRow( "French, 1" ) << "fr" << 1 << QStringLiteral( "à 1 point d'accès" )
                               << QStringLiteral( ", 1 bâtiment" );
  QTest::newRow( "French, 2" ) << "fr" << 2 << QStringLiteral( "à 2 points d'accès" )
                               << QStringLiteral( ", 2 bâtiments" );
  QTest::newRow( "Italian, 0" ) << "it" << 0 << "presso 0 varchi"
                                << ", 0 edifici";
  QTest::newRow( "Italian, 1" ) << "it" << 1 << "presso 1 varco"
                                << ", 1 edificio";
  QTest::newRow( "Italian, 4" ) << "it" << 4 << "presso 4 varchi"
                                << ", 4 edifici";
}

void TestTranslations::pluralForms()
{
  QFETCH( QString, locale );
  QFETCH( int, count );
  QFETCH( QString, entries );
  QFETCH( QString, buildings );
  eventsecurity::installTranslator( locale );
  // The dock's queues (ui/planresultswidget.cpp) and the stand-off zones' summary (standoffzonesalgorithm.cpp).
  QCOMPARE( QCoreApplication::translate( "eventsecurity::PlanResultsWidget", "at %n entries", nullptr, count ),
            entries );
  QCOMPARE( QCoreApplication::translate( "StandoffZonesAlgorithm", ", %n building(s)", nullptr, count ), buildings );
}

ES_TEST_MAIN( TestTranslations )
#include "test_translations.moc"
