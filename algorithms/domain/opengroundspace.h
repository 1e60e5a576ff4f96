#pragma once

#include "streetgraph.h"

#include <memory>
#include <string>
#include <vector>

// The free space of the open-ground approach model (issue 13): where the CENTRE of a vehicle of a given
// width can be off the carriageway. Plain C++17 with Boost.Geometry (header-only) inside the .cpp only.
//
//   ground = union(open areas, street corridors near them)
//   free   = ground shrunk by the clearance c (half the vehicle's width)  minus  obstacles grown by c
//
// The protected area is NOT grown: the vehicle's centre may reach its edge (that is the impact), so its
// rings only block legs (they cannot cross it) and bound the free space from outside.
//
// Round joins with kPointsPerCircle points on the arc: the arcs' vertices lie ON the true circle, so the
// grown obstacles are slightly smaller and the shrunk ground slightly larger than the exact Minkowski
// sums: the free space is a superset of the true one (the safe side for barriers: a gap is never closed
// that a vehicle fits through; it may look open up to c (1 - cos(pi / 16)) = 0.019 c narrower per side).
//
// Rings are stored with the free side on their LEFT (ground outer rings counter-clockwise, holes
// clockwise; protected outer rings clockwise, holes counter-clockwise), without a repeated closing point.
namespace eventsecurity::domain
{

//! A polygon in the metric plane: an outer ring and holes, each without a repeated closing point.
struct PlanePolygon
{
  std::vector<PlanePoint> outer;
  std::vector<std::vector<PlanePoint>> holes;
};

//! A tree, bollard or planter drawn as a point: a disc of radiusM around it.
struct PointObstacle
{
  PlanePoint point;
  double radiusM = 0;
  bool removable = false; //!< a removable or rising bollard, a gate (OSM: removable / rising / lift_gate...)
};

//! A street whose carriageway and pavements join the open ground: its line and its half-width.
struct Corridor
{
  std::vector<PlanePoint> line;
  double halfWidthM = 0;
};

//! What the free space is made of (validated by FreeSpace: bad input throws std::invalid_argument).
struct FreeSpaceShape
{
  std::vector<PlanePolygon> openAreas;
  std::vector<Corridor> corridors; //!< kept only where within their half-width of an open area
  std::vector<PlanePolygon> obstacleAreas;
  std::vector<std::vector<PlanePoint>> obstacleLines;
  std::vector<PointObstacle> obstaclePoints; //!< all of them block (the caller leaves out open ones)
  std::vector<PlanePolygon> protectedAreas;
  double clearanceM = 0; //!< half the vehicle's width
};

//! Points per full circle of the round joins and point obstacles (see the header comment).
constexpr int kPointsPerCircle = 16;

class FreeSpace
{
public:
  //! Builds the free space. Throws std::invalid_argument for an invalid polygon (naming it), a negative
  //! radius or a clearance <= 0; std::runtime_error when Boost.Geometry fails on valid input.
  explicit FreeSpace( const FreeSpaceShape &shape );
  ~FreeSpace();
  FreeSpace( const FreeSpace & ) = delete;
  FreeSpace &operator=( const FreeSpace & ) = delete;

  //! Rings of the free ground (protected area not subtracted), free side on the left.
  const std::vector<std::vector<PlanePoint>> &groundRings() const { return mGroundRings; }
  //! Rings of the protected area, its outside on the left.
  const std::vector<std::vector<PlanePoint>> &protectedRings() const { return mProtectedRings; }
  //! Rings of the protected area grown by the clearance, its outside on the left (where corner nodes go).
  const std::vector<std::vector<PlanePoint>> &protectedClearanceRings() const { return mProtectedClearanceRings; }

  //! True when the straight segment a-b stays in the free space (it may run along its edge or graze a
  //! corner, never enter an obstacle, leave the ground or cross the protected area's edge). a and b must
  //! be in the free space, off its edge.
  bool clear( PlanePoint a, PlanePoint b ) const;

  //! Distance from \a from (in the free space) along the unit direction (dx, dy) to where the ray leaves
  //! the free space, or maxM when it does not within maxM.
  double rayM( PlanePoint from, double dx, double dy, double maxM ) const;

  //! In the free ground and outside the protected area (points on an edge: either answer).
  bool contains( PlanePoint p ) const;
  //! In the free ground, the protected area ignored.
  bool inGround( PlanePoint p ) const;

  /**
   * The side of the largest free square at \a corner: the square corner + [0, w] along + [0, w] side
   * (unit, perpendicular directions) with no edge of the free space inside it (edges along its two sides
   * through the corner do not count), w at most maxM.
   */
  double freeSquareM( PlanePoint corner, PlanePoint along, PlanePoint side, double maxM ) const;

  //! Parameters in (0, 1) along a-b where it meets the free ground's edge (crossings and touches).
  std::vector<double> groundCrossings( PlanePoint a, PlanePoint b ) const;

  //! Area of the free ground, m^2 (protected area not subtracted).
  double groundAreaM2() const { return mGroundAreaM2; }
  //! Number of edge segments (ground and protected) in the index.
  int segmentCount() const;
  //! Diagonal of the bounding box of the free ground and protected area, m (no ray inside is longer).
  double extentM() const { return mExtentM; }

private:
  double freeSquareWithinM( PlanePoint corner, PlanePoint along, PlanePoint side, double maxM ) const;

  struct Index;
  std::vector<std::vector<PlanePoint>> mGroundRings;
  std::vector<std::vector<PlanePoint>> mProtectedRings;
  std::vector<std::vector<PlanePoint>> mProtectedClearanceRings;
  double mGroundAreaM2 = 0;
  double mExtentM = 0;
  std::unique_ptr<Index> mIndex;
};

//! Throws std::invalid_argument naming \a what unless every coordinate is finite and within 1e9 m.
void requirePlaneCoordinates( const std::vector<PlanePoint> &points, const std::string &what );

} // namespace eventsecurity::domain
