#include "vehicledynamics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace eventsecurity::domain
{

namespace
{
constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

// Below this scaled speed or scaled run-up the closed forms cancel badly; their Taylor series do not.
constexpr double kSeriesThreshold = 0.1;

void requireSpeed( double speedMs )
{
  if ( !( speedMs >= 0 ) ) // also catches NaN
    throw std::invalid_argument( "vehicle speed must be a number >= 0 m/s" );
}

// g(y) = y - 1 + exp(-y) for y = -ln(1 - u) >= 0: the scaled run-up written in y, where it is smooth and
// convex (g' = 1 - exp(-y) = u, g'' = exp(-y)). expm1y = expm1(-y) is passed in, the caller needs it too.
double runupOfLogSpeed( double y, double expm1y )
{
  if ( y >= kSeriesThreshold )
    return y + expm1y;
  // y^2/2! - y^3/3! + y^4/4! - ...; terms beyond y^16 are below 1e-17 of the sum for y < 0.1.
  double term = y * y / 2;
  double sum = term;
  for ( int k = 3; k <= 16; ++k )
  {
    term *= -y / k;
    sum += term;
  }
  return sum;
}
} // namespace

AccelerationModel::AccelerationModel( double a0Ms2, double vmaxMs )
    : mA0( a0Ms2 ), mVmax( vmaxMs ), mLengthScale( vmaxMs * vmaxMs / a0Ms2 )
{
  if ( !( a0Ms2 > 0 ) || !std::isfinite( a0Ms2 ) )
    throw std::invalid_argument( "vehicle acceleration a0 must be a finite number > 0 m/s2" );
  if ( !( vmaxMs > 0 ) || !std::isfinite( vmaxMs ) )
    throw std::invalid_argument( "vehicle maximum speed must be a finite number > 0 m/s" );
  // Run-up distances scale with vmax^2/a0: it must be a finite length for S(v) to be a number.
  if ( !std::isfinite( mLengthScale ) || !( mLengthScale > 0 ) )
    throw std::invalid_argument( "vehicle maximum speed and acceleration give no finite run-up distance" );
}

double AccelerationModel::scaledRunup( double u )
{
  if ( u >= kSeriesThreshold )
    return -u - std::log1p( -u );
  // -u - ln(1 - u) = u^2/2 + u^3/3 + ...; terms beyond u^20 are below 1e-19 of the sum for u < 0.1.
  double sum = 0;
  for ( int k = 20; k >= 2; --k )
    sum = sum * u + 1.0 / k;
  return sum * u * u;
}

double AccelerationModel::scaledSpeedForRunup( double g )
{
  if ( g <= 0 )
    return 0;
  // Solve g(y) = g for y = -ln(1 - u), then u = 1 - exp(-y). g(y) <= y^2/2 and g(y) > y - 1 bracket
  // the root in [sqrt(2g), g + 1]. Start (relative error below 5e-4): for g < 1.5 the series inversion
  // y = s + s^2/6 + s^3/36 + s^4/270 + s^5/4320 - s^6/17010 - 139 s^7/5443200 - s^8/204120 (s = sqrt(2g),
  // coefficients by series reversion of g(y) = y^2/2! - y^3/3! + ...); above, the fixed point
  // y = g + 1 - exp(-y) expanded to y = h - e (1 + e), h = g + 1, e = exp(-h). Then Householder steps of
  // order 3 (quartic convergence; the derivatives 1 - exp(-y), exp(-y), -exp(-y) cost nothing more).
  double lo = std::sqrt( 2 * g );
  double hi = g + 1;
  double y;
  if ( g < 1.5 )
  {
    static constexpr double kReversion[] = { 1.0,        1.0 / 6,      1.0 / 36,         1.0 / 270,
                                             1.0 / 4320, -1.0 / 17010, -139.0 / 5443200, -1.0 / 204120 };
    y = 0;
    for ( int k = 7; k >= 0; --k ) // Horner
      y = y * lo + kReversion[k];
    y *= lo;
  }
  else
  {
    const double e = std::exp( -hi );
    y = hi - e * ( 1 + e );
  }
  y = std::clamp( y, lo, hi );
  for ( int iteration = 0; iteration < 60; ++iteration )
  {
    const double expm1y = std::expm1( -y );
    const double f = runupOfLogSpeed( y, expm1y ) - g;
    const double u = -expm1y;    // first derivative of g(y), and the answer at y
    const double e = 1 + expm1y; // second derivative, minus the third: exp(-y)
    if ( f == 0 )
      return u;
    ( f > 0 ? hi : lo ) = y;
    double step = ( 6 * f * u * u - 3 * f * f * e ) / ( 6 * u * u * u - 6 * f * u * e - f * f * e );
    if ( !( y - step >= lo && y - step <= hi ) ) // safeguard: never leave the bracket
      step = y - 0.5 * ( lo + hi );
    // A step of relative size r leaves an error of order r^4: below 1e-4 that is under rounding, so the
    // answer is taken at y - step without another evaluation: 1 - exp(-y + step) = u - e expm1(step).
    if ( std::abs( step ) <= 1e-4 * y )
    {
      const double expm1Step =
          step * ( 1 + step * ( 1.0 / 2 + step * ( 1.0 / 6 + step * ( 1.0 / 24 + step * ( 1.0 / 120 ) ) ) ) );
      return u - e * expm1Step;
    }
    y -= step;
    if ( hi - lo <= 4 * kEpsilon * hi )
      break;
  }
  return -std::expm1( -y );
}

double AccelerationModel::acceleration( double speedMs ) const
{
  requireSpeed( speedMs );
  return mA0 * std::max( 0.0, 1 - speedMs / mVmax );
}

double AccelerationModel::runupDistance( double speedMs ) const
{
  requireSpeed( speedMs );
  const double u = speedMs / mVmax;
  if ( u >= 1 )
    return kInfinity;
  return mLengthScale * scaledRunup( u );
}

double AccelerationModel::speedAfter( double startSpeedMs, double distanceM ) const
{
  requireSpeed( startSpeedMs );
  if ( !( distanceM >= 0 ) )
    throw std::invalid_argument( "run-up distance must be a number >= 0 m" );
  if ( startSpeedMs >= mVmax )
    return mVmax;
  if ( distanceM == 0 )
    return startSpeedMs;
  const double below = std::nextafter( mVmax, 0.0 );
  const double g = scaledRunup( startSpeedMs / mVmax ) + distanceM / mLengthScale;
  if ( !std::isfinite( g ) )
    return std::max( startSpeedMs, below );
  const double speed = mVmax * scaledSpeedForRunup( g );
  // Rounding may put the result a hair below the start (tiny runs) or on vmax (very long runs).
  return std::clamp( speed, startSpeedMs, std::max( startSpeedMs, below ) );
}

double AccelerationModel::distanceBetween( double fromSpeedMs, double toSpeedMs ) const
{
  const double from = runupDistance( fromSpeedMs );
  const double to = runupDistance( toSpeedMs );
  if ( std::isinf( from ) && std::isinf( to ) )
    return 0;
  return to - from;
}

double corneringSpeedLimit( double deflectionRad, double widthM, double friction )
{
  constexpr double kPi = 3.14159265358979323846;
  if ( !( std::abs( deflectionRad ) <= kPi * ( 1 + 1e-12 ) ) )
    throw std::invalid_argument( "turn deflection must be a number between -pi and pi" );
  if ( !( friction > 0 ) )
    throw std::invalid_argument( "tyre-road friction coefficient must be a number > 0" );
  return bendSpeedLimitMs( racingLineRadiusM( deflectionRad, widthM, 0 ), friction * kStandardGravity );
}

double racingLineRadiusM( double turnRad, double widthM, double innerRadiusM )
{
  if ( !std::isfinite( turnRad ) )
    throw std::invalid_argument( "bend turn must be a finite number of radians" );
  if ( !( widthM > 0 ) )
    throw std::invalid_argument( "carriageway width must be a number > 0 m" );
  if ( !( innerRadiusM >= 0 ) )
    throw std::invalid_argument( "bend inner radius must be a number >= 0 m" );
  constexpr double kPi = 3.14159265358979323846;
  // 1 - cos(theta/2) = 2 sin^2(theta/4), without cancellation for gentle bends.
  const double quarterSine = std::sin( std::min( std::abs( turnRad ), kPi ) / 4 );
  const double oneMinusCos = 2 * quarterSine * quarterSine;
  if ( oneMinusCos == 0 )
    return kInfinity;
  return innerRadiusM + widthM / oneMinusCos;
}

double lateralAccelerationLimitMs2( double friction, double rolloverThresholdG )
{
  if ( !( friction > 0 ) )
    throw std::invalid_argument( "tyre-road friction coefficient must be a number > 0" );
  if ( !( rolloverThresholdG > 0 ) )
    throw std::invalid_argument( "rollover threshold must be a number > 0 g" );
  return kStandardGravity * std::min( friction, rolloverThresholdG );
}

double bendSpeedLimitMs( double radiusM, double lateralAccelerationMs2 )
{
  if ( !( radiusM >= 0 ) )
    throw std::invalid_argument( "bend radius must be a number >= 0 m" );
  if ( !( lateralAccelerationMs2 > 0 ) )
    throw std::invalid_argument( "lateral acceleration limit must be a number > 0 m/s2" );
  return std::sqrt( lateralAccelerationMs2 * radiusM );
}

double kineticEnergyKj( double massKg, double speedMs )
{
  return 0.5 * massKg * speedMs * speedMs / 1000.0;
}

} // namespace eventsecurity::domain
