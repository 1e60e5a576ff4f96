// eventsecurity_process with its layers in PostgreSQL/PostGIS: the layer strings qgis_process takes, the security
// layout read from the database, results written back to tables; checked against qgis_process, the run on the
// same data from files, published figures and PostGIS's own measures.
#include "postgisserver.h"
#include "testsupport.h"

#include <qgsdistancearea.h>
#include <qgsproject.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace eventsecurity;

namespace
{
struct ProcessResult
{
  int exitCode = -1;
  QString out;
  QString err;
};

ProcessResult runProgram( const QString &program, const QStringList &arguments )
{
  QProcess process;
  // As from a user's shell: CTest gives this test QGIS's prefix, the programs must find it on their own.
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.remove( QStringLiteral( "QGIS_PREFIX_PATH" ) );
  process.setProcessEnvironment( environment );
  process.start( program, arguments );
  process.waitForFinished( 600000 );
  return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
           QString::fromUtf8( process.readAllStandardOutput() ), QString::fromUtf8( process.readAllStandardError() ) };
}

ProcessResult runRunner( const QStringList &arguments )
{
  return runProgram( QStringLiteral( RUNNER_PATH ), arguments );
}

QJsonObject resultsOf( const ProcessResult &run )
{
  return QJsonDocument::fromJson( run.out.toUtf8() ).object().value( QStringLiteral( "results" ) ).toObject();
}

//! One value from the database, computed by PostgreSQL/PostGIS itself (psql), as text.
QString sqlValue( const QString &sql )
{
  const ProcessResult result =
      runProgram( QStringLiteral( "psql" ), { test::postgisConnection(), QStringLiteral( "-X" ),
                                              QStringLiteral( "-At" ), QStringLiteral( "-c" ), sql } );
  return result.exitCode == 0 ? result.out.trimmed() : QStringLiteral( "psql failed: " ) + result.err;
}

std::unique_ptr<QgsVectorLayer> postgisLayer( const QString &table )
{
  return std::make_unique<QgsVectorLayer>( test::postgisTableUri( table ), table, QStringLiteral( "postgres" ) );
}

//! Ellipsoidal area (WGS 84) of every feature of \a layer, in m².
double areaM2( QgsVectorLayer *layer )
{
  QgsDistanceArea measure;
  measure.setSourceCrs( layer->crs(), QgsProject::instance()->transformContext() );
  measure.setEllipsoid( QStringLiteral( "EPSG:7030" ) );
  double area = 0;
  for ( const QgsFeature &feature : test::allFeatures( layer ) )
    area += measure.measureArea( feature.geometry() );
  return area;
}

double perimeterM( QgsVectorLayer *layer )
{
  QgsDistanceArea measure;
  measure.setSourceCrs( layer->crs(), QgsProject::instance()->transformContext() );
  measure.setEllipsoid( QStringLiteral( "EPSG:7030" ) );
  double perimeter = 0;
  for ( const QgsFeature &feature : test::allFeatures( layer ) )
    perimeter += measure.measurePerimeter( feature.geometry() );
  return perimeter;
}

QStringList sortedValues( QgsVectorLayer *layer, const QString &field )
{
  QStringList values;
  for ( const QgsFeature &feature : test::allFeatures( layer ) )
    values << feature.attribute( field ).toString();
  values.sort();
  return values;
}
} // namespace

class TestPostgisRunner : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void layerStringsAsQgisProcessTakesThem_data();
  void layerStringsAsQgisProcessTakesThem();
  void securityLayoutFromTheDatabase();
  void perimeterWrittenToTables();
  void standoffZonesWrittenToATable();

private:
  QTemporaryDir mDir;
};

void TestPostgisRunner::initTestCase()
{
  QVERIFY( mDir.isValid() );
  QVERIFY2( !test::postgisConnection().isEmpty(),
            "the PostGIS server is not running: run this test through ctest (fixture postgis_server)" );
  const std::unique_ptr<QgsVectorLayer> venue = postgisLayer( QStringLiteral( "venue" ) );
  QVERIFY2( venue->isValid(), qPrintable( venue->source() ) );
  QCOMPARE( venue->featureCount(), 1LL );
  QCOMPARE( test::allFeatures( venue.get() ).front().attribute( "name" ).toString(),
            QStringLiteral( "Plaza Independencia" ) );
}

