#pragma once

#include "approachstudy.h"
#include "barrierratings.h"
#include "crossingplan.h"
#include "crowd.h"
#include "entryqueue.h"
#include "queueexposure.h"
#include "queueground.h"

#include <qgsgeometry.h>

#include <QStringList>

#include <optional>
#include <vector>

class QgsProcessingContext;
class QgsProcessingFeatureSource;
class QgsProcessingFeedback;

namespace eventsecurity
{

/**
 * The queue figures perimeter design will offer as parameters (issue 16), with the domain's defaults
 * (entryqueue.h gives each one's source or says it is a judgement call).
 */
struct QueueSettings
{
  //! Queue width on the ground [m]: a JUDGEMENT CALL (an urban footway of 2-4 m). QUEUE_WIDTH_M.
  double widthM = domain::kQueueWidthM;
  //! Space per person [m²]: the TRB HCM 2000 / Fruin queuing level C/D boundary; which level, a judgement.
  //! QUEUE_SPACE_M2.
  double areaPerPersonM2 = domain::kQueueAreaPerPersonM2;
  //! Length of the arrival peak before the start [min]: a JUDGEMENT within domain.md's 20-30 min. PEAK_MINUTES.
  double peakMinutes = domain::kArrivalPeakMinutes;
  //! Longest wait a plan accepts at an entry [min]: a JUDGEMENT CALL. WAIT_TARGET_MIN.
  double waitTargetMinutes = domain::kQueueWaitTargetMinutes;
  //! Arrival variability (ca²): a JUDGEMENT CALL (people arriving in pairs). Advanced.
  double arrivalScv = domain::kArrivalScv;
  //! Search time variability (cs²): a JUDGEMENT CALL (exponential). Advanced.
  double searchTimeScv = domain::kSearchTimeScv;
  //! A queue edge this close to a carriageway faces traffic [m]: a JUDGEMENT CALL (queueexposure.h). Advanced.
  double reachMarginM = kQueueReachMarginM;
};

//! The crowd and the threat the queues are planned for: perimeter design's own figures.
struct QueueDemand
{
  double attendance = 0;                                 //!< persons expected (ATTENDANCE)
  double arrivalMinutes = 0;                             //!< the arrival window (ARRIVAL_MINUTES)
  double peakFactor = domain::kDefaultArrivalPeakFactor; //!< peak arrival rate / mean rate
  double laneRatePerHour = 0;                            //!< persons one search lane checks per hour (LANE_RATE_PPH)
  double mandatoryDistanceM = 0;                         //!< the threat's mandatory evacuation distance (the chart's)
};

//! The queue at one pedestrian entry: its figures, where it stands, what threatens it and what to do about it.
struct QueueResult
{
  int entry = 0;              //!< the entry's crossing_id: its place in the plan's crossings + 1 (OUTPUT_ENTRIES)
  std::size_t crossing = 0;   //!< index into CrossingPlan::crossings
  QString street;             //!< the entry's street name (empty when none)
  double arrivalShare = 0;    //!< of all arrivals: the entry's share of the weights the plan shares lanes by
  int lanes = 0;              //!< the plan's search lanes at the entry
  domain::EntryQueue planned; //!< the queue as planned (its curve over the window included)

  double peakPeople = 0;      //!< at the worst moment (means over the randomness)
  double lengthM = 0;         //!< peakPeople on the ground: space per person / width
  double maxWaitMin = 0;      //!< the longest mean wait (+infinity: the queue never clears)
  double peakMin = 0;         //!< when the queue is longest, minutes from the opening of the gates
  int lanesForTarget = 0;     //!< the fewest lanes that keep the longest wait within the target (-1: none will)
  double laneLostWaitMin = 0; //!< the longest wait with one lane lost for the whole window (+infinity: never clears)

  QgsGeometry polygon;     //!< metric frame; empty when there is no queue or its street was not found
  double drawnLengthM = 0; //!< the polygon's length along the street (less than lengthM when it spills)
  bool spills = false;     //!< the street ends before the queue does

  QueueExposure exposure; //!< speed, bomb distance, barrier and the moved line (empty when there is no polygon)
  /**
   * EXPOSED, in the planner's words: a hostile vehicle can drive into the queue, or a vehicle can stop close enough
   * to it for a bomb. Exactly: rammingExposed (impact_kmh > 0: the approach model finds a vehicle reaching the
   * queue's edge along a street that ends at it, beside it on its own street, or on a carriageway passing within
   * the reach margin) or bombExposed (bomb_distance_m, to the nearest carriageway outside the cordon and the
   * queues, is less than the threat's mandatory evacuation distance in the chart; also when no drivable street was
   * found within a search distance shorter than that distance: not known counts as exposed).
   */
  bool exposed = false;
  bool rammingExposed = false;   //!< a hostile vehicle reaches the queue (impact speed > 0)
  bool bombExposed = false;      //!< a vehicle can stop within the mandatory distance (or it is not known)
  domain::BarrierRatings rating; //!< what the barrier along the queue's street side needs (when reached)

  //! The impact speed at the queue [km/h]; 0 when no vehicle reaches it.
  double impactKmh() const;
};

//! The queues outside the cordon, one per pedestrian entry, in the plan's order.
struct QueuePlan
{
  std::vector<QueueResult> queues;
  double peakMinutes = 0;    //!< the arrival peak used (shortened to window / peak factor when that was less)
  QgsGeometry protectedArea; //!< the cordon with the queues (the exposure study's protected area)
  QStringList notes;         //!< choices made for the planner (a peak shortened), in plain words
  QStringList warnings;      //!< exposed and spilling queues, entries without lanes, in plain words
};

/**
 * Step 1: the queue at each pedestrian entry of \a plan (entryqueue.h, designEntryQueue): arrivals
 * peakedArrivalProfile( attendance, window, peak, peak factor ), the peak shortened to window / peak factor with
 * a note when the factor would otherwise bring more than the attendance; an entry's share of the arrivals is its
 * share of the street widths the plan shares lanes by (crossingplan.cpp), among the entries that have lanes (an
 * entry without a lane takes no arrivals: a warning says so). No geometry. Throws QgsProcessingException for
 * figures the domain refuses, naming them.
 */
QueuePlan queueFigures( const CrossingPlan &plan, const QueueDemand &demand, const QueueSettings &settings );

/**
 * The queues outside \a cordon (metric frame), given the approach study \a study run against it over \a network
 * (with \a networkToMetric), and the crossing plan \a plan made from the study's crossings: the figures
 * (queueFigures), the polygons along the approach streets (queueground.h), the exposure and the mitigations
 * (queueexposure.h, a second approach study over \a network), the ratings of the street-side barriers and the
 * warnings. Progress from \a progressFrom to \a progressTo. Returns nullopt when cancelled; throws
 * QgsProcessingException as queueFigures and ApproachStudy::run.
 */
std::optional<QueuePlan> planQueues( const QgsGeometry &cordon, const ApproachStudy &study, const CrossingPlan &plan,
                                     const QueueDemand &demand, const QueueSettings &settings,
                                     const QgsProcessingFeatureSource &network,
                                     const QgsCoordinateTransform &networkToMetric, QgsProcessingContext &context,
                                     QgsProcessingFeedback *feedback, double progressFrom, double progressTo );

} // namespace eventsecurity
