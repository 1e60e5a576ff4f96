#pragma once

#include "streetbends.h"
#include "streetgraph.h"

#include <limits>
#include <vector>

// What the approach search (approachsearch.h) needs from the street graph alone, whatever the vehicle: the bends of
// the streets (streetbends.h) and the radius of the fastest path through each transition's turn (a street junction's
// corner round its kerb, or an open-ground turn, opengroundturn.h). The search turns a radius R into its speed cap
// sqrt(a R) with the vehicle's lateral limit a; R itself depends on the geometry, the kerb radius and the digitising
// tolerance only.
//
// WHY APART. On open ground the legs form a visibility graph (openground.h): about 20 legs meet at a node, so a node
// has about 400 turns, each a small optimisation (opengroundturn.h). The Montevideo sample's open ground has a million
// transitions: their radii took most of a search's time, and the ranged run (issue 16) searches the same graph once
// per sample of the vehicle, where only the acceleration model, the lateral limit and the entry speeds change. Built
// once per graph, shared by every search on it.
namespace eventsecurity::domain
{

class ApproachGeometry
{
public:
  /**
   * The bends and every transition's turn radius of \a graph, which must outlive this. Throws std::invalid_argument
   * for a negative or NaN kerb radius or digitising tolerance, a street width <= 0 where a junction turn needs it, or
   * an open-ground room or run that is negative, NaN or finite beyond 1e9 m (opengroundturn.h).
   */
  ApproachGeometry( const StreetGraph &graph, double kerbRadiusM, double digitisingToleranceM );

  const StreetGraph &graph() const { return mGraph; }
  const StreetBends &bends() const { return mBends; }
  double kerbRadiusM() const { return mKerbRadiusM; }
  double digitisingToleranceM() const { return mDigitisingToleranceM; }

  /**
   * Radius (m) of the fastest path through the turn from directed edge \a from into \a to at their node: an
   * open-ground turn where either is a leg (openGroundTurnRadiusM; where the radius reaches \a enoughM it may stop
   * early at a radius between enoughM and the radius), the racing line round the kerb at a street junction, and
   * +infinity where the turn caps nothing (a node where only two streets meet: its turn is part of a bend).
   */
  double turnRadiusM( int from, int to, double enoughM = std::numeric_limits<double>::infinity() ) const;

  //! turnRadiusM of transition \a transition (StreetGraph::transitionBegin) with enoughM infinite, computed once.
  double transitionRadiusM( int transition ) const { return mTransitionRadius[static_cast<std::size_t>( transition )]; }

private:
  PlanePoint arrivingDirection( int directed ) const;
  PlanePoint leavingDirection( int directed ) const;

  const StreetGraph &mGraph;
  StreetBends mBends;
  double mKerbRadiusM;
  double mDigitisingToleranceM;
  // Per directed edge: unit direction of its last segment (arriving at its end node) and of its first (leaving its
  // start node); {0, 0} for a segment of no length. Once per edge rather than once per turn.
  std::vector<PlanePoint> mArriving;
  std::vector<PlanePoint> mLeaving;
  std::vector<double> mTransitionRadius;
};

} // namespace eventsecurity::domain
