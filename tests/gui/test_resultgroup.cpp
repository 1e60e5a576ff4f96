// Replacing a plan's layer group (issue 14, item 3), offscreen and without running a plan: two small
// GeoPackages stand for two plans of one event. Only what the plugin loaded for the old plan leaves the
// project (identified by its custom property, not by where it sits); edited layers are asked about first;
// anything else found in the group is moved out and kept with its unsaved edits.
#include "resultgroup.h"
#include "testsupport.h"

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayereditbuffer.h>
#include <qgsvectorlayer.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace eventsecurity;

namespace
{
const QString kEvent = QStringLiteral( "Harbour concert" );
const QStringList kTables = { QStringLiteral( "barriers" ), QStringLiteral( "cordon" ) };

//! Writes a plan-like GeoPackage at \a path: a point table "barriers" (field note) and a polygon table "cordon".
void writePlan( const QString &path )
{
  const auto barriers = test::memoryLayer(
      QStringLiteral( "Point?crs=EPSG:32721&field=note:string" ),
      { QStringLiteral( "POINT(0 0)" ), QStringLiteral( "POINT(10 0)" ) },
      { QgsAttributes() << QStringLiteral( "north" ), QgsAttributes() << QStringLiteral( "south" ) } );
  const auto cordon = test::memoryLayer( QStringLiteral( "Polygon?crs=EPSG:32721&field=note:string" ),
                                         { QStringLiteral( "POLYGON((0 0, 10 0, 10 10, 0 0))" ) },
                                         { QgsAttributes() << QStringLiteral( "line" ) } );
  bool first = true;
  const QList<std::pair<QgsVectorLayer *, QString>> tables = { { barriers.get(), kTables[0] },
                                                               { cordon.get(), kTables[1] } };
  for ( const auto &[layer, name] : tables )
  {
    QgsVectorFileWriter::SaveVectorOptions options;
    options.driverName = QStringLiteral( "GPKG" );
    options.layerName = name;
    options.actionOnExistingFile =
        first ? QgsVectorFileWriter::CreateOrOverwriteFile : QgsVectorFileWriter::CreateOrOverwriteLayer;
    QString error;
    QCOMPARE(
        QgsVectorFileWriter::writeAsVectorFormatV3( layer, path, QgsCoordinateTransformContext(), options, &error ),
        QgsVectorFileWriter::NoError );
    first = false;
  }
}

QgsLayerTreeGroup *groupNamed( const QString &name )
{
  QgsLayerTreeGroup *found = nullptr;
  int count = 0;
  for ( QgsLayerTreeNode *node : QgsProject::instance()->layerTreeRoot()->children() )
    if ( QgsLayerTree::isGroup( node ) && node->name() == name )
    {
      found = QgsLayerTree::toGroup( node );
      ++count;
    }
  return count == 1 ? found : nullptr;
}

QgsVectorLayer *scratchLayerWithUnsavedEdit( const QString &name )
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:32721&field=note:string" ), name,
                                    QStringLiteral( "memory" ) );
  QgsProject::instance()->addMapLayer( layer );
  layer->startEditing();
  QgsFeature feature( layer->fields() );
  feature.setAttributes( QgsAttributes() << QStringLiteral( "not saved yet" ) );
  feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( 5, 5 ) ) );
  layer->addFeature( feature );
  return layer;
}

//! Moves \a layer's node into \a group, as dragging it in the Layers panel does.
void dragInto( QgsMapLayer *layer, QgsLayerTreeGroup *group )
{
  QgsLayerTreeLayer *node = QgsProject::instance()->layerTreeRoot()->findLayer( layer );
  group->insertChildNode( 0, node->clone() );
  QgsLayerTree::toGroup( node->parent() )->removeChildNode( node );
}

