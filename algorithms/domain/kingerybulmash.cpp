#include "kingerybulmash.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

namespace eventsecurity::domain::kingerybulmash
{
namespace
{

// One piece of the fit: ln P = c0 + c1 u + c2 u^2 + c3 u^3 + c4 u^4 with u = ln Z, for Z in [zMin, zMax].
struct Segment
{
  double zMin;
  double zMax;
  std::array<double, 5> c;

  double logPressure( double u ) const { return c[0] + u * ( c[1] + u * ( c[2] + u * ( c[3] + u * c[4] ) ) ); }
};

// Incident overpressure, hemispherical surface burst, P in kPa (Swisdak 1994, DTIC ADA526744, table 1).
constexpr std::array<Segment, 3> kSegments{ {
    { 0.2, 2.9, { 7.2106, -2.1069, -0.3229, 0.1117, 0.0685 } },
    { 2.9, 23.8, { 7.5938, -3.0523, 0.40977, 0.0261, -0.01267 } },
    { 23.8, 198.5, { 6.0536, -1.4066, 0.0, 0.0, 0.0 } },
} };

bool isValidScaledDistance( double z )
{
  return std::isfinite( z ) && z >= kMinScaledDistance && z <= kMaxScaledDistance;
}

const Segment &segmentFor( double z )
{
  for ( const Segment &segment : kSegments )
  {
    if ( z < segment.zMax )
      return segment;
  }
  return kSegments.back();
}

// Solves segment.logPressure(u) = logTarget for u in [ln zMin, ln zMax]; each piece is strictly
// decreasing in u over its own range, so bisection is safe. nullopt if the target is not in the piece.
std::optional<double> solveInSegment( const Segment &segment, double logTarget )
{
  double uLow = std::log( segment.zMin );  // highest pressure
  double uHigh = std::log( segment.zMax ); // lowest pressure
  if ( logTarget > segment.logPressure( uLow ) || logTarget < segment.logPressure( uHigh ) )
    return std::nullopt;
  // 60 halvings of an interval shorter than 3 in ln Z leave an error far below double rounding of Z.
  for ( int i = 0; i < 60; ++i )
  {
    const double uMid = 0.5 * ( uLow + uHigh );
    if ( segment.logPressure( uMid ) >= logTarget )
      uLow = uMid;
    else
      uHigh = uMid;
  }
  // exp(ln z) may round just outside the piece; keep the answer inside the validity range.
  return std::clamp( std::exp( uLow ), segment.zMin, segment.zMax );
}

} // namespace

std::optional<double> scaledDistance( double rangeM, double chargeKg )
{
  if ( !std::isfinite( rangeM ) || !std::isfinite( chargeKg ) || rangeM < 0.0 || chargeKg <= 0.0 )
    return std::nullopt;
  // A subnormal charge makes the quotient overflow: no finite scaled distance, so no answer.
  const double z = rangeM / std::cbrt( chargeKg );
  if ( !std::isfinite( z ) )
    return std::nullopt;
  return z;
}

std::optional<double> incidentOverpressureKpa( double z )
{
  if ( !isValidScaledDistance( z ) )
    return std::nullopt;
  return std::exp( segmentFor( z ).logPressure( std::log( z ) ) );
}

std::optional<double> incidentOverpressureKpa( double rangeM, double chargeKg )
{
  const std::optional<double> z = scaledDistance( rangeM, chargeKg );
  if ( !z )
    return std::nullopt;
  return incidentOverpressureKpa( *z );
}

double minValidOverpressureKpa()
{
  return *incidentOverpressureKpa( kMaxScaledDistance );
}

double maxValidOverpressureKpa()
{
  return *incidentOverpressureKpa( kMinScaledDistance );
}

std::optional<double> scaledDistanceForOverpressure( double overpressureKpa )
{
  if ( !std::isfinite( overpressureKpa ) || overpressureKpa < minValidOverpressureKpa() ||
       overpressureKpa > maxValidOverpressureKpa() )
    return std::nullopt;
  const double logTarget = std::log( overpressureKpa );
  // Farthest piece first: where a jump makes two distances possible, the farther one is the safe answer.
  for ( auto segment = kSegments.rbegin(); segment != kSegments.rend(); ++segment )
  {
    if ( const std::optional<double> z = solveInSegment( *segment, logTarget ) )
      return z;
  }
  // The pressure falls in the gap of a downward jump (at Z = 2.9 the fit drops by about 0.05 %): the
  // nearer piece reaches it right up to the boundary, so the boundary is the answer.
  for ( std::size_t i = 0; i + 1 < kSegments.size(); ++i )
  {
    const Segment &nearer = kSegments[i];
    const Segment &farther = kSegments[i + 1];
    if ( logTarget <= nearer.logPressure( std::log( nearer.zMax ) ) &&
         logTarget > farther.logPressure( std::log( farther.zMin ) ) )
      return nearer.zMax;
  }
  return std::nullopt; // unreachable: the range check above covers every pressure
}

std::optional<double> rangeForOverpressure( double overpressureKpa, double chargeKg )
{
  if ( !std::isfinite( chargeKg ) || chargeKg <= 0.0 )
    return std::nullopt;
  const std::optional<double> z = scaledDistanceForOverpressure( overpressureKpa );
  if ( !z )
    return std::nullopt;
  return *z * std::cbrt( chargeKg );
}

} // namespace eventsecurity::domain::kingerybulmash
