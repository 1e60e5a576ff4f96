#pragma once

#include "opengroundspace.h"

#include <cstdint>
#include <functional>
#include <vector>

// The visibility graph of the open ground (issue 13): its nodes and its straight legs.
//
// NODES. Corners where a taut path bends: each run of the free space's reflex vertices (a grown
// obstacle corner's arc, a notch where two pieces of ground meet) is one CORNER node at the meeting
// point of the straight edges before and after it (the mitre point of the arc), up to kMaxCornerTurnRad
// of turn and maxOffsetM off the arc per node; a turn round one corner is then one bend for the search
// (issue 11: a bend split over several close vertices would not limit the speed). The mitre point lies
// outside the arc, so legs between corners never cut a grown obstacle. START nodes at convex corners of
// the free space (the far ends a vehicle starts from at rest), ATTACH nodes on streets, TARGET nodes on
// the protected area's edge (both placed by openground.cpp).
//
// LEGS. A leg joins two nodes when the segment between them is clear (FreeSpace::clear) and, at a
// corner, runs along the corner's tangents (bitangent: the line through the corner does not enter the
// obstacle there; other legs are never part of a taut path). Not linked: two targets, two starts, two
// attach points of the same street (the street joins them).
//
// PRUNING (a Yao graph with long links). The full visibility graph of n corners in an open park has up
// to n^2 / 2 legs and the search's line graph sum_v deg(v)^2 transitions: quadratic and worse. Here each
// node looks at its kExaminedPerCone x K nearest nodes only and, in each of K equal angular sectors
// (cones), keeps the leg to the NEAREST clear one and the leg to the FARTHEST clear one: at most 2 K legs
// per node, so legs <= 2 K n, mean degree <= 4 K and transitions ~ sum_v deg(v)^2 = O(K^2 n); the work is
// O(K n log n): one k-nearest R-tree query and at most (kTriesPerCone + kFarTriesPerCone) K visibility
// tests per node, each an R-tree query along the leg. A corner's tangents span at most 2 x 90 degrees,
// so a corner uses about K / 2 cones. (Degree is not bounded strictly: a node may be chosen by many
// others; the benchmark prints the largest.)
// What pruning costs: the fastest approach along a row of obstacles needs long straight legs past
// them; nearest links alone replace them by chains through the obstacles' corners, which bend, and
// the bends are capped where the room is small. The farthest link per cone keeps long legs, and K = 32
// (cones of 11.25 degrees) keeps the chains' bends small. Measured against the full graph on random
// promenades (tests/domain/test_openground.cpp): no target slower by more than 0.2 %. Pruning only
// removes legs: it never raises a speed.
namespace eventsecurity::domain
{

enum class GroundNodeKind : std::uint8_t
{
  Corner,
  Start,
  Attach,
  Target,
};

//! Directions counter-clockwise from startRad over spanRad.
struct DirectionWedge
{
  double startRad = 0;
  double spanRad = 2 * kPi;
};

struct GroundNode
{
  PlanePoint point; //!< where the legs end
  PlanePoint probe; //!< in the free space, off its edge, within millimetres of point: legs are tested from here
  GroundNodeKind kind = GroundNodeKind::Attach;
  int group = -1; //!< Attach: its street line (attach points of one street share it); Target: its index
  DirectionWedge wedges[2];
  int wedgeCount = 1;
  PlanePoint away{ 0, 0 }; //!< Corner: unit direction from its obstacle into the free space (the bisector)

  //! Whether a leg may leave the node in this direction (radians, counter-clockwise from +x).
  bool allows( double angleRad ) const;
};

struct LegPair
{
  int a = -1;
  int b = -1;
};

//! At most this much turn per corner node (a right-angled building corner is one node).
constexpr double kMaxCornerTurnRad = kPi / 2 * ( 1 + 1e-6 );
//! Points pushed off an edge by this much to be strictly inside the free space (1 mm).
constexpr double kProbeOffsetM = 1e-3;

//! Appends the corner nodes of \a rings (free side on the left) that lie in the free space.
void appendCornerNodes( const std::vector<std::vector<PlanePoint>> &rings, const FreeSpace &space, double maxOffsetM,
                        std::vector<GroundNode> &nodes );

//! Appends start nodes at the convex corners of \a rings: every corner turning by 20 degrees or more,
//! and the others at least spacingM apart along the ring.
void appendStartNodes( const std::vector<std::vector<PlanePoint>> &rings, const FreeSpace &space, double spacingM,
                       std::vector<GroundNode> &nodes );

struct LegStats
{
  long long visibilityTests = 0;
};

/**
 * The legs between \a nodes: with \a conesPerNode > 0 the Yao graph described above, with 0 every clear
 * leg (the full visibility graph: quadratic, for tests). Returns false when isCanceled said so.
 */
bool visibilityLegs( const std::vector<GroundNode> &nodes, const FreeSpace &space, int conesPerNode,
                     const std::function<bool()> &isCanceled, std::vector<LegPair> &legs, LegStats &stats );

} // namespace eventsecurity::domain
