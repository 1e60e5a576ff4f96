#include "impactranges.h"

#include "vehicledynamics.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace eventsecurity::domain
{

namespace
{
void requirePositiveRange( const ParameterRange &range, const std::string &what )
{
  requireRange( range, what );
  if ( !( range.lower > 0 ) )
    throw std::invalid_argument( what + ": the lower bound must be > 0, not " + std::to_string( range.lower ) );
}

// The speeds of every sample at one impact point, as its spread.
ImpactSpread spreadOf( const std::vector<double> &speedsMs, double ratingPercentile, double massKg )
{
  ImpactSpread spread;
  spread.reachable = speedsMs.front() >= 0;
  if ( !spread.reachable )
    return spread;
  std::vector<double> energiesKj( speedsMs.size() );
  std::transform( speedsMs.begin(), speedsMs.end(), energiesKj.begin(),
                  [massKg]( double speedMs ) { return kineticEnergyKj( massKg, speedMs ); } );
  spread.p50SpeedMs = percentile( speedsMs, 0.5 );
  spread.p95SpeedMs = percentile( speedsMs, 0.95 );
  spread.ratingSpeedMs = percentile( speedsMs, ratingPercentile );
  spread.p50EnergyKj = percentile( energiesKj, 0.5 );
  spread.p95EnergyKj = percentile( energiesKj, 0.95 );
  spread.ratingEnergyKj = percentile( energiesKj, ratingPercentile );
  const auto [lowest, highest] = std::minmax_element( speedsMs.begin(), speedsMs.end() );
  spread.lowestSpeedMs = *lowest;
  spread.highestSpeedMs = *highest;
  return spread;
}

void requireRunOptions( const RangedRunOptions &options )
{
  if ( !( options.ratingPercentile >= kMinRatingPercentile && options.ratingPercentile <= kMaxRatingPercentile ) )
    throw std::invalid_argument( "the barrier rating's percentile must be between the median (0.5) and 0.999, not " +
                                 std::to_string( options.ratingPercentile ) );
  const int minimum = minimumSamplesForPercentile( std::max( 0.95, options.ratingPercentile ) );
  if ( options.samples < minimum )
    throw std::invalid_argument( "a sampled run needs at least " + std::to_string( minimum ) +
                                 " samples for its percentiles, not " + std::to_string( options.samples ) );
  if ( !( options.massKg > 0 ) || !std::isfinite( options.massKg ) )
    throw std::invalid_argument( "vehicle mass must be a finite number > 0 kg" );
}
} // namespace

VehicleRanges defaultVehicleRanges( double accelMs2, double maxSpeedMs, double friction, RangeShape shape )
{
  return { relativeRange( accelMs2, kAccelerationSpread, "vehicle acceleration a0", shape ),
           relativeRange( maxSpeedMs, kMaxSpeedSpread, "vehicle top speed", shape ),
           relativeRange( friction, kFrictionSpread, "friction", shape ),
           relativeRange( 1, kEntrySpeedSpread, "entry speed factor", shape ) };
}

std::vector<VehicleSample> vehicleSamples( const VehicleRanges &ranges, int samples, std::uint64_t seed,
                                           SamplingScheme scheme )
{
  requirePositiveRange( ranges.accelMs2, "vehicle acceleration a0" );
  requirePositiveRange( ranges.maxSpeedMs, "vehicle top speed" );
  requirePositiveRange( ranges.friction, "friction" );
  requireRange( ranges.entrySpeedFactor, "entry speed factor" );
  if ( !( ranges.entrySpeedFactor.lower >= 0 ) )
    throw std::invalid_argument( "entry speed factor: the lower bound must be >= 0" );
  if ( samples < 1 || samples > kMaxSamples )
    throw std::invalid_argument( "samples must be between 1 and " + std::to_string( kMaxSamples ) + ", not " +
                                 std::to_string( samples ) );
  RandomSource random( seed );
  const std::vector<std::vector<double>> unit = unitSamples( samples, 4, scheme, random );
  std::vector<VehicleSample> result;
  result.reserve( unit.size() );
  for ( const std::vector<double> &u : unit )
    result.push_back( { valueAtProbability( ranges.accelMs2, u[0] ), valueAtProbability( ranges.maxSpeedMs, u[1] ),
                        valueAtProbability( ranges.friction, u[2] ),
                        valueAtProbability( ranges.entrySpeedFactor, u[3] ) } );
  return result;
}

std::optional<std::vector<ImpactSpread>> impactSpreads( const VehicleRanges &ranges, const RangedRunOptions &options,
                                                        const ImpactSpeedsOfSample &search,
                                                        const std::function<bool()> &isCanceled )
{
  requireRunOptions( options );
  const std::vector<VehicleSample> samples = vehicleSamples( ranges, options.samples, options.seed, options.scheme );
  std::vector<std::vector<double>> speedsByPoint; // [point][sample]
  for ( std::size_t s = 0; s < samples.size(); ++s )
  {
    if ( isCanceled && isCanceled() )
      return std::nullopt;
    const std::vector<double> speeds = search( samples[s] );
    if ( s == 0 )
      speedsByPoint.assign( speeds.size(), std::vector<double>( samples.size() ) );
    if ( speeds.size() != speedsByPoint.size() )
      throw std::runtime_error( "the approach search gave a different number of impact points for another sample" );
    for ( std::size_t p = 0; p < speeds.size(); ++p )
    {
      if ( !std::isfinite( speeds[p] ) )
        throw std::runtime_error( "the approach search gave an impact speed that is not a finite number" );
      if ( s > 0 && ( speeds[p] < 0 ) != ( speedsByPoint[p][0] < 0 ) )
        throw std::runtime_error( "an impact point was reachable in some samples only" );
      speedsByPoint[p][s] = speeds[p];
    }
  }
  std::vector<ImpactSpread> spreads;
  spreads.reserve( speedsByPoint.size() );
  for ( const std::vector<double> &speeds : speedsByPoint )
    spreads.push_back( spreadOf( speeds, options.ratingPercentile, options.massKg ) );
  return spreads;
}

} // namespace eventsecurity::domain
