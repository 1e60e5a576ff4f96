// A background run owns what it reads (issue 14 item 1), for every algorithm the eventsecurity provider
// registers. The run goes as QGIS's background task runs it (QgsProcessingAlgRunnerTask: prepare() on this,
// the main thread, when the task is made; runPrepared() on a worker thread of the task manager; postProcess()
// back on the main thread), with its input layers in a project and given by layer id, as the dock and the
// toolbox give them (and as layer objects, as a script gives them). The input layers are deleted from the project after
// prepare() and before the task starts, or while it runs; the run must still finish, from what it took at prepare, with
// exactly the outputs of an undisturbed run. Before issue 14 the algorithms read the project layers on the worker
// thread: the cases by id failed ("Could not load source layer"); a layer deleted while a worker read it crashed QGIS,
// and a layer object deleted after prepare was read after it was freed. Under scripts/sanitize.sh this runs with
// AddressSanitizer, so a use after free that happens not to crash still fails.
#include "robustness.h"

#include <qgsapplication.h>
#include <qgsmemoryproviderutils.h>
#include <qgsprocessingalgrunnertask.h>
#include <qgsproject.h>
#include <qgstaskmanager.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QObject>

using namespace eventsecurity::test;

namespace
{

//! How the inputs are given: by layer id, as the layer objects themselves (as a script gives them), or as
//! "selected features only" of the layer (all of them selected).
enum class Inputs
{
  LayerIds,
  LayerObjects,
  SelectedFeatures,
};

//! When the input layers are deleted from the project.
enum class Deletion
{
  Never,        //!< the reference run
  AfterPrepare, //!< once the task is made (prepare done), before it is queued
  WhileRunning, //!< right after the task is queued, while the worker starts and runs
};

struct TaskOutcome
{
  bool finished = false;
  bool ok = false;
  QVariantMap results;
  QString errors;
  QMap<QString, QByteArray> outputs; //!< vector output checksums
  QVariantMap figures;               //!< the results that are not paths
};

//! A memory copy of \a layer owned by \a project (which deletes it when it is removed).
QgsVectorLayer *projectCopy( QgsVectorLayer *layer, QgsProject &project )
{
  QgsVectorLayer *copy =
      QgsMemoryProviderUtils::createMemoryLayer( layer->name(), layer->fields(), layer->wkbType(), layer->crs() );
  QgsFeatureList features;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    features << feature;
  copy->dataProvider()->addFeatures( features );
  copy->updateExtents();
  copy->selectAll();
  project.addMapLayer( copy );
  return copy;
}

//! Runs \a id on the sample venue in a QgsProcessingAlgRunnerTask, deleting its input layers \a when.
TaskOutcome runInTask( const QString &id, Inputs inputs, Deletion when )
{
  const QgsProcessingAlgorithm *algorithm = registeredAlgorithm( id );
  LayerStore scratch;
  QTemporaryDir outputDir;
  QVariantMap parameters = baselineParameters( *algorithm, sampleLayer, scratch, outputDir );
  QgsProject project;
  // Each input layer (each layer of a multiple-layer parameter too) as a project layer, given the way \a inputs says;
  // a list's layers by id where a source would take its selection (QGIS's layer lists have no selection option).
  const auto given = [&]( const QVariant &value, bool inList ) -> QVariant
  {
    auto *layer = qobject_cast<QgsVectorLayer *>( value.value<QObject *>() );
    if ( !layer )
      return value;
    QgsVectorLayer *copy = projectCopy( layer, project );
    if ( inputs == Inputs::LayerObjects )
      return QVariant::fromValue( copy );
    if ( inputs == Inputs::SelectedFeatures && !inList )
      return QVariant::fromValue( QgsProcessingFeatureSourceDefinition( copy->id(), true ) );
    return copy->id();
  };
  for ( const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions() )
  {
    if ( !parameters.contains( definition->name() ) )
      continue;
    const QVariant value = parameters.value( definition->name() );
    if ( value.userType() != QMetaType::QVariantList )
    {
      parameters.insert( definition->name(), given( value, false ) );
      continue;
    }
    QVariantList list;
    for ( const QVariant &element : value.toList() )
      list << given( element, true );
    parameters.insert( definition->name(), list );
  }

  TaskOutcome outcome;
  QgsProcessingContext context;
  context.setProject( &project );
  RecordingFeedback feedback;
  auto *task = new QgsProcessingAlgRunnerTask( algorithm, parameters, context, &feedback ); // prepare() here
  QObject::connect( task, &QgsProcessingAlgRunnerTask::executed,
                    [&]( bool ok, const QVariantMap &results )
                    {
                      outcome.finished = true;
                      outcome.ok = ok;
                      outcome.results = results;
                    } );
  if ( when == Deletion::AfterPrepare )
    project.removeAllMapLayers();
  QgsApplication::taskManager()->addTask( task );
  if ( when == Deletion::WhileRunning )
    project.removeAllMapLayers();

  QElapsedTimer timer;
  timer.start();
  while ( !outcome.finished && timer.elapsed() < 300000 )
    QTest::qWait( 10 );
  outcome.errors = feedback.errors.join( '\n' );
  if ( outcome.ok )
  {
    outcome.outputs =
        outputChecksums( *algorithm, AlgorithmRun{ true, outcome.results, QString(), QString() }, context );
    for ( auto it = outcome.results.constBegin(); it != outcome.results.constEnd(); ++it )
      if ( !QFileInfo::exists( it.value().toString() ) && !outcome.outputs.contains( it.key() ) )
        outcome.figures.insert( it.key(), it.value() );
  }
  return outcome;
}

} // namespace

