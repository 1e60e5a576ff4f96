// eventsecurity_process as a user meets it: a separate process, its output and its exit codes.
#include "testsupport.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace
{
struct RunnerResult
{
  int exitCode = -1;
  QString out;
  QString err;
};

RunnerResult runProgram( const QString &program, const QStringList &arguments )
{
  QProcess process;
  process.start( program, arguments );
  process.waitForFinished( 300000 );
  return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
           QString::fromUtf8( process.readAllStandardOutput() ), QString::fromUtf8( process.readAllStandardError() ) };
}

RunnerResult runRunner( const QStringList &arguments )
{
  return runProgram( QStringLiteral( RUNNER_PATH ), arguments );
}

QgsProcessingProvider *ourProvider()
{
  return QgsApplication::processingRegistry()->providerById( QStringLiteral( "eventsecurity" ) );
}

const char *kPointGeoJson = R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"site"},"geometry":{"type":"Point","coordinates":[-56.2003,-34.9066]}}]})";
} // namespace

class TestRunner : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void versionPrintsMetadataVersion();
  void listShowsOurAndNativeAlgorithms();
  void listJsonMatchesTheRegistry();
  void helpShowsEveryParameter();
  void unknownAlgorithmIsAnError();
  void unknownParameterIsAnError();
  void badParameterValueIsAnError();
  void runWritesOutputs();
  void runJsonReportsResults();
  void optionalOutputsFollowCreateByDefault();
  void unknownCommandIsAnError();
  void runsASavedModelThatUsesOurAlgorithm();
  void exitCodesFollowQgisProcess_data();
  void exitCodesFollowQgisProcess();
  void warningIsNotAFailure();
  void nothingReachedIsAWarning();
  void namedOutputNotWrittenIsAFailure();

private:
  QTemporaryDir mDir;
  QString mPointFile;
};

void TestRunner::initTestCase()
{
  QVERIFY( mDir.isValid() );
  QVERIFY( ourProvider() );
  mPointFile = mDir.filePath( QStringLiteral( "site.geojson" ) );
  QFile file( mPointFile );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( kPointGeoJson );
}

void TestRunner::versionPrintsMetadataVersion()
{
  const RunnerResult result = runRunner( { QStringLiteral( "--version" ) } );
  QCOMPARE( result.exitCode, 0 );
  QFile metadata( QStringLiteral( METADATA_PATH ) );
  QVERIFY( metadata.open( QIODevice::ReadOnly ) );
  const QString version =
      QString::fromUtf8( metadata.readAll() ).section( QStringLiteral( "\nversion=" ), 1 ).section( '\n', 0, 0 );
  QVERIFY( !version.isEmpty() );
  QVERIFY2( result.out.contains( QStringLiteral( "eventsecurity_process " ) + version ), qPrintable( result.out ) );
  QVERIFY( result.out.contains( QStringLiteral( "QGIS 3." ) ) );
}

void TestRunner::listShowsOurAndNativeAlgorithms()
{
  const RunnerResult result = runRunner( { QStringLiteral( "list" ) } );
  QCOMPARE( result.exitCode, 0 );
  QVERIFY( result.out.contains( QStringLiteral( "Event security" ) ) );
  QVERIFY( result.out.contains( QStringLiteral( "native:buffer" ) ) );
  for ( const QgsProcessingAlgorithm *algorithm : ourProvider()->algorithms() )
    QVERIFY2( result.out.contains( algorithm->id() + '\t' + algorithm->displayName() ), qPrintable( algorithm->id() ) );
  // Ours come first.
  QVERIFY( result.out.indexOf( QStringLiteral( "Event security" ) ) <
           result.out.indexOf( QStringLiteral( "native:" ) ) );
}

void TestRunner::listJsonMatchesTheRegistry()
{
  const RunnerResult result = runRunner( { QStringLiteral( "list" ), QStringLiteral( "--json" ) } );
  QCOMPARE( result.exitCode, 0 );
  const QJsonObject providers = QJsonDocument::fromJson( result.out.toUtf8() ).object().value( "providers" ).toObject();
  const QJsonObject ours =
      providers.value( QStringLiteral( "eventsecurity" ) ).toObject().value( "algorithms" ).toObject();
  QStringList expected;
  for ( const QgsProcessingAlgorithm *algorithm : ourProvider()->algorithms() )
    expected << algorithm->id();
  QStringList listed = ours.keys();
  expected.sort();
  listed.sort();
  QCOMPARE( listed, expected );
  QVERIFY( providers.contains( QStringLiteral( "native" ) ) );
}

