#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

// Sampling uncertain inputs so that a run repeats bit for bit on any platform, and percentiles of what
// comes out. Used to give impact speeds as ranges (issue 16, impactranges.h).
//
// REPRODUCIBILITY. std::mt19937_64 is specified exactly by the C++ standard ([rand.predef]: its 10000th
// output from the default seed is 9981545732273789042); the standard's distributions are not (each library
// implements them its own way), and neither are log, exp or cos. So the transforms here use only integer
// operations, +, -, x, / and sqrt, which IEEE 754 rounds exactly: the same seed gives the same sampled
// values everywhere. (What a model then computes from them may still differ in the last bits where it
// calls log or exp.)
namespace eventsecurity::domain
{

// The seed of a sampled run unless the caller gives one: the standard's default seed of the Mersenne
// Twister (any fixed number would do; runs repeat because it is fixed).
constexpr std::uint64_t kDefaultSamplingSeed = std::mt19937_64::default_seed;

//! A seeded random source whose outputs are the same on every platform.
class RandomSource
{
public:
  explicit RandomSource( std::uint64_t seed = kDefaultSamplingSeed ) : mEngine( seed ) {}

  //! The next raw output of std::mt19937_64.
  std::uint64_t next() { return mEngine(); }

  //! Uniform on [0, 1): the top 53 bits of the next output x 2^-53 (every double of that grid equally likely).
  double uniform01();

  //! Uniform integer in [0, n), unbiased: outputs at or above the largest multiple of n are drawn again. n >= 1.
  std::uint64_t below( std::uint64_t n );

private:
  std::mt19937_64 mEngine;
};

//! How a parameter's values are spread between its bounds.
enum class RangeShape
{
  Uniform,    // every value between the bounds equally likely
  Triangular, // most likely at the mode, falling linearly to zero at the bounds
};

/**
 * An uncertain parameter: lower <= mode <= upper. UNIFORM is the default: when only the bounds are
 * known it assumes nothing more (the maximum-entropy distribution on an interval, Jaynes 1957, Physical
 * Review 106, 620-630), and for the same bounds its upper percentiles are higher than the triangular's
 * (for bounds symmetric about the mode the 95th percentile lies 0.9 of the half-width above the mode,
 * against 0.68 for the triangular): the safe side for an impact speed. TRIANGULAR
 * (mode = the deterministic value) says the deterministic value is the best estimate.
 */
struct ParameterRange
{
  double lower = 0;
  double mode = 0; // used by Triangular only
  double upper = 0;
  RangeShape shape = RangeShape::Uniform;
};

//! A relative spread may be at most 90 %: the lower bound must stay above zero.
constexpr double kMaxRelativeSpread = 0.9;

/**
 * value x (1 - spread) to value x (1 + spread), mode value. Throws std::invalid_argument (naming
 * \a what) for a value that is not a finite number > 0 or a spread outside [0, kMaxRelativeSpread].
 */
ParameterRange relativeRange( double value, double spreadFraction, const std::string &what,
                              RangeShape shape = RangeShape::Uniform );

//! Throws std::invalid_argument (naming \a what) unless lower <= mode <= upper, all finite.
void requireRange( const ParameterRange &range, const std::string &what );

/**
 * The value at cumulative probability u in [0, 1] (the inverse distribution function): uniform
 * lower + u (upper - lower); triangular lower + sqrt(u (upper - lower)(mode - lower)) below the mode's
 * probability (mode - lower) / (upper - lower), upper - sqrt((1 - u)(upper - lower)(upper - mode)) above.
 * Throws std::invalid_argument for u outside [0, 1] or a bad range.
 */
double valueAtProbability( const ParameterRange &range, double u );

//! How the points of a sampled run are placed.
enum class SamplingScheme
{
  // Each dimension cut into N equal strata, one point in each, strata paired at random between dimensions
  // (McKay, Beckman, Conover 1979, Technometrics 21(2) 239-245). Their theorem: for an output monotone in
  // each input the mean of any monotone function of it (such as the fraction of samples below a speed)
  // varies less than with N independent points, so percentiles come out at least as close; for an output
  // that depends mostly on one input, far closer. Impact speeds rise with acceleration, top speed,
  // friction and entry speed: monotone. (For any output, never worse than N - 1 independent points:
  // Owen 2013, Monte Carlo theory, methods and examples, chapter 10.)
  LatinHypercube,
  Independent, // N independent uniform points
};

/**
 * \a samples points in [0, 1)^\a dimensions, row by row (one row per sample). Latin hypercube: per
 * dimension a random permutation (Fisher-Yates with RandomSource::below, dimension after dimension) and
 * then (stratum + uniform01()) / N for each sample in turn. Throws std::invalid_argument for samples < 1
 * or dimensions < 1.
 */
std::vector<std::vector<double>> unitSamples( int samples, int dimensions, SamplingScheme scheme,
                                              RandomSource &random );

/**
 * The p-quantile of \a values by linear interpolation between order statistics: Hyndman and Fan 1996
 * (The American Statistician 50(4) 361-365) definition 7, the default of R and NumPy: with the values
 * sorted x[0] <= ... <= x[n-1], h = (n - 1) p and x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
 * Throws std::invalid_argument for no values, a NaN value or p outside [0, 1].
 */
double percentile( std::vector<double> values, double probability );

// Two-sided 95 % point of the standard normal distribution (z with Phi(z) = 0.975).
constexpr double kNormal975 = 1.959963984540054;

/**
 * Samples for the p-quantile's estimate to lie, with 95 % confidence, between the true (p - h) and
 * (p + h) quantiles, whatever the distribution: the number of independent samples below the true
 * p-quantile is binomial(N, p), so N = ceil(z^2 p (1 - p) / h^2) by its normal approximation (e.g. p =
 * 0.95, h = 0.01: 1,825; h = 0.02: 457). Latin hypercube sampling needs no more (see SamplingScheme).
 * Throws std::invalid_argument for p outside (0, 1) or h outside (0, min(p, 1 - p)].
 */
int samplesForPercentile( double probability, double halfWidth );

//! At least 1 / min(p, 1 - p) samples: fewer cannot tell the p-quantile from the extreme value (20 for the 95th).
int minimumSamplesForPercentile( double probability );

// At most this many samples: the 95th percentile to +-0.0014 in probability (samplesForPercentile); more
// adds nothing a planner can use. A judgement call.
constexpr int kMaxSamples = 100000;
// At most this long a sampled run is allowed to take [s]: a planning run, not an overnight job. A judgement call.
constexpr double kMaxSamplingSeconds = 30 * 60;

/**
 * Refuses a sampled run that would take too long: throws std::invalid_argument, naming the estimate and
 * the largest sample count that fits, when samples x secondsPerSample > maxSeconds; also for samples
 * outside [1, kMaxSamples] or a cost that is not a finite number >= 0. \a secondsPerSample is measured by
 * the caller (e.g. the time of the deterministic run).
 */
void requireSampleBudget( int samples, double secondsPerSample, double maxSeconds = kMaxSamplingSeconds );

} // namespace eventsecurity::domain
