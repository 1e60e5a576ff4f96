// The dock while the project changes under a running plan, and what it tells the planner (issue 14, items 2
// and 4), offscreen: a stand-in algorithm (gatedlayout.h) holds each plan at a gate, so the project is
// cleared, read, edited or the panel closed at a known moment; then the plan finishes, fails or is cancelled.
#include "eventsecuritydock.h"
#include "gatedlayout.h"
#include "narrowcombobox.h"
#include "obstaclelayerspicker.h"
#include "planresultswidget.h"
#include "resultgroup.h"
#include "testsupport.h"

#include <qgsapplication.h>
#include <qgsfeaturepickerwidget.h>
#include <qgsfilewidget.h>
#include <qgslayertree.h>
#include <qgsmaplayercombobox.h>
#include <qgsmessagelog.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgssettings.h>
#include <qgsspinbox.h>
#include <qgstaskmanager.h>
#include <qgsvectorlayer.h>

#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace eventsecurity;
using eventsecurity::test::cannedPlan;
using eventsecurity::test::CannedPlan;
using eventsecurity::test::gate;

namespace
{
const QString kEvent = QStringLiteral( "Fan zone" );
constexpr int kTimeoutMs = 120000;

QList<QgsLayerTreeGroup *> groupsNamed( const QString &name )
{
  QList<QgsLayerTreeGroup *> groups;
  for ( QgsLayerTreeNode *node : QgsProject::instance()->layerTreeRoot()->children() )
    if ( QgsLayerTree::isGroup( node ) && node->name() == name )
      groups << QgsLayerTree::toGroup( node );
  return groups;
}

//! The plan folders in \a base (one per plan the dock started and did not clean up).
QStringList planFolders( const QString &base )
{
  return QDir( base ).entryList( QDir::Dirs | QDir::NoDotAndDotDot );
}

//! Clicks \a button of the next message box that opens (a question of the dock's); records its title.
void answerNextQuestion( QMessageBox::StandardButton button, QString *title = nullptr )
{
  QTimer::singleShot( 50,
                      [button, title]
                      {
                        auto *box = qobject_cast<QMessageBox *>( QApplication::activeModalWidget() );
                        if ( !box )
                        {
                          answerNextQuestion( button, title );
                          return;
                        }
                        if ( title )
                          *title = box->windowTitle();
                        box->button( button )->click();
                      } );
}
} // namespace

class TestDockReliability : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void init();
  void cleanup();
  void cleanupTestCase();
  void freshProfileTakesTheAlgorithmsDefaults();
  void withoutADefaultAttendanceIsAskedFor();
  void projectClearedDuringPlanKeepsThePlanOutOfTheNewProject();
  void projectReadDuringPlanKeepsThePlanOutOfTheOtherProject();
  void removedInputsDoNotStopThePlan();
  void closingThePanelCancelsAndWaits();
  void cancelledOrFailedPlanLeavesNoFolder();
  void failedReplanMarksThePreviousFigures();
  void warningsAreShownNotASilentSuccess();
  void replacingAsksAboutUnsavedEditsInTheDock();
  void printRefusedOnceThePlansGroupIsGone();
  void pickerLetsGoOfARemovedLayer();
  void reopenedProjectNeverPresetsResultLayers();
  void usableAtAnyWidth_data();
  void usableAtAnyWidth();
  void comboBoxesShowTheirEntriesAt300px();

private:
  std::unique_ptr<EventSecurityDock> newDock();
  void fill( EventSecurityDock &dock );
  //! Starts a plan and waits until it is held at the gate.
  void startPlan( EventSecurityDock &dock );
  //! Opens the gate and waits for the plan's end; its planFinished value.
  bool finishPlan( EventSecurityDock &dock, QSignalSpy &finished );

  QTemporaryDir mSettingsDir;
  QTemporaryDir mDir;
  QString mPlansDir;
  QgsVectorLayer *mVenue = nullptr;
  QgsVectorLayer *mRoads = nullptr;
  QStringList mLogged;
};

