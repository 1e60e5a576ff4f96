// Cancellation (issue 7), for every algorithm the eventsecurity provider registers: on a large synthetic
// input (a 300 x 300 street grid around a venue), another thread cancels the feedback after a delay; the
// run must return within 1 s of the cancel, and must not present its outputs as complete.
//
// The 1 s is checked on the CPU time the running thread spends after the cancel (the work the algorithm
// does before it notices), not on the wall clock: on a loaded 2-core CI machine the wall clock also counts
// the time other processes hold the cores, and a wall-clock check there flakes. Both are printed.
//
// What QGIS does (src/core/processing/qgsprocessingalgorithm.cpp, QgsProcessingAlgorithm::run): *ok is set
// to true whenever processAlgorithm returns without a QgsProcessingException, cancelled or not; it is
// QgsProcessingAlgRunnerTask::run that reports failure, with `return ok && !mFeedback->isCanceled();`, and
// then skips postProcess, so the GUI never loads the outputs. A cancelled run is therefore acceptable when
// it threw (ok = false) or when it returned no output at all (the algorithms here return an empty map);
// a cancelled run that returns ok with outputs named in its results is "partial output as success".
#include "robustness.h"

#include <qgsapplication.h>
#include <qgsexception.h>
#include <qgsprocessingregistry.h>

#include <QObject>

#include <atomic>
#include <chrono>
#include <thread>

#include <pthread.h>
#include <time.h>

using namespace eventsecurity::test;

namespace
{
using Clock = std::chrono::steady_clock;

long long milliseconds( Clock::duration duration )
{
  return std::chrono::duration_cast<std::chrono::milliseconds>( duration ).count();
}

//! CPU time consumed so far by the thread whose CPU clock is \a clock, in milliseconds.
long long cpuMilliseconds( clockid_t clock )
{
  timespec now{};
  clock_gettime( clock, &now );
  return static_cast<long long>( now.tv_sec ) * 1000 + now.tv_nsec / 1000000;
}

//! The largest time a run may take to stop after its feedback is cancelled (issue 7), in a normal build.
constexpr long long kStopWithinMs = 1000;

//! Sanitizer builds run everything 2-10 times slower: scripts/sanitize.sh sets ROBUSTNESS_TIME_SCALE=3.
long long stopLimitMs()
{
  const int scale = qEnvironmentVariableIntValue( "ROBUSTNESS_TIME_SCALE" );
  return kStopWithinMs * ( scale > 1 ? scale : 1 );
}
//! The early cancel: while the inputs are being read.
constexpr int kEarlyCancelMs = 100;
} // namespace

class TestCancellation : public QObject
{
  Q_OBJECT

private slots:
  void cancelStopsWithinOneSecond_data();
  void cancelStopsWithinOneSecond();
};

void TestCancellation::cancelStopsWithinOneSecond_data()
{
  QTest::addColumn<QString>( "id" );
  QTest::addColumn<bool>( "midway" );
  const QStringList ids = providerAlgorithmIds();
  QVERIFY( !ids.isEmpty() );
  for ( const QString &id : ids )
  {
    // Early (while the inputs are read) and midway through an uncancelled run's duration (the analysis).
    QTest::newRow( qPrintable( id + QStringLiteral( " early" ) ) ) << id << false;
    QTest::newRow( qPrintable( id + QStringLiteral( " midway" ) ) ) << id << true;
  }
}

