#include "eventsecurityalgorithm.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

#include <QCoreApplication>

#include <cmath>
#include <exception>

namespace eventsecurity
{

namespace
{
template <typename Work> auto guarded( const QgsProcessingAlgorithm &algorithm, Work work )
{
  try
  {
    return work();
  }
  catch ( QgsProcessingException & )
  {
    throw;
  }
  catch ( const std::exception &e )
  {
    throw QgsProcessingException(
        EventSecurityAlgorithm::tr( "%1 cannot go on: %2. Check the parameters and the layers." )
            .arg( algorithm.displayName(), QString::fromUtf8( e.what() ) ) );
  }
}
} // namespace

QgsFields fieldList( std::initializer_list<std::pair<const char *, compat::FieldType>> fields )
{
  QgsFields result;
  for ( const auto &[name, type] : fields )
    result.append( QgsField( QString::fromLatin1( name ), type ) );
  return result;
}

void OutputSink::add( QgsFeature &feature )
{
  if ( !mSink->addFeature( feature, QgsFeatureSink::FastInsert ) )
    throw QgsProcessingException( mWriteError( mSink.get() ) );
}

bool EventSecurityAlgorithm::prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                               QgsProcessingFeedback *feedback )
{
  mPrepared = false;
  mSnapshots.clear();
  mListSnapshots.clear();
  mPrepared = guarded(
      *this,
      [&]
      {
        for ( const QgsProcessingParameterDefinition *definition : parameterDefinitions() )
          if ( definition->type() == QgsProcessingParameterFeatureSource::typeName() )
            mSnapshots.emplace( definition->name(), takeParameterSnapshot( *definition, parameters, context ) );
          else if ( definition->type() == QgsProcessingParameterMultipleLayers::typeName() )
            mListSnapshots.emplace( definition->name(), takeLayerListSnapshots( *definition, parameters, context ) );
        return prepareChecked( parameters, context, feedback );
      } );
  return mPrepared;
}

QVariantMap EventSecurityAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                                      QgsProcessingFeedback *feedback )
{
  // QgsProcessingAlgRunnerTask runs a task whose prepare failed, with its feedback cancelled.
  if ( !mPrepared )
  {
    if ( feedback && feedback->isCanceled() )
      return QVariantMap();
    throw QgsProcessingException( tr( "%1 was run without being prepared." ).arg( displayName() ) );
  }
  return guarded( *this, [&] { return processChecked( parameters, context, feedback ); } );
}

QVariantMap EventSecurityAlgorithm::postProcessAlgorithm( QgsProcessingContext &context,
                                                          QgsProcessingFeedback *feedback )
{
  // QgsProcessingAlgorithm::run() post-processes even a cancelled run: present nothing as done.
  if ( feedback && feedback->isCanceled() )
    return QVariantMap();
  return guarded( *this, [&] { return postProcessChecked( context, feedback ); } );
}

QVariantMap EventSecurityAlgorithm::postProcessChecked( QgsProcessingContext &, QgsProcessingFeedback * )
{
  return QVariantMap();
}

bool EventSecurityAlgorithm::prepareChecked( const QVariantMap &, QgsProcessingContext &, QgsProcessingFeedback * )
{
  return true;
}

std::unique_ptr<QgsProcessingFeatureSource>
EventSecurityAlgorithm::snapshotSource( const QString &name, const QgsProcessingContext &context ) const
{
  const auto it = mSnapshots.find( name );
  if ( it == mSnapshots.end() )
    throw QgsProcessingException( tr( "%1 has no feature source parameter %2." ).arg( displayName(), name ) );
  return processingSource( it->second, context );
}

const SourceSnapshot *EventSecurityAlgorithm::inputSnapshot( const QString &name ) const
{
  const auto it = mSnapshots.find( name );
  return it == mSnapshots.end() ? nullptr : it->second.snapshot.get();
}

std::vector<std::unique_ptr<QgsProcessingFeatureSource>>
EventSecurityAlgorithm::snapshotSources( const QString &name, const QgsProcessingContext &context ) const
{
  const auto it = mListSnapshots.find( name );
  if ( it == mListSnapshots.end() )
    throw QgsProcessingException( tr( "%1 has no multiple-layer parameter %2." ).arg( displayName(), name ) );
  std::vector<std::unique_ptr<QgsProcessingFeatureSource>> sources;
  for ( const ParameterSnapshot &snapshot : it->second )
    sources.push_back( processingSource( snapshot, context ) );
  return sources;
}

std::vector<const SourceSnapshot *> EventSecurityAlgorithm::inputSnapshots( const QString &name ) const
{
  std::vector<const SourceSnapshot *> snapshots;
  const auto it = mListSnapshots.find( name );
  if ( it != mListSnapshots.end() )
    for ( const ParameterSnapshot &snapshot : it->second )
      snapshots.push_back( snapshot.snapshot.get() );
  return snapshots;
}

OutputSink EventSecurityAlgorithm::createSink( const QVariantMap &parameters, const QString &name,
                                               QgsProcessingContext &context, const QgsFields &fields,
                                               compat::WkbType type, const QgsCoordinateReferenceSystem &crs ) const
{
  OutputSink output;
  output.mSink.reset( parameterAsSink( parameters, name, context, output.mId, fields, type, crs ) );
  const QgsProcessingParameterDefinition *definition = parameterDefinition( name );
  if ( !output.mSink && definition && !( definition->flags() & QgsProcessingParameterDefinition::FlagOptional ) )
    throw QgsProcessingException( invalidSinkError( parameters, name ) );
  output.mWriteError = [parameters, name]( QgsFeatureSink *sink )
  { return writeFeatureError( sink, parameters, name ); };
  return output;
}

double EventSecurityAlgorithm::finiteParameter( const QVariantMap &parameters, const QString &name,
                                                const QgsProcessingContext &context ) const
{
  const double value = parameterAsDouble( parameters, name, context );
  if ( !std::isfinite( value ) )
    throw QgsProcessingException( tr( "%1 must be a number." ).arg( name ) );
  return value;
}

double EventSecurityAlgorithm::positiveParameter( const QVariantMap &parameters, const QString &name,
                                                  const QString &meaning, const QgsProcessingContext &context ) const
{
  const double value = finiteParameter( parameters, name, context );
  if ( !( value > 0 ) )
    throw QgsProcessingException( tr( "%1 must be greater than 0 (%2); got %3." ).arg( name, meaning ).arg( value ) );
  return value;
}

double EventSecurityAlgorithm::nonNegativeParameter( const QVariantMap &parameters, const QString &name,
                                                     const QString &meaning, const QgsProcessingContext &context ) const
{
  const double value = finiteParameter( parameters, name, context );
  if ( value < 0 )
    throw QgsProcessingException( tr( "%1 must be 0 or more (%2); got %3." ).arg( name, meaning ).arg( value ) );
  return value;
}

} // namespace eventsecurity