void TestDockReliability::initTestCase()
{
  // Settings of this run only, never the user's QGIS profile.
  QSettings::setPath( QSettings::NativeFormat, QSettings::UserScope, mSettingsDir.path() );
  QSettings::setPath( QSettings::IniFormat, QSettings::UserScope, mSettingsDir.path() );
  connect( QgsApplication::messageLog(),
           qOverload<const QString &, const QString &, Qgis::MessageLevel>( &QgsMessageLog::messageReceived ), this,
           [this]( const QString &message ) { mLogged << message; } );

  // One real plan of the sample venue: what the stand-in hands out.
  auto venue = test::loadVectorLayer( test::sampleData( "venue.geojson" ), QStringLiteral( "venue" ) );
  auto roads = test::loadVectorLayer( test::sampleData( "roads.geojson" ), QStringLiteral( "roads" ) );
  QgsProcessingContext context;
  CannedPlan &canned = cannedPlan();
  canned.geopackage = mDir.filePath( QStringLiteral( "canned.gpkg" ) );
  const test::AlgorithmRun real =
      test::runAlgorithm( QStringLiteral( "eventsecurity:securitylayout" ),
                          { { QStringLiteral( "VENUE" ), QVariant::fromValue( venue.get() ) },
                            { QStringLiteral( "NETWORK" ), QVariant::fromValue( roads.get() ) },
                            { QStringLiteral( "EVENT_NAME" ), kEvent },
                            { QStringLiteral( "ATTENDANCE" ), 20000 },
                            { QStringLiteral( "OUTPUT_GPKG" ), canned.geopackage },
                            { QStringLiteral( "OUTPUT_REPORT" ), mDir.filePath( QStringLiteral( "canned.html" ) ) } },
                          context );
  QVERIFY2( real.ok, qPrintable( real.errors ) );
  canned.results = real.results;
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  for ( const QgsProcessingParameterDefinition *parameter :
        registry->algorithmById( QStringLiteral( "eventsecurity:securitylayout" ) )->parameterDefinitions() )
    canned.parameters.emplace_back( parameter->clone() );
  // A default the real algorithm may not have yet (issue 14): the dock must take the algorithm's.
  canned.attendanceDefault = 12000;
  registry->removeProvider( QStringLiteral( "eventsecurity" ) );
  QVERIFY( registry->addProvider( new test::GatedProvider() ) );
}

void TestDockReliability::init()
{
  QgsSettings().remove( QStringLiteral( "eventsecurity/dock" ) );
  gate().open = false;
  gate().failWith.clear();
  gate().warnings.clear();
  mLogged.clear();
  mPlansDir = mDir.filePath( QStringLiteral( "plans_%1" ).arg( QTest::currentTestFunction() ) );
  mVenue =
      new QgsVectorLayer( test::sampleData( "venue.geojson" ), QStringLiteral( "venue" ), QStringLiteral( "ogr" ) );
  mRoads =
      new QgsVectorLayer( test::sampleData( "roads.geojson" ), QStringLiteral( "roads" ), QStringLiteral( "ogr" ) );
  QgsProject::instance()->addMapLayers( { mRoads, mVenue } );
}

void TestDockReliability::cleanup()
{
  gate().open = true; // a plan a failed test left behind ends
  QgsApplication::taskManager()->cancelAll();
  QTRY_COMPARE_WITH_TIMEOUT( QgsApplication::taskManager()->countActiveTasks(), 0, kTimeoutMs );
  QgsProject::instance()->clear();
}

void TestDockReliability::cleanupTestCase()
{
  QgsProject::instance()->clear();
}

std::unique_ptr<EventSecurityDock> TestDockReliability::newDock()
{
  auto dock = std::make_unique<EventSecurityDock>();
  dock->setAskBeforeReplacing( false );
  return dock;
}

