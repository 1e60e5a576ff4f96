#pragma once

#include "approachgeometry.h"
#include "bendgeometry.h"
#include "streetbends.h"
#include "streetgraph.h"
#include "vehicledynamics.h"

#include <cstddef>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

// The fastest a hostile vehicle can reach given points of a street network (issue 4, domain.md section 4;
// bends and run-up of issue 11).
//
// MODEL. Along a run the speed grows by the AccelerationModel: S(v2) = S(v1) + s. Bends cap it:
// - a bend of a street (streetbends.h, bendgeometry.h: a run of same-sense vertices of the simplified centreline,
//   or a corner drawn as one vertex, across nodes where only two edges meet) caps the speed at each of its CAP
//   POINTS (its drawn vertices, or a tangent corner's tangent points and corner) at c = sqrt(a R), R the radius of
//   the fastest path through it (vehicledynamics.h, racingLineRadiusM: R = Ri + w / (1 - cos(theta/2)), Ri the
//   inner radius, theta the bend's whole turn);
// - a turn between streets at a junction (3 or more street edges) is a corner whose inner kerb has the radius
//   kerbRadiusM: R = kerb + w / (1 - cos(theta/2)), theta the turn between the two streets' simplified directions,
//   w the mean of the two edges' widths inside a line (a judgement call: the corner is cut across both
//   carriageways);
// - a turn where an open-ground leg (StreetGraph::isOpenGround, openground.h) meets another line, whatever the node's
//   degree, is capped by the open-ground turn model (opengroundturn.h): R from the turn's angle, the rooms beside the
//   two lines at the node and their straight runs (StreetGraph::startRoom; none on the way out when it ends at a
//   stop: the impact may come before the turn is complete); never the kerb radius. Legs are no part
//   of the streets' bends or junctions (streetbends.h: a street runs on through the attach points legs meet);
// - a = g min(mu, rollover threshold) (vehicledynamics.h, lateralAccelerationLimitMs2).
// The vehicle starts at rest anywhere (optional) and/or enters given directed edges at a given speed. A route never
// passes through a stop (StreetGraph::stopsAtEnd: an impact target, a convex corner of open ground): the graph has no
// transition there.
//
// RUN-UP SPACE. The search works on D = S(v), the "equivalent run-up from rest", instead of v. S is
// increasing, so maxima and minima carry over, and the model becomes additions and minima:
//   a straight run of s:  D -> D + s;      a cap point with limit c:  D -> min(D, S(c)).
// Every cap is a constant of the geometry: a cap point's limit depends on its bend alone (its chain has one way
// on at each two-edge node, and it is the same driven either way), a junction or open-ground turn cap on the two
// edges alone, never on the path that led there. Since min(D + a, C) + b = min(D + a + b, C + b), a whole directed edge
// e (length A_e, cap points i at distance r_i before its end, one at its start excluded: it is the previous edge's end)
// is ONE function D -> min(D + A_e, K_e), K_e = min_i (S(c_i) + r_i), and a transition t: e -> f at the end node adds
// the turn's cap when the node is a street junction or either edge an open-ground leg: D(f) >= min(D(e) + A_e, Cap_t),
// Cap_t = min(K_e, S(c_turn)) (= K_e between two streets at a two-edge node, whose turn is part of a bend of the
// chain). The inner loop is an addition and two minima: no logarithm, no allocation. Speeds within 1e-6 of vmax are
// taken as vmax (S is infinite at vmax): D <= Dmax. These functions are non-decreasing: a faster entry never gives a
// slower exit, so keeping only the best label per state loses no walk (the principle of optimality holds; only the
// ORDER is the problem). No U-turns into the same edge (streetgraph.h): turning round is a near standstill, which
// resting starts cover; a U-turn from one open-ground leg into another along the same line is an open-ground turn (2R =
// the room across).
//
// WHY NOT DIJKSTRA. Labels are not monotone along paths (they grow on straights, drop at bends), and the
// best walk may even repeat a directed edge: on a loop whose bends allow more than the vehicle gains in one
// lap, each lap adds the lap length to D until a bend caps it, so no order that settles a state once
// (max-first or min-first) is exact. The search is label-correcting instead, in max-first order as a
// heuristic: on a 1M-edge city grid it makes about 3 label improvements per state, min-first about 40.
//
// ALGORITHM. D(e) starts at 0 (= rest, when resting starts are on) or S(entry speed); every state with a
// label is queued. Pop a state e (largest D first: high speeds spread first, so fewer labels are corrected
// later), relax each transition t: e -> f; when cand = min(D(e) + A_e, Cap_t, Dmax) exceeds D(f) by more
// than kImprovementM, set D(f) = cand, pred(f) = e and queue f (or move it up if it is queued: the queue,
// an indexed 4-ary heap, holds each state at most once, so it never outgrows the number of states).
// A transition whose Cap_t is within kImprovementM of D(f) (or into a state the one-way rule closes) can never
// relax again, since labels only rise: it is dropped from e's list of transitions for the rest of the run, the
// others kept in their order (on open ground most relaxations fail on the cap, and a state is popped many times).
//
// SET-UP. The turn radii are geometry (approachgeometry.h), built once per graph and shareable between searches
// (the ranged run's samples); a search turns each into its cap with its own lateral limit and acceleration model.
// An open-ground turn's radius may stop early beyond the radius of the top speed, enoughM (opengroundturn.h); the
// shared radius is computed without that stop, and a search reads it as: below enoughM, the radius it would have
// computed itself (the early stop never acts below enoughM); at or beyond it, no cap when sqrt(a enoughM) already
// reaches the top speed (sqrt(a R) grows with R), else (a rounding hair below it) the radius computed again with
// enoughM. So every cap is the very number the search's own computation with its enoughM gives (tests:
// test_approachgeometry, radiusStopsEarlyOnlyBeyondEnough; test_approachsearch, sharedGeometryGivesTheSameSearch).
//
// TERMINATION. Every label value is the value of a walk: a start or cap value plus the lengths of the
// edges driven since. Each queued label is larger than the last by more than kImprovementM > 0 and all
// labels are at most Dmax, so each state is queued at most Dmax / kImprovementM + 1 times: the loop ends
// (in practice a state is corrected a few times: caps bind within a few blocks; only loops whose bends
// bind late add laps, up to Dmax / lap length of them).
//
// LAPS. Going round a cycle is one function D -> min(D + L, C), L its length and C its composed caps, so k
// laps give min(D + k L, C): enough laps reach C exactly. A state improved kLapCheck, 2 kLapCheck,
// 4 kLapCheck... times is probably being lapped: where its pred chain closes into a cycle (through it or
// further back), that cycle is composed and the label of the state where it closes jumps to C (when
// L > 0), the value of a walk (the walk to D plus enough laps), so (a) below still holds. Without it a
// slow vehicle (tiny a0: Dmax huge) on a short loop whose bends bind late took Dmax / L laps (the fuzzer
// found 1e31); with it a cycle takes about kLapCheck.
//
// CORRECTNESS. (a) Every label is achieved by a walk (labels are only ever set to a walk's value), so
// D <= the supremum over walks. (b) At the end no transition can raise a label by more than kImprovementM
// (a state whose label changed was queued and relaxed afterwards). The relaxation functions are
// 1-Lipschitz in D, so by induction along any walk of k edges its value is at most D(end) + k kImprovementM.
// With kImprovementM = 1e-6 m of run-up, the labels are the exact maxima to far below a millimetre per
// second for any real walk. Both need only that each edge and transition is a fixed function of the form above,
// which the caps being constants of the geometry guarantee.
//
// PATHS. pred(f) is the state whose relaxation last set D(f). Following pred from an impact gives a walk
// that reaches the label (up to the tolerance). On a loop where the caps bind, pred can cycle: the route
// is then cut where it would repeat a state and starts at that state's speed (start speed > 0: the
// vehicle built its speed going round). A route with pred = none starts at rest or at its entry speed.
//
// RUN-UP. A vehicle dynamics assessment reports the run-up as the distance over which the vehicle accelerates
// freely up to the impact: from the last point where its speed was bound (the route's start, a bend's cap point
// or a junction or open-ground turn whose cap was lower than the speed arriving there). ImpactResult::runupM is
// that distance; routeM is the whole route.
namespace eventsecurity::domain
{

// A start at the beginning of a directed edge, at a given speed (entry into the study area).
struct EntryStart
{
  int directedEdge = -1;
  double speedMs = 0;
};

// A point where the network meets the perimeter: on a directed edge (the approach direction), distanceM
// from its start (clamped to the edge); perimeterDx/Dy is the direction of the perimeter line there (for
// the impact angle).
struct ImpactLocation
{
  int directedEdge = -1;
  double distanceM = 0;
  double perimeterDx = 1;
  double perimeterDy = 0;
};

struct RoutePoint
{
  PlanePoint point;
  double speedMs = 0;
};

struct ImpactResult
{
  bool reachable = false;
  double speedMs = 0;  // the maximum speed at the impact location
  double angleDeg = 0; // the street's approach angle to the perimeter line (90 = head-on); not a rating's angle
  double routeM = 0;   // length of the whole route, from its start to the impact location
  double runupM = 0;   // distance since the last point where the speed was bound (start, bend, junction): see RUN-UP
  double startSpeedMs = 0;         // speed at the route's start
  int entryIndex = -1;             // the route starts at ApproachOptions::entries[entryIndex]; -1: not at an entry
  bool startsOnLap = false;        // the route starts where it would repeat a state, at the speed built going round
  std::size_t runupStartPoint = 0; // index in route of the point where the run-up begins
  std::vector<RoutePoint> route;   // from the start to the impact location: every vertex and cap point, with speeds
};

// Default kerb radius of junction corners, m: a JUDGEMENT CALL on the safe side (a larger radius allows a faster
// turn). Historic town centres have corners under 1 m, UK trunk-road practice 6 m (DMRB, as publicrealm.org,
// "Urbanism and road design", puts it); US municipal codes ask 25-30 ft (7.6-9.1 m) where local streets meet and
// up to 50 ft (15.2 m) for collectors, arterials and commercial streets (e.g. Archbold, Ohio, minimum curb radii,
// table 4: local-local 30 ft, collector-arterial 50 ft). 15 m covers these; slip lanes and rural junctions can be
// larger: a parameter. 0 cuts the corner sharp (the rule before issue 11).
constexpr double kDefaultKerbRadiusM = 15;

struct ApproachOptions
{
  double friction = 0.7;
  // The vehicle's static rollover threshold, g (VehicleClass::rolloverThresholdG); +infinity: none.
  double rolloverThresholdG = std::numeric_limits<double>::infinity();
  double kerbRadiusM = kDefaultKerbRadiusM;                   // junction corners
  double digitisingToleranceM = kDefaultDigitisingToleranceM; // bend analysis (bendgeometry.h)
  bool respectOneway = false;
  bool startAtRestAnywhere = true;
  std::vector<EntryStart> entries;
};

class ApproachSearch
{
public:
  // Tolerance of the label-correcting loop, in metres of run-up (see TERMINATION above).
  static constexpr double kImprovementM = 1e-6;
  // Improvements of one state after which its pred chain is checked for a cycle (see LAPS above).
  static constexpr int kLapCheck = 16;