class TestOwnership : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void inputsDeletedDuringARun_data();
  void inputsDeletedDuringARun();

private:
  //! Per algorithm and way of giving the inputs, the undisturbed run (the order of selected features differs).
  QMap<QPair<QString, int>, TaskOutcome> mReference;
};

void TestOwnership::initTestCase()
{
  const QStringList ids = providerAlgorithmIds();
  QVERIFY( !ids.isEmpty() );
  for ( const QString &id : ids )
    for ( const Inputs inputs : { Inputs::LayerIds, Inputs::LayerObjects, Inputs::SelectedFeatures } )
    {
      Watchdog watchdog( id + QStringLiteral( " reference run" ) );
      const TaskOutcome reference = runInTask( id, inputs, Deletion::Never );
      QVERIFY2( reference.finished && reference.ok, qPrintable( id + QStringLiteral( ": " ) + reference.errors ) );
      QVERIFY2( !reference.outputs.isEmpty() || !reference.figures.isEmpty(), qPrintable( id ) );
      mReference.insert( { id, static_cast<int>( inputs ) }, reference );
    }
}

void TestOwnership::inputsDeletedDuringARun_data()
{
  QTest::addColumn<QString>( "id" );
  QTest::addColumn<int>( "inputs" );
  QTest::addColumn<int>( "when" );
  for ( const QString &id : providerAlgorithmIds() )
  {
    QTest::newRow( qPrintable( id + QStringLiteral( ", deleted after prepare" ) ) )
        << id << static_cast<int>( Inputs::LayerIds ) << static_cast<int>( Deletion::AfterPrepare );
    QTest::newRow( qPrintable( id + QStringLiteral( ", deleted while running" ) ) )
        << id << static_cast<int>( Inputs::LayerIds ) << static_cast<int>( Deletion::WhileRunning );
    QTest::newRow( qPrintable( id + QStringLiteral( ", layer objects, deleted after prepare" ) ) )
        << id << static_cast<int>( Inputs::LayerObjects ) << static_cast<int>( Deletion::AfterPrepare );
    QTest::newRow( qPrintable( id + QStringLiteral( ", selected features, deleted after prepare" ) ) )
        << id << static_cast<int>( Inputs::SelectedFeatures ) << static_cast<int>( Deletion::AfterPrepare );
  }
}

void TestOwnership::inputsDeletedDuringARun()
{
  QFETCH( QString, id );
  QFETCH( int, inputs );
  QFETCH( int, when );
  TaskOutcome outcome;
  {
    Watchdog watchdog( id + QStringLiteral( " with its inputs deleted" ) );
    outcome = runInTask( id, static_cast<Inputs>( inputs ), static_cast<Deletion>( when ) );
  }
  QVERIFY2( outcome.finished, "the task never finished" );
  QVERIFY2( outcome.ok, qPrintable( outcome.errors ) );
  const TaskOutcome &reference = mReference[{ id, inputs }];
  QCOMPARE( outcome.outputs, reference.outputs );
  QCOMPARE( outcome.figures, reference.figures );
}

ES_TEST_MAIN( TestOwnership )
#include "test_ownership.moc"
