#include "eventsecurityalgorithm.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>

#include <QCoreApplication>

#include <exception>

namespace eventsecurity
{

namespace
{
template<typename Work> auto guarded( const QgsProcessingAlgorithm &algorithm, Work work )
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
      QCoreApplication::translate( "EventSecurityAlgorithm", "%1 cannot go on: %2. Check the parameters and the layers." )
        .arg( algorithm.displayName(), QString::fromUtf8( e.what() ) ) );
  }
}
} // namespace

bool EventSecurityAlgorithm::prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                               QgsProcessingFeedback *feedback )
{
  return guarded( *this, [&] { return prepareChecked( parameters, context, feedback ); } );
}

QVariantMap EventSecurityAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                                      QgsProcessingFeedback *feedback )
{
  return guarded( *this, [&] { return processChecked( parameters, context, feedback ); } );
}

QVariantMap EventSecurityAlgorithm::postProcessAlgorithm( QgsProcessingContext &context, QgsProcessingFeedback *feedback )
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

} // namespace eventsecurity
