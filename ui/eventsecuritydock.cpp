#include "eventsecuritydock.h"

#include "dockchoices.h"
#include "narrowcombobox.h"
#include "obstaclelayerspicker.h"
#include "planresultswidget.h"
#include "resultgroup.h"
#include "venuefeaturepicker.h"

#include <qgisinterface.h>
#include <qgsdoublespinbox.h>
#include <qgsfilewidget.h>
#include <qgsmaplayercombobox.h>
#include <qgsprintlayout.h>
#include <qgsprocessingparameters.h>
#include <qgsproject.h>
#include <qgssettings.h>
#include <qgsspinbox.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace eventsecurity
{

namespace
{
const QString kSettingsPrefix = QStringLiteral( "eventsecurity/dock/" );

// Layer filters of the combo boxes: Qgis::LayerFilter from QGIS 3.34 (the old enum is gone in QGIS 4).
#if _QGIS_VERSION_INT >= 33400
constexpr Qgis::LayerFilter kPolygonLayers = Qgis::LayerFilter::PolygonLayer;
constexpr Qgis::LayerFilter kLineLayers = Qgis::LayerFilter::LineLayer;
#else
constexpr QgsMapLayerProxyModel::Filter kPolygonLayers = QgsMapLayerProxyModel::PolygonLayer;
constexpr QgsMapLayerProxyModel::Filter kLineLayers = QgsMapLayerProxyModel::LineLayer;
#endif

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

//! The default of number parameter \a name of the algorithm, or \a fallback when it has none.
double numberParameterDefault( const QString &name, double fallback )
{
  const QgsProcessingAlgorithm *algorithm = layoutAlgorithm();
  const QgsProcessingParameterDefinition *parameter = algorithm ? algorithm->parameterDefinition( name ) : nullptr;
  bool ok = false;
  const double value = parameter ? parameter->defaultValue().toDouble( &ok ) : 0.0;
  return ok ? value : fallback;
}

// Judgement call: the narrowest a spin box may get in a narrow dock; without it spin boxes ask for the width of
// their longest value. (Combo boxes: setUpNarrowCombo.)
constexpr int kNarrowFieldWidth = 90;

//! A layer combo box for a narrow dock, with \a description in its tooltip below the layer's name.
QgsMapLayerComboBox *newLayerCombo( QWidget *parent, const QString &objectName, const QString &description )
{
  auto *combo = new ElidingComboBox<QgsMapLayerComboBox>( parent );
  combo->setObjectName( objectName );
  setUpNarrowCombo( combo );
  showCurrentTextInToolTip( combo, description );
  return combo;
}

//! An optional layer whose layer is removed goes back to "None" (QComboBox would show the next layer: the venue,
//! say, as open ground or buildings).
void noneWhenItsLayerGoes( QgsMapLayerComboBox *combo, const QString &noneText )
{
  combo->setAllowEmptyLayer( true, noneText );
  auto removingCurrent = std::make_shared<bool>( false );
  QObject::connect( combo->model(), &QAbstractItemModel::rowsAboutToBeRemoved, combo,
                    [combo, removingCurrent]( const QModelIndex &, int first, int last )
                    { *removingCurrent = combo->currentIndex() >= first && combo->currentIndex() <= last; } );
  QObject::connect( combo->model(), &QAbstractItemModel::rowsRemoved, combo,
                    [combo, removingCurrent]
                    {
                      if ( !std::exchange( *removingCurrent, false ) )
                        return;
                      for ( int row = 0; row < combo->count(); ++row )
                        if ( !combo->layer( row ) )
                          combo->setCurrentIndex( row ); // the empty entry
                    } );
}

//! A combo box of choices for a narrow dock, with \a description in its tooltip below the chosen one.
QComboBox *newChoiceCombo( QWidget *parent, const QString &objectName, const QString &description )
{
  auto *combo = new ElidingComboBox<QComboBox>( parent );
  combo->setObjectName( objectName );
  setUpNarrowCombo( combo );
  showCurrentTextInToolTip( combo, description );
  return combo;
}

QFormLayout *newForm( QGroupBox *box )
{
  auto *form = new QFormLayout( box );
  form->setRowWrapPolicy( QFormLayout::WrapLongRows );
  return form;
}
} // namespace

EventSecurityDock::EventSecurityDock( QWidget *parent ) : QgsDockWidget( tr( "Event Security Planner" ), parent )
{
  setObjectName( objectNameForDock() );

  auto *scroll = new QScrollArea( this );
  scroll->setWidgetResizable( true );
  // Long texts wrap to the dock's width; below the narrowest the fields allow, a horizontal scroll bar keeps
  // every button and message reachable (QGIS lets a dock be narrower than its content).
  scroll->setHorizontalScrollBarPolicy( Qt::ScrollBarAsNeeded );
  scroll->setFrameShape( QFrame::NoFrame );
  scroll->setWidget( createContent() );
  setWidget( scroll );

  fillChoicesFromAlgorithm();
  restoreSettings();
  excludeResultLayersFromInputs();
  updateVenueScope();

  connect( mPlanButton, &QPushButton::clicked, this, &EventSecurityDock::plan );
  connect( mCancelButton, &QPushButton::clicked, this, &EventSecurityDock::cancelPlan );
  // Every change of the venue layer, also the combo's own when its layer is removed (it emits no
  // layerChanged then): the feature picker must never keep a layer the combo let go of.
  connect( mVenueLayer, qOverload<int>( &QComboBox::currentIndexChanged ), this, &EventSecurityDock::updateVenueScope );
  connect( mVenueScope, qOverload<int>( &QComboBox::currentIndexChanged ), this, &EventSecurityDock::updateVenueScope );
  connect( mResults, &PlanResultsWidget::openLayoutRequested, this, &EventSecurityDock::openLayout );
  connect( mResults, &PlanResultsWidget::exportPdfRequested, this, &EventSecurityDock::exportPdf );
  connectToProject();
}

EventSecurityDock::~EventSecurityDock()
{
  stopPlanning( tr( "the Event Security Planner panel was closed" ) );
}

void EventSecurityDock::connectToProject()
{
  QgsProject *project = QgsProject::instance();
  // Before a layer is deleted, the feature picker lets go of it (it reads its layer when it paints).
  connect( project, qOverload<const QList<QgsMapLayer *> &>( &QgsProject::layersWillBeRemoved ), this,
           [this]( const QList<QgsMapLayer *> &layers ) { mVenueFeature->releaseLayers( layers ); } );
  // A plan's layers, loaded by a plan or by opening a project, are never inputs.
  connect( project, qOverload<const QList<QgsMapLayer *> &>( &QgsProject::layersAdded ), this,
           &EventSecurityDock::excludeResultLayersFromInputs );
  connect( project, qOverload<const QStringList &>( &QgsProject::layersRemoved ), this,
           [this]
           {
             excludeResultLayersFromInputs();
             updateFiguresForProject();
           } );
  // New project or another opened (QgsProject::read clears first): a running plan no longer belongs here.
  connect( project, &QgsProject::cleared, this,
           [this]
           {
             ++mProjectGeneration;
             forgetLastPlan();
             excludeResultLayersFromInputs();
           } );
}

QWidget *EventSecurityDock::createContent()
{
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

  mWarnings = new QLabel( content );
  mWarnings->setObjectName( QStringLiteral( "mWarningsLabel" ) );
  mWarnings->setWordWrap( true );
  mWarnings->setTextInteractionFlags( Qt::TextSelectableByMouse );
  mWarnings->setTextFormat( Qt::PlainText );
  // Dark orange on a light amber: a warning on light and dark themes alike, not the red of an error.
  mWarnings->setStyleSheet(
      QStringLiteral( "QLabel { color: #7a4100; background: #fff3cd; border: 1px solid #e0a800; padding: 4px; }" ) );
  mWarnings->setVisible( false );
  layout->addWidget( mWarnings );

  mResultsBox = new QGroupBox( tr( "Key Figures" ), content );
  mResultsBox->setObjectName( QStringLiteral( "mResultsBox" ) );
  auto *resultsLayout = new QVBoxLayout( mResultsBox );
  mResults = new PlanResultsWidget( mResultsBox );
  resultsLayout->addWidget( mResults );
  mResultsBox->setVisible( false );
  layout->addWidget( mResultsBox );
  layout->addStretch( 1 );
  return content;
}

QWidget *EventSecurityDock::createInputs()
{
  mInputs = new QWidget();
  mInputs->setObjectName( QStringLiteral( "mInputs" ) );
  auto *layout = new QVBoxLayout( mInputs );
  layout->setContentsMargins( 0, 0, 0, 0 );
  layout->addWidget( createEventBox( mInputs ) );
  layout->addWidget( createPlaceBox( mInputs ) );
  layout->addWidget( createThreatBox( mInputs ) );
  layout->addWidget( createOutputBox( mInputs ) );
  return mInputs;
}

QWidget *EventSecurityDock::createEventBox( QWidget *parent )
{
  auto *box = new QGroupBox( tr( "Event" ), parent );
  QFormLayout *form = newForm( box );
  mEventName = new QLineEdit( box );
  mEventName->setObjectName( QStringLiteral( "mEventName" ) );
  mEventName->setPlaceholderText( tr( "e.g. Carnival parade 2026" ) );
  mEventName->setToolTip( tr( "Names the layer group and the printed plan" ) );
  form->addRow( tr( "Name" ), mEventName );
  mAttendance = new QgsSpinBox( box );
  mAttendance->setObjectName( QStringLiteral( "mAttendance" ) );
  mAttendance->setRange( 0, 10000000 );
  mAttendance->setSingleStep( 1000 );
  mAttendance->setSuffix( tr( " persons" ) );
  mAttendance->setGroupSeparatorShown( true );
  mAttendance->setSpecialValueText( tr( "Enter the number" ) ); // 0 is "not entered": Plan asks for it
  mAttendance->setShowClearButton( false );                     // the field is narrow in a dock: no room for a button
  mAttendance->setToolTip( tr( "The number of people expected at the busiest moment" ) );
  mAttendance->setMinimumWidth( kNarrowFieldWidth );
  form->addRow( tr( "Attendance" ), mAttendance );
  mArrivalMinutes = new QgsSpinBox( box );
  mArrivalMinutes->setObjectName( QStringLiteral( "mArrivalMinutes" ) );
  mArrivalMinutes->setRange( 1, 1440 );
  mArrivalMinutes->setSingleStep( 15 );
  mArrivalMinutes->setSuffix( tr( " min" ) );
  mArrivalMinutes->setShowClearButton( false );
  mArrivalMinutes->setToolTip( tr( "The time in which the crowd arrives: it sets the number of search lanes" ) );
  mArrivalMinutes->setMinimumWidth( kNarrowFieldWidth );
  form->addRow( tr( "Arrival window" ), mArrivalMinutes );
  return box;
}

QWidget *EventSecurityDock::createPlaceBox( QWidget *parent )
{
  auto *box = new QGroupBox( tr( "Venue and surroundings" ), parent );
  QFormLayout *form = newForm( box );
  mVenueLayer = newLayerCombo( box, QStringLiteral( "mVenueLayer" ),
                               tr( "The polygon layer with the area where the crowd gathers" ) );
  mVenueLayer->setFilters( kPolygonLayers );
  form->addRow( tr( "Venue layer" ), mVenueLayer );
  mVenueScope =
      newChoiceCombo( box, QStringLiteral( "mVenueScope" ), tr( "Which features of the venue layer are the venue" ) );
  mVenueScope->addItem( tr( "One feature" ), OneFeature );
  mVenueScope->addItem( tr( "Selected features" ), SelectedFeatures );
  mVenueScope->addItem( tr( "All features" ), WholeLayer );
  form->addRow( tr( "Venue area" ), mVenueScope );
  mVenueFeature = new VenueFeaturePicker( box );
  form->addRow( tr( "Venue feature" ), mVenueFeature );
  mStreetLayer = newLayerCombo( box, QStringLiteral( "mStreetLayer" ),
                                tr( "The street centre lines vehicles and people use to reach the venue" ) );
  mStreetLayer->setFilters( kLineLayers );
  form->addRow( tr( "Streets" ), mStreetLayer );
  mBuildingLayer = newLayerCombo( box, QStringLiteral( "mBuildingLayer" ),
                                  tr( "Optional: buildings inside the blast zones are listed as exposed" ) );
  mBuildingLayer->setFilters( kPolygonLayers );
  noneWhenItsLayerGoes( mBuildingLayer, tr( "None" ) );
  form->addRow( tr( "Buildings" ), mBuildingLayer );
  // Issue 13: vehicles that leave the street. None by default: the plan of the streets alone.
  mOpenAreasLayer = newLayerCombo( box, QStringLiteral( "mOpenAreasLayer" ),
                                   tr( "Optional: squares, promenades, parks a vehicle can drive on (polygons). The "
                                       "vehicle approach then crosses them too, and the cordon gets a barrier line "
                                       "wherever they reach it." ) );
  mOpenAreasLayer->setFilters( kPolygonLayers );
  noneWhenItsLayerGoes( mOpenAreasLayer, tr( "None: streets only" ) );
  mOpenAreasLayer->setCurrentIndex( 0 ); // the empty entry, first: not the first polygon layer
  form->addRow( tr( "Open ground" ), mOpenAreasLayer );
  mObstacleLayers = new ObstacleLayersPicker( box );
  setUpNarrowCombo( mObstacleLayers );
  form->addRow( tr( "Obstacles" ), mObstacleLayers );
  return box;
}

QWidget *EventSecurityDock::createThreatBox( QWidget *parent )
{
  auto *box = new QGroupBox( tr( "Threat" ), parent );
  QFormLayout *form = newForm( box );
  mThreat =
      newChoiceCombo( box, QStringLiteral( "mThreat" ), tr( "The explosive threat the standoff zones are drawn for" ) );
  form->addRow( tr( "Explosive" ), mThreat );
  mVehicle = newChoiceCombo( box, QStringLiteral( "mVehicle" ),
                             tr( "The hostile vehicle whose approach speeds rate the barriers" ) );
  form->addRow( tr( "Vehicle" ), mVehicle );
  mStandoff = new QgsDoubleSpinBox( box );
  mStandoff->setObjectName( QStringLiteral( "mStandoff" ) );
  mStandoff->setRange( 0.0, 10000.0 );
  mStandoff->setDecimals( 0 );
  mStandoff->setSingleStep( 10.0 );
  mStandoff->setSuffix( tr( " m" ) );
  mStandoff->setSpecialValueText( tr( "Chart distance" ) );
  mStandoff->setClearValue( 0.0, tr( "Chart distance" ) );
  mStandoff->setShowClearButton( true );
  mStandoff->setMinimumWidth( kNarrowFieldWidth );
  mStandoff->setToolTip( tr( "Where the vehicle barrier line goes. \"Chart distance\": the threat's mandatory "
                             "evacuation distance from the stand-off chart." ) );
  form->addRow( tr( "Standoff" ), mStandoff );
  return box;
}

QWidget *EventSecurityDock::createOutputBox( QWidget *parent )
{
  auto *box = new QGroupBox( tr( "Output" ), parent );
  QFormLayout *form = newForm( box );
  mOutputFolder = new QgsFileWidget( box );
  mOutputFolder->setObjectName( QStringLiteral( "mOutputFolder" ) );
  mOutputFolder->setStorageMode( QgsFileWidget::GetDirectory );
  mOutputFolder->setDialogTitle( tr( "Folder for the plans" ) );
  mOutputFolder->lineEdit()->setPlaceholderText( tr( "The project's folder (temporary if unsaved)" ) );
  mOutputFolder->setToolTip( tr( "Each plan is written to a new folder inside this one, named after the event "
                                 "and the time, so earlier plans stay as they were." ) );
  form->addRow( tr( "Folder" ), mOutputFolder );
  return box;
}

void EventSecurityDock::fillChoicesFromAlgorithm()
{
  // The lists and defaults are the algorithm's own (one source of truth, already translated). Without a
  // default attendance the field shows "Enter the number" (0) and Plan asks for it.
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
  const int attendance = settings.value( kSettingsPrefix + QStringLiteral( "attendance" ), 0 ).toInt();
  if ( attendance > 0 ) // an older version saved 0 on a fresh profile: the default then
    mAttendance->setValue( attendance );
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
  for ( QgsMapLayerComboBox *combo : { mVenueLayer, mStreetLayer, mBuildingLayer, mOpenAreasLayer } )
    combo->setExceptedLayerList( results );
  mObstacleLayers->setLayers( QgsProject::instance(), results );
  updateVenueScope();
}

void EventSecurityDock::resizeEvent( QResizeEvent *event )
{
  QgsDockWidget::resizeEvent( event );
  updateFormWrapping();
}

void EventSecurityDock::updateFormWrapping()
{
  // Judgement calls: below these widths a label beside its field leaves the field too narrow to read. The
  // inputs' names are long ("Sedan (227 kg TNT, 98 m)"): at 300 px their labels go above them; the key figures
  // are short numbers.
  constexpr int kNarrowInputsWidth = 340;
  constexpr int kNarrowFiguresWidth = 280;
  for ( const auto &[panel, narrowWidth] : { std::pair<QWidget *, int>( mInputs, kNarrowInputsWidth ),
                                             std::pair<QWidget *, int>( mResultsBox, kNarrowFiguresWidth ) } )
  {
    const QFormLayout::RowWrapPolicy policy =
        width() < narrowWidth ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows;
    for ( QFormLayout *form : panel->findChildren<QFormLayout *>() )
      if ( form->rowWrapPolicy() != policy )
        form->setRowWrapPolicy( policy );
  }
}

void EventSecurityDock::updateVenueScope()
{
  const bool oneFeature = mVenueScope->currentData().toInt() == OneFeature;
  // The picker holds a layer only when it is used: a layer it does not hold cannot hurt it.
  mVenueFeature->setLayer( oneFeature ? qobject_cast<QgsVectorLayer *>( mVenueLayer->currentLayer() ) : nullptr );
  mVenueFeature->setPickerEnabled( !isPlanning() && oneFeature );
}

QString EventSecurityDock::statusText() const
{
  return mStatus->text();
}

QString EventSecurityDock::warningsText() const
{
  return mWarnings->isHidden() ? QString() : mWarnings->text();
}

void EventSecurityDock::showStatus( const QString &text, bool isError )
{
  mStatus->setTextFormat( text.contains( QLatin1String( "<a href" ) ) ? Qt::RichText : Qt::PlainText );
  mStatus->setText( text );
  // Dark red: reads as a problem on light and dark themes alike.
  mStatus->setStyleSheet( isError ? QStringLiteral( "QLabel { color: #c0392b; }" ) : QString() );
}

void EventSecurityDock::showWarnings( const QStringList &warnings )
{
  QStringList lines;
  for ( const QString &warning : warnings )
    lines << QStringLiteral( "⚠ %1" ).arg( warning );
  mWarnings->setText( lines.join( '\n' ) );
  mWarnings->setVisible( !warnings.isEmpty() );
}

void EventSecurityDock::showResults( const QVariantMap &results )
{
  mLastResults = results;
  mResults->setResults( results );
  mResults->setPrintable( true );
  mResultsBox->setTitle( tr( "Key Figures: %1" ).arg( mLastEventName ) );
  mResultsBox->setVisible( true );
  auto *scroll = qobject_cast<QScrollArea *>( widget() );
  // The layouts settle now, inner to outer (the labels' heights at this width, then the scroll range), so the
  // position scrolled to below is the final one.
  for ( int pass = 0; pass < 3; ++pass )
    QCoreApplication::sendPostedEvents( nullptr, QEvent::LayoutRequest );
  // What the planner reads now at the top of the view: the warnings when there are any (the figures follow
  // below them), else the figures. (ensureWidgetVisible would centre warnings taller than the view.)
  const QWidget *first = mWarnings->isHidden() ? static_cast<QWidget *>( mResultsBox ) : mWarnings;
  scroll->verticalScrollBar()->setValue( first->mapTo( scroll->widget(), QPoint( 0, 0 ) ).y() );
}

void EventSecurityDock::markFiguresAsPrevious()
{
  if ( mLastResults.isEmpty() )
    return;
  mResultsBox->setTitle( tr( "Key Figures of the Previous Plan: %1" ).arg( mLastEventName ) );
}

void EventSecurityDock::updateFiguresForProject()
{
  if ( mLastResults.isEmpty() )
    return;
  const QString why = whyNotPrintable( QgsProject::instance(), lastPlan() );
  mResults->setPrintable( why.isEmpty(), why );
  if ( !why.isEmpty() )
    mResultsBox->setTitle( tr( "Key Figures of a Plan No Longer in the Project: %1" ).arg( mLastEventName ) );
}

void EventSecurityDock::forgetLastPlan()
{
  mLastResults.clear();
  mLastInputIds.clear();
  mResultsBox->setVisible( false );
  showWarnings( {} );
}

PrintablePlan EventSecurityDock::lastPlan() const
{
  return { mLastEventName, mLastResults.value( QStringLiteral( "OUTPUT_GPKG" ) ).toString(), mLastInputIds };
}

QgsPrintLayout *EventSecurityDock::planLayout( QString &error )
{
  return eventsecurity::planLayout( QgsProject::instance(), lastPlan(), error );
}

bool EventSecurityDock::exportPdfTo( const QString &path, QString &error )
{
  return exportPlanPdf( QgsProject::instance(), lastPlan(), path, error );
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
  QString error = whyNotPrintable( QgsProject::instance(), lastPlan() );
  if ( !error.isEmpty() )
  {
    showStatus( error, true );
    return;
  }
  const QString geopackage = lastPlan().geopackage;
  const QString proposal =
      QFileInfo( geopackage ).dir().filePath( QFileInfo( geopackage ).completeBaseName() + QStringLiteral( ".pdf" ) );
  QString path =
      QFileDialog::getSaveFileName( this, tr( "Export the Plan as PDF" ), proposal, tr( "PDF files (*.pdf)" ) );
  if ( path.isEmpty() )
    return;
  if ( !path.endsWith( QLatin1String( ".pdf" ), Qt::CaseInsensitive ) )
    path += QLatin1String( ".pdf" );
  if ( exportPdfTo( path, error ) )
    showStatus( tr( "The plan is printed to %1." ).arg( QDir::toNativeSeparators( path ) ), false );
  else
    showStatus( error.isEmpty() ? tr( "The PDF could not be written to %1." ).arg( path ) : error, true );
}

} // namespace eventsecurity
