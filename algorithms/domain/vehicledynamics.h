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

// Radius of the fastest path through a bend, m (issue 11 item 1). The bend turns by theta in all (its sign does
// not matter); its inner edge is an arc of radius Ri; the driver uses the usable width w. The racing line is
// the circle tangent to the OUTER edges before and after the bend that touches the inner edge at its apex.
// Derivation: the outer edges are the lines at distance Ri + w from the inner arc's centre O, meeting at P on
// the bisector, |OP| = (Ri + w) / cos(theta/2). A circle of radius R tangent to both lines has its centre on the
// bisector at R / cos(theta/2) from P, so its point nearest O lies R (1/cos(theta/2) - 1) from P; the inner
// arc's apex lies |OP| - Ri from P. Equal: R (1 - cos(theta/2)) = Ri (1 - cos(theta/2)) + w, i.e.
//   R = Ri + w / (1 - cos(theta/2)).
// Ri = 0 is a sharp corner cut across the width, today's corneringSpeedLimit radius. At theta = pi the outer
// edges are parallel and R = Ri + w (a semicircle on the outer edge); a bend turning more than pi is taken as pi:
// its fastest path is no faster than that of the half turn inside it, so pi gives an upper bound (safe side).
// Straight on (theta = 0) or an infinite Ri gives +infinity. Throws std::invalid_argument for a NaN or infinite
// turn, a width <= 0 or NaN, or a negative or NaN inner radius.
double racingLineRadiusM( double turnRad, double widthM, double innerRadiusM );

// Highest steady lateral acceleration, m/s^2: g x the lower of the tyre-road friction mu (sliding) and the
// vehicle's static rollover threshold in g (rolling over; issue 11 item 10). Throws std::invalid_argument unless
// friction > 0 and the threshold > 0 (an infinite threshold means none).
double lateralAccelerationLimitMs2( double friction, double rolloverThresholdG );

// Highest speed on a circle of radius R, m/s: v = sqrt(a R) (domain.md section 4: v <= sqrt(mu g r), with
// a = mu g). +infinity for an infinite radius. Throws std::invalid_argument for a radius < 0 or a <= 0 or NaN.
double bendSpeedLimitMs( double radiusM, double lateralAccelerationMs2 );

// Highest speed through a sharp corner, sqrt(mu g R) (domain.md section 4), where a hostile driver cuts the
// corner across the whole usable width w: R = racingLineRadiusM( theta, w, 0 ) = w / (1 - cos(theta/2)), theta
// the deflection (0 = straight on, pi = U-turn; its sign, left or right, does not matter). Straight on gives
// +infinity. Throws std::invalid_argument for |theta| > pi, NaN, width <= 0 or friction <= 0.
double corneringSpeedLimit( double deflectionRad, double widthM, double friction );

// Kinetic energy E = m v^2 / 2 in kJ: what a barrier must absorb.
double kineticEnergyKj( double massKg, double speedMs );

} // namespace eventsecurity::domain