QString noteOf( const QString &geopackage, QgsFeatureId id )
{
  QgsVectorLayer saved( geopackage + QStringLiteral( "|layername=barriers" ), QStringLiteral( "saved" ),
                        QStringLiteral( "ogr" ) );
  return saved.getFeature( id ).attribute( QStringLiteral( "note" ) ).toString();
}
} // namespace

class TestResultGroup : public QObject
{
  Q_OBJECT

private slots:
  void init();
  void cleanup();
  void newGroupGoesAboveTheInputs();
  void replacingRemovesOnlyThePlansOwnLayers();
  void userLayersInTheGroupAreMovedOutAndKept();
  void anotherPlansLayerInTheGroupIsKept();
  void editedResultLayerAsksFirst_data();
  void editedResultLayerAsksFirst();
  void aUsersGroupWithTheEventsNameIsNeverReplaced();
  void resultLayersAreFoundByTheirPropertyNotTheirPlace();

private:
  ResultGroupOutcome addPlan( const QString &geopackage, const UnsavedEditsQuestion &ask = {} );

  QTemporaryDir mDir;
  QString mOldPlan;
  QString mNewPlan;
  QgsVectorLayer *mVenue = nullptr;
  int mQuestions = 0;
};

void TestResultGroup::init()
{
  mOldPlan = mDir.filePath( QStringLiteral( "old_%1.gpkg" ).arg( QTest::currentTestFunction() ) );
  mNewPlan = mDir.filePath( QStringLiteral( "new_%1.gpkg" ).arg( QTest::currentTestFunction() ) );
  writePlan( mOldPlan );
  writePlan( mNewPlan );
  mVenue = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:32721" ), QStringLiteral( "venue" ),
                               QStringLiteral( "memory" ) );
  QgsProject::instance()->addMapLayer( mVenue );
  mQuestions = 0;
}

void TestResultGroup::cleanup()
{
  QgsProject::instance()->clear();
}

ResultGroupOutcome TestResultGroup::addPlan( const QString &geopackage, const UnsavedEditsQuestion &ask )
{
  const UnsavedEditsQuestion counting = [this, ask]( const QList<QgsVectorLayer *> &edited )
  {
    ++mQuestions;
    return ask ? ask( edited ) : UnsavedEditsChoice::Cancel;
  };
  return addResultGroup( QgsProject::instance(), { kEvent, geopackage, kTables, { mVenue->id() } }, counting );
}

void TestResultGroup::newGroupGoesAboveTheInputs()
{
  const ResultGroupOutcome outcome = addPlan( mOldPlan );
  QVERIFY2( outcome.group, qPrintable( outcome.error ) );
  QCOMPARE( QgsProject::instance()->layerTreeRoot()->children().indexOf( outcome.group ), 0 );
  QCOMPARE( outcome.group->findLayers().size(), 2 );
  for ( QgsLayerTreeLayer *node : outcome.group->findLayers() )
    QCOMPARE( planOf( node->layer() ), mOldPlan );
  QCOMPARE( findPlanGroup( QgsProject::instance(), mOldPlan ), outcome.group );
  QCOMPARE( mQuestions, 0 );
}

void TestResultGroup::replacingRemovesOnlyThePlansOwnLayers()
{
  QgsLayerTreeGroup *old = addPlan( mOldPlan ).group;
  QVERIFY( old );
  // One of the old plan's layers, moved by the user out of the group: it is the user's to remove now.
  QgsMapLayer *movedOut = old->findLayers().last()->layer();
  QgsLayerTreeLayer *node = QgsProject::instance()->layerTreeRoot()->findLayer( movedOut );
  QgsProject::instance()->layerTreeRoot()->insertChildNode( 0, node->clone() );
  old->removeChildNode( node );
  const QString removedId = old->findLayers().first()->layer()->id();

  const ResultGroupOutcome outcome = addPlan( mNewPlan );
  QVERIFY2( outcome.group, qPrintable( outcome.error ) );
  QVERIFY( !QgsProject::instance()->mapLayer( removedId ) );
  QVERIFY( QgsProject::instance()->mapLayer( movedOut->id() ) );
  QCOMPARE( groupNamed( kEvent ), outcome.group );
  QCOMPARE( outcome.group->findLayers().size(), 2 );
  QVERIFY( QFile::exists( mOldPlan ) ); // the old plan's files stay where they are
}

