#include "sampling.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <utility>

namespace eventsecurity::domain
{

namespace
{
std::string text( double value )
{
  char buffer[32];
  std::snprintf( buffer, sizeof buffer, "%g", value );
  return buffer;
}

void requireProbability( double probability, const char *what )
{
  if ( !( probability >= 0 && probability <= 1 ) )
    throw std::invalid_argument( std::string( what ) + " must be a probability between 0 and 1, not " +
                                 text( probability ) );
}
} // namespace

double RandomSource::uniform01()
{
  // 2^-53, exact: the 53 top bits give every multiple of 2^-53 in [0, 1).
  constexpr double kUnit = 1.0 / 9007199254740992.0;
  return static_cast<double>( next() >> 11 ) * kUnit;
}

std::uint64_t RandomSource::below( std::uint64_t n )
{
  if ( n == 0 )
    throw std::invalid_argument( "a random index needs a range of at least one value" );
  // 2^64 mod n, in 64-bit arithmetic: (2^64 - n) mod n. Outputs below 2^64 - that are a whole number of
  // ranges of n, so x mod n is uniform on them.
  const std::uint64_t excess = ( 0 - n ) % n;
  std::uint64_t x = next();
  while ( x > ~std::uint64_t( 0 ) - excess )
    x = next();
  return x % n;
}

void requireRange( const ParameterRange &range, const std::string &what )
{
  if ( !std::isfinite( range.lower ) || !std::isfinite( range.mode ) || !std::isfinite( range.upper ) )
    throw std::invalid_argument( what + ": the bounds of a range must be finite numbers" );
  if ( !( range.lower <= range.upper ) )
    throw std::invalid_argument( what + ": the upper bound " + text( range.upper ) + " is below the lower bound " +
                                 text( range.lower ) );
  if ( range.shape == RangeShape::Triangular && !( range.lower <= range.mode && range.mode <= range.upper ) )
    throw std::invalid_argument( what + ": the most likely value " + text( range.mode ) + " is outside " +
                                 text( range.lower ) + " to " + text( range.upper ) );
}

ParameterRange relativeRange( double value, double spreadFraction, const std::string &what, RangeShape shape )
{
  if ( !( value > 0 ) || !std::isfinite( value ) )
    throw std::invalid_argument( what + " must be a finite number > 0, not " + text( value ) );
  if ( !( spreadFraction >= 0 && spreadFraction <= kMaxRelativeSpread ) )
    throw std::invalid_argument( what + ": a relative spread must be between 0 and " + text( kMaxRelativeSpread ) +
                                 " (the lower bound stays above zero), not " + text( spreadFraction ) );
  return { value * ( 1 - spreadFraction ), value, value * ( 1 + spreadFraction ), shape };
}

double valueAtProbability( const ParameterRange &range, double u )
{
  requireRange( range, "parameter range" );
  requireProbability( u, "cumulative probability" );
  const double width = range.upper - range.lower;
  if ( range.shape == RangeShape::Uniform || width == 0 )
    return range.lower + u * width;
  const double below = range.mode - range.lower;
  const double above = range.upper - range.mode;
  // u <= F(mode) = below / width  <=>  u width <= below (no division: exact at the mode).
  if ( u * width <= below )
    return range.lower + std::sqrt( u * width * below );
  return range.upper - std::sqrt( ( 1 - u ) * width * above );
}

std::vector<std::vector<double>> unitSamples( int samples, int dimensions, SamplingScheme scheme, RandomSource &random )
{
  if ( samples < 1 || dimensions < 1 )
    throw std::invalid_argument( "a sampled run needs at least one sample and one parameter" );
  std::vector<std::vector<double>> points( static_cast<std::size_t>( samples ),
                                           std::vector<double>( static_cast<std::size_t>( dimensions ) ) );
  for ( int d = 0; d < dimensions; ++d )
  {
    if ( scheme == SamplingScheme::Independent )
    {
      for ( auto &point : points )
        point[d] = random.uniform01();
      continue;
    }
    std::vector<int> stratum( static_cast<std::size_t>( samples ) );
    for ( int i = 0; i < samples; ++i )
      stratum[i] = i;
    for ( int i = samples - 1; i >= 1; --i ) // Fisher-Yates: every permutation equally likely
      std::swap( stratum[i], stratum[random.below( static_cast<std::uint64_t>( i ) + 1 )] );
    for ( int i = 0; i < samples; ++i )
      points[i][d] = ( stratum[i] + random.uniform01() ) / samples;
  }
  return points;
}

double percentile( std::vector<double> values, double probability )
{
  requireProbability( probability, "percentile" );
  if ( values.empty() )
    throw std::invalid_argument( "a percentile needs at least one value" );
  for ( double value : values )
    if ( std::isnan( value ) )
      throw std::invalid_argument( "a percentile of values that are not numbers (NaN)" );
  std::sort( values.begin(), values.end() );
  const double h = ( values.size() - 1 ) * probability;
  const std::size_t below = static_cast<std::size_t>( std::floor( h ) );
  if ( below + 1 >= values.size() )
    return values.back();
  return values[below] + ( h - below ) * ( values[below + 1] - values[below] );
}

int samplesForPercentile( double probability, double halfWidth )
{
  if ( !( probability > 0 && probability < 1 ) )
    throw std::invalid_argument( "percentile must be a probability strictly between 0 and 1, not " +
                                 text( probability ) );
  if ( !( halfWidth > 0 && halfWidth <= std::min( probability, 1 - probability ) ) )
    throw std::invalid_argument( "precision of a percentile must be a probability > 0 and at most " +
                                 text( std::min( probability, 1 - probability ) ) + ", not " + text( halfWidth ) );
  const double needed = kNormal975 * kNormal975 * probability * ( 1 - probability ) / ( halfWidth * halfWidth );
  if ( !( needed < kMaxSamples ) )
    throw std::invalid_argument( "that precision needs more than " + std::to_string( kMaxSamples ) + " samples" );
  return static_cast<int>( std::ceil( needed ) );
}

int minimumSamplesForPercentile( double probability )
{
  if ( !( probability > 0 && probability < 1 ) )
    throw std::invalid_argument( "percentile must be a probability strictly between 0 and 1, not " +
                                 text( probability ) );
  // ceil(1 / q) with q = min(p, 1 - p); the small allowance keeps 1 / 0.05 = 20 at 20 despite rounding.
  return static_cast<int>( std::ceil( 1 / std::min( probability, 1 - probability ) - 1e-9 ) );
}

void requireSampleBudget( int samples, double secondsPerSample, double maxSeconds )
{
  if ( samples < 1 || samples > kMaxSamples )
    throw std::invalid_argument( "samples must be between 1 and " + std::to_string( kMaxSamples ) + ", not " +
                                 std::to_string( samples ) );
  if ( !( secondsPerSample >= 0 ) || !std::isfinite( secondsPerSample ) )
    throw std::invalid_argument( "the time of one sample must be a finite number >= 0 s" );
  if ( !( maxSeconds > 0 ) )
    throw std::invalid_argument( "the time limit of a sampled run must be a number > 0 s" );
  const double estimate = samples * secondsPerSample;
  if ( estimate > maxSeconds )
  {
    const int fitting = static_cast<int>( std::floor( maxSeconds / secondsPerSample ) );
    throw std::invalid_argument( std::to_string( samples ) + " samples at about " + text( secondsPerSample ) +
                                 " s each would take about " + text( std::ceil( estimate / 60 ) ) +
                                 " min, more than the limit of " + text( maxSeconds / 60 ) + " min: use at most " +
                                 std::to_string( fitting ) + " samples" );
  }
}

} // namespace eventsecurity::domain