void TestDockReliability::fill( EventSecurityDock &dock )
{
  dock.findChild<QLineEdit *>( "mEventName" )->setText( kEvent );
  dock.findChild<QgsSpinBox *>( "mAttendance" )->setValue( 20000 );
  dock.findChild<QgsMapLayerComboBox *>( "mVenueLayer" )->setLayer( mVenue );
  dock.findChild<QgsMapLayerComboBox *>( "mStreetLayer" )->setLayer( mRoads );
  dock.findChild<QComboBox *>( "mVenueScope" )->setCurrentIndex( 2 ); // all features
  dock.findChild<QgsFileWidget *>( "mOutputFolder" )->setFilePath( mPlansDir );
}

void TestDockReliability::startPlan( EventSecurityDock &dock )
{
  dock.plan();
  QVERIFY2( dock.isPlanning(), qPrintable( dock.statusText() ) );
  QTRY_VERIFY_WITH_TIMEOUT( gate().running, kTimeoutMs );
}

bool TestDockReliability::finishPlan( EventSecurityDock &dock, QSignalSpy &finished )
{
  const int before = finished.size();
  gate().open = true;
  if ( !finished.wait( kTimeoutMs ) || finished.size() != before + 1 )
    return false;
  gate().open = false;
  return !dock.isPlanning() && finished.last().first().toBool();
}

void TestDockReliability::freshProfileTakesTheAlgorithmsDefaults()
{
  const auto dock = newDock();
  QCOMPARE( dock->findChild<QgsSpinBox *>( "mAttendance" )->value(), 12000 );
  // A profile of an older version that saved 0 (its fresh default): the algorithm's default, not 0.
  QgsSettings().setValue( QStringLiteral( "eventsecurity/dock/attendance" ), 0 );
  QCOMPARE( newDock()->findChild<QgsSpinBox *>( "mAttendance" )->value(), 12000 );
  const auto *arrival = dynamic_cast<const QgsProcessingParameterNumber *>(
      QgsApplication::processingRegistry()
          ->algorithmById( QStringLiteral( "eventsecurity:securitylayout" ) )
          ->parameterDefinition( QStringLiteral( "ARRIVAL_MINUTES" ) ) );
  QCOMPARE( dock->findChild<QgsSpinBox *>( "mArrivalMinutes" )->value(), arrival->defaultValue().toInt() );
}

void TestDockReliability::withoutADefaultAttendanceIsAskedFor()
{
  cannedPlan().attendanceDefault = QVariant();
  QgsApplication::processingRegistry()->providerById( QStringLiteral( "eventsecurity" ) )->refreshAlgorithms();
  const auto dock = newDock();
  cannedPlan().attendanceDefault = 12000;
  QgsApplication::processingRegistry()->providerById( QStringLiteral( "eventsecurity" ) )->refreshAlgorithms();

  fill( *dock );
  auto *attendance = dock->findChild<QgsSpinBox *>( "mAttendance" );
  attendance->setValue( 0 );
  QCOMPARE( attendance->text(), attendance->specialValueText() ); // says "enter the number", never shows 0
  QSignalSpy finished( dock.get(), &EventSecurityDock::planFinished );
  dock->plan();
  QCOMPARE( finished.size(), 1 );
  QVERIFY( !dock->isPlanning() );
  QVERIFY2( dock->statusText().contains( QStringLiteral( "attendance" ) ), qPrintable( dock->statusText() ) );
  QVERIFY( !dock->statusText().contains( QStringLiteral( "ATTENDANCE" ) ) );
}

