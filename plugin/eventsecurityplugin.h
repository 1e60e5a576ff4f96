// The QGIS plugin: registers the Processing provider and the dock panel, and removes both on unload. A plan
// or a toolbox run of its algorithms still running then is cancelled, and its worker stopped, before the
// provider and the code it runs go away.
#pragma once

#include <qgisplugin.h>

#include <QObject>
#include <QPointer>

class QAction;
class QgisInterface;

namespace eventsecurity
{

class EventSecurityDock;
class EventSecurityProvider;

class EventSecurityPlugin : public QObject, public QgisPlugin
{
  Q_OBJECT

public:
  explicit EventSecurityPlugin( QgisInterface *iface );
  ~EventSecurityPlugin() override;

  void initGui() override;
  void unload() override;

  static QString pluginName();
  static QString pluginDescription();
  static QString menuName();

private:
  //! Cancels the running tasks of the plugin's algorithms and waits for their workers to stop.
  void stopRunningAlgorithms( const QString &reason );

  QgisInterface *mIface = nullptr;
  bool mGuiLoaded = false; //!< between initGui() and unload()
  QPointer<EventSecurityProvider> mProvider;
  QPointer<EventSecurityDock> mDock;
  QPointer<QAction> mDockAction;
};

} // namespace eventsecurity
