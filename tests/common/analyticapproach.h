#ifndef EVENTSECURITY_TEST_ANALYTICAPPROACH_H
#define EVENTSECURITY_TEST_ANALYTICAPPROACH_H

// The approach speeds the tests expect, worked out here from the closed forms and not from the code under
// test (vehicledynamics, bendgeometry, approachsearch): the run-up of the linear-drag acceleration model,
// a(v) = a0 (1 - v/vmax), integrates to S(v) = (vmax/a0)(-v - vmax ln(1 - v/vmax)), inverted here by
// bisection; the bend limit is v = sqrt(a r) with the radius of the fastest path through a bend of total turn
// theta, inner-edge radius ri, usable width w: r = ri + w / (1 - cos(theta/2)) (the racing line touching the
// outer edges before and after and the inner edge at the apex; theta at most pi), a = mu g or the rollover
// threshold's g, the lower. A sharp corner has ri = 0; a bend of centreline radius rc has ri = rc - w/2.

#include <cmath>

namespace eventsecurity::test
{

//! Speed against distance for a vehicle accelerating from rest with a(v) = a0 (1 - v/vmax).
struct AccelerationCurve
{
  double a0;   //!< m/s^2 at standstill
  double vmax; //!< m/s

  //! Distance (m) to reach speed \a v (m/s) from rest.
  double runup( double v ) const { return ( vmax / a0 ) * ( -v - vmax * std::log( 1 - v / vmax ) ); }

  //! Speed (m/s) after \a s metres from rest: runup() inverted by bisection.
  double speedAfter( double s ) const
  {
    double lo = 0, hi = vmax;
    for ( int i = 0; i < 200; ++i )
    {
      const double mid = 0.5 * ( lo + hi );
      ( runup( mid ) < s ? lo : hi ) = mid;
    }
    return 0.5 * ( lo + hi );
  }
};

constexpr double kStandardGravity = 9.80665; // m/s^2

//! Highest speed (m/s) through a sharp corner of deflection \a thetaRad on a street \a widthM wide, friction \a mu.
inline double bendSpeedLimit( double thetaRad, double widthM, double mu )
{
  return std::sqrt( mu * kStandardGravity * widthM / ( 1 - std::cos( thetaRad / 2 ) ) );
}

//! Radius (m) of the fastest path through a bend turning by \a thetaRad, inner edge radius \a innerRadiusM.
inline double racingRadius( double thetaRad, double innerRadiusM, double widthM )
{
  const double halfTurn = std::fmin( thetaRad, 3.14159265358979323846 ) / 2;
  return innerRadiusM + widthM / ( 1 - std::cos( halfTurn ) );
}

//! Highest speed (m/s) through a bend of centreline radius \a rcM turning by \a thetaRad, lateral limit \a a.
inline double curveSpeed( double thetaRad, double rcM, double widthM, double lateralMs2 )
{
  return std::sqrt( lateralMs2 * racingRadius( thetaRad, std::fmax( 0.0, rcM - widthM / 2 ), widthM ) );
}

//! Highest speed (m/s) through a junction turn of \a thetaRad with kerb radius \a kerbM.
inline double junctionSpeed( double thetaRad, double kerbM, double widthM, double lateralMs2 )
{
  return std::sqrt( lateralMs2 * racingRadius( thetaRad, kerbM, widthM ) );
}

} // namespace eventsecurity::test

#endif