void TestDockReliability::projectClearedDuringPlanKeepsThePlanOutOfTheNewProject()
{
  const auto dock = newDock();
  fill( *dock );
  QSignalSpy finished( dock.get(), &EventSecurityDock::planFinished );
  startPlan( *dock );
  QgsProject::instance()->clear(); // Project > New
  auto *fresh = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:4326" ), QStringLiteral( "new work" ),
                                    QStringLiteral( "memory" ) );
  QgsProject::instance()->addMapLayer( fresh );

  QVERIFY( !finishPlan( *dock, finished ) );
  QVERIFY( groupsNamed( kEvent ).isEmpty() );
  QCOMPARE( QgsProject::instance()->mapLayers().size(), 1 );
  QVERIFY( resultLayers( QgsProject::instance() ).isEmpty() );
  // It says where the plan is, and the plan is there.
  const QStringList folders = planFolders( mPlansDir );
  QCOMPARE( folders.size(), 1 );
  const QString folder = QDir( mPlansDir ).filePath( folders.first() );
  QVERIFY2( dock->statusText().contains( QDir::toNativeSeparators( folder ) ), qPrintable( dock->statusText() ) );
  QVERIFY( QFileInfo::exists( QDir( folder ).filePath( QStringLiteral( "Fan_zone.gpkg" ) ) ) );
  QVERIFY( !dock->findChild<QGroupBox *>( "mResultsBox" )->isVisibleTo( dock.get() ) );
}

void TestDockReliability::projectReadDuringPlanKeepsThePlanOutOfTheOtherProject()
{
  // The other project: one layer, saved.
  QgsProject other;
  other.addMapLayer( new QgsVectorLayer( test::sampleData( "buildings.geojson" ), QStringLiteral( "other buildings" ),
                                         QStringLiteral( "ogr" ) ) );
  const QString otherPath = mDir.filePath( QStringLiteral( "other.qgz" ) );
  QVERIFY( other.write( otherPath ) );

  const auto dock = newDock();
  fill( *dock );
  QSignalSpy finished( dock.get(), &EventSecurityDock::planFinished );
  startPlan( *dock );
  QVERIFY( QgsProject::instance()->read( otherPath ) ); // Project > Open
  QVERIFY( !finishPlan( *dock, finished ) );
  QVERIFY( groupsNamed( kEvent ).isEmpty() );
  QCOMPARE( QgsProject::instance()->mapLayers().size(), 1 );
  QVERIFY( dock->statusText().contains( QStringLiteral( "closed" ) ) );
  QVERIFY( dock->statusText().contains( QDir::toNativeSeparators( mPlansDir ) ) );
}

void TestDockReliability::removedInputsDoNotStopThePlan()
{
  const auto dock = newDock();
  fill( *dock );
  QSignalSpy finished( dock.get(), &EventSecurityDock::planFinished );
  startPlan( *dock );
  QgsProject::instance()->removeMapLayers( { mVenue->id(), mRoads->id() } );
  // The plan took what it reads when it started: it finishes, into this project.
  QVERIFY2( finishPlan( *dock, finished ), qPrintable( dock->statusText() ) );
  QCOMPARE( groupsNamed( kEvent ).size(), 1 );
}

void TestDockReliability::closingThePanelCancelsAndWaits()
{
  auto dock = newDock();
  fill( *dock );
  startPlan( *dock );
  dock.reset();               // the plugin unloaded, or QGIS closing: the panel is deleted during the plan
  QVERIFY( !gate().running ); // the worker stopped before the panel was gone
  QTRY_COMPARE_WITH_TIMEOUT( QgsApplication::taskManager()->countActiveTasks(), 0, kTimeoutMs );
  QTest::qWait( 200 );
  QVERIFY( groupsNamed( kEvent ).isEmpty() );
  QVERIFY( planFolders( mPlansDir ).isEmpty() );
  QVERIFY2( mLogged.join( '\n' ).contains( QStringLiteral( "cancelled" ) ), qPrintable( mLogged.join( '\n' ) ) );
}

