// Base of every Event Security Planner algorithm: no exception other than QgsProcessingException leaves it.
#ifndef EVENTSECURITYALGORITHM_H
#define EVENTSECURITYALGORITHM_H

#include <qgsprocessingalgorithm.h>

namespace eventsecurity
{

/**
 * QGIS catches only QgsProcessingException around an algorithm: anything else thrown on a worker thread
 * ends QGIS, with the user's unsaved project. The domain signals bad numbers with std::invalid_argument
 * and friends; this base turns every std::exception from prepare and process into a
 * QgsProcessingException that carries its message, so the user reads what to fix.
 * Subclasses implement prepareChecked(), processChecked() and postProcessChecked() instead of the
 * QgsProcessingAlgorithm methods they wrap.
 */
class EventSecurityAlgorithm : public QgsProcessingAlgorithm
{
protected:
  bool prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                         QgsProcessingFeedback *feedback ) final;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) final;
  QVariantMap postProcessAlgorithm( QgsProcessingContext &context, QgsProcessingFeedback *feedback ) final;

  virtual bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                               QgsProcessingFeedback *feedback );
  virtual QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                      QgsProcessingFeedback *feedback ) = 0;
  virtual QVariantMap postProcessChecked( QgsProcessingContext &context, QgsProcessingFeedback *feedback );
};

} // namespace eventsecurity

#endif
