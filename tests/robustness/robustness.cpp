#include "robustness.h"

#include "eventsecuritycompat.h"

#include <qgsapplication.h>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsmemoryproviderutils.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>

#include <QCryptographicHash>
#include <QDataStream>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <thread>

namespace eventsecurity::test
{

QStringList providerAlgorithmIds()
{
  QStringList ids;
  const QgsProcessingProvider *provider =
      QgsApplication::processingRegistry()->providerById( QStringLiteral( "eventsecurity" ) );
  if ( !provider )
    return ids;
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
    ids << algorithm->id();
  ids.sort();
  return ids;
}

const QgsProcessingAlgorithm *registeredAlgorithm( const QString &id )
{
  return QgsApplication::processingRegistry()->algorithmById( id );
}

QString shapeName( Shape shape )
{
  switch ( shape )
  {
  case Shape::Point:
    return QStringLiteral( "point" );
  case Shape::Line:
    return QStringLiteral( "line" );
  case Shape::Polygon:
    return QStringLiteral( "polygon" );
  }
  return QString();
}

QList<Shape> acceptedShapes( const QgsProcessingParameterFeatureSource &parameter )
{
  QList<Shape> shapes;
  QList<int> types = parameter.dataTypes();
  if ( types.isEmpty() )
    types << static_cast<int>( compat::VectorAnyGeometry );
  for ( const int type : types )
  {
    if ( type == static_cast<int>( compat::VectorAnyGeometry ) )
      return { Shape::Point, Shape::Line, Shape::Polygon };
    if ( type == static_cast<int>( compat::VectorPoint ) )
      shapes << Shape::Point;
    else if ( type == static_cast<int>( compat::VectorLine ) )
      shapes << Shape::Line;
    else if ( type == static_cast<int>( compat::VectorPolygon ) )
      shapes << Shape::Polygon;
  }
  return shapes;
}

Shape preferredShape( const QgsProcessingParameterFeatureSource &parameter )
{
  const QList<Shape> shapes = acceptedShapes( parameter );
  for ( const Shape shape : { Shape::Polygon, Shape::Line, Shape::Point } )
    if ( shapes.contains( shape ) )
      return shape;
  return Shape::Polygon;
}

Shape listShape( const QgsProcessingParameterMultipleLayers &parameter )
{
  switch ( static_cast<int>( parameter.layerType() ) )
  {
  case static_cast<int>( compat::VectorLine ):
    return Shape::Line;
  case static_cast<int>( compat::VectorPolygon ):
    return Shape::Polygon;
  default:
    return Shape::Point; // points, or any geometry: a point at the venue's centre, which changes no outcome
  }
}

QgsVectorLayer *LayerStore::keep( std::unique_ptr<QgsVectorLayer> layer )
{
  mLayers.push_back( std::move( layer ) );
  return mLayers.back().get();
}

QgsVectorLayer *LayerStore::cachedSource( const QString &path )
{
  if ( !mSources.contains( path ) )
    mSources.insert( path, keep( loadVectorLayer( path ) ) );
  return mSources.value( path );
}

namespace
{

// A memory copy of every feature of a layer (made in the calling thread).
QgsVectorLayer *memoryCopy( QgsVectorLayer *source, LayerStore &store )
{
  std::unique_ptr<QgsVectorLayer> copy(
      QgsMemoryProviderUtils::createMemoryLayer( source->name(), source->fields(), source->wkbType(), source->crs() ) );
  QgsFeatureList features;
  QgsFeatureIterator it = source->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    features << feature;
  copy->dataProvider()->addFeatures( features );
  copy->updateExtents();
  return store.keep( std::move( copy ) );
}

} // namespace

QgsVectorLayer *sampleLayer( Shape shape, LayerStore &store )
{
  switch ( shape )
  {
  case Shape::Polygon:
    return memoryCopy( store.cachedSource( sampleData( QStringLiteral( "venue.geojson" ) ) ), store );
  case Shape::Line:
    return memoryCopy( store.cachedSource( sampleData( QStringLiteral( "roads.geojson" ) ) ), store );
  case Shape::Point:
  {
    QgsVectorLayer *venue = store.cachedSource( sampleData( QStringLiteral( "venue.geojson" ) ) );
    std::unique_ptr<QgsVectorLayer> points( QgsMemoryProviderUtils::createMemoryLayer(
        QStringLiteral( "venue centre" ), venue->fields(), QgsWkbTypes::Point, venue->crs() ) );
    QgsFeatureIterator it = venue->getFeatures();
    QgsFeature feature;
    QgsFeatureList centres;
    while ( it.nextFeature( feature ) )
    {
      feature.setGeometry( feature.geometry().centroid() );
      centres << feature;
    }
    points->dataProvider()->addFeatures( centres );
    points->updateExtents();
    return store.keep( std::move( points ) );
  }
  }
  return nullptr;
}

QgsVectorLayer *largeSyntheticLayer( Shape shape, LayerStore &store, int gridSize )
{
  // Near Plaza Independencia, Montevideo, in UTM 21S. 5 m blocks: the algorithms read only the streets
  // near the venue (e.g. within SEARCH_DISTANCE_M, 1 km by default), so the whole grid (1.5 km) must be near.
  constexpr double x0 = 570000;
  constexpr double y0 = 6130000;
  constexpr double block = 5;
  const double middle = x0 + block * gridSize / 2.0;
  const double middleY = y0 + block * gridSize / 2.0;
  const QgsCoordinateReferenceSystem utm( QStringLiteral( "EPSG:32721" ) );
  QgsFields fields;
  fields.append( QgsField( QStringLiteral( "name" ), compat::FieldString ) );
  QgsFeatureList features;
  QgsWkbTypes::Type type = QgsWkbTypes::Point;
  auto add = [&]( const QgsGeometry &geometry, const QString &name )
  {
    QgsFeature feature( fields );
    feature.setGeometry( geometry );
    feature.setAttributes( QgsAttributes() << name );
    features << feature;
  };
  switch ( shape )
  {
  case Shape::Line:
    type = QgsWkbTypes::LineString;
    for ( int i = 0; i < gridSize; ++i )
      for ( int j = 0; j < gridSize; ++j )
      {
        const QgsPointXY corner( x0 + i * block, y0 + j * block );
        if ( i + 1 < gridSize )
          add( QgsGeometry::fromPolylineXY( { corner, QgsPointXY( corner.x() + block, corner.y() ) } ),
               QStringLiteral( "street %1" ).arg( j ) );
        if ( j + 1 < gridSize )
          add( QgsGeometry::fromPolylineXY( { corner, QgsPointXY( corner.x(), corner.y() + block ) } ),
               QStringLiteral( "avenue %1" ).arg( i ) );
      }
    break;
  case Shape::Polygon:
    type = QgsWkbTypes::Polygon;
    // A 200 m square venue; its edges run between streets (2.5 m off), so streets cross it.
    add( QgsGeometry::fromRect( QgsRectangle( middle - 97.5, middleY - 97.5, middle + 102.5, middleY + 102.5 ) ),
         QStringLiteral( "venue" ) );
    break;
  case Shape::Point:
    add( QgsGeometry::fromPointXY( QgsPointXY( middle + 2.5, middleY + 2.5 ) ), QStringLiteral( "venue" ) );
    break;
  }
  std::unique_ptr<QgsVectorLayer> layer(
      QgsMemoryProviderUtils::createMemoryLayer( QStringLiteral( "synthetic" ), fields, type, utm ) );
  layer->dataProvider()->addFeatures( features );
  layer->updateExtents();
  return store.keep( std::move( layer ) );
}

QVariantMap baselineParameters( const QgsProcessingAlgorithm &algorithm, const LayerMaker &makeLayer, LayerStore &store,
                                const QTemporaryDir &outputDir )
{
  QVariantMap parameters;
  for ( const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions() )
  {
    const QString name = definition->name();
    const QString type = definition->type();
    if ( const auto *source = dynamic_cast<const QgsProcessingParameterFeatureSource *>( definition ) )
      parameters.insert( name, QVariant::fromValue( makeLayer( preferredShape( *source ), store ) ) );
    else if ( const auto *list = dynamic_cast<const QgsProcessingParameterMultipleLayers *>( definition ) )
      parameters.insert( name, QVariantList{ QVariant::fromValue( makeLayer( listShape( *list ), store ) ) } );
    else if ( type == QLatin1String( "sink" ) )
      parameters.insert( name, QStringLiteral( "memory:" ) );
    else if ( const auto *file = dynamic_cast<const QgsProcessingDestinationParameter *>( definition ) )
    {
      const QString extension = file->defaultFileExtension();
      parameters.insert( name, outputDir.filePath( extension.isEmpty() ? name : name + '.' + extension ) );
    }
    else if ( definition->defaultValue().isValid() )
      parameters.insert( name, definition->defaultValue() );
    else if ( const auto *number = dynamic_cast<const QgsProcessingParameterNumber *>( definition );
              number && !( definition->flags() & QgsProcessingParameterDefinition::FlagOptional ) )
      // A required number without a default (e.g. an attendance): 1000, a mid-size value, inside its range.
      // Optional ones stay unset, as a user leaves them (e.g. STANDOFF_M: the chart's distance).
      parameters.insert( name, std::clamp( 1000.0, number->minimum(), number->maximum() ) );
  }
  return parameters;
}

QByteArray layerChecksum( QgsVectorLayer *layer )
{
  QCryptographicHash hash( QCryptographicHash::Sha256 );
  QByteArray header;
  QDataStream headerStream( &header, QIODevice::WriteOnly );
  headerStream << layer->crs().toWkt() << layer->fields().names() << static_cast<qint64>( layer->wkbType() )
               << static_cast<qint64>( layer->featureCount() );
  hash.addData( header );
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    QByteArray bytes;
    QDataStream stream( &bytes, QIODevice::WriteOnly );
    stream << static_cast<qint64>( feature.id() );
    for ( const QVariant &value : feature.attributes() )
      stream << value;
    stream << feature.geometry().asWkb();
    hash.addData( bytes );
  }
  return hash.result().toHex();
}