void TestDockReliability::cancelledOrFailedPlanLeavesNoFolder()
{
  const auto dock = newDock();
  fill( *dock );
  QSignalSpy finished( dock.get(), &EventSecurityDock::planFinished );
  QVERIFY( !QFileInfo::exists( mPlansDir ) );
  startPlan( *dock );
  QVERIFY( QFileInfo::exists( mPlansDir ) );
  dock->cancelPlan();
  QVERIFY( finished.wait( kTimeoutMs ) );
  QVERIFY2( dock->statusText().contains( QStringLiteral( "cancelled" ) ), qPrintable( dock->statusText() ) );
  QVERIFY( !QFileInfo::exists( mPlansDir ) ); // nor the folder the plan made for its folder

  // Cancelled from QGIS's task manager (its status bar, or QGIS closing): "cancelled" too.
  startPlan( *dock );
  QgsApplication::taskManager()->cancelAll();
  QVERIFY( finished.wait( kTimeoutMs ) );
  QVERIFY2( dock->statusText().contains( QStringLiteral( "cancelled" ) ), qPrintable( dock->statusText() ) );
  QVERIFY( !dock->statusText().contains( QStringLiteral( "could not" ) ) );
  QVERIFY( !QFileInfo::exists( mPlansDir ) ); // nor the folder the plan made for its folder

  gate().failWith = QStringLiteral( "The street network has no line features." );
  startPlan( *dock );
  QVERIFY( !finishPlan( *dock, finished ) );
  QVERIFY( !QFileInfo::exists( mPlansDir ) ); // nor the folder the plan made for its folder
}

void TestDockReliability::failedReplanMarksThePreviousFigures()
{
  const auto dock = newDock();
  fill( *dock );
  QSignalSpy finished( dock.get(), &EventSecurityDock::planFinished );
  startPlan( *dock );
  QVERIFY( finishPlan( *dock, finished ) );
  auto *figures = dock->findChild<QGroupBox *>( "mResultsBox" );
  QVERIFY( figures->isVisibleTo( dock.get() ) );
  QVERIFY( !figures->title().contains( QStringLiteral( "Previous" ) ) );

  // QGIS's own wording for a layer gone, with the layer's id and the step's parameter name.
  gate().failWith = QStringLiteral( "Could not load source layer for EVENT_AREA: %1 not found" ).arg( mVenue->id() );
  startPlan( *dock );
  QVERIFY( !finishPlan( *dock, finished ) );
  QVERIFY2( figures->title().contains( QStringLiteral( "Previous" ) ), qPrintable( figures->title() ) );
  const QString status = dock->statusText();
  QVERIFY2( status.contains( QStringLiteral( "\"venue\"" ) ), qPrintable( status ) );
  QVERIFY2( !status.contains( mVenue->id() ) && !status.contains( QStringLiteral( "EVENT_AREA" ) ),
            qPrintable( status ) );
}

void TestDockReliability::warningsAreShownNotASilentSuccess()
{
  const auto dock = newDock();
  fill( *dock );
  QSignalSpy finished( dock.get(), &EventSecurityDock::planFinished );
  gate().warnings = QStringLiteral( "No street reaches the venue: there is no entry and no barrier.\n"
                                    "The attendance is above the venue's capacity." );
  startPlan( *dock );
  QVERIFY( finishPlan( *dock, finished ) );
  const QString warnings = dock->warningsText();
  QVERIFY2( warnings.contains( QStringLiteral( "No street reaches the venue" ) ), qPrintable( warnings ) );
  QVERIFY( warnings.contains( QStringLiteral( "above the venue's capacity" ) ) );
  QCOMPARE( warnings.count( '\n' ), 1 ); // one line each
  QVERIFY( dock->findChild<QLabel *>( "mWarningsLabel" )->isVisibleTo( dock.get() ) );
  QVERIFY2( dock->statusText().contains( QStringLiteral( "warnings" ) ), qPrintable( dock->statusText() ) );

  // The next plan without warnings clears them.
  gate().warnings.clear();
  startPlan( *dock );
  QVERIFY( finishPlan( *dock, finished ) );
  QVERIFY( dock->warningsText().isEmpty() );
}

