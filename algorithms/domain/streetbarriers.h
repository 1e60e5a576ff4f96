#pragma once

#include "opengroundspace.h"
#include "streetgraph.h"

#include <vector>

// Barriers drawn as points on street lines (an OpenStreetMap barrier=bollard node on a way): which
// streets they close, for the approach searches (issue 13). Plain C++17.
//
// A point obstacle within the snapping tolerance of a street line stands across that street: the line
// is split there, each piece stopping kBarrierGap short of the point on its side (farther apart than the
// tolerance, so the graph does not join them again). A removable or rising bollard (OSM removable=yes,
// bollard=rising...) closes the street unless removableOpen says it counts as open. Lines and polygons
// never close a street: streets pass under buildings (OSM tunnel=building_passage) and through gates
// in walls, and OSM maps those gates as points on the way.
namespace eventsecurity::domain
{

//! Where an output street line comes from.
struct LineOrigin
{
  int street = -1;                 //!< index of the input street line; -1 for an open-ground leg
  int leg = -1;                    //!< index of the leg (OpenGround::legs) for a leg's line
  bool startIsStreetStart = false; //!< its first point is the input line's first point
  bool endIsStreetEnd = false;     //!< its last point is the input line's last point
};

struct StreetClosure
{
  std::vector<StreetLine> lines;              //!< the streets, closed ones split into pieces
  std::vector<LineOrigin> origins;            //!< per line
  std::vector<std::vector<PlanePoint>> walls; //!< across each closed street's corridor at its barrier
  int closingBarriers = 0;                    //!< point obstacles that closed at least one street
  int closedStreets = 0;                      //!< input lines split by at least one barrier
};

//! Half of the gap left in a street at a barrier beyond the snapping tolerance's half (5 cm).
constexpr double kBarrierGapBeyondToleranceM = 0.05;

/**
 * Splits the drivable \a streets at the closing points of \a barriers (see above). \a corridorHalfWidth
 * per street: the wall across it reaches that far on each side (its half-width plus pavements). Throws
 * std::invalid_argument for a non-finite coordinate or tolerance.
 */
StreetClosure closeStreetsAtBarriers( const std::vector<StreetLine> &streets,
                                      const std::vector<PointObstacle> &barriers, double toleranceM, bool removableOpen,
                                      double pavementWidthM );

//! Whether a point obstacle stands for a closed barrier: not a removable one counted as open.
inline bool barrierIsClosed( const PointObstacle &barrier, bool removableOpen )
{
  return !( barrier.removable && removableOpen );
}

} // namespace eventsecurity::domain
