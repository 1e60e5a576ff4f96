// The "Event Security Planner" dock, offscreen, as a planner uses it: the sample venue's layers in
// QgsProject::instance(), the fields set, Plan pressed, the real task manager running the algorithm.
#include "eventsecuritycompat.h"
#include "eventsecuritydock.h"
#include "eventsecuritytranslation.h"
#include "obstaclelayerspicker.h"
#include "planlayers.h"
#include "planresultswidget.h"
#include "planstyles.h"
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
#include <qgsreadwritecontext.h>
#include <qgsrenderer.h>
#include <qgsvectorlayerlabeling.h>
#include <qgssettings.h>
#include <qgsspinbox.h>
#include <qgsapplication.h>

#include <QComboBox>
#include <QCryptographicHash>
#include <QDomDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

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

//! A layer's renderer and labels as XML, without the random keys QGIS gives rules (the same style compares equal).
QString styleXml( QgsVectorLayer *layer )
{
  QDomDocument doc;
  QDomElement root = doc.createElement( QStringLiteral( "style" ) );
  doc.appendChild( root );
  root.appendChild( layer->renderer()->save( doc, QgsReadWriteContext() ) );
  if ( layer->labeling() )
    root.appendChild( layer->labeling()->save( doc, QgsReadWriteContext() ) );
  root.setAttribute( QStringLiteral( "labels" ), layer->labelsEnabled() );
  return doc.toString().remove( QRegularExpression( QStringLiteral( " key=\"[^\"]*\"" ) ) );
}

//! The queue figures' texts in English (the dock's words; the numbers in the user's locale).
QString minutesText( const QVariant &minutes )
{
  return QStringLiteral( "%1 min" )
      .arg( QLocale().toString( minutes.toDouble(), 'f', minutes.toDouble() < 10 ? 1 : 0 ) );
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
  void queueFiguresAreTheLayoutsOutputs();
  void queueFiguresInWords();
  void printLayoutAndPdf();
  void planAgainReplacesTheGroup();
  void openGroundAndObstaclesReachTheLayout();
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
  // Shown at 300 px by 500 px, as a planner's dock beside the map: what scrolls into view is real.
  mDock->resize( 300, 500 );
  mDock->show();
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
  // The capacity in whole persons, rounded down (the layout's CAPACITY is the area times the density).
  QCOMPARE( results->figureText( "CAPACITY" ),
            QStringLiteral( "%1 persons" )
                .arg( locale.toString( std::floor( mFirstResults.value( "CAPACITY" ).toDouble() ), 'f', 0 ) ) );
  QCOMPARE( results->figureText( "MAX_IMPACT_KMH" ),
            QStringLiteral( "%1 km/h" )
                .arg( locale.toString( mFirstResults.value( "MAX_IMPACT_KMH" ).toDouble(), 'f', 0 ) ) );
  // Sample venue, 20 000 people: some lanes, a positive capacity and a real approach speed.
  QVERIFY( mFirstResults.value( "LANES" ).toInt() > 0 );
  QVERIFY( mFirstResults.value( "CAPACITY" ).toDouble() > 0 );
  QVERIFY( mFirstResults.value( "MAX_IMPACT_KMH" ).toDouble() > 0 );
}