void TestDockReliability::replacingAsksAboutUnsavedEditsInTheDock()
{
  const auto dock = newDock();
  fill( *dock );
  QSignalSpy finished( dock.get(), &EventSecurityDock::planFinished );
  startPlan( *dock );
  QVERIFY( finishPlan( *dock, finished ) );
  auto *edited = qobject_cast<QgsVectorLayer *>( groupsNamed( kEvent ).first()->findLayers().first()->layer() );
  QVERIFY( edited->startEditing() );
  QgsFeature feature;
  QVERIFY( edited->getFeatures().nextFeature( feature ) );
  QVERIFY( edited->deleteFeature( feature.id() ) );

  // Cancel: the old plan stays with its edit, the new one is not added, and the dock says where it is.
  startPlan( *dock );
  QString title;
  answerNextQuestion( QMessageBox::Cancel, &title );
  QVERIFY( !finishPlan( *dock, finished ) );
  QCOMPARE( title, QStringLiteral( "Unsaved Edits" ) );
  QVERIFY( edited->isModified() );
  QCOMPARE( groupsNamed( kEvent ).size(), 1 );
  QVERIFY( groupsNamed( kEvent ).first()->findLayer( edited ) );
  QVERIFY2( dock->statusText().contains( QStringLiteral( "kept" ) ), qPrintable( dock->statusText() ) );

  // Discard: replaced.
  startPlan( *dock );
  answerNextQuestion( QMessageBox::Discard );
  QVERIFY( finishPlan( *dock, finished ) );
  QCOMPARE( groupsNamed( kEvent ).size(), 1 );
  QVERIFY( !groupsNamed( kEvent ).first()->findLayer( edited ) );
}

void TestDockReliability::printRefusedOnceThePlansGroupIsGone()
{
  const auto dock = newDock();
  fill( *dock );
  QSignalSpy finished( dock.get(), &EventSecurityDock::planFinished );
  startPlan( *dock );
  QVERIFY( finishPlan( *dock, finished ) );
  QString error;
  QVERIFY2( dock->planLayout( error ), qPrintable( error ) ); // a layout of the plan in the project

  QgsProject::instance()->layerTreeRoot()->removeChildNode( groupsNamed( kEvent ).first() );
  QTest::qWait( 100 ); // the layer tree's bridge removes the layers from the project
  const QString pdf = mDir.filePath( QStringLiteral( "without_plan.pdf" ) );
  QVERIFY( !dock->exportPdfTo( pdf, error ) );
  QVERIFY( !QFile::exists( pdf ) );
  QVERIFY2( error.contains( QStringLiteral( "no longer in the project" ) ), qPrintable( error ) );
  QVERIFY( !dock->findChild<QPushButton *>( "mExportPdfButton" )->isEnabled() );
  QVERIFY( !dock->findChild<QPushButton *>( "mOpenLayoutButton" )->isEnabled() );
}

void TestDockReliability::pickerLetsGoOfARemovedLayer()
{
  const auto dock = newDock();
  fill( *dock );
  dock->findChild<QComboBox *>( "mVenueScope" )->setCurrentIndex( 0 ); // one feature: the picker shows the venue
  // Two other polygon layers: with more than one left, QgsMapLayerComboBox moves to another layer without
  // emitting layerChanged when its layer goes (with one left it does).
  auto *other = new QgsVectorLayer( test::sampleData( "buildings.geojson" ), QStringLiteral( "buildings" ),
                                    QStringLiteral( "ogr" ) );
  auto *third = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:4326" ), QStringLiteral( "sketch" ),
                                    QStringLiteral( "memory" ) );
  QgsProject::instance()->addMapLayers( { other, third } );
  dock->findChild<QgsMapLayerComboBox *>( "mVenueLayer" )->setLayer( mVenue );
  QTRY_VERIFY_WITH_TIMEOUT( dock->findChild<QgsFeaturePickerWidget *>( "mVenueFeature" )->feature().isValid(), 20000 );
  dock->show();
  // The venue goes; the combo box moves to another layer without saying so.
  QgsProject::instance()->removeMapLayer( mVenue );
  dock->grab();        // paints the picker: with the removed layer held, QGIS 3.22 crashes here
  QTest::qWait( 300 ); // and its reload timer fires
  dock->grab();
  auto *picker = dock->findChild<QgsFeaturePickerWidget *>( "mVenueFeature" );
  QCOMPARE( picker->layer(), dock->findChild<QgsMapLayerComboBox *>( "mVenueLayer" )->currentLayer() );
  QgsProject::instance()->removeMapLayers( { other->id(), third->id() } );
  dock->grab();
}

