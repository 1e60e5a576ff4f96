// The "Event Security Planner" dock, offscreen, as a planner uses it: the sample venue's layers in
// QgsProject::instance(), the fields set, Plan pressed, the real task manager running the algorithm.
#include "eventsecuritycompat.h"
#include "eventsecuritydock.h"
#include "planresultswidget.h"
#include "planlayers.h"
#include "testsupport.h"

#include <qgsdoublespinbox.h>
#include <qgsfeaturepickerwidget.h>
#include <qgsfilewidget.h>
#include <qgslayertree.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsmaplayercombobox.h>
#include <qgsprintlayout.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsrenderer.h>
#include <qgssettings.h>
#include <qgsspinbox.h>
#include <qgsapplication.h>

#include <QComboBox>
#include <QCryptographicHash>
#include <QDomDocument>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace eventsecurity;

namespace
{
// The algorithm's tables, top to bottom (its help text; exposed_buildings because BUILDINGS is given).
const QStringList kExpectedTables = { "entries",           "crossings",       "barriers",      "queues",
                                      "impact_points",     "critical_routes", "cordon",        "road_closures",
                                      "exposed_buildings", "approach_speeds", "standoff_zones" };
// Styled by value in the issue: rings red to yellow, barriers by rating, routes by impact speed.
const QStringList kStyledByValue = { "standoff_zones", "barriers", "critical_routes" };
const QString kEvent = QStringLiteral( "Carnaval Plaza Independencia" );
constexpr int kPlanTimeoutMs = 600000; // the whole layout on one slow shared core

//! Everything a plan must not change in an input layer: features, geometry, attributes, selection, edits.
QByteArray fingerprint( QgsVectorLayer *layer )
{
  QCryptographicHash hash( QCryptographicHash::Sha1 );
  QgsFeatureIterator it = layer->getFeatures( QgsFeatureRequest().addOrderBy( QStringLiteral( "$id" ) ) );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    hash.addData( QByteArray::number( feature.id() ) );
    hash.addData( feature.geometry().asWkb() );
    for ( const QVariant &value : feature.attributes() )
      hash.addData( value.toString().toUtf8() );
  }
  hash.addData( QByteArray::number( layer->featureCount() ) );
  hash.addData( QByteArray::number( layer->selectedFeatureCount() ) );
  hash.addData( layer->isModified() ? "modified" : "saved" );
  hash.addData( layer->renderer() ? layer->renderer()->type().toUtf8() : QByteArray() );
  return hash.result();
}

//! The GeoPackage table a layer of the result group reads.
QString tableOf( const QgsMapLayer *layer )
{
  const QRegularExpressionMatch match =
      QRegularExpression( QStringLiteral( "layername=([^|]+)" ) ).match( layer->source() );
  return match.captured( 1 );
}

//! table name -> renderer type of the default style saved in the GeoPackage's layer_styles table.
QMap<QString, QString> savedRendererTypes( const QString &geopackage )
{
  QMap<QString, QString> types;
  QgsVectorLayer styles( geopackage + QStringLiteral( "|layername=layer_styles" ), QStringLiteral( "styles" ),
                         QStringLiteral( "ogr" ) );
  if ( !styles.isValid() )
    return types;
  QgsFeatureIterator it = styles.getFeatures();
  QgsFeature row;
  while ( it.nextFeature( row ) )
  {
    if ( !row.attribute( QStringLiteral( "useAsDefault" ) ).toBool() )
      continue;
    QDomDocument qml;
    qml.setContent( row.attribute( QStringLiteral( "styleQML" ) ).toString() );
    types.insert( row.attribute( QStringLiteral( "f_table_name" ) ).toString(),
                  qml.documentElement()
                      .firstChildElement( QStringLiteral( "renderer-v2" ) )
                      .attribute( QStringLiteral( "type" ) ) );
  }
  return types;
}

int topLevelIndexOf( QgsLayerTreeNode *node )
{
  QgsLayerTree *root = QgsProject::instance()->layerTreeRoot();
  while ( node && node->parent() != root )
    node = node->parent();
  return root->children().indexOf( node );
}

