// eventsecurity:securitylayout through the Processing registry, headless, on the Plaza Independencia sample:
// the GeoPackage's layers (names, CRS, features), the default style of each in layer_styles and what it loads
// as, the key figures against the child algorithms run on their own and against hand calculations, the
// extended report, a one-page A3 landscape PDF, cancelling and a bad input.
#include "helptext.h"
#include "planfigures.h"
#include "testsupport.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsdistancearea.h>
#include <qgsfeatureiterator.h>
#include <qgsexpressioncontext.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgspallabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsapplication.h>
#include <qgsprocessingalgrunnertask.h>
#include <qgstaskmanager.h>

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <map>

using namespace eventsecurity::test;

namespace
{
const QString kAlgorithm = QStringLiteral( "eventsecurity:securitylayout" );
constexpr double kAttendance = 10000;
constexpr double kStandoffM = 30;
constexpr int kSedan = 3;     // stand-off chart row: sedan, 227 kg TNT, mandatory 98 m (domain.md sec. 1)
constexpr int kTruck7500 = 4; // vehicle table row: 7.5 t truck

QVariantMap sampleParameters()
{
  return { { QStringLiteral( "VENUE" ), sampleData( QStringLiteral( "venue.geojson" ) ) },
           { QStringLiteral( "NETWORK" ), sampleData( QStringLiteral( "roads.geojson" ) ) },
           { QStringLiteral( "BUILDINGS" ), sampleData( QStringLiteral( "buildings.geojson" ) ) },
           { QStringLiteral( "EVENT_NAME" ), QStringLiteral( "Noche de la Plaza" ) },
           { QStringLiteral( "ATTENDANCE" ), kAttendance },
           { QStringLiteral( "THREAT" ), kSedan },
           { QStringLiteral( "VEHICLE" ), kTruck7500 },
           { QStringLiteral( "STANDOFF_M" ), kStandoffM } };
}

QString table( const QString &gpkg, const QString &name )
{
  return gpkg + QStringLiteral( "|layername=" ) + name;
}

double sumOf( QgsVectorLayer *layer, const QString &field )
{
  double sum = 0;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature f;
  while ( it.nextFeature( f ) )
    sum += f.attribute( field ).toDouble();
  return sum;
}

double maxOf( QgsVectorLayer *layer, const QString &field )
{
  double max = 0;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature f;
  while ( it.nextFeature( f ) )
    max = std::max( max, f.attribute( field ).toDouble() );
  return max;
}

int countWhere( QgsVectorLayer *layer, const QString &field, const QString &value )
{
  int n = 0;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature f;
  while ( it.nextFeature( f ) )
    n += f.attribute( field ).toString() == value ? 1 : 0;
  return n;
}
} // namespace

class TestSecurityLayout : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void registered();
  void geoPackageLayers();
  void defaultStylesInGeoPackage();
  void keyFiguresMatchTheSteps();
  void keyFiguresByHand();
  void report();
  void onePageA3Pdf();
  void chartStandoffWithoutPdf();
  void inABackgroundTask();
  void cancelWritesNothing();
  void badAttendance();
  void warnings();
  void attendanceDefault();
  void everyPerimeterParameterOffered();
  void newParametersReachTheSteps();
  void keyFigureLines();
  void queuesByHand();

private:
  QTemporaryDir mDir;
  QString mGpkg, mPdf, mReport;
  AlgorithmRun mRun;
  QgsProcessingContext mContext;
};

void TestSecurityLayout::initTestCase()
{
  QVERIFY( mDir.isValid() );
  mGpkg = mDir.filePath( QStringLiteral( "layout.gpkg" ) );
  mPdf = mDir.filePath( QStringLiteral( "layout.pdf" ) );
  mReport = mDir.filePath( QStringLiteral( "layout.html" ) );
  QVariantMap p = sampleParameters();
  p.insert( QStringLiteral( "OUTPUT_GPKG" ), mGpkg );
  p.insert( QStringLiteral( "OUTPUT_PDF" ), mPdf );
  p.insert( QStringLiteral( "OUTPUT_REPORT" ), mReport );
  mRun = runAlgorithm( kAlgorithm, p, mContext );
  QVERIFY2( mRun.ok, qPrintable( mRun.errors ) );
}

