// The C functions QGIS 3.22 looks up in a C++ plugin library (qgisplugin.h): metadata for the
// Plugin Manager, the factory and the unloader. Metadata is read before the plugin is created.
#include "eventsecurityplugin.h"
#include "qgisversioncheck.h"

#include <qgis.h>
#include <qgsconfig.h>
#include <qgisplugin.h>
#include <qgsmessagelog.h>

#include <QCoreApplication>

namespace
{
const QString sName = eventsecurity::EventSecurityPlugin::pluginName();
const QString sDescription = eventsecurity::EventSecurityPlugin::pluginDescription();
const QString sCategory = QStringLiteral( "Vector" );
const QString sVersion = QStringLiteral( EVENTSECURITY_VERSION );
const QString sIcon = QStringLiteral( ":/eventsecurity/plugin/icons/eventsecurity.svg" );
const QString sExperimental = QStringLiteral( "true" );
const QString sCreateDate = QStringLiteral( "2026-11-25" );
const QString sUpdateDate = QStringLiteral( "2026-11-25" );

// Why this plugin must not run in the QGIS that loaded it (built for another release), or empty.
QString incompatibility()
{
  return eventsecurity::qgisVersionMismatch(
      _QGIS_VERSION_INT, Qgis::versionInt(),
      qEnvironmentVariableIntValue( eventsecurity::simulatedQgisVersionVariable() ) );
}

// True in another QGIS release, after saying why in QGIS's log, under the tab QGIS logs plugins under.
bool refusedHere()
{
  const QString why = incompatibility();
  if ( why.isEmpty() )
    return false;
  const char *qgisContext = "QObject"; // QGIS's own translation of its tab's name
  QgsMessageLog::logMessage( why, QCoreApplication::translate( qgisContext, "Plugins" ), Qgis::MessageLevel::Critical );
  return true;
}
} // namespace

// In another QGIS release, no plugin object: nothing of ours touches QGIS's objects.
QGISEXTERN QgisPlugin *classFactory( QgisInterface *iface )
{
  if ( refusedHere() )
    return nullptr;
  return new eventsecurity::EventSecurityPlugin( iface );
}

QGISEXTERN const QString *name()
{
  return &sName;
}

// The Plugin Manager shows it: in another QGIS release, why the plugin cannot be loaded.
QGISEXTERN const QString *description()
{
  static QString text;
  const QString why = incompatibility();
  text = why.isEmpty() ? sDescription : why;
  return &text;
}

QGISEXTERN const QString *category()
{
  return &sCategory;
}

// QGIS 3.22's registry (src/app/qgspluginregistry.cpp, loadCppPlugin) calls type() first: to a type it does not
// know it logs "did not return a valid type and cannot be loaded" and stops, so in another QGIS release the
// plugin answers 0. (A null classFactory would instead show a box "There was an error loading a plugin" that
// names no reason.) The Plugin Manager lists the plugin all the same, with the reason as its description.
QGISEXTERN int type()
{
  if ( refusedHere() )
    return 0;
  return QgisPlugin::UI;
}

QGISEXTERN const QString *version()
{
  return &sVersion;
}

QGISEXTERN const QString *icon()
{
  return &sIcon;
}

QGISEXTERN const QString *experimental()
{
  return &sExperimental;
}

QGISEXTERN const QString *create_date()
{
  return &sCreateDate;
}

QGISEXTERN const QString *update_date()
{
  return &sUpdateDate;
}

QGISEXTERN void unload( QgisPlugin *plugin )
{
  delete plugin;
}