QList<QgsLayerTreeGroup *> groupsNamed( const QString &name )
{
  QList<QgsLayerTreeGroup *> groups;
  for ( QgsLayerTreeNode *node : QgsProject::instance()->layerTreeRoot()->children() )
    if ( QgsLayerTree::isGroup( node ) && QgsLayerTree::toGroup( node )->name() == name )
      groups << QgsLayerTree::toGroup( node );
  return groups;
}
} // namespace

class TestDock : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void cleanupTestCase();
  void choicesAreTheAlgorithms();
  void planAddsStyledGroupAboveInputs();
  void keyFiguresAreTheAlgorithmsOutputs();
  void printLayoutAndPdf();
  void planAgainReplacesTheGroup();
  void settingsAreRemembered();
  void algorithmErrorIsShownInPlainWords();
  void missingStreetLayerIsExplained();
  void cancelLeavesTheProjectAsItWas();

private:
  EventSecurityDock *newDock();
  void fillFields( EventSecurityDock &dock, QgsVectorLayer *venue, const QString &eventName );
  bool runPlan( EventSecurityDock &dock, bool &ok );

  QTemporaryDir mSettingsDir;
  QTemporaryDir mOutputDir;
  std::unique_ptr<EventSecurityDock> mDock;
  QgsVectorLayer *mNotes = nullptr;
  QgsVectorLayer *mVenue = nullptr;
  QgsVectorLayer *mRoads = nullptr;
  QgsVectorLayer *mBuildings = nullptr;
  QMap<QString, QByteArray> mFingerprints;
  QVariantMap mFirstResults;
};

void TestDock::initTestCase()
{
  // Settings of this run only, never the user's QGIS profile.
  QSettings::setPath( QSettings::NativeFormat, QSettings::UserScope, mSettingsDir.path() );
  QSettings::setPath( QSettings::IniFormat, QSettings::UserScope, mSettingsDir.path() );
  QgsSettings().remove( QStringLiteral( "eventsecurity/dock" ) );

  QgsProject *project = QgsProject::instance();
  // Layers panel, top to bottom: an unrelated layer, then the inputs. The plan goes between them.
  mNotes = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:4326" ), QStringLiteral( "Notes" ),
                               QStringLiteral( "memory" ) );
  mVenue =
      new QgsVectorLayer( test::sampleData( "venue.geojson" ), QStringLiteral( "venue" ), QStringLiteral( "ogr" ) );
  mRoads =
      new QgsVectorLayer( test::sampleData( "roads.geojson" ), QStringLiteral( "roads" ), QStringLiteral( "ogr" ) );
  mBuildings = new QgsVectorLayer( test::sampleData( "buildings.geojson" ), QStringLiteral( "buildings" ),
                                   QStringLiteral( "ogr" ) );
  for ( QgsVectorLayer *layer : { mBuildings, mRoads, mVenue, mNotes } ) // each added on top
  {
    QVERIFY2( layer->isValid(), qPrintable( layer->source() ) );
    project->addMapLayer( layer );
  }
  for ( QgsVectorLayer *layer : { mVenue, mRoads, mBuildings } )
    mFingerprints.insert( layer->id(), fingerprint( layer ) );
  QCOMPARE( project->layerTreeRoot()->children().size(), 4 );

  mDock.reset( newDock() );
}

void TestDock::cleanupTestCase()
{
  mDock.reset();
  QgsProject::instance()->clear();
}

EventSecurityDock *TestDock::newDock()
{
  auto *dock = new EventSecurityDock();
  dock->setAskBeforeReplacing( false );
  return dock;
}

void TestDock::fillFields( EventSecurityDock &dock, QgsVectorLayer *venue, const QString &eventName )
{
  dock.findChild<QLineEdit *>( "mEventName" )->setText( eventName );
  dock.findChild<QgsSpinBox *>( "mAttendance" )->setValue( 20000 );
  dock.findChild<QgsMapLayerComboBox *>( "mVenueLayer" )->setLayer( venue );
  dock.findChild<QgsMapLayerComboBox *>( "mStreetLayer" )->setLayer( mRoads );
  dock.findChild<QgsMapLayerComboBox *>( "mBuildingLayer" )->setLayer( mBuildings );
  dock.findChild<QgsFileWidget *>( "mOutputFolder" )->setFilePath( mOutputDir.path() );
}

