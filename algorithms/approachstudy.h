#pragma once

#include "approachalgorithmbase.h"
#include "approachsearch.h"
#include "barrierratings.h"
#include "impactranges.h"
#include "opengroundstudy.h"
#include "streetgraph.h"
#include "streetnetworkreader.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureid.h>
#include <qgsgeometry.h>

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QgsProcessingContext;
class QgsProcessingFeatureSource;
class QgsProcessingFeedback;

namespace eventsecurity
{

/**
 * A place where a street crosses the edge of the protected area: a barrier goes across the street there.
 * Street ends within the join tolerance of each other are one crossing: the widest street names it, and it is
 * pedestrian only if all of them are.
 */
struct StreetCrossing
{
  domain::PlanePoint point;       //!< metric frame
  double dx = 1, dy = 0;          //!< unit direction of the street there, pointing out of the protected area
  double widthM = 0;              //!< the street's width (WIDTH_FIELD, else DEFAULT_WIDTH_M)
  QgsFeatureId fid = FID_NULL;    //!< the street's feature
  QString street;                 //!< the name field's value (empty when none)
  bool pedestrian = false;        //!< a footway or pedestrian street (PEDESTRIAN_EXPRESSION)
  bool drivable = true;           //!< false: every street here is left out of the vehicle model
  int node = -1;                  //!< the graph node, when drivable
  domain::ImpactResult impact;    //!< the fastest hit on a barrier across the street (reachable or not)
  domain::BarrierRatings ratings; //!< the rating that barrier needs, when the impact is reachable
  //! Its impact speed over the sampled inputs (SAMPLES > 0; ratings then on ratingSpeedMs()), when reachable.
  std::optional<domain::ImpactSpread> spread;
};

//! The fastest hit where drivable streets meet the protected area's edge (one per graph node), against the edge.
struct EdgeImpact
{
  int node = -1;                  //!< the graph node
  domain::ImpactResult impact;    //!< reachable = false when no route reaches the node
  domain::BarrierRatings ratings; //!< when reachable
  QgsFeatureId fid = FID_NULL;    //!< the street of the fastest approach, when reachable
  //! Its impact speed over the sampled inputs (SAMPLES > 0; ratings then on ratingSpeedMs()), when reachable.
  std::optional<domain::ImpactSpread> spread;
};

/**
 * The hostile vehicle approach to a protected area over a street network: the one code path of vehicle
 * approach and perimeter design (issue 11 item 13).
 *
 * 1. The study area is the protected area grown by SEARCH_DISTANCE_M; the streets inside it and outside the
 *    protected area are read (streetnetworkreader.h), cut at both edges, and the drivable ones make the graph
 *    (streetgraph.h; ends within TOLERANCE_M joined).
 * 2. The ONE rule for a cut street end: nearer the protected area's edge than the study area's edge, it is
 *    where a street crosses into the protected area (a crossing, and an impact point when drivable); else it
 *    is where a vehicle enters the study area, at its street's speed limit (MAXSPEED_FIELD) or, without one,
 *    START_SPEED_KMH; never above the vehicle's top speed.
 * 3. The search (approachsearch.h): a vehicle starting at rest anywhere or entering at speed, the highest
 *    speed at every directed edge; bends from the streets' curvature (DIGITISING_TOLERANCE_M), junction turns
 *    with KERB_RADIUS_M, the lateral limit the lower of FRICTION and the vehicle's rollover threshold.
 * 4. The impacts: at each crossing, on a barrier across the street; at each impact node, against the protected
 *    area's edge; each rated by the crash test standards with the penetration the plan allows
 *    (barrierratings.h, PENETRATION_M).
 * 5. With SAMPLES > 0, the ranged run (approachranges.h): the search once per sample of the uncertain inputs, each
 *    impact's spread, and the ratings chosen on the RATING_PERCENTILE's speed (never below the deterministic one).
 * With open ground (setOpenGround(), issue 13: opengroundstudy.h) the streets read are closed at the barriers on
 * them and joined by the open ground's legs before the graph is made; vehicles may also start at rest behind the
 * legs' ends, and every target along the stretches of the protected area's edge that open ground reaches gets its
 * impact, rated as the crossings are. Without it the study is the streets' alone, as before.
 */
class ApproachStudy
{
  Q_DECLARE_TR_FUNCTIONS( ApproachStudy )

public:
  //! A study with these settings; run() does the work.
  explicit ApproachStudy( const ApproachSettings &settings );
  ~ApproachStudy(); //!< Defined where the search and graph types are complete.
  //! Not copyable: the search refers to the graph.
  ApproachStudy( const ApproachStudy & ) = delete;
  //! Not copyable: the search refers to the graph.
  ApproachStudy &operator=( const ApproachStudy & ) = delete;

  /**
   * Studies the approach to \a protectedArea (metric frame) over \a network (transformed by \a networkToMetric),
   * reporting progress from \a progressFrom to \a progressTo. Returns false when cancelled. Throws
   * QgsProcessingException for a bad field or expression, a geometry that cannot be reprojected, or an impact
   * the standards cannot rate.
   */
  bool run( const QgsProcessingFeatureSource &network, const QgsCoordinateTransform &networkToMetric,
            const QgsGeometry &protectedArea, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
            double progressFrom, double progressTo );

