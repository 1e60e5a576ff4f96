// The verbs of the headless runner eventsecurity_process (same shape as qgis_process).
#ifndef PROCESSRUNNER_H
#define PROCESSRUNNER_H

#include <QStringList>
#include <QTextStream>
#include <QVariantMap>

#include <memory>

class QgsProcessingAlgorithm;

namespace eventsecurity
{

/**
 * eventsecurity_process [--json] VERB ...
 *   list                          algorithms of every registered provider, ours first
 *   help ALG|MODEL.model3         parameters, outputs and help text
 *   run ALG|MODEL.model3 [--PARAM=value ...] [-- PARAM=value ...]
 *   --version
 * Exit code 0 on success, 1 on a bad command line, algorithm id or parameter, 2 when the run failed or did not
 * write an output named on the command line. As in qgis_process, an error the algorithm reports without stopping
 * (QgsProcessingFeedback::reportError) is printed but does not decide the exit code.
 * QGIS must be initialised and the providers registered before execute() is called.
 */
class ProcessRunner
{
public:
  ProcessRunner( QTextStream &out, QTextStream &err );

  int execute( const QStringList &arguments );

  static QString usage();

private:
  int list();
  int help( const QString &algorithmOrModel );
  int run( const QString &algorithmOrModel, const QStringList &parameterArguments );

  //! The algorithm by id, or a model loaded from a .model3 file; nullptr with a message on failure.
  std::unique_ptr<QgsProcessingAlgorithm> loadAlgorithm( const QString &algorithmOrModel );
  bool parseParameters( const QgsProcessingAlgorithm &algorithm, const QStringList &arguments,
                        QVariantMap &parameters );
  //! The outputs named on the command line that a successful run did not write (no result, or an empty one).
  static QStringList missingOutputs( const QgsProcessingAlgorithm &algorithm, const QStringList &arguments,
                                     const QVariantMap &results );

  QTextStream &mOut;
  QTextStream &mErr;
  bool mJson = false;
};

} // namespace eventsecurity

#endif