void TestSecurityLayout::registered()
{
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( kAlgorithm );
  QVERIFY( algorithm );
  QCOMPARE( algorithm->groupId(), QStringLiteral( "layout" ) );
  // The interface the dock depends on.
  for ( const char *name : { "VENUE",           "NETWORK",
                             "BUILDINGS",       "EVENT_NAME",
                             "ATTENDANCE",      "ARRIVAL_MINUTES",
                             "THREAT",          "VEHICLE",
                             "STANDOFF_M",      "SEARCH_DISTANCE_M",
                             "DEFAULT_WIDTH_M", "FRICTION",
                             "DENSITY",         "FLOW_RATE",
                             "EGRESS_MINUTES",  "LANE_RATE_PPH",
                             "PENETRATION_M",   "ARRIVAL_PEAK_FACTOR",
                             "OUTPUT_GPKG",     "OUTPUT_PDF",
                             "OUTPUT_REPORT",   "QUEUE_WIDTH_M",
                             "QUEUE_SPACE_M2",  "WAIT_TARGET_MIN",
                             "PEAK_MINUTES",    "ARRIVAL_SCV",
                             "SEARCH_SCV",      "QUEUE_REACH_M" } )
    QVERIFY2( algorithm->parameterDefinition( QString::fromLatin1( name ) ), name );
  for ( const char *name :
        { "CAPACITY", "LANES", "BARRIERS", "EMERGENCY_GATES", "CLOSED_ROAD_M", "MAX_IMPACT_KMH", "STANDOFF_M_USED",
          "BARRIER_LINE_M", "EVACUATION_MIN", "EVACUATION_LARGEST_LOST_MIN", "QUEUES", "QUEUES_EXPOSED",
          "LONGEST_QUEUE_M", "LONGEST_WAIT_MIN", "MAX_QUEUE_IMPACT_KMH", "LAYERS", "WARNINGS" } )
    QVERIFY2( algorithm->outputDefinition( QString::fromLatin1( name ) ), name );
  // Same defaults and threat rows as the steps (one source each); no custom charge.
  const QgsProcessingAlgorithm *perimeter =
      QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "eventsecurity:perimeterdesign" ) );
  const QgsProcessingAlgorithm *approach =
      QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "eventsecurity:vehicleapproach" ) );
  QCOMPARE( algorithm->parameterDefinition( QStringLiteral( "FLOW_RATE" ) )->defaultValue(),
            perimeter->parameterDefinition( QStringLiteral( "FLOW_RATE" ) )->defaultValue() );
  QCOMPARE( algorithm->parameterDefinition( QStringLiteral( "FRICTION" ) )->defaultValue(),
            approach->parameterDefinition( QStringLiteral( "FRICTION" ) )->defaultValue() );
  const auto *threat =
      dynamic_cast<const QgsProcessingParameterEnum *>( algorithm->parameterDefinition( QStringLiteral( "THREAT" ) ) );
  QVERIFY( threat );
  QCOMPARE( threat->options().size(), 8 ); // the NCTC chart's eight threats
}

void TestSecurityLayout::geoPackageLayers()
{
  const QStringList expected = {
      QStringLiteral( "entries" ),         QStringLiteral( "crossings" ),     QStringLiteral( "barriers" ),
      QStringLiteral( "queues" ),          QStringLiteral( "impact_points" ), QStringLiteral( "critical_routes" ),
      QStringLiteral( "cordon" ),          QStringLiteral( "road_closures" ), QStringLiteral( "exposed_buildings" ),
      QStringLiteral( "approach_speeds" ), QStringLiteral( "standoff_zones" ) };
  QCOMPARE( mRun.results.value( QStringLiteral( "LAYERS" ) ).toString(), expected.join( ';' ) );
  QCOMPARE( mRun.results.value( QStringLiteral( "OUTPUT_GPKG" ) ).toString(), mGpkg );
  for ( const QString &name : expected )
  {
    std::unique_ptr<QgsVectorLayer> layer = loadVectorLayer( table( mGpkg, name ) );
    QVERIFY2( layer->isValid(), qPrintable( name ) );
    QVERIFY2( layer->featureCount() > 0, qPrintable( name ) );
    // The sample is in EPSG:4326; every step writes in its input's CRS.
    QCOMPARE( layer->crs().authid(), QStringLiteral( "EPSG:4326" ) );
  }
  // Two chart zones (mandatory evacuation, shelter in place), one cordon; routes keep their M (km/h).
  QCOMPARE( loadVectorLayer( table( mGpkg, QStringLiteral( "standoff_zones" ) ) )->featureCount(), 2 );
  QCOMPARE( loadVectorLayer( table( mGpkg, QStringLiteral( "cordon" ) ) )->featureCount(), 1 );
  QVERIFY( QgsWkbTypes::hasM( loadVectorLayer( table( mGpkg, QStringLiteral( "critical_routes" ) ) )->wkbType() ) );
}