  // Throws std::invalid_argument for a friction or rollover threshold <= 0 or NaN, a negative or NaN kerb radius
  // or digitising tolerance, a street width <= 0 where a bend or junction turn needs it, or an open-ground room or
  // run that is negative, NaN or finite beyond 1e9 m (opengroundturn.h).
  ApproachSearch( const StreetGraph &graph, const AccelerationModel &model, ApproachOptions options );

  // The same on a geometry built before (approachgeometry.h), shared with other searches on its graph: the ranged
  // run's samples. Throws std::invalid_argument as above, for a null geometry, or one built with another kerb radius
  // or digitising tolerance than \a options give.
  ApproachSearch( std::shared_ptr<const ApproachGeometry> geometry, const AccelerationModel &model,
                  ApproachOptions options );

  // The geometry the search runs on, to share with other searches on the same graph.
  const std::shared_ptr<const ApproachGeometry> &geometry() const { return mGeometry; }

  // Runs the search. Returns false when isCanceled (checked now and then) said so.
  bool run( const std::function<bool()> &isCanceled = {} );

  // The best speed at the start of a directed edge (after the junction), or -1 when unreachable.
  double entrySpeedMs( int directed ) const;

  // The best speed at an impact location, the angle and one route reaching it.
  ImpactResult impact( const ImpactLocation &location ) const;