void TestDock::queueFiguresAreTheLayoutsOutputs()
{
  // The layout run here with the first plan's inputs (the sample's venue layer has that one feature) and the
  // dock's defaults: the dock shows these outputs in words.
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  const test::AlgorithmRun direct = test::runAlgorithm( QStringLiteral( "eventsecurity:securitylayout" ),
                                                        { { "VENUE", mVenue->id() },
                                                          { "NETWORK", mRoads->id() },
                                                          { "BUILDINGS", mBuildings->id() },
                                                          { "EVENT_NAME", kEvent },
                                                          { "ATTENDANCE", 20000 },
                                                          { "OUTPUT_GPKG", mOutputDir.filePath( "queues.gpkg" ) } },
                                                        context );
  QVERIFY2( direct.ok, qPrintable( direct.errors ) );
  const QVariantMap &layout = direct.results;
  for ( const char *output :
        { "QUEUES", "QUEUES_EXPOSED", "LONGEST_QUEUE_M", "LONGEST_WAIT_MIN", "MAX_QUEUE_IMPACT_KMH" } )
    QVERIFY2( mFirstResults.value( output ) == layout.value( output ), output );

  // 20,000 people at the sample's entries: queues at several of them, exposed, that clear, a vehicle reaching
  // one (else the words below would not be the ones a planner meets).
  const int queues = layout.value( "QUEUES" ).toInt();
  const int exposed = layout.value( "QUEUES_EXPOSED" ).toInt();
  QVERIFY2( queues > 1 && exposed > 1,
            qPrintable( QStringLiteral( "%1 queues, %2 exposed" ).arg( queues ).arg( exposed ) ) );
  QVERIFY( !layout.value( "LONGEST_WAIT_MIN" ).isNull() );
  QVERIFY( layout.value( "MAX_QUEUE_IMPACT_KMH" ).toDouble() > 0 );
  const PlanResultsWidget *results = mDock->findChild<PlanResultsWidget *>();
  const QLocale locale;
  QCOMPARE( results->figureText( "QUEUES" ), QStringLiteral( "at %1 entries" ).arg( queues ) );
  QCOMPARE( results->figureText( "QUEUES_EXPOSED" ),
            QStringLiteral( "%1 queues a hostile vehicle or a vehicle bomb can reach" ).arg( exposed ) );
  QCOMPARE( results->figureText( "LONGEST_QUEUE_M" ),
            QStringLiteral( "%1 m" ).arg( locale.toString( layout.value( "LONGEST_QUEUE_M" ).toDouble(), 'f', 0 ) ) );
  QCOMPARE( results->figureText( "LONGEST_WAIT_MIN" ), minutesText( layout.value( "LONGEST_WAIT_MIN" ) ) );
  QCOMPARE(
      results->figureText( "MAX_QUEUE_IMPACT_KMH" ),
      QStringLiteral( "%1 km/h" ).arg( locale.toString( layout.value( "MAX_QUEUE_IMPACT_KMH" ).toDouble(), 'f', 0 ) ) );

  // The layout's warnings (the exposed queues among them), each shown, and in view after the plan: above the
  // figures, which are what the dock scrolled to before.
  const QStringList warnings = layout.value( "WARNINGS" ).toString().split( '\n', Qt::SkipEmptyParts );
  QCOMPARE( warnings.filter( QStringLiteral( "stands outside the cordon and is exposed" ) ).size(), exposed );
  QStringList shown;
  for ( const QString &warning : warnings )
    shown << QStringLiteral( "⚠ %1" ).arg( warning );
  QCOMPARE( mDock->warningsText(), shown.join( '\n' ) );
  const QScrollArea *scroll = mDock->findChild<QScrollArea *>();
  const QLabel *label = mDock->findChild<QLabel *>( "mWarningsLabel" );
  const QPoint top = label->mapTo( scroll->viewport(), QPoint( 0, 0 ) );
  QVERIFY2( scroll->viewport()->rect().contains( top ),
            qPrintable( QStringLiteral( "the warnings start at y = %1 of a %2 px high view" )
                            .arg( top.y() )
                            .arg( scroll->viewport()->height() ) ) );

  // The queues layer in the plan's group is styled as the layout styles it: red where exposed, amber elsewhere,
  // labelled with its people and wait.
  QgsVectorLayer *shownQueues = nullptr;
  for ( QgsLayerTreeLayer *node : groupsNamed( kEvent ).first()->findLayers() )
    if ( tableOf( node->layer() ) == QLatin1String( "queues" ) )
      shownQueues = qobject_cast<QgsVectorLayer *>( node->layer() );
  QVERIFY( shownQueues );
  QgsVectorLayer styled( mFirstResults.value( "OUTPUT_GPKG" ).toString() + QStringLiteral( "|layername=queues" ),
                         QStringLiteral( "queues" ), QStringLiteral( "ogr" ) );
  QVERIFY( styled.isValid() );
  QVERIFY( applyPlanLayerStyle( &styled, QStringLiteral( "queues" ) ) );
  QCOMPARE( styleXml( shownQueues ), styleXml( &styled ) );
  QVERIFY( shownQueues->labelsEnabled() );
}

