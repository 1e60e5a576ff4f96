// The C functions QGIS 3.22 looks up in a C++ plugin library (qgisplugin.h): metadata for the
// Plugin Manager, the factory and the unloader. Metadata is read before the plugin is created.
#include "eventsecurityplugin.h"

#include <qgis.h>
#include <qgisplugin.h>

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
} // namespace

QGISEXTERN QgisPlugin *classFactory( QgisInterface *iface )
{
  return new eventsecurity::EventSecurityPlugin( iface );
}

QGISEXTERN const QString *name()
{
  return &sName;
}

QGISEXTERN const QString *description()
{
  return &sDescription;
}

QGISEXTERN const QString *category()
{
  return &sCategory;
}

QGISEXTERN int type()
{
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