namespace
{
QgsVectorLayer *layerValue( const QVariant &value )
{
  return qobject_cast<QgsVectorLayer *>( value.value<QObject *>() );
}
} // namespace

QMap<QString, QByteArray> inputChecksums( const QVariantMap &parameters )
{
  QMap<QString, QByteArray> sums;
  for ( auto it = parameters.constBegin(); it != parameters.constEnd(); ++it )
  {
    if ( QgsVectorLayer *layer = layerValue( it.value() ) )
      sums.insert( it.key(), layerChecksum( layer ) );
    if ( it.value().userType() != QMetaType::QVariantList )
      continue;
    const QVariantList list = it.value().toList(); // a multiple-layer parameter: each layer
    for ( int i = 0; i < list.size(); ++i )
      if ( QgsVectorLayer *layer = layerValue( list.at( i ) ) )
        sums.insert( QStringLiteral( "%1[%2]" ).arg( it.key() ).arg( i ), layerChecksum( layer ) );
  }
  return sums;
}

GuardedRun runGuarded( const QString &id, const QVariantMap &parameters, QgsProcessingContext &context )
{
  GuardedRun guarded;
  try
  {
    guarded.run = runAlgorithm( id, parameters, context );
  }
  catch ( const QgsProcessingException &e )
  {
    guarded.escapedException = QStringLiteral( "QgsProcessingException escaped run(): %1" ).arg( e.what() );
  }
  catch ( const QgsException &e ) // e.g. QgsCsException from a coordinate transform: QGIS does not catch it
  {
    guarded.escapedException = QStringLiteral( "QgsException escaped: %1" ).arg( e.what() );
  }
  catch ( const std::exception &e )
  {
    guarded.escapedException = QStringLiteral( "std::exception escaped: %1" ).arg( QString::fromUtf8( e.what() ) );
  }
  catch ( ... )
  {
    guarded.escapedException = QStringLiteral( "unknown exception escaped" );
  }
  return guarded;
}

