// The QGIS plugin: registers the Processing provider and the dock panel, and removes both on unload.
#ifndef EVENTSECURITYPLUGIN_H
#define EVENTSECURITYPLUGIN_H

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
  QgisInterface *mIface = nullptr;
  QPointer<EventSecurityProvider> mProvider;
  QPointer<EventSecurityDock> mDock;
  QPointer<QAction> mDockAction;
};

} // namespace eventsecurity

#endif