void TestSecurityLayout::defaultStylesInGeoPackage()
{
  // layer_styles: one default style per layer, named after it.
  std::unique_ptr<QgsVectorLayer> styles = loadVectorLayer( table( mGpkg, QStringLiteral( "layer_styles" ) ) );
  QVERIFY( styles->isValid() );
  std::map<QString, int> defaults;
  QgsFeatureIterator it = styles->getFeatures();
  QgsFeature f;
  while ( it.nextFeature( f ) )
  {
    QCOMPARE( f.attribute( QStringLiteral( "styleName" ) ).toString(),
              f.attribute( QStringLiteral( "f_table_name" ) ).toString() );
    if ( f.attribute( QStringLiteral( "useAsDefault" ) ).toBool() )
      ++defaults[f.attribute( QStringLiteral( "f_table_name" ) ).toString()];
  }
  for ( const QString &name : mRun.results.value( QStringLiteral( "LAYERS" ) ).toString().split( ';' ) )
    QVERIFY2( defaults[name] == 1, qPrintable( name ) );

  // Opening a table loads its style: the renderers the layout asks for.
  auto rendererOf = [&]( const QString &name )
  {
    std::unique_ptr<QgsVectorLayer> layer = loadVectorLayer( table( mGpkg, name ) );
    return layer->renderer() ? layer->renderer()->type() : QString();
  };
  QCOMPARE( rendererOf( QStringLiteral( "standoff_zones" ) ), QStringLiteral( "categorizedSymbol" ) );
  QCOMPARE( rendererOf( QStringLiteral( "barriers" ) ), QStringLiteral( "RuleRenderer" ) );
  QCOMPARE( rendererOf( QStringLiteral( "crossings" ) ), QStringLiteral( "categorizedSymbol" ) );
  QCOMPARE( rendererOf( QStringLiteral( "critical_routes" ) ), QStringLiteral( "graduatedSymbol" ) );
  QCOMPARE( rendererOf( QStringLiteral( "approach_speeds" ) ), QStringLiteral( "graduatedSymbol" ) );

  std::unique_ptr<QgsVectorLayer> zones = loadVectorLayer( table( mGpkg, QStringLiteral( "standoff_zones" ) ) );
  const auto *categorized = dynamic_cast<QgsCategorizedSymbolRenderer *>( zones->renderer() );
  QVERIFY( categorized );
  QCOMPARE( categorized->classAttribute(), QStringLiteral( "zone" ) );
  QCOMPARE( categorized->categories().size(), 2 );
  // Red inside, yellow outside.
  const QColor inner = categorized->categories().at( 0 ).symbol()->color();
  const QColor outer = categorized->categories().at( 1 ).symbol()->color();
  QCOMPARE( categorized->categories().at( 0 ).value().toString(), QStringLiteral( "mandatory_evacuation" ) );
  QVERIFY( inner.red() > 200 && inner.green() < 60 );
  QVERIFY( outer.red() > 200 && outer.green() > 200 );

  std::unique_ptr<QgsVectorLayer> routes = loadVectorLayer( table( mGpkg, QStringLiteral( "critical_routes" ) ) );
  const auto *graduated = dynamic_cast<QgsGraduatedSymbolRenderer *>( routes->renderer() );
  QVERIFY( graduated );
  QCOMPARE( graduated->classAttribute(), QStringLiteral( "impact_kmh" ) );
  QCOMPARE( graduated->ranges().at( 1 ).lowerValue(), 32.0 ); // a barrier test speed (IWA 14-1, PAS 68)

  std::unique_ptr<QgsVectorLayer> entries = loadVectorLayer( table( mGpkg, QStringLiteral( "entries" ) ) );
  QVERIFY( entries->labelsEnabled() );
  QVERIFY( entries->labeling() );

  // The queues: red where exposed (every sample queue is: vehicles drive beside them), amber elsewhere, labelled
  // "N people, W min".
  QCOMPARE( rendererOf( QStringLiteral( "queues" ) ), QStringLiteral( "RuleRenderer" ) );
  std::unique_ptr<QgsVectorLayer> queues = loadVectorLayer( table( mGpkg, QStringLiteral( "queues" ) ) );
  auto *rules = dynamic_cast<QgsRuleBasedRenderer *>( queues->renderer() );
  QVERIFY( rules );
  QCOMPARE( rules->rootRule()->children().size(), 2 );
  QgsRuleBasedRenderer::Rule *exposed = rules->rootRule()->children().at( 0 );
  QCOMPARE( exposed->label(), QStringLiteral( "Queue, exposed (vehicle or bomb)" ) );
  QVERIFY( exposed->symbol()->color().red() > 200 && exposed->symbol()->color().green() < 60 );
  QgsRuleBasedRenderer::Rule *safe = rules->rootRule()->children().at( 1 );
  QCOMPARE( safe->label(), QStringLiteral( "Queue, not exposed" ) );
  QVERIFY( safe->symbol()->color().red() > 200 && safe->symbol()->color().green() > 150 ); // amber
  QVERIFY( queues->labelsEnabled() );
  QgsExpressionContext expressionContext;
  QgsFeature queue;
  QgsFeatureIterator queueIt = queues->getFeatures();
  QVERIFY( queueIt.nextFeature( queue ) );
  expressionContext.setFeature( queue );
  QgsExpression label( queues->labeling()->settings().fieldName );
  QCOMPARE( label.evaluate( &expressionContext ).toString(),
            QStringLiteral( "%1 people, %2 min" )
                .arg( QLocale().toString( queue.attribute( QStringLiteral( "peak_people" ) ).toDouble(), 'f', 0 ),
                      QLocale().toString( queue.attribute( QStringLiteral( "max_wait_min" ) ).toDouble(), 'f', 1 ) ) );
}

