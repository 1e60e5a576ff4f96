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
// PRUNING (Yao graph). The full visibility graph of n corners in an open park has up to n^2 / 2 legs and
// the search's line graph sum_v deg(v)^2 transitions: quadratic and worse. With K cones per node, each
// node keeps, in each of K equal angular sectors, only the leg to the NEAREST clear candidate, so it
// chooses at most K legs: legs <= K n, mean degree <= 2 K, transitions ~ sum_v deg(v)^2 ~ 4 K^2 n. A
// corner's tangents span at most 2 x 90 degrees, so a corner uses about K / 2 cones. Candidates are met
// nearest first (R-tree); a cone gives up after kTriesPerCone blocked candidates and a node after
// kExaminedPerCone x K candidates, so the cost is O(K n log n) visibility tests, each an R-tree query.
// What pruning can cost: a long straight leg can be replaced by a chain of shorter legs through nodes in
// the same cone, each turning by less than about 2 pi / K; a turn is capped only when the room there is
// small, so the fastest approach is lower by little (quantified against the full graph in
// tests/domain/test_openground.cpp). Pruning only removes legs: it never raises a speed.
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
  int group = -1; //!< attach points of one street share it
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