  //! The settings the study was made with.
  const ApproachSettings &settings() const { return mSettings; }
  //! The streets read (metric frame), with what the expressions say of them.
  const StreetNetwork &streets() const { return mStreets; }
  //! The graph of the drivable streets (metric frame).
  const domain::StreetGraph &graph() const { return *mGraph; }
  //! The search's geometry on graph() (bends and turn radii, approachgeometry.h), for more searches on it (the
  //! ranged run's); null before run().
  std::shared_ptr<const domain::ApproachGeometry> searchGeometry() const
  {
    return mSearch ? mSearch->geometry() : nullptr;
  }
  //! Where streets cross the protected area's edge, in the order the streets were read.
  const std::vector<StreetCrossing> &crossings() const { return mCrossings; }
  //! The impacts at the graph nodes on the protected area's edge, in node order.
  const std::vector<EdgeImpact> &edgeImpacts() const { return mEdgeImpacts; }
  //! The graph nodes where vehicles enter the study area at speed.
  int entryCount() const { return static_cast<int>( mEntryNodes.size() ); }
  //! The search's entries: a directed edge leaving an entry node inward, at its street's entry speed.
  const std::vector<domain::EntryStart> &entries() const { return mEntries; }
  //! Per entry: whether its speed is its street's speed limit (else START_SPEED_KMH).
  const std::vector<bool> &entriesAtSpeedLimit() const { return mEntryAtSpeedLimit; }
  //! The speed (m/s) at which the route of \a impact entered the study area; nullopt from rest or on a lap.
  std::optional<double> entrySpeedMs( const domain::ImpactResult &impact ) const;
  /**
   * What the study assumed, for the log: the lateral limit of bends (the lower of FRICTION and the rollover
   * threshold), the kerb radius and the entry speeds (how many at their street's limit, and which).
   */
  QStringList modelNotes() const;
  //! Per undirected graph edge, the highest speed on it toward the protected area in m/s (-1: none reaches it).
  std::vector<double> speedsTowardProtectedAreaMs() const;
  /**
   * The ratings a barrier needs against an impact at \a speedMs, with the penetration the plan allows: the one rule
   * for every barrier of a plan (the crossings, the edge, the queues' street sides). Throws a QgsProcessingException
   * when the standards cannot rate it.
   */
  domain::BarrierRatings rate( double speedMs ) const;
  /**
   * The approach search's options: this study's, with \a friction and every entry speed times \a entryFactor, at
   * most \a model's vmax; with open ground, its starts at rest after the streets' entries, run up with \a model.
   * The deterministic search uses (the vehicle, FRICTION, 1); the ranged run a sample's (approachranges.h).
   */
  domain::ApproachOptions searchOptions( const domain::AccelerationModel &model, double friction,
                                         double entryFactor ) const;

  // Open ground (issue 13).
  //! Studies the open ground of \a layers with the streets (before run(); none when \a layers is empty).
  void setOpenGround( const OpenGroundLayers &layers );
  //! The open ground's part of the study; nullptr without open-ground layers.
  const OpenGroundStudy *openGround() const { return mOpenGround.get(); }

private:
  //! The one rule: every cut street end is a crossing (and an impact node) or an entry node.
  void sortCutEnds( const QgsGeometry &protectedArea, const QgsGeometry &studyArea );
  //! Adds a crossing, or merges it with one within the join tolerance.
  void addCrossing( const StreetCrossing &crossing );
  //! Each directed edge leaving an entry node, at its street's entry speed.
  void setEntries();
  //! Runs the approach search; false when cancelled.
  bool search( QgsProcessingFeedback *feedback );
  //! The ranged run: each impact's spread and its ratings on the percentile (approachranges.h); false when cancelled.
  bool rateOnRanges( QgsProcessingFeedback *feedback, double progressFrom, double progressTo );
  //! The fastest hit on a barrier across the street at each crossing.
  void rateCrossings();
  //! The fastest hit against the protected area's edge at each impact node.
  void rateEdgeImpacts( const QgsGeometry &protectedEdge );
  //! The fastest impact over the streets arriving at \a node, against a line of direction (lineDx, lineDy).
  domain::ImpactResult fastestAt( int node, double lineDx, double lineDy, int *arrivingEdge ) const;

  ApproachSettings mSettings;                      //!< as given
  StreetNetwork mStreets;                          //!< the streets read
  std::unique_ptr<domain::StreetGraph> mGraph;     //!< of the drivable streets
  std::unique_ptr<domain::ApproachSearch> mSearch; //!< on mGraph
  std::vector<StreetCrossing> mCrossings;          //!< in the order the streets were read
  std::vector<int> mImpactNodes;                   //!< ascending
  std::vector<int> mEntryNodes;                    //!< ascending
  std::vector<domain::EntryStart> mEntries;        //!< the search's entries
  std::vector<bool> mEntryAtSpeedLimit;            //!< per entry: its speed is its street's limit
  std::vector<EdgeImpact> mEdgeImpacts;            //!< one per impact node
  std::unique_ptr<OpenGroundStudy> mOpenGround;    //!< with open-ground layers only
};

} // namespace eventsecurity