void TestPostgisRunner::layerStringsAsQgisProcessTakesThem_data()
{
  QTest::addColumn<QString>( "layer" );
  QTest::addColumn<bool>( "accepted" );
  const QString venue = test::postgisTableUri( QStringLiteral( "venue" ) );
  const QString roads = test::postgisTableUri( QStringLiteral( "roads" ) );
  // The provider key and the URI QGIS's Data Source Manager writes (issue 15's example).
  QTest::newRow( "postgres://, table and geometry column" ) << QStringLiteral( "postgres://" ) + venue << true;
  QTest::newRow( "postgres://, with key, srid and type" )
      << QStringLiteral( "postgres://" ) + venue + QStringLiteral( " key='ogc_fid' srid=4326 type=Polygon" ) << true;
  QTest::newRow( "postgres://, with a filter" )
      << QStringLiteral( "postgres://" ) + roads + QStringLiteral( " sql=\"highway\" = 'residential'" ) << true;
  // Strings neither takes as an input layer: both must refuse them.
  QTest::newRow( "the URI without provider key" ) << venue << false;
  QTest::newRow( "GDAL's PG: connection" )
      << QStringLiteral( "PG:%1 tables=venue" ).arg( test::postgisConnection() ) << false;
}

void TestPostgisRunner::layerStringsAsQgisProcessTakesThem()
{
  QFETCH( QString, layer );
  QFETCH( bool, accepted );
  QMap<QString, ProcessResult> runs;
  QMap<QString, QString> outputs;
  const QMap<QString, QString> programs = {
      { QStringLiteral( "qgis_process" ), QStringLiteral( QGIS_PROCESS_PATH ) },
      { QStringLiteral( "eventsecurity_process" ), QStringLiteral( RUNNER_PATH ) } };
  for ( auto it = programs.constBegin(); it != programs.constEnd(); ++it )
  {
    const QString tag =
        QString::fromUtf8( QTest::currentDataTag() ).replace( QRegularExpression( "[^A-Za-z0-9]+" ), "_" );
    const QString output = mDir.filePath( QStringLiteral( "%1_%2.gpkg" ).arg( it.key(), tag ) );
    QFile::remove( output );
    outputs.insert( it.key(), output );
    runs.insert( it.key(),
                 runProgram( it.value(), { QStringLiteral( "run" ), QStringLiteral( "native:buffer" ),
                                           QStringLiteral( "--INPUT=" ) + layer, QStringLiteral( "--DISTANCE=0.0001" ),
                                           QStringLiteral( "--OUTPUT=" ) + output } ) );
  }
  const ProcessResult &qgis = runs.value( QStringLiteral( "qgis_process" ) );
  const ProcessResult &ours = runs.value( QStringLiteral( "eventsecurity_process" ) );
  QVERIFY2( ( qgis.exitCode == 0 ) == accepted, qPrintable( qgis.err ) ); // the row says what qgis_process does
  QVERIFY2( ( ours.exitCode == 0 ) == accepted, qPrintable( ours.err ) );
  if ( !accepted )
  {
    QVERIFY2( ours.err.contains( QStringLiteral( "INPUT" ) ), qPrintable( ours.err ) );
    return;
  }
  // The same layer read: as many buffers as the source has features, and the same ones.
  const QString source = layer.mid( QStringLiteral( "postgres://" ).size() );
  const QgsVectorLayer sourceLayer( source, QStringLiteral( "source" ), QStringLiteral( "postgres" ) );
  QVERIFY( sourceLayer.isValid() );
  QVERIFY( sourceLayer.featureCount() > 0 );
  const std::unique_ptr<QgsVectorLayer> fromQgis =
      test::loadVectorLayer( outputs.value( QStringLiteral( "qgis_process" ) ) );
  const std::unique_ptr<QgsVectorLayer> fromOurs =
      test::loadVectorLayer( outputs.value( QStringLiteral( "eventsecurity_process" ) ) );
  QCOMPARE( fromOurs->featureCount(), sourceLayer.featureCount() );
  QCOMPARE( fromQgis->featureCount(), sourceLayer.featureCount() );
  QCOMPARE( areaM2( fromOurs.get() ), areaM2( fromQgis.get() ) );
}