void TestDock::queueFiguresInWords()
{
  // Hand-made outputs for the cases the sample does not meet: one queue (the singular, from the English plural
  // forms), none, a queue that never clears (LONGEST_WAIT_MIN without a value), no vehicle reaching a queue, and
  // an output the algorithm did not give.
  installTranslator( QStringLiteral( "en" ) );
  PlanResultsWidget widget;
  widget.setResults( { { "QUEUES", 1 },
                       { "QUEUES_EXPOSED", 1 },
                       { "LONGEST_QUEUE_M", 37.6 },
                       { "LONGEST_WAIT_MIN", QVariant() },
                       { "MAX_QUEUE_IMPACT_KMH", 0.0 } } );
  QCOMPARE( widget.figureText( "QUEUES" ), QStringLiteral( "at 1 entry" ) );
  QCOMPARE( widget.figureText( "QUEUES_EXPOSED" ),
            QStringLiteral( "1 queue a hostile vehicle or a vehicle bomb can reach" ) );
  QCOMPARE( widget.figureText( "LONGEST_QUEUE_M" ), QStringLiteral( "38 m" ) );
  QCOMPARE( widget.figureText( "LONGEST_WAIT_MIN" ), QStringLiteral( "endless: a queue never clears" ) );
  QCOMPARE( widget.figureText( "MAX_QUEUE_IMPACT_KMH" ), QStringLiteral( "no vehicle reaches a queue" ) );
  QCOMPARE( widget.figureText( "LANES" ), QStringLiteral( "not available" ) );

  widget.setResults( { { "QUEUES", 0 },
                       { "QUEUES_EXPOSED", 0 },
                       { "LONGEST_QUEUE_M", 0.0 },
                       { "LONGEST_WAIT_MIN", 0.0 },
                       { "MAX_QUEUE_IMPACT_KMH", 0.0 } } );
  QCOMPARE( widget.figureText( "QUEUES" ), QStringLiteral( "none: the search lanes keep up with the arrivals" ) );
  QCOMPARE( widget.figureText( "QUEUES_EXPOSED" ), QStringLiteral( "none" ) );
  QCOMPARE( widget.figureText( "LONGEST_QUEUE_M" ), QStringLiteral( "none" ) );
  QCOMPARE( widget.figureText( "LONGEST_WAIT_MIN" ), QStringLiteral( "none" ) );

  // A wait of ten minutes or more in whole minutes, below that to the tenth (as the print writes a wait).
  widget.setResults( { { "LONGEST_WAIT_MIN", 12.4 } } );
  QCOMPARE( widget.figureText( "LONGEST_WAIT_MIN" ), QStringLiteral( "12 min" ) );
  widget.setResults( { { "LONGEST_WAIT_MIN", 2.5 } } );
  QCOMPARE( widget.figureText( "LONGEST_WAIT_MIN" ),
            QStringLiteral( "%1 min" ).arg( QLocale().toString( 2.5, 'f', 1 ) ) );
  removeTranslator();
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

void TestDock::openGroundAndObstaclesReachTheLayout()
{
  // Issue 13's inputs. By default none: the plans above are the streets-only plan (the layout run without them in
  // queueFiguresAreTheLayoutsOutputs gave the same figures).
  const std::unique_ptr<EventSecurityDock> fresh( newDock() );
  QCOMPARE( fresh->findChild<QgsMapLayerComboBox *>( "mOpenAreasLayer" )->currentLayer(), nullptr );
  QVERIFY( fresh->findChild<ObstacleLayersPicker *>( "mObstacleLayers" )->checkedLayerIds().isEmpty() );

  // The sample's open ground and the obstacles on it (with the buildings), chosen in the dock.
  QgsProject *project = QgsProject::instance();
  QList<QgsMapLayer *> added;
  for ( const char *name : { "open_areas", "obstacle_points", "obstacle_lines", "obstacle_polygons" } )
  {
    auto *layer = new QgsVectorLayer( test::sampleData( QStringLiteral( "%1.geojson" ).arg( name ) ),
                                      QString::fromLatin1( name ), QStringLiteral( "ogr" ) );
    QVERIFY2( layer->isValid(), name );
    project->addMapLayer( layer );
    added << layer;
  }
  const QStringList obstacles = { mBuildings->id(), added.at( 1 )->id(), added.at( 2 )->id(), added.at( 3 )->id() };
  auto *openAreas = mDock->findChild<QgsMapLayerComboBox *>( "mOpenAreasLayer" );
  auto *picker = mDock->findChild<ObstacleLayersPicker *>( "mObstacleLayers" );
  fillFields( *mDock, mVenue, kEvent );
  mDock->findChild<QComboBox *>( "mVenueScope" )->setCurrentIndex( 2 ); // the whole layer: as the direct run below
  openAreas->setLayer( added.first() );
  picker->setCheckedLayerIds( obstacles );
  QCOMPARE( picker->checkedLayerIds().size(), obstacles.size() );
  bool ok = false;
  QVERIFY( runPlan( *mDock, ok ) );
  QVERIFY2( ok, qPrintable( mDock->statusText() ) );
  const QVariantMap dock = mDock->lastResults();

  QgsProcessingContext context;
  context.setProject( project );
  const test::AlgorithmRun direct = test::runAlgorithm( QStringLiteral( "eventsecurity:securitylayout" ),
                                                        { { "VENUE", mVenue->id() },
                                                          { "NETWORK", mRoads->id() },
                                                          { "BUILDINGS", mBuildings->id() },
                                                          { "OPEN_AREAS", added.first()->id() },
                                                          { "OBSTACLES", obstacles },
                                                          { "EVENT_NAME", kEvent },
                                                          { "ATTENDANCE", 20000 },
                                                          { "OUTPUT_GPKG", mOutputDir.filePath( "open.gpkg" ) } },
                                                        context );
  QVERIFY2( direct.ok, qPrintable( direct.errors ) );
  for ( const char *output : { "LAYERS", "MAX_IMPACT_KMH", "BARRIER_LENGTH_M", "OPEN_GROUND_BARRIER_M", "BARRIERS",
                               "MAX_QUEUE_IMPACT_KMH" } )
    QVERIFY2(
        dock.value( output ) == direct.results.value( output ),
        qPrintable( QStringLiteral( "%1: dock %2, layout %3" )
                        .arg( output, dock.value( output ).toString(), direct.results.value( output ).toString() ) ) );
  // And they changed the plan: a vehicle crossing the square is faster than any on the streets alone, and the
  // stretches open ground reaches are a table of their own.
  QVERIFY( dock.value( "MAX_IMPACT_KMH" ).toDouble() > mFirstResults.value( "MAX_IMPACT_KMH" ).toDouble() );
  QVERIFY( dock.value( "LAYERS" ).toString().contains( QLatin1String( "impact_stretches" ) ) );
  QVERIFY( !mFirstResults.value( "LAYERS" ).toString().contains( QLatin1String( "impact_stretches" ) ) );
  const PlanResultsWidget *results = mDock->findChild<PlanResultsWidget *>();
  QCOMPARE( results->figureText( "BARRIER_LENGTH_M" ),
            QStringLiteral( "%1 m" ).arg( QLocale().toString( dock.value( "BARRIER_LENGTH_M" ).toDouble(), 'f', 0 ) ) );
  // The print's base map has the open ground under the plan, as the layout's own PDF.
  QString error;
  QgsPrintLayout *layout = mDock->planLayout( error );
  QVERIFY2( layout, qPrintable( error ) );
  QList<QgsLayoutItemMap *> maps;
  layout->layoutItems( maps );
  QVERIFY( maps.first()->layers().contains( added.first() ) );

  // A chosen layer removed: no longer chosen (open ground back to none, not another polygon layer).
  project->removeMapLayers( { added.first()->id(), added.at( 1 )->id() } );
  QCOMPARE( openAreas->currentLayer(), nullptr );
  QStringList stillTicked = picker->checkedLayerIds();
  QStringList expected = { mBuildings->id(), added.at( 2 )->id(), added.at( 3 )->id() };
  stillTicked.sort();
  expected.sort();
  QCOMPARE( stillTicked, expected );
  picker->setCheckedLayerIds( {} );
  project->removeMapLayers( { added.at( 2 )->id(), added.at( 3 )->id() } );
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
