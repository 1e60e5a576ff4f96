// The "Event Security Planner" dock panel. It never computes: "Plan" runs eventsecurity:securitylayout in a
// QgsProcessingAlgRunnerTask and the panel presents the outputs (a styled layer group, key figures, the
// print layout and the report).
#ifndef EVENTSECURITYDOCK_H
#define EVENTSECURITYDOCK_H

#include <qgsdockwidget.h>

#include <QPointer>
#include <QStringList>
#include <QVariantMap>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QgisInterface;
class QgsDoubleSpinBox;
class QgsFeaturePickerWidget;
class QgsFileWidget;
class QgsMapLayerComboBox;
class QgsPrintLayout;
class QgsProcessingAlgorithm;
class QgsProcessingAlgRunnerTask;
class QgsSpinBox;

namespace eventsecurity
{

class PlanResultsWidget;
class PlanRun;

class EventSecurityDock : public QgsDockWidget
{
  Q_OBJECT

public:
  explicit EventSecurityDock( QWidget *parent = nullptr );
  ~EventSecurityDock() override;

  static QString objectNameForDock() { return QStringLiteral( "EventSecurityPlannerDock" ); }

  //! QGIS's interface, for the layout designer and the message bar (the plugin sets it; tests do not).
  void setInterface( QgisInterface *iface ) { mIface = iface; }

  //! Whether "Plan" asks before replacing the group of a previous plan (tests switch the question off).
  void setAskBeforeReplacing( bool ask ) { mAskBeforeReplacing = ask; }

  //! Whether a plan is running.
  bool isPlanning() const { return !mTask.isNull(); }

  //! The message under the Plan button (progress, result or the error in plain words).
  QString statusText() const;

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

signals:
  //! A plan ended (or could not start): \a ok is true when its layer group is in the project.
  void planFinished( bool ok );

private:
  QWidget *createInputs();
  void fillChoicesFromAlgorithm();
  void restoreSettings();
  void saveSettings() const;
  void updateVenueScope();
  //! A plan's own layers are not offered as venue, streets or buildings of the next plan.
  void excludeResultLayersFromInputs();

  //! The algorithm's parameters from the panel, or an empty map with \a error set.
  QVariantMap parameters( PlanRun &run, const QString &outputFolder, QString &error ) const;
  QString newOutputFolder() const;
  void planExecuted( PlanRun *run, bool successful, const QVariantMap &results );
  //! A plan that could not start: says why and ends it.
  void failPlan( const QString &error );
  void setRunning( bool running );
  void showStatus( const QString &text, bool isError );

  //! A new print layout of the last plan, not in the project's layout manager.
  std::unique_ptr<QgsPrintLayout> buildPlanLayout( QString &error ) const;
  //! The layout manager's layout of the last plan, or nullptr.
  QgsPrintLayout *existingPlanLayout() const;
  void openLayout();
  void exportPdf();

  QgisInterface *mIface = nullptr;
  bool mAskBeforeReplacing = true;

  QLineEdit *mEventName = nullptr;
  QgsSpinBox *mAttendance = nullptr;
  QgsSpinBox *mArrivalMinutes = nullptr;
  QgsMapLayerComboBox *mVenueLayer = nullptr;
  QComboBox *mVenueScope = nullptr;
  QgsFeaturePickerWidget *mVenueFeature = nullptr;
  QgsMapLayerComboBox *mStreetLayer = nullptr;
  QgsMapLayerComboBox *mBuildingLayer = nullptr;
  QComboBox *mThreat = nullptr;
  QComboBox *mVehicle = nullptr;
  QgsDoubleSpinBox *mStandoff = nullptr;
  QgsFileWidget *mOutputFolder = nullptr;

  QPushButton *mPlanButton = nullptr;
  QPushButton *mCancelButton = nullptr;
  QProgressBar *mProgress = nullptr;
  QLabel *mStatus = nullptr;
  PlanResultsWidget *mResults = nullptr;

  QPointer<QgsProcessingAlgRunnerTask> mTask;
  bool mCancelRequested = false;
  QVariantMap mLastResults;
  QString mLastEventName;
  QStringList mLastInputIds; //!< venue, buildings, streets of the last plan (the print's base map)
};

} // namespace eventsecurity

#endif
