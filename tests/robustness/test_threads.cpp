// Thread safety (issue 7): two algorithms of the eventsecurity provider at once, each on its own worker
// thread with its own QgsProcessingContext and input layers made in that thread (as a QGIS background task
// runs processAlgorithm off the main thread), for every pair of registered algorithms, an algorithm with
// itself included. Both must succeed and give the same outputs as a serial run on the main thread.
// Under scripts/sanitize.sh this runs with ASan+UBSan (ThreadSanitizer would need QGIS and Qt built with it).
#include "robustness.h"

#include <QObject>

#include <thread>

using namespace eventsecurity::test;

namespace
{

struct ThreadResult
{
  bool ok = false;
  QString problem;
  QMap<QString, QByteArray> outputs;
};

//! Runs \a id on the sample venue in the calling thread: layers, context and outputs all belong to it.
ThreadResult runOnSample( const QString &id )
{
  ThreadResult result;
  LayerStore store;
  QTemporaryDir outputDir;
  const QgsProcessingAlgorithm *algorithm = registeredAlgorithm( id );
  const QVariantMap parameters = baselineParameters( *algorithm, sampleLayer, store, outputDir );
  const QMap<QString, QByteArray> before = inputChecksums( parameters );
  QgsProcessingContext context;
  const GuardedRun guarded = runGuarded( id, parameters, context );
  result.ok = guarded.run.ok && guarded.escapedException.isEmpty();
  result.problem = guarded.escapedException + guarded.run.errors;
  if ( result.ok )
  {
    result.problem = invalidOutput( *algorithm, guarded.run, context );
    result.outputs = outputChecksums( *algorithm, guarded.run, context );
  }
  if ( inputChecksums( parameters ) != before )
    result.problem += QStringLiteral( " an input layer was modified" );
  return result;
}

} // namespace

class TestThreads : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void twoAtOnceMatchSerial_data();
  void twoAtOnceMatchSerial();

private:
  QMap<QString, ThreadResult> mSerial;
};

void TestThreads::initTestCase()
{
  for ( const QString &id : providerAlgorithmIds() )
  {
    mSerial.insert( id, runOnSample( id ) );
    QVERIFY2( mSerial[id].ok && mSerial[id].problem.isEmpty(), qPrintable( id + ": " + mSerial[id].problem ) );
  }
  QVERIFY( !mSerial.isEmpty() );
}

void TestThreads::twoAtOnceMatchSerial_data()
{
  QTest::addColumn<QString>( "first" );
  QTest::addColumn<QString>( "second" );
  const QStringList ids = providerAlgorithmIds();
  for ( int i = 0; i < ids.size(); ++i )
    for ( int j = i; j < ids.size(); ++j )
      QTest::newRow( qPrintable( ids[i] + " + " + ids[j] ) ) << ids[i] << ids[j];
}

void TestThreads::twoAtOnceMatchSerial()
{
  QFETCH( QString, first );
  QFETCH( QString, second );
  ThreadResult firstResult, secondResult;
  {
    Watchdog watchdog( first + " + " + second + " on two threads" );
    std::thread a( [&] { firstResult = runOnSample( first ); } );
    std::thread b( [&] { secondResult = runOnSample( second ); } );
    a.join();
    b.join();
  }
  QVERIFY2( firstResult.ok && firstResult.problem.isEmpty(), qPrintable( first + ": " + firstResult.problem ) );
  QVERIFY2( secondResult.ok && secondResult.problem.isEmpty(), qPrintable( second + ": " + secondResult.problem ) );
  QCOMPARE( firstResult.outputs, mSerial[first].outputs );
  QCOMPARE( secondResult.outputs, mSerial[second].outputs );
}

ES_TEST_MAIN( TestThreads )
#include "test_threads.moc"
