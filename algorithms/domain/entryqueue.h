#pragma once

#include "crowd.h"

#include <vector>

// The queue outside the cordon at a pedestrian entry (issue 16): how many people stand in it at the worst
// moment, how long the last of them waits, and how long the queue is on the ground. Times in minutes from
// the opening of the gates, rates in persons per minute unless a name says per hour.
//
// MODEL. Two parts, added:
// - The BACKLOG (deterministic fluid queue): cumulative arrivals minus cumulative departures, departures at
//   the lanes' throughput whenever people are waiting, never below zero. It forms when the arrival rate
//   exceeds the throughput (the peak before the start). With a constant throughput mu the FIFO wait of an
//   arrival at t, the horizontal distance between the cumulative arrival and departure curves, is
//   backlog(t) / mu.
// - The RANDOM QUEUE that forms even below capacity because people do not arrive evenly and searches do not
//   take equal times. Per period of constant arrival rate: the steady-state queue of the Allen-Cunneen
//   formula (multiserverqueue.h; Erlang C when arrivals are Poisson and search times exponential), taken as
//   reached at once (the pointwise stationary approximation, Green and Kolesar 1991, Management Science
//   37(1) 84-97: searches take seconds, periods tens of minutes), but never more than the queue at the
//   period's start plus what randomness adds within the period to a queue that starts empty
//   (randomQueueExcess, a diffusion approximation with drift arrivals - throughput and variance per minute
//   arrivals x ca^2 + the rate served x cs^2), which keeps it finite near and above capacity. Above
//   capacity that excess is added to the backlog. It is never taken to shrink (a drop in arrivals is not
//   credited: the safe side). Its wait is (people + k P) / mu, k = (ca^2 + cs^2)/2 and P the probability
//   of waiting (Erlang C where the steady state holds, else 1): Allen-Cunneen's wait exactly in the steady
//   state, and the time to serve everyone ahead otherwise.
// The figures are MEANS over the randomness, not a worst case. The people being searched stand in the
// lanes and are not counted. The queue's peak and longest wait are taken at the ends of the periods, with
// each period's random queue applied over the whole period (it grows toward that value): the safe side.
// Checked against a brute-force M/M/c simulation in tests/domain/test_entryqueue.cpp.
namespace eventsecurity::domain
{

// Space per person in a queue [m2]: 0.6 m2 is the boundary of the queuing levels of service C and D
// (C 0.6-0.9 m2: "within the range of personal comfort"; D 0.3-0.6: "long-term waiting is uncomfortable";
// TRB Highway Capacity Manual 2000, chapter 18, after Fruin 1971, Pedestrian Planning and Design). Which
// level an event queue reaches is a judgement call; more space per person gives a longer queue.
constexpr double kQueueAreaPerPersonM2 = 0.6;
// Width of the queue on the ground [m]: a judgement call (an urban footway of 2-4 m; the site decides).
constexpr double kQueueWidthM = 3;
// The arrival peak: the last 30 minutes before the start (domain.md section 5: "often the last 20-30
// minutes"); at a given peak factor the longer peak gives the larger backlog: a judgement within the range.
constexpr double kArrivalPeakMinutes = 30;
// Squared coefficient of variation of arrivals (ca^2). Many people arriving independently form a Poisson
// stream, ca^2 = 1 (Palm-Khintchine theorem); groups arriving together raise it to about the mean group
// size (a batch Poisson stream of groups of g has index of dispersion g). 2 (pairs): a judgement call.
constexpr double kArrivalScv = 2;
// Squared coefficient of variation of search times (cs^2): 1 (exponential) is a judgement call; a
// machine-paced lane is lower, a mix of quick pat-downs and long bag searches can be higher.
constexpr double kSearchTimeScv = 1;
// Longest wait a plan should accept at an entry [min]: a judgement call, not a published figure.
constexpr double kQueueWaitTargetMinutes = 10;

// Bounds of the inputs, with their reasons. Also refused (entryqueue.cpp): an attendance above 1e8 (the
// largest gatherings ever reported had some 30 million people) and a lane rate above 3,600 p/h (one person
// a second, faster than any screening: 400-1,000 p/h, domain.md section 5).
// Arrival window: at least a minute (shorter is seconds typed for minutes), at most a week (longer than any
// one event plans for).
constexpr double kMinArrivalWindowMinutes = 1;
constexpr double kMaxArrivalWindowMinutes = 7 * 24 * 60;
// Lanes at one entry: more than any venue has (a typing error).
constexpr int kMaxLanesPerEntry = 1000;
// Space per person: at least 0.25 m2 (above 4 p/m2 a crowd is unstable, domain.md section 5); at most
// 10 m2 (people that far apart are not queueing).
constexpr double kMinQueueAreaPerPersonM2 = 0.25;
constexpr double kMaxQueueAreaPerPersonM2 = 10;
// Queue width: at least one person (Fruin's body ellipse is 0.61 m across the shoulders), at most 100 m
// (wider than any street: a plaza is an area, not a queue).
constexpr double kMinQueueWidthM = 0.61;
constexpr double kMaxQueueWidthM = 100;
// Squared coefficients of variation: arrivals up to a coach party of about 100 arriving at once; search
// times up to 25 (a standard deviation five times the mean). Judgement calls.
constexpr double kMaxArrivalScv = 100;
constexpr double kMaxSearchTimeScv = 25;

//! A stretch of the arrival window at a constant arrival rate.
struct ArrivalPeriod
{
  double durationMin = 0;
  double ratePerMin = 0; // persons per minute, all entries together
};

//! Arrivals over the window, period after period from the opening of the gates (a piecewise-constant rate).
struct ArrivalProfile
{
  std::vector<ArrivalPeriod> periods;
};

/**
 * The mean rate over the window with a peak at its end: the last \a peakMin minutes at \a peakFactor x the
 * mean rate attendance / window, the rest of the window at the rate that makes the total the attendance.
 * Throws std::invalid_argument for an attendance outside [0, 1e8], a window outside
 * [kMinArrivalWindowMinutes, kMaxArrivalWindowMinutes], a peak outside (0, window], a peak factor below 1,
 * or a peak that would bring more than the attendance (peakFactor x peakMin > window).
 */
ArrivalProfile peakedArrivalProfile( double attendance, double windowMin, double peakMin, double peakFactor );

//! Everyone the profile brings (the sum of rate x duration).
double totalArrivals( const ArrivalProfile &profile );

//! One pedestrian entry: its share of the arrivals and its search lanes.
struct EntryLanes
{
  double arrivalShare = 1;                        // of all arrivals, 0..1
  int lanes = 1;                                  // 0 is accepted: a queue that never clears
  double lanePerHour = kMetalDetectorLanePerHour; // persons per hour per lane
  double arrivalScv = kArrivalScv;
  double searchTimeScv = kSearchTimeScv;
};

//! How the queue stands on the ground.
struct QueueGround
{
  double areaPerPersonM2 = kQueueAreaPerPersonM2;
  double widthM = kQueueWidthM;
};

//! The queue at a moment: the backlog and the random queue on top of it (persons, means).
struct QueuePoint
{
  double minute = 0;
  double backlogPeople = 0;
  double randomPeople = 0;
};

//! The queue at one entry over the window.
struct EntryQueue
{
  double peakPeople = 0;           // backlog + random queue at the worst moment
  double peakMinute = 0;           // when (from the opening of the gates)
  double peakLengthM = 0;          // peakPeople on the ground (queueLengthM)
  double peakBacklogPeople = 0;    // the backlog alone at its peak
  double maxWaitMin = 0;           // the longest mean wait (+infinity when the queue never clears)
  double maxWaitArrivalMinute = 0; // when the person who waits longest arrives
  double backlogClearedMinute = 0; // when the backlog is gone: 0 when none forms, +infinity when never
  double peakUtilisation = 0;      // highest arrival rate / throughput (+infinity without lanes)
  std::vector<QueuePoint> curve;   // at the start, the end of each period, where the backlog empties, and
                                   // where it has drained after the window
};

/**
 * The queue at an entry (see MODEL above). Throws std::invalid_argument for an empty profile, a period
 * of duration <= 0 or a negative rate, a window outside [kMinArrivalWindowMinutes,
 * kMaxArrivalWindowMinutes], a share outside [0, 1], lanes outside [0, kMaxLanesPerEntry], a lane rate
 * outside (0, 3600] p/h, coefficients outside [0, kMaxArrivalScv] and [0, kMaxSearchTimeScv], or
 * ground figures outside their bounds; NaN and infinity everywhere.
 */
EntryQueue entryQueue( const ArrivalProfile &profile, const EntryLanes &entry, const QueueGround &ground = {} );

//! Length of a queue of \a people on the ground [m]: people x area per person / width. Throws for bounds as entryQueue.
double queueLengthM( double people, const QueueGround &ground = {} );

/**
 * The fewest lanes (entry.lanes is ignored) that keep the entry's longest wait at most \a maxWaitMin.
 * Throws std::invalid_argument for a target outside [1, kMaxArrivalWindowMinutes] minutes (shorter than a
 * minute is below the precision of any arrival figure), bad input as entryQueue, or when even
 * kMaxLanesPerEntry lanes do not meet the target.
 */
int lanesForMaxWait( const ArrivalProfile &profile, const EntryLanes &entry, double maxWaitMin );

//! An entry as planned, with one lane lost for the whole window, and the lanes a wait target needs.
struct EntryQueueDesign
{
  EntryQueue planned;
  EntryQueue laneLost; // with entry.lanes - 1 lanes (a single lane lost: the queue never clears)
  int lanesForTarget = 0;
};

//! entryQueue with entry.lanes and with one lane fewer, and lanesForMaxWait( maxWaitMin ). Throws as those; entry.lanes
//! >= 1.
EntryQueueDesign designEntryQueue( const ArrivalProfile &profile, const EntryLanes &entry, const QueueGround &ground,
                                   double maxWaitMin = kQueueWaitTargetMinutes );

} // namespace eventsecurity::domain