void TestRunner::helpShowsEveryParameter()
{
  QStringList ids{ QStringLiteral( "native:buffer" ) };
  for ( const QgsProcessingAlgorithm *algorithm : ourProvider()->algorithms() )
    ids << algorithm->id();
  for ( const QString &id : std::as_const( ids ) )
  {
    const RunnerResult result = runRunner( { QStringLiteral( "help" ), id } );
    QCOMPARE( result.exitCode, 0 );
    const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( id );
    for ( const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions() )
      QVERIFY2( result.out.contains( parameter->name() + QStringLiteral( ": " ) ),
                qPrintable( id + ' ' + parameter->name() ) );
    for ( const QgsProcessingOutputDefinition *output : algorithm->outputDefinitions() )
      QVERIFY2( result.out.contains( output->name() ), qPrintable( id + ' ' + output->name() ) );
  }
}

void TestRunner::unknownAlgorithmIsAnError()
{
  for ( const QString &verb : { QStringLiteral( "help" ), QStringLiteral( "run" ) } )
  {
    const RunnerResult result = runRunner( { verb, QStringLiteral( "eventsecurity:nosuchthing" ) } );
    QCOMPARE( result.exitCode, 1 );
    QVERIFY2( result.err.contains( QStringLiteral( "no algorithm with id 'eventsecurity:nosuchthing'" ) ),
              qPrintable( result.err ) );
  }
  const RunnerResult model =
      runRunner( { QStringLiteral( "run" ), mDir.filePath( QStringLiteral( "missing.model3" ) ) } );
  QCOMPARE( model.exitCode, 1 );
  QVERIFY( model.err.contains( QStringLiteral( "could not read the model file" ) ) );
}

void TestRunner::unknownParameterIsAnError()
{
  const RunnerResult result =
      runRunner( { QStringLiteral( "run" ), QStringLiteral( "native:buffer" ),
                   QStringLiteral( "--INPUT=" ) + mPointFile, QStringLiteral( "--DISTANS=5" ) } );
  QCOMPARE( result.exitCode, 1 );
  QVERIFY2( result.err.contains( QStringLiteral( "has no parameter 'DISTANS'" ) ), qPrintable( result.err ) );
  QVERIFY( result.err.contains( QStringLiteral( "DISTANCE" ) ) ); // the valid names are listed
}

void TestRunner::badParameterValueIsAnError()
{
  const RunnerResult result =
      runRunner( { QStringLiteral( "run" ), QStringLiteral( "native:buffer" ),
                   QStringLiteral( "--INPUT=" ) + mDir.filePath( QStringLiteral( "nothere.gpkg" ) ) } );
  QCOMPARE( result.exitCode, 1 );
  QVERIFY2( result.err.contains( QStringLiteral( "INPUT" ) ), qPrintable( result.err ) );
}

void TestRunner::runWritesOutputs()
{
  const QString output = mDir.filePath( QStringLiteral( "buffer.gpkg" ) );
  const RunnerResult result = runRunner(
      { QStringLiteral( "run" ), QStringLiteral( "native:buffer" ), QStringLiteral( "--INPUT=" ) + mPointFile,
        QStringLiteral( "--DISTANCE=0.001" ), QStringLiteral( "--OUTPUT=" ) + output } );
  QCOMPARE( result.exitCode, 0 );
  QVERIFY( result.out.contains( QStringLiteral( "OUTPUT:\t" ) + output ) );
  const std::unique_ptr<QgsVectorLayer> layer = eventsecurity::test::loadVectorLayer( output );
  QVERIFY( layer->isValid() );
  QCOMPARE( layer->featureCount(), 1LL );
}

void TestRunner::runJsonReportsResults()
{
  const RunnerResult result =
      runRunner( { QStringLiteral( "run" ), QStringLiteral( "native:buffer" ), QStringLiteral( "--json" ),
                   QStringLiteral( "--INPUT=" ) + mPointFile, QStringLiteral( "--DISTANCE=0.001" ) } );
  QCOMPARE( result.exitCode, 0 );
  const QJsonObject json = QJsonDocument::fromJson( result.out.toUtf8() ).object();
  QCOMPARE( json.value( "algorithm" ).toString(), QStringLiteral( "native:buffer" ) );
  // An output not named on the command line goes to a temporary file that exists.
  const QString output = json.value( "results" ).toObject().value( "OUTPUT" ).toString();
  QVERIFY2( QFile::exists( output ), qPrintable( result.out ) );
  // The log as qgis_process --json gives it: one list per kind of message.
  QVERIFY2( json.value( "log" ).isObject(), qPrintable( result.out ) );
  QVERIFY( !json.value( "log" ).toObject().contains( "errors" ) );
}

