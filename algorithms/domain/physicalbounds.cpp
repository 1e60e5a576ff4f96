#include "physicalbounds.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace eventsecurity::domain
{

const std::vector<PhysicalBound> &physicalBounds()
{
  using Q = PhysicalQuantity;
  // The reasons repeat the header's comments in one line each.
  static const std::vector<PhysicalBound> bounds = {
      { Q::VehicleSpeedKmh, "vehicle speed", "km/h", kMaxVehicleSpeedKmh,
        "the fastest production car reached 490 km/h (Bugatti Chiron Super Sport 300+, 2019)" },
      { Q::VehicleAccelerationMs2, "vehicle acceleration", "m/s2", kMaxVehicleAccelerationMs2,
        "the quickest production cars reach 0-100 km/h in under 2 s, about 1.5 g" },
      { Q::VehicleMassKg, "vehicle mass", "kg", kMaxVehicleMassKg,
        "road trains, the heaviest road vehicles in regular use, reach about 200 t" },
      { Q::LateralAccelerationG, "lateral acceleration limit", "g", kMaxLateralAccelerationG,
        "passenger cars' static stability factors are about 1.0-1.5" },
      { Q::Friction, "tyre-road friction coefficient", "", kMaxFriction,
        "road tyres on dry asphalt reach about 1.0-1.2" },
      { Q::ChargeKg, "charge", "kg TNT", kMaxChargeKg,
        "the chart's largest threat, a semi-trailer, carries 27,216 kg; an EU 44 t lorry about 29 t" },
      { Q::Attendance, "attendance", "persons", kMaxAttendance,
        "the largest gatherings ever reported (Kumbh Mela) had some 30 million people" },
      { Q::CrowdDensityPerM2, "crowd density", "persons/m2", kMaxCrowdDensityPerM2,
        "bodies fill a square metre at about 7 persons (Fruin's body ellipse, 0.14 m2)" },
      { Q::FlowPerMetreMinute, "exit flow", "persons/m/min", kMaxFlowPerMetreMinute,
        "guidance uses 82 (Green Guide) to 109 persons/m/min" },
      { Q::LanePerHour, "search lane rate", "persons/hour", kMaxLanePerHour,
        "one person a second; walk-through detectors pass 400-1,000 persons/hour" },
      { Q::WidthM, "width", "m", kMaxWidthM, "the widest avenue (Avenida 9 de Julio, Buenos Aires) is about 140 m" },
      { Q::DistanceM, "distance", "m", kMaxDistanceM,
        "no event's study area spans 100 km; the chart's largest evacuation distance is 2,835 m" },
      { Q::AreaM2, "area", "m2", kMaxAreaM2, "1,000 km2 is larger than any city centre an event occupies" },
      { Q::Minutes, "duration", "minutes", kMaxMinutes, "a week is longer than any one event plans for" },
      { Q::KerbRadiusM, "kerb radius", "m", kMaxKerbRadiusM,
        "junction corners have a few metres in towns, tens of metres on slip lanes" },
      { Q::PenetrationM, "barrier penetration", "m", kMaxPenetrationM,
        "ASTM P4 is more than 30 m; beyond 100 m a barrier protects nothing near an event" },
      { Q::ArrivalPeakFactor, "arrival peak factor", "", kMaxArrivalPeakFactor,
        "guidance cites peaks of 1.5-2 times the mean rate" },
      { Q::DigitisingToleranceM, "digitising tolerance", "m", kMaxDigitisingToleranceM,
        "coarser than any digitising: real bends would vanish" },
  };
  return bounds;
}

const PhysicalBound &physicalBound( PhysicalQuantity quantity )
{
  return physicalBounds().at( static_cast<std::size_t>( quantity ) );
}

void requireWithinPhysicalBound( PhysicalQuantity quantity, double value )
{
  if ( value >= 0 && value <= physicalBound( quantity ).maximum ) // false for NaN
    return;
  const PhysicalBound &bound = physicalBound( quantity );
  const std::string unit = bound.unit.empty() ? "" : " " + bound.unit;
  char number[64];
  std::snprintf( number, sizeof number, "%g", value );
  char maximum[64];
  std::snprintf( maximum, sizeof maximum, "%g", bound.maximum );
  throw std::invalid_argument( bound.what + " of " + number + unit +
                               " is not a real value: it must lie between 0 and " + maximum + unit + " (" +
                               bound.reason + ")" );
}

} // namespace eventsecurity::domain
