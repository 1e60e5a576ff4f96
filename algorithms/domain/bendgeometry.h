#pragma once

#include "streetgraph.h"

#include <vector>

// Bends of a street from its drawn centreline, whatever the number of points it was drawn with (issue 11
// item 1): a bend drawn as one corner, or with 3, 10 or 30 points on the arc, is the same bend.
//
// 1. NOISE. The polyline is simplified with the Douglas-Peucker algorithm at a digitising tolerance, so that
//    vertices within the tolerance of a straight line (jitter, collinear points) make no bend.
// 2. RUNS. A bend is a maximal run of consecutive simplified vertices that turn the same way; a vertex that turns
//    the other way starts the next bend (an S-bend is two bends). Its turn theta is the sum of its deflections.
// 3. RADIUS. The centreline radius Rc of a run of k >= 2 vertices takes its vertices to lie on the arc (OSM
//    draws ways along the centreline), and:
//    (a) END TO END: L = 2 Rc (k-1) sin(theta / (2 (k-1))), L the chords' length; exact for an arc drawn from
//        tangent point to tangent point with equally spaced points;
//    (b) MIDPOINTS: each interior vertex and its two neighbours lie on the arc, so its curvature is that of
//        their circle, 2 sin(deflection) / (distance between the neighbours); averaged over the half chords
//        around each vertex it gives the arc from the first chord's midpoint to the last one's. Exact for any
//        spacing of points on the arc and whether or not the run's ends are its tangent points (simplification
//        keeps few points of a finely drawn arc, and seldom its tangent points).
//    Rc is the larger of the two (each exact for its drawing: the larger errs on the faster, safe side). At an
//    S-bend's INFLECTION (the next bend turns the other way, directly or through a vertex that does not turn)
//    the end vertex's turn is shared by the two bends, so (a) does not hold and (b) alone gives Rc, the run
//    extended by the inflection vertex where it does not turn (it lies on both arcs and caps both) or where the
//    run has only two vertices. Three vertices drawn on a 90 degree, 20 m bend give 20 m either way.
// 4. TANGENT CORNER. A run of ONE vertex is a curve drawn as the intersection of its tangents: the drawing admits
//    an arc whose tangent length T reaches as far as the nearest drawn point on either side (beyond the
//    tolerance; a point closer than that is the same click), half of it where that point is itself a tangent
//    corner (they share the straight), and Rc = T / tan(theta/2): the largest radius the drawing admits, the
//    safe side (a higher speed). The speed is capped at the arc's tangent points and at the corner.
// A bend caps the speed at each of its drawn vertices (a run) or at its tangent points and corner; the racing
// line through it (vehicledynamics.h, racingLineRadiusM) gives the speed.
namespace eventsecurity::domain
{

// Default digitising tolerance, m: a JUDGEMENT CALL. Street centrelines traced from aerial imagery are accurate to
// about a metre; 0.5 m removes jitter of a few decimetres (a straight drawn with +-0.2 m has no bend) and keeps
// every bend whose chords bulge by more than 0.5 m (on a 20 m radius, chords of up to 26 degrees). A parameter.
constexpr double kDefaultDigitisingToleranceM = 0.5;

// Douglas-Peucker simplification: the indices of the points kept, ascending; the first and the last are always
// kept, a point is kept when it lies more than toleranceM from the segment between the points kept around it.
// Throws std::invalid_argument for a negative or NaN tolerance, or a coordinate that is not finite or lies
// beyond 1e9 m (as StreetGraph).
std::vector<int> simplifiedIndices( const std::vector<PlanePoint> &points, double toleranceM );

// One bend of a polyline.
struct Bend
{
  double turnRad = 0;                // total turn, radians (> 0)
  double centrelineRadiusM = 0;      // Rc
  bool tangentCorner = false;        // drawn as one corner: Rc is the largest the drawing admits
  std::vector<int> vertices;         // indices into the polyline of the bend's vertices (simplified)
  std::vector<double> capPositionsM; // where the bend caps the speed, m along the polyline from its first point
};

// The bends of a street centreline drawn as \a points (m). closed: the polyline is a ring whose last point is its
// first (that point turns too). Positions on a ring lie in [0, length). Throws std::invalid_argument as
// simplifiedIndices.
std::vector<Bend> findBends( const std::vector<PlanePoint> &points, double toleranceM, bool closed );

// As above, with the points' simplifiedIndices( points, toleranceM ) already at hand.
std::vector<Bend> findBends( const std::vector<PlanePoint> &points, const std::vector<int> &simplified,
                             double toleranceM, bool closed );

} // namespace eventsecurity::domain
