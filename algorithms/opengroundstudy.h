#pragma once

#include "approachsearch.h"
#include "barrierratings.h"
#include "impactranges.h"
#include "openground.h"
#include "opengroundinput.h"
#include "streetnetworkreader.h"

#include <qgsfeatureid.h>
#include <qgsgeometry.h>

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QgsProcessingContext;
class QgsProcessingFeedback;

namespace eventsecurity
{

//! The fastest hit at one impact target on a stretch of the protected area's edge that open ground reaches.
struct TargetImpact
{
  domain::PlanePoint point;                   //!< metric frame, on the protected area's edge
  int stretch = -1;                           //!< index in OpenGroundStudy::stretches()
  domain::ImpactResult impact;                //!< reachable = false when no route reaches it
  domain::BarrierRatings ratings;             //!< when reachable
  QgsFeatureId fid = FID_NULL;                //!< the street the route arrives on, when it arrives on a street
  std::optional<domain::ImpactSpread> spread; //!< the ranged run's (SAMPLES > 0), when reachable
};

//! A stretch of the protected area's edge that open ground reaches, and its fastest impact.
struct StretchImpact
{
  std::vector<domain::PlanePoint> points; //!< metric frame, along the edge (the protected area on the right)
  bool closed = false;                    //!< the whole ring (first point not repeated)
  double lengthM = 0;
  int firstTarget = 0; //!< its targets in OpenGroundStudy::targetImpacts(): firstTarget .. + targetCount - 1
  int targetCount = 0;
  int reached = 0;  //!< of its targets, those a route reaches
  int fastest = -1; //!< its critical target: the fastest (ranged run: the highest rating speed), -1 when none reached
};

/**
 * The open-ground part of an approach study (issue 13; the model in openground.h): the OPEN_AREAS and OBSTACLES
 * layers read into the metric frame (opengroundinput.h), the open ground's legs added to the study's street lines
 * (bollards closing streets), the resting starts behind the legs' ends, and the fastest impact at every target along
 * the stretches of the protected area's edge that open ground reaches. The study (approachstudy.h) calls it at
 * each step; without open-ground layers there is none, and the study is exactly the streets' one.
 */
class OpenGroundStudy
{
  Q_DECLARE_TR_FUNCTIONS( OpenGroundStudy )

public:
  OpenGroundStudy( const OpenGroundLayers &layers, const OpenGroundSettings &settings );

  /**
   * Reads the layers (open areas clipped to \a studyArea) and builds the open ground around \a protectedArea (metric
   * frame) for a vehicle \a vehicleWidthM wide, then replaces \a streets' lines by the open ground's: the streets,
   * split where a closed barrier stands and with attach points added, then the legs (StreetLine::openGround; no
   * feature, name or speed limit). Ends within \a toleranceM are one node. Returns false when cancelled; throws a
   * QgsProcessingException for bad input (the domain's message).
   */
  bool build( const QgsGeometry &protectedArea, const QgsGeometry &studyArea, double vehicleWidthM, double toleranceM,
              StreetNetwork &streets, QgsProcessingContext &context, QgsProcessingFeedback *feedback );

  //! The starts at rest behind the legs' ends (openground.h, STARTS) as entries of \a graph, run up with \a model.
  std::vector<domain::EntryStart> restStarts( const domain::StreetGraph &graph,
                                              const domain::AccelerationModel &model ) const;
  /**
   * The deterministic search's starts: \a entries, whose restStarts() begin at \a firstRestStart (after the streets'
   * entries), run up with \a model; completeRestStart() needs them.
   */
  void useRestStarts( const domain::AccelerationModel &model, int firstRestStart,
                      const std::vector<domain::EntryStart> &entries );

  /**
   * A route that starts at one of the restStarts() begins at rest on the free straight behind the leg's end: adds
   * that straight to its route (a point at speed 0), its length and, when the run-up began at the start, its run-up;
   * it then starts at rest, at no entry.
   */
  void completeRestStart( domain::ImpactResult &impact, const domain::StreetGraph &graph ) const;

  /**
   * The fastest impact at every target (over the edges of \a graph arriving there, found by \a search), each rated by
   * \a rate, and each stretch's fastest. \a streets names the street a route arrives on.
   */
  void rateTargets( const domain::StreetGraph &graph, const domain::ApproachSearch &search,
                    const StreetNetwork &streets,
                    const std::function<domain::BarrierRatings( const domain::ImpactResult & )> &rate );
  /**
   * The fastest impact at target \a target over the edges of \a graph arriving there, as \a search finds it; the
   * arriving directed edge in \a arrivingEdge when given. The route is as the search gives it (no completeRestStart()).
   */
  domain::ImpactResult fastestAtTarget( const domain::StreetGraph &graph, const domain::ApproachSearch &search,
                                        int target, int *arrivingEdge ) const;
  /**
   * The ranged run (approachranges.h): each target's \a spreads (in targetImpacts() order), its ratings by \a rate
   * on its rating speed, and each stretch's critical target re-chosen as the one whose barrier must be the strongest.
   */
  void rateOnSpreads( const std::vector<domain::ImpactSpread> &spreads,
                      const std::function<domain::BarrierRatings( double )> &rate );

  //! The directed edges of \a graph arriving at a target: the heat map's way toward the protected area.
  std::vector<int> approachEdges( const domain::StreetGraph &graph ) const;

  //! The layers it reads (for a second study of the same ground: the queues').
  const OpenGroundLayers &layers() const { return mLayers; }
  //! Every target's fastest impact, stretch by stretch.
  const std::vector<TargetImpact> &targetImpacts() const { return mTargets; }
  //! The stretches of the protected area's edge that open ground reaches.
  const std::vector<StretchImpact> &stretches() const { return mStretches; }
  //! The fastest impact over all targets (nullptr when none is reached).
  const TargetImpact *fastest() const;
  //! Barrier points that close at least one street.
  int closingBarriers() const { return mGround.stats.closingBarriers; }
  //! Street lines split by a closing barrier point.
  int closedStreets() const { return mGround.stats.closedStreets; }
  //! What the user should know of the layers read (polygons repaired or left out).
  const QStringList &warnings() const { return mWarnings; }
  //! What the open ground is made of and what was read, for the log.
  QStringList notes() const;

private:
  OpenGroundLayers mLayers;
  OpenGroundSettings mSettings;
  domain::OpenGround mGround;
  int mOpenAreas = 0;        //!< polygons of open ground in the study area
  int mObstacleShapes = 0;   //!< obstacle polygons and lines near it
  int mObstaclePoints = 0;   //!< obstacle points in the study area
  double mBuildSeconds = 0;  //!< the domain's building time
  double mVehicleWidthM = 0; //!< as built
  std::optional<domain::AccelerationModel> mModel;
  std::vector<domain::EntryStart> mRestStarts;
  int mFirstRestStart = 0;
  std::vector<TargetImpact> mTargets;
  std::vector<StretchImpact> mStretches;
  QStringList mWarnings;
  QStringList mNotes;
};

} // namespace eventsecurity
