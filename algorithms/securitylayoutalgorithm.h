#pragma once

#include "eventsecurityalgorithm.h"
#include "planlayers.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

class QgsProject;
class QgsVectorLayer;

namespace eventsecurity
{

class HelpPage;
class PerimeterDesignAlgorithm;
class StandoffZonesAlgorithm;
struct PlanPrintContent;

/**
 * eventsecurity:securitylayout — the whole security layout of one venue: standoff zones and perimeter design (with
 * the hostile vehicle approach to its cordon) in one run, written as one styled GeoPackage, an HTML report and an
 * A3 PDF.
 *
 * The steps are this provider's algorithms, run as children: each is made and prepared in this algorithm's prepare
 * (on QGIS's main thread, where they take their snapshots of the input layers) and run with runPrepared() in its
 * process (any thread). Their layers go into one GeoPackage with a default style each (planstyles.h); the report is
 * assembled from the steps' sections (planreport.h). The PDF (planprint.h) is made in postProcessAlgorithm, which
 * QGIS runs on the main thread (QgsProcessingAlgRunnerTask::finished, models' child post-processing,
 * QgsProcessingAlgorithm::run), because a QgsLayout is a QGraphicsScene and QGIS's own layout export algorithms
 * refuse worker threads; its base map comes from this algorithm's own snapshots of the inputs.
 */
class SecurityLayoutAlgorithm : public EventSecurityAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( SecurityLayoutAlgorithm )

public:
  SecurityLayoutAlgorithm();
  ~SecurityLayoutAlgorithm() override;
  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString group() const override;
  QString groupId() const override;
  QString shortHelpString() const override;
  SecurityLayoutAlgorithm *createInstance() const override;

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  //! The output paths, the data credit, and the steps made and prepared (they take their snapshots here).
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                       QgsProcessingFeedback *feedback ) override;
  //! Runs the steps, writes the GeoPackage with its styles and the report.
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                              QgsProcessingFeedback *feedback ) override;
  //! The PDF, on the main thread.
  QVariantMap postProcessChecked( QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  //! A step as this run makes it: its algorithm, prepared with its parameters, and what it returned.
  struct Step
  {
    PlanStep step;                                     //!< which
    QString title;                                     //!< translated, for messages
    std::unique_ptr<QgsProcessingAlgorithm> algorithm; //!< prepared in prepareChecked()
    QVariantMap parameters;                            //!< derived from the layout's (stepParameters())
    QVariantMap results;                               //!< of runPrepared()
  };

  //! The outputs' part of the help: the GeoPackage's tables, the report, the PDF, the key figures, the warnings.
  static void addOutputsHelp( HelpPage &page );
  //! The key figures' part of the help.
  static void addKeyFiguresHelp( HelpPage &page );
  //! VENUE, NETWORK, BUILDINGS, EVENT_NAME.
  void addInputParameters();
  //! The steps' own parameter definitions the layout offers, and DATA_CREDIT.
  void addStepParameters();
  //! The GeoPackage, the PDF and the report, and the key figures.
  void addOutputParameters();
  /**
   * A step's parameters: its outputs that a table needs as temporary layers, its values of its own, and every other
   * parameter the layout has too (under the same name or the one the step's definition renames), as given.
   */
  QVariantMap stepParameters( PlanStep step, const QgsProcessingAlgorithm &child, const QVariantMap &parameters ) const;
  //! Makes, checks and prepares every step; throws saying which step failed and why.
  void prepareSteps( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback );
  //! The prepared step \a step.
  const Step &step( PlanStep step ) const;
  //! The standoff zones step's algorithm.
  const StandoffZonesAlgorithm &standoff() const;
  //! The perimeter design step's algorithm.
  const PerimeterDesignAlgorithm &perimeter() const;
  //! Writes the steps' layers into one GeoPackage, each with its default style; returns the tables, top to bottom.
  QStringList writeGeoPackage( QgsProcessingContext &context, QgsProcessingFeedback *feedback );
  //! Writes the layout's report (planreport.h) when asked for.
  void writeReport() const;
  //! The key figures read back from the GeoPackage, logged and returned with the tables and the warnings.
  QVariantMap results( const QStringList &written, QgsProcessingFeedback *feedback ) const;
  //! The GeoPackage's tables, with their default styles, for the PDF.
  void addResultLayers( QgsProject &project, PlanPrintContent &content ) const;
  //! The inputs under the plan, from the snapshots, for the PDF.
  void addBaseLayers( QgsProject &project, PlanPrintContent &content, const QgsProcessingContext &context ) const;

  std::vector<Step> mSteps; //!< in the order they run
  QVariantMap mResults;     //!< processAlgorithm's outputs, returned again (with OUTPUT_PDF) by postProcessAlgorithm
  QString mGeoPackagePath;  //!< OUTPUT_GPKG
  QString mReportPath;      //!< OUTPUT_REPORT
  QString mPdfPath;         //!< OUTPUT_PDF (empty: none)
  QString mEventName;       //!< EVENT_NAME
  QString mDataCredit;      //!< DATA_CREDIT, or the automatic credit
};

} // namespace eventsecurity
