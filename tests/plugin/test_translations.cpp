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

ES_TEST_MAIN( TestTranslations )
#include "test_translations.moc"
