#include "opengroundlegs.h"

// Boost.Geometry 1.74 trips GCC 12's maybe-uninitialized analysis in its own envelope code (a false
// positive reported inside Boost's headers); warnings stay errors for our code.
#pragma GCC diagnostic push
#if !defined( __clang__ ) // clang has no such warning (and -Werror refuses an unknown one)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#define BOOST_ALLOW_DEPRECATED_HEADERS
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/index/rtree.hpp>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <utility>

namespace eventsecurity::domain
{

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace
{
using BPoint = bg::model::d2::point_xy<double>;

// Each node looks at its kExaminedPerCone x K nearest nodes; in each cone it links the nearest clear one
// (giving up after kTriesPerCone blocked ones) and the farthest clear one (after kFarTriesPerCone).
// Judgement calls, tuned on random promenades against the full graph (tests/domain/test_openground.cpp):
// cones still empty are far behind obstacles, reached through other nodes.
constexpr int kExaminedPerCone = 8;
constexpr int kTriesPerCone = 8;
constexpr int kFarTriesPerCone = 2;
// Convex corners turning at least this much always get a start node (judgement: a real corner of a
// square or promenade, not the polygonal outline of a curve).
constexpr double kSharpStartTurnRad = 20 * kPi / 180;
// Tolerance on directions at a wedge's sides (legs exactly along an edge).
constexpr double kAngleToleranceRad = 1e-9;

constexpr double kTwoPi = 2 * kPi;

double angleOf( double dx, double dy )
{
  return std::atan2( dy, dx );
}

// a mod 2 pi in [0, 2 pi).
double wrap( double a )
{
  a = std::fmod( a, kTwoPi );
  return a < 0 ? a + kTwoPi : a;
}

// Signed turn (radians, > 0 counter-clockwise) from a->b to b->c.
double turnRad( PlanePoint a, PlanePoint b, PlanePoint c )
{
  const double ux = b.x - a.x, uy = b.y - a.y, vx = c.x - b.x, vy = c.y - b.y;
  return std::atan2( ux * vy - uy * vx, ux * vx + uy * vy );
}

PlanePoint at( const std::vector<PlanePoint> &ring, int i )
{
  const int n = static_cast<int>( ring.size() );
  return ring[static_cast<std::size_t>( ( ( i % n ) + n ) % n )];
}

// The point kProbeOffsetM from vertex i toward the free side (the left of the ring), along the bisector.
PlanePoint pushedIntoFree( const std::vector<PlanePoint> &ring, int i )
{
  const PlanePoint p = at( ring, i - 1 ), v = at( ring, i ), n = at( ring, i + 1 );
  const double l1 = std::hypot( v.x - p.x, v.y - p.y ), l2 = std::hypot( n.x - v.x, n.y - v.y );
  // Left normals of both edges, summed.
  double nx = -( v.y - p.y ) / l1 - ( n.y - v.y ) / l2;
  double ny = ( v.x - p.x ) / l1 + ( n.x - v.x ) / l2;
  double length = std::hypot( nx, ny );
  if ( !( length > 1e-9 ) ) // a spike: straight back
  {
    nx = -( v.y - p.y ) / l1;
    ny = ( v.x - p.x ) / l1;
    length = 1;
  }
  return { v.x + kProbeOffsetM * nx / length, v.y + kProbeOffsetM * ny / length };
}

// Where the line through a with direction u meets the line through b with direction v (false: parallel).
bool meet( PlanePoint a, PlanePoint u, PlanePoint b, PlanePoint v, PlanePoint &out )
{
  const double denominator = u.x * v.y - u.y * v.x;
  if ( std::fabs( denominator ) <= 1e-12 * std::hypot( u.x, u.y ) * std::hypot( v.x, v.y ) )
    return false;
  const double s = ( ( b.x - a.x ) * v.y - ( b.y - a.y ) * v.x ) / denominator;
  out = { a.x + s * u.x, a.y + s * u.y };
  return true;
}

// The corner node of the reflex vertices first..last (ring indices, last >= first, taken modulo the
// size): at the mitre point of the edges before and after, within maxOffsetM of the nearest vertex.
bool cornerOf( const std::vector<PlanePoint> &ring, int first, int last, double maxOffsetM, GroundNode &node )
{
  const PlanePoint before = at( ring, first - 1 ), a = at( ring, first ), b = at( ring, last ),
                   after = at( ring, last + 1 );
  const PlanePoint u{ a.x - before.x, a.y - before.y }, v{ after.x - b.x, after.y - b.y };
  node = GroundNode{};
  node.kind = GroundNodeKind::Corner;
  if ( first == last )
    node.point = pushedIntoFree( ring, first );
  else
  {
    if ( !meet( a, u, b, v, node.point ) )
      return false;
    double offset = std::numeric_limits<double>::infinity();
    for ( int i = first; i <= last; ++i )
    {
      const PlanePoint p = at( ring, i );
      offset = std::min( offset, std::hypot( p.x - node.point.x, p.y - node.point.y ) );
    }
    if ( offset > maxOffsetM )
      return false;
  }
  node.probe = node.point;
  // The boundary turns clockwise from u to v: tangents run counter-clockwise from v over the turn, and back.
  double turn = 0;
  for ( int i = first; i <= last; ++i )
    turn += -turnRad( at( ring, i - 1 ), at( ring, i ), at( ring, i + 1 ) );
  node.wedges[0] = { angleOf( v.x, v.y ), turn };
  node.wedges[1] = { angleOf( v.x, v.y ) + kPi, turn };
  node.wedgeCount = 2;
  // The free side is on the left of both edges: away from the obstacle is the left normal of their sum.
  const double lu = std::hypot( u.x, u.y ), lv = std::hypot( v.x, v.y );
  const double sx = u.x / lu + v.x / lv, sy = u.y / lu + v.y / lv, ls = std::hypot( sx, sy );
  node.away = { -sy / ls, sx / ls };
  return true;
}

// Adds the corner of vertices first..last if it lies in the free space, else splits it in two.
void addCorner( const std::vector<PlanePoint> &ring, int first, int last, const FreeSpace &space, double maxOffsetM,
                std::vector<GroundNode> &nodes )
{
  GroundNode node;
  const PlanePoint middle = pushedIntoFree( ring, ( first + last ) / 2 );
  if ( cornerOf( ring, first, last, maxOffsetM, node ) && space.contains( node.point ) && space.contains( middle ) &&
       space.clear( middle, node.point ) )
  {
    nodes.push_back( node );
    return;
  }
  if ( first == last )
    return;
  const int split = ( first + last ) / 2;
  addCorner( ring, first, split, space, maxOffsetM, nodes );
  addCorner( ring, split + 1, last, space, maxOffsetM, nodes );
}

void appendRingCorners( const std::vector<PlanePoint> &ring, const FreeSpace &space, double maxOffsetM,
                        std::vector<GroundNode> &nodes )
{
  const int n = static_cast<int>( ring.size() );
  std::vector<double> turn( static_cast<std::size_t>( n ) );
  int start = -1; // a vertex that is not reflex: runs start after it
  for ( int i = 0; i < n; ++i )
  {
    turn[static_cast<std::size_t>( i )] = turnRad( at( ring, i - 1 ), at( ring, i ), at( ring, i + 1 ) );
    if ( turn[static_cast<std::size_t>( i )] >= 0 )
      start = i;
  }
  const bool allReflex = start < 0;
  auto reflex = [&]( int i ) { return turn[static_cast<std::size_t>( ( ( i % n ) + n ) % n )] < 0; };
  int i = allReflex ? 0 : start + 1;
  const int end = i + n;
  while ( i < end )
  {
    if ( !reflex( i ) )
    {
      ++i;
      continue;
    }
    // Grow a group from i while its turn and its mitre point's offset allow.
    int last = i;
    double total = -turn[static_cast<std::size_t>( ( ( i % n ) + n ) % n )];
    GroundNode candidate;
    while ( last + 1 < end && reflex( last + 1 ) )
    {
      const double next = total - turn[static_cast<std::size_t>( ( last + 1 ) % n )];
      if ( next > kMaxCornerTurnRad || !cornerOf( ring, i, last + 1, maxOffsetM, candidate ) )
        break;
      total = next;
      ++last;
    }
    addCorner( ring, i, last, space, maxOffsetM, nodes );
    i = last + 1;
  }
}

// The sector of direction d among K equal sectors from angle 0.
int coneOf( double angleRad, int cones )
{
  return std::min( cones - 1, static_cast<int>( wrap( angleRad ) / ( kTwoPi / cones ) ) );
}

// Whether any direction of the node falls in sector c.
bool coneUsable( const GroundNode &node, int c, int cones )
{
  const double width = kTwoPi / cones, from = c * width;
  for ( int w = 0; w < node.wedgeCount; ++w )
  {
    const DirectionWedge &wedge = node.wedges[w];
    if ( wrap( from - wedge.startRad ) <= wedge.spanRad || wrap( wedge.startRad - from ) < width )
      return true;
  }
  return false;
}

bool mayLink( const GroundNode &a, const GroundNode &b )
{
  if ( a.kind == b.kind && ( a.kind == GroundNodeKind::Target || a.kind == GroundNodeKind::Start ) )
    return false;
  return !( a.kind == GroundNodeKind::Attach && b.kind == GroundNodeKind::Attach && a.group == b.group );
}

// Whether a leg a-b is allowed by the kinds and the directions at both ends (not yet by visibility).
bool legAllowed( const GroundNode &a, const GroundNode &b )
{
  const double dx = b.point.x - a.point.x, dy = b.point.y - a.point.y;
  if ( dx == 0 && dy == 0 )
    return false;
  return mayLink( a, b ) && a.allows( angleOf( dx, dy ) ) && b.allows( angleOf( -dx, -dy ) );
}

bool allLegs( const std::vector<GroundNode> &nodes, const FreeSpace &space, const std::function<bool()> &isCanceled,
              std::vector<LegPair> &legs, LegStats &stats )
{
  const int n = static_cast<int>( nodes.size() );
  for ( int a = 0; a < n; ++a )
  {
    if ( isCanceled && isCanceled() )
      return false;
    for ( int b = a + 1; b < n; ++b )
    {
      const GroundNode &u = nodes[static_cast<std::size_t>( a )], &v = nodes[static_cast<std::size_t>( b )];
      if ( !legAllowed( u, v ) )
        continue;
      ++stats.visibilityTests;
      if ( space.clear( u.probe, v.probe ) )
        legs.push_back( { a, b } );
    }
  }
  return true;
}

// The Yao links of one node at a time: its candidates (distance, node) nearest first; in each usable cone
// the first clear one in the order given (nearest first, or farthest first), after at most `tries`
// blocked ones.
struct ConeSearch
{
  ConeSearch( const std::vector<GroundNode> &nodes, const FreeSpace &space, int cones, LegStats &stats,
              std::vector<LegPair> &legs )
      : nodes( nodes ), space( space ), cones( cones ), stats( stats ), legs( legs ),
        tries( static_cast<std::size_t>( cones ) ), open( static_cast<std::size_t>( cones ) )
  {
  }

  const std::vector<GroundNode> &nodes;
  const FreeSpace &space;
  int cones;
  LegStats &stats;
  std::vector<LegPair> &legs;
  std::vector<std::pair<double, int>> candidates;
  std::vector<int> tries;
  std::vector<char> open;

  void link( int a, bool farthestFirst, int maxTries )
  {
    const GroundNode &u = nodes[static_cast<std::size_t>( a )];
    int openCount = 0;
    for ( int c = 0; c < cones; ++c )
    {
      open[static_cast<std::size_t>( c )] = coneUsable( u, c, cones );
      openCount += open[static_cast<std::size_t>( c )];
      tries[static_cast<std::size_t>( c )] = 0;
    }
    const std::size_t n = candidates.size();
    for ( std::size_t i = 0; i < n && openCount > 0; ++i )
    {
      const int b = candidates[farthestFirst ? n - 1 - i : i].second;
      const GroundNode &v = nodes[static_cast<std::size_t>( b )];
      if ( !legAllowed( u, v ) )
        continue;
      const int c = coneOf( angleOf( v.point.x - u.point.x, v.point.y - u.point.y ), cones );
      if ( !open[static_cast<std::size_t>( c )] )
        continue;
      ++stats.visibilityTests;
      const bool clear = space.clear( u.probe, v.probe );
      if ( clear )
        legs.push_back( { std::min( a, b ), std::max( a, b ) } );
      if ( clear || ++tries[static_cast<std::size_t>( c )] >= maxTries )
      {
        open[static_cast<std::size_t>( c )] = 0;
        --openCount;
      }
    }
  }
};

} // namespace

bool GroundNode::allows( double angleRad ) const
{
  for ( int w = 0; w < wedgeCount; ++w )
  {
    const double offset = wrap( angleRad - wedges[w].startRad );
    if ( offset <= wedges[w].spanRad + kAngleToleranceRad || offset >= kTwoPi - kAngleToleranceRad )
      return true;
  }
  return false;
}

void appendCornerNodes( const std::vector<std::vector<PlanePoint>> &rings, const FreeSpace &space, double maxOffsetM,
                        std::vector<GroundNode> &nodes )
{
  for ( const std::vector<PlanePoint> &ring : rings )
    appendRingCorners( ring, space, maxOffsetM, nodes );
}

void appendStartNodes( const std::vector<std::vector<PlanePoint>> &rings, const FreeSpace &space, double spacingM,
                       std::vector<GroundNode> &nodes )
{
  for ( const std::vector<PlanePoint> &ring : rings )
  {
    const int n = static_cast<int>( ring.size() );
    double sinceLast = spacingM; // the first convex corner is kept
    for ( int i = 0; i < n; ++i )
    {
      const PlanePoint p = at( ring, i - 1 ), v = at( ring, i ), next = at( ring, i + 1 );
      sinceLast += std::hypot( v.x - p.x, v.y - p.y );
      const double turn = turnRad( p, v, next );
      if ( !( turn > 0 ) || ( turn < kSharpStartTurnRad && sinceLast < spacingM ) )
        continue;
      GroundNode node;
      node.kind = GroundNodeKind::Start;
      node.point = v;
      node.probe = pushedIntoFree( ring, i );
      if ( !space.contains( node.probe ) )
        continue;
      // Free directions: counter-clockwise from the next edge to the previous one.
      node.wedges[0] = { angleOf( next.x - v.x, next.y - v.y ), kPi - turn };
      nodes.push_back( node );
      sinceLast = 0;
    }
  }
}

bool visibilityLegs( const std::vector<GroundNode> &nodes, const FreeSpace &space, int conesPerNode,
                     const std::function<bool()> &isCanceled, std::vector<LegPair> &legs, LegStats &stats )
{
  legs.clear();
  if ( conesPerNode <= 0 )
    return allLegs( nodes, space, isCanceled, legs, stats );

  std::vector<std::pair<BPoint, int>> points;
  points.reserve( nodes.size() );
  for ( std::size_t i = 0; i < nodes.size(); ++i )
    points.emplace_back( BPoint( nodes[i].point.x, nodes[i].point.y ), static_cast<int>( i ) );
  const bgi::rtree<std::pair<BPoint, int>, bgi::rstar<16>> tree( points );

  ConeSearch search( nodes, space, conesPerNode, stats, legs );
  const unsigned budget = static_cast<unsigned>( kExaminedPerCone * conesPerNode );
  std::vector<std::pair<BPoint, int>> found;
  for ( std::size_t a = 0; a < nodes.size(); ++a )
  {
    if ( ( a & 255 ) == 0 && isCanceled && isCanceled() )
      return false;
    const PlanePoint p = nodes[a].point;
    found.clear();
    tree.query( bgi::nearest( BPoint( p.x, p.y ), budget ), std::back_inserter( found ) );
    search.candidates.clear();
    for ( const auto &[point, index] : found )
      if ( static_cast<std::size_t>( index ) != a )
        search.candidates.emplace_back( std::hypot( bg::get<0>( point ) - p.x, bg::get<1>( point ) - p.y ), index );
    std::sort( search.candidates.begin(), search.candidates.end() ); // the query's order is unspecified
    search.link( static_cast<int>( a ), false, kTriesPerCone );
    search.link( static_cast<int>( a ), true, kFarTriesPerCone );
  }
  std::sort( legs.begin(), legs.end(),
             []( const LegPair &x, const LegPair &y ) { return x.a != y.a ? x.a < y.a : x.b < y.b; } );
  legs.erase( std::unique( legs.begin(), legs.end(),
                           []( const LegPair &x, const LegPair &y ) { return x.a == y.a && x.b == y.b; } ),
              legs.end() );
  return true;
}

} // namespace eventsecurity::domain
