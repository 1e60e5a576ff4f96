// Running a plan from the dock: the parameters from the panel, the background task, and what happens when it
// ends, whatever the project went through meanwhile. The task reads what it took when it started (the
// algorithm prepares its inputs on QGIS's main thread); the dock then puts the plan where it belongs: into the
// project it was made for, or, when that project was closed, nowhere but its folder, and says so.
#include "dockchoices.h"
#include "eventsecuritydock.h"
#include "obstaclelayerspicker.h"
#include "planmessages.h"
#include "planresultswidget.h"
#include "planrun.h"
#include "resultgroup.h"
#include "venuefeaturepicker.h"

#include <qgisinterface.h>
#include <qgsdoublespinbox.h>
#include <qgsfilewidget.h>
#include <qgsmaplayercombobox.h>
#include <qgsmemoryproviderutils.h>
#include <qgsmessagelog.h>
#include <qgsprocessingalgrunnertask.h>
#include <qgsproject.h>
#include <qgsspinbox.h>
#include <qgstaskmanager.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>

namespace eventsecurity
{

namespace
{
// How long closing the panel or unloading the plugin waits for a cancelled plan's worker to stop: it checks
// for a cancel at least once a second of CPU time (tests/robustness/test_cancellation.cpp).
constexpr int kStopWaitMs = 10000;

//! A name made of letters, digits and underscores, for files and folders.
QString fileNameFor( const QString &eventName )
{
  QString name;
  for ( const QChar c : eventName.trimmed() )
    name += c.isLetterOrNumber() ? c : QChar( '_' );
  return name.isEmpty() ? QStringLiteral( "event" ) : name;
}

//! "Open its folder" as a link in the status.
QString folderLink( const QString &folder )
{
  return QStringLiteral( "<a href=\"%1\" title=\"%2\">%2</a>" )
      .arg( QUrl::fromLocalFile( folder ).toString(), QDir::toNativeSeparators( folder ).toHtmlEscaped() );
}

//! Names of \a layers, quoted, as the Layers panel shows them.
QString quotedNames( const QList<QgsVectorLayer *> &layers )
{
  QStringList names;
  for ( const QgsVectorLayer *layer : layers )
    names << QStringLiteral( "\"%1\"" ).arg( layer->name() );
  return names.join( QStringLiteral( ", " ) );
}
} // namespace

QString EventSecurityDock::newOutputFolder() const
{
  QString base = mOutputFolder->filePath();
  if ( base.isEmpty() )
  {
    const QString projectFolder = QgsProject::instance()->absolutePath();
    base = projectFolder.isEmpty() ? QDir( QDir::tempPath() ).filePath( QStringLiteral( "eventsecurity" ) )
                                   : QDir( projectFolder ).filePath( QStringLiteral( "security_plans" ) );
  }
  // A new folder per plan: the GeoPackage of the group being replaced is still open in QGIS.
  const QString stem = QStringLiteral( "%1_%2" ).arg(
      fileNameFor( mEventName->text() ), QDateTime::currentDateTime().toString( QStringLiteral( "yyyyMMdd_HHmmss" ) ) );
  QString folder = QDir( base ).filePath( stem );
  for ( int suffix = 2; QFileInfo::exists( folder ); ++suffix )
    folder = QDir( base ).filePath( QStringLiteral( "%1_%2" ).arg( stem ).arg( suffix ) );
  return folder;
}

QVariantMap EventSecurityDock::parameters( PlanRun &run, QString &error ) const
{
  QVariantMap parameters;
  if ( run.eventName.isEmpty() )
  {
    error = tr( "Give the event a name: it names the layer group and the printed plan." );
    return {};
  }
  if ( mAttendance->value() <= 0 )
  {
    error = tr( "Enter the attendance: the number of people expected at the busiest moment." );
    return {};
  }

  auto *venue = qobject_cast<QgsVectorLayer *>( mVenueLayer->currentLayer() );
  if ( !venue )
  {
    error = tr( "Choose the venue layer (polygons)." );
    return {};
  }
  run.layerNames.insert( venue->id(), venue->name() );
  switch ( mVenueScope->currentData().toInt() )
  {
  case OneFeature:
  {
    const QgsFeature chosen = mVenueFeature->feature();
    const QgsFeature feature = chosen.isValid() ? venue->getFeature( chosen.id() ) : QgsFeature();
    if ( !feature.isValid() || !feature.hasGeometry() )
    {
      error = tr( "Choose the venue feature in the list, or use the selected features." );
      return {};
    }
    // Processing has no "one feature" filter in QGIS 3.22: hand the algorithm a copy of that feature.
    std::unique_ptr<QgsVectorLayer> copy(
        QgsMemoryProviderUtils::createMemoryLayer( venue->name(), venue->fields(), venue->wkbType(), venue->crs() ) );
    QgsFeature copied = feature;
    copy->dataProvider()->addFeature( copied );
    parameters.insert( QStringLiteral( "VENUE" ), QVariant::fromValue( copy.get() ) );
    run.layerNames.insert( copy->id(), venue->name() );
    run.keepLayer( std::move( copy ) );
    break;
  }
  case SelectedFeatures:
    if ( venue->selectedFeatureCount() == 0 )
    {
      error = tr( "No feature of \"%1\" is selected: select the venue on the map, or choose one feature." )
                  .arg( venue->name() );
      return {};
    }
    parameters.insert( QStringLiteral( "VENUE" ),
                       QVariant::fromValue( QgsProcessingFeatureSourceDefinition( venue->id(), true ) ) );
    break;
  default:
    parameters.insert( QStringLiteral( "VENUE" ), venue->id() );
    break;
  }

  QgsMapLayer *streets = mStreetLayer->currentLayer();
  if ( !streets )
  {
    error = tr( "Choose the street layer (lines)." );
    return {};
  }
  parameters.insert( QStringLiteral( "NETWORK" ), streets->id() );
  run.layerNames.insert( streets->id(), streets->name() );
  if ( QgsMapLayer *buildings = mBuildingLayer->currentLayer() )
  {
    parameters.insert( QStringLiteral( "BUILDINGS" ), buildings->id() );
    run.layerNames.insert( buildings->id(), buildings->name() );
  }
  // Open ground and its obstacles (issue 13): given only when chosen, so the default is the streets-only plan.
  if ( QgsMapLayer *openAreas = mOpenAreasLayer->currentLayer() )
  {
    parameters.insert( QStringLiteral( "OPEN_AREAS" ), openAreas->id() );
    run.layerNames.insert( openAreas->id(), openAreas->name() );
  }
  const QStringList obstacles = mObstacleLayers->checkedLayerIds();
  if ( !obstacles.isEmpty() )
    parameters.insert( QStringLiteral( "OBSTACLES" ), obstacles );
  for ( const QString &id : obstacles )
    if ( const QgsMapLayer *layer = QgsProject::instance()->mapLayer( id ) )
      run.layerNames.insert( id, layer->name() );
  // Top to bottom under the plan in the print: venue, buildings, streets, open ground (as the algorithm's PDF).
  for ( const QgsMapLayerComboBox *combo : { mVenueLayer, mBuildingLayer, mStreetLayer, mOpenAreasLayer } )
    if ( combo->currentLayer() )
      run.inputLayerIds << combo->currentLayer()->id();

  parameters.insert( QStringLiteral( "EVENT_NAME" ), run.eventName );
  parameters.insert( QStringLiteral( "ATTENDANCE" ), mAttendance->value() );
  parameters.insert( QStringLiteral( "ARRIVAL_MINUTES" ), mArrivalMinutes->value() );
  parameters.insert( QStringLiteral( "THREAT" ), mThreat->currentIndex() );
  parameters.insert( QStringLiteral( "VEHICLE" ), mVehicle->currentIndex() );
  if ( mStandoff->value() > 0.0 ) // otherwise the chart's mandatory distance (the algorithm's default)
    parameters.insert( QStringLiteral( "STANDOFF_M" ), mStandoff->value() );

  const QDir folder( run.outputFolder );
  parameters.insert( QStringLiteral( "OUTPUT_GPKG" ), folder.filePath( run.fileStem + QStringLiteral( ".gpkg" ) ) );
  parameters.insert( QStringLiteral( "OUTPUT_REPORT" ),
                     folder.filePath( run.fileStem + QStringLiteral( "_report.html" ) ) );
  return parameters;
}

bool EventSecurityDock::askToReplace( const QString &eventName )
{
  if ( !mAskBeforeReplacing || eventName.isEmpty() || !findResultGroup( QgsProject::instance(), eventName ) )
    return true;
  return QMessageBox::question(
             this, tr( "Replace the Plan" ),
             tr( "The project already has a plan for \"%1\". When the new plan is ready, its layer group replaces "
                 "the old one: the layers the plugin loaded for the old plan leave the project with that group (their "
                 "files stay where they are), you are asked first about any unsaved edits in them, and any other "
                 "layer in the group is moved out of it and kept. The input layers are not changed." )
                 .arg( eventName ) ) == QMessageBox::Yes;
}

void EventSecurityDock::plan()
{
  if ( isPlanning() )
    return;
  const QgsProcessingAlgorithm *algorithm = layoutAlgorithm();
  if ( !algorithm )
  {
    failPlan( tr( "The security layout algorithm is not available: enable the Event Security Planner plugin's "
                  "Processing provider." ) );
    return;
  }
  const QString eventName = mEventName->text().trimmed();
  if ( !askToReplace( eventName ) )
    return;

  auto run = std::make_unique<PlanRun>( QgsProject::instance() );
  run->eventName = eventName;
  run->projectGeneration = mProjectGeneration;
  run->fileStem = fileNameFor( eventName );
  run->outputFolder = newOutputFolder();
  QString error;
  const QVariantMap parameters = this->parameters( *run, error );
  if ( parameters.isEmpty() || !algorithm->checkParameterValues( parameters, run->context(), &error ) )
  {
    failPlan( plainErrors( { error }, run->layerNames ) );
    return;
  }
  // The folders this plan makes, deepest first: a plan that does not finish takes away those it left empty.
  for ( QString folder = run->outputFolder; !folder.isEmpty() && !QFileInfo::exists( folder );
        folder = QFileInfo( folder ).absolutePath() )
    run->createdFolders << folder;
  if ( !QDir().mkpath( run->outputFolder ) )
  {
    failPlan( tr( "The folder %1 cannot be created: choose another output folder." ).arg( run->outputFolder ) );
    return;
  }
  saveSettings();

  // The algorithm prepares here, on the main thread: it takes what it reads from the layers now.
  auto task = std::make_unique<QgsProcessingAlgRunnerTask>( algorithm, parameters, run->context(), run->feedback() );
  if ( run->feedback()->isCanceled() ) // the algorithm refused the parameters while preparing
  {
    run->removeFiles();
    const QString errors = plainErrors( run->feedback()->errors(), run->layerNames );
    failPlan( errors.isEmpty() ? tr( "The plan could not start." ) : errors );
    return;
  }
  startTask( run.release(), task.release() );
}

void EventSecurityDock::startTask( PlanRun *run, QgsProcessingAlgRunnerTask *task )
{
  mTask = task;
  mRun = run;
  mCancelRequested = false;
  connect( mTask, &QObject::destroyed, run, &QObject::deleteLater );
  connect( mTask, &QgsProcessingAlgRunnerTask::executed, this,
           [this, run]( bool successful, const QVariantMap &results ) { planExecuted( run, successful, results ); } );
  connect( mTask, &QgsTask::progressChanged, this,
           [this]( double progress ) { mProgress->setValue( static_cast<int>( progress ) ); } );
  connect( run->feedback(), &PlanFeedback::stepChanged, this,
           [this]( const QString &step )
           {
             if ( isPlanning() )
               showStatus( step, false );
           } );
  setRunning( true );
  showStatus( tr( "Planning…" ), false );
  showWarnings( {} );
  QgsApplication::taskManager()->addTask( mTask );
}

void EventSecurityDock::cancelPlan()
{
  if ( !mTask )
    return;
  mCancelRequested = true;
  showStatus( tr( "Cancelling…" ), false );
  mTask->cancel(); // a task that has not started yet ends right here (planExecuted runs inside)
}

QString EventSecurityDock::stopPlanning( const QString &reason )
{
  if ( !mTask )
    return QString();
  const QString eventName = mRun ? mRun->eventName : QString();
  QgsProcessingAlgRunnerTask *task = mTask;
  disconnect( task, nullptr, this, nullptr ); // the panel is going: nothing of it may run when the task ends
  mTask = nullptr;
  task->cancel();
  // The plugin's code and provider must outlive the worker: wait for it to stop (it checks for a cancel
  // at least once a second of CPU time).
  if ( task->waitForFinished( kStopWaitMs ) && mRun )
    mRun->removeFiles();
  const QString message = tr( "The plan of \"%1\" was cancelled: %2." ).arg( eventName, reason );
  QgsMessageLog::logMessage( message, tr( "Event Security Planner" ), Qgis::Warning );
  return message;
}

void EventSecurityDock::planExecuted( PlanRun *run, bool successful, const QVariantMap &results )
{
  mTask = nullptr;
  setRunning( false );
  if ( !successful )
    endUnsuccessfulPlan( run );
  else if ( run->projectGeneration != mProjectGeneration )
    reportPlanOutsideProject( run, results );
  else
    loadPlan( run, results );
}

void EventSecurityDock::endUnsuccessfulPlan( PlanRun *run )
{
  // Cancelled by the panel, by QGIS's task manager, or by QGIS when it closes ("try cancelling these tasks").
  const bool cancelled = mCancelRequested || run->feedback()->isCanceled();
  run->removeFiles();
  markFiguresAsPrevious();
  if ( cancelled )
  {
    showStatus( tr( "Planning cancelled: the project is as it was." ), false );
  }
  else
  {
    const QString errors = plainErrors( run->feedback()->errors(), run->layerNames );
    showStatus( errors.isEmpty() ? tr( "The plan could not be made; the Processing log has the details." ) : errors,
                true );
  }
  emit planFinished( false );
}

void EventSecurityDock::reportPlanOutsideProject( PlanRun *run, const QVariantMap &results )
{
  const QString folder = QFileInfo( results.value( QStringLiteral( "OUTPUT_GPKG" ) ).toString() ).absolutePath();
  showStatus( tr( "The project the plan of \"%1\" was made for was closed, so the plan was not added to this one. "
                  "Its GeoPackage and report are in %2." )
                  .arg( run->eventName.toHtmlEscaped(), folderLink( folder ) ),
              false );
  showWarnings( planWarnings( results.value( QStringLiteral( "WARNINGS" ) ) ) );
  emit planFinished( false );
}

void EventSecurityDock::loadPlan( PlanRun *run, const QVariantMap &results )
{
  const QString geopackage = results.value( QStringLiteral( "OUTPUT_GPKG" ) ).toString();
  const QString folder = QFileInfo( geopackage ).absolutePath();
  const ResultGroupRequest request{
      run->eventName, geopackage,
      results.value( QStringLiteral( "LAYERS" ) ).toString().split( ';', Qt::SkipEmptyParts ), run->inputLayerIds };
  bool projectChanged = false;
  const auto askAboutEdits = [this, run, folder, &projectChanged]( const QList<QgsVectorLayer *> &edited )
  {
    const int answer = QMessageBox::question(
        this, tr( "Unsaved Edits" ),
        tr( "The plan being replaced has unsaved edits in %1. Save them to its GeoPackage before its layers leave "
            "the project?\n\nCancel keeps the previous plan as it is; the new plan's files stay in %2." )
            .arg( quotedNames( edited ), QDir::toNativeSeparators( folder ) ),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save );
    projectChanged = run->projectGeneration != mProjectGeneration; // the question waited: anything may have happened
    if ( projectChanged || answer == QMessageBox::Cancel )
      return UnsavedEditsChoice::Cancel;
    return answer == QMessageBox::Save ? UnsavedEditsChoice::Save : UnsavedEditsChoice::Discard;
  };
  const ResultGroupOutcome outcome = addResultGroup( QgsProject::instance(), request, askAboutEdits );
  if ( projectChanged )
  {
    reportPlanOutsideProject( run, results );
    return;
  }
  if ( !outcome.group )
  {
    markFiguresAsPrevious();
    showStatus( outcome.keptPrevious ? tr( "The previous plan of \"%1\" is kept with its edits; the new plan was not "
                                           "added. Its files are in %2." )
                                           .arg( run->eventName.toHtmlEscaped(), folderLink( folder ) )
                                     : outcome.error,
                !outcome.keptPrevious );
    emit planFinished( false );
    return;
  }

  mLastEventName = run->eventName;
  mLastInputIds = run->inputLayerIds;
  excludeResultLayersFromInputs();
  QString status = tr( "The plan is in the layer group \"%1\". Its files: %2." )
                       .arg( run->eventName.toHtmlEscaped(), folderLink( folder ) );
  if ( !outcome.movedOut.isEmpty() )
    status += QStringLiteral( " " ) + tr( "Kept out of the replaced group: %1." )
                                          .arg( outcome.movedOut.join( QStringLiteral( ", " ) ).toHtmlEscaped() );
  const QStringList warnings = planWarnings( results.value( QStringLiteral( "WARNINGS" ) ) );
  if ( !warnings.isEmpty() )
    status += QStringLiteral( " <b>%1</b>" ).arg( tr( "Read the warnings below before using it." ) );
  showStatus( status, false );
  showWarnings( warnings );
  showResults( results );
  emit planFinished( true );
}

void EventSecurityDock::failPlan( const QString &error )
{
  showStatus( error, true );
  markFiguresAsPrevious();
  emit planFinished( false );
}

void EventSecurityDock::setRunning( bool running )
{
  mInputs->setEnabled( !running );
  updateVenueScope();
  mPlanButton->setEnabled( !running );
  mCancelButton->setEnabled( running );
  mProgress->setValue( 0 );
  mProgress->setVisible( running );
}

} // namespace eventsecurity