void TestRunner::optionalOutputsFollowCreateByDefault()
{
  // As in QGIS's dialog: an optional output created by default (the security layout's report) is written
  // to a kept temporary file; one that is not (its PDF) is skipped unless named.
  const RunnerResult result = runRunner(
      { QStringLiteral( "run" ), QStringLiteral( "eventsecurity:securitylayout" ), QStringLiteral( "--json" ),
        QStringLiteral( "--VENUE=" ) + eventsecurity::test::sampleData( QStringLiteral( "venue.geojson" ) ),
        QStringLiteral( "--NETWORK=" ) + eventsecurity::test::sampleData( QStringLiteral( "roads.geojson" ) ),
        QStringLiteral( "--ATTENDANCE=5000" ) } );
  QCOMPARE( result.exitCode, 0 );
  const QJsonObject results = QJsonDocument::fromJson( result.out.toUtf8() ).object().value( "results" ).toObject();
  const QString report = results.value( "OUTPUT_REPORT" ).toString();
  QVERIFY2( report.contains( QStringLiteral( "eventsecurity_process-" ) ), qPrintable( report ) );
  QVERIFY2( QFile::exists( report ), qPrintable( report ) );
  QVERIFY( QFile::exists( results.value( "OUTPUT_GPKG" ).toString() ) );
  QVERIFY2( results.value( "OUTPUT_PDF" ).toString().isEmpty(), qPrintable( result.out ) );
}

void TestRunner::unknownCommandIsAnError()
{
  const RunnerResult result = runRunner( { QStringLiteral( "frobnicate" ) } );
  QCOMPARE( result.exitCode, 1 );
  QVERIFY( result.err.contains( QStringLiteral( "unknown command 'frobnicate'" ) ) );
  QVERIFY( result.err.contains( QStringLiteral( "Usage:" ) ) );
}

void TestRunner::runsASavedModelThatUsesOurAlgorithm()
{
  // A model as the Graphical Modeler saves it: one input, our standoff zones, one output.
  QgsProcessingModelAlgorithm model( QStringLiteral( "Sedan bomb zones" ), QStringLiteral( "Tests" ) );
  model.addModelParameter(
      new QgsProcessingParameterFeatureSource( QStringLiteral( "SITE" ), QStringLiteral( "Site" ) ),
      QgsProcessingModelParameter( QStringLiteral( "SITE" ) ) );
  QgsProcessingModelChildAlgorithm child( QStringLiteral( "eventsecurity:standoffzones" ) );
  child.setChildId( QStringLiteral( "standoff" ) );
  child.addParameterSources( QStringLiteral( "INPUT" ), { QgsProcessingModelChildParameterSource::fromModelParameter(
                                                            QStringLiteral( "SITE" ) ) } );
  child.addParameterSources( QStringLiteral( "THREAT" ),
                             { QgsProcessingModelChildParameterSource::fromStaticValue( 3 ) } ); // sedan
  child.addParameterSources( QStringLiteral( "METHOD" ),
                             { QgsProcessingModelChildParameterSource::fromStaticValue( 0 ) } ); // chart
  QgsProcessingModelOutput zones( QStringLiteral( "zones" ) );
  zones.setChildId( QStringLiteral( "standoff" ) );
  zones.setChildOutputName( QStringLiteral( "OUTPUT" ) );
  child.setModelOutputs( { { QStringLiteral( "zones" ), zones } } );
  model.addChildAlgorithm( child );
  const QString modelFile = mDir.filePath( QStringLiteral( "sedan.model3" ) );
  QVERIFY( model.toFile( modelFile ) );

  const RunnerResult help = runRunner( { QStringLiteral( "help" ), modelFile } );
  QCOMPARE( help.exitCode, 0 );
  QVERIFY( help.out.contains( QStringLiteral( "SITE: Site" ) ) );

  const QString output = mDir.filePath( QStringLiteral( "model_zones.gpkg" ) );
  const RunnerResult result = runRunner( { QStringLiteral( "run" ), modelFile, QStringLiteral( "--SITE=" ) + mPointFile,
                                           QStringLiteral( "--standoff:zones=" ) + output } );
  QVERIFY2( result.exitCode == 0, qPrintable( result.err ) );
  const std::unique_ptr<QgsVectorLayer> layer = eventsecurity::test::loadVectorLayer( output );
  QVERIFY( layer->isValid() );
  // NCTC chart, sedan: mandatory evacuation to 98 m, shelter in place from 98 m to 580 m.
  QMap<QString, double> outerByZone;
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures();
  while ( it.nextFeature( feature ) )
    outerByZone.insert( feature.attribute( QStringLiteral( "zone" ) ).toString(),
                        feature.attribute( QStringLiteral( "outer_m" ) ).toDouble() );
  QCOMPARE( outerByZone.size(), 2 );
  QCOMPARE( outerByZone.value( QStringLiteral( "mandatory_evacuation" ) ), 98.0 );
  QCOMPARE( outerByZone.value( QStringLiteral( "shelter_in_place" ) ), 580.0 );

  // A model whose algorithm this runner lacks is refused with its name.
  QString text;
  {
    QFile file( modelFile );
    QVERIFY( file.open( QIODevice::ReadOnly ) );
    text = QString::fromUtf8( file.readAll() );
  }
  text.replace( QStringLiteral( "eventsecurity:standoffzones" ), QStringLiteral( "eventsecurity:notyet" ) );
  const QString brokenFile = mDir.filePath( QStringLiteral( "broken.model3" ) );
  {
    QFile file( brokenFile );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( text.toUtf8() );
  }
  const RunnerResult broken = runRunner( { QStringLiteral( "run" ), brokenFile } );
  QCOMPARE( broken.exitCode, 1 );
  QVERIFY2( broken.err.contains( QStringLiteral( "eventsecurity:notyet" ) ), qPrintable( broken.err ) );
}