namespace
{
bool isVectorOutput( const QgsProcessingOutputDefinition *output )
{
  return output->type() == QLatin1String( "outputVector" ) || output->type() == QLatin1String( "outputLayer" );
}

bool isFileOutput( const QgsProcessingOutputDefinition *output )
{
  return output->type() == QLatin1String( "outputFile" ) || output->type() == QLatin1String( "outputHtml" );
}
} // namespace

QString invalidOutput( const QgsProcessingAlgorithm &algorithm, const AlgorithmRun &run, QgsProcessingContext &context )
{
  for ( const QgsProcessingOutputDefinition *output : algorithm.outputDefinitions() )
  {
    const QString value = run.results.value( output->name() ).toString();
    if ( value.isEmpty() )
      continue;
    if ( isFileOutput( output ) && !QFileInfo::exists( value ) )
      return QStringLiteral( "%1: file %2 missing" ).arg( output->name(), value );
    if ( !isVectorOutput( output ) )
      continue;
    auto *layer = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( value, context ) );
    if ( !layer || !layer->isValid() )
      return QStringLiteral( "%1: no valid layer at %2" ).arg( output->name(), value );
    QgsFeatureIterator it = layer->getFeatures();
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      if ( !feature.hasGeometry() )
        continue;
      for ( auto vertex = feature.geometry().vertices_begin(); vertex != feature.geometry().vertices_end(); ++vertex )
        if ( !std::isfinite( ( *vertex ).x() ) || !std::isfinite( ( *vertex ).y() ) )
          return QStringLiteral( "%1: feature %2 has a non-finite coordinate" )
              .arg( output->name() )
              .arg( feature.id() );
    }
  }
  return QString();
}