bool TestDock::runPlan( EventSecurityDock &dock, bool &ok )
{
  QSignalSpy finished( &dock, &EventSecurityDock::planFinished );
  dock.plan();
  if ( finished.isEmpty() && !finished.wait( kPlanTimeoutMs ) )
    return false;
  ok = finished.first().first().toBool();
  return finished.size() == 1;
}

void TestDock::choicesAreTheAlgorithms()
{
  const QgsProcessingAlgorithm *algorithm =
      QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "eventsecurity:securitylayout" ) );
  QVERIFY( algorithm );
  for ( const char *name : { "THREAT", "VEHICLE" } )
  {
    const auto *parameter = dynamic_cast<const QgsProcessingParameterEnum *>( algorithm->parameterDefinition( name ) );
    QVERIFY( parameter );
    const QComboBox *combo = mDock->findChild<QComboBox *>( name == QByteArray( "THREAT" ) ? "mThreat" : "mVehicle" );
    QStringList shown;
    for ( int i = 0; i < combo->count(); ++i )
      shown << combo->itemText( i );
    QCOMPARE( shown, parameter->options() );
    QCOMPARE( combo->currentIndex(), parameter->defaultValue().toInt() );
  }
  // Standoff left at its minimum means "the chart's distance": the spin box says so.
  const QgsDoubleSpinBox *standoff = mDock->findChild<QgsDoubleSpinBox *>( "mStandoff" );
  QCOMPARE( standoff->value(), 0.0 );
  QCOMPARE( standoff->text(), standoff->specialValueText() );
}

void TestDock::planAddsStyledGroupAboveInputs()
{
  fillFields( *mDock, mVenue, kEvent );
  // The venue as "one feature" chosen in the picker (the sample has one: Plaza Independencia).
  mDock->findChild<QComboBox *>( "mVenueScope" )->setCurrentIndex( 0 );
  QgsFeaturePickerWidget *picker = mDock->findChild<QgsFeaturePickerWidget *>( "mVenueFeature" );
  QTRY_VERIFY_WITH_TIMEOUT( picker->feature().isValid(), 20000 );
  QCOMPARE( picker->feature().attribute( "name" ).toString(), QStringLiteral( "Plaza Independencia" ) );

  bool ok = false;
  QVERIFY2( runPlan( *mDock, ok ), "the plan did not finish" );
  QVERIFY2( ok, qPrintable( mDock->statusText() ) );
  QVERIFY( !mDock->isPlanning() );
  mFirstResults = mDock->lastResults();

  const QList<QgsLayerTreeGroup *> groups = groupsNamed( kEvent );
  QCOMPARE( groups.size(), 1 );
  QgsLayerTreeGroup *group = groups.first();

  // Between the unrelated layer and the inputs.
  QgsLayerTree *root = QgsProject::instance()->layerTreeRoot();
  QCOMPARE( topLevelIndexOf( root->findLayer( mNotes ) ), 0 );
  QCOMPARE( topLevelIndexOf( group ), 1 );
  for ( QgsVectorLayer *input : { mVenue, mRoads, mBuildings } )
    QVERIFY( topLevelIndexOf( root->findLayer( input ) ) > 1 );

  // Every table, top to bottom, named by its title, styled as saved in the GeoPackage.
  const QString geopackage = mFirstResults.value( "OUTPUT_GPKG" ).toString();
  QVERIFY( geopackage.startsWith( mOutputDir.path() ) );
  const QMap<QString, QString> saved = savedRendererTypes( geopackage );
  QStringList tables;
  for ( QgsLayerTreeLayer *node : group->findLayers() )
  {
    auto *layer = qobject_cast<QgsVectorLayer *>( node->layer() );
    QVERIFY( layer && layer->isValid() );
    const QString table = tableOf( layer );
    tables << table;
    QCOMPARE( layer->name(), planLayerTitle( table ) );
    QVERIFY2( saved.contains( table ), qPrintable( table + " has no default style in the GeoPackage" ) );
    QCOMPARE( layer->renderer()->type(), saved.value( table ) );
    if ( kStyledByValue.contains( table ) )
      QVERIFY2( layer->renderer()->type() != QLatin1String( "singleSymbol" ), qPrintable( table ) );
  }
  QCOMPARE( tables, kExpectedTables );

  // The plan's own layers are not offered as inputs of the next plan.
  const QgsMapLayerComboBox *streets = mDock->findChild<QgsMapLayerComboBox *>( "mStreetLayer" );
  QCOMPARE( streets->count(), 1 );
  QCOMPARE( streets->currentLayer(), mRoads );

  // The plan was made from the one chosen feature, and the inputs are as they were.
  for ( QgsVectorLayer *input : { mVenue, mRoads, mBuildings } )
    QCOMPARE( fingerprint( input ), mFingerprints.value( input->id() ) );
  QVERIFY( mDock->statusText().contains( kEvent ) );
}

