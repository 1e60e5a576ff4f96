// eventsecurity:securitylayout — the whole security layout of one venue: standoff zones, perimeter design and
// hostile vehicle approach in one run, written as one styled GeoPackage, an HTML report and an A3 PDF.
#ifndef SECURITYLAYOUTALGORITHM_H
#define SECURITYLAYOUTALGORITHM_H

#include "eventsecurityalgorithm.h"

#include <QCoreApplication>

namespace eventsecurity
{

/**
 * Runs eventsecurity:standoffzones, eventsecurity:perimeterdesign and eventsecurity:vehicleapproach (against the
 * perimeter's cordon) as child algorithms, writes their layers into one GeoPackage with a default style each
 * (securitylayoutstyles.h), extends the perimeter report with the blast and approach figures, and prints the
 * PDF (securitylayoutprint.h).
 *
 * Threads: the layers, styles and report are written in processAlgorithm (any thread). The PDF is made in
 * postProcessAlgorithm, which QGIS runs on the main thread (QgsProcessingAlgRunnerTask::finished, models'
 * child post-processing, QgsProcessingAlgorithm::run), because a QgsLayout is a QGraphicsScene and QGIS's own
 * layout export algorithms refuse worker threads.
 */
class SecurityLayoutAlgorithm : public EventSecurityAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( SecurityLayoutAlgorithm )

public:
  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString group() const override;
  QString groupId() const override;
  QString shortHelpString() const override;
  SecurityLayoutAlgorithm *createInstance() const override;

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;
  QVariantMap postProcessChecked( QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  QVariantMap mResults; // processAlgorithm's outputs, returned again (with OUTPUT_PDF) by postProcessAlgorithm
  QString mGeoPackagePath;
  QString mBaseMapPath; // GeoPackage of the input layers for the print (venue, streets, buildings)
  QString mPdfPath;
  QString mEventName;
  QString mDataCredit;
};

} // namespace eventsecurity

#endif