void TestPostgisRunner::securityLayoutFromTheDatabase()
{
  // Sedan bomb, 7.5 t truck, 10,000 people; no STANDOFF_M: the chart's mandatory evacuation distance.
  const QStringList common = { QStringLiteral( "run" ),        QStringLiteral( "eventsecurity:securitylayout" ),
                               QStringLiteral( "--json" ),     QStringLiteral( "--ATTENDANCE=10000" ),
                               QStringLiteral( "--THREAT=3" ), QStringLiteral( "--VEHICLE=4" ) };
  QStringList fromDatabase = common;
  fromDatabase << QStringLiteral( "--VENUE=postgres://" ) + test::postgisTableUri( QStringLiteral( "venue" ) )
               << QStringLiteral( "--NETWORK=postgres://" ) + test::postgisTableUri( QStringLiteral( "roads" ) )
               << QStringLiteral( "--BUILDINGS=postgres://" ) + test::postgisTableUri( QStringLiteral( "buildings" ) )
               << QStringLiteral( "--OUTPUT_GPKG=" ) + mDir.filePath( QStringLiteral( "layout_db.gpkg" ) );
  QStringList fromFiles = common;
  fromFiles << QStringLiteral( "--VENUE=" ) + test::sampleData( QStringLiteral( "venue.geojson" ) )
            << QStringLiteral( "--NETWORK=" ) + test::sampleData( QStringLiteral( "roads.geojson" ) )
            << QStringLiteral( "--BUILDINGS=" ) + test::sampleData( QStringLiteral( "buildings.geojson" ) )
            << QStringLiteral( "--OUTPUT_GPKG=" ) + mDir.filePath( QStringLiteral( "layout_files.gpkg" ) );
  const ProcessResult database = runRunner( fromDatabase );
  QVERIFY2( database.exitCode == 0, qPrintable( database.err ) );
  const ProcessResult files = runRunner( fromFiles );
  QVERIFY2( files.exitCode == 0, qPrintable( files.err ) );
  const QJsonObject got = resultsOf( database );
  const QJsonObject expected = resultsOf( files );

  // NCTC/DHS 2013 bomb threat stand-off chart, sedan: mandatory evacuation 320 ft = 98 m.
  QCOMPARE( got.value( "STANDOFF_M_USED" ).toDouble(), 98.0 );
  // The sample has streets across the cordon: barriers and a real approach speed, not an empty plan.
  QVERIFY( got.value( "BARRIERS" ).toDouble() > 0 );
  QVERIFY( got.value( "MAX_IMPACT_KMH" ).toDouble() > 0 );
  for ( const char *figure : { "CAPACITY", "LANES", "ENTRIES", "BARRIERS", "EMERGENCY_GATES", "CLOSED_ROAD_M",
                               "MAX_IMPACT_KMH", "STANDOFF_M_USED" } )
  {
    const double a = got.value( figure ).toDouble();
    const double b = expected.value( figure ).toDouble();
    QVERIFY2( std::abs( a - b ) <= 1e-9 * std::max( 1.0, std::abs( b ) ),
              qPrintable( QStringLiteral( "%1: %2 from PostGIS, %3 from files" ).arg( figure ).arg( a ).arg( b ) ) );
  }
  QCOMPARE( got.value( "LAYERS" ).toString(), expected.value( "LAYERS" ).toString() );
  for ( const QString &table : got.value( "LAYERS" ).toString().split( ';' ) )
  {
    const std::unique_ptr<QgsVectorLayer> a =
        test::loadVectorLayer( got.value( "OUTPUT_GPKG" ).toString() + "|layername=" + table );
    const std::unique_ptr<QgsVectorLayer> b =
        test::loadVectorLayer( expected.value( "OUTPUT_GPKG" ).toString() + "|layername=" + table );
    QVERIFY2( a->featureCount() == b->featureCount(), qPrintable( table ) );
  }
}