void TestCancellation::cancelStopsWithinOneSecond()
{
  QFETCH( QString, id );
  QFETCH( bool, midway );
  const std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById( id ) );
  QVERIFY( algorithm );
  LayerStore store;
  QTemporaryDir outputs;
  const auto parametersOfGrid = [&]( int gridSize )
  {
    const LayerMaker large = [gridSize]( Shape shape, LayerStore &s )
    { return largeSyntheticLayer( shape, s, gridSize ); };
    return baselineParameters( *algorithm, large, store, outputs );
  };
  QVariantMap parameters = parametersOfGrid( 300 );
  QgsProcessingContext context;
  QString message;
  QVERIFY2( algorithm->checkParameterValues( parameters, context, &message ), qPrintable( message ) );

  int delayMs = kEarlyCancelMs;
  if ( midway )
  {
    // An uncancelled run must take long enough to be cancelled midway: on a fast, idle machine a 300 x 300 grid
    // can be too small (standoff zones took 176 ms), so the grid grows until it is not.
    long long fullMs = 0;
    for ( const int gridSize : { 300, 450, 600 } )
    {
      if ( gridSize != 300 )
        parameters = parametersOfGrid( gridSize );
      QgsProcessingContext fullContext;
      RecordingFeedback fullFeedback;
      bool fullOk = false;
      const Clock::time_point fullStart = Clock::now();
      algorithm->run( parameters, fullContext, &fullFeedback, &fullOk );
      fullMs = milliseconds( Clock::now() - fullStart );
      QVERIFY2( fullOk, qPrintable( fullFeedback.errors.join( ' ' ) ) );
      if ( fullMs >= 2 * kEarlyCancelMs )
        break;
    }
    QVERIFY2( fullMs >= 2 * kEarlyCancelMs,
              qPrintable(
                  QStringLiteral( "an uncancelled run takes %1 ms: make the synthetic input larger" ).arg( fullMs ) ) );
    // A quarter of the way in: past the reading of the inputs, and well before the end even when a second
    // run is faster than the first (warm caches).
    delayMs = static_cast<int>( fullMs / 4 );
  }

  RecordingFeedback feedback;
  std::atomic<bool> runFinished{ false };
  std::atomic<long long> cancelledAtMs{ -1 };
  std::atomic<long long> cpuAtCancelMs{ -1 };
  clockid_t runClock{}; // the CPU clock of this thread, which runs the algorithm
  QCOMPARE( pthread_getcpuclockid( pthread_self(), &runClock ), 0 );
  const Clock::time_point start = Clock::now();
  std::thread canceller(
      [&]
      {
        std::this_thread::sleep_for( std::chrono::milliseconds( delayMs ) );
        if ( runFinished )
          return;
        cpuAtCancelMs = cpuMilliseconds( runClock );
        cancelledAtMs = milliseconds( Clock::now() - start );
        feedback.cancel();
      } );
  bool ok = false;
  QVariantMap results;
  QString escaped;
  {
    Watchdog watchdog( id + QStringLiteral( " cancellation" ) );
    try
    {
      results = algorithm->run( parameters, context, &feedback, &ok );
    }
    catch ( const QgsException &e )
    {
      escaped = e.what();
    }
    catch ( const std::exception &e )
    {
      escaped = QString::fromUtf8( e.what() );
    }
  }
  const long long endedAtMs = milliseconds( Clock::now() - start );
  const long long cpuAtEndMs = cpuMilliseconds( runClock );
  runFinished = true;
  canceller.join();

  QVERIFY2( escaped.isEmpty(), qPrintable( QStringLiteral( "exception escaped run(): " ) + escaped ) );
  if ( cancelledAtMs < 0 )
  {
    QVERIFY2( ok, qPrintable( QStringLiteral( "the uncancelled run failed: " ) + feedback.errors.join( ' ' ) ) );
    // The run was over before the cancel: the input is too small to test anything.
    QFAIL(
        qPrintable( QStringLiteral( "finished in %1 ms, before the cancel at %2 ms: make the synthetic input larger" )
                        .arg( endedAtMs )
                        .arg( delayMs ) ) );
  }
  const long long stopMs = endedAtMs - cancelledAtMs;
  const long long stopCpuMs = cpuAtEndMs - cpuAtCancelMs;
  qInfo( "%s: cancelled at %lld ms, returned %lld ms later, %lld ms of CPU time later (ok=%d, %d results)",
         qPrintable( id ), cancelledAtMs.load(), stopMs, stopCpuMs, ok, static_cast<int>( results.size() ) );
  QVERIFY2( stopCpuMs <= stopLimitMs(),
            qPrintable( QStringLiteral( "worked %1 ms of CPU time after the cancel (limit %2 ms)" )
                            .arg( stopCpuMs )
                            .arg( stopLimitMs() ) ) );
  if ( ok )
  {
    QStringList presented;
    for ( auto it = results.constBegin(); it != results.constEnd(); ++it )
      if ( algorithm->outputDefinition( it.key() ) && !it.value().toString().isEmpty() )
        presented << it.key();
    QVERIFY2(
        presented.isEmpty(),
        qPrintable( QStringLiteral( "cancelled run returned ok with outputs %1" ).arg( presented.join( ',' ) ) ) );
  }
}

ES_TEST_MAIN( TestCancellation )
#include "test_cancellation.moc"