void TestSecurityLayout::keyFiguresMatchTheSteps()
{
  // The steps run on their own with the same inputs.
  QgsProcessingContext context;
  QVariantMap perimeterParameters{ { QStringLiteral( "EVENT_AREA" ), sampleData( QStringLiteral( "venue.geojson" ) ) },
                                   { QStringLiteral( "NETWORK" ), sampleData( QStringLiteral( "roads.geojson" ) ) },
                                   { QStringLiteral( "ATTENDANCE" ), kAttendance },
                                   { QStringLiteral( "THREAT" ), kSedan },
                                   { QStringLiteral( "VEHICLE" ), kTruck7500 },
                                   { QStringLiteral( "STANDOFF_M" ), kStandoffM },
                                   { QStringLiteral( "OUTPUT_PERIMETER" ), QgsProcessing::TEMPORARY_OUTPUT },
                                   { QStringLiteral( "OUTPUT_CROSSINGS" ), QgsProcessing::TEMPORARY_OUTPUT },
                                   { QStringLiteral( "OUTPUT_ENTRIES" ), QgsProcessing::TEMPORARY_OUTPUT },
                                   { QStringLiteral( "OUTPUT_IMPACTS" ), QgsProcessing::TEMPORARY_OUTPUT } };
  const AlgorithmRun perimeter =
      runAlgorithm( QStringLiteral( "eventsecurity:perimeterdesign" ), perimeterParameters, context );
  QVERIFY2( perimeter.ok, qPrintable( perimeter.errors ) );
  QgsVectorLayer *cordon = outputLayer( perimeter, QStringLiteral( "OUTPUT_PERIMETER" ), context );
  QgsVectorLayer *crossings = outputLayer( perimeter, QStringLiteral( "OUTPUT_CROSSINGS" ), context );
  QgsVectorLayer *entries = outputLayer( perimeter, QStringLiteral( "OUTPUT_ENTRIES" ), context );
  QVERIFY( cordon && crossings && entries );
  const QVariantMap &r = mRun.results;
  QCOMPARE( r.value( QStringLiteral( "CAPACITY" ) ).toDouble(), sumOf( cordon, QStringLiteral( "capacity" ) ) );
  QCOMPARE( r.value( QStringLiteral( "STANDOFF_M_USED" ) ).toDouble(),
            sumOf( cordon, QStringLiteral( "standoff_m" ) ) );
  QCOMPARE( r.value( QStringLiteral( "LANES" ) ).toInt(),
            static_cast<int>( sumOf( entries, QStringLiteral( "lanes" ) ) ) );
  QCOMPARE( r.value( QStringLiteral( "BARRIERS" ) ).toInt(),
            countWhere( crossings, QStringLiteral( "kind" ), QStringLiteral( "vehicle_barrier" ) ) );
  QCOMPARE( r.value( QStringLiteral( "EMERGENCY_GATES" ) ).toInt(),
            countWhere( crossings, QStringLiteral( "kind" ), QStringLiteral( "emergency_gate" ) ) );

  QVariantMap standoffParameters{ { QStringLiteral( "INPUT" ), sampleData( QStringLiteral( "venue.geojson" ) ) },
                                  { QStringLiteral( "THREAT" ), kSedan },
                                  { QStringLiteral( "ROADS" ), sampleData( QStringLiteral( "roads.geojson" ) ) },
                                  { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT },
                                  { QStringLiteral( "OUTPUT_ROADS" ), QgsProcessing::TEMPORARY_OUTPUT } };
  const AlgorithmRun standoff =
      runAlgorithm( QStringLiteral( "eventsecurity:standoffzones" ), standoffParameters, context );
  QVERIFY2( standoff.ok, qPrintable( standoff.errors ) );
  const double closed =
      sumOf( outputLayer( standoff, QStringLiteral( "OUTPUT_ROADS" ), context ), QStringLiteral( "length_m" ) );
  QVERIFY( closed > 0 );
  QVERIFY( std::abs( r.value( QStringLiteral( "CLOSED_ROAD_M" ) ).toDouble() - closed ) < 1e-6 * closed );

  // The fastest impact is the perimeter design's own vehicle approach study of its cordon (the layout's
  // impact_points), to the last bit.
  QCOMPARE(
      r.value( QStringLiteral( "MAX_IMPACT_KMH" ) ).toDouble(),
      maxOf( outputLayer( perimeter, QStringLiteral( "OUTPUT_IMPACTS" ), context ), QStringLiteral( "impact_kmh" ) ) );

  // eventsecurity:vehicleapproach on the cordon as written (EPSG:4326) studies it in a metric frame centred on the
  // cordon rather than on the venue: the same speed within 1e-6 km/h (measured: 1e-9).
  QVariantMap approachParameters{ { QStringLiteral( "NETWORK" ), sampleData( QStringLiteral( "roads.geojson" ) ) },
                                  { QStringLiteral( "PROTECTED_AREA" ), cordon->id() },
                                  { QStringLiteral( "VEHICLE" ), kTruck7500 },
                                  { QStringLiteral( "OUTPUT_POINTS" ), QgsProcessing::TEMPORARY_OUTPUT } };
  const AlgorithmRun approach =
      runAlgorithm( QStringLiteral( "eventsecurity:vehicleapproach" ), approachParameters, context );
  QVERIFY2( approach.ok, qPrintable( approach.errors ) );
  const double fastest =
      maxOf( outputLayer( approach, QStringLiteral( "OUTPUT_POINTS" ), context ), QStringLiteral( "impact_kmh" ) );
  QVERIFY( fastest > 0 );
  QVERIFY( std::abs( r.value( QStringLiteral( "MAX_IMPACT_KMH" ) ).toDouble() - fastest ) < 1e-6 );
}

void TestSecurityLayout::keyFiguresByHand()
{
  const QVariantMap &r = mRun.results;
  // Lanes for the arrival peak, twice the mean rate (the default): ceil(2 x 10,000 / (400 persons/h x 60 min / 60))
  // = 50 (walk-through detector lane, domain.md sec. 5).
  QCOMPARE( r.value( QStringLiteral( "LANES" ) ).toInt(), 50 );
  QCOMPARE( r.value( QStringLiteral( "STANDOFF_M_USED" ) ).toDouble(), kStandoffM );
  // The barrier line: 30 m + the 1 m of penetration allowed by default (ASTM P1).
  QCOMPARE( r.value( QStringLiteral( "BARRIER_LINE_M" ) ).toDouble(), kStandoffM + 1 );
  // Exits: 10,000 / (82 x 8) = 15.24 m must be left with the largest entry lost. The sample's streets have no
  // width: 7 m each, so n entries leave 7 (n - 1) m: n = 4 (21 m), equal shares of 15.24 x 4 / 3 = 20.3 m in all.
  // Evacuation 10,000 / (82 x 20.3) = 6.0 minutes through all four, 8.0 with one blocked.
  QCOMPARE( r.value( QStringLiteral( "ENTRIES" ) ).toInt(), 4 );
  QVERIFY( std::abs( r.value( QStringLiteral( "EVACUATION_MIN" ) ).toDouble() - 6.0 ) < 1e-9 );
  QVERIFY( std::abs( r.value( QStringLiteral( "EVACUATION_LARGEST_LOST_MIN" ) ).toDouble() - 8.0 ) < 1e-9 );
  // Capacity: the venue's ellipsoidal area x 2 persons/m² (standing density, domain.md sec. 5), within 0.5 %.
  std::unique_ptr<QgsVectorLayer> venue = loadVectorLayer( sampleData( QStringLiteral( "venue.geojson" ) ) );
  QgsDistanceArea da;
  da.setSourceCrs( venue->crs(), QgsProject::instance()->transformContext() );
  da.setEllipsoid( QStringLiteral( "WGS84" ) );
  double area = 0;
  QgsFeatureIterator it = venue->getFeatures();
  QgsFeature f;
  while ( it.nextFeature( f ) )
    area += da.measureArea( f.geometry() );
  const double capacity = r.value( QStringLiteral( "CAPACITY" ) ).toDouble();
  QVERIFY2( std::abs( capacity - 2 * area ) < 0.005 * 2 * area,
            qPrintable( QStringLiteral( "capacity %1, 2 x area %2" ).arg( capacity ).arg( 2 * area ) ) );
}

