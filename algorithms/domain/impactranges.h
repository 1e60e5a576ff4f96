#pragma once

#include "sampling.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

// Impact speeds as ranges (issue 16 part 2): the vehicle's acceleration, top speed, the road's friction
// and the speed it enters the study area at are estimates. A sampled run draws them from ranges, runs the
// approach search once per sample (the street graph is built once) and gives, per impact point, the
// median and the 95th percentile speed and energy, and the speed at the percentile the barrier rating is
// chosen on. Independent of the graph: the search is a function passed in.
namespace eventsecurity::domain
{

// Default spreads around the deterministic values, each a judgement call (domain.md section 4: no
// primary source for the class figures):
// a0 +-30 %: the class accelerations are read from 0-100 km/h times, which vary that much within a class.
constexpr double kAccelerationSpread = 0.3;
// vmax +-10 %: top speeds within a class vary less than accelerations.
constexpr double kMaxSpeedSpread = 0.1;
// Friction +-15 %: 0.7 becomes 0.60-0.81, covering domain.md's dry 0.7-0.8 and worn tyres or dusty
// asphalt below.
constexpr double kFrictionSpread = 0.15;
// Entry speeds +-20 %: drivers keep to a speed limit only roughly (50 km/h: 40-60 km/h).
constexpr double kEntrySpeedSpread = 0.2;
// The percentile the barrier rating is chosen on: the 95th (issue 16). The user may pick from the median
// up: a lower one would rate barriers for fewer than half of the plausible vehicles.
constexpr double kRatingPercentile = 0.95;
constexpr double kMinRatingPercentile = 0.5;
constexpr double kMaxRatingPercentile = 0.999;

//! The inputs of one approach search.
struct VehicleSample
{
  double accelMs2 = 0;         // a0 of the AccelerationModel
  double maxSpeedMs = 0;       // vmax of the AccelerationModel
  double friction = 0;         // ApproachOptions::friction
  double entrySpeedFactor = 1; // multiplies the speed of every ApproachOptions::entries start
};

//! The ranges the samples are drawn from.
struct VehicleRanges
{
  ParameterRange accelMs2;
  ParameterRange maxSpeedMs;
  ParameterRange friction;
  ParameterRange entrySpeedFactor;
};

//! The default ranges around a deterministic vehicle and friction (the spreads above); entry speeds as a factor
//! around 1.
VehicleRanges defaultVehicleRanges( double accelMs2, double maxSpeedMs, double friction,
                                    RangeShape shape = RangeShape::Uniform );

/**
 * \a samples vehicle samples from \a seed: unitSamples with 4 dimensions in the order a0, vmax, friction,
 * entry factor, each mapped through valueAtProbability. The same seed gives the same samples on every
 * platform. Throws std::invalid_argument for a bad range (naming it), samples outside [1, kMaxSamples], or
 * a range that allows a0, vmax or friction <= 0 or an entry factor < 0.
 */
std::vector<VehicleSample> vehicleSamples( const VehicleRanges &ranges, int samples, std::uint64_t seed,
                                           SamplingScheme scheme = SamplingScheme::LatinHypercube );

//! A sampled run's settings.
struct RangedRunOptions
{
  int samples = 0; // >= minimumSamplesForPercentile of the rating percentile (20 for the 95th)
  std::uint64_t seed = kDefaultSamplingSeed;
  SamplingScheme scheme = SamplingScheme::LatinHypercube;
  double ratingPercentile = kRatingPercentile;
  double massKg = 0; // for the energies (kineticEnergyKj), > 0
};

//! One impact point over the samples. Speeds in m/s, energies in kJ.
struct ImpactSpread
{
  bool reachable = false;
  double p50SpeedMs = 0;
  double p95SpeedMs = 0;
  double ratingSpeedMs = 0; // at RangedRunOptions::ratingPercentile
  double p50EnergyKj = 0;
  double p95EnergyKj = 0;
  double ratingEnergyKj = 0;
  double lowestSpeedMs = 0;
  double highestSpeedMs = 0;
};

//! Runs the search for one sample: the impact speed [m/s] at each impact point, in a fixed order; < 0 = unreachable.
using ImpactSpeedsOfSample = std::function<std::vector<double>( const VehicleSample & )>;

/**
 * Draws the samples (vehicleSamples), calls \a search for each, and returns per impact point the
 * percentiles (percentile(): Hyndman-Fan 7) of the speeds and of the energies m v^2 / 2 (taken over the
 * energies, not the energy of the speed percentile). Reachability depends on the graph only: a point
 * unreachable in one sample must be unreachable in all. Returns std::nullopt when \a isCanceled (asked
 * before each sample) says so. Throws std::invalid_argument for a rating percentile outside
 * [kMinRatingPercentile, kMaxRatingPercentile], fewer samples than minimumSamplesForPercentile of it, a
 * mass that is not a finite number > 0, or bad ranges; std::runtime_error when \a search returns a
 * different number of points from one sample to the next, a NaN or infinite speed, or a point reachable
 * in some samples only.
 */
std::optional<std::vector<ImpactSpread>> impactSpreads( const VehicleRanges &ranges, const RangedRunOptions &options,
                                                        const ImpactSpeedsOfSample &search,
                                                        const std::function<bool()> &isCanceled = {} );

} // namespace eventsecurity::domain
