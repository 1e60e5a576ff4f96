// The "Event Security Planner" dock panel. It never computes: it runs the provider's algorithms.
#ifndef EVENTSECURITYDOCK_H
#define EVENTSECURITYDOCK_H

#include <qgsdockwidget.h>

namespace eventsecurity
{

class EventSecurityDock : public QgsDockWidget
{
  Q_OBJECT

public:
  explicit EventSecurityDock( QWidget *parent = nullptr );

  static QString objectNameForDock() { return QStringLiteral( "EventSecurityPlannerDock" ); }
};

} // namespace eventsecurity

#endif
