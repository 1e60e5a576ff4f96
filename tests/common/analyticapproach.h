#ifndef EVENTSECURITY_TEST_ANALYTICAPPROACH_H
#define EVENTSECURITY_TEST_ANALYTICAPPROACH_H

// The approach speeds the tests expect, worked out here from the closed forms and not from the code under
// test (vehicledynamics, approachsearch): the run-up of the linear-drag acceleration model,
// a(v) = a0 (1 - v/vmax), integrates to S(v) = (vmax/a0)(-v - vmax ln(1 - v/vmax)), inverted here by
// bisection; the bend limit is v = sqrt(mu g r) with the turning radius of a vehicle cutting a corner of
// deflection theta across a street of width w, r = w / (1 - cos(theta/2)).

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

//! Highest speed (m/s) through a bend of deflection \a thetaRad on a street \a widthM wide, friction \a mu.
inline double bendSpeedLimit( double thetaRad, double widthM, double mu )
{
  return std::sqrt( mu * kStandardGravity * widthM / ( 1 - std::cos( thetaRad / 2 ) ) );
}

} // namespace eventsecurity::test

#endif
