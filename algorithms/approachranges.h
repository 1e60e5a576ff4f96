#pragma once

#include "impactranges.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class QgsProcessingFeedback;

namespace eventsecurity
{

class ApproachStudy;
struct ApproachSettings;

/**
 * How the approach model runs over ranges of its uncertain inputs (issue 16 part 2; domain impactranges.h): the
 * parameters SAMPLES, SEED, RATING_PERCENTILE, ACCEL_SPREAD_PCT, MAX_SPEED_SPREAD_PCT, FRICTION_SPREAD_PCT,
 * ENTRY_SPEED_SPREAD_PCT, RANGE_SHAPE and MAX_SAMPLING_MINUTES, as fractions and seconds.
 */
struct ImpactRangeSettings
{
  int samples = 0;                                        //!< 0: the deterministic run only (the default)
  std::uint64_t seed = domain::kDefaultSamplingSeed;      //!< the samples repeat for the same seed
  double ratingPercentile = domain::kRatingPercentile;    //!< the ratings' percentile, as a probability
  double accelSpread = domain::kAccelerationSpread;       //!< a0 from a0 (1 - spread) to a0 (1 + spread)
  double maxSpeedSpread = domain::kMaxSpeedSpread;        //!< vmax likewise
  double frictionSpread = domain::kFrictionSpread;        //!< FRICTION likewise
  double entrySpeedSpread = domain::kEntrySpeedSpread;    //!< every entry speed times 1 -+ spread
  domain::RangeShape shape = domain::RangeShape::Uniform; //!< how values spread between the bounds
  double maxSeconds = domain::kMaxSamplingSeconds;        //!< a longer ranged run is refused
};

/**
 * The sample count the help recommends: 500 gives the 95th percentile to +-2 percentage points of probability with
 * independent samples (domain samplesForPercentile(0.95, 0.02) = 457; Latin hypercube sampling does better) and
 * takes 0.3 to 0.7 s on the Montevideo sample venue (0.65-1.4 ms a sample) and 1.5 to 5 minutes on a 100,000-edge
 * network (0.13-0.55 s a sample), as bench_vehicleapproach measured them on a 2-core machine under varying load.
 */
constexpr int kRecommendedSamples = 500;

/**
 * The ranges around the study's deterministic vehicle (a0, vmax), FRICTION and entry speeds (a factor around 1)
 * with the settings' spreads. Throws QgsProcessingException, naming the spread parameter, for a spread outside
 * 0-90 % or an upper bound above what any real vehicle or road has (domain physicalbounds.h).
 */
domain::VehicleRanges vehicleRanges( const ApproachSettings &settings );

//! The deterministic inputs as a sample: the vehicle's a0 and vmax, FRICTION, entry speeds as they are.
domain::VehicleSample deterministicSample( const ApproachSettings &settings );

/**
 * The speed the ratings are chosen on: without a spread the deterministic \a speedMs; with one its rating
 * percentile's speed, but never below \a speedMs, so that a ranged run never asks for a weaker barrier than the
 * single run.
 */
double ratingSpeedMs( double speedMs, const std::optional<domain::ImpactSpread> &spread );

/**
 * The approach search of \a study re-run on its graph, bends and entries with another vehicle and road: the
 * sample's a0, vmax and friction, every entry speed times its factor (at most its vmax). The fastest impact speed in
 * m/s (-1: unreachable) at each edge impact, then at each crossing, then at each open-ground target, in the order of
 * edgeImpacts(), crossings() and openGround()->targetImpacts(); nullopt when \a isCanceled said so.
 */
std::optional<std::vector<double>> impactSpeedsWith( const ApproachStudy &study, const domain::VehicleSample &sample,
                                                     const std::function<bool()> &isCanceled );

/**
 * The ranged run of \a study, after its deterministic run (settings().ranges.samples > 0): times one search with
 * the deterministic inputs (and checks it gives the study's speeds), refuses a sample count that would take longer
 * than the limit (domain requireSampleBudget), then draws the samples and runs the search once per sample
 * (impactSpeedsWith()), logging what it did. Returns per impact point, edgeImpacts(), crossings() then the open
 * ground's targets, the spread over the samples; nullopt when cancelled (asked before each sample and inside each
 * search). Progress goes from \a progressFrom to \a progressTo. Throws QgsProcessingException with what to change.
 */
std::optional<std::vector<domain::ImpactSpread>> sampleImpactSpreads( const ApproachStudy &study,
                                                                      QgsProcessingFeedback *feedback,
                                                                      double progressFrom, double progressTo );

} // namespace eventsecurity
