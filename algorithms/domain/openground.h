#pragma once

#include "approachsearch.h"
#include "opengroundspace.h"
#include "streetbarriers.h"
#include "streetgraph.h"
#include "vehicledynamics.h"

#include <functional>
#include <vector>

// Off-road approach (issue 13): hostile vehicles that leave the street across squares, promenades, car
// parks and lawns (Nice, 14 July 2016: a 19 t lorry drove about 1.7 km along the Promenade des Anglais,
// domain.md section 4). This unit turns open ground into more street lines (open-ground legs, StreetLine::openGround)
// for the approach search (approachsearch.h), so streets and open ground share one physics and one search; the
// search caps turns where legs meet by the open-ground turn model (opengroundturn.h).
//
// MODEL (metric plane, metres).
// - Free space (opengroundspace.h): where the vehicle's centre can be: the open areas, joined by the
//   corridors of the streets that touch them (carriageway and pavements: a kerb does not stop a
//   hostile driver, domain.md section 4), shrunk by half the vehicle's width, minus the obstacles grown by
//   it; the protected area is not drivable and blocks.
// - Legs (opengroundlegs.h): straight runs between corners of the free space, attach points on the
//   streets (street lines get a vertex there) and impact targets on the protected area's edge; a Yao
//   graph bounds the degree. Each leg becomes a StreetLine: the search accelerates along it and limits the
//   speed where legs meet by the turn and the room there (below).
// - ROOM TO TURN. Where legs meet (each other or a street) the search caps the speed by the open-ground
//   turn model (opengroundturn.h): the racing line through the node from the turn's angle, the room beside
//   the two legs there and the straight runs along them; never a street's kerb radius. The room beside a
//   leg at a node, on each side, is the side of the largest free square standing on the leg there (a strip
//   the turn's arc sweeps, as wide as it is long, not only a line across the leg: in a park the arc sweeps
//   an area), measured in the free space of the vehicle's centre (so no vehicle width is added); 0 on the
//   obstacle's side at a CORNER node (the obstacle is there: the turn's sharp inner corner, already offset
//   by the clearance). A leg's run at an end is the leg and the free straight past its far end in line
//   with it (the vehicle may come straight through that node, or start at rest behind it); the search does not
//   limit it toward a target (the vehicle may hit the protected edge before its turn is complete). Street attach
//   points get the rooms beside the street, ahead and behind; a street's run is not limited (the safe side).
// - STOPS (StreetLine::stopAtStart/stopAtEnd): a route never drives through a target (the target is the
//   impact) nor through a start node (a convex corner of the free space: the walls meet at the node, no room
//   past it); it may start there. LIMIT (the unsafe side, small): a vehicle can turn in the corner region
//   short of the node (cut a plaza's corner, turn round a few metres short of the end of a promenade); the
//   model does not credit that turn. The U-turn at the end of a strip of free width W gains a run of
//   S(sqrt(a W / 2)): on the tests' promenade (W = 7.5 m, a car) about 7 m, 0.7 % of the impact speed
//   after 300 m.
// - STARTS. At rest anywhere (the search's resting starts: every leg's start, the convex corners of the
//   free space), plus, per leg end, a start at rest on the straight free run behind it (a vehicle coming
//   from farther back in line with the leg: openGroundRestStarts). Entries at speed where a street
//   crosses the study area's edge: the caller's, unchanged; the open ground is fed from the streets.
// - IMPACTS. Targets at the given spacing along each stretch of the protected area's edge that free
//   space reaches (both ends included); each stretch is an output line whose worst speed is the highest
//   of its targets.
// - BARRIER POINTS on streets close them (streetbarriers.h); a wall across the street's corridor keeps
//   the open ground from bypassing them through the corridor.
//
// NOT MODELLED (say so to users): kerbs and steps as speed limits (a kerb is mounted at speed), soft
// ground (lawns are as fast as asphalt: the safe side), slopes; vehicles entering at speed over open
// ground that crosses the study area's edge (clip the open areas to the study area: they start at rest).
namespace eventsecurity::domain
{

struct OpenGroundInput
{
  std::vector<PlanePolygon> openAreas;                //!< ground a vehicle can drive off the carriageway
  std::vector<PlanePolygon> obstacleAreas;            //!< buildings, water, planters...
  std::vector<std::vector<PlanePoint>> obstacleLines; //!< walls, fences, crash-rated barrier lines
  std::vector<PointObstacle> obstaclePoints;          //!< trees, bollards (closing the streets they stand on)
  std::vector<PlanePolygon> protectedAreas;           //!< the area to protect (its parts)
  std::vector<StreetLine> streets;                    //!< the study area's street lines (as for StreetGraph)
};

struct OpenGroundOptions
{
  //! Width of the vehicle (m): the vehicle class's. Required: (0, 5] m (EU maximum 2.55 m, Council
  //! Directive 96/53/EC annex I 1.1; 5 m admits any road vehicle).
  double vehicleWidthM = 0;
  //! Spacing of the impact targets along the protected edge (m). Judgement: 10 m, about two vehicle
  //! lengths; a barrier line's design speed is the highest over its targets.
  double impactSpacingM = 10;
  //! Spacing of the attach points along streets inside the free space (m). Judgement: 10 m; a vehicle
  //! leaves the street at one of them (a coarser spacing makes its exit angles coarser).
  double attachSpacingM = 10;
  //! Pavement beside each carriageway that joins it to open ground (m). Judgement: 3 m, a wide urban
  //! footway (UK Manual for Streets, DfT 2007, section 6.3: about 2 m unobstructed in quiet streets).
  double pavementWidthM = 3;
  //! The StreetGraph's snapping tolerance (m): points closer than this are one node.
  double snapToleranceM = 0.5;
  //! Whether a removable or rising bollard counts as open. Judgement: true, the safe side (it is down
  //! whenever someone lets a vehicle through).
  bool removableBarriersOpen = true;
  //! Cones per node of the pruned visibility graph (opengroundlegs.h); 0 = every clear leg (quadratic:
  //! tests only). Judgement: 32, the fewest that kept random promenades within 0.2 % of the full graph.
  int conesPerNode = 32;
};

struct OpenGroundLeg
{
  PlanePoint from;
  PlanePoint to; //!< the target, for a leg that ends at one
  double lengthM = 0;
  //! The room across the leg at `from` as a carriageway width: both sides plus the vehicle's width (for display;
  //! the search uses fromRoom)
  double fromWidthM = 0;
  double toWidthM = 0;       //!< the same at `to`
  DirectionRoom fromRoom;    //!< beside the leg at `from` looking toward `to`, and the straight run that way
  DirectionRoom toRoom;      //!< beside the leg at `to` looking toward `from`, and the straight run that way
  double restRunupFromM = 0; //!< straight free run behind `from`, in line with the leg
  double restRunupToM = 0;   //!< straight free run behind `to`, in line with the leg
  int firstLine = -1;        //!< its line in OpenGround::lines (an open-ground StreetLine from `from` to `to`)
  int lineCount = 0;         //!< 1
};

//! A stretch of the protected area's edge that the free space reaches.
struct ProtectedStretch
{
  std::vector<PlanePoint> points; //!< along the edge (the protected area on the right)
  bool closed = false;            //!< the whole ring (first point not repeated)
  double lengthM = 0;
  int firstTarget = 0; //!< its targets: firstTarget .. firstTarget + targetCount - 1
  int targetCount = 0;
};

struct ImpactTarget
{
  PlanePoint point;  //!< on the protected area's edge
  int stretch = -1;  //!< index in OpenGround::stretches
  double edgeDx = 1; //!< unit direction of the edge there (for the impact angle)
  double edgeDy = 0;
  int line = -1; //!< a leg line ending at the target (-1: no leg reaches it)
};

struct OpenGroundStats
{
  int cornerNodes = 0;
  int startNodes = 0;
  int attachNodes = 0;
  int targetNodes = 0;
  int legs = 0;
  int legLines = 0;
  int maxDegree = 0;
  double meanDegree = 0;
  //! Transitions the open-ground nodes add to the search's line graph: sum of deg (deg - 1).
  long long transitions = 0;
  long long visibilityTests = 0;
  int freeSpaceSegments = 0;
  double freeAreaM2 = 0;
  int closingBarriers = 0;
  int closedStreets = 0;
  double freeSpaceSeconds = 0; //!< free space and its index
  double nodesSeconds = 0;     //!< targets, attach points, corners
  double legsSeconds = 0;      //!< the visibility graph
  double linesSeconds = 0;     //!< widths, rest runs, output lines
};

struct OpenGround
{
  //! The street lines (closed at barriers, with attach vertices), then the legs' lines.
  std::vector<StreetLine> lines;
  std::vector<LineOrigin> origins; //!< per line
  int streetLineCount = 0;         //!< lines[0 .. streetLineCount) are streets
  std::vector<OpenGroundLeg> legs;
  std::vector<ProtectedStretch> stretches;
  std::vector<ImpactTarget> targets;
  OpenGroundStats stats;
  bool canceled = false; //!< isCanceled said so: the rest is empty
};

/**
 * Builds the open ground's legs and targets and the street lines they join (see MODEL). Without open
 * areas the streets come back unchanged but for barrier closures. Throws std::invalid_argument for a bad
 * option or input (an invalid polygon names its layer and number, a negative radius, a coordinate that
 * is not finite or beyond 1e9 m).
 */
OpenGround buildOpenGround( const OpenGroundInput &input, const OpenGroundOptions &options,
                            const std::function<bool()> &isCanceled = {} );

//! The resting starts behind the legs' ends (see STARTS) as entries of \a graph (built from ground.lines):
//! a start at rest reaches the leg's end with the speed of its run.
std::vector<EntryStart> openGroundRestStarts( const StreetGraph &graph, const OpenGround &ground,
                                              const AccelerationModel &model );

//! The approaches to target \a target: one per edge of \a graph arriving at it, at its end.
std::vector<ImpactLocation> targetApproaches( const StreetGraph &graph, const OpenGround &ground, int target );

//! The directed edges of \a graph arriving at any target: for ApproachSearch::maxSpeedTowardMs (heat map).
std::vector<int> targetApproachEdges( const StreetGraph &graph, const OpenGround &ground );

//! Per leg, the highest of \a edgeSpeedsMs (per undirected edge of \a graph, -1 = none, as
//! ApproachSearch::maxSpeedTowardMs gives) over the edges drawn from its lines; -1 where none.
std::vector<double> legSpeedsMs( const StreetGraph &graph, const OpenGround &ground,
                                 const std::vector<double> &edgeSpeedsMs );

} // namespace eventsecurity::domain
