#include "streetbarriers.h"

// Boost.Geometry 1.74 trips GCC 12's maybe-uninitialized analysis in its own envelope code (a false
// positive reported inside Boost's headers); warnings stay errors for our code.
#pragma GCC diagnostic push
#if !defined( __clang__ ) // clang has no such warning (and -Werror refuses an unknown one)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#define BOOST_ALLOW_DEPRECATED_HEADERS
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/iterator/function_output_iterator.hpp>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace eventsecurity::domain
{

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace
{
using BPoint = bg::model::d2::point_xy<double>;
using BBox = bg::model::box<BPoint>;

struct Cut
{
  double alongM;   // arc length along the line
  PlanePoint at;   // the point on the line
  PlanePoint unit; // the line's direction there
};

// Nearest point of segment a-b to p: parameter in [0, 1] and distance.
double nearestOnSegment( PlanePoint a, PlanePoint b, PlanePoint p, double &distanceM )
{
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ( ( p.x - a.x ) * dx + ( p.y - a.y ) * dy ) / length2 : 0;
  t = std::clamp( t, 0.0, 1.0 );
  distanceM = std::hypot( a.x + t * dx - p.x, a.y + t * dy - p.y );
  return t;
}

// The part of a polyline between arc lengths from and to (from < to).
std::vector<PlanePoint> piece( const std::vector<PlanePoint> &line, double from, double to )
{
  std::vector<PlanePoint> out;
  double start = 0;
  for ( std::size_t i = 1; i < line.size(); ++i )
  {
    const PlanePoint a = line[i - 1], b = line[i];
    const double length = std::hypot( b.x - a.x, b.y - a.y );
    const double end = start + length;
    auto pointAt = [&]( double s )
    {
      const double f = length > 0 ? ( s - start ) / length : 0;
      return PlanePoint{ a.x + f * ( b.x - a.x ), a.y + f * ( b.y - a.y ) };
    };
    if ( out.empty() && from <= end )
      out.push_back( from <= start ? a : pointAt( from ) );
    if ( !out.empty() )
    {
      if ( to <= end )
      {
        out.push_back( to >= end ? b : pointAt( to ) );
        return out;
      }
      out.push_back( b );
    }
    start = end;
  }
  return out;
}

// For each drivable line, the cuts of the closed barriers within the tolerance, sorted along it.
std::vector<std::vector<Cut>> cutsOf( const std::vector<StreetLine> &streets,
                                      const std::vector<PointObstacle> &barriers, double toleranceM, bool removableOpen,
                                      std::vector<char> &barrierUsed )
{
  std::vector<std::pair<BBox, std::pair<int, int>>> boxes; // segment boxes: (line, segment)
  for ( std::size_t l = 0; l < streets.size(); ++l )
  {
    const std::vector<PlanePoint> &p = streets[l].points;
    if ( !streets[l].drivable )
      continue;
    for ( std::size_t i = 1; i < p.size(); ++i )
      boxes.push_back( { BBox( BPoint( std::min( p[i - 1].x, p[i].x ), std::min( p[i - 1].y, p[i].y ) ),
                               BPoint( std::max( p[i - 1].x, p[i].x ), std::max( p[i - 1].y, p[i].y ) ) ),
                         { static_cast<int>( l ), static_cast<int>( i - 1 ) } } );
  }
  const bgi::rtree<std::pair<BBox, std::pair<int, int>>, bgi::rstar<16>> tree( boxes );
  const double reach = toleranceM + 1e-9; // vertices shared exactly: distance 0
  std::vector<std::vector<Cut>> cuts( streets.size() );
  for ( std::size_t b = 0; b < barriers.size(); ++b )
  {
    const PointObstacle &barrier = barriers[b];
    if ( !barrierIsClosed( barrier, removableOpen ) )
      continue;
    const PlanePoint p = barrier.point;
    // Per line: its nearest segment within reach.
    std::vector<std::pair<int, Cut>> best; // line, cut (alongM holds the distance until the end)
    const BBox around( BPoint( p.x - reach, p.y - reach ), BPoint( p.x + reach, p.y + reach ) );
    tree.query( bgi::intersects( around ),
                boost::make_function_output_iterator(
                    [&]( const auto &value )
                    {
                      // Not a structured binding: C++17 lets no lambda capture one (clang refuses it).
                      const int line = value.second.first, segment = value.second.second;
                      const std::vector<PlanePoint> &points = streets[static_cast<std::size_t>( line )].points;
                      const PlanePoint a = points[static_cast<std::size_t>( segment )];
                      const PlanePoint c = points[static_cast<std::size_t>( segment ) + 1];
                      double distance = 0;
                      const double t = nearestOnSegment( a, c, p, distance );
                      const double length = std::hypot( c.x - a.x, c.y - a.y );
                      if ( distance > reach || length == 0 )
                        return;
                      double before = 0; // arc length to the segment's start
                      for ( int i = 1; i <= segment; ++i )
                        before += std::hypot(
                            points[static_cast<std::size_t>( i )].x - points[static_cast<std::size_t>( i ) - 1].x,
                            points[static_cast<std::size_t>( i )].y - points[static_cast<std::size_t>( i ) - 1].y );
                      const Cut cut{ before + t * length,
                                     { a.x + t * ( c.x - a.x ), a.y + t * ( c.y - a.y ) },
                                     { ( c.x - a.x ) / length, ( c.y - a.y ) / length } };
                      auto same =
                          std::find_if( best.begin(), best.end(), [&]( const auto &x ) { return x.first == line; } );
                      if ( same == best.end() )
                        best.push_back( { line, cut } );
                      else if ( std::hypot( cut.at.x - p.x, cut.at.y - p.y ) <
                                std::hypot( same->second.at.x - p.x, same->second.at.y - p.y ) )
                        same->second = cut;
                    } ) );
    for ( const auto &[line, cut] : best )
      cuts[static_cast<std::size_t>( line )].push_back( cut );
    barrierUsed[b] = !best.empty();
  }
  for ( std::vector<Cut> &lineCuts : cuts )
    std::sort( lineCuts.begin(), lineCuts.end(), []( const Cut &x, const Cut &y ) { return x.alongM < y.alongM; } );
  return cuts;
}

} // namespace

StreetClosure closeStreetsAtBarriers( const std::vector<StreetLine> &streets,
                                      const std::vector<PointObstacle> &barriers, double toleranceM, bool removableOpen,
                                      double pavementWidthM )
{
  if ( !( toleranceM >= 0 ) || !std::isfinite( toleranceM ) )
    throw std::invalid_argument( "the snapping tolerance must be a finite number >= 0 m" );
  for ( const StreetLine &line : streets )
    requirePlaneCoordinates( line.points, "a street" );
  for ( const PointObstacle &barrier : barriers )
    requirePlaneCoordinates( { barrier.point }, "an obstacle point" );

  std::vector<char> barrierUsed( barriers.size(), 0 );
  const std::vector<std::vector<Cut>> cuts = cutsOf( streets, barriers, toleranceM, removableOpen, barrierUsed );
  const double gap = 0.5 * toleranceM + kBarrierGapBeyondToleranceM;
  StreetClosure closure;
  for ( std::size_t l = 0; l < streets.size(); ++l )
  {
    const StreetLine &street = streets[l];
    const std::vector<Cut> &lineCuts = cuts[l];
    if ( lineCuts.empty() )
    {
      closure.lines.push_back( street );
      closure.origins.push_back( { static_cast<int>( l ), -1, true, true } );
      continue;
    }
    ++closure.closedStreets;
    double length = 0;
    for ( std::size_t i = 1; i < street.points.size(); ++i )
      length += std::hypot( street.points[i].x - street.points[i - 1].x, street.points[i].y - street.points[i - 1].y );
    double from = 0;
    for ( std::size_t k = 0; k <= lineCuts.size(); ++k )
    {
      const double to = k < lineCuts.size() ? lineCuts[k].alongM - gap : length;
      if ( to > from )
      {
        StreetLine part = street;
        part.points = piece( street.points, from, to );
        closure.lines.push_back( std::move( part ) );
        closure.origins.push_back( { static_cast<int>( l ), -1, from == 0, k == lineCuts.size() } );
      }
      if ( k < lineCuts.size() )
      {
        from = lineCuts[k].alongM + gap;
        const Cut &cut = lineCuts[k];
        const double half = 0.5 * street.widthM + pavementWidthM;
        closure.walls.push_back( { { cut.at.x - half * cut.unit.y, cut.at.y + half * cut.unit.x },
                                   { cut.at.x + half * cut.unit.y, cut.at.y - half * cut.unit.x } } );
      }
    }
  }
  closure.closingBarriers = static_cast<int>( std::count( barrierUsed.begin(), barrierUsed.end(), 1 ) );
  return closure;
}

} // namespace eventsecurity::domain
