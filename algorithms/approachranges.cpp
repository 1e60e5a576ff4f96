#include "approachranges.h"

#include "approachstudy.h"
#include "physicalbounds.h"
#include "vehicledynamics.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <stdexcept>

namespace eventsecurity
{

namespace
{
//! The translation context of this file's messages.
struct ApproachRanges
{
  Q_DECLARE_TR_FUNCTIONS( ApproachRanges )
};

using Clock = std::chrono::steady_clock;

double secondsSince( Clock::time_point start )
{
  return std::chrono::duration<double>( Clock::now() - start ).count();
}

//! Thrown by a sample's search when the run is cancelled inside it; caught by sampleImpactSpreads.
struct SearchCancelled
{
};

//! value x (1 -+ spread), refused with the parameter's name when the spread is out of range.
domain::ParameterRange spreadRange( double value, double spread, domain::RangeShape shape, const char *parameter )
{
  try
  {
    return domain::relativeRange( value, spread, parameter, shape );
  }
  catch ( const std::invalid_argument &e )
  {
    throw QgsProcessingException(
        ApproachRanges::tr( "%1: %2." ).arg( QLatin1String( parameter ), QString::fromUtf8( e.what() ) ) );
  }
}

//! Refuses an upper bound above the physical bound of its quantity, naming the spread that put it there.
void requireRealUpperBound( double upper, domain::PhysicalQuantity quantity, const char *parameter )
{
  try
  {
    domain::requireWithinPhysicalBound( quantity, upper );
  }
  catch ( const std::invalid_argument &e )
  {
    throw QgsProcessingException( ApproachRanges::tr( "%1 takes the range's upper bound too high: %2. Lower the "
                                                      "spread or the value it spreads around." )
                                      .arg( QLatin1String( parameter ), QString::fromUtf8( e.what() ) ) );
  }
}

// The re-run with the deterministic inputs must give the study's own speeds: the same search on the same graph. A
// difference means the ranged run does not model what the study does (a bug): refused rather than sampled.
void requireSameSpeeds( const ApproachStudy &study, const std::vector<double> &again )
{
  std::vector<double> studySpeeds;
  for ( const EdgeImpact &impact : study.edgeImpacts() )
    studySpeeds.push_back( impact.impact.reachable ? impact.impact.speedMs : -1 );
  for ( const StreetCrossing &crossing : study.crossings() )
    studySpeeds.push_back( crossing.impact.reachable ? crossing.impact.speedMs : -1 );
  if ( const OpenGroundStudy *openGround = study.openGround() )
    for ( const TargetImpact &target : openGround->targetImpacts() )
      studySpeeds.push_back( target.impact.reachable ? target.impact.speedMs : -1 );
  if ( again != studySpeeds )
    throw QgsProcessingException( ApproachRanges::tr( "Internal error: the approach search re-run with the "
                                                      "deterministic inputs does not give the study's impact speeds; "
                                                      "run with SAMPLES 0 and report this." ) );
}

void requireBudget( const ImpactRangeSettings &ranges, double secondsPerSample )
{
  try
  {
    domain::requireSampleBudget( ranges.samples, secondsPerSample, ranges.maxSeconds );
  }
  catch ( const std::invalid_argument &e )
  {
    throw QgsProcessingException(
        ApproachRanges::tr( "SAMPLES: %1 (one search of this network took %2 s). Lower SAMPLES, or raise "
                            "MAX_SAMPLING_MINUTES if you mean to wait." )
            .arg( QString::fromUtf8( e.what() ) )
            .arg( secondsPerSample, 0, 'g', 3 ) );
  }
}

QString rangesNote( const ImpactRangeSettings &settings, const domain::VehicleRanges &ranges, double secondsPerSample )
{
  const auto bounds = []( const domain::ParameterRange &range, double scale, int decimals )
  {
    return QStringLiteral( "%1-%2" )
        .arg( range.lower * scale, 0, 'f', decimals )
        .arg( range.upper * scale, 0, 'f', decimals );
  };
  return ApproachRanges::tr( "Impact speeds as ranges: %1 samples (Latin hypercube, SEED %2), a0 %3 m/s², vmax %4 "
                             "km/h, friction %5, entry speeds x %6, %7 between the bounds; one search took %8 s, so "
                             "about %9 s in all. Ratings chosen on the %10th percentile of the sampled impact speeds, "
                             "never below the deterministic impact_kmh." )
      .arg( settings.samples )
      .arg( settings.seed )
      .arg( bounds( ranges.accelMs2, 1, 2 ), bounds( ranges.maxSpeedMs, 3.6, 0 ), bounds( ranges.friction, 1, 2 ),
            bounds( ranges.entrySpeedFactor, 1, 2 ),
            settings.shape == domain::RangeShape::Uniform ? ApproachRanges::tr( "uniform" )
                                                          : ApproachRanges::tr( "triangular" ) )
      .arg( secondsPerSample, 0, 'g', 3 )
      .arg( secondsPerSample * settings.samples, 0, 'g', 3 )
      .arg( settings.ratingPercentile * 100, 0, 'g', 4 );
}
} // namespace

domain::VehicleRanges vehicleRanges( const ApproachSettings &settings )
{
  using Q = domain::PhysicalQuantity;
  const ImpactRangeSettings &r = settings.ranges;
  const domain::VehicleRanges ranges{
      spreadRange( settings.vehicle.accelMs2, r.accelSpread, r.shape, "ACCEL_SPREAD_PCT" ),
      spreadRange( settings.vehicle.maxSpeedMs, r.maxSpeedSpread, r.shape, "MAX_SPEED_SPREAD_PCT" ),
      spreadRange( settings.friction, r.frictionSpread, r.shape, "FRICTION_SPREAD_PCT" ),
      spreadRange( 1, r.entrySpeedSpread, r.shape, "ENTRY_SPEED_SPREAD_PCT" ) };
  requireRealUpperBound( ranges.accelMs2.upper, Q::VehicleAccelerationMs2, "ACCEL_SPREAD_PCT" );
  requireRealUpperBound( domain::msToKmh( ranges.maxSpeedMs.upper ), Q::VehicleSpeedKmh, "MAX_SPEED_SPREAD_PCT" );
  requireRealUpperBound( ranges.friction.upper, Q::Friction, "FRICTION_SPREAD_PCT" );
  return ranges;
}

domain::VehicleSample deterministicSample( const ApproachSettings &settings )
{
  return { settings.vehicle.accelMs2, settings.vehicle.maxSpeedMs, settings.friction, 1 };
}

std::optional<std::vector<double>> impactSpeedsWith( const ApproachStudy &study, const domain::VehicleSample &sample,
                                                     const std::function<bool()> &isCanceled )
{
  const domain::StreetGraph &graph = study.graph();
  const domain::AccelerationModel model( sample.accelMs2, sample.maxSpeedMs );
  // On the study's own geometry: its turn radii, the costly part of a search's set-up on open ground, are the same
  // for every sample.
  domain::ApproachSearch search( study.searchGeometry(), model,
                                 study.searchOptions( model, sample.friction, sample.entrySpeedFactor ) );
  if ( !search.run( isCanceled ) )
    return std::nullopt;
  std::map<int, double> fastestAtNode; // a crossing's node is often an edge impact's too
  // As ApproachStudy::fastestAt: over the streets arriving at the node, at their end (the speed has no direction).
  const auto fastestMs = [&]( int node )
  {
    if ( node < 0 )
      return -1.0;
    const auto known = fastestAtNode.find( node );
    if ( known != fastestAtNode.end() )
      return known->second;
    double fastest = -1;
    for ( int i = graph.outgoingBegin( node ); i < graph.outgoingEnd( node ); ++i )
    {
      const int arriving = domain::StreetGraph::reverseOf( graph.outgoingEdge( i ) );
      const domain::ImpactResult impact =
          search.impact( { arriving, graph.edgeLengthM( domain::StreetGraph::edgeOf( arriving ) ), 1, 0 } );
      if ( impact.reachable )
        fastest = std::max( fastest, impact.speedMs );
    }
    return fastestAtNode[node] = fastest;
  };
  std::vector<double> speeds;
  for ( const EdgeImpact &impact : study.edgeImpacts() )
    speeds.push_back( fastestMs( impact.node ) );
  for ( const StreetCrossing &crossing : study.crossings() )
    speeds.push_back( fastestMs( crossing.node ) );
  if ( const OpenGroundStudy *openGround = study.openGround() )
    for ( int t = 0; t < static_cast<int>( openGround->targetImpacts().size() ); ++t )
    {
      const domain::ImpactResult impact = openGround->fastestAtTarget( graph, search, t, nullptr );
      speeds.push_back( impact.reachable ? impact.speedMs : -1 );
    }
  return speeds;
}

double ratingSpeedMs( double speedMs, const std::optional<domain::ImpactSpread> &spread )
{
  return spread ? std::max( spread->ratingSpeedMs, speedMs ) : speedMs;
}

std::optional<std::vector<domain::ImpactSpread>> sampleImpactSpreads( const ApproachStudy &study,
                                                                      QgsProcessingFeedback *feedback,
                                                                      double progressFrom, double progressTo )
{
  const ApproachSettings &settings = study.settings();
  const ImpactRangeSettings &r = settings.ranges;
  const domain::VehicleRanges ranges = vehicleRanges( settings );
  const auto isCanceled = [feedback] { return feedback->isCanceled(); };

  // The cost of one sample, measured on the deterministic inputs (the same work as any sample).
  const Clock::time_point timed = Clock::now();
  const std::optional<std::vector<double>> again =
      impactSpeedsWith( study, deterministicSample( settings ), isCanceled );
  if ( !again )
    return std::nullopt;
  const double secondsPerSample = secondsSince( timed );
  requireSameSpeeds( study, *again );
  requireBudget( r, secondsPerSample );
  feedback->pushInfo( rangesNote( r, ranges, secondsPerSample ) );

  domain::RangedRunOptions options;
  options.samples = r.samples;
  options.seed = r.seed;
  options.ratingPercentile = r.ratingPercentile;
  options.massKg = settings.vehicle.massKg;
  int started = 0;
  const auto progressOrCancel = [&]
  {
    feedback->setProgress( progressFrom + ( progressTo - progressFrom ) * started++ / r.samples );
    return feedback->isCanceled();
  };
  const auto searchSample = [&]( const domain::VehicleSample &sample )
  {
    std::optional<std::vector<double>> speeds = impactSpeedsWith( study, sample, isCanceled );
    if ( !speeds )
      throw SearchCancelled();
    return *speeds;
  };
  const Clock::time_point sampling = Clock::now();
  std::optional<std::vector<domain::ImpactSpread>> spreads;
  try
  {
    spreads = domain::impactSpreads( ranges, options, searchSample, progressOrCancel );
  }
  catch ( const SearchCancelled & )
  {
    return std::nullopt;
  }
  if ( spreads )
    feedback->pushInfo( ApproachRanges::tr( "Ranged run: %1 samples in %2 s." )
                            .arg( r.samples )
                            .arg( secondsSince( sampling ), 0, 'f', 2 ) );
  return spreads;
}

} // namespace eventsecurity
