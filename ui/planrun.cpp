#include "planrun.h"

#include <qgsproject.h>

#include <QMutexLocker>

namespace eventsecurity
{

void PlanFeedback::reportError( const QString &error, bool fatalError )
{
  {
    QMutexLocker locker( &mMutex );
    mErrors << error;
  }
  QgsProcessingFeedback::reportError( error, fatalError );
}

void PlanFeedback::setProgressText( const QString &text )
{
  QgsProcessingFeedback::setProgressText( text );
  emit stepChanged( text );
}

QStringList PlanFeedback::errors() const
{
  QMutexLocker locker( &mMutex );
  return mErrors;
}

PlanRun::PlanRun( QgsProject *project )
{
  mContext.setProject( project );
  mContext.setFeedback( &mFeedback );
}

} // namespace eventsecurity