void TestRunner::exitCodesFollowQgisProcess_data()
{
  QTest::addColumn<QStringList>( "arguments" );
  QTest::addColumn<int>( "ourExitCode" ); // qgis_process exits 1 for every failure, we tell two kinds apart
  const QString input = QStringLiteral( "--INPUT=" ) + mPointFile;
  QTest::newRow( "done" ) << QStringList{ input, QStringLiteral( "--DISTANCE=0.001" ),
                                          QStringLiteral( "--OUTPUT=" ) + mDir.filePath( "done.gpkg" ) }
                          << 0;
  QTest::newRow( "bad parameter value" ) << QStringList{ input, QStringLiteral( "--DISTANCE=abc" ) } << 1;
  // A folder that is a file: the output cannot be created, the algorithm stops (a QgsProcessingException).
  QFile blocker( mDir.filePath( QStringLiteral( "notafolder" ) ) );
  QVERIFY( blocker.open( QIODevice::WriteOnly ) );
  QTest::newRow( "fails while running" ) << QStringList{ input, QStringLiteral( "--DISTANCE=0.001" ),
                                                         QStringLiteral( "--OUTPUT=" ) +
                                                             mDir.filePath( QStringLiteral( "notafolder/out.gpkg" ) ) }
                                         << 2;
}

void TestRunner::exitCodesFollowQgisProcess()
{
  QFETCH( QStringList, arguments );
  QFETCH( int, ourExitCode );
  const QStringList command = QStringList{ QStringLiteral( "run" ), QStringLiteral( "native:buffer" ) } + arguments;
  const RunnerResult qgis = runProgram( QStringLiteral( QGIS_PROCESS_PATH ), command );
  const RunnerResult ours = runRunner( command );
  QCOMPARE( qgis.exitCode, ourExitCode == 0 ? 0 : 1 );
  QVERIFY2( ours.exitCode == ourExitCode, qPrintable( ours.err ) );
}

