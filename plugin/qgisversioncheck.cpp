#include "qgisversioncheck.h"

#include <QCoreApplication>

namespace eventsecurity
{

QString qgisVersionText( int versionInt )
{
  return QStringLiteral( "%1.%2.%3" ).arg( versionInt / 10000 ).arg( versionInt / 100 % 100 ).arg( versionInt % 100 );
}

QString qgisVersionMismatch( int builtVersionInt, int runningVersionInt, int simulatedVersionInt )
{
  int running = runningVersionInt;
  if ( running == builtVersionInt && simulatedVersionInt != 0 )
    running = simulatedVersionInt;
  if ( running == builtVersionInt )
    return QString();
  // Debian names each QGIS library by its full release (libqgis_core.so.3.22.16): its ABI may change at any one.
  return QCoreApplication::translate(
             "eventsecurity::PluginVersion",
             "The Event Security Planner was not loaded: it was built for QGIS %1 and this is QGIS %2. A C++ plugin "
             "only works with the QGIS release it was compiled against; loading it into another could crash QGIS. "
             "Install the Event Security Planner package built for QGIS %2, or build the plugin from source against "
             "it." )
      .arg( qgisVersionText( builtVersionInt ), qgisVersionText( running ) );
}

} // namespace eventsecurity
