#include "opengroundturn.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

namespace eventsecurity::domain
{

namespace
{
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// No room or run in a metric frame is this large but an unknown one (+infinity), as no coordinate is (streetgraph.h).
constexpr double kMaxRoomM = 1e9;
// A deflection below this is straight on (a nanometre per metre: below any survey); it also keeps every term of the
// limits finite for rooms and runs up to kMaxRoomM.
constexpr double kStraightRad = 1e-9;

void requireRoom( const TurnLegRoom &room )
{
  for ( const double value : { room.outerM, room.innerM, room.runM } )
    if ( !( value >= 0 ) || ( value > kMaxRoomM && !std::isinf( value ) ) )
      throw std::invalid_argument( "an open-ground turn's room and runs must be numbers from 0 to 1e9 m (or unknown: "
                                   "infinite)" );
}

// The two limits of the header as functions of the outer offsets x <= w1, y <= w2 the racing line swings out to.
struct Limits
{
  double a1, a2;  // T_i / tan(theta/2)
  double c, k;    // cos theta, 1 - cos theta
  double v1, v2;  // inner rooms
  double sinHalf; // of theta / 2
  double cosHalf;
  bool apexApplies; // the inner corner lies within both runs
  double w1, w2;    // the outer rooms: the box of offsets

  // RUNS: f1 = a1 + (y - c x) / k, f2 = a2 + (x - c y) / k.
  double f1( double x, double y ) const { return a1 + ( y - c * x ) / k; }
  double f2( double x, double y ) const { return a2 + ( x - c * y ) / k; }
  double runs( double x, double y ) const { return std::min( f1( x, y ), f2( x, y ) ); }
  // APEX, with b_i = offset + inner room: increasing in both offsets.
  double apex( double x, double y ) const
  {
    if ( !apexApplies )
      return kInfinity;
    const double b1 = x + v1, b2 = y + v2;
    return ( b1 + b2 + 2 * cosHalf * std::sqrt( b1 * b2 ) ) / ( 2 * sinHalf * sinHalf );
  }
  bool inBox( double x, double y ) const
  {
    const double slack = 1e-12 * ( 1 + w1 + w2 );
    return x >= -slack && x <= w1 + slack && y >= -slack && y <= w2 + slack;
  }
};

// The largest over the box of min(f1, f2) (the maximum of the minimum of two linear functions: at a corner of the box
// or where they are equal, there growing with x + y), and where: the point of largest x + y among the best.
std::pair<double, std::pair<double, double>> bestRuns( const Limits &l )
{
  std::pair<double, std::pair<double, double>> best{ -kInfinity, { 0, 0 } };
  const auto consider = [&]( double x, double y )
  {
    const double value = l.runs( x, y );
    if ( value > best.first || ( value == best.first && x + y > best.second.first + best.second.second ) )
      best = { value, { x, y } };
  };
  consider( l.w1, l.w2 );
  consider( l.w1, 0 );
  consider( 0, l.w2 );
  consider( 0, 0 );
  // Where f1 = f2: y - x = (a2 - a1) k / (1 + c).
  if ( std::isfinite( l.a1 ) && std::isfinite( l.a2 ) && 1 + l.c > 0 )
  {
    const double gap = ( l.a2 - l.a1 ) * l.k / ( 1 + l.c );
    const double x = std::min( l.w1, l.w2 - gap );
    if ( x >= std::max( 0.0, -gap ) )
      consider( x, x + gap );
  }
  return best;
}

// The largest apex limit over the offsets where both run limits reach at least R: the apex limit grows with both
// offsets, so it is largest at an upper-right corner of that region: the box's corner, where a run limit equals R on
// the box's top or right edge, or where both do. -infinity when no offsets reach R.
double apexWhereRunsReach( const Limits &l, double r )
{
  double best = -kInfinity;
  const double slack = 1e-12 * ( 1 + std::fabs( r ) );
  const auto consider = [&]( double x, double y )
  {
    if ( std::isfinite( x ) && std::isfinite( y ) && l.inBox( x, y ) && l.f1( x, y ) >= r - slack &&
         l.f2( x, y ) >= r - slack )
      best = std::max( best, l.apex( std::clamp( x, 0.0, l.w1 ), std::clamp( y, 0.0, l.w2 ) ) );
  };
  consider( l.w1, l.w2 );
  if ( l.c != 0 )
  {
    consider( ( l.w2 - l.k * ( r - l.a1 ) ) / l.c, l.w2 ); // f1 = R on the top edge
    consider( l.w1, ( l.w1 - l.k * ( r - l.a2 ) ) / l.c ); // f2 = R on the right edge
  }
  if ( 1 - l.c * l.c > 0 ) // f1 = f2 = R
    consider( ( l.k * ( r - l.a2 ) + l.c * l.k * ( r - l.a1 ) ) / ( 1 - l.c * l.c ),
              ( l.k * ( r - l.a1 ) + l.c * l.k * ( r - l.a2 ) ) / ( 1 - l.c * l.c ) );
  return best;
}

// max over the box of min(f1, f2, apex) (see the header): the run limits' best, unless the apex limit is lower there;
// then the largest R that some offsets reach under all three (bisection: the region where the runs reach R shrinks
// as R grows).
double bestRadius( const Limits &l, double enoughM )
{
  if ( !std::isfinite( l.w1 ) || !std::isfinite( l.w2 ) || ( std::isinf( l.a1 ) && std::isinf( l.a2 ) ) )
    return l.apex( l.w1, l.w2 ); // an unknown room: no run limit (the safe side)
  const auto [runs, at] = bestRuns( l );
  const double reached = std::min( runs, l.apex( at.first, at.second ) ); // some offsets reach it
  if ( reached >= runs || reached >= enoughM )
    return reached;
  const double bound = std::min( runs, l.apex( l.w1, l.w2 ) ); // each limit at its own best: none reaches more
  if ( l.c <= 1e-12 ) // theta >= 90 degrees: every limit grows with both offsets, the box's corner is best
    return bound;
  double lo = reached, hi = bound;
  for ( int i = 0; i < 60 && hi - lo > 1e-8 * hi && lo < enoughM; ++i ) // 1e-8 of R: far below a speed's precision
  {
    const double mid = 0.5 * ( lo + hi );
    ( apexWhereRunsReach( l, mid ) >= mid ? lo : hi ) = mid;
  }
  return lo;
}
} // namespace

double openGroundTurnRadiusM( double turnRad, const TurnLegRoom &arriving, const TurnLegRoom &leaving, double enoughM )
{
  if ( std::isnan( turnRad ) )
    throw std::invalid_argument( "an open-ground turn must be a number of radians" );
  requireRoom( arriving );
  requireRoom( leaving );
  const double theta = std::min( std::fabs( turnRad ), kPi );
  const double halfTurn = theta / 2;
  const double halfSine = std::sin( halfTurn );
  if ( theta < kStraightRad )
    return kInfinity; // straight on
  Limits l;
  l.k = 2 * halfSine * halfSine; // 1 - cos theta, without cancellation for gentle turns
  l.c = 1 - l.k;
  l.sinHalf = halfSine;
  l.cosHalf = std::cos( halfTurn );
  l.v1 = arriving.innerM;
  l.v2 = leaving.innerM;
  l.w1 = arriving.outerM;
  l.w2 = leaving.outerM;
  // T / tan(theta/2): 0 at a U-turn whatever T (its touching points lie abreast of the node), +inf for an unknown run.
  const double cotHalf = theta < kPi ? 1 / std::tan( halfTurn ) : 0.0;
  l.a1 = cotHalf == 0 ? 0.0 : arriving.runM * cotHalf;
  l.a2 = cotHalf == 0 ? 0.0 : leaving.runM * cotHalf;
  // The inner corner: (v2 - v1 cos) / sin behind the node along leg 1, (v1 - v2 cos) / sin ahead along leg 2; none
  // at a U-turn (the inner edges are parallel) or where an inner room is not known.
  const double sine = std::sin( theta );
  l.apexApplies = theta < kPi && sine > 0 && std::isfinite( l.v1 ) && std::isfinite( l.v2 ) &&
                  ( l.v2 - l.v1 * l.c ) / sine <= arriving.runM && ( l.v1 - l.v2 * l.c ) / sine <= leaving.runM;
  return std::max( 0.0, bestRadius( l, enoughM ) );
}

double openGroundTurnRadiusM( PlanePoint in, const DirectionRoom &behind, PlanePoint out, const DirectionRoom &ahead,
                              double enoughM )
{
  const double cross = in.x * out.y - in.y * out.x, dot = in.x * out.x + in.y * out.y;
  const double turn = std::atan2( std::fabs( cross ), dot );
  // Looking along the arriving leg, its left is the right of `behind` (which looks back along it).
  const TurnLegRoom leftIn{ behind.leftM, behind.rightM, behind.runM }; // a left turn: outer = right of travel
  const TurnLegRoom leftOut{ ahead.rightM, ahead.leftM, ahead.runM };
  const TurnLegRoom rightIn{ behind.rightM, behind.leftM, behind.runM }; // a right turn: outer = left of travel
  const TurnLegRoom rightOut{ ahead.leftM, ahead.rightM, ahead.runM };
  if ( cross > 0 )
    return openGroundTurnRadiusM( turn, leftIn, leftOut, enoughM );
  if ( cross < 0 )
    return openGroundTurnRadiusM( turn, rightIn, rightOut, enoughM );
  if ( !( dot < 0 ) )
    return kInfinity; // straight on (or no direction)
  return std::max( openGroundTurnRadiusM( turn, leftIn, leftOut, enoughM ),
                   openGroundTurnRadiusM( turn, rightIn, rightOut, enoughM ) );
}

} // namespace eventsecurity::domain
