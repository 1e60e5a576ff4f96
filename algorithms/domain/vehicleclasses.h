#pragma once

#include <limits>
#include <string>
#include <vector>

// The hostile vehicle classes of the approach analysis as an editable table: test mass, the acceleration
// model's parameters, and the test vehicle of each barrier standard the class is rated against.
namespace eventsecurity::domain
{

struct VehicleClass
{
  std::string key;        // stable machine key: "car", "pickup", "van", "truck_7200", "truck_7500", "lorry_30000"
  std::string name;       // English display text, e.g. "Car (M1)"
  double massKg;          // test mass
  double accelMs2;        // a0 of a(v) = a0 (1 - v/vmax): a judgement call (domain.md: unconfirmed)
  double maxSpeedMs;      // vmax: a judgement call
  std::string astmClass;  // ASTM F2656 test vehicle designation: "SC", "FS", "PU", "M", "C7", "H"
  std::string iwaClass;   // IWA 14-1 test vehicle class: "M1", "N1G", "N1", "N2A", "N3C", ...
  std::string pas68Class; // PAS 68 test vehicle class, or "" when PAS 68 has none heavy enough
  std::string source;     // where the figures come from
  // Static rollover threshold, g: the steady lateral acceleration at which the vehicle tips over; bends use the
  // lower of it and the friction (vehicledynamics.h, lateralAccelerationLimitMs2). +infinity: none given.
  double rolloverThresholdG = std::numeric_limits<double>::infinity();
  // Body width without mirrors, m (mirrors fold or break off): the open-ground model's free space is where the
  // vehicle's centre can be (openground.h). The narrow end of the class, the safe side: a narrower vehicle passes
  // more gaps and has more room to turn. At most 2.55 m (EU maximum, Council Directive 96/53/EC annex I 1.1).
  double widthM = 2.55;
};

// The default table, lightest first. Change it here (the algorithms override mass, a0 and vmax by parameter).
const std::vector<VehicleClass> &vehicleClasses();

// The class with this key, or nullptr.
const VehicleClass *findVehicleClass( const std::string &key );

} // namespace eventsecurity::domain