void TestSecurityLayout::report()
{
  QFile file( mReport );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  const QString html = QString::fromUtf8( file.readAll() );
  QVERIFY( html.contains( QStringLiteral( "Noche de la Plaza" ) ) );
  // The perimeter report (lanes) and the two new sections before its sources.
  QVERIFY( html.contains( QStringLiteral( "50 search lanes" ) ) );
  // Both evacuation times and where the barrier line stands, in words.
  QVERIFY( html.contains( QStringLiteral( "Everyone is out in %1 minutes through every entry, and in %2 minutes with "
                                          "the largest entry blocked" )
                              .arg( QLocale().toString( 6.0, 'f', 1 ), QLocale().toString( 8.0, 'f', 1 ) ) ) );
  QVERIFY( html.contains( QStringLiteral( "the barrier line stands %1 m outside the event area" )
                              .arg( QLocale().toString( 31.0, 'f', 1 ) ) ) );
  const int blast = html.indexOf( QStringLiteral( "Bomb stand-off zones around the venue" ) );
  const int vehicles = html.indexOf( QStringLiteral( "Hostile vehicle approach to the cordon" ) );
  const int sources = html.lastIndexOf( QStringLiteral( "<h2>" ) );
  QVERIFY( blast > 0 && vehicles > blast && sources > vehicles );
  // The chart's sedan distances in the zone table: 98 m mandatory, 580 m preferred (domain.md sec. 1).
  QVERIFY( html.contains( QStringLiteral( "<td>98</td>" ) ) );
  QVERIFY( html.contains( QStringLiteral( "<td>580</td>" ) ) );
}

void TestSecurityLayout::onePageA3Pdf()
{
  QCOMPARE( mRun.results.value( QStringLiteral( "OUTPUT_PDF" ) ).toString(), mPdf );
  QFile file( mPdf );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  const QByteArray pdf = file.readAll();
  QVERIFY( pdf.startsWith( "%PDF" ) );
  QVERIFY2( pdf.size() > 20000, qPrintable( QString::number( pdf.size() ) ) ); // a map, not an empty sheet
  // The page tree counts one page (every /Count in the file: there are no outlines). An incremental update
  // (the georeference) may repeat the page object, so page objects are not counted.
  const QString text = QString::fromLatin1( pdf.constData(), pdf.size() ); // fromLatin1( QByteArray ) stops at a NUL
  const QRegularExpression count( QStringLiteral( "/Count\\s+([0-9]+)" ) );
  int counts = 0;
  for ( QRegularExpressionMatchIterator it = count.globalMatch( text ); it.hasNext(); ++counts )
    QCOMPARE( it.next().captured( 1 ).toInt(), 1 );
  QVERIFY( counts >= 1 );
  // A3 landscape is 420 x 297 mm = 1190.55 x 841.89 pt (GDAL's georeferencing rounds to whole points).
  const QString pdfinfo = QStandardPaths::findExecutable( QStringLiteral( "pdfinfo" ) );
  if ( pdfinfo.isEmpty() )
    return; // poppler-utils absent: the page count above is the check
  QProcess process;
  process.start( pdfinfo, { mPdf } );
  QVERIFY( process.waitForFinished( 30000 ) );
  const QString info = QString::fromUtf8( process.readAllStandardOutput() );
  QVERIFY2( info.contains( QRegularExpression( QStringLiteral( "Pages:\\s+1\\n" ) ) ), qPrintable( info ) );
  const QRegularExpressionMatch size =
      QRegularExpression( QStringLiteral( "Page size:\\s+([0-9.]+) x ([0-9.]+) pts" ) ).match( info );
  QVERIFY2( size.hasMatch(), qPrintable( info ) );
  QVERIFY( std::abs( size.captured( 1 ).toDouble() - 1190.55 ) < 1 );
  QVERIFY( std::abs( size.captured( 2 ).toDouble() - 841.89 ) < 1 );
}

