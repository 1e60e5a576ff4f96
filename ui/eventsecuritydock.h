// The "Event Security Planner" dock panel. It never computes: "Plan" runs eventsecurity:securitylayout in a
// QgsProcessingAlgRunnerTask and the panel presents the outputs (a styled layer group, key figures, warnings,
// the print layout and the report). The project may change while a plan runs: the plan then finishes on the
// data it took and goes where it belongs, or says where its files are (eventsecuritydock_planning.cpp).
#pragma once

#include "dockprint.h"

#include <qgsdockwidget.h>

#include <QPointer>
#include <QStringList>
#include <QVariantMap>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QgisInterface;
class QgsDoubleSpinBox;
class QgsFileWidget;
class QgsMapLayerComboBox;
class QgsPrintLayout;
class QgsProcessingAlgRunnerTask;
class QgsSpinBox;

namespace eventsecurity
{

class ObstacleLayersPicker;
class PlanResultsWidget;
class PlanRun;
class VenueFeaturePicker;

class EventSecurityDock : public QgsDockWidget
{
  Q_OBJECT

public:
  explicit EventSecurityDock( QWidget *parent = nullptr );
  //! Stops a running plan first (see stopPlanning()).
  ~EventSecurityDock() override;

  static QString objectNameForDock() { return QStringLiteral( "EventSecurityPlannerDock" ); }

  //! QGIS's interface, for the layout designer and the message bar (the plugin sets it; tests do not).
  void setInterface( QgisInterface *iface ) { mIface = iface; }

  //! Whether "Plan" asks before replacing the group of a previous plan (tests switch the question off).
  void setAskBeforeReplacing( bool ask ) { mAskBeforeReplacing = ask; }

  //! Whether a plan is running.
  bool isPlanning() const { return !mTask.isNull(); }

  /**
   * Cancels a running plan and waits (at most a few seconds) for its worker to stop, before the panel or the
   * plugin goes away; says so in QGIS's log, with \a reason ("QGIS is closing"...). Returns what it said ("" when
   * no plan was running).
   */
  QString stopPlanning( const QString &reason );

  //! The message under the Plan button (progress, result or the error in plain words).
  QString statusText() const;

  //! The warnings of the last plan, one per line ("" when none).
  QString warningsText() const;

  //! The outputs of the last successful plan (empty before).
  QVariantMap lastResults() const { return mLastResults; }

  /**
   * The print layout of the last plan in the project's layout manager, added on first use (a layout the
   * user has edited in the designer is kept). Nullptr with \a error when there is no plan to print.
   */
  QgsPrintLayout *planLayout( QString &error );

  //! Exports the last plan's print layout (the project's one if it has it) as a PDF at \a path.
  bool exportPdfTo( const QString &path, QString &error );

public slots:
  //! Runs eventsecurity:securitylayout with the panel's choices (asks first if it replaces a group).
  void plan();
  //! Asks the running plan to stop.
  void cancelPlan();

protected:
  void resizeEvent( QResizeEvent *event ) override;

signals:
  //! A plan ended (or could not start): \a ok is true when its layer group is in the project.
  void planFinished( bool ok );

private:
  // The panel (eventsecuritydock.cpp).
  QWidget *createContent();
  QWidget *createInputs();
  QWidget *createEventBox( QWidget *parent );
  QWidget *createPlaceBox( QWidget *parent );
  QWidget *createThreatBox( QWidget *parent );
  QWidget *createOutputBox( QWidget *parent );
  void connectToProject();
  void fillChoicesFromAlgorithm();
  void restoreSettings();
  void saveSettings() const;
  void updateVenueScope();
  //! In a narrow dock the labels go above their fields, so less needs a horizontal scroll bar.
  void updateFormWrapping();
  //! A plan's own layers are never offered as venue, streets or buildings of the next plan.
  void excludeResultLayersFromInputs();
  void showStatus( const QString &text, bool isError );
  void showWarnings( const QStringList &warnings );
  //! Shows \a results as the figures of the plan in the project.
  void showResults( const QVariantMap &results );
  //! After a plan that did not replace it: the figures shown are the previous plan's, and say so.
  void markFiguresAsPrevious();
  //! The figures follow the project: their plan's group removed, or the project closed.
  void updateFiguresForProject();
  void forgetLastPlan();
  void openLayout();
  void exportPdf();
  PrintablePlan lastPlan() const;

  // Running a plan (eventsecuritydock_planning.cpp).
  //! The algorithm's parameters from the panel, or an empty map with \a error set.
  QVariantMap parameters( PlanRun &run, QString &error ) const;
  bool askToReplace( const QString &eventName );
  QString newOutputFolder() const;
  void startTask( PlanRun *run, QgsProcessingAlgRunnerTask *task );
  void planExecuted( PlanRun *run, bool successful, const QVariantMap &results );
  void endUnsuccessfulPlan( PlanRun *run );
  void reportPlanOutsideProject( PlanRun *run, const QVariantMap &results );
  void loadPlan( PlanRun *run, const QVariantMap &results );
  //! A plan that could not start: says why and ends it.
  void failPlan( const QString &error );
  void setRunning( bool running );

  QgisInterface *mIface = nullptr;
  bool mAskBeforeReplacing = true;

  QLineEdit *mEventName = nullptr;
  QgsSpinBox *mAttendance = nullptr;
  QgsSpinBox *mArrivalMinutes = nullptr;
  QgsMapLayerComboBox *mVenueLayer = nullptr;
  QComboBox *mVenueScope = nullptr;
  VenueFeaturePicker *mVenueFeature = nullptr;
  QgsMapLayerComboBox *mStreetLayer = nullptr;
  QgsMapLayerComboBox *mBuildingLayer = nullptr;
  QgsMapLayerComboBox *mOpenAreasLayer = nullptr;  //!< OPEN_AREAS (none: streets only)
  ObstacleLayersPicker *mObstacleLayers = nullptr; //!< OBSTACLES
  QComboBox *mThreat = nullptr;
  QComboBox *mVehicle = nullptr;
  QgsDoubleSpinBox *mStandoff = nullptr;
  QgsFileWidget *mOutputFolder = nullptr;

  QWidget *mInputs = nullptr;
  QPushButton *mPlanButton = nullptr;
  QPushButton *mCancelButton = nullptr;
  QProgressBar *mProgress = nullptr;
  QLabel *mStatus = nullptr;
  QLabel *mWarnings = nullptr;
  QGroupBox *mResultsBox = nullptr;
  PlanResultsWidget *mResults = nullptr;

  QPointer<QgsProcessingAlgRunnerTask> mTask;
  QPointer<PlanRun> mRun;
  bool mCancelRequested = false;
  //! Counts the project being cleared or another read: a plan belongs to the project it started in.
  int mProjectGeneration = 0;
  QVariantMap mLastResults;
  QString mLastEventName;
  QStringList mLastInputIds; //!< venue, buildings, streets, open ground of the last plan (the print's base map)
};

} // namespace eventsecurity
