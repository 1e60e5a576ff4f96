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

namespace detail
{
struct Vec
{
  double x, y;
};
inline Vec operator+( Vec a, Vec b )
{
  return { a.x + b.x, a.y + b.y };
}
inline Vec operator*( double s, Vec a )
{
  return { s * a.x, s * a.y };
}
inline double dot( Vec a, Vec b )
{
  return a.x * b.x + a.y * b.y;
}
} // namespace detail

//! The open-ground turn (opengroundturn.h) by construction, for the tests (not its closed forms): a LEFT turn by
//! \a theta at the origin, the way in along +x, the way out along (cos, sin); outer rooms w1, w2 (right of travel),
//! inner rooms v1, v2, straight runs t1 (behind the node on the way in), t2 (ahead on the way out). A circle of radius
//! R whose centre lies R inside both outer lines (the legs shifted o1 <= w1, o2 <= w2 to the right) touches them at
//! C + R n_i. It is admissible when both touching points lie on the runs and no point of the arc between them
//! (sampled, and the one nearest the inner corner) lies beyond both inner edges (p.n_i < -v_i), the inside of the
//! corner, where the inner corner lies within the runs. The largest admissible R (bisection, up to 1e5 m) over the
//! offsets (nested ternary searches).
inline double turnRadiusByConstruction( double theta, double w1, double w2, double v1, double v2, double t1, double t2 )
{
  using detail::Vec;
  const Vec d1{ 1, 0 }, d2{ std::cos( theta ), std::sin( theta ) };
  const Vec n1{ 0, -1 }, n2{ std::sin( theta ), -std::cos( theta ) }; // outer (right) normals
  // The point p with p.n1 = a, p.n2 = b (two lines), by Cramer's rule.
  const auto meet = [&]( double a, double b )
  {
    const double det = n1.x * n2.y - n1.y * n2.x;
    return Vec{ ( a * n2.y - n1.y * b ) / det, ( n1.x * b - a * n2.x ) / det };
  };
  const Vec corner = meet( -v1, -v2 );
  const bool cornerWithin = -dot( corner, d1 ) <= t1 && dot( corner, d2 ) <= t2;
  const auto admissible = [&]( double r, double o1, double o2 )
  {
    const Vec c = meet( o1 - r, o2 - r );
    const Vec touch1 = c + r * n1, touch2 = c + r * n2;
    if ( -dot( touch1, d1 ) > t1 + 1e-9 || dot( touch2, d2 ) > t2 + 1e-9 )
      return false;
    if ( !cornerWithin )
      return true;
    const auto inside = [&]( double phi ) // the arc's point at n1 turned counter-clockwise by phi
    {
      const Vec u{ n1.x * std::cos( phi ) - n1.y * std::sin( phi ), n1.x * std::sin( phi ) + n1.y * std::cos( phi ) };
      const Vec p = c + r * u;
      return dot( p, n1 ) < -v1 - 1e-9 * r && dot( p, n2 ) < -v2 - 1e-9 * r;
    };
    constexpr int kSamples = 64;
    for ( int k = 0; k <= kSamples; ++k )
      if ( inside( theta * k / kSamples ) )
        return false;
    // Near the inner corner the arc may dip into the corner's wedge over less than a sample: test the arc's point
    // nearest the corner too.
    const Vec toCorner = corner + ( -1 ) * c;
    const double phi = std::atan2( n1.x * toCorner.y - n1.y * toCorner.x, dot( n1, toCorner ) );
    return !( phi >= 0 && phi <= theta && inside( phi ) );
  };
  // The largest admissible radius for given offsets, by bisection (admissibility shrinks as R grows).
  const auto largest = [&]( double o1, double o2 )
  {
    double lo = 0, hi = 1e5;
    if ( !admissible( lo, o1, o2 ) )
      return 0.0;
    for ( int k = 0; k < 56; ++k )
    {
      const double mid = 0.5 * ( lo + hi );
      ( admissible( mid, o1, o2 ) ? lo : hi ) = mid;
    }
    return lo;
  };
  // Over the offsets: the bound is the least of limits each monotone in each offset, so it is unimodal along each:
  // nested ternary searches.
  const auto ternary = [&]( double low, double high, auto &&f )
  {
    for ( int k = 0; k < 32; ++k )
    {
      const double a = low + ( high - low ) / 3, b = high - ( high - low ) / 3;
      if ( f( a ) < f( b ) )
        low = a;
      else
        high = b;
    }
    return f( 0.5 * ( low + high ) );
  };
  return ternary( 0, w2,
                  [&]( double o2 ) { return ternary( 0, w1, [&]( double o1 ) { return largest( o1, o2 ); } ); } );
}
} // namespace eventsecurity::test

#endif