void TestDockReliability::reopenedProjectNeverPresetsResultLayers()
{
  const auto dock = newDock();
  fill( *dock );
  QSignalSpy finished( dock.get(), &EventSecurityDock::planFinished );
  startPlan( *dock );
  QVERIFY( finishPlan( *dock, finished ) );
  const QString path = mDir.filePath( QStringLiteral( "with_plan.qgz" ) );
  QVERIFY( QgsProject::instance()->write( path ) );
  QgsProject::instance()->clear();
  QVERIFY( QgsProject::instance()->read( path ) );
  const QList<QgsMapLayer *> results = resultLayers( QgsProject::instance() );
  QVERIFY( !results.isEmpty() );
  for ( const char *name : { "mVenueLayer", "mStreetLayer", "mBuildingLayer" } )
  {
    auto *combo = dock->findChild<QgsMapLayerComboBox *>( name );
    QVERIFY2( !results.contains( combo->currentLayer() ), name );
    for ( int row = 0; row < combo->count(); ++row )
      QVERIFY2( !results.contains( combo->layer( row ) ), name );
  }
}

void TestDockReliability::usableAtAnyWidth_data()
{
  QTest::addColumn<int>( "width" );
  QTest::newRow( "120 px" ) << 120;
  QTest::newRow( "300 px" ) << 300;
  QTest::newRow( "wide" ) << 900;
}

void TestDockReliability::usableAtAnyWidth()
{
  QFETCH( int, width );
  const auto dock = newDock();
  fill( *dock );
  dock->findChild<QLineEdit *>( "mEventName" )->clear();
  dock->plan(); // fails at once: an error to read
  dock->resize( width, 700 );
  dock->show();
  QVERIFY( QTest::qWaitForWindowExposed( dock.get() ) );
  auto *scroll = qobject_cast<QScrollArea *>( dock->widget() );
  const bool fits = scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width();
  // Either everything fits, or a horizontal scroll bar reaches what does not.
  QCOMPARE( scroll->horizontalScrollBar()->isVisible(), !fits ); // hidden, it could not be used
  if ( width >= 300 )
    QVERIFY2( fits, "a horizontal scroll bar at the default dock width" );
  for ( const char *name : { "mCancelButton", "mPlanButton", "mStatusLabel" } )
  {
    QWidget *widget = dock->findChild<QWidget *>( name );
    scroll->ensureWidgetVisible( widget, 0, 0 );
    QApplication::processEvents();
    // Once scrolled to, the whole widget is in view; one wider than the view fills most of it.
    const QRect visible = widget->visibleRegion().boundingRect();
    const int viewWidth = scroll->viewport()->width();
    const bool inView = widget->width() <= viewWidth
                            ? visible == widget->rect()
                            : visible.height() == widget->height() && visible.width() >= viewWidth * 3 / 4;
    QVERIFY2( inView, qPrintable( QStringLiteral( "%1: %2 of %3 px in a view of %4 px" )
                                      .arg( name )
                                      .arg( visible.width() )
                                      .arg( widget->width() )
                                      .arg( viewWidth ) ) );
    QVERIFY2( widget->width() >= widget->minimumSizeHint().width(), name );
  }
}

