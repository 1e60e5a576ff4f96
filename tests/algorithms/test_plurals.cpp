// Counts in the log, warnings and reports read right for one and for several (Qt's numerus forms, issue 15):
// in English (i18n/eventsecurity_en.ts holds the English forms, loaded for an English QGIS as for any other
// language), in French and in Italian.
#include "eventsecuritytranslation.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace eventsecurity::test;

namespace
{
const QString kAlgorithm = QStringLiteral( "eventsecurity:standoffzones" );
const QString kUtm21S = QStringLiteral( "EPSG:32721" );

struct NumerusMessage
{
  QString context;
  QString source;
};

// Every message i18n/eventsecurity_fr.ts marks numerus="yes": the French file holds every message of the sources.
// (SAMPLE_DATA_DIR is data/montevideo of the source tree.)
QList<NumerusMessage> numerusMessages()
{
  QFile file( QStringLiteral( SAMPLE_DATA_DIR "/../../i18n/eventsecurity_fr.ts" ) );
  if ( !file.open( QIODevice::ReadOnly ) )
    return {};
  QList<NumerusMessage> messages;
  QXmlStreamReader xml( &file );
  QString context;
  bool numerus = false;
  while ( !xml.atEnd() )
  {
    if ( !xml.readNextStartElement() )
      continue;
    if ( xml.name() == QLatin1String( "name" ) )
      context = xml.readElementText();
    else if ( xml.name() == QLatin1String( "message" ) )
      numerus = xml.attributes().value( QLatin1String( "numerus" ) ) == QLatin1String( "yes" );
    else if ( xml.name() == QLatin1String( "source" ) && numerus )
      messages.append( { context, xml.readElementText() } );
  }
  return messages;
}
} // namespace

class TestPlurals : public QObject
{
  Q_OBJECT

private slots:
  void cleanup();
  void standoffLog_data();
  void standoffLog();
  void everyCountReadsRight_data();
  void everyCountReadsRight();
};

void TestPlurals::cleanup()
{
  eventsecurity::removeTranslator();
}

void TestPlurals::standoffLog_data()
{
  QTest::addColumn<QString>( "locale" );
  QTest::addColumn<int>( "points" );
  QTest::addColumn<QString>( "method" ); // 0 chart: two zones; 1 overpressure at one threshold: one zone
  QTest::addColumn<QString>( "expected" );
  // The sedan (227 kg TNT, the default threat) on the chart: mandatory evacuation 98 m and shelter in place 580 m
  // (NCTC/DHS 2013), two zones out to 580.0 m. One threshold of the overpressure method: one zone.
  QTest::newRow( "English, one feature, two zones" ) << "en" << 1 << "0"
                                                     << "2 zones out to 580.0 m, 1 source feature.";
  QTest::newRow( "English, two features, one zone" ) << "en" << 2 << "1"
                                                     << "1 zone out to";
  QTest::newRow( "English, two features" ) << "en" << 2 << "1"
                                           << "m, 2 source features.";
  QTest::newRow( "French, one feature, two zones" )
      << "fr" << 1 << "0" << QStringLiteral( "2 zones jusqu'à 580.0 m, 1 entité source." );
  QTest::newRow( "French, two features, one zone" ) << "fr" << 2 << "1" << QStringLiteral( "1 zone jusqu'à" );
  QTest::newRow( "French, two features" ) << "fr" << 2 << "1" << QStringLiteral( "m, 2 entités sources." );
  QTest::newRow( "Italian, one feature, two zones" )
      << "it" << 1 << "0" << QStringLiteral( "2 zone fino a 580.0 m, 1 elemento sorgente." );
  QTest::newRow( "Italian, two features, one zone" ) << "it" << 2 << "1" << QStringLiteral( "1 zona fino a" );
  QTest::newRow( "German, no translation: English" )
      << "de" << 1 << "0" << QStringLiteral( "2 zones out to 580.0 m, 1 source feature." );
}

void TestPlurals::standoffLog()
{
  QFETCH( QString, locale );
  QFETCH( int, points );
  QFETCH( QString, method );
  QFETCH( QString, expected );
  // A language without a translation reads English, with the English plural forms.
  QCOMPARE( eventsecurity::installTranslator( locale ), locale == QLatin1String( "de" ) ? QString() : locale );
  QStringList wkts = { QStringLiteral( "POINT(580000 6140000)" ) };
  if ( points == 2 )
    wkts << QStringLiteral( "POINT(585000 6140000)" );
  std::unique_ptr<QgsVectorLayer> input = memoryLayer( QStringLiteral( "Point?crs=%1" ).arg( kUtm21S ), wkts );
  QgsProcessingContext context;
  const AlgorithmRun run = runAlgorithm( kAlgorithm,
                                         { { QStringLiteral( "INPUT" ), QVariant::fromValue( input.get() ) },
                                           { QStringLiteral( "METHOD" ), method.toInt() },
                                           { QStringLiteral( "THRESHOLDS_KPA" ), QStringLiteral( "34.5" ) },
                                           { QStringLiteral( "OUTPUT" ), QStringLiteral( "memory:" ) } },
                                         context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  QVERIFY2( run.log.contains( expected ), qPrintable( run.log ) );
  QVERIFY2( !run.log.contains( QLatin1String( "(s)" ) ), qPrintable( run.log ) );
}

void TestPlurals::everyCountReadsRight_data()
{
  QTest::addColumn<QString>( "locale" );
  QTest::addColumn<QString>( "unresolved" ); // what a count left to the reader looks like in that language
  QTest::newRow( "English" ) << "en"
                             << R"(\((s|es|y/ies|ies)\))";
  QTest::newRow( "French" ) << "fr"
                            << R"(\w\((s|e|es|x)\))";
  QTest::newRow( "Italian" ) << "it"
                             << R"([a-z]/(i|e|hi)\b)";
}

void TestPlurals::everyCountReadsRight()
{
  // Every numerus message of the sources, for one and for two: never "point(s)", "entr(y/ies)" or "nodo/i".
  QFETCH( QString, locale );
  QFETCH( QString, unresolved );
  QCOMPARE( eventsecurity::installTranslator( locale ), locale );
  const QList<NumerusMessage> messages = numerusMessages();
  QVERIFY( messages.size() >= 40 );
  const QRegularExpression pattern( unresolved );
  for ( const NumerusMessage &message : messages )
    for ( const int n : { 1, 2 } )
    {
      const QString text = QCoreApplication::translate( message.context.toUtf8().constData(),
                                                        message.source.toUtf8().constData(), nullptr, n );
      QVERIFY2( !pattern.match( text ).hasMatch(), qPrintable( QStringLiteral( "%1: %2" ).arg( n ).arg( text ) ) );
      QVERIFY2( text.contains( QString::number( n ) ), qPrintable( text ) );
    }
}

ES_TEST_MAIN( TestPlurals )
#include "test_plurals.moc"
