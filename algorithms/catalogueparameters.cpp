#include "catalogueparameters.h"

#include "threatcatalogue.h"
#include "vehicleclasses.h"

#include <QCoreApplication>

namespace eventsecurity
{

namespace
{
template <typename Table> int indexOfKey( const Table &table, const char *key )
{
  for ( std::size_t i = 0; i < table.size(); ++i )
    if ( table[i].key == key )
      return static_cast<int>( i );
  return 0;
}
} // namespace

QString translatedVehicleName( const std::string &name )
{
  return QCoreApplication::translate( "VehicleClasses", name.c_str() );
}

QString translatedCatalogueText( const std::string &text )
{
  return QCoreApplication::translate( "ThreatCatalogue", text.c_str() );
}

QString vehicleDisplayName( const QString &key )
{
  const domain::VehicleClass *vehicle = domain::findVehicleClass( key.toStdString() );
  return vehicle ? translatedVehicleName( vehicle->name ) : key;
}

QString threatDisplayName( const QString &key )
{
  const domain::ThreatType *type = domain::findThreatType( key.toStdString() );
  return type ? translatedCatalogueText( type->displayName ) : key;
}

QStringList vehicleOptions()
{
  QStringList options;
  for ( const domain::VehicleClass &vehicle : domain::vehicleClasses() )
    options << QCoreApplication::translate( "CatalogueParameters", "%1, %2 kg" )
                   .arg( translatedVehicleName( vehicle.name ) )
                   .arg( vehicle.massKg );
  return options;
}

int vehicleIndex( const char *key )
{
  return indexOfKey( domain::vehicleClasses(), key );
}

QStringList threatOptions()
{
  QStringList options;
  for ( const domain::ThreatType &type : domain::threatTypes() )
    options << QCoreApplication::translate( "CatalogueParameters", "%1 (%2 kg TNT, %3 m)" )
                   .arg( translatedCatalogueText( type.displayName ) )
                   .arg( type.tntKg )
                   .arg( type.mandatoryEvacuationM );
  return options;
}

int threatIndex( const char *key )
{
  return indexOfKey( domain::threatTypes(), key );
}

} // namespace eventsecurity
