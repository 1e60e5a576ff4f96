#include "opengroundspace.h"

// Boost 1.74's math constants include a header it has since deprecated; the note is not ours to fix.
// Boost.Geometry 1.74 trips GCC 12's maybe-uninitialized analysis in its own envelope code (a false
// positive reported inside Boost's headers); warnings stay errors for our code.
#pragma GCC diagnostic push
#if !defined( __clang__ ) // clang has no such warning (and -Werror refuses an unknown one)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#define BOOST_ALLOW_DEPRECATED_HEADERS
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_linestring.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/geometries/segment.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/iterator/function_output_iterator.hpp>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <utility>

namespace eventsecurity::domain
{

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace
{
using BPoint = bg::model::d2::point_xy<double>;
using BPolygon = bg::model::polygon<BPoint>; // clockwise outer ring, closed
using BMulti = bg::model::multi_polygon<BPolygon>;
using BLine = bg::model::linestring<BPoint>;
using BMultiLine = bg::model::multi_linestring<BLine>;
using BBox = bg::model::box<BPoint>;
using BSegment = bg::model::segment<BPoint>;

// No coordinate in a metric frame is this large (as streetgraph.cpp).
constexpr double kMaxCoordinateM = 1e9;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

double cross( double ax, double ay, double bx, double by )
{
  return ax * by - ay * bx;
}

// > 0 when c is left of the line a->b.
double orient( PlanePoint a, PlanePoint b, PlanePoint c )
{
  return cross( b.x - a.x, b.y - a.y, c.x - a.x, c.y - a.y );
}

// Direction w strictly inside the counter-clockwise wedge from a to b (a, b, w non-zero).
bool strictlyInWedge( PlanePoint a, PlanePoint b, PlanePoint w )
{
  const double ab = cross( a.x, a.y, b.x, b.y );
  if ( ab > 0 )
    return cross( a.x, a.y, w.x, w.y ) > 0 && cross( w.x, w.y, b.x, b.y ) > 0;
  if ( ab < 0 ) // reflex wedge: the complement of the closed wedge from b to a
    return !( cross( b.x, b.y, w.x, w.y ) >= 0 && cross( w.x, w.y, a.x, a.y ) >= 0 );
  if ( a.x * b.x + a.y * b.y > 0 )
    return false;                         // no wedge (a spike; removed from the input)
  return cross( a.x, a.y, w.x, w.y ) > 0; // a half plane
}

std::string polygonProblem( const BPolygon &polygon )
{
  bg::validity_failure_type failure;
  if ( bg::is_valid( polygon, failure ) )
    return {};
  switch ( failure )
  {
  case bg::failure_few_points:
  case bg::failure_wrong_topological_dimension:
    return "it has fewer than 3 distinct corners or no area";
  case bg::failure_self_intersections:
    return "its outline crosses or touches itself";
  case bg::failure_wrong_orientation: // left after bg::correct: the crossing parts' areas cancel out
    return "its outline crosses itself (its parts' areas cancel out)";
  case bg::failure_interior_rings_outside:
    return "it has a hole outside its outline";
  case bg::failure_nested_interior_rings:
    return "it has a hole inside another hole";
  case bg::failure_disconnected_interior:
    return "its holes cut its inside apart";
  case bg::failure_intersecting_interiors:
    return "it has holes that cross each other";
  case bg::failure_spikes:
    return "it has a spike (an outline that turns straight back)";
  default:
    return "Boost.Geometry finds it invalid";
  }
}

void appendRing( const std::vector<PlanePoint> &points, std::vector<BPoint> &ring )
{
  for ( const PlanePoint &p : points )
    ring.emplace_back( p.x, p.y );
  if ( !points.empty() )
    ring.emplace_back( points.front().x, points.front().y );
}

// A valid Boost polygon of \a polygon: orientation and closure corrected, repeated points and spikes
// removed; anything else invalid (a self-crossing outline...) is refused, naming the input.
BPolygon toBoost( const PlanePolygon &polygon, const std::string &what )
{
  requirePlaneCoordinates( polygon.outer, what );
  BPolygon out;
  appendRing( polygon.outer, out.outer() );
  for ( const std::vector<PlanePoint> &hole : polygon.holes )
  {
    requirePlaneCoordinates( hole, what );
    out.inners().emplace_back();
    appendRing( hole, out.inners().back() );
  }
  bg::unique( out );
  bg::remove_spikes( out );
  bg::correct( out );
  const std::string problem = polygonProblem( out );
  if ( !problem.empty() )
    throw std::invalid_argument( what + " is not a valid polygon: " + problem +
                                 ". Repair the layer's geometries and run again." );
  return out;
}

// Union of many multipolygons, pairwise in a balanced tree (each union sees inputs of similar size).
BMulti cascadedUnion( std::vector<BMulti> parts )
{
  if ( parts.empty() )
    return {};
  while ( parts.size() > 1 )
  {
    std::vector<BMulti> next;
    next.reserve( parts.size() / 2 + 1 );
    for ( std::size_t i = 0; i + 1 < parts.size(); i += 2 )
    {
      BMulti joined;
      bg::union_( parts[i], parts[i + 1], joined );
      next.push_back( std::move( joined ) );
    }
    if ( parts.size() % 2 )
      next.push_back( std::move( parts.back() ) );
    parts.swap( next );
  }
  return std::move( parts.front() );
}

template <typename Geometry> BMulti grow( const Geometry &geometry, double distanceM, bool flatEnds = false )
{
  BMulti out;
  const bg::strategy::buffer::distance_symmetric<double> distance( distanceM );
  const bg::strategy::buffer::side_straight side;
  const bg::strategy::buffer::join_round join( kPointsPerCircle );
  const bg::strategy::buffer::point_circle circle( kPointsPerCircle );
  if ( flatEnds )
    bg::buffer( geometry, out, distance, side, join, bg::strategy::buffer::end_flat(), circle );
  else
    bg::buffer( geometry, out, distance, side, join, bg::strategy::buffer::end_round( kPointsPerCircle ), circle );
  return out;
}

// A disc as a polygon with its vertices on the circle (inscribed: the safe side, see the header).
BMulti disc( PlanePoint centre, double radiusM )
{
  BPolygon polygon;
  constexpr double kStep = 2 * kPi / kPointsPerCircle;
  for ( int i = kPointsPerCircle; i >= 0; --i ) // clockwise, closed
  {
    const double angle = ( i % kPointsPerCircle ) * kStep;
    polygon.outer().emplace_back( centre.x + radiusM * std::cos( angle ), centre.y + radiusM * std::sin( angle ) );
  }
  return BMulti{ polygon };
}

BLine toLine( const std::vector<PlanePoint> &points )
{
  BLine line;
  for ( const PlanePoint &p : points )
  {
    if ( line.empty() || p.x != bg::get<0>( line.back() ) || p.y != bg::get<1>( line.back() ) )
      line.emplace_back( p.x, p.y );
  }
  return line;
}

// The ground: open areas and the pieces of the corridors within their half-width of an open area.
BMulti groundOf( const FreeSpaceShape &shape )
{
  std::vector<BMulti> parts;
  for ( std::size_t i = 0; i < shape.openAreas.size(); ++i )
    parts.push_back( BMulti{ toBoost( shape.openAreas[i], "open area " + std::to_string( i + 1 ) ) } );
  BMulti open = cascadedUnion( std::move( parts ) );
  if ( shape.corridors.empty() || open.empty() )
    return open;

  double reach = 0;
  for ( const Corridor &corridor : shape.corridors )
    reach = std::max( reach, corridor.halfWidthM );
  const BMulti near = grow( open, reach );
  std::vector<std::pair<BBox, int>> boxes;
  for ( std::size_t i = 0; i < near.size(); ++i )
    boxes.emplace_back( bg::return_envelope<BBox>( near[i] ), static_cast<int>( i ) );
  const bgi::rtree<std::pair<BBox, int>, bgi::rstar<16>> nearIndex( boxes );

  parts.clear();
  parts.push_back( std::move( open ) );
  for ( const Corridor &corridor : shape.corridors )
  {
    requirePlaneCoordinates( corridor.line, "a street" );
    const BLine line = toLine( corridor.line );
    if ( line.size() < 2 || !( corridor.halfWidthM > 0 ) )
      continue;
    const BBox box = bg::return_envelope<BBox>( line );
    nearIndex.query( bgi::intersects( box ),
                     boost::make_function_output_iterator(
                         [&]( const auto &value )
                         {
                           BMultiLine pieces;
                           bg::intersection( line, near[static_cast<std::size_t>( value.second )], pieces );
                           for ( const BLine &piece : pieces )
                             if ( piece.size() >= 2 )
                               parts.push_back( grow( piece, corridor.halfWidthM, true ) );
                         } ) );
  }
  return cascadedUnion( std::move( parts ) );
}

// Every obstacle grown by the clearance, as one multipolygon.
BMulti grownObstacles( const FreeSpaceShape &shape, const BBox &groundBox )
{
  const double c = shape.clearanceM;
  auto touchesGround = [&]( const auto &geometry )
  { return !bg::disjoint( bg::return_envelope<BBox>( geometry ), groundBox ); };
  std::vector<BMulti> parts;
  for ( std::size_t i = 0; i < shape.obstacleAreas.size(); ++i )
  {
    const BPolygon polygon = toBoost( shape.obstacleAreas[i], "obstacle " + std::to_string( i + 1 ) );
    if ( touchesGround( polygon ) )
      parts.push_back( grow( polygon, c ) );
  }
  for ( const std::vector<PlanePoint> &points : shape.obstacleLines )
  {
    requirePlaneCoordinates( points, "an obstacle line" );
    const BLine line = toLine( points );
    if ( line.empty() || !touchesGround( line ) )
      continue;
    parts.push_back( line.size() == 1 ? disc( points.front(), c ) : grow( line, c ) );
  }
  for ( const PointObstacle &point : shape.obstaclePoints )
  {
    requirePlaneCoordinates( { point.point }, "an obstacle point" );
    if ( !( point.radiusM >= 0 ) || !std::isfinite( point.radiusM ) )
      throw std::invalid_argument( "an obstacle point has a radius that is negative or not a number" );
    BMulti grown = disc( point.point, point.radiusM + c );
    if ( touchesGround( grown ) )
      parts.push_back( std::move( grown ) );
  }
  return cascadedUnion( std::move( parts ) );
}

std::vector<PlanePoint> planeRing( const std::vector<BPoint> &ring, bool reverse )
{
  std::vector<PlanePoint> out;
  out.reserve( ring.size() );
  for ( const BPoint &p : ring )
  {
    const PlanePoint q{ bg::get<0>( p ), bg::get<1>( p ) };
    if ( out.empty() || q.x != out.back().x || q.y != out.back().y )
      out.push_back( q );
  }
  while ( out.size() > 1 && out.front().x == out.back().x && out.front().y == out.back().y )
    out.pop_back();
  if ( reverse )
    std::reverse( out.begin(), out.end() );
  return out;
}

// Rings of a Boost multipolygon (outer clockwise, holes counter-clockwise), reversed when asked.
void collectRings( const BMulti &multi, bool reverse, std::vector<std::vector<PlanePoint>> &rings )
{
  for ( const BPolygon &polygon : multi )
  {
    rings.push_back( planeRing( polygon.outer(), reverse ) );
    for ( const auto &hole : polygon.inners() )
      rings.push_back( planeRing( hole, reverse ) );
  }
  rings.erase( std::remove_if( rings.begin(), rings.end(), []( const auto &r ) { return r.size() < 3; } ),
               rings.end() );
}

} // namespace

void requirePlaneCoordinates( const std::vector<PlanePoint> &points, const std::string &what )
{
  for ( const PlanePoint &p : points )
    if ( !std::isfinite( p.x ) || !std::isfinite( p.y ) || std::fabs( p.x ) > kMaxCoordinateM ||
         std::fabs( p.y ) > kMaxCoordinateM )
      throw std::invalid_argument( what + " has a coordinate that is not a finite number (NaN or infinite) or "
                                          "lies beyond 1e9 m" );
}

// The edge segments of all rings in an R-tree of their boxes. Segment s of ring r joins point s to s+1.
struct FreeSpace::Index
{
  struct Segment
  {
    int ring;
    int index;
  };
  std::vector<const std::vector<PlanePoint> *> rings; // ground rings first, then protected rings
  int groundRingCount = 0;
  std::vector<Segment> segments;
  bgi::rtree<std::pair<BBox, int>, bgi::rstar<16>> tree;
  double maxX = 0;

