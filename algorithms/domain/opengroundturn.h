#pragma once

#include "streetgraph.h"

#include <limits>

// Turns on open ground (issue 13): the radius of the fastest path through a node where the vehicle leaves one
// straight leg for another, from the geometry alone: the turn's angle, the room beside the two legs at the node and
// the straight runs along them. The approach search caps the speed there at sqrt(a R) (vehicledynamics.h), a the
// vehicle class's lateral limit; no street kerb radius is involved (the free space is already the vehicle's
// centre's: the obstacles are grown by half its width, so the corner of an obstacle is a sharp inner corner).
//
// MODEL. The vehicle arrives along leg 1 (unit direction d1, toward the node) and leaves along leg 2 (d2), turning
// by theta (0 < theta <= pi). Beside each leg i at the node its centre may swing out by w_i on the turn's outer
// side and cut in by v_i on the inner side (opengroundlegs: the side of the largest free square standing on the
// leg there; 0 on an obstacle's side at a corner node); along the leg's line it may run straight for T_i from the
// node (the leg and the free run past its far end: the vehicle may come straight through that node or start at rest
// behind it, so this is the longest straight the turn can use: the safe side). The fastest path is the racing line:
// straight along an outer line (the leg's line shifted w_i outward), one arc of radius R tangent to both outer
// lines, straight along the other. In the node's frame, with n_i the legs' outer unit normals, the outer lines are
// p.n_i = w_i, meeting at P; the arc's centre is C = P - R q with q.n_i = 1 (q = (n1 + n2) / (1 + cos theta), the
// outer bisector, |q| = 1 / cos(theta/2)), and it touches the outer lines at C + R n_i. Three limits:
//
// (1) APEX. The arc must pass outside the INNER CORNER A, where the inner edges of the two rooms (p.n_i = -v_i)
//     meet: |C - A| = R at the largest radius. With b_i = w_i + v_i (each leg's whole room) this solves to
//       R_apex = (b1 + b2 + 2 cos(theta/2) sqrt(b1 b2)) / (2 sin^2(theta/2)),
//     which for b1 = b2 = b is the corner-cut formula R = b / (1 - cos(theta/2)) (racingLineRadiusM with Ri = 0;
//     Ri = 0 because the room already ends at the obstacle's grown edge). Applied only when A lies within both runs
//     (A is (v2 - v1 cos theta) / sin theta behind the node along leg 1 and (v1 - v2 cos theta) / sin theta ahead
//     along leg 2); otherwise the rooms do not close into a corner within the legs (a near U-turn) and (2) rules.
// (2) RUNS. The arc's tangent points must lie on the straight runs: the one on leg 1 lies R tan(theta/2) - P.d1
//     behind the node, the one on leg 2 R tan(theta/2) + P.d2 ahead of it, so, with P.d1 = (w2 - w1 cos theta) /
//     sin theta and P.d2 = (w2 cos theta - w1) / sin theta,
//       R <= T1 / tan(theta/2) + (w2 - w1 cos theta) / (1 - cos theta),
//       R <= T2 / tan(theta/2) + (w1 - w2 cos theta) / (1 - cos theta).
//     For equal rooms w it is R <= w + T / tan(theta/2): a loop of legs inscribed in a circle is held to about
//     that circle widened by the room, and closely spaced gentle turns to the curve they draw. The run is NOT halved
//     where the leg's other end turns too: the vehicle may take that turn slowly (braking is not charged), leaving
//     this one the whole run; halving would credit less than physics allows where the other turn is gentle. The
//     approach search lifts T2 on the way into a stop (an impact target): the impact may come mid-turn.
// (3) U-TURN. At theta = pi the outer lines are parallel, w1 + w2 apart (the two sides of the strip the vehicle
//     turns round in), and (2) becomes 2 R <= w1 + w2: a U-turn within a carriageway of width w has R = w / 2, not
//     the corner-cut formula's w. (2) tends to this continuously as theta -> pi (the term T / tan(theta/2) vanishes)
//     and (1) no longer applies (the inner edges are parallel: A is at infinity).
// The vehicle need not swing out the whole room: a smaller offset w'_i <= w_i (b_i = w'_i + v_i in (1)) may let the
// arc's touching points reach less far along the legs. R is the largest radius that some offsets satisfy under all
// three limits: the runs' limits are linear in the offsets (the best of their minimum lies at a corner of the box of
// offsets or where they are equal), the apex limit grows with both; where it binds, the largest R whose run limits
// some offsets still meet with the apex limit, by bisection. A room or run that is infinite (not known) sets no limit.
// An exact U-turn (theta = pi) has no sense: the larger of the left and right turn is taken.
//
// ONE TURN, NOT RUNS OF TURNS. Same-sense turns at several nodes are not merged into one bend as a street's are
// (streetbends.h): the search needs each cap to be a constant of its transition (approachsearch.h, the proof), and
// a run through nodes with several ways on depends on the path. (2) makes merging unnecessary for the cases that
// matter: each turn's arc must fit the straight runs beside it, so a chain of close gentle turns is held to about the
// curve it draws and a loop of legs to about the circle through its corners widened by the room; no turn is ever
// credited more than it alone allows.
//
// LIMITS (the direction of each error is stated: a larger R is the safe side for barriers).
// - The rooms are measured at the node only: the arc's touching points lie up to the runs along the legs, where the
//   room may be narrower; the model assumes it is not (a larger R).
// - Each turn is bounded alone: a lap round an obstacle is credited the limit of its single turns, which a real lap
//   cannot keep (the turns share the room): in the tests' 60 m plaza each 90 degree turn round a kiosk alone
//   allows a 57.5 m sweep from corner to corner of the plaza, a lap fits a 28.75 m circle (a larger R).
// - The racing line enters along leg 1 and leaves along leg 2: where the turn before could leave the vehicle
//   heading across leg 1's room toward the inner corner (an S-bend through free nodes, or a wide turn before a
//   tight one), the turn at this node needs less than theta and the true limit is higher (a smaller R: the unsafe
//   side). The street bends of issue 11 share this limit; the legs are the taut paths round obstacles, which an
//   S-bend's racing line already follows, so it is small where rooms are narrow and R large where they are wide.
namespace eventsecurity::domain
{

//! The room beside one leg of an open-ground turn at the node (see MODEL): on the turn's outer side, on its inner
//! side, and the free straight run along the leg from the node (behind the node for the leg the vehicle arrives on,
//! ahead of it for the one it leaves on). Infinite: not known, no limit.
struct TurnLegRoom
{
  double outerM = 0;
  double innerM = 0;
  double runM = 0;
};

/**
 * Radius (m) of the fastest path through an open-ground turn of \a turnRad (0..pi; more is taken as pi), see MODEL;
 * +infinity straight on. Where the radius reaches \a enoughM (the radius of the vehicle's top speed, say) it may
 * stop early at a radius between enoughM and the radius. A deflection under 1e-9 rad is straight on. Throws
 * std::invalid_argument for a NaN turn or a room or run that is negative, NaN or finite beyond 1e9 m (infinite: not
 * known).
 */
double openGroundTurnRadiusM( double turnRad, const TurnLegRoom &arriving, const TurnLegRoom &leaving,
                              double enoughM = std::numeric_limits<double>::infinity() );

/**
 * The same for a turn from unit direction \a in (arriving at the node) into \a out (leaving it), with the rooms as
 * the street graph gives them (StreetGraph::startRoom): \a behind where the arriving leg leaves the node backwards
 * (the start room of its reverse), \a ahead where the leaving leg leaves it. The turn's sense picks the outer side.
 */
double openGroundTurnRadiusM( PlanePoint in, const DirectionRoom &behind, PlanePoint out, const DirectionRoom &ahead,
                              double enoughM = std::numeric_limits<double>::infinity() );

} // namespace eventsecurity::domain
