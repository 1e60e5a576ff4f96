#pragma once

#include "streetgraph.h"

#include <vector>

// The bends of a street graph (issue 11 item 1), for the approach search: where along each edge a bend caps the
// speed, with the radius of the fastest path there, and the direction of each street where it meets a junction.
//
// A bend does not stop at a node where exactly two edges meet (a way split without a junction: a vertex like any
// other), so the graph is read as CHAINS: maximal sequences of edges through such nodes, open between junctions
// (3 or more edges) or dead ends, or closed rings. Each chain's centreline goes to findBends (bendgeometry.h);
// a bend's racing-line radius (vehicledynamics.h, racingLineRadiusM) uses the widest carriageway among the edges
// its caps fall on (a wider road allows a larger radius: the safe side) and the inner radius Rc - w/2.
// Turns AT junctions are not bends of a chain: the approach search caps them with a kerb radius.
// Open-ground legs (StreetGraph::isOpenGround) are not streets: they belong to no chain and do not count as edges at
// a node, so a street runs on through the attach points where legs meet it; turns into and out of legs follow the
// open-ground turn model (opengroundturn.h).
namespace eventsecurity::domain
{

// A speed cap of a bend on an undirected edge.
struct BendCap
{
  double offsetM = 0; // from the edge's first point, along its digitised direction (0 .. edge length)
  double radiusM = 0; // radius of the fastest path through the bend, m
};

class StreetBends
{
public:
  // Throws std::invalid_argument for a negative or NaN tolerance.
  StreetBends( const StreetGraph &graph, double digitisingToleranceM );

  // The caps on undirected edge e, by offset ascending: capBegin(e) .. capEnd(e) - 1. A cap at a node between two
  // edges of a chain is on both, at their ends.
  int capBegin( int edge ) const { return mCapOffset[static_cast<std::size_t>( edge )]; }
  int capEnd( int edge ) const { return mCapOffset[static_cast<std::size_t>( edge ) + 1]; }
  const BendCap &cap( int i ) const { return mCaps[static_cast<std::size_t>( i )]; }

  // True where 3 or more street edge ends meet (legs not counted): turns between streets there are junction turns.
  bool isJunction( int node ) const;

  // Deflection (0 .. pi) of the turn from a directed edge into the next at their junction, from the two streets'
  // simplified directions there (digitising noise next to the junction does not change the turn).
  double junctionDeflectionRad( int fromDirected, int toDirected ) const;

private:
  void addChain( const std::vector<int> &chain, bool closed, double toleranceM,
                 std::vector<std::pair<int, BendCap>> &caps );

  const StreetGraph &mGraph;
  std::vector<int> mCapOffset;
  std::vector<BendCap> mCaps;
  // Per directed edge: unit direction of its street's simplified first segment (leaving its start node) and
  // last segment (arriving at its end node); set for edges that start or end a chain.
  std::vector<PlanePoint> mStartDirection;
  std::vector<PlanePoint> mEndDirection;
};

} // namespace eventsecurity::domain
