// PostGIS layers in a project, as a planner adds them in QGIS, planned the way the dock plans: the layer ids as
// parameters, eventsecurity:securitylayout in a QgsProcessingAlgRunnerTask on QGIS's task manager (a worker
// thread reads the database). The figures must be those of the same run from the sample files.
#include "postgisserver.h"
#include "testsupport.h"

#include <qgsapplication.h>
#include <qgsprocessingalgrunnertask.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgstaskmanager.h>

#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>

using namespace eventsecurity;

class TestPostgisLayers : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void cleanupTestCase();
  void securityLayoutOfPostgisLayersInATask();

private:
  QTemporaryDir mDir;
};

void TestPostgisLayers::initTestCase()
{
  QVERIFY( mDir.isValid() );
  QVERIFY2( !test::postgisConnection().isEmpty(),
            "the PostGIS server is not running: run this test through ctest (fixture postgis_server)" );
}

void TestPostgisLayers::cleanupTestCase()
{
  QgsProject::instance()->clear();
}

void TestPostgisLayers::securityLayoutOfPostgisLayersInATask()
{
  auto *venue = new QgsVectorLayer( test::postgisTableUri( QStringLiteral( "venue" ) ), QStringLiteral( "venue" ),
                                    QStringLiteral( "postgres" ) );
  auto *roads = new QgsVectorLayer( test::postgisTableUri( QStringLiteral( "roads" ) ), QStringLiteral( "roads" ),
                                    QStringLiteral( "postgres" ) );
  QVERIFY2( venue->isValid() && roads->isValid(), qPrintable( venue->source() ) );
  QgsProject::instance()->addMapLayers( { venue, roads } );

  QVariantMap parameters{ { QStringLiteral( "VENUE" ), venue->id() },
                          { QStringLiteral( "NETWORK" ), roads->id() },
                          { QStringLiteral( "EVENT_NAME" ), QStringLiteral( "PostGIS concert" ) },
                          { QStringLiteral( "ATTENDANCE" ), 20000 },
                          { QStringLiteral( "THREAT" ), 3 },
                          { QStringLiteral( "VEHICLE" ), 4 },
                          { QStringLiteral( "STANDOFF_M" ), 30.0 },
                          { QStringLiteral( "OUTPUT_GPKG" ), mDir.filePath( QStringLiteral( "postgis.gpkg" ) ) },
                          { QStringLiteral( "OUTPUT_REPORT" ), mDir.filePath( QStringLiteral( "postgis.html" ) ) } };
  const QgsProcessingAlgorithm *algorithm =
      QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "eventsecurity:securitylayout" ) );
  QVERIFY( algorithm );
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  QString message;
  QVERIFY2( algorithm->checkParameterValues( parameters, context, &message ), qPrintable( message ) );
  test::RecordingFeedback feedback;
  auto *task = new QgsProcessingAlgRunnerTask( algorithm, parameters, context, &feedback );
  QSignalSpy executed( task, &QgsProcessingAlgRunnerTask::executed );
  QgsApplication::taskManager()->addTask( task );
  QVERIFY2( executed.wait( 600000 ), "the task did not finish" );
  QVERIFY2( executed.first().at( 0 ).toBool(), qPrintable( feedback.errors.join( '\n' ) ) );
  const QVariantMap results = executed.first().at( 1 ).toMap();

  // The same plan from the sample files, on this thread.
  QVariantMap fromFiles = parameters;
  fromFiles.insert( QStringLiteral( "VENUE" ), test::sampleData( QStringLiteral( "venue.geojson" ) ) );
  fromFiles.insert( QStringLiteral( "NETWORK" ), test::sampleData( QStringLiteral( "roads.geojson" ) ) );
  fromFiles.insert( QStringLiteral( "OUTPUT_GPKG" ), mDir.filePath( QStringLiteral( "files.gpkg" ) ) );
  fromFiles.insert( QStringLiteral( "OUTPUT_REPORT" ), mDir.filePath( QStringLiteral( "files.html" ) ) );
  QgsProcessingContext fileContext;
  const test::AlgorithmRun expected =
      test::runAlgorithm( QStringLiteral( "eventsecurity:securitylayout" ), fromFiles, fileContext );
  QVERIFY2( expected.ok, qPrintable( expected.errors ) );

  QCOMPARE( results.value( "STANDOFF_M_USED" ).toDouble(), 30.0 );
  QVERIFY( results.value( "BARRIERS" ).toInt() > 0 ); // streets cross the cordon: not an empty plan
  for ( const char *figure :
        { "CAPACITY", "LANES", "ENTRIES", "BARRIERS", "EMERGENCY_GATES", "CLOSED_ROAD_M", "MAX_IMPACT_KMH" } )
  {
    const double a = results.value( figure ).toDouble();
    const double b = expected.results.value( figure ).toDouble();
    QVERIFY2(
        std::abs( a - b ) <= 1e-9 * std::max( 1.0, std::abs( b ) ),
        qPrintable( QStringLiteral( "%1: %2 from PostGIS layers, %3 from files" ).arg( figure ).arg( a ).arg( b ) ) );
  }
  QCOMPARE( results.value( "LAYERS" ).toString(), expected.results.value( "LAYERS" ).toString() );
  // The input layers are still in the project, as they were.
  QCOMPARE( QgsProject::instance()->mapLayer( venue->id() ), venue );
  QCOMPARE( venue->featureCount(), 1LL );
}

ES_TEST_MAIN( TestPostgisLayers )
#include "test_postgis_layers.moc"