void TestSecurityLayout::chartStandoffWithoutPdf()
{
  // No STANDOFF_M: the chart's mandatory distance for a sedan bomb, 98 m; no PDF asked, none made.
  QgsProcessingContext context;
  QVariantMap p = sampleParameters();
  p.remove( QStringLiteral( "STANDOFF_M" ) );
  p.remove( QStringLiteral( "BUILDINGS" ) );
  p.insert( QStringLiteral( "OUTPUT_GPKG" ), mDir.filePath( QStringLiteral( "chart.gpkg" ) ) );
  // No OUTPUT_REPORT: a temporary file, as in the Processing dialog.
  const AlgorithmRun run = runAlgorithm( kAlgorithm, p, context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  QCOMPARE( run.results.value( QStringLiteral( "STANDOFF_M_USED" ) ).toDouble(), 98.0 );
  QVERIFY( !run.results.contains( QStringLiteral( "OUTPUT_PDF" ) ) );
  const QString report = run.results.value( QStringLiteral( "OUTPUT_REPORT" ) ).toString();
  QVERIFY2( report.endsWith( QLatin1String( ".html" ) ) && QFile::exists( report ), qPrintable( report ) );
  // Without buildings there is no exposure table.
  QVERIFY(
      !run.results.value( QStringLiteral( "LAYERS" ) ).toString().contains( QStringLiteral( "exposed_buildings" ) ) );
}

void TestSecurityLayout::inABackgroundTask()
{
  // As the dock runs it: processAlgorithm on a worker thread, the PDF in postProcessAlgorithm on this (main) thread.
  QgsProcessingContext context;
  QgsProcessingFeedback feedback;
  QVariantMap p = sampleParameters();
  const QString pdf = mDir.filePath( QStringLiteral( "task.pdf" ) );
  p.insert( QStringLiteral( "OUTPUT_GPKG" ), mDir.filePath( QStringLiteral( "task.gpkg" ) ) );
  p.insert( QStringLiteral( "OUTPUT_PDF" ), pdf );
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( kAlgorithm );
  auto *task = new QgsProcessingAlgRunnerTask( algorithm, p, context, &feedback );
  bool done = false, ok = false;
  QVariantMap results;
  QObject::connect( task, &QgsProcessingAlgRunnerTask::executed,
                    [&]( bool successful, const QVariantMap &r )
                    {
                      done = true;
                      ok = successful;
                      results = r;
                    } );
  QgsApplication::taskManager()->addTask( task );
  QTRY_VERIFY_WITH_TIMEOUT( done, 120000 );
  QVERIFY( ok );
  QCOMPARE( results.value( QStringLiteral( "OUTPUT_PDF" ) ).toString(), pdf );
  QVERIFY( QFileInfo( pdf ).size() > 20000 );
  QCOMPARE( results.value( QStringLiteral( "LANES" ) ).toInt(),
            mRun.results.value( QStringLiteral( "LANES" ) ).toInt() );
}

void TestSecurityLayout::cancelWritesNothing()
{
  QgsProcessingContext context;
  QVariantMap p = sampleParameters();
  const QString gpkg = mDir.filePath( QStringLiteral( "cancelled.gpkg" ) );
  p.insert( QStringLiteral( "OUTPUT_GPKG" ), gpkg );
  p.insert( QStringLiteral( "OUTPUT_REPORT" ), mDir.filePath( QStringLiteral( "cancelled.html" ) ) );
  std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById( kAlgorithm ) );
  QgsProcessingFeedback feedback;
  feedback.cancel();
  bool ok = false;
  const QVariantMap results = algorithm->run( p, context, &feedback, &ok );
  QVERIFY( !results.contains( QStringLiteral( "CAPACITY" ) ) );
  QVERIFY( !QFile::exists( gpkg ) );
}

void TestSecurityLayout::badAttendance()
{
  QgsProcessingContext context;
  QVariantMap p = sampleParameters();
  p.insert( QStringLiteral( "ATTENDANCE" ), 0 );
  p.insert( QStringLiteral( "OUTPUT_GPKG" ), mDir.filePath( QStringLiteral( "bad.gpkg" ) ) );
  p.insert( QStringLiteral( "OUTPUT_REPORT" ), mDir.filePath( QStringLiteral( "bad.html" ) ) );
  const AlgorithmRun run = runAlgorithm( kAlgorithm, p, context );
  QVERIFY( !run.ok );
  // Which step and what to fix.
  QVERIFY2( run.errors.contains( QStringLiteral( "Perimeter design" ) ) &&
                run.errors.contains( QStringLiteral( "ATTENDANCE" ) ),
            qPrintable( run.errors ) );
}