void TestPostgisRunner::perimeterWrittenToTables()
{
  // The cordon as a postgres:// destination, the barriers in the older "postgis:" form QGIS still reads.
  const QString cordonTable = QStringLiteral( "runner_cordon" );
  const QString barriersTable = QStringLiteral( "runner_barriers" );
  const QStringList common = { QStringLiteral( "run" ),
                               QStringLiteral( "eventsecurity:perimeterdesign" ),
                               QStringLiteral( "--ATTENDANCE=10000" ),
                               QStringLiteral( "--STANDOFF_M=30" ),
                               QStringLiteral( "--PENETRATION_M=1" ),
                               QStringLiteral( "--VEHICLE=4" ) };
  QStringList toDatabase = common;
  toDatabase << QStringLiteral( "--EVENT_AREA=postgres://" ) + test::postgisTableUri( QStringLiteral( "venue" ) )
             << QStringLiteral( "--NETWORK=postgres://" ) + test::postgisTableUri( QStringLiteral( "roads" ) )
             << QStringLiteral( "--OUTPUT_PERIMETER=postgres://" ) + test::postgisTableUri( cordonTable )
             << QStringLiteral( "--OUTPUT_BARRIERS=postgis:" ) + test::postgisTableUri( barriersTable );
  QStringList toFiles = common;
  toFiles << QStringLiteral( "--EVENT_AREA=" ) + test::sampleData( QStringLiteral( "venue.geojson" ) )
          << QStringLiteral( "--NETWORK=" ) + test::sampleData( QStringLiteral( "roads.geojson" ) )
          << QStringLiteral( "--OUTPUT_PERIMETER=" ) + mDir.filePath( QStringLiteral( "cordon.gpkg" ) )
          << QStringLiteral( "--OUTPUT_BARRIERS=" ) + mDir.filePath( QStringLiteral( "barriers.gpkg" ) );
  const ProcessResult database = runRunner( toDatabase );
  QVERIFY2( database.exitCode == 0, qPrintable( database.err ) );
  QVERIFY2( database.out.contains( QStringLiteral( "OUTPUT_PERIMETER:\tpostgres://" ) ), qPrintable( database.out ) );
  const ProcessResult files = runRunner( toFiles );
  QVERIFY2( files.exitCode == 0, qPrintable( files.err ) );

  const std::unique_ptr<QgsVectorLayer> cordon = postgisLayer( cordonTable );
  const std::unique_ptr<QgsVectorLayer> barriers = postgisLayer( barriersTable );
  QVERIFY2( cordon->isValid() && barriers->isValid(), "the result tables are not in the database" );
  const std::unique_ptr<QgsVectorLayer> fileCordon =
      test::loadVectorLayer( mDir.filePath( QStringLiteral( "cordon.gpkg" ) ) );
  const std::unique_ptr<QgsVectorLayer> fileBarriers =
      test::loadVectorLayer( mDir.filePath( QStringLiteral( "barriers.gpkg" ) ) );
  QCOMPARE( cordon->featureCount(), 1LL );
  QVERIFY( barriers->featureCount() > 0 );
  QCOMPARE( barriers->featureCount(), fileBarriers->featureCount() );
  QCOMPARE( sortedValues( barriers.get(), QStringLiteral( "rating_astm" ) ),
            sortedValues( fileBarriers.get(), QStringLiteral( "rating_astm" ) ) );

  // The cordon's area as PostGIS measures it on the spheroid, against the file run's by QGIS (WGS 84).
  const double postgisAreaM2 =
      sqlValue( QStringLiteral( "SELECT sum(ST_Area(geom::geography)) FROM public.%1" ).arg( cordonTable ) ).toDouble();
  const double fileAreaM2 = areaM2( fileCordon.get() );
  QVERIFY2( std::abs( postgisAreaM2 - fileAreaM2 ) < 1e-3 * fileAreaM2,
            qPrintable( QStringLiteral( "PostGIS %1 m², file %2 m²" ).arg( postgisAreaM2 ).arg( fileAreaM2 ) ) );
  // And against the venue grown by the barrier line's distance, standoff + penetration = 30 + 1 = 31 m (Steiner's
  // formula for a parallel body: A + P d + pi d²; exact for a convex venue, the square's few concave corners take
  // off less than 1%).
  const double lineM = 31.0;
  const std::unique_ptr<QgsVectorLayer> venue = postgisLayer( QStringLiteral( "venue" ) );
  const double steinerM2 = areaM2( venue.get() ) + perimeterM( venue.get() ) * lineM + M_PI * lineM * lineM;
  QVERIFY2( std::abs( postgisAreaM2 - steinerM2 ) < 0.01 * steinerM2,
            qPrintable( QStringLiteral( "cordon %1 m², venue + 31 m %2 m²" ).arg( postgisAreaM2 ).arg( steinerM2 ) ) );
}

void TestPostgisRunner::standoffZonesWrittenToATable()
{
  const QString table = QStringLiteral( "runner_zones" );
  const ProcessResult run =
      runRunner( { QStringLiteral( "run" ), QStringLiteral( "eventsecurity:standoffzones" ),
                   QStringLiteral( "--INPUT=postgres://" ) + test::postgisTableUri( QStringLiteral( "venue" ) ),
                   QStringLiteral( "--THREAT=3" ), QStringLiteral( "--METHOD=0" ),
                   QStringLiteral( "--OUTPUT=postgres://" ) + test::postgisTableUri( table ) } );
  QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
  // NCTC/DHS 2013 chart, sedan: mandatory evacuation to 98 m (320 ft), shelter in place to 580 m (1,900 ft).
  QCOMPARE( sqlValue( QStringLiteral( "SELECT string_agg(zone || '=' || outer_m, ',' ORDER BY outer_m) FROM public.%1" )
                          .arg( table ) ),
            QStringLiteral( "mandatory_evacuation=98,shelter_in_place=580" ) );
  QCOMPARE( sqlValue( QStringLiteral( "SELECT DISTINCT ST_SRID(geom) FROM public.%1" ).arg( table ) ),
            QStringLiteral( "4326" ) );
}

ES_TEST_MAIN( TestPostgisRunner )
#include "test_postgis_runner.moc"
