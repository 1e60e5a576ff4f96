#include "entryqueue.h"

#include "multiserverqueue.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>
#include <string>

namespace eventsecurity::domain
{

namespace
{
constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Attendance and lane rate limits (reasons in the header). The same values as kMaxAttendance and
// kMaxLanePerHour of physicalbounds.h on the branch with issue 11 item 12: use those once merged.
constexpr double kAttendanceLimit = 1e8;
constexpr double kLaneRateLimitPerHour = 3600;
// Relative rounding within which a peak fills the window or a backlog is drained: exact cases stay exact.
constexpr double kWholeTolerance = 1e-9;

std::string text( double value )
{
  char buffer[32];
  std::snprintf( buffer, sizeof buffer, "%g", value );
  return buffer;
}

void requireWithin( double value, double lowest, double highest, const std::string &what )
{
  if ( !( value >= lowest && value <= highest ) ) // also catches NaN
    throw std::invalid_argument( what + " must be between " + text( lowest ) + " and " + text( highest ) + ", not " +
                                 text( value ) );
}

void requireWindow( double windowMin )
{
  requireWithin( windowMin, kMinArrivalWindowMinutes, kMaxArrivalWindowMinutes,
                 "arrival window (minutes; a minute to a week)" );
}

void requireProfile( const ArrivalProfile &profile )
{
  if ( profile.periods.empty() )
    throw std::invalid_argument( "arrival profile needs at least one period" );
  double windowMin = 0;
  for ( const ArrivalPeriod &period : profile.periods )
  {
    if ( !( period.durationMin > 0 ) || !std::isfinite( period.durationMin ) )
      throw std::invalid_argument( "arrival periods must last a finite number > 0 of minutes" );
    if ( !( period.ratePerMin >= 0 ) || !std::isfinite( period.ratePerMin ) )
      throw std::invalid_argument( "arrival rates must be finite numbers >= 0 persons/minute" );
    windowMin += period.durationMin;
  }
  requireWindow( windowMin );
}

void requireEntry( const EntryLanes &entry )
{
  requireWithin( entry.arrivalShare, 0, 1, "entry's share of the arrivals" );
  if ( entry.lanes < 0 || entry.lanes > kMaxLanesPerEntry )
    throw std::invalid_argument( "search lanes at an entry must be between 0 and " +
                                 std::to_string( kMaxLanesPerEntry ) + ", not " + std::to_string( entry.lanes ) );
  if ( !( entry.lanePerHour > 0 ) )
    throw std::invalid_argument( "search lane rate must be a number > 0 persons/hour, not " +
                                 text( entry.lanePerHour ) );
  requireWithin( entry.lanePerHour, 0, kLaneRateLimitPerHour, "search lane rate (persons/hour; one a second at most)" );
  requireWithin( entry.arrivalScv, 0, kMaxArrivalScv, "arrival variability (squared coefficient of variation)" );
  requireWithin( entry.searchTimeScv, 0, kMaxSearchTimeScv,
                 "search time variability (squared coefficient of variation)" );
}

void requireGround( const QueueGround &ground )
{
  requireWithin( ground.areaPerPersonM2, kMinQueueAreaPerPersonM2, kMaxQueueAreaPerPersonM2,
                 "space per person in a queue (m2)" );
  requireWithin( ground.widthM, kMinQueueWidthM, kMaxQueueWidthM, "queue width (m)" );
}

// The random queue at the end of a period (see MODEL in the header) and the probability of waiting that
// goes with it.
struct RandomQueue
{
  double people = 0;
  double waitProbability = 0;
};

RandomQueue randomQueueOver( double arrivalsPerMin, double durationMin, const EntryLanes &entry, double previousPeople )
{
  const MultiServerQueue queue{ entry.lanes, arrivalsPerMin, entry.lanePerHour / 60, entry.arrivalScv,
                                entry.searchTimeScv };
  const double throughput = entry.lanes * queue.serviceRatePerServer;
  const double steadyPeople = allenCunneenQueueLength( queue );
  // Net input variance per minute: arrivals, and departures at the rate people are served.
  const double variance =
      arrivalsPerMin * entry.arrivalScv + std::min( arrivalsPerMin, throughput ) * entry.searchTimeScv;
  const double reachablePeople =
      previousPeople + randomQueueExcess( arrivalsPerMin - throughput, variance, durationMin );
  RandomQueue result{ reachablePeople, 1 };
  if ( steadyPeople <= reachablePeople )
    result = { steadyPeople, erlangCWaitProbability( entry.lanes, arrivalsPerMin / queue.serviceRatePerServer ) };
  if ( result.people < previousPeople )
    result = { previousPeople, 1 }; // a drop in arrivals is not credited
  return result;
}

// Keeps the worst moment and the longest wait while the periods are stepped through.
struct Worst
{
  void atPeriod( double startMinute, double endMinute, double startBacklog, double endBacklog, double randomPeople )
  {
    const bool atStart = startBacklog > endBacklog;
    const double people = std::max( startBacklog, endBacklog ) + randomPeople;
    if ( people > queue.peakPeople )
    {
      queue.peakPeople = people;
      queue.peakMinute = atStart ? startMinute : endMinute;
    }
  }
  void waitAt( double minute, double waitMin )
  {
    if ( waitMin > queue.maxWaitMin )
    {
      queue.maxWaitMin = waitMin;
      queue.maxWaitArrivalMinute = minute;
    }
  }
  EntryQueue &queue;
};
} // namespace

ArrivalProfile peakedArrivalProfile( double attendance, double windowMin, double peakMin, double peakFactor )
{
  requireWithin( attendance, 0, kAttendanceLimit, "attendance" );
  requireWindow( windowMin );
  if ( !( peakMin > 0 && peakMin <= windowMin ) )
    throw std::invalid_argument( "arrival peak must last more than 0 minutes and at most the window (" +
                                 text( windowMin ) + " min), not " + text( peakMin ) );
  if ( !( peakFactor >= 1 ) )
    throw std::invalid_argument( "arrival peak factor must be at least 1 (the peak is at least the mean rate), not " +
                                 text( peakFactor ) );
  const double peakShare = peakFactor * peakMin / windowMin; // of the attendance
  if ( peakShare > 1 + kWholeTolerance )
    throw std::invalid_argument(
        "arrival peak factor " + text( peakFactor ) + " over " + text( peakMin ) +
        " min would bring more than the attendance: at most the window / the peak = " + text( windowMin / peakMin ) );
  const double meanRate = attendance / windowMin;
  const double restMin = windowMin - peakMin;
  ArrivalProfile profile;
  if ( restMin > kWholeTolerance * windowMin )
    profile.periods.push_back( { restMin, std::max( 0.0, attendance * ( 1 - peakShare ) / restMin ) } );
  profile.periods.push_back( { profile.periods.empty() ? windowMin : peakMin, peakFactor * meanRate } );
  return profile;
}

double totalArrivals( const ArrivalProfile &profile )
{
  double total = 0;
  for ( const ArrivalPeriod &period : profile.periods )
    total += period.durationMin * period.ratePerMin;
  return total;
}

double queueLengthM( double people, const QueueGround &ground )
{
  requireGround( ground );
  if ( !( people >= 0 ) )
    throw std::invalid_argument( "people in a queue must be a number >= 0" );
  return people * ground.areaPerPersonM2 / ground.widthM;
}

EntryQueue entryQueue( const ArrivalProfile &profile, const EntryLanes &entry, const QueueGround &ground )
{
  requireProfile( profile );
  requireEntry( entry );
  requireGround( ground );
  const double throughputPerMin = entry.lanes * entry.lanePerHour / 60;
  const double variability = ( entry.arrivalScv + entry.searchTimeScv ) / 2;
  EntryQueue result;
  result.curve.push_back( { 0, 0, 0 } );
  Worst worst{ result };
  double minute = 0;
  double backlog = 0;
  RandomQueue random;
  for ( const ArrivalPeriod &period : profile.periods )
  {
    const double arrivalsPerMin = entry.arrivalShare * period.ratePerMin;
    if ( arrivalsPerMin > 0 )
      result.peakUtilisation =
          std::max( result.peakUtilisation, entry.lanes > 0 ? arrivalsPerMin / throughputPerMin : kInfinity );
    if ( entry.lanes > 0 )
      random = randomQueueOver( arrivalsPerMin, period.durationMin, entry, random.people );
    const double startBacklog = backlog;
    const double netPerMin = arrivalsPerMin - throughputPerMin;
    if ( netPerMin < 0 && backlog > 0 && backlog < -netPerMin * period.durationMin * ( 1 - kWholeTolerance ) )
    {
      result.backlogClearedMinute = minute + backlog / -netPerMin;
      result.curve.push_back( { result.backlogClearedMinute, 0, random.people } );
      backlog = 0;
    }
    else if ( backlog > 0 || netPerMin > 0 )
    {
      backlog += netPerMin * period.durationMin;
      // What rounding leaves of a backlog that drains exactly at the period's end is none.
      if ( backlog <= kWholeTolerance * ( startBacklog + arrivalsPerMin * period.durationMin ) )
      {
        backlog = 0;
        result.backlogClearedMinute = minute + period.durationMin;
      }
    }
    result.peakBacklogPeople = std::max( result.peakBacklogPeople, backlog );
    worst.atPeriod( minute, minute + period.durationMin, startBacklog, backlog, random.people );
    if ( arrivalsPerMin > 0 )
    {
      const bool atStart = startBacklog > backlog;
      const double ahead = std::max( startBacklog, backlog ) + random.people + variability * random.waitProbability;
      worst.waitAt( atStart ? minute : minute + period.durationMin,
                    entry.lanes > 0 ? ahead / throughputPerMin : kInfinity );
    }
    minute += period.durationMin;
    result.curve.push_back( { minute, backlog, random.people } );
  }
  if ( backlog > 0 )
  {
    result.backlogClearedMinute = entry.lanes > 0 ? minute + backlog / throughputPerMin : kInfinity;
    if ( entry.lanes > 0 )
      result.curve.push_back( { result.backlogClearedMinute, 0, random.people } );
  }
  result.peakLengthM = queueLengthM( result.peakPeople, ground );
  return result;
}

int lanesForMaxWait( const ArrivalProfile &profile, const EntryLanes &entry, double maxWaitMin )
{
  requireWithin( maxWaitMin, 1, kMaxArrivalWindowMinutes, "longest acceptable wait (minutes)" );
  EntryLanes trial = entry;
  for ( trial.lanes = 1; trial.lanes <= kMaxLanesPerEntry; ++trial.lanes )
  {
    if ( entryQueue( profile, trial ).maxWaitMin <= maxWaitMin )
      return trial.lanes;
  }
  throw std::invalid_argument( "even " + std::to_string( kMaxLanesPerEntry ) +
                               " search lanes do not keep the wait under " + text( maxWaitMin ) + " min" );
}

EntryQueueDesign designEntryQueue( const ArrivalProfile &profile, const EntryLanes &entry, const QueueGround &ground,
                                   double maxWaitMin )
{
  if ( entry.lanes < 1 )
    throw std::invalid_argument( "an entry to design needs at least one search lane" );
  EntryQueueDesign design;
  design.planned = entryQueue( profile, entry, ground );
  EntryLanes fewer = entry;
  --fewer.lanes;
  design.laneLost = entryQueue( profile, fewer, ground );
  design.lanesForTarget = lanesForMaxWait( profile, entry, maxWaitMin );
  return design;
}

} // namespace eventsecurity::domain