void TestSecurityLayout::warnings()
{
  // The sample plan for 10,000 people keeps a vehicle bomb stopped by a barrier 30 m from the crowd, 98 - 30 = 68 m
  // short of the chart's mandatory distance for a sedan bomb: that, and nothing else (its exits meet the 8 minutes
  // with the largest lost, the plaza holds the crowd).
  // Issue 16: and one a queue, every queue outside the cordon being exposed (vehicles drive beside them).
  const QStringList sampleWarnings =
      mRun.results.value( QStringLiteral( "WARNINGS" ) ).toString().split( '\n', Qt::SkipEmptyParts );
  const int exposedQueues = mRun.results.value( QStringLiteral( "QUEUES_EXPOSED" ) ).toInt();
  QCOMPARE( exposedQueues, 4 );
  QCOMPARE( sampleWarnings.size(), 1 + exposedQueues );
  for ( int k = 1; k <= exposedQueues; ++k )
    QVERIFY2( sampleWarnings.at( k ).contains( QLatin1String( "stands outside the cordon and is exposed" ) ),
              qPrintable( sampleWarnings.at( k ) ) );
  QVERIFY2( sampleWarnings.front().contains(
                QStringLiteral( "would be %1 m from the crowd: %2 m less than the chart's "
                                "mandatory evacuation distance (98 m)" )
                    .arg( QLocale().toString( 30.0, 'f', 1 ), QLocale().toString( 68.0, 'f', 1 ) ) ),
            qPrintable( sampleWarnings.front() ) );

  // Issue 14: outcomes that make no plan or an unsafe one are warnings, one a line, in plain words.
  // 10,000,000 people on the plaza (it holds 31,736: CAPACITY of the sample run) are 9,968,264 too many.
  const double capacity = std::floor( mRun.results.value( QStringLiteral( "CAPACITY" ) ).toDouble() );
  QgsProcessingContext context;
  QVariantMap p = sampleParameters();
  p.insert( QStringLiteral( "ATTENDANCE" ), 1e7 );
  p.insert( QStringLiteral( "OUTPUT_GPKG" ), mDir.filePath( QStringLiteral( "crowded.gpkg" ) ) );
  AlgorithmRun run = runAlgorithm( kAlgorithm, p, context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  QString warnings = run.results.value( QStringLiteral( "WARNINGS" ) ).toString();
  QVERIFY2( warnings.contains( QStringLiteral( "is %1 more than the event area holds" )
                                   .arg( QLocale().toString( 1e7 - capacity, 'f', 0 ) ) ),
            qPrintable( warnings ) );

  // A venue far from every street: no street reaches it, no entry and no barrier.
  std::unique_ptr<QgsVectorLayer> venue = loadVectorLayer( sampleData( QStringLiteral( "venue.geojson" ) ) );
  QgsFeature plaza;
  venue->getFeatures().nextFeature( plaza );
  QgsGeometry far = plaza.geometry();
  far.translate( 0.05, 0 ); // 4.6 km east (0.05 degrees at 35 degrees south): the sample streets reach 1.3 km
  std::unique_ptr<QgsVectorLayer> remote = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:4326" ), { far.asWkt( 9 ) } );
  p = sampleParameters();
  p.insert( QStringLiteral( "VENUE" ), QVariant::fromValue( remote.get() ) );
  p.insert( QStringLiteral( "OUTPUT_GPKG" ), mDir.filePath( QStringLiteral( "remote.gpkg" ) ) );
  run = runAlgorithm( kAlgorithm, p, context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  warnings = run.results.value( QStringLiteral( "WARNINGS" ) ).toString();
  QVERIFY2( warnings.contains( QLatin1String( "crosses the cordon: no barrier, gate or entry could be placed" ) ),
            qPrintable( warnings ) );
  QCOMPARE( run.results.value( QStringLiteral( "ENTRIES" ) ).toInt(), 0 );
  // Without a street crossing the cordon there is no vehicle approach to write.
  QVERIFY( !run.results.value( QStringLiteral( "LAYERS" ) ).toString().contains( QLatin1String( "impact_points" ) ) );
}

void TestSecurityLayout::attendanceDefault()
{
  // A fresh dock starts at the algorithm's default: 1,000 people (a judgement call, in the help), not 0.
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( kAlgorithm );
  QCOMPARE( algorithm->parameterDefinition( QStringLiteral( "ATTENDANCE" ) )->defaultValue().toDouble(), 1000.0 );
  // Listed among the judgement calls, after their heading.
  const QString help = eventsecurity::helpPlainText( algorithm->shortHelpString() );
  const int judgementCalls = help.indexOf( QLatin1String( "Judgement calls\n~~~" ) );
  QVERIFY2( judgementCalls >= 0, qPrintable( help ) );
  QVERIFY2( help.indexOf( QStringLiteral( "\n- ATTENDANCE – 1,000 people" ) ) > judgementCalls, qPrintable( help ) );
}

void TestSecurityLayout::everyPerimeterParameterOffered()
{
  // Every parameter of perimeter design is on the layout (EVENT_AREA as VENUE; outputs are the layout's tables),
  // with the step's default: a parameter the step gains (the approach study's too) cannot be left at its default
  // unseen.
  const QgsProcessingAlgorithm *layout = QgsApplication::processingRegistry()->algorithmById( kAlgorithm );
  const QgsProcessingAlgorithm *perimeter =
      QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "eventsecurity:perimeterdesign" ) );
  for ( const QgsProcessingParameterDefinition *definition : perimeter->parameterDefinitions() )
  {
    if ( definition->isDestination() || definition->name() == QLatin1String( "EVENT_AREA" ) )
      continue;
    const QgsProcessingParameterDefinition *offered = layout->parameterDefinition( definition->name() );
    QVERIFY2( offered, qPrintable( definition->name() ) );
    if ( definition->name() != QLatin1String( "STANDOFF_M" ) && definition->name() != QLatin1String( "THREAT" ) )
      QVERIFY2( offered->defaultValue() == definition->defaultValue(), qPrintable( definition->name() ) );
  }
}