void TestDockReliability::comboBoxesShowTheirEntriesAt300px()
{
  // Issue 15: at 300 px the combo boxes cut their entries ("Sedan (227 kg TNT, 98 m" with no end). Now each box
  // shows its entry whole or elided with "…", its tooltip has the whole entry, and its list opens as wide as
  // its widest entry. A layer with a long name as the open ground, ticked among the obstacles too.
  auto *squares =
      new QgsVectorLayer( test::sampleData( "open_areas.geojson" ),
                          QStringLiteral( "Squares, parks and pedestrian areas of the old town (OpenStreetMap)" ),
                          QStringLiteral( "ogr" ) );
  QVERIFY( squares->isValid() );
  QgsProject::instance()->addMapLayer( squares );
  const auto dock = newDock();
  fill( *dock );
  dock->findChild<QComboBox *>( "mVenueScope" )->setCurrentIndex( 0 ); // one feature: the picker is shown
  dock->findChild<QgsMapLayerComboBox *>( "mOpenAreasLayer" )->setLayer( squares );
  auto *obstacles = dock->findChild<ObstacleLayersPicker *>( "mObstacleLayers" );
  obstacles->setCheckedLayerIds( { squares->id(), mRoads->id() } );
  dock->resize( 300, 700 );
  dock->show();
  QVERIFY( QTest::qWaitForWindowExposed( dock.get() ) );
  QTRY_VERIFY_WITH_TIMEOUT( dock->findChild<QgsFeaturePickerWidget *>( "mVenueFeature" )->feature().isValid(), 20000 );

  int elided = 0;
  for ( QComboBox *combo : dock->findChildren<QComboBox *>() )
  {
    if ( !combo->isVisible() )
      continue;
    const QString name = combo->objectName().isEmpty() ? combo->parent()->objectName() : combo->objectName();
    // The list: as wide as its widest entry.
    int widest = 0;
    for ( int row = 0; row < combo->count(); ++row )
      widest = std::max( widest, combo->view()->fontMetrics().horizontalAdvance( combo->itemText( row ) ) );
    QVERIFY2( combo->view()->minimumWidth() >= widest,
              qPrintable( QStringLiteral( "%1: its list is %2 px, its widest entry %3 px" )
                              .arg( name )
                              .arg( combo->view()->minimumWidth() )
                              .arg( widest ) ) );
    if ( combo->isEditable() ) // QGIS's feature picker (a search field) and the obstacles (their names, elided)
    {
      const QString whole = combo == obstacles ? obstacles->checkedItems().join( '\n' ) : combo->currentText();
      QVERIFY2( !whole.isEmpty() && combo->toolTip().contains( whole ), qPrintable( name + ": " + combo->toolTip() ) );
      continue;
    }
    // The box: the entry whole, or elided within the field, and whole in the tooltip.
    QString shown;
    if ( auto *choice = dynamic_cast<ElidingComboBox<QComboBox> *>( combo ) )
      shown = choice->shownText();
    else if ( auto *layers = dynamic_cast<ElidingComboBox<QgsMapLayerComboBox> *>( combo ) )
      shown = layers->shownText();
    else
      QFAIL( qPrintable( name + " cuts its entry: it does not elide" ) );
    QStyleOptionComboBox option;
    option.initFrom( combo );
    const QRect field =
        combo->style()->subControlRect( QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo );
    QVERIFY2( combo->fontMetrics().horizontalAdvance( shown ) <= field.width(), qPrintable( name ) );
    const QString whole = combo->currentText();
    if ( shown != whole )
    {
      ++elided;
      QVERIFY2( shown.endsWith( QChar( 0x2026 ) ) && whole.startsWith( shown.chopped( 1 ) ),
                qPrintable( name + ": " + shown ) );
    }
    QVERIFY2( whole.isEmpty() || combo->toolTip().contains( whole ), qPrintable( name + ": " + combo->toolTip() ) );
  }
  // The long layer name does not fit 300 px beside its label: elided, not cut.
  QVERIFY( elided > 0 );
  QgsProject::instance()->removeMapLayer( squares );
  QVERIFY( obstacles->checkedLayerIds() == QStringList{ mRoads->id() } ); // a removed layer is no longer ticked
  auto *openAreas = dock->findChild<QgsMapLayerComboBox *>( "mOpenAreasLayer" );
  QCOMPARE( openAreas->currentLayer(), nullptr ); // "None", not the next layer (the venue)
  QCOMPARE( openAreas->currentText(), QStringLiteral( "None: streets only" ) );
}

ES_TEST_MAIN( TestDockReliability )
#include "test_dockreliability.moc"
