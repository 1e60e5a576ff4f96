#include "eventsecurityplugin.h"

#include "eventsecuritydock.h"
#include "eventsecurityprovider.h"
#include "eventsecuritytranslation.h"

#include <qgisinterface.h>
#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

#include <QAction>
#include <QIcon>

namespace eventsecurity
{

EventSecurityPlugin::EventSecurityPlugin( QgisInterface *iface )
  : QgisPlugin( pluginName(), pluginDescription(), QStringLiteral( "Vector" ), QStringLiteral( EVENTSECURITY_VERSION ),
                QgisPlugin::UI )
  , mIface( iface )
{
}

EventSecurityPlugin::~EventSecurityPlugin()
{
  unload();
}

QString EventSecurityPlugin::pluginName()
{
  return QStringLiteral( "Event Security Planner" );
}

QString EventSecurityPlugin::pluginDescription()
{
  return QStringLiteral( "Plan the protection of a public event: blast standoff zones, hostile vehicle approach speeds "
                         "and barrier ratings, and the event perimeter." );
}

QString EventSecurityPlugin::menuName()
{
  return tr( "&Event Security Planner" );
}

void EventSecurityPlugin::initGui()
{
  installTranslator();

  mProvider = new EventSecurityProvider();
  if ( !QgsApplication::processingRegistry()->addProvider( mProvider ) )
    mProvider = nullptr; // already registered (the registry deleted it)

  mDock = new EventSecurityDock( mIface->mainWindow() );
  mDock->setInterface( mIface );
  mIface->addDockWidget( Qt::RightDockWidgetArea, mDock );
  mDock->hide();

  mDockAction = new QAction( QIcon( QStringLiteral( ":/eventsecurity/plugin/icons/eventsecurity.svg" ) ),
                             tr( "Event Security Planner" ), this );
  mDockAction->setObjectName( QStringLiteral( "mActionEventSecurityPlanner" ) );
  mDockAction->setToolTip( tr( "Show the Event Security Planner panel" ) );
  mDockAction->setCheckable( true );
  connect( mDockAction, &QAction::toggled, mDock, &QgsDockWidget::setUserVisible );
  connect( mDock, &QgsDockWidget::visibilityChanged, mDockAction, &QAction::setChecked );
  mIface->addToolBarIcon( mDockAction );
  mIface->addPluginToMenu( menuName(), mDockAction );
}

void EventSecurityPlugin::unload()
{
  if ( mDockAction && mIface )
  {
    mIface->removeToolBarIcon( mDockAction );
    mIface->removePluginMenu( menuName(), mDockAction );
  }
  delete mDockAction;

  if ( mDock && mIface )
    mIface->removeDockWidget( mDock );
  delete mDock;

  // The registry owns (and deletes) the provider.
  if ( mProvider && QgsApplication::processingRegistry() )
    QgsApplication::processingRegistry()->removeProvider( mProvider );
  mProvider = nullptr;

  removeTranslator();
}

} // namespace eventsecurity