void TestSecurityLayout::newParametersReachTheSteps()
{
  // ARRIVAL_PEAK_FACTOR 1 (the mean): ceil(10,000 / 400) = 25 lanes; PENETRATION_M 7: the line at 30 + 7 = 37 m;
  // MIN_ENTRIES 5 (an advanced parameter the layout passes on from the step's definition): at least 5 entries.
  QgsProcessingContext context;
  QVariantMap p = sampleParameters();
  p.insert( QStringLiteral( "ARRIVAL_PEAK_FACTOR" ), 1.0 );
  p.insert( QStringLiteral( "PENETRATION_M" ), 7.0 );
  p.insert( QStringLiteral( "MIN_ENTRIES" ), 5 );
  p.insert( QStringLiteral( "OUTPUT_GPKG" ), mDir.filePath( QStringLiteral( "passed.gpkg" ) ) );
  const AlgorithmRun run = runAlgorithm( kAlgorithm, p, context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  QCOMPARE( run.results.value( QStringLiteral( "LANES" ) ).toInt(), 25 );
  QCOMPARE( run.results.value( QStringLiteral( "BARRIER_LINE_M" ) ).toDouble(), 37.0 );
  QCOMPARE( run.results.value( QStringLiteral( "STANDOFF_M_USED" ) ).toDouble(), kStandoffM );
  QVERIFY( run.results.value( QStringLiteral( "ENTRIES" ) ).toInt() >= 5 );
}

void TestSecurityLayout::keyFigureLines()
{
  // The print's key figures (planfigures.h) from the sample's GeoPackage: the lanes for the peak, both evacuation
  // times, the standoff and where the barrier line stands (figures worked out in keyFiguresByHand).
  const QString lines = eventsecurity::planKeyFigureLines( eventsecurity::readPlanFigures( mGpkg ) ).join( '\n' );
  QVERIFY2( lines.contains( QStringLiteral( "with 50 search lanes in all, enough for the arrival peak at 2 × the mean "
                                            "rate" ) ),
            qPrintable( lines ) );
  QVERIFY2( lines.contains( QStringLiteral( "Exits: %1 m in all; everyone out in 6 min, in 8 min with the largest "
                                            "entry blocked (target 8 min)" )
                                .arg( QLocale().toString( 10000.0 / ( 82 * 8 ) * 4 / 3, 'f', 1 ) ) ),
            qPrintable( lines ) );
  QVERIFY2( lines.contains( QLatin1String( "Vehicles kept 30 m from the crowd (the chart asks 98 m for a sedan): "
                                           "barrier line 31 m out, 1 m for penetration" ) ),
            qPrintable( lines ) );
  // The queues' line, with the layout's figures (queuesByHand works them out on the deterministic queue).
  const QVariantMap &r = mRun.results;
  QVERIFY2( lines.contains(
                QStringLiteral( "Queues outside the cordon: 4, 4 exposed to a vehicle or a bomb; the "
                                "longest %1 m" )
                    .arg( QLocale().toString( r.value( QStringLiteral( "LONGEST_QUEUE_M" ) ).toDouble(), 'f', 0 ) ) ),
            qPrintable( lines ) );
  QVERIFY2( lines.contains( QStringLiteral( "a vehicle can reach one at %1 km/h" )
                                .arg( QLocale().toString(
                                    r.value( QStringLiteral( "MAX_QUEUE_IMPACT_KMH" ) ).toDouble(), 'f', 0 ) ) ),
            qPrintable( lines ) );
}

void TestSecurityLayout::queuesByHand()
{
  // The sample's four entries share its 7 m streets (no width field: DEFAULT_WIDTH_M) equally: 2,500 people each,
  // all in the 30-minute peak (peak factor 2: 2 x 30 / 60 = 1). The 50 lanes go 13, 13, 12, 12. With deterministic
  // queues (ARRIVAL_SCV = SEARCH_SCV = 0) a 13-lane entry passes 13 x 400 / 60 x 30 = 2,600 > 2,500: no queue; a
  // 12-lane one 2,400: a backlog of 100 people, who wait 100 / 80 = 1.25 min, on 100 x 0.6 / 3 = 20 m.
  QgsProcessingContext context;
  QVariantMap p = sampleParameters();
  p.insert( QStringLiteral( "ARRIVAL_SCV" ), 0 );
  p.insert( QStringLiteral( "SEARCH_SCV" ), 0 );
  const QString gpkg = mDir.filePath( QStringLiteral( "queues.gpkg" ) );
  const QString html = mDir.filePath( QStringLiteral( "queues.html" ) );
  p.insert( QStringLiteral( "OUTPUT_GPKG" ), gpkg );
  p.insert( QStringLiteral( "OUTPUT_REPORT" ), html );
  const AlgorithmRun run = runAlgorithm( kAlgorithm, p, context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  QCOMPARE( run.results.value( QStringLiteral( "QUEUES" ) ).toInt(), 2 );
  QVERIFY( std::abs( run.results.value( QStringLiteral( "LONGEST_QUEUE_M" ) ).toDouble() - 20 ) < 1e-6 );
  QVERIFY( std::abs( run.results.value( QStringLiteral( "LONGEST_WAIT_MIN" ) ).toDouble() - 1.25 ) < 1e-9 );
  // The two queues stand on 7 m streets, wider than the 3 m queue: vehicles pass beside them (exposed, at a speed);
  // the entries without a queue are not exposed.
  QCOMPARE( run.results.value( QStringLiteral( "QUEUES_EXPOSED" ) ).toInt(), 2 );
  QVERIFY( run.results.value( QStringLiteral( "MAX_QUEUE_IMPACT_KMH" ) ).toDouble() > 0 );
  std::unique_ptr<QgsVectorLayer> queues = loadVectorLayer( table( gpkg, QStringLiteral( "queues" ) ) );
  QCOMPARE( queues->featureCount(), 4LL );
  QgsFeatureIterator it = queues->getFeatures();
  QgsFeature q;
  while ( it.nextFeature( q ) )
  {
    const int lanes = q.attribute( QStringLiteral( "lanes" ) ).toInt();
    QVERIFY( lanes == 12 || lanes == 13 );
    QVERIFY( std::abs( q.attribute( QStringLiteral( "peak_people" ) ).toDouble() - ( lanes == 12 ? 100 : 0 ) ) < 1e-6 );
    QCOMPARE( !q.geometry().isEmpty(), lanes == 12 ); // no queue: an empty geometry in the GeoPackage
  }
  // The key figures line and the report's section with the options for an exposed queue.
  const QString lines = eventsecurity::planKeyFigureLines( eventsecurity::readPlanFigures( gpkg ) ).join( '\n' );
  QVERIFY2( lines.contains(
                QStringLiteral( "Queues outside the cordon: 2, 2 exposed to a vehicle or a bomb; the "
                                "longest 20 m (100 people), longest wait %1 min" )
                    .arg( QLocale().toString( run.results.value( QStringLiteral( "LONGEST_WAIT_MIN" ) ).toDouble(), 'f',
                                              1 ) ) ), // 1.25 less a rounding error: "1.2"
            qPrintable( lines ) );
  QFile file( html );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  const QString report = QString::fromUtf8( file.readAll() );
  const int section = report.indexOf( QLatin1String( "6. Queues outside the cordon" ) );
  const int zones = report.indexOf( QLatin1String( "Bomb stand-off zones around the venue" ) );
  QVERIFY( section > 0 && zones > section );
  QVERIFY( report.contains( QLatin1String( "2 queue(s) exposed to a hostile vehicle or a vehicle bomb" ) ) );
  QVERIFY( report.contains( QLatin1String( "(a) Move the search line out" ) ) );
  QVERIFY( report.contains( QLatin1String( "(c) Barrier the queue's street side" ) ) );
}

ES_TEST_MAIN( TestSecurityLayout )
#include "test_securitylayout.moc"
