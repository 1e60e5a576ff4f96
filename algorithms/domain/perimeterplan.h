#pragma once

#include "streetgraph.h"

#include <vector>

// Planning rules of the event perimeter (issue 5) that are not geometry: which crossings of the cordon
// become emergency gates, vehicle barriers or pedestrian entries, and how the exit width is shared among
// the entries. Judgement calls of this project, documented in the perimeter design algorithm's help.
// Crowd figures themselves (lanes, egress width, evacuation time) live in crowd.h.
namespace eventsecurity::domain
{

// Bearing of `to` seen from `from` in degrees clockwise from the frame's north (+y), in [0, 360).
double bearingDeg( PlanePoint from, PlanePoint to );

// The smaller angle between two bearings, in [0, 180] degrees.
double bearingSeparationDeg( double aDeg, double bDeg );

enum class CrossingKind
{
  VehicleBarrier,  // a crash-rated barrier, closed for the whole event
  EmergencyGate,   // a removable crash-rated barrier, opened for emergency vehicles
  PedestrianEntry, // where people go in and out (search lanes); still behind a rated, pedestrian-permeable line
};

// What the rules need to know about one place where a street crosses the cordon.
struct CrossingInfo
{
  double widthM = 0;         // carriageway (or footway) width at the crossing
  double bearingDeg = 0;     // seen from the event area's centre
  bool pedestrian = false;   // a footway or pedestrian street
  bool drivable = true;      // false when the planner left the street out of the vehicle network (e.g. bollarded)
  double impactSpeedMs = -1; // highest hostile vehicle speed there, -1 when no vehicle can reach it
};

// Default minimum bearing separation between two emergency gates: a quarter turn puts them on different
// sides of a compact venue (judgement call, a parameter of the algorithm).
constexpr double kDefaultGateSeparationDeg = 90;

// Emergency gates among the drivable street crossings that are not pedestrian (indices into crossings, in
// the order chosen), at most gateCount of them:
// 1. the first is the widest street (ties: the lower impact speed, then the earlier crossing);
// 2. each next one is the widest among the candidates at least minSeparationDeg in bearing from every gate
//    chosen so far (ties: the farthest in bearing from the chosen gates, then the lower impact speed, then
//    the earlier); when no candidate is that far, the one farthest in bearing (ties: the widest).
// Throws std::invalid_argument for a negative gateCount or a separation outside [0, 180].
std::vector<int> chooseEmergencyGates( const std::vector<CrossingInfo> &crossings, int gateCount,
                                       double minSeparationDeg = kDefaultGateSeparationDeg );

// Default smallest number of pedestrian entries: two, so that one blocked entry does not leave the crowd
// a single way in and out (judgement call, a parameter of the algorithm).
constexpr int kDefaultMinimumEntries = 2;

// The kind of every crossing:
// 1. the emergency gates of chooseEmergencyGates( crossings, gateCount, minSeparationDeg );
// 2. every pedestrian crossing is a pedestrian entry;
// 3. while the entries' street widths add up to less than neededExitWidthM (with largestExitLost: without the
//    widest entry, which may be blocked: crowd.h, evacuationMinutesLargestExitLost), or there are fewer than
//    minimumEntries entries, the widest crossing that is neither a gate nor an entry becomes one too (ties:
//    the farthest in bearing from the entries so far, then the lower impact speed, then the earlier), until
//    none is left: footways first, then as few streets as the exits need;
// 4. the other crossings are vehicle barriers.
// Throws std::invalid_argument as chooseEmergencyGates, or for a negative or NaN needed width or minimum.
// largestExitLost false keeps the rule before issue 11 (all entries count); true is the Green Guide / BS 9999
// practice of issue 11 item 8.
std::vector<CrossingKind> classifyCrossings( const std::vector<CrossingInfo> &crossings, int gateCount,
                                             double minSeparationDeg, double neededExitWidthM,
                                             int minimumEntries = kDefaultMinimumEntries,
                                             bool largestExitLost = false );

// Stable machine key of a kind, as written in the `kind` field: "vehicle_barrier", "emergency_gate",
// "pedestrian_entry".
const char *crossingKindKey( CrossingKind kind );

// The exit width each entry provides: neededWidthM shared in proportion to the entries' street widths,
// each share at most its street's width. Since the shares are proportional to the caps, either no share
// is capped (the sum is neededWidthM) or all are (the sum is the total street width). Throws
// std::invalid_argument for a negative, infinite or NaN needed width or street width; all-zero widths
// share nothing.
std::vector<double> shareEgressWidth( double neededWidthM, const std::vector<double> &streetWidthsM );

// The exit width each entry must provide so that the entries give neededWidthM with the largest of them lost
// (issue 11 item 8; crowd.h, evacuationMinutesLargestExitLost): shares in proportion to the entries' street
// widths, fraction x width, with fraction x (total - widest) = neededWidthM, each share at most its street's
// width (then all are capped: the shares are the whole streets and fall short). Two equal streets give each
// the whole needed width, twice shareEgressWidth's half. A single street cannot lose one: it gets its whole
// width. Throws std::invalid_argument as shareEgressWidth.
std::vector<double> shareEgressWidthWithLargestExitLost( double neededWidthM,
                                                         const std::vector<double> &streetWidthsM );

} // namespace eventsecurity::domain
