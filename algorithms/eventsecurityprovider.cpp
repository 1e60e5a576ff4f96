#include "eventsecurityprovider.h"

#include <QIcon>

// Algorithms (one line each, in toolbox order).
#include "standoffzonesalgorithm.h"
#include "vehicleapproachalgorithm.h"
#include "perimeterdesignalgorithm.h"
#include "securitylayoutalgorithm.h"

// Qt resources of a static library must be initialised by name, outside any namespace.
static void initAlgorithmResources()
{
  Q_INIT_RESOURCE( eventsecurity_algorithms );
}

namespace eventsecurity
{

QString groupId( AlgorithmGroup group )
{
  switch ( group )
  {
  case AlgorithmGroup::Blast:
    return QStringLiteral( "blast" );
  case AlgorithmGroup::VehicleThreat:
    return QStringLiteral( "vehiclethreat" );
  case AlgorithmGroup::Perimeter:
    return QStringLiteral( "perimeter" );
  case AlgorithmGroup::Layout:
    return QStringLiteral( "layout" );
  }
  return QString();
}

QString groupName( AlgorithmGroup group )
{
  switch ( group )
  {
  case AlgorithmGroup::Blast:
    return EventSecurityProvider::tr( "Blast threat" );
  case AlgorithmGroup::VehicleThreat:
    return EventSecurityProvider::tr( "Hostile vehicle" );
  case AlgorithmGroup::Perimeter:
    return EventSecurityProvider::tr( "Perimeter and crowd" );
  case AlgorithmGroup::Layout:
    return EventSecurityProvider::tr( "Security layout" );
  }
  return QString();
}

EventSecurityProvider::EventSecurityProvider( QObject *parent ) : QgsProcessingProvider( parent )
{
  initAlgorithmResources();
}

QIcon EventSecurityProvider::icon() const
{
  return QIcon( svgIconPath() );
}

QString EventSecurityProvider::svgIconPath() const
{
  return QStringLiteral( ":/eventsecurity/icons/eventsecurity.svg" );
}

QString EventSecurityProvider::id() const
{
  return providerId();
}

QString EventSecurityProvider::name() const
{
  return tr( "Event security" );
}

QString EventSecurityProvider::longName() const
{
  return tr( "Event Security Planner %1" ).arg( QStringLiteral( EVENTSECURITY_VERSION ) );
}

QString EventSecurityProvider::helpId() const
{
  return providerId();
}

QString EventSecurityProvider::versionInfo() const
{
  return QStringLiteral( EVENTSECURITY_VERSION );
}

void EventSecurityProvider::loadAlgorithms()
{
  addAlgorithm( new StandoffZonesAlgorithm() );
  addAlgorithm( new VehicleApproachAlgorithm() );
  addAlgorithm( new PerimeterDesignAlgorithm() );
  addAlgorithm( new SecurityLayoutAlgorithm() );
}

} // namespace eventsecurity