void TestDock::keyFiguresAreTheAlgorithmsOutputs()
{
  const PlanResultsWidget *results = mDock->findChild<PlanResultsWidget *>();
  QVERIFY( results && results->isVisibleTo( mDock.get() ) );
  const QLocale locale;
  QCOMPARE( results->figureText( "LANES" ), locale.toString( mFirstResults.value( "LANES" ).toDouble(), 'f', 0 ) );
  QCOMPARE( results->figureText( "BARRIERS" ),
            locale.toString( mFirstResults.value( "BARRIERS" ).toDouble(), 'f', 0 ) );
  QCOMPARE(
      results->figureText( "CAPACITY" ),
      QStringLiteral( "%1 persons" ).arg( locale.toString( mFirstResults.value( "CAPACITY" ).toDouble(), 'f', 0 ) ) );
  QCOMPARE( results->figureText( "MAX_IMPACT_KMH" ),
            QStringLiteral( "%1 km/h" )
                .arg( locale.toString( mFirstResults.value( "MAX_IMPACT_KMH" ).toDouble(), 'f', 0 ) ) );
  // Sample venue, 20 000 people: some lanes, a positive capacity and a real approach speed.
  QVERIFY( mFirstResults.value( "LANES" ).toInt() > 0 );
  QVERIFY( mFirstResults.value( "CAPACITY" ).toDouble() > 0 );
  QVERIFY( mFirstResults.value( "MAX_IMPACT_KMH" ).toDouble() > 0 );
}

void TestDock::printLayoutAndPdf()
{
  QgsLayoutManager *manager = QgsProject::instance()->layoutManager();
  const int layoutsBefore = manager->printLayouts().size();
  QString error;
  QgsPrintLayout *layout = mDock->planLayout( error );
  QVERIFY2( layout, qPrintable( error ) );
  QCOMPARE( manager->printLayouts().size(), layoutsBefore + 1 );
  QVERIFY( layout->name().contains( kEvent ) );
  QCOMPARE( mDock->planLayout( error ), layout ); // asked again: the same layout, not a copy

  // The map shows the plan's layers over the inputs.
  QList<QgsLayoutItemMap *> maps;
  layout->layoutItems( maps );
  QVERIFY( !maps.isEmpty() );
  const QList<QgsMapLayer *> mapLayers = maps.first()->layers();
  for ( QgsLayerTreeLayer *node : groupsNamed( kEvent ).first()->findLayers() )
    QVERIFY2( mapLayers.contains( node->layer() ), qPrintable( node->layer()->name() ) );
  QVERIFY( mapLayers.contains( mRoads ) );

  const QString pdf = mOutputDir.filePath( "plan.pdf" );
  QVERIFY2( mDock->exportPdfTo( pdf, error ), qPrintable( error ) );
  QFile file( pdf );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  const QByteArray content = file.readAll();
  QVERIFY( content.startsWith( "%PDF" ) );
  // A page object (GDAL's georeferencing may rewrite it: the PDF can hold it twice) ...
  QVERIFY( QString::fromLatin1( content.constData(), content.size() )
               .contains( QRegularExpression( QStringLiteral( "/Type\\s*/Page(?![a-zA-Z])" ) ) ) );
  // ... and one A3 sheet, as a PDF reader counts it.
  const QString pdfinfo = QStandardPaths::findExecutable( QStringLiteral( "pdfinfo" ) );
  if ( !pdfinfo.isEmpty() )
  {
    QProcess info;
    info.start( pdfinfo, { pdf } );
    QVERIFY( info.waitForFinished( 60000 ) );
    const QString text = QString::fromUtf8( info.readAllStandardOutput() );
    QVERIFY2( text.contains( QRegularExpression( QStringLiteral( "Pages:\\s+1\\n" ) ) ), qPrintable( text ) );
    QVERIFY2( text.contains( QStringLiteral( "(A3)" ) ), qPrintable( text ) );
  }
}

