#include "testsupport.h"

#include "eventsecurityprovider.h"

#include <qgsapplication.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>

#include <memory>

namespace eventsecurity::test
{

namespace
{
QgsApplication *sApplication = nullptr;
}

QgisSession::QgisSession( int &argc, char **argv )
{
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  // CTest's TIMEOUT (scaled for sanitizer builds) and the robustness Watchdog say when a test hangs.
  // QtTest's own fixed 5 minutes per test function would kill slow but healthy runs: the bad-input
  // matrix is one function of hundreds of cases, and a sanitized build runs 2-10 times slower.
  if ( qEnvironmentVariableIsEmpty( "QTEST_FUNCTION_TIMEOUT" ) )
    qputenv( "QTEST_FUNCTION_TIMEOUT", QByteArray::number( 3 * 3600 * 1000 ) );
  sApplication = new QgsApplication( argc, argv, true );
  QgsApplication::init();
  QgsApplication::initQgis();
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  registry->addProvider( new QgsNativeAlgorithms( registry ) );
  registry->addProvider( new EventSecurityProvider( registry ) );
}

QgisSession::~QgisSession()
{
  QgsApplication::exitQgis();
  delete sApplication;
  sApplication = nullptr;
}

void RecordingFeedback::reportError( const QString &error, bool fatalError )
{
  errors << error;
  QgsProcessingFeedback::reportError( error, fatalError );
}

std::vector<QgsFeature> allFeatures( QgsVectorLayer *layer )
{
  std::vector<QgsFeature> all;
  if ( !layer )
    return all;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    all.push_back( feature );
  return all;
}

AlgorithmRun runAlgorithm( const QString &id, const QVariantMap &parameters, QgsProcessingContext &context )
{
  AlgorithmRun outcome;
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( id ) );
  if ( !algorithm )
  {
    outcome.errors = QStringLiteral( "no algorithm %1" ).arg( id );
    return outcome;
  }
  RecordingFeedback feedback;
  QString message;
  if ( !algorithm->checkParameterValues( parameters, context, &message ) )
  {
    outcome.errors = message;
    return outcome;
  }
  outcome.results = algorithm->run( parameters, context, &feedback, &outcome.ok );
  outcome.errors = feedback.errors.join( '\n' );
  outcome.log = feedback.textLog();
  return outcome;
}

QgsVectorLayer *outputLayer( const AlgorithmRun &run, const QString &output, QgsProcessingContext &context )
{
  const QString value = run.results.value( output ).toString();
  if ( value.isEmpty() )
    return nullptr;
  return qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( value, context ) );
}

std::unique_ptr<QgsVectorLayer> loadVectorLayer( const QString &source, const QString &name )
{
  auto layer = std::make_unique<QgsVectorLayer>( source, name.isEmpty() ? QStringLiteral( "layer" ) : name,
                                                 QStringLiteral( "ogr" ) );
  if ( !layer->isValid() )
    qWarning() << "could not load" << source;
  return layer;
}

std::unique_ptr<QgsVectorLayer> memoryLayer( const QString &uri, const QStringList &wkts,
                                             const QList<QgsAttributes> &attributes )
{
  auto layer = std::make_unique<QgsVectorLayer>( uri, QStringLiteral( "memory" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( int i = 0; i < wkts.size(); ++i )
  {
    QgsFeature feature( layer->fields() );
    if ( !wkts.at( i ).isEmpty() )
      feature.setGeometry( QgsGeometry::fromWkt( wkts.at( i ) ) );
    if ( i < attributes.size() )
      feature.setAttributes( attributes.at( i ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  layer->updateExtents();
  return layer;
}

QString sampleData( const QString &file )
{
  return QStringLiteral( SAMPLE_DATA_DIR ) + '/' + file;
}

} // namespace eventsecurity::test
