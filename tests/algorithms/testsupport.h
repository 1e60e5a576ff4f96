// Shared by the algorithm and GUI suites: a headless QGIS session, running algorithms through the
// Processing registry, and loading test data.
#ifndef TESTSUPPORT_H
#define TESTSUPPORT_H

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsvectorlayer.h>

#include <QStringList>
#include <QTest>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace eventsecurity::test
{

//! Starts QGIS (offscreen), registers QGIS's native algorithms and the eventsecurity provider; stops it.
class QgisSession
{
public:
  QgisSession( int &argc, char **argv );
  ~QgisSession();
  QgisSession( const QgisSession & ) = delete;
  QgisSession &operator=( const QgisSession & ) = delete;
};

//! Feedback that keeps what the algorithm reported, for assertions on error messages and the log.
class RecordingFeedback : public QgsProcessingFeedback
{
public:
  void reportError( const QString &error, bool fatalError = false ) override;
  QStringList errors;
};

//! The outcome of one algorithm run.
struct AlgorithmRun
{
  bool ok = false;
  QVariantMap results;
  QString errors; //!< what reportError() received, joined (a QgsProcessingException's message lands here)
  QString log;    //!< the feedback's text log
};

/**
 * Runs algorithm \a id from the Processing registry with \a parameters, as QGIS does
 * (checkParameterValues, then run). Memory outputs ("memory:") stay in \a context.
 */
AlgorithmRun runAlgorithm( const QString &id, const QVariantMap &parameters, QgsProcessingContext &context );

//! The vector layer an algorithm wrote for \a output (memory layer id or file path).
QgsVectorLayer *outputLayer( const AlgorithmRun &run, const QString &output, QgsProcessingContext &context );

//! Loads a vector layer (file path, optionally "path|layername=x"); fails the test on error.
std::unique_ptr<QgsVectorLayer> loadVectorLayer( const QString &source, const QString &name = QString() );

//! A memory layer, e.g. memoryLayer( "LineString?crs=EPSG:32721&field=width:double", { "LINESTRING(0 0, 10 0)" } ).
std::unique_ptr<QgsVectorLayer> memoryLayer( const QString &uri, const QStringList &wkts,
                                             const QList<QgsAttributes> &attributes = QList<QgsAttributes>() );

//! Every feature of \a layer, in the provider's order (none for a null layer).
std::vector<QgsFeature> allFeatures( QgsVectorLayer *layer );

//! Path of a file of the shipped sample venue (data/montevideo).
QString sampleData( const QString &file );

} // namespace eventsecurity::test

//! main() for a QtTest suite that needs QGIS.
#define ES_TEST_MAIN( TestObject )                                                                                     \
  int main( int argc, char *argv[] )                                                                                   \
  {                                                                                                                    \
    eventsecurity::test::QgisSession session( argc, argv );                                                            \
    int result = 0;                                                                                                    \
    {                                                                                                                  \
      TestObject tc;                                                                                                   \
      result = QTest::qExec( &tc, argc, argv );                                                                        \
    }                                                                                                                  \
    return result;                                                                                                     \
  }

#endif