void TestDock::planAgainReplacesTheGroup()
{
  const int layersBefore = QgsProject::instance()->mapLayers().size();
  const QStringList oldIds = groupsNamed( kEvent ).first()->findLayerIds();

  bool ok = false;
  QVERIFY( runPlan( *mDock, ok ) );
  QVERIFY2( ok, qPrintable( mDock->statusText() ) );

  const QList<QgsLayerTreeGroup *> groups = groupsNamed( kEvent );
  QCOMPARE( groups.size(), 1 );
  QCOMPARE( topLevelIndexOf( groups.first() ), 1 ); // where the first plan was
  QCOMPARE( groups.first()->findLayers().size(), kExpectedTables.size() );
  for ( const QString &id : oldIds )
    QVERIFY( !QgsProject::instance()->mapLayer( id ) );
  QCOMPARE( QgsProject::instance()->mapLayers().size(), layersBefore );
  // A new folder per plan: the replaced group's GeoPackage is not overwritten.
  QVERIFY( mDock->lastResults().value( "OUTPUT_GPKG" ) != mFirstResults.value( "OUTPUT_GPKG" ) );
  QVERIFY( QFile::exists( mFirstResults.value( "OUTPUT_GPKG" ).toString() ) );
  for ( QgsVectorLayer *input : { mVenue, mRoads, mBuildings } )
    QCOMPARE( fingerprint( input ), mFingerprints.value( input->id() ) );
}

void TestDock::settingsAreRemembered()
{
  mDock->findChild<QgsDoubleSpinBox *>( "mStandoff" )->setValue( 40 );
  mDock->findChild<QComboBox *>( "mVehicle" )->setCurrentIndex( 0 );
  mDock->findChild<QgsSpinBox *>( "mArrivalMinutes" )->setValue( 90 );
  mDock->findChild<QComboBox *>( "mVenueScope" )->setCurrentIndex( 2 );
  bool ok = false;
  QVERIFY( runPlan( *mDock, ok ) );
  QVERIFY2( ok, qPrintable( mDock->statusText() ) );

  const std::unique_ptr<EventSecurityDock> next( newDock() ); // as in the next QGIS session
  QCOMPARE( next->findChild<QLineEdit *>( "mEventName" )->text(), kEvent );
  QCOMPARE( next->findChild<QgsSpinBox *>( "mAttendance" )->value(), 20000 );
  QCOMPARE( next->findChild<QgsSpinBox *>( "mArrivalMinutes" )->value(), 90 );
  QCOMPARE( next->findChild<QgsDoubleSpinBox *>( "mStandoff" )->value(), 40.0 );
  QCOMPARE( next->findChild<QComboBox *>( "mVehicle" )->currentIndex(), 0 );
  QCOMPARE( next->findChild<QComboBox *>( "mVenueScope" )->currentIndex(), 2 );
  QCOMPARE( next->findChild<QgsFileWidget *>( "mOutputFolder" )->filePath(), mOutputDir.path() );
  // The chosen standoff reached the algorithm.
  QCOMPARE( mDock->lastResults().value( "STANDOFF_M_USED" ).toDouble(), 40.0 );
}