bool isClearError( const QString &message, const QgsProcessingParameterDefinition &parameter,
                   const QStringList &problemWords )
{
  if ( message.trimmed().isEmpty() )
    return false;
  if ( message.contains( parameter.name(), Qt::CaseInsensitive ) )
    return true;
  QString description = parameter.description();
  const int cut = description.indexOf( QRegularExpression( QStringLiteral( "[(,]" ) ) );
  if ( cut > 0 )
    description = description.left( cut );
  description = description.trimmed();
  if ( !description.isEmpty() && message.contains( description, Qt::CaseInsensitive ) )
    return true;
  for ( const QString &word : problemWords )
    if ( message.contains( word, Qt::CaseInsensitive ) )
      return true;
  return false;
}

QString oneLine( const QString &message, int maxLength )
{
  QString line = message.simplified();
  if ( line.size() > maxLength )
    line = line.left( maxLength - 1 ) + QChar( 0x2026 );
  return line;
}

QMap<QString, QByteArray> outputChecksums( const QgsProcessingAlgorithm &algorithm, const AlgorithmRun &run,
                                           QgsProcessingContext &context )
{
  QMap<QString, QByteArray> sums;
  for ( const QgsProcessingOutputDefinition *output : algorithm.outputDefinitions() )
  {
    if ( !isVectorOutput( output ) )
      continue;
    const QString value = run.results.value( output->name() ).toString();
    auto *layer = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( value, context ) );
    sums.insert( output->name(), layer ? layerChecksum( layer ) : QByteArray( "none" ) );
  }
  return sums;
}

struct Watchdog::State
{
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  std::thread thread;
};

Watchdog::Watchdog( const QString &label, int seconds ) : mState( std::make_unique<State>() )
{
  const int overridden = qEnvironmentVariableIntValue( "ROBUSTNESS_HANG_SECONDS" );
  const int limit = overridden > 0 ? overridden : seconds;
  const std::string text = label.toStdString();
  State *state = mState.get();
  state->thread = std::thread(
      [state, limit, text]
      {
        std::unique_lock<std::mutex> lock( state->mutex );
        if ( !state->finished.wait_for( lock, std::chrono::seconds( limit ), [state] { return state->done; } ) )
        {
          std::fprintf( stderr, "HANG: %s still running after %d s\n", text.c_str(), limit );
          std::fflush( stderr );
          std::abort();
        }
      } );
}

Watchdog::~Watchdog()
{
  {
    std::lock_guard<std::mutex> lock( mState->mutex );
    mState->done = true;
  }
  mState->finished.notify_all();
  mState->thread.join();
}

} // namespace eventsecurity::test
