#include "eventsecurityplugin.h"

#include "eventsecuritydock.h"
#include "eventsecurityprovider.h"
#include "eventsecuritytranslation.h"

#include <qgisinterface.h>
#include <qgsapplication.h>
#include <qgsmessagebar.h>
#include <qgsmessagelog.h>
#include <qgsprocessingalgrunnertask.h>
#include <qgsprocessingregistry.h>
#include <qgstaskmanager.h>

#include <QAction>
#include <QCoreApplication>
#include <QIcon>

namespace eventsecurity
{

namespace
{
// How long unloading waits for a cancelled run's worker: the algorithms check for a cancel at least once a
// second of CPU time (tests/robustness/test_cancellation.cpp).
constexpr int kStopWaitMs = 10000;

//! Set when QGIS's event loop has ended: unloading then is QGIS closing, not the user unticking the plugin.
bool sQgisClosing = false;

/**
 * The running Processing tasks of \a provider's algorithms (the toolbox, models, scripts). QGIS 3.22 does not
 * say which algorithm a QgsProcessingAlgRunnerTask runs: its description names it ("Executing “%1”").
 */
QList<QgsTask *> tasksOf( const QgsProcessingProvider *provider )
{
  QList<QgsTask *> tasks;
  if ( !provider )
    return tasks;
  for ( QgsTask *task : QgsApplication::taskManager()->activeTasks() )
  {
    if ( !qobject_cast<QgsProcessingAlgRunnerTask *>( task ) )
      continue;
    for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
      if ( task->description().contains( QStringLiteral( "“%1”" ).arg( algorithm->displayName() ) ) )
        tasks << task;
  }
  return tasks;
}
} // namespace

EventSecurityPlugin::EventSecurityPlugin( QgisInterface *iface )
    : QgisPlugin( pluginName(), pluginDescription(), QStringLiteral( "Vector" ),
                  QStringLiteral( EVENTSECURITY_VERSION ), QgisPlugin::UI ),
      mIface( iface )
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
  connect( qApp, &QCoreApplication::aboutToQuit, this, [] { sQgisClosing = true; } );

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
  mGuiLoaded = true;
}

void EventSecurityPlugin::stopRunningAlgorithms( const QString &reason )
{
  QStringList said;
  if ( mDock )
    said << mDock->stopPlanning( reason );
  for ( QgsTask *task : tasksOf( mProvider ) )
  {
    said << tr( "%1 was cancelled: %2." ).arg( task->description(), reason );
    task->cancel();
    task->waitForFinished( kStopWaitMs );
    QgsMessageLog::logMessage( said.last(), pluginName(), Qgis::Warning );
  }
  said.removeAll( QString() );
  // QGIS's log has it; the message bar too, unless QGIS is closing (its window is going).
  if ( !said.isEmpty() && !sQgisClosing && mIface && mIface->messageBar() )
    mIface->messageBar()->pushWarning( pluginName(), said.join( ' ' ) );
}

void EventSecurityPlugin::unload()
{
  // QGIS unloads every plugin before it deletes its window, then deletes the plugin object with the window
  // (~EventSecurityPlugin calls unload() again): by then QGIS's interface is gone and there is nothing to do.
  if ( !mGuiLoaded )
    return;
  mGuiLoaded = false;
  stopRunningAlgorithms( sQgisClosing ? tr( "QGIS is closing" )
                                      : tr( "the Event Security Planner plugin was unloaded" ) );

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
