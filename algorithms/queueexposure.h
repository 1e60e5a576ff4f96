#pragma once

#include "approachstudy.h"
#include "queueground.h"

#include <qgsfeatureid.h>
#include <qgsgeometry.h>

#include <limits>
#include <memory>
#include <vector>

class QgsProcessingContext;
class QgsProcessingFeatureSource;
class QgsProcessingFeedback;

namespace eventsecurity
{

// A stretch of a queue's edge this close to a carriageway faces traffic: a kerb and a step [m]. A judgement
// call (no source gives how far from a carriageway a crowd is within reach of a vehicle leaving it; a wider
// margin asks more barrier, the safe side); a parameter (QueueSettings::reachMarginM).
constexpr double kQueueReachMarginM = 1;

//! How the fastest hostile vehicle gets to a queue.
enum class QueueImpactKind
{
  None,        //!< no vehicle reaches the queue or a carriageway beside it
  EndsAtQueue, //!< along a street that ends at the queue's edge (the approach model run to the queue)
  BesideQueue, //!< along the queue's own street, on the carriageway left beside it (the street is wider)
  FacingQueue, //!< along a carriageway that passes within the reach margin of the queue's edge
};

//! What threatens one queue from the streets, and what the plan could do about it.
struct QueueExposure
{
  domain::ImpactResult impact; //!< the fastest vehicle at the queue; its route when kind is EndsAtQueue or BesideQueue
  QueueImpactKind kind = QueueImpactKind::None;
  QgsFeatureId street = FID_NULL; //!< the street of that vehicle
  //! Shortest distance from the queue to a carriageway outside the cordon and the queues (a street's centreline
  //! less half its width) [m]: where a vehicle can stop unchecked. +infinity: none within the search distance.
  double bombDistanceM = std::numeric_limits<double>::infinity();
  //! Barrier along the queue's street side [m]: the queue's edge (outside the cordon) within the reach margin of a
  //! carriageway, the queue's own street beside it when it is wider than the queue.
  double barrierM = 0;
  //! Moving the search line out: the extra line [m] that encloses the queue's street (its full width, along the
  //! queue, across beyond its end) in the vehicle-exclusion zone: the enclosure's edge outside the cordon.
  double moveLineM = 0;
  int moveCrossings = 0;   //!< drivable streets the moved line cuts (each a rated barrier across it)
  double moveBarrierM = 0; //!< their widths added: rated barrier across them [m]
};

/**
 * The hostile vehicle approach to the queues (issue 16): a second approach study, with the same settings as the
 * cordon's, whose protected area is the cordon united with the queues, so that no route drives through the
 * cordon and every street meeting a queue is cut at its edge. Then, per queue (queue edge = its boundary outside
 * the cordon):
 * - SPEED: the fastest of (a) the impacts at the study's edge nodes on the queue's edge; (b) when a drivable
 *   street of the queue's path is wider than the queue, the cordon study's speeds toward the cordon on its edges
 *   along the queue (a vehicle passes beside the queue; the route is the cordon study's to the entry's crossing);
 *   (c) the speeds toward the protected area on the edges whose carriageway passes within the reach margin of the
 *   queue's edge (a vehicle leaving the carriageway; no route). (b) and (c) keep the speed on the safe side where
 *   the street graph cannot reach the queue.
 * - BOMB: the distance to the nearest carriageway of the second study (outside the cordon and the queues); 0 when
 *   the queue's own street is drivable and wider than the queue.
 * - BARRIER: the length of the queue's edge within the reach of a carriageway (the reaches of (b) and (c)).
 * - MOVING THE LINE: the enclosure of the queue's street (each stretch of the path as wide as its street, at least
 *   the queue's width, with the queue), its edge outside the cordon, and the drivable streets of the cordon study
 *   crossing that edge.
 */
class QueueExposureStudy
{
public:
  //! For the queues outside \a cordon (metric frame) of the cordon's approach study \a cordonStudy.
  QueueExposureStudy( const ApproachStudy &cordonStudy, const QgsGeometry &cordon, double reachMarginM );
  ~QueueExposureStudy();
  QueueExposureStudy( const QueueExposureStudy & ) = delete;
  QueueExposureStudy &operator=( const QueueExposureStudy & ) = delete;

  /**
   * Runs the second approach study with the cordon and \a queues (empty geometries allowed) protected, over
   * \a network as the cordon study read it. Returns false when cancelled; throws as ApproachStudy::run.
   */
  bool run( const std::vector<QgsGeometry> &queues, const QgsProcessingFeatureSource &network,
            const QgsCoordinateTransform &networkToMetric, QgsProcessingContext &context,
            QgsProcessingFeedback *feedback, double progressFrom, double progressTo );

  //! The exposure of \a queue (not empty) standing on \a path, \a queueWidthM wide, at \a entry; after run().
  QueueExposure exposure( const QgsGeometry &queue, const QueuePath &path, double queueWidthM,
                          const StreetCrossing &entry ) const;

  //! The cordon with the queues: the second study's protected area.
  const QgsGeometry &protectedArea() const { return mProtectedArea; }
  //! The second study (after run()).
  const ApproachStudy &queueStudy() const { return *mQueueStudy; }

private:
  //! A carriageway stretch near a queue and the speed on it toward the protected area.
  struct Reach
  {
    QgsGeometry area;    //!< the carriageway grown by the reach margin
    double speedMs = -1; //!< -1: no vehicle on it heads toward the protected area
    QgsFeatureId street = FID_NULL;
  };

  //! (a): the fastest impact at the study's edge nodes on the queue's edge.
  EdgeImpact fastestEndingAt( const QgsGeometry &queue ) const;
  //! (b): the path's drivable stretches wider than the queue, with the cordon study's speeds along the queue.
  std::vector<Reach> besideReaches( const QgsGeometry &queue, const QueuePath &path, double queueWidthM ) const;
  //! (c): the second study's edges passing within the reach margin of \a edge.
  std::vector<Reach> facingReaches( const QgsGeometry &edge ) const;
  //! Shortest distance from \a queue to the second study's carriageways.
  double carriagewayDistanceM( const QgsGeometry &queue ) const;
  //! The enclosure of the queue's street and the line that moving the search line out takes.
  void moveLine( const QgsGeometry &queue, const QueuePath &path, double queueWidthM, QueueExposure &exposure ) const;
  //! \a geometry's boundary outside the cordon.
  QgsGeometry edgeOutsideCordon( const QgsGeometry &geometry ) const;

  const ApproachStudy &mCordonStudy;
  QgsGeometry mCordon;
  QgsGeometry mCordonGrown; //!< by a millimetre: what lies on the cordon's edge counts as inside
  double mReachMarginM = kQueueReachMarginM;
  QgsGeometry mProtectedArea;
  std::unique_ptr<ApproachStudy> mQueueStudy;
  std::vector<double> mCordonSpeedsMs; //!< per edge of the cordon study, toward the cordon
  std::vector<double> mQueueSpeedsMs;  //!< per edge of the second study, toward the cordon and the queues
};

} // namespace eventsecurity