  PlanePoint at( int ring, int i ) const
  {
    const std::vector<PlanePoint> &r = *rings[static_cast<std::size_t>( ring )];
    const int n = static_cast<int>( r.size() );
    return r[static_cast<std::size_t>( ( ( i % n ) + n ) % n )];
  }

  template <typename Visit> void visit( const BSegment &query, Visit &&visitSegment ) const
  {
    tree.query( bgi::intersects( query ), boost::make_function_output_iterator(
                                              [&]( const std::pair<BBox, int> &v )
                                              { visitSegment( segments[static_cast<std::size_t>( v.second )] ); } ) );
  }

  // The smallest parameter t in (0, 1] where a->b enters the outside of the free space: a proper
  // crossing of an edge, or a pass through a ring vertex with a or its reverse inside the vertex's
  // outside wedge. Grazing a corner and running along an edge do not count. +inf when none.
  double entry( PlanePoint a, PlanePoint b, bool firstOnly ) const
  {
    double best = kInfinity;
    const PlanePoint d{ b.x - a.x, b.y - a.y };
    const PlanePoint back{ -d.x, -d.y };
    const double length2 = d.x * d.x + d.y * d.y;
    if ( length2 == 0 )
      return best;
    visit( BSegment( BPoint( a.x, a.y ), BPoint( b.x, b.y ) ),
           [&]( const Segment &s )
           {
             if ( firstOnly && best < kInfinity )
               return;
             const PlanePoint p = at( s.ring, s.index ), q = at( s.ring, s.index + 1 );
             const double o1 = orient( a, b, p ), o2 = orient( a, b, q );
             if ( ( o1 > 0 && o2 < 0 ) || ( o1 < 0 && o2 > 0 ) )
             {
               const double o3 = orient( p, q, a ), o4 = orient( p, q, b );
               if ( ( o3 > 0 && o4 < 0 ) || ( o3 < 0 && o4 > 0 ) )
                 best = std::min( best, o3 / ( o3 - o4 ) );
               return;
             }
             if ( o2 != 0 )
               return;
             // q on the line: each vertex is checked once, from the segment that ends at it.
             const double t = ( ( q.x - a.x ) * d.x + ( q.y - a.y ) * d.y ) / length2;
             if ( !( t > 0 && t < 1 ) )
               return;
             const PlanePoint n = at( s.ring, s.index + 2 );
             const PlanePoint toPrev{ p.x - q.x, p.y - q.y }, toNext{ n.x - q.x, n.y - q.y };
             // Free side on the left of p->q->n: the outside wedge runs counter-clockwise from toPrev to toNext.
             if ( strictlyInWedge( toPrev, toNext, d ) || strictlyInWedge( toPrev, toNext, back ) )
               best = std::min( best, t );
           } );
    return best;
  }