void TestRunner::warningIsNotAFailure()
{
  // More emergency gates than streets cross the cordon: perimeter design places what it can and warns.
  const RunnerResult result = runRunner(
      { QStringLiteral( "run" ), QStringLiteral( "eventsecurity:perimeterdesign" ), QStringLiteral( "--json" ),
        QStringLiteral( "--EVENT_AREA=" ) + eventsecurity::test::sampleData( QStringLiteral( "venue.geojson" ) ),
        QStringLiteral( "--NETWORK=" ) + eventsecurity::test::sampleData( QStringLiteral( "roads.geojson" ) ),
        QStringLiteral( "--ATTENDANCE=5000" ), QStringLiteral( "--EMERGENCY_GATES=50" ) } );
  QVERIFY2( result.exitCode == 0, qPrintable( result.err ) );
  QVERIFY2( result.err.contains( QStringLiteral( "WARNING: " ) ), qPrintable( result.err ) );
  QVERIFY2( !result.err.contains( QStringLiteral( "ERROR" ) ), qPrintable( result.err ) );
  const QJsonObject log = QJsonDocument::fromJson( result.out.toUtf8() ).object().value( "log" ).toObject();
  const QJsonArray warnings = log.value( "warning" ).toArray();
  QVERIFY2( !warnings.isEmpty() && warnings.first().toString().contains( QStringLiteral( "emergency gates" ) ),
            qPrintable( result.out ) );
}

void TestRunner::nothingReachedIsAWarning()
{
  // A venue 4.6 km east of the sample streets (0.05 degrees at 35 degrees south; the streets reach 1.3 km): no street
  // crosses the cordon. The cordon and the crowd figures are still a result: a WARNING and exit 0, never "ERROR:"
  // with exit 0 (before issue 15 item 6). Vehicle approach likewise: no vehicle reaches the area.
  QFile venue( mDir.filePath( QStringLiteral( "remote.geojson" ) ) );
  QVERIFY( venue.open( QIODevice::WriteOnly ) );
  venue.write( R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":)"
               R"({"type":"Polygon","coordinates":[[[-56.15,-34.907],[-56.149,-34.907],[-56.149,-34.906],)"
               R"([-56.15,-34.906],[-56.15,-34.907]]]}}]})" );
  venue.close();
  const QString roads =
      QStringLiteral( "--NETWORK=" ) + eventsecurity::test::sampleData( QStringLiteral( "roads.geojson" ) );
  const RunnerResult perimeter = runRunner(
      { QStringLiteral( "run" ), QStringLiteral( "eventsecurity:perimeterdesign" ),
        QStringLiteral( "--EVENT_AREA=" ) + venue.fileName(), roads,
        QStringLiteral( "--OUTPUT_PERIMETER=" ) + mDir.filePath( QStringLiteral( "remote_cordon.gpkg" ) ) } );
  QVERIFY2( perimeter.exitCode == 0, qPrintable( perimeter.err ) );
  QVERIFY2( perimeter.err.contains( QStringLiteral( "WARNING: No street within 1000 m crosses the cordon" ) ),
            qPrintable( perimeter.err ) );
  QVERIFY2( !perimeter.err.contains( QStringLiteral( "ERROR" ) ), qPrintable( perimeter.err ) );
  QVERIFY( QFile::exists( mDir.filePath( QStringLiteral( "remote_cordon.gpkg" ) ) ) );
}

void TestRunner::namedOutputNotWrittenIsAFailure()
{
  // The PDF asked for cannot be written (its folder is a file): the algorithm says so and finishes the rest; the
  // run has not done what was asked, so it must not exit 0 (it did, with "ERROR:" printed, before issue 15).
  QFile blocker( mDir.filePath( QStringLiteral( "pdfblocker" ) ) );
  QVERIFY( blocker.open( QIODevice::WriteOnly ) );
  const RunnerResult result = runRunner(
      { QStringLiteral( "run" ), QStringLiteral( "eventsecurity:securitylayout" ),
        QStringLiteral( "--VENUE=" ) + eventsecurity::test::sampleData( QStringLiteral( "venue.geojson" ) ),
        QStringLiteral( "--NETWORK=" ) + eventsecurity::test::sampleData( QStringLiteral( "roads.geojson" ) ),
        QStringLiteral( "--ATTENDANCE=5000" ),
        QStringLiteral( "--OUTPUT_PDF=" ) + mDir.filePath( QStringLiteral( "pdfblocker/plan.pdf" ) ) } );
  QCOMPARE( result.exitCode, 2 );
  QVERIFY2( result.err.contains( QStringLiteral( "ERROR: " ) ), qPrintable( result.err ) );
  QVERIFY2( result.err.contains( QStringLiteral( "did not write OUTPUT_PDF" ) ), qPrintable( result.err ) );
  QVERIFY( !result.out.contains( QStringLiteral( "Results" ) ) );
}

ES_TEST_MAIN( TestRunner )
#include "test_runner.moc"
