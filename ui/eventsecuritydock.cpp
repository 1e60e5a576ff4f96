#include "eventsecuritydock.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eventsecurity
{

EventSecurityDock::EventSecurityDock( QWidget *parent )
  : QgsDockWidget( tr( "Event Security Planner" ), parent )
{
  setObjectName( objectNameForDock() );
  auto *content = new QWidget( this );
  auto *layout = new QVBoxLayout( content );
  auto *intro = new QLabel(
    tr( "Plan the protection of an event: the algorithms are in the Processing toolbox under "
        "\"Event security\"." ),
    content );
  intro->setWordWrap( true );
  layout->addWidget( intro );
  layout->addStretch( 1 );
  setWidget( content );
}

} // namespace eventsecurity