void TestResultGroup::userLayersInTheGroupAreMovedOutAndKept()
{
  QgsLayerTreeGroup *old = addPlan( mOldPlan ).group;
  QgsVectorLayer *notes = scratchLayerWithUnsavedEdit( QStringLiteral( "Notes" ) );
  dragInto( notes, old );
  dragInto( mVenue, old ); // even an input
  // And a subgroup of the user's inside the plan's group.
  QgsLayerTreeGroup *sub = old->addGroup( QStringLiteral( "my sketches" ) );
  QgsVectorLayer *sketch = scratchLayerWithUnsavedEdit( QStringLiteral( "Sketch" ) );
  dragInto( sketch, sub );
  const int oldIndex = QgsProject::instance()->layerTreeRoot()->children().indexOf( old );

  const ResultGroupOutcome outcome = addPlan( mNewPlan );
  QVERIFY2( outcome.group, qPrintable( outcome.error ) );
  QCOMPARE( mQuestions, 0 ); // the user's edits are not the plan's: no question, nothing saved or dropped
  QgsLayerTree *root = QgsProject::instance()->layerTreeRoot();
  for ( QgsVectorLayer *kept : { notes, mVenue, sketch } )
  {
    QVERIFY( QgsProject::instance()->mapLayer( kept->id() ) );
    QVERIFY( !outcome.group->findLayer( kept ) );
    QVERIFY( root->findLayer( kept ) );
  }
  QVERIFY( notes->isModified() );
  QCOMPARE( notes->editBuffer()->addedFeatures().size(), 1 );
  QVERIFY( sketch->isModified() );
  QVERIFY( root->findGroup( QStringLiteral( "my sketches" ) ) );
  QCOMPARE( outcome.movedOut.size(), 3 );
  // Where the old group was: the layers moved out, then the new group.
  QCOMPARE( root->children().indexOf( outcome.group ), oldIndex + 3 );
}

void TestResultGroup::anotherPlansLayerInTheGroupIsKept()
{
  // A plan of another event whose layer the user dragged into this event's group.
  const QString otherPlan = mDir.filePath( QStringLiteral( "other.gpkg" ) );
  writePlan( otherPlan );
  QgsLayerTreeGroup *other =
      addResultGroup( QgsProject::instance(), { QStringLiteral( "Other event" ), otherPlan, kTables, {} }, {} ).group;
  QgsLayerTreeGroup *old = addPlan( mOldPlan ).group;
  QgsMapLayer *borrowed = other->findLayers().first()->layer();
  dragInto( borrowed, old );

  const ResultGroupOutcome outcome = addPlan( mNewPlan );
  QVERIFY2( outcome.group, qPrintable( outcome.error ) );
  QVERIFY( QgsProject::instance()->mapLayer( borrowed->id() ) );
  QVERIFY( !outcome.group->findLayer( borrowed ) );
}

void TestResultGroup::editedResultLayerAsksFirst_data()
{
  QTest::addColumn<int>( "choice" );
  QTest::newRow( "save" ) << static_cast<int>( UnsavedEditsChoice::Save );
  QTest::newRow( "discard" ) << static_cast<int>( UnsavedEditsChoice::Discard );
  QTest::newRow( "cancel" ) << static_cast<int>( UnsavedEditsChoice::Cancel );
}

