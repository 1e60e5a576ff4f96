#pragma once

#include <optional>

// Kingery-Bulmash incident overpressure of a hemispherical surface burst of TNT.
// Fit and validity range: Swisdak 1994, "Simplified Kingery Airblast Calculations", DTIC ADA526744.
// Everything returns std::nullopt outside the fit's validity range: the fit is never extrapolated.
namespace eventsecurity::domain::kingerybulmash
{

// Validity range of the fit in scaled distance Z = R / W^(1/3), m/kg^(1/3) (Swisdak 1994).
constexpr double kMinScaledDistance = 0.2;
constexpr double kMaxScaledDistance = 198.5;

// Scaled distance Z = R / W^(1/3) (Hopkinson-Cranz cube-root scaling); nullopt unless R >= 0, W > 0 and Z
// is finite.
std::optional<double> scaledDistance( double rangeM, double chargeKg );

// Incident overpressure in kPa at scaled distance z; nullopt outside [kMinScaledDistance, kMaxScaledDistance].
std::optional<double> incidentOverpressureKpa( double z );

// Incident overpressure in kPa at rangeM metres from a chargeKg kg TNT surface burst; nullopt outside the fit.
std::optional<double> incidentOverpressureKpa( double rangeM, double chargeKg );

// Overpressures the fit can answer for: [P(kMaxScaledDistance), P(kMinScaledDistance)] in kPa.
double minValidOverpressureKpa();
double maxValidOverpressureKpa();

// Inverse of the fit: the largest scaled distance at which the incident overpressure still reaches
// overpressureKpa, i.e. beyond it the pressure stays below the threshold. nullopt when the pressure
// lies outside [minValidOverpressureKpa(), maxValidOverpressureKpa()].
// The fit is piecewise and jumps slightly at Z = 2.9 and 23.8; "largest" settles the pressures the
// jumps make ambiguous on the safe (farther) side.
std::optional<double> scaledDistanceForOverpressure( double overpressureKpa );

// Ground range in metres at which a chargeKg kg TNT surface burst gives overpressureKpa; nullopt if
// chargeKg <= 0 or the pressure is outside the fit's range.
std::optional<double> rangeForOverpressure( double overpressureKpa, double chargeKg );

} // namespace eventsecurity::domain::kingerybulmash
