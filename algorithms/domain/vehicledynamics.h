#pragma once

// How fast a vehicle can be: speed gained on a run-up, the speed a bend allows, and the energy a barrier
// must absorb. The models of a vehicle dynamics assessment (domain.md section 4). SI units: m, m/s, kg.
namespace eventsecurity::domain
{

// Standard acceleration of gravity (3rd CGPM 1901; ISO 80000-3).
constexpr double kStandardGravity = 9.80665;

// km/h <-> m/s (1 km/h = 1000 m / 3600 s, exact).
constexpr double kmhToMs( double kmh )
{
  return kmh / 3.6;
}
constexpr double msToKmh( double ms )
{
  return ms * 3.6;
}

// Acceleration that falls linearly with speed, a(v) = a0 (1 - v/vmax): the common simple model of
// domain.md section 4. From v dv/ds = a(v), the distance from rest to speed v is
//   S(v) = (vmax/a0) (-v - vmax ln(1 - v/vmax)),
// and a run of length s takes a vehicle from v1 to v2 with S(v2) = S(v1) + s. Speeds never reach vmax.
class AccelerationModel
{
public:
  // Throws std::invalid_argument unless a0 > 0 and vmax > 0, both finite.
  AccelerationModel( double a0Ms2, double vmaxMs );

  double initialAcceleration() const { return mA0; }
  double maxSpeed() const { return mVmax; }

  // a(v) = a0 (1 - v/vmax); zero at and above vmax. Throws for a negative or NaN speed.
  double acceleration( double speedMs ) const;

  // S(v): distance from rest to speed v [m]; +infinity at or above vmax. Throws for a negative or NaN speed.
  double runupDistance( double speedMs ) const;

  // The speed v2 after a run of distanceM from startSpeedMs: S(v2) = S(v1) + s. For a start below vmax
  // the result is below vmax and never below the start. A start at or above vmax stays at vmax (the
  // model never exceeds vmax; callers clamp entry speeds). Throws for a negative or NaN speed or distance.
  // Hot path of the approach search: a log1p, then usually one Householder step (one expm1); ~1e-15 relative.
  double speedAfter( double startSpeedMs, double distanceM ) const;

  // S(to) - S(from): the run needed to go from one speed to the other, negative when to < from (the model
  // does not brake). +infinity when only `to` is at or above vmax, -infinity when only `from` is, 0 when both.
  // Throws for a negative or NaN speed.
  double distanceBetween( double fromSpeedMs, double toSpeedMs ) const;

private:
  // G(u) = -u - ln(1 - u) with u = v/vmax: S(v) = mLengthScale * G(u).
  static double scaledRunup( double u );
  // The inverse: u with G(u) = g.
  static double scaledSpeedForRunup( double g );

  double mA0;
  double mVmax;
  double mLengthScale; // vmax^2 / a0 [m]
};

// Highest speed through a bend, sqrt(mu g R) (domain.md section 4), where a hostile driver cuts the corner
// across the whole usable width w: R = w / (1 - cos(theta/2)), theta the deflection (0 = straight on,
// pi = U-turn; its sign, left or right, does not matter). Straight on gives +infinity. Throws
// std::invalid_argument for |theta| > pi, NaN, width <= 0 or friction <= 0.
double corneringSpeedLimit( double deflectionRad, double widthM, double friction );

// Kinetic energy E = m v^2 / 2 in kJ: what a barrier must absorb.
double kineticEnergyKj( double massKg, double speedMs );

} // namespace eventsecurity::domain