void TestResultGroup::editedResultLayerAsksFirst()
{
  QFETCH( int, choice );
  QgsLayerTreeGroup *old = addPlan( mOldPlan ).group;
  auto *barriers = qobject_cast<QgsVectorLayer *>( old->findLayers().first()->layer() );
  const QString barriersId = barriers->id();
  QVERIFY( barriers->startEditing() );
  QgsFeature first;
  QVERIFY( barriers->getFeatures().nextFeature( first ) );
  const QgsFeatureId edited = first.id();
  QVERIFY( barriers->changeAttributeValue( edited, barriers->fields().indexOf( QStringLiteral( "note" ) ),
                                           QStringLiteral( "moved east" ) ) );
  auto *cordon = qobject_cast<QgsVectorLayer *>( old->findLayers().last()->layer() );
  QVERIFY( cordon->startEditing() ); // in edit mode, nothing changed: not a question

  QStringList askedAbout;
  const ResultGroupOutcome outcome = addPlan( mNewPlan,
                                              [&]( const QList<QgsVectorLayer *> &layers )
                                              {
                                                for ( const QgsVectorLayer *layer : layers )
                                                  askedAbout << layer->id();
                                                return static_cast<UnsavedEditsChoice>( choice );
                                              } );
  QCOMPARE( mQuestions, 1 );
  QCOMPARE( askedAbout, QStringList( barriersId ) );
  if ( choice == static_cast<int>( UnsavedEditsChoice::Cancel ) )
  {
    // Nothing changed: the old group with its edited layer, no new layers.
    QVERIFY( outcome.keptPrevious );
    QVERIFY( !outcome.group );
    QCOMPARE( groupNamed( kEvent ), old );
    QVERIFY( barriers->isModified() );
    QCOMPARE( QgsProject::instance()->mapLayers().size(), 3 );
    QCOMPARE( noteOf( mOldPlan, edited ), QStringLiteral( "north" ) );
    return;
  }
  QVERIFY2( outcome.group, qPrintable( outcome.error ) );
  QVERIFY( !QgsProject::instance()->mapLayer( barriersId ) );
  // Features 1 and 2 were written as "north" and "south" (writePlan): the edit is saved only when asked.
  const QString expected = choice == static_cast<int>( UnsavedEditsChoice::Save ) ? QStringLiteral( "moved east" )
                                                                                  : QStringLiteral( "north" );
  QCOMPARE( noteOf( mOldPlan, edited ), expected );
}

void TestResultGroup::aUsersGroupWithTheEventsNameIsNeverReplaced()
{
  QgsLayerTreeGroup *users = QgsProject::instance()->layerTreeRoot()->insertGroup( 0, kEvent );
  QgsVectorLayer *notes = scratchLayerWithUnsavedEdit( QStringLiteral( "Notes" ) );
  dragInto( notes, users );
  const ResultGroupOutcome outcome = addPlan( mOldPlan );
  QVERIFY( outcome.group && outcome.group != users );
  QVERIFY( users->findLayer( notes ) );
  QVERIFY( outcome.movedOut.isEmpty() );
}

void TestResultGroup::resultLayersAreFoundByTheirPropertyNotTheirPlace()
{
  QgsLayerTreeGroup *plan = addPlan( mOldPlan ).group;
  QgsVectorLayer *notes = scratchLayerWithUnsavedEdit( QStringLiteral( "Notes" ) );
  dragInto( notes, plan );
  const QList<QgsMapLayer *> results = resultLayers( QgsProject::instance() );
  QCOMPARE( results.size(), 2 );
  QVERIFY( !results.contains( notes ) );
  QVERIFY( !results.contains( mVenue ) );
  // The property is saved with the project: a reopened project knows its plan layers.
  const QString path = mDir.filePath( QStringLiteral( "saved.qgz" ) );
  QVERIFY( QgsProject::instance()->write( path ) );
  QgsProject::instance()->clear();
  QVERIFY( QgsProject::instance()->read( path ) );
  QCOMPARE( resultLayers( QgsProject::instance() ).size(), 2 );
  QVERIFY( findPlanGroup( QgsProject::instance(), mOldPlan ) );
}

ES_TEST_MAIN( TestResultGroup )
#include "test_resultgroup.moc"
