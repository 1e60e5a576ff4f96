#pragma once

#include <string>
#include <vector>

// The largest value any real vehicle, charge, crowd or street has, per quantity: the algorithms use them as
// parameter limits, so that 1e12 km/h or 1e12 kg is refused with a message naming the limit and its reason
// (issue 11 item 12). Each limit lies ABOVE the largest real value it cites, so no real input is refused;
// they are sanity limits, not design values.
namespace eventsecurity::domain
{

// Largest vehicle speed, km/h: the fastest production car reached 490 km/h (Bugatti Chiron Super Sport 300+,
// 2019).
constexpr double kMaxVehicleSpeedKmh = 500;
// Largest acceleration from standstill, m/s^2 (2 g): the quickest production cars reach 0-100 km/h in under
// 2 s, about 1.5 g on average.
constexpr double kMaxVehicleAccelerationMs2 = 20;
// Largest vehicle mass, kg: Australian road trains, the heaviest road vehicles in regular use, reach about
// 200 t gross.
constexpr double kMaxVehicleMassKg = 250000;
// Largest lateral acceleration limit (rollover threshold), g: passenger cars' static stability factors,
// an upper bound of their rollover threshold, are about 1.0-1.5 (NHTSA rollover ratings).
constexpr double kMaxLateralAccelerationG = 2;
// Largest tyre-road friction coefficient: about 1.0-1.2 for road tyres on dry asphalt; 1.5 leaves a margin.
constexpr double kMaxFriction = 1.5;
// Largest charge, kg TNT: the chart's largest threat is a semi-trailer with 27,216 kg (NCTC 2013); an EU
// 44 t articulated lorry carries about 29 t.
constexpr double kMaxChargeKg = 100000;
// Largest attendance: the largest gatherings ever reported, the Kumbh Mela's main bathing days (2013, 2019),
// had some 30 million people.
constexpr double kMaxAttendance = 1e8;
// Largest crowd density, persons/m^2: more than bodies can occupy (Fruin's body ellipse, 0.14 m^2 a person,
// is 7 p/m^2); above 4 p/m^2 a crowd is already unstable (domain.md section 5).
constexpr double kMaxCrowdDensityPerM2 = 10;
// Largest exit flow, persons/m/min: above every figure guidance uses (Green Guide 82 level, 109 in some
// council guidance: domain.md section 5) with a margin. Judgement call.
constexpr double kMaxFlowPerMetreMinute = 150;
// Largest search lane throughput, persons/hour: one person a second, faster than any screening
// (walk-through detectors 400-1,000 p/h: domain.md section 5).
constexpr double kMaxLanePerHour = 3600;
// Largest street or exit width, m: the widest avenue, Avenida 9 de Julio (Buenos Aires), is about 140 m across.
constexpr double kMaxWidthM = 150;
// Largest distance, m (study area, run-up, standoff): no event's study area spans 100 km; the chart's
// largest evacuation distance is 2,835 m.
constexpr double kMaxDistanceM = 100000;
// Largest area, m^2: 1,000 km^2, larger than any city centre an event occupies.
constexpr double kMaxAreaM2 = 1e9;
// Largest duration, minutes (arrival window, egress time): a week, longer than any one event plans for.
constexpr double kMaxMinutes = 7 * 24 * 60;
// Largest junction kerb radius, m: junction corners are a few metres in towns, tens of metres on slip lanes.
constexpr double kMaxKerbRadiusM = 100;
// Largest barrier penetration a plan may allow, m: ASTM P4 is "more than 30 m"; beyond 100 m a barrier
// protects nothing near an event. Judgement call.
constexpr double kMaxPenetrationM = 100;
// Largest arrival peak factor (peak rate / mean rate): guidance cites 1.5-2 (domain.md section 5); ten
// times the mean is more than any arrival profile. Judgement call.
constexpr double kMaxArrivalPeakFactor = 10;
// Largest digitising tolerance of the bend analysis, m: coarser than any digitising; beyond it real bends
// vanish. Judgement call.
constexpr double kMaxDigitisingToleranceM = 10;

// The quantities with a physical bound.
enum class PhysicalQuantity
{
  VehicleSpeedKmh,
  VehicleAccelerationMs2,
  VehicleMassKg,
  LateralAccelerationG,
  Friction,
  ChargeKg,
  Attendance,
  CrowdDensityPerM2,
  FlowPerMetreMinute,
  LanePerHour,
  WidthM,
  DistanceM,
  AreaM2,
  Minutes,
  KerbRadiusM,
  PenetrationM,
  ArrivalPeakFactor,
  DigitisingToleranceM,
};

// One row of the table: what it is, its unit, the largest accepted value and why.
struct PhysicalBound
{
  PhysicalQuantity quantity;
  std::string what;   // "vehicle speed"
  std::string unit;   // "km/h"
  double maximum;     // the constant above
  std::string reason; // one line, for messages and help texts
};

// Every bound, in the enum's order.
const std::vector<PhysicalBound> &physicalBounds();

// The bound of a quantity.
const PhysicalBound &physicalBound( PhysicalQuantity quantity );

// Throws std::invalid_argument unless value is a finite number in [0, maximum]; the message names the
// quantity, the value, the limit and its reason, e.g. "vehicle speed of 1e+12 km/h is not a real value: it
// must lie between 0 and 500 km/h (the fastest production car reached 490 km/h ...)".
void requireWithinPhysicalBound( PhysicalQuantity quantity, double value );

} // namespace eventsecurity::domain
