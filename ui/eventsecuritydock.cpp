#include "eventsecuritydock.h"

#include "planresultswidget.h"
#include "planrun.h"
#include "resultgroup.h"
#include "planprint.h"
#include "planlayers.h"

#include <qgisinterface.h>
#include <qgsapplication.h>
#include <qgsdoublespinbox.h>
#include <qgsfeaturepickerwidget.h>
#include <qgsfilewidget.h>
#include <qgslayertreegroup.h>
#include <qgslayertreelayer.h>
#include <qgslayoutexporter.h>
#include <qgslayoutmanager.h>
#include <qgsmaplayercombobox.h>
#include <qgsmemoryproviderutils.h>
#include <qgsprintlayout.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingalgrunnertask.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgssettings.h>
#include <qgsspinbox.h>
#include <qgstaskmanager.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace eventsecurity
{

namespace
{
const QString kAlgorithmId = QStringLiteral( "eventsecurity:securitylayout" );
const QString kSettingsPrefix = QStringLiteral( "eventsecurity/dock/" );
// Marks the print layout made for a plan (value: the plan's GeoPackage).
const QString kPlanLayoutProperty = QStringLiteral( "eventsecurity/plan_geopackage" );

// Layer filters of the combo boxes: Qgis::LayerFilter from QGIS 3.34 (the old enum is gone in QGIS 4).
#if _QGIS_VERSION_INT >= 33400
constexpr Qgis::LayerFilter kPolygonLayers = Qgis::LayerFilter::PolygonLayer;
constexpr Qgis::LayerFilter kLineLayers = Qgis::LayerFilter::LineLayer;
#else
constexpr QgsMapLayerProxyModel::Filter kPolygonLayers = QgsMapLayerProxyModel::PolygonLayer;
constexpr QgsMapLayerProxyModel::Filter kLineLayers = QgsMapLayerProxyModel::LineLayer;
#endif

enum VenueScope
{
  OneFeature = 0,
  SelectedFeatures = 1,
  WholeLayer = 2,
};

const QgsProcessingAlgorithm *layoutAlgorithm()
{
  return QgsApplication::processingRegistry()->algorithmById( kAlgorithmId );
}

//! A name made of letters, digits and underscores, for files and folders.
QString fileNameFor( const QString &eventName )
{
  QString name;
  for ( const QChar c : eventName.trimmed() )
    name += c.isLetterOrNumber() ? c : QChar( '_' );
  return name.isEmpty() ? QStringLiteral( "event" ) : name;
}

//! The GeoPackage layer names of output LAYERS (top to bottom, separated by ';').
QStringList layerNames( const QVariant &value )
{
  return value.toString().split( ';', Qt::SkipEmptyParts );
}

//! Fills \a combo with the options and default of enum parameter \a name of the algorithm.
void fillFromEnumParameter( QComboBox *combo, const QString &name )
{
  const QgsProcessingAlgorithm *algorithm = layoutAlgorithm();
  const auto *parameter =
      algorithm ? dynamic_cast<const QgsProcessingParameterEnum *>( algorithm->parameterDefinition( name ) ) : nullptr;
  if ( !parameter )
    return;
  combo->clear();
  for ( const QString &option : parameter->options() )
  {
    combo->addItem( option );
    combo->setItemData( combo->count() - 1, option, Qt::ToolTipRole ); // the dock may be too narrow for it
  }
  combo->setCurrentIndex( parameter->defaultValue().toInt() );
}

double numberParameterDefault( const QString &name, double fallback )
{
  const QgsProcessingAlgorithm *algorithm = layoutAlgorithm();
  const QgsProcessingParameterDefinition *parameter = algorithm ? algorithm->parameterDefinition( name ) : nullptr;
  bool ok = false;
  const double value = parameter ? parameter->defaultValue().toDouble( &ok ) : 0.0;
  return ok ? value : fallback;
}
} // namespace

EventSecurityDock::EventSecurityDock( QWidget *parent ) : QgsDockWidget( tr( "Event Security Planner" ), parent )
{
  setObjectName( objectNameForDock() );

  auto *content = new QWidget();
  auto *layout = new QVBoxLayout( content );
  layout->addWidget( createInputs() );

  auto *buttons = new QHBoxLayout();
  mPlanButton = new QPushButton( tr( "Plan" ), content );
  mPlanButton->setObjectName( QStringLiteral( "mPlanButton" ) );
  mPlanButton->setToolTip( tr( "Work out the standoff zones, vehicle approaches and perimeter of the venue" ) );
  mCancelButton = new QPushButton( tr( "Cancel" ), content );
  mCancelButton->setObjectName( QStringLiteral( "mCancelButton" ) );
  mCancelButton->setEnabled( false );
  buttons->addWidget( mPlanButton, 1 );
  buttons->addWidget( mCancelButton );
  layout->addLayout( buttons );

  mProgress = new QProgressBar( content );
  mProgress->setRange( 0, 100 );
  mProgress->setVisible( false );
  layout->addWidget( mProgress );

  mStatus = new QLabel( content );
  mStatus->setObjectName( QStringLiteral( "mStatusLabel" ) );
  mStatus->setWordWrap( true );
  mStatus->setTextInteractionFlags( Qt::TextBrowserInteraction );
  mStatus->setOpenExternalLinks( true ); // "open the folder" of a finished plan
  layout->addWidget( mStatus );

  auto *resultsBox = new QGroupBox( tr( "Key Figures" ), content );
  resultsBox->setObjectName( QStringLiteral( "mResultsBox" ) );
  auto *resultsLayout = new QVBoxLayout( resultsBox );
  mResults = new PlanResultsWidget( resultsBox );
  resultsLayout->addWidget( mResults );
  resultsBox->setVisible( false );
  layout->addWidget( resultsBox );
  layout->addStretch( 1 );

  auto *scroll = new QScrollArea( this );
  scroll->setWidgetResizable( true );
  // The panel follows the dock's width (long texts wrap) rather than growing a horizontal scroll bar.
  scroll->setHorizontalScrollBarPolicy( Qt::ScrollBarAlwaysOff );
  scroll->setFrameShape( QFrame::NoFrame );
  scroll->setWidget( content );
  setWidget( scroll );

  fillChoicesFromAlgorithm();
  restoreSettings();
  excludeResultLayersFromInputs();
  updateVenueScope();

  connect( mPlanButton, &QPushButton::clicked, this, &EventSecurityDock::plan );
  connect( mCancelButton, &QPushButton::clicked, this, &EventSecurityDock::cancelPlan );
  connect( mVenueLayer, &QgsMapLayerComboBox::layerChanged, this, &EventSecurityDock::updateVenueScope );
  connect( mVenueScope, qOverload<int>( &QComboBox::currentIndexChanged ), this, &EventSecurityDock::updateVenueScope );
  // Also when the user deletes a result group: the combos must not keep pointers to deleted layers.
  connect( QgsProject::instance(), &QgsProject::layersRemoved, this,
           &EventSecurityDock::excludeResultLayersFromInputs );
  connect( mResults, &PlanResultsWidget::openLayoutRequested, this, &EventSecurityDock::openLayout );
  connect( mResults, &PlanResultsWidget::exportPdfRequested, this, &EventSecurityDock::exportPdf );
}

EventSecurityDock::~EventSecurityDock()
{
  // The task's context and feedback belong to its PlanRun, which outlives the dock: only ask it to stop.
  if ( mTask )
    mTask->cancel();
}

QWidget *EventSecurityDock::createInputs()
{
  auto *inputs = new QWidget();
  inputs->setObjectName( QStringLiteral( "mInputs" ) );
  auto *layout = new QVBoxLayout( inputs );
  layout->setContentsMargins( 0, 0, 0, 0 );

  auto *eventBox = new QGroupBox( tr( "Event" ), inputs );
  auto *eventForm = new QFormLayout( eventBox );
  eventForm->setRowWrapPolicy( QFormLayout::WrapLongRows );
  mEventName = new QLineEdit( eventBox );
  mEventName->setObjectName( QStringLiteral( "mEventName" ) );
  mEventName->setPlaceholderText( tr( "e.g. Carnival parade 2026" ) );
  mEventName->setToolTip( tr( "Names the layer group and the printed plan" ) );
  eventForm->addRow( tr( "Name" ), mEventName );
  mAttendance = new QgsSpinBox( eventBox );
  mAttendance->setObjectName( QStringLiteral( "mAttendance" ) );
  mAttendance->setRange( 0, 10000000 );
  mAttendance->setSingleStep( 1000 );
  mAttendance->setSuffix( tr( " persons" ) );
  mAttendance->setGroupSeparatorShown( true );
  mAttendance->setShowClearButton( false ); // the field is narrow in a dock: no room for a button
  mAttendance->setToolTip( tr( "The number of people expected at the busiest moment" ) );
  eventForm->addRow( tr( "Attendance" ), mAttendance );
  mArrivalMinutes = new QgsSpinBox( eventBox );
  mArrivalMinutes->setObjectName( QStringLiteral( "mArrivalMinutes" ) );
  mArrivalMinutes->setRange( 1, 1440 );
  mArrivalMinutes->setSingleStep( 15 );
  mArrivalMinutes->setSuffix( tr( " min" ) );
  mArrivalMinutes->setShowClearButton( false );
  mArrivalMinutes->setToolTip( tr( "The time in which the crowd arrives: it sets the number of search lanes" ) );
  eventForm->addRow( tr( "Arrival window" ), mArrivalMinutes );
  layout->addWidget( eventBox );

  auto *placeBox = new QGroupBox( tr( "Venue and surroundings" ), inputs );
  auto *placeForm = new QFormLayout( placeBox );
  placeForm->setRowWrapPolicy( QFormLayout::WrapLongRows );
  mVenueLayer = new QgsMapLayerComboBox( placeBox );
  mVenueLayer->setObjectName( QStringLiteral( "mVenueLayer" ) );
  mVenueLayer->setFilters( kPolygonLayers );
  mVenueLayer->setToolTip( tr( "The polygon layer with the area where the crowd gathers" ) );
  placeForm->addRow( tr( "Venue layer" ), mVenueLayer );
  mVenueScope = new QComboBox( placeBox );
  mVenueScope->setObjectName( QStringLiteral( "mVenueScope" ) );
  mVenueScope->addItem( tr( "One feature" ), OneFeature );
  mVenueScope->addItem( tr( "Selected features" ), SelectedFeatures );
  mVenueScope->addItem( tr( "All features" ), WholeLayer );
  placeForm->addRow( tr( "Venue area" ), mVenueScope );
  mVenueFeature = new QgsFeaturePickerWidget( placeBox );
  mVenueFeature->setObjectName( QStringLiteral( "mVenueFeature" ) );
  mVenueFeature->setAllowNull( false );
  placeForm->addRow( tr( "Venue feature" ), mVenueFeature );
  mStreetLayer = new QgsMapLayerComboBox( placeBox );
  mStreetLayer->setObjectName( QStringLiteral( "mStreetLayer" ) );
  mStreetLayer->setFilters( kLineLayers );
  mStreetLayer->setToolTip( tr( "The street centre lines vehicles and people use to reach the venue" ) );
  placeForm->addRow( tr( "Streets" ), mStreetLayer );
  mBuildingLayer = new QgsMapLayerComboBox( placeBox );
  mBuildingLayer->setObjectName( QStringLiteral( "mBuildingLayer" ) );
  mBuildingLayer->setFilters( kPolygonLayers );
  mBuildingLayer->setAllowEmptyLayer( true, tr( "None" ) );
  mBuildingLayer->setToolTip( tr( "Optional: buildings inside the blast zones are listed as exposed" ) );
  placeForm->addRow( tr( "Buildings" ), mBuildingLayer );
  layout->addWidget( placeBox );

  auto *threatBox = new QGroupBox( tr( "Threat" ), inputs );
  auto *threatForm = new QFormLayout( threatBox );
  threatForm->setRowWrapPolicy( QFormLayout::WrapLongRows );
  mThreat = new QComboBox( threatBox );
  mThreat->setObjectName( QStringLiteral( "mThreat" ) );
  mThreat->setSizeAdjustPolicy( QComboBox::AdjustToMinimumContentsLengthWithIcon );
  mThreat->setMinimumContentsLength( 10 );
  mThreat->setToolTip( tr( "The explosive threat the standoff zones are drawn for" ) );
  threatForm->addRow( tr( "Explosive" ), mThreat );
  mVehicle = new QComboBox( threatBox );
  mVehicle->setObjectName( QStringLiteral( "mVehicle" ) );
  mVehicle->setSizeAdjustPolicy( QComboBox::AdjustToMinimumContentsLengthWithIcon );
  mVehicle->setMinimumContentsLength( 10 );
  mVehicle->setToolTip( tr( "The hostile vehicle whose approach speeds rate the barriers" ) );
  threatForm->addRow( tr( "Vehicle" ), mVehicle );
  mStandoff = new QgsDoubleSpinBox( threatBox );
  mStandoff->setObjectName( QStringLiteral( "mStandoff" ) );
  mStandoff->setRange( 0.0, 10000.0 );
  mStandoff->setDecimals( 0 );
  mStandoff->setSingleStep( 10.0 );
  mStandoff->setSuffix( tr( " m" ) );
  mStandoff->setSpecialValueText( tr( "Chart distance" ) );
  mStandoff->setClearValue( 0.0, tr( "Chart distance" ) );
  mStandoff->setShowClearButton( true );
  mStandoff->setToolTip( tr( "Where the vehicle barrier line goes. \"Chart distance\": the threat's mandatory "
                             "evacuation distance from the stand-off chart." ) );
  threatForm->addRow( tr( "Standoff" ), mStandoff );
  layout->addWidget( threatBox );

  auto *outputBox = new QGroupBox( tr( "Output" ), inputs );
  auto *outputForm = new QFormLayout( outputBox );
  outputForm->setRowWrapPolicy( QFormLayout::WrapLongRows );
  mOutputFolder = new QgsFileWidget( outputBox );
  mOutputFolder->setObjectName( QStringLiteral( "mOutputFolder" ) );
  mOutputFolder->setStorageMode( QgsFileWidget::GetDirectory );
  mOutputFolder->setDialogTitle( tr( "Folder for the plans" ) );
  mOutputFolder->lineEdit()->setPlaceholderText( tr( "The project's folder (temporary if unsaved)" ) );
  mOutputFolder->setToolTip( tr( "Each plan is written to a new folder inside this one, named after the event "
                                 "and the time, so earlier plans stay as they were." ) );
  outputForm->addRow( tr( "Folder" ), mOutputFolder );
  layout->addWidget( outputBox );

  return inputs;
}

void EventSecurityDock::fillChoicesFromAlgorithm()
{
  // The lists are the algorithm's own (one source of truth, already translated).
  fillFromEnumParameter( mThreat, QStringLiteral( "THREAT" ) );
  fillFromEnumParameter( mVehicle, QStringLiteral( "VEHICLE" ) );
  mAttendance->setClearValue( static_cast<int>( numberParameterDefault( QStringLiteral( "ATTENDANCE" ), 0.0 ) ) );
  mAttendance->setValue( mAttendance->clearValue() );
  mArrivalMinutes->setClearValue(
      static_cast<int>( numberParameterDefault( QStringLiteral( "ARRIVAL_MINUTES" ), mArrivalMinutes->minimum() ) ) );
  mArrivalMinutes->setValue( mArrivalMinutes->clearValue() );
  if ( !layoutAlgorithm() )
    showStatus( tr( "The security layout algorithm is not available: enable the Event Security Planner plugin's "
                    "Processing provider." ),
                true );
}

void EventSecurityDock::restoreSettings()
{
  const QgsSettings settings;
  mEventName->setText( settings.value( kSettingsPrefix + QStringLiteral( "eventName" ) ).toString() );
  mAttendance->setValue(
      settings.value( kSettingsPrefix + QStringLiteral( "attendance" ), mAttendance->value() ).toInt() );
  mArrivalMinutes->setValue(
      settings.value( kSettingsPrefix + QStringLiteral( "arrivalMinutes" ), mArrivalMinutes->value() ).toInt() );
  const int threat = settings.value( kSettingsPrefix + QStringLiteral( "threat" ), -1 ).toInt();
  if ( threat >= 0 && threat < mThreat->count() )
    mThreat->setCurrentIndex( threat );
  const int vehicle = settings.value( kSettingsPrefix + QStringLiteral( "vehicle" ), -1 ).toInt();
  if ( vehicle >= 0 && vehicle < mVehicle->count() )
    mVehicle->setCurrentIndex( vehicle );
  mStandoff->setValue( settings.value( kSettingsPrefix + QStringLiteral( "standoffM" ), 0.0 ).toDouble() );
  mVenueScope->setCurrentIndex(
      mVenueScope->findData( settings.value( kSettingsPrefix + QStringLiteral( "venueScope" ), OneFeature ).toInt() ) );
  mOutputFolder->setFilePath( settings.value( kSettingsPrefix + QStringLiteral( "outputFolder" ) ).toString() );
}

void EventSecurityDock::saveSettings() const
{
  QgsSettings settings;
  settings.setValue( kSettingsPrefix + QStringLiteral( "eventName" ), mEventName->text().trimmed() );
  settings.setValue( kSettingsPrefix + QStringLiteral( "attendance" ), mAttendance->value() );
  settings.setValue( kSettingsPrefix + QStringLiteral( "arrivalMinutes" ), mArrivalMinutes->value() );
  settings.setValue( kSettingsPrefix + QStringLiteral( "threat" ), mThreat->currentIndex() );
  settings.setValue( kSettingsPrefix + QStringLiteral( "vehicle" ), mVehicle->currentIndex() );
  settings.setValue( kSettingsPrefix + QStringLiteral( "standoffM" ), mStandoff->value() );
  settings.setValue( kSettingsPrefix + QStringLiteral( "venueScope" ), mVenueScope->currentData() );
  settings.setValue( kSettingsPrefix + QStringLiteral( "outputFolder" ), mOutputFolder->filePath() );
}

void EventSecurityDock::excludeResultLayersFromInputs()
{
  const QList<QgsMapLayer *> results = resultLayers( QgsProject::instance() );
  for ( QgsMapLayerComboBox *combo : { mVenueLayer, mStreetLayer, mBuildingLayer } )
    combo->setExceptedLayerList( results );
}

void EventSecurityDock::updateVenueScope()
{
  mVenueFeature->setLayer( qobject_cast<QgsVectorLayer *>( mVenueLayer->currentLayer() ) );
  // Explicitly: the picker does not follow its disabled parent while a plan runs.
  mVenueFeature->setEnabled( !isPlanning() && mVenueScope->currentData().toInt() == OneFeature );
}

QString EventSecurityDock::statusText() const
{
  return mStatus->text();
}

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

QVariantMap EventSecurityDock::parameters( PlanRun &run, const QString &outputFolder, QString &error ) const
{
  QVariantMap parameters;
  const QString eventName = mEventName->text().trimmed();
  if ( eventName.isEmpty() )
  {
    error = tr( "Give the event a name: it names the layer group and the printed plan." );
    return {};
  }

  auto *venue = qobject_cast<QgsVectorLayer *>( mVenueLayer->currentLayer() );
  if ( !venue )
  {
    error = tr( "Choose the venue layer (polygons)." );
    return {};
  }
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
  if ( QgsMapLayer *buildings = mBuildingLayer->currentLayer() )
    parameters.insert( QStringLiteral( "BUILDINGS" ), buildings->id() );

  parameters.insert( QStringLiteral( "EVENT_NAME" ), eventName );
  parameters.insert( QStringLiteral( "ATTENDANCE" ), mAttendance->value() );
  parameters.insert( QStringLiteral( "ARRIVAL_MINUTES" ), mArrivalMinutes->value() );
  parameters.insert( QStringLiteral( "THREAT" ), mThreat->currentIndex() );
  parameters.insert( QStringLiteral( "VEHICLE" ), mVehicle->currentIndex() );
  if ( mStandoff->value() > 0.0 ) // otherwise the chart's mandatory distance (the algorithm's default)
    parameters.insert( QStringLiteral( "STANDOFF_M" ), mStandoff->value() );

  const QString stem = fileNameFor( eventName );
  const QDir folder( outputFolder );
  parameters.insert( QStringLiteral( "OUTPUT_GPKG" ), folder.filePath( stem + QStringLiteral( ".gpkg" ) ) );
  parameters.insert( QStringLiteral( "OUTPUT_REPORT" ), folder.filePath( stem + QStringLiteral( "_report.html" ) ) );
  return parameters;
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
  QgsProject *project = QgsProject::instance();
  if ( mAskBeforeReplacing && !eventName.isEmpty() && findResultGroup( project, eventName ) &&
       QMessageBox::question( this, tr( "Replace the Plan" ),
                              tr( "The project already has a plan for \"%1\". Replace its layer group with the new "
                                  "plan? The input layers are not changed." )
                                  .arg( eventName ) ) != QMessageBox::Yes )
    return;

  auto run = std::make_unique<PlanRun>( project );
  const QString outputFolder = newOutputFolder();
  QString error;
  const QVariantMap parameters = this->parameters( *run, outputFolder, error );
  if ( parameters.isEmpty() )
  {
    failPlan( error );
    return;
  }
  if ( !algorithm->checkParameterValues( parameters, run->context(), &error ) )
  {
    failPlan( error );
    return;
  }
  if ( !QDir().mkpath( outputFolder ) )
  {
    failPlan( tr( "The folder %1 cannot be created: choose another output folder." ).arg( outputFolder ) );
    return;
  }
  saveSettings();

  auto task = std::make_unique<QgsProcessingAlgRunnerTask>( algorithm, parameters, run->context(), run->feedback() );
  if ( run->feedback()->isCanceled() ) // the algorithm refused the parameters while preparing
  {
    const QStringList errors = run->feedback()->errors();
    failPlan( errors.isEmpty() ? tr( "The plan could not start." ) : errors.join( '\n' ) );
    return;
  }

  PlanRun *runPointer = run.release();
  mTask = task.release();
  mCancelRequested = false;
  mLastEventName = eventName;
  connect( mTask, &QObject::destroyed, runPointer, &QObject::deleteLater );
  connect( mTask, &QgsProcessingAlgRunnerTask::executed, this,
           [this, runPointer]( bool successful, const QVariantMap &results )
           { planExecuted( runPointer, successful, results ); } );
  connect( mTask, &QgsTask::progressChanged, this,
           [this]( double progress ) { mProgress->setValue( static_cast<int>( progress ) ); } );
  connect( runPointer->feedback(), &PlanFeedback::stepChanged, this,
           [this]( const QString &step )
           {
             if ( isPlanning() )
               showStatus( step, false );
           } );

  setRunning( true );
  showStatus( tr( "Planning…" ), false );
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

void EventSecurityDock::planExecuted( PlanRun *run, bool successful, const QVariantMap &results )
{
  mTask = nullptr;
  setRunning( false );
  if ( !successful )
  {
    const QStringList errors = run->feedback()->errors();
    if ( mCancelRequested )
      showStatus( tr( "Planning cancelled: the project is as it was." ), false );
    else
      showStatus( errors.isEmpty() ? tr( "The plan could not be made; the Processing log has the details." )
                                   : errors.join( '\n' ),
                  true );
    emit planFinished( false );
    return;
  }

  QStringList inputIds;
  // Top to bottom under the plan in the print: venue, buildings, streets (as the algorithm's own PDF).
  for ( const QgsMapLayerComboBox *combo : { mVenueLayer, mBuildingLayer, mStreetLayer } )
    if ( combo->currentLayer() )
      inputIds << combo->currentLayer()->id();
  mLastInputIds = inputIds;
  const QString geopackage = results.value( QStringLiteral( "OUTPUT_GPKG" ) ).toString();
  QString error;
  QgsLayerTreeGroup *group =
      addResultGroup( QgsProject::instance(), mLastEventName, geopackage,
                      layerNames( results.value( QStringLiteral( "LAYERS" ) ) ), inputIds, error );
  if ( !group )
  {
    showStatus( error, true );
    emit planFinished( false );
    return;
  }

  excludeResultLayersFromInputs();
  mLastResults = results;
  mResults->setResults( results );
  mResults->parentWidget()->setVisible( true );
  const QString folder = QFileInfo( geopackage ).absolutePath();
  showStatus( tr( "The plan is in the layer group \"%1\". <a href=\"%2\" title=\"%3\">Open its folder</a>" )
                  .arg( mLastEventName.toHtmlEscaped(), QUrl::fromLocalFile( folder ).toString(),
                        QDir::toNativeSeparators( folder ).toHtmlEscaped() ),
              false );
  auto *scroll = qobject_cast<QScrollArea *>( widget() );
  scroll->widget()->adjustSize();
  scroll->ensureWidgetVisible( mResults, 0, 0 ); // the figures are what the planner looks at now
  emit planFinished( true );
}

void EventSecurityDock::failPlan( const QString &error )
{
  showStatus( error, true );
  emit planFinished( false );
}

void EventSecurityDock::setRunning( bool running )
{
  widget()->findChild<QWidget *>( QStringLiteral( "mInputs" ) )->setEnabled( !running );
  updateVenueScope();
  mPlanButton->setEnabled( !running );
  mCancelButton->setEnabled( running );
  mProgress->setValue( 0 );
  mProgress->setVisible( running );
}

void EventSecurityDock::showStatus( const QString &text, bool isError )
{
  mStatus->setTextFormat( text.contains( QLatin1String( "<a href" ) ) ? Qt::RichText : Qt::PlainText );
  mStatus->setText( text );
  // Dark red: reads as a problem on light and dark themes alike.
  mStatus->setStyleSheet( isError ? QStringLiteral( "QLabel { color: #c0392b; }" ) : QString() );
}

std::unique_ptr<QgsPrintLayout> EventSecurityDock::buildPlanLayout( QString &error ) const
{
  QgsProject *project = QgsProject::instance();
  QgsLayerTreeGroup *group = findResultGroup( project, mLastEventName );
  const QString geopackage = mLastResults.value( QStringLiteral( "OUTPUT_GPKG" ) ).toString();
  if ( !group || geopackage.isEmpty() )
  {
    error = tr( "There is no plan to print: press Plan first (its layer group must be in the project)." );
    return nullptr;
  }

  PlanPrintContent content;
  content.eventName = mLastEventName;
  for ( QgsLayerTreeLayer *node : group->findLayers() )
  {
    auto *layer = qobject_cast<QgsVectorLayer *>( node->layer() );
    if ( !layer || !node->isVisible() )
      continue;
    content.mapLayers << layer;
    // The same legend as the algorithm's own PDF.
    const QString table = layer->source().section( QStringLiteral( "layername=" ), 1 ).section( '|', 0, 0 );
    if ( planLayerInLegend( table, layer->featureCount() ) )
      content.legendLayers << layer;
  }
  QList<QgsMapLayer *> inputs;
  for ( const QString &id : mLastInputIds )
    if ( QgsMapLayer *layer = project->mapLayer( id ) )
      inputs << layer;
  content.mapLayers << inputs; // the plan over the venue, streets and buildings, as the user styled them
  content.figures = readPlanFigures( geopackage );
  content.dataCredit = defaultDataCredit( inputs );
  if ( !setPlanPrintExtent( geopackage, content ) )
  {
    error = tr( "The plan's GeoPackage %1 has no cordon to frame the map on." ).arg( geopackage );
    return nullptr;
  }
  auto layout = buildPlanPrintLayout( project, content );
  layout->setCustomProperty( kPlanLayoutProperty, geopackage );
  return layout;
}

QgsPrintLayout *EventSecurityDock::existingPlanLayout() const
{
  const QString geopackage = mLastResults.value( QStringLiteral( "OUTPUT_GPKG" ) ).toString();
  if ( geopackage.isEmpty() )
    return nullptr;
  for ( QgsPrintLayout *layout : QgsProject::instance()->layoutManager()->printLayouts() )
    if ( layout->customProperty( kPlanLayoutProperty ).toString() == geopackage )
      return layout;
  return nullptr;
}

QgsPrintLayout *EventSecurityDock::planLayout( QString &error )
{
  if ( QgsPrintLayout *existing = existingPlanLayout() )
    return existing;
  std::unique_ptr<QgsPrintLayout> layout = buildPlanLayout( error );
  if ( !layout )
    return nullptr;
  // Layouts of earlier plans keep their names (the user may have edited them): number the new one.
  QgsLayoutManager *manager = QgsProject::instance()->layoutManager();
  const QString title = layout->name();
  for ( int number = 2; manager->layoutByName( layout->name() ); ++number )
    layout->setName( QStringLiteral( "%1 (%2)" ).arg( title ).arg( number ) );
  QgsPrintLayout *added = layout.get();
  if ( !manager->addLayout( layout.release() ) ) // the manager deletes a layout it refuses
  {
    error = tr( "The print layout could not be added to the project." );
    return nullptr;
  }
  return added;
}

bool EventSecurityDock::exportPdfTo( const QString &path, QString &error )
{
  if ( QgsPrintLayout *existing = existingPlanLayout() )
    return exportPlanPrintPdf( existing, path, &error );
  const std::unique_ptr<QgsPrintLayout> layout = buildPlanLayout( error );
  return layout && exportPlanPrintPdf( layout.get(), path, &error );
}

void EventSecurityDock::openLayout()
{
  QString error;
  QgsPrintLayout *layout = planLayout( error );
  if ( !layout )
    showStatus( error, true );
  else if ( mIface )
    mIface->openLayoutDesigner( layout );
  else
    showStatus( tr( "The print layout \"%1\" is in the project's layouts." ).arg( layout->name() ), false );
}

void EventSecurityDock::exportPdf()
{
  const QString geopackage = mLastResults.value( QStringLiteral( "OUTPUT_GPKG" ) ).toString();
  const QString proposal =
      QFileInfo( geopackage ).dir().filePath( fileNameFor( mLastEventName ) + QStringLiteral( ".pdf" ) );
  QString path =
      QFileDialog::getSaveFileName( this, tr( "Export the Plan as PDF" ), proposal, tr( "PDF files (*.pdf)" ) );
  if ( path.isEmpty() )
    return;
  if ( !path.endsWith( QLatin1String( ".pdf" ), Qt::CaseInsensitive ) )
    path += QLatin1String( ".pdf" );
  QString error;
  if ( exportPdfTo( path, error ) )
    showStatus( tr( "The plan is printed to %1." ).arg( QDir::toNativeSeparators( path ) ), false );
  else
    showStatus( error.isEmpty() ? tr( "The PDF could not be written to %1." ).arg( path ) : error, true );
}

} // namespace eventsecurity