  // Per undirected edge: the highest speed on it, over the directions from which one of the given
  // directed edges can be reached (travel toward the perimeter, never through a stop); -1 where none.
  std::vector<double> maxSpeedTowardMs( const std::vector<int> &targetDirectedEdges ) const;

  // Number of label improvements of the last run (for benchmarks).
  long long relaxations() const { return mRelaxations; }

private:
  double runupOfLimit( double speedLimitMs ) const; // S(c), +inf when c reaches vmax
  double speedOfRunup( double runupM ) const;       // S^-1
  double capRunup( double radiusM ) const;          // S(c) of a cap of this radius
  double turnCapRunup( int fromDirected, int toDirected ) const;
  double transitionTurnCapRunup( int fromDirected, int transition ) const; // the same from the shared radius
  void setCaps();                                                          // K_e and Cap_t
  void setStartLabels(); // D, pred and the live transitions before a run
  bool allowed( int directed ) const;
  // A cycle of pred links and the label its first state reaches by lapping it (the composed cap C).
  struct Lap
  {
    int state = -1; // none: the pred chain ends at a start, or the cycle has no length
    double limit = -1;
  };
  // Scratch of lapOnPredChain, kept across its calls in a run (it is called thousands of times on open ground).
  struct LapScratch
  {
    std::vector<char> seen; // per state, all zero between calls
    std::vector<int> walked;
  };
  // The cycle where the pred chain from \a directed closes, if it does (see LAPS).
  Lap lapOnPredChain( int directed, LapScratch &scratch ) const;
  // Where a drive stands: D, the distance since the speed was last bound and the route point where that was.
  struct Progress
  {
    double runup = 0;
    double sinceBoundM = 0;
    std::size_t boundPoint = 0;
  };
  // Applies a cap to the progress: D = min(D, cap); a cap below D binds (the run-up starts again there).
  void applyCap( Progress &progress, double capRunup, const std::vector<RoutePoint> *route ) const;
  // Drives the first distanceM of a directed edge from progress; \a highest (if not null) gets the highest D met
  // on the way; \a route (if not null) gets each vertex and cap point passed, with its speed.
  void driveAlong( int directed, double distanceM, Progress &progress, double *highest,
                   std::vector<RoutePoint> *route ) const;