void TestDock::algorithmErrorIsShownInPlainWords()
{
  auto *empty = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:4326" ), QStringLiteral( "Empty venue" ),
                                    QStringLiteral( "memory" ) );
  QgsProject::instance()->addMapLayer( empty );
  const QString event = QStringLiteral( "Nobody's venue" );
  fillFields( *mDock, empty, event );
  mDock->findChild<QComboBox *>( "mVenueScope" )->setCurrentIndex( 2 ); // all features: none

  // What the algorithm itself says about this venue.
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  const test::AlgorithmRun direct = test::runAlgorithm( QStringLiteral( "eventsecurity:securitylayout" ),
                                                        { { "VENUE", empty->id() },
                                                          { "NETWORK", mRoads->id() },
                                                          { "BUILDINGS", mBuildings->id() },
                                                          { "EVENT_NAME", event },
                                                          { "ATTENDANCE", 20000 },
                                                          { "OUTPUT_GPKG", mOutputDir.filePath( "direct.gpkg" ) },
                                                          { "OUTPUT_REPORT", mOutputDir.filePath( "direct.html" ) } },
                                                        context );
  QVERIFY( !direct.ok );
  QVERIFY( !direct.errors.trimmed().isEmpty() );

  bool ok = true;
  QVERIFY( runPlan( *mDock, ok ) );
  QVERIFY( !ok );
  // The algorithm's explanation, each line once, with the venue named as the dock names it rather than by a
  // step's parameter (INPUT of eventsecurity:standoffzones, EVENT_AREA of perimeter design).
  const QString status = mDock->statusText();
  const QRegularExpression raw( QStringLiteral( "\\b(INPUT|EVENT_AREA|VENUE|NETWORK)\\b" ) );
  QString explanation; // the longest stretch of the algorithm's message between parameter names
  for ( const QString &part : direct.errors.split( QRegularExpression( raw.pattern() + QStringLiteral( "|\\n" ) ) ) )
    if ( part.trimmed().size() > explanation.size() )
      explanation = part.trimmed();
  QVERIFY2( explanation.size() > 10, qPrintable( direct.errors ) );
  QVERIFY2( status.contains( explanation ), qPrintable( status + " / " + direct.errors ) );
  QVERIFY2( !status.contains( raw ), qPrintable( status ) );
  QStringList lines = status.split( '\n' );
  QCOMPARE( lines.removeDuplicates(), 0 );
  QVERIFY( groupsNamed( event ).isEmpty() );
  QVERIFY( mDock->findChild<QPushButton *>( "mPlanButton" )->isEnabled() );
  QgsProject::instance()->removeMapLayer( empty );
}

void TestDock::missingStreetLayerIsExplained()
{
  QgsMapLayerComboBox *streets = mDock->findChild<QgsMapLayerComboBox *>( "mStreetLayer" );
  fillFields( *mDock, mVenue, QStringLiteral( "No streets" ) );
  QList<QgsMapLayer *> lineLayers; // the roads and the plan's own line layers: nothing left to choose
  for ( QgsMapLayer *layer : QgsProject::instance()->mapLayers() )
    if ( auto *vector = qobject_cast<QgsVectorLayer *>( layer );
         vector && vector->geometryType() == compat::LineGeometry )
      lineLayers << layer;
  streets->setExceptedLayerList( lineLayers );
  QVERIFY( !streets->currentLayer() );
  bool ok = true;
  QVERIFY( runPlan( *mDock, ok ) );
  QVERIFY( !ok );
  QCOMPARE( mDock->statusText(), QStringLiteral( "Choose the street layer (lines)." ) );
  streets->setExceptedLayerList( {} );
}

void TestDock::cancelLeavesTheProjectAsItWas()
{
  const QString event = QStringLiteral( "Cancelled parade" );
  fillFields( *mDock, mVenue, event );
  const int layersBefore = QgsProject::instance()->mapLayers().size();
  QSignalSpy finished( mDock.get(), &EventSecurityDock::planFinished );
  mDock->plan();
  QVERIFY( mDock->isPlanning() );
  QVERIFY( !mDock->findChild<QPushButton *>( "mPlanButton" )->isEnabled() );
  mDock->cancelPlan();
  if ( finished.isEmpty() ) // a task cancelled before it started has already ended
    QVERIFY( finished.wait( kPlanTimeoutMs ) );
  QCOMPARE( finished.size(), 1 );
  QCOMPARE( finished.first().first().toBool(), false );
  QVERIFY2( mDock->statusText().contains( "cancelled" ), qPrintable( mDock->statusText() ) );
  QVERIFY( groupsNamed( event ).isEmpty() );
  QCOMPARE( QgsProject::instance()->mapLayers().size(), layersBefore );
  QVERIFY( mDock->findChild<QPushButton *>( "mPlanButton" )->isEnabled() );
}

ES_TEST_MAIN( TestDock )
#include "test_dock.moc"
