#pragma once

// The domain catalogues as the algorithms show them: translated names, the VEHICLE and THREAT choices
// (one list, so every algorithm and the dock agree on indices) and the vehicle approach defaults that
// vehicle approach, perimeter design and the security layout share.

#include <QString>
#include <QStringList>

#include <string>

namespace eventsecurity
{

//! Vehicle approach defaults (judgement calls of this tool; each algorithm's help says so).
namespace approachdefaults
{
//! The 7.5 t truck: PAS 68's N3 test vehicle, the usual design threat of UK hostile vehicle mitigation.
inline const char *const kVehicleKey = "truck_7500";
//! The smallest vehicle-borne threat of the NCTC/DHS stand-off chart (2013).
inline const char *const kThreatKey = "sedan";
constexpr double kStartSpeedKmh = 50;     //!< a common urban speed limit
constexpr double kSearchDistanceM = 1000; //!< issue 4: the protected area buffered by 1 km
constexpr double kWidthM = 7;             //!< two 3.5 m lanes
constexpr double kFriction = 0.7;         //!< dry asphalt, domain.md sec. 4 (0.7-0.8)
constexpr double kToleranceM = 0.5;       //!< street ends closer than this are joined
} // namespace approachdefaults

//! A vehicle class name of domain::vehicleClasses(), translated (context "VehicleClasses").
QString translatedVehicleName( const std::string &name );
//! A threat or effect text of the threat catalogue, translated (context "ThreatCatalogue").
QString translatedCatalogueText( const std::string &text );

//! The translated name of the vehicle class \a key ("Truck 7.5 t (N3)"), or the key when there is none.
QString vehicleDisplayName( const QString &key );
//! The translated name of the threat type \a key ("Sedan"), or the key when there is none.
QString threatDisplayName( const QString &key );

//! The VEHICLE choices, in domain::vehicleClasses() order: "Truck 7.5 t (N3), 7500 kg".
QStringList vehicleOptions();
//! Index of the vehicle class \a key in vehicleOptions() (0 if unknown).
int vehicleIndex( const char *key );

//! The THREAT choices, in domain::threatTypes() order: "Sedan (227 kg TNT, 98 m)".
QStringList threatOptions();
//! Index of the threat type \a key in threatOptions() (0 if unknown).
int threatIndex( const char *key );

} // namespace eventsecurity