  std::shared_ptr<const ApproachGeometry> mGeometry;
  const StreetGraph &mGraph;
  const StreetBends &mBends;
  AccelerationModel mModel;
  ApproachOptions mOptions;
  double mLateralMs2;                 // a, the lateral acceleration limit
  double mMaxRunup;                   // Dmax
  double mEnoughRadiusM;              // enoughM: the radius of the top speed (see SET-UP)
  bool mNoCapFromEnoughRadius;        // sqrt(a enoughM) reaches the top speed (see SET-UP)
  std::vector<double> mEdgeCap;       // K_e per directed edge
  std::vector<double> mTransitionCap; // Cap_t per transition
  std::vector<int> mLive;             // per state, from transitionBegin: its transitions still able to relax
  std::vector<int> mLiveEnd;          // per state: the end of its live transitions in mLive
  std::vector<double> mLabel;         // D per directed edge, -1 = unreached
  std::vector<int> mPred;             // per directed edge, -1 = a start
  std::vector<int> mStartEntry;       // per directed edge: the entry whose speed set its starting label, -1 = none
  long long mRelaxations = 0;
};

// Angle in degrees (0..90) between a travel direction and a line direction: 90 = head-on.
double impactAngleDeg( double travelDx, double travelDy, double lineDx, double lineDy );

} // namespace eventsecurity::domain