  // Crossing parity of a ray from p toward +x over the ground rings and over the protected rings.
  std::pair<bool, bool> parity( PlanePoint p ) const
  {
    bool ground = false, protectedArea = false;
    const BBox ray( BPoint( p.x, p.y ), BPoint( std::max( maxX, p.x ) + 1, p.y ) );
    tree.query( bgi::intersects( ray ), boost::make_function_output_iterator(
                                            [&]( const std::pair<BBox, int> &v )
                                            {
                                              const Segment &s = segments[static_cast<std::size_t>( v.second )];
                                              const PlanePoint a = at( s.ring, s.index ), b = at( s.ring, s.index + 1 );
                                              if ( ( a.y > p.y ) == ( b.y > p.y ) )
                                                return;
                                              const double x = a.x + ( p.y - a.y ) * ( b.x - a.x ) / ( b.y - a.y );
                                              if ( x > p.x )
                                                ( s.ring < groundRingCount ? ground : protectedArea ) ^= true;
                                            } ) );
    return { ground, protectedArea };
  }
};

FreeSpace::FreeSpace( const FreeSpaceShape &shape ) : mIndex( std::make_unique<Index>() )
{
  if ( !( shape.clearanceM > 0 ) || !std::isfinite( shape.clearanceM ) )
    throw std::invalid_argument( "the vehicle's half-width (clearance) must be a finite number > 0 m" );
  try
  {
    const BMulti ground = groundOf( shape );
    BMulti free;
    if ( !ground.empty() )
    {
      const BMulti shrunk = grow( ground, -shape.clearanceM );
      const BMulti obstacles = grownObstacles( shape, bg::return_envelope<BBox>( ground ) );
      if ( obstacles.empty() )
        free = shrunk;
      else
        bg::difference( shrunk, obstacles, free );
    }
    std::vector<BMulti> protectedParts;
    for ( std::size_t i = 0; i < shape.protectedAreas.size(); ++i )
      protectedParts.push_back(
          BMulti{ toBoost( shape.protectedAreas[i], "protected area part " + std::to_string( i + 1 ) ) } );
    const BMulti protectedArea = cascadedUnion( std::move( protectedParts ) );
    mGroundAreaM2 = bg::area( free );
    collectRings( free, true, mGroundRings );
    collectRings( protectedArea, false, mProtectedRings );
    if ( !protectedArea.empty() )
      collectRings( grow( protectedArea, shape.clearanceM ), false, mProtectedClearanceRings );
  }
  catch ( const bg::exception &e )
  {
    throw std::runtime_error( std::string( "the open ground's free space could not be computed: " ) + e.what() );
  }

  Index &index = *mIndex;
  for ( const auto &ring : mGroundRings )
    index.rings.push_back( &ring );
  index.groundRingCount = static_cast<int>( mGroundRings.size() );
  for ( const auto &ring : mProtectedRings )
    index.rings.push_back( &ring );
  std::vector<std::pair<BBox, int>> boxes;
  double minX = kInfinity, minY = kInfinity, maxY = -kInfinity;
  index.maxX = -kInfinity;
  for ( int r = 0; r < static_cast<int>( index.rings.size() ); ++r )
  {
    const std::vector<PlanePoint> &ring = *index.rings[static_cast<std::size_t>( r )];
    for ( int i = 0; i < static_cast<int>( ring.size() ); ++i )
    {
      const PlanePoint a = ring[static_cast<std::size_t>( i )], b = index.at( r, i + 1 );
      boxes.emplace_back( BBox( BPoint( std::min( a.x, b.x ), std::min( a.y, b.y ) ),
                                BPoint( std::max( a.x, b.x ), std::max( a.y, b.y ) ) ),
                          static_cast<int>( index.segments.size() ) );
      index.segments.push_back( { r, i } );
      minX = std::min( minX, a.x );
      minY = std::min( minY, a.y );
      index.maxX = std::max( index.maxX, a.x );
      maxY = std::max( maxY, a.y );
    }
  }
  index.tree = decltype( index.tree )( boxes );
  mExtentM = boxes.empty() ? 0 : std::hypot( index.maxX - minX, maxY - minY );
}

FreeSpace::~FreeSpace() = default;

int FreeSpace::segmentCount() const
{
  return static_cast<int>( mIndex->segments.size() );
}

bool FreeSpace::clear( PlanePoint a, PlanePoint b ) const
{
  return mIndex->entry( a, b, true ) == kInfinity;
}

double FreeSpace::rayM( PlanePoint from, double dx, double dy, double maxM ) const
{
  const PlanePoint to{ from.x + maxM * dx, from.y + maxM * dy };
  const double t = mIndex->entry( from, to, false );
  return t == kInfinity ? maxM : t * maxM;
}

bool FreeSpace::contains( PlanePoint p ) const
{
  const auto [ground, protectedArea] = mIndex->parity( p );
  return ground && !protectedArea;
}

bool FreeSpace::inGround( PlanePoint p ) const
{
  return mIndex->parity( p ).first;
}

double FreeSpace::freeSquareM( PlanePoint corner, PlanePoint along, PlanePoint side, double maxM ) const
{
  // Growing boxes (from 8 m, four times larger each time): a large square in an open park does not make every
  // query scan the whole index; a square smaller than its box is the answer.
  constexpr double kFirstBoxM = 8;
  for ( double limit = std::min( maxM, kFirstBoxM );; limit = std::min( maxM, 4 * limit ) )
  {
    const double square = freeSquareWithinM( corner, along, side, limit );
    if ( square < limit || limit >= maxM )
      return square;
  }
}

double FreeSpace::freeSquareWithinM( PlanePoint corner, PlanePoint along, PlanePoint side, double maxM ) const
{
  // An edge point at (a, b) in square coordinates blocks every square of side max(a, b) or more.
  constexpr double kOnSideM = 1e-6;                              // edges on the square's own sides (b = 0) do not block
  maxM = std::min( maxM, rayM( corner, side.x, side.y, maxM ) ); // the square's side along `side` must be free
  double best = maxM;
  const PlanePoint far{ corner.x + maxM * ( along.x + side.x ), corner.y + maxM * ( along.y + side.y ) };
  const PlanePoint alongEnd{ corner.x + maxM * along.x, corner.y + maxM * along.y };
  const PlanePoint sideEnd{ corner.x + maxM * side.x, corner.y + maxM * side.y };
  const BBox box( BPoint( std::min( { corner.x, far.x, alongEnd.x, sideEnd.x } ),
                          std::min( { corner.y, far.y, alongEnd.y, sideEnd.y } ) ),
                  BPoint( std::max( { corner.x, far.x, alongEnd.x, sideEnd.x } ),
                          std::max( { corner.y, far.y, alongEnd.y, sideEnd.y } ) ) );
  const Index &index = *mIndex;
  index.tree.query(
      bgi::intersects( box ),
      boost::make_function_output_iterator(
          [&]( const std::pair<BBox, int> &v )
          {
            const Index::Segment &s = index.segments[static_cast<std::size_t>( v.second )];
            const PlanePoint p = index.at( s.ring, s.index ), q = index.at( s.ring, s.index + 1 );
            // Square coordinates of the ends, then the part with a >= 0 and b >= kOnSideM.
            const double pa = ( p.x - corner.x ) * along.x + ( p.y - corner.y ) * along.y;
            const double pb = ( p.x - corner.x ) * side.x + ( p.y - corner.y ) * side.y;
            const double qa = ( q.x - corner.x ) * along.x + ( q.y - corner.y ) * along.y;
            const double qb = ( q.x - corner.x ) * side.x + ( q.y - corner.y ) * side.y;
            double t0 = 0, t1 = 1;
            for ( const auto &[from, to] : { std::pair{ pa, qa }, std::pair{ pb - kOnSideM, qb - kOnSideM } } )
            {
              if ( from < 0 && to < 0 )
                return;
              if ( from < 0 )
                t0 = std::max( t0, from / ( from - to ) );
              else if ( to < 0 )
                t1 = std::min( t1, from / ( from - to ) );
            }
            if ( t0 > t1 )
              return;
            // max(a, b) is convex along the segment: its least value is at an end or where a = b.
            auto chebyshev = [&]( double t ) { return std::max( pa + t * ( qa - pa ), pb + t * ( qb - pb ) ); };
            double least = std::min( chebyshev( t0 ), chebyshev( t1 ) );
            const double slope = ( qa - pa ) - ( qb - pb );
            if ( slope != 0 )
            {
              const double t = ( pb - pa ) / slope;
              if ( t > t0 && t < t1 )
                least = std::min( least, chebyshev( t ) );
            }
            best = std::min( best, least );
          } ) );
  return std::max( best, 0.0 );
}

std::vector<double> FreeSpace::groundCrossings( PlanePoint a, PlanePoint b ) const
{
  std::vector<double> out;
  const Index &index = *mIndex;
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double length2 = dx * dx + dy * dy;
  if ( length2 == 0 )
    return out;
  auto along = [&]( PlanePoint p ) { return ( ( p.x - a.x ) * dx + ( p.y - a.y ) * dy ) / length2; };
  index.visit( BSegment( BPoint( a.x, a.y ), BPoint( b.x, b.y ) ),
               [&]( const Index::Segment &s )
               {
                 if ( s.ring >= index.groundRingCount )
                   return;
                 const PlanePoint p = index.at( s.ring, s.index ), q = index.at( s.ring, s.index + 1 );
                 const double o1 = orient( a, b, p ), o2 = orient( a, b, q );
                 const double o3 = orient( p, q, a ), o4 = orient( p, q, b );
                 if ( o1 == 0 && o2 == 0 ) // along the line: its ends
                 {
                   out.push_back( along( p ) );
                   out.push_back( along( q ) );
                 }
                 else if ( ( ( o1 >= 0 ) != ( o2 >= 0 ) || o1 == 0 || o2 == 0 ) &&
                           ( ( o3 >= 0 ) != ( o4 >= 0 ) || o3 == 0 || o4 == 0 ) && o3 != o4 )
                 {
                   out.push_back( o3 / ( o3 - o4 ) );
                 }
               } );
  out.erase( std::remove_if( out.begin(), out.end(), []( double t ) { return !( t > 0 && t < 1 ); } ), out.end() );
  std::sort( out.begin(), out.end() );
  out.erase( std::unique( out.begin(), out.end() ), out.end() );
  return out;
}

} // namespace eventsecurity::domain
