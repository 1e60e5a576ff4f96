#include "planrun.h"

#include <qgsproject.h>

#include <QDir>
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

void PlanRun::removeFiles() const
{
  if ( outputFolder.isEmpty() || fileStem.isEmpty() )
    return;
  QDir folder( outputFolder );
  // The GeoPackage with its journal, WAL and shared-memory files, and the report.
  for ( const QString &name : folder.entryList( { fileStem + QLatin1Char( '*' ) }, QDir::Files ) )
    folder.remove( name );
  for ( const QString &created : createdFolders )
    if ( !QDir().rmdir( created ) ) // only when empty: a file someone else put there stays
      break;
}

} // namespace eventsecurity
