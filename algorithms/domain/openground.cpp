#include "openground.h"

#include "opengroundlegs.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>

namespace eventsecurity::domain
{

namespace
{
using Clock = std::chrono::steady_clock;

// Stretch-end targets sit this far inside their stretch, so that their probe is in the free space.
constexpr double kEndInsetM = 0.01;
// Stretches shorter than this are the free space touching the edge at a point: no target.
constexpr double kShortestStretchM = 0.05;
// A corner node lies at most this fraction of the clearance off its arc (judgement: a right-angled
// corner's mitre point is (sqrt 2 - 1) = 0.41 clearances off; a gap that only a node so placed would
// close is still crossed by legs, which are tested against the arcs).
constexpr double kCornerOffsetOfClearance = 0.5;
// Physical bounds of the options (issue 11 item 12).
constexpr double kMaxVehicleWidthM = 5;
constexpr double kMaxSpacingM = 10000;
constexpr double kMaxPavementM = 50;
constexpr double kMaxToleranceM = 100;

double secondsSince( Clock::time_point start )
{
  return std::chrono::duration<double>( Clock::now() - start ).count();
}

OpenGround canceledResult()
{
  OpenGround ground;
  ground.canceled = true;
  return ground;
}

void requireRange( double value, double low, double high, const std::string &what )
{
  if ( !( value >= low && value <= high ) )
    throw std::invalid_argument( what );
}

void validate( const OpenGroundOptions &o )
{
  requireRange( o.vehicleWidthM, 1e-3, kMaxVehicleWidthM,
                "the vehicle's width must be a number above 0 and at most 5 m (the EU maximum is 2.55 m)" );
  requireRange( o.snapToleranceM, 0, kMaxToleranceM, "the snapping tolerance must be a number from 0 to 100 m" );
  const double minSpacing = std::max( 1.0, 4 * o.snapToleranceM );
  const std::string spacingRule = " must be a number from 1 m (and 4 times the snapping tolerance, so that its points "
                                  "stay apart) to 10 km";
  requireRange( o.impactSpacingM, minSpacing, kMaxSpacingM, "the impact point spacing" + spacingRule );
  requireRange( o.attachSpacingM, minSpacing, kMaxSpacingM, "the street attach point spacing" + spacingRule );
  requireRange( o.pavementWidthM, 0, kMaxPavementM, "the pavement width must be a number from 0 to 50 m" );
  if ( o.conesPerNode != 0 && ( o.conesPerNode < 4 || o.conesPerNode > 360 ) )
    throw std::invalid_argument( "the cones per open-ground node must be 0 (all legs) or from 4 to 360" );
}

// Computing in a frame centred near the data keeps Boost.Geometry's arithmetic well away from rounding
// trouble at projected coordinates of millions of metres. The origin is a multiple of 1024 m.
struct Frame
{
  PlanePoint origin;
  PlanePoint local( PlanePoint p ) const { return { p.x - origin.x, p.y - origin.y }; }
  PlanePoint world( PlanePoint p ) const { return { p.x + origin.x, p.y + origin.y }; }
  std::vector<PlanePoint> local( const std::vector<PlanePoint> &points ) const
  {
    std::vector<PlanePoint> out;
    out.reserve( points.size() );
    for ( const PlanePoint &p : points )
      out.push_back( local( p ) );
    return out;
  }
  PlanePolygon local( const PlanePolygon &polygon ) const
  {
    PlanePolygon out{ local( polygon.outer ), {} };
    for ( const std::vector<PlanePoint> &hole : polygon.holes )
      out.holes.push_back( local( hole ) );
    return out;
  }
};

Frame frameOf( const std::vector<PlanePolygon> &openAreas )
{
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
  bool any = false;
  for ( std::size_t i = 0; i < openAreas.size(); ++i )
  {
    requirePlaneCoordinates( openAreas[i].outer, "open area " + std::to_string( i + 1 ) );
    for ( const PlanePoint &p : openAreas[i].outer )
    {
      minX = any ? std::min( minX, p.x ) : p.x;
      maxX = any ? std::max( maxX, p.x ) : p.x;
      minY = any ? std::min( minY, p.y ) : p.y;
      maxY = any ? std::max( maxY, p.y ) : p.y;
      any = true;
    }
  }
  constexpr double kGrid = 1024;
  return {
      { std::round( 0.5 * ( minX + maxX ) / kGrid ) * kGrid, std::round( 0.5 * ( minY + maxY ) / kGrid ) * kGrid } };
}

FreeSpaceShape shapeOf( const OpenGroundInput &input, const StreetClosure &closure, const OpenGroundOptions &o,
                        const Frame &frame )
{
  FreeSpaceShape shape;
  shape.clearanceM = 0.5 * o.vehicleWidthM;
  for ( const PlanePolygon &area : input.openAreas )
    shape.openAreas.push_back( frame.local( area ) );
  for ( const StreetLine &line : closure.lines )
  {
    if ( !line.drivable || line.points.size() < 2 )
      continue;
    const double carriageway = line.widthM > 0 && std::isfinite( line.widthM ) ? line.widthM : 0;
    // At least a little wider than the vehicle: the street lets it through, so its centre line is free.
    const double half = std::max( 0.5 * carriageway + o.pavementWidthM, shape.clearanceM + 0.05 );
    shape.corridors.push_back( { frame.local( line.points ), half } );
  }
  for ( const PlanePolygon &area : input.obstacleAreas )
    shape.obstacleAreas.push_back( frame.local( area ) );
  for ( const std::vector<PlanePoint> &line : input.obstacleLines )
    shape.obstacleLines.push_back( frame.local( line ) );
  for ( const std::vector<PlanePoint> &wall : closure.walls )
    shape.obstacleLines.push_back( frame.local( wall ) );
  for ( const PointObstacle &point : input.obstaclePoints )
  {
    if ( !barrierIsClosed( point, o.removableBarriersOpen ) )
      continue;
    PointObstacle local = point;
    local.point = frame.local( point.point );
    shape.obstaclePoints.push_back( local );
  }
  for ( const PlanePolygon &area : input.protectedAreas )
    shape.protectedAreas.push_back( frame.local( area ) );
  return shape;
}

// The point at arc length s along a polyline (closed: the last point joins the first) and the unit
// direction of the segment holding it.
std::pair<PlanePoint, PlanePoint> pointAlong( const std::vector<PlanePoint> &line, bool closed, double s )
{
  const std::size_t segments = closed ? line.size() : line.size() - 1;
  for ( std::size_t i = 0; i < segments; ++i )
  {
    const PlanePoint a = line[i], b = line[( i + 1 ) % line.size()];
    const double length = std::hypot( b.x - a.x, b.y - a.y );
    if ( length == 0 )
      continue;
    if ( s <= length || i + 1 == segments )
    {
      const double f = std::clamp( s / length, 0.0, 1.0 );
      return { { a.x + f * ( b.x - a.x ), a.y + f * ( b.y - a.y ) },
               { ( b.x - a.x ) / length, ( b.y - a.y ) / length } };
    }
    s -= length;
  }
  return { line.front(), { 1, 0 } };
}

double polylineLength( const std::vector<PlanePoint> &line, bool closed )
{
  double length = 0;
  for ( std::size_t i = 1; i < line.size(); ++i )
    length += std::hypot( line[i].x - line[i - 1].x, line[i].y - line[i - 1].y );
  if ( closed && line.size() > 1 )
    length += std::hypot( line.front().x - line.back().x, line.front().y - line.back().y );
  return length;
}

// The stretches of one protected ring (outside on its left) that lie in the free ground.
void ringStretches( const std::vector<PlanePoint> &ring, const FreeSpace &space,
                    std::vector<ProtectedStretch> &stretches )
{
  struct Piece
  {
    PlanePoint a, b;
    bool inside;
  };
  std::vector<Piece> pieces;
  for ( std::size_t i = 0; i < ring.size(); ++i )
  {
    const PlanePoint p = ring[i], q = ring[( i + 1 ) % ring.size()];
    std::vector<double> cuts = space.groundCrossings( p, q );
    cuts.insert( cuts.begin(), 0.0 );
    cuts.push_back( 1.0 );
    for ( std::size_t k = 1; k < cuts.size(); ++k )
    {
      const PlanePoint a{ p.x + cuts[k - 1] * ( q.x - p.x ), p.y + cuts[k - 1] * ( q.y - p.y ) };
      const PlanePoint b{ p.x + cuts[k] * ( q.x - p.x ), p.y + cuts[k] * ( q.y - p.y ) };
      if ( a.x != b.x || a.y != b.y )
        pieces.push_back( { a, b, space.inGround( { 0.5 * ( a.x + b.x ), 0.5 * ( a.y + b.y ) } ) } );
    }
  }
  const std::size_t n = pieces.size();
  const auto outside = std::find_if( pieces.begin(), pieces.end(), []( const Piece &p ) { return !p.inside; } );
  if ( outside == pieces.end() )
  {
    if ( n > 0 )
      stretches.push_back( { ring, true, polylineLength( ring, true ), 0, 0 } );
    return;
  }
  // Walk once round from a piece outside, so that no stretch is cut at the ring's first point.
  const std::size_t first = static_cast<std::size_t>( outside - pieces.begin() );
  ProtectedStretch current;
  for ( std::size_t k = 1; k <= n; ++k )
  {
    const Piece &piece = pieces[( first + k ) % n];
    if ( piece.inside )
    {
      if ( current.points.empty() )
        current.points.push_back( piece.a );
      current.points.push_back( piece.b );
    }
    if ( ( !piece.inside || k == n ) && !current.points.empty() )
    {
      current.lengthM = polylineLength( current.points, false );
      if ( current.lengthM >= kShortestStretchM )
        stretches.push_back( current );
      current = ProtectedStretch();
    }
  }
}

// Targets along every stretch, evenly at most spacingM apart (within 0.01 %: Boost.Geometry's buffers are
// exact to about 1e-6 m), both ends of an open stretch included.
void placeTargets( const FreeSpace &space, double spacingM, OpenGround &out, std::vector<GroundNode> &nodes )
{
  std::vector<ProtectedStretch> stretches;
  for ( const std::vector<PlanePoint> &ring : space.protectedRings() )
    ringStretches( ring, space, stretches );
  for ( ProtectedStretch &stretch : stretches )
  {
    const double length = stretch.lengthM;
    const int intervals = std::max( 1, static_cast<int>( std::ceil( length / spacingM - 1e-4 ) ) );
    const int count = stretch.closed ? intervals : intervals + 1;
    const double inset = std::min( kEndInsetM, 0.25 * length );
    stretch.firstTarget = static_cast<int>( out.targets.size() );
    for ( int k = 0; k < count; ++k )
    {
      double s = k * length / intervals;
      if ( !stretch.closed )
        s = std::clamp( s, inset, length - inset );
      const auto [point, unit] = pointAlong( stretch.points, stretch.closed, s );
      GroundNode node;
      node.kind = GroundNodeKind::Target;
      node.point = point;
      node.probe = { point.x - kProbeOffsetM * unit.y, point.y + kProbeOffsetM * unit.x }; // left: outside
      if ( !space.contains( node.probe ) )
        continue;
      node.group = static_cast<int>( out.targets.size() );
      node.wedges[0] = { std::atan2( unit.y, unit.x ), kPi };
      nodes.push_back( node );
      out.targets.push_back( { point, static_cast<int>( out.stretches.size() ), unit.x, unit.y, -1 } );
    }
    stretch.targetCount = static_cast<int>( out.targets.size() ) - stretch.firstTarget;
    out.stretches.push_back( std::move( stretch ) );
  }
}

DirectionRoom roomBeside( const FreeSpace &space, const GroundNode &node, PlanePoint into );

// The rooms beside a street line at its attach points (flagged in `attached`), ahead and behind along its segments
// (see ROOM TO TURN); the street's runs are not limited (it may run on straight beyond the open ground: the safe side).
std::vector<PointRoom> streetRooms( const std::vector<PlanePoint> &points, const std::vector<char> &attached,
                                    const Frame &frame, const FreeSpace &space )
{
  std::vector<PointRoom> rooms( points.size() );
  const auto toward = [&]( std::size_t i, std::size_t j, DirectionRoom &room )
  {
    const PlanePoint a = frame.local( points[i] ), b = frame.local( points[j] );
    const double length = std::hypot( b.x - a.x, b.y - a.y );
    if ( !( length > 0 ) )
      return;
    GroundNode node;
    node.point = node.probe = a;
    room = roomBeside( space, node, { ( b.x - a.x ) / length, ( b.y - a.y ) / length } );
    room.runM = std::numeric_limits<double>::infinity();
  };
  for ( std::size_t i = 0; i < points.size(); ++i )
  {
    if ( !attached[i] )
      continue;
    if ( i + 1 < points.size() )
      toward( i, i + 1, rooms[i].ahead );
    if ( i > 0 )
      toward( i, i - 1, rooms[i].behind );
  }
  return rooms;
}

// Attach points: the street vertices in the free space and points every spacingM along the streets
// there (inserted as vertices), with the rooms beside the street there. Street points are kept in world
// coordinates, as given.
void placeAttachPoints( std::vector<StreetLine> &lines, const Frame &frame, const FreeSpace &space, double spacingM,
                        std::vector<GroundNode> &nodes, std::vector<PlanePoint> &nodeWorld )
{
  double minX = 0, minY = 0, maxX = -1, maxY = -1; // the free ground's box, local
  for ( const std::vector<PlanePoint> &ring : space.groundRings() )
    for ( const PlanePoint &p : ring )
    {
      minX = maxX < minX ? p.x : std::min( minX, p.x );
      minY = maxY < minY ? p.y : std::min( minY, p.y );
      maxX = std::max( maxX, p.x );
      maxY = std::max( maxY, p.y );
    }
  auto consider = [&]( PlanePoint world, int line )
  {
    const PlanePoint p = frame.local( world );
    if ( p.x < minX || p.x > maxX || p.y < minY || p.y > maxY || !space.contains( p ) )
      return false;
    GroundNode node;
    node.kind = GroundNodeKind::Attach;
    node.point = node.probe = p;
    node.group = line;
    nodes.push_back( node );
    nodeWorld.push_back( world );
    return true;
  };
  for ( std::size_t l = 0; l < lines.size(); ++l )
  {
    StreetLine &line = lines[l];
    if ( !line.drivable || line.points.size() < 2 )
      continue;
    std::vector<PlanePoint> points;
    std::vector<char> attached;
    for ( std::size_t i = 0; i < line.points.size(); ++i )
    {
      const PlanePoint a = line.points[i];
      points.push_back( a );
      attached.push_back( consider( a, static_cast<int>( l ) ) ? 1 : 0 );
      if ( i + 1 == line.points.size() )
        break;
      const PlanePoint b = line.points[i + 1];
      const int parts = static_cast<int>( std::ceil( std::hypot( b.x - a.x, b.y - a.y ) / spacingM ) );
      for ( int k = 1; k < parts; ++k )
      {
        const double f = static_cast<double>( k ) / parts;
        const PlanePoint p{ a.x + f * ( b.x - a.x ), a.y + f * ( b.y - a.y ) };
        if ( consider( p, static_cast<int>( l ) ) )
        {
          points.push_back( p );
          attached.push_back( 1 );
        }
      }
    }
    if ( std::find( attached.begin(), attached.end(), 1 ) != attached.end() )
      line.rooms = streetRooms( points, attached, frame, space );
    line.points = std::move( points );
  }
}

// Nodes within the tolerance of an earlier node are that node for the street graph, which would join
// them anyway: each node's representative is the first node within the tolerance of it (itself if none).
// Legs keep being found from every node's own position (a corner a few decimetres from another keeps
// its own tangents: through a gap barely wider than the vehicle, the two sides' corners are that close).
std::vector<int> representatives( const std::vector<GroundNode> &nodes, double toleranceM )
{
  const double cell = std::max( toleranceM, 1e-3 );
  auto key = []( std::int64_t x, std::int64_t y )
  { return ( static_cast<std::uint64_t>( x ) << 32 ) ^ static_cast<std::uint32_t>( y ); };
  std::unordered_map<std::uint64_t, std::vector<int>> grid; // cell -> representatives in it
  std::vector<int> representative( nodes.size(), -1 );
  for ( std::size_t i = 0; i < nodes.size(); ++i )
  {
    const PlanePoint p = nodes[i].point;
    const auto cx = static_cast<std::int64_t>( std::floor( p.x / cell ) );
    const auto cy = static_cast<std::int64_t>( std::floor( p.y / cell ) );
    for ( std::int64_t dx = -1; dx <= 1 && representative[i] < 0; ++dx )
      for ( std::int64_t dy = -1; dy <= 1 && representative[i] < 0; ++dy )
      {
        const auto found = grid.find( key( cx + dx, cy + dy ) );
        if ( found == grid.end() )
          continue;
        for ( const int k : found->second )
        {
          const PlanePoint q = nodes[static_cast<std::size_t>( k )].point;
          if ( std::hypot( q.x - p.x, q.y - p.y ) <= toleranceM )
          {
            representative[i] = k;
            break;
          }
        }
      }
    if ( representative[i] >= 0 )
      continue;
    representative[i] = static_cast<int>( i );
    grid[key( cx, cy )].push_back( static_cast<int>( i ) );
  }
  return representative;
}

// Removes the nodes merged into another (representative[i] != i) that would give it turns it cannot
// take: a start (its legs have no room past it) and anything merged into a target (a target is not
// driven through). Other merged nodes keep their own legs (a gap barely wider than the vehicle has its
// two sides' corners within the tolerance of each other). Returns the merged targets: (target, kept).
std::vector<std::pair<int, int>> dropMergedEnds( std::vector<GroundNode> &nodes, std::vector<PlanePoint> &world,
                                                 std::vector<int> &representative )
{
  std::vector<std::pair<int, int>> sameTargets;
  std::vector<int> newIndex( nodes.size(), -1 );
  std::size_t kept = 0;
  for ( std::size_t i = 0; i < nodes.size(); ++i )
  {
    const GroundNode &into = nodes[static_cast<std::size_t>( representative[i] )];
    const bool merged = representative[i] != static_cast<int>( i );
    if ( merged && nodes[i].kind == GroundNodeKind::Target && into.kind == GroundNodeKind::Target )
      sameTargets.emplace_back( nodes[i].group, into.group );
    if ( merged && ( nodes[i].kind == GroundNodeKind::Start || into.kind == GroundNodeKind::Target ) )
      continue;
    newIndex[i] = static_cast<int>( kept );
    nodes[kept] = nodes[i];
    world[kept] = world[i];
    ++kept;
  }
  std::vector<int> newRepresentative( kept );
  for ( std::size_t i = 0; i < representative.size(); ++i )
    if ( newIndex[i] >= 0 )
      newRepresentative[static_cast<std::size_t>( newIndex[i] )] =
          newIndex[static_cast<std::size_t>( representative[i] )];
  nodes.resize( kept );
  world.resize( kept );
  representative = std::move( newRepresentative );
  return sameTargets;
}

// The room beside a direction from a node (see ROOM TO TURN): the side of the largest free square standing on the
// line from the node in unit direction `into`, on its left and on its right; 0 on an obstacle's side at a corner
// node (the obstacle is there). Unbounded but by the free space's extent.
DirectionRoom roomBeside( const FreeSpace &space, const GroundNode &node, PlanePoint into )
{
  DirectionRoom room;
  const PlanePoint left{ -into.y, into.x };
  for ( const double sign : { 1.0, -1.0 } )
  {
    const PlanePoint side{ sign * left.x, sign * left.y };
    const bool obstacleSide = node.kind == GroundNodeKind::Corner && side.x * node.away.x + side.y * node.away.y < 0;
    ( sign > 0 ? room.leftM : room.rightM ) =
        obstacleSide ? 0.0 : space.freeSquareM( node.probe, into, side, space.extentM() );
  }
  return room;
}

// The straight free run from a node in a unit direction: 0 where the direction leaves the free space at
// once (past a convex corner, into the protected area).
double runPastM( const FreeSpace &space, const GroundNode &node, PlanePoint unit )
{
  if ( !node.allows( std::atan2( unit.y, unit.x ) ) )
    return 0;
  return space.rayM( node.probe, unit.x, unit.y, space.extentM() + 1 );
}

// The whole room across a line at a point as a carriageway width (both sides plus the vehicle's width, the measure a
// street's width gives): for display only, the search uses the rooms.
double carriagewayWidthM( const DirectionRoom &room, double vehicleWidthM )
{
  return room.leftM + room.rightM + vehicleWidthM;
}

// The leg found between nodes from and to, drawn between their representatives' points (lengthM 0 when
// they are within the tolerance): the rooms beside it at its ends and the free runs behind them (see ROOM TO TURN).
OpenGroundLeg measureLeg( const GroundNode &from, const GroundNode &to, PlanePoint fromWorld, PlanePoint toWorld,
                          const FreeSpace &space, const OpenGroundOptions &o )
{
  OpenGroundLeg leg;
  leg.from = fromWorld;
  leg.to = toWorld;
  const double drawn = std::hypot( toWorld.x - fromWorld.x, toWorld.y - fromWorld.y );
  if ( !( drawn > o.snapToleranceM ) )
    return leg;
  leg.lengthM = drawn;
  const double dx = to.point.x - from.point.x, dy = to.point.y - from.point.y;
  const double length = std::hypot( dx, dy );
  const PlanePoint unit{ dx / length, dy / length };
  leg.restRunupFromM = runPastM( space, from, { -unit.x, -unit.y } );
  leg.restRunupToM = runPastM( space, to, unit );
  // Straight on from an end: the leg and on past the other end (see ROOM TO TURN).
  leg.fromRoom = roomBeside( space, from, unit );
  leg.fromRoom.runM = drawn + leg.restRunupToM;
  leg.toRoom = roomBeside( space, to, { -unit.x, -unit.y } );
  leg.toRoom.runM = drawn + leg.restRunupFromM;
  leg.fromWidthM = carriagewayWidthM( leg.fromRoom, o.vehicleWidthM );
  leg.toWidthM = carriagewayWidthM( leg.toRoom, o.vehicleWidthM );
  return leg;
}

// The larger of two rooms, side by side (the same leg found from nodes merged into the same two).
DirectionRoom largerRoom( const DirectionRoom &a, const DirectionRoom &b )
{
  return { std::max( a.leftM, b.leftM ), std::max( a.rightM, b.rightM ), std::max( a.runM, b.runM ) };
}

// Whether a route stops at a node of this kind (see STOPS): a target is the impact; a start is a convex corner of the
// free space.
bool isStop( const GroundNode &node )
{
  return node.kind == GroundNodeKind::Target || node.kind == GroundNodeKind::Start;
}

// A leg as one open-ground street line (see ROOM TO TURN), appended to out; target: the target it ends at.
void addLeg( OpenGroundLeg leg, const GroundNode &fromNode, const GroundNode &toNode, OpenGround &out )
{
  const int target = toNode.kind == GroundNodeKind::Target ? toNode.group : -1;
  leg.firstLine = static_cast<int>( out.lines.size() );
  leg.lineCount = 1;
  StreetLine line;
  line.points = { leg.from, leg.to };
  line.widthM = std::max( leg.fromWidthM, leg.toWidthM );
  line.openGround = true;
  line.stopAtStart = isStop( fromNode );
  line.stopAtEnd = isStop( toNode );
  line.rooms.resize( 2 );
  line.rooms[0].ahead = leg.fromRoom;
  line.rooms[1].behind = leg.toRoom;
  out.lines.push_back( std::move( line ) );
  out.origins.push_back( { -1, static_cast<int>( out.legs.size() ), false, false } );
  if ( target >= 0 && out.targets[static_cast<std::size_t>( target )].line < 0 )
    out.targets[static_cast<std::size_t>( target )].line = leg.firstLine;
  out.legs.push_back( leg );
}

void countDegrees( const std::vector<int> &representative, const std::vector<int> &degree, OpenGroundStats &stats )
{
  long long degreeSum = 0;
  int nodeCount = 0;
  for ( std::size_t i = 0; i < degree.size(); ++i )
  {
    if ( representative[i] != static_cast<int>( i ) )
      continue;
    const int d = degree[i];
    ++nodeCount;
    stats.maxDegree = std::max( stats.maxDegree, d );
    degreeSum += d;
    stats.transitions += static_cast<long long>( d ) * ( d - 1 );
  }
  stats.meanDegree = nodeCount == 0 ? 0 : static_cast<double>( degreeSum ) / nodeCount;
}

// One leg per pair of representatives. Legs found between other nodes of the same two representatives
// (within the tolerance) are the same street line: it gets the largest of their widths and runs.
void emitLegs( const std::vector<GroundNode> &nodes, const std::vector<PlanePoint> &world,
               const std::vector<int> &representative, std::vector<LegPair> pairs, const FreeSpace &space,
               const OpenGroundOptions &o, OpenGround &out )
{
  auto repOf = [&]( int i ) { return representative[static_cast<std::size_t>( i )]; };
  // Each pair as (a, b) with a leg into a target drawn toward it (ImpactTarget::line ends there).
  for ( LegPair &pair : pairs )
    if ( nodes[static_cast<std::size_t>( repOf( pair.a ) )].kind == GroundNodeKind::Target ||
         ( nodes[static_cast<std::size_t>( repOf( pair.b ) )].kind != GroundNodeKind::Target &&
           repOf( pair.a ) > repOf( pair.b ) ) )
      std::swap( pair.a, pair.b );
  auto key = [&]( const LegPair &p ) { return std::pair( repOf( p.a ), repOf( p.b ) ); };
  std::stable_sort( pairs.begin(), pairs.end(),
                    [&]( const LegPair &x, const LegPair &y ) { return key( x ) < key( y ); } );
  std::vector<int> degree( nodes.size(), 0 );
  for ( std::size_t i = 0; i < pairs.size(); )
  {
    const auto [ra, rb] = key( pairs[i] );
    OpenGroundLeg leg;
    leg.fromRoom = leg.toRoom = DirectionRoom{ 0, 0, 0 };
    for ( ; i < pairs.size() && key( pairs[i] ) == std::pair( ra, rb ); ++i )
    {
      const OpenGroundLeg found =
          measureLeg( nodes[static_cast<std::size_t>( pairs[i].a )], nodes[static_cast<std::size_t>( pairs[i].b )],
                      world[static_cast<std::size_t>( ra )], world[static_cast<std::size_t>( rb )], space, o );
      leg.from = found.from;
      leg.to = found.to;
      leg.lengthM = found.lengthM;
      leg.fromWidthM = std::max( leg.fromWidthM, found.fromWidthM );
      leg.toWidthM = std::max( leg.toWidthM, found.toWidthM );
      leg.fromRoom = largerRoom( leg.fromRoom, found.fromRoom );
      leg.toRoom = largerRoom( leg.toRoom, found.toRoom );
      leg.restRunupFromM = std::max( leg.restRunupFromM, found.restRunupFromM );
      leg.restRunupToM = std::max( leg.restRunupToM, found.restRunupToM );
    }
    if ( ra == rb || leg.lengthM == 0 )
      continue;
    addLeg( leg, nodes[static_cast<std::size_t>( ra )], nodes[static_cast<std::size_t>( rb )], out );
    ++degree[static_cast<std::size_t>( ra )];
    ++degree[static_cast<std::size_t>( rb )];
  }
  out.stats.legs = static_cast<int>( out.legs.size() );
  countDegrees( representative, degree, out.stats );
}

struct Nodes
{
  std::vector<GroundNode> nodes;
  std::vector<PlanePoint> world;                //!< per node: where it is in the caller's frame
  std::vector<int> representative;              //!< per node: the node the street graph will join it to
  std::vector<std::pair<int, int>> sameTargets; //!< targets merged into another target: (target, kept)
};

// Every node: targets, street attach points (inserted into out.lines), corners, starts; then merged
// within the tolerance (representatives, dropMergedEnds). Counts them in out.stats.
Nodes placeNodes( const FreeSpace &space, const Frame &frame, const OpenGroundOptions &o, OpenGround &out )
{
  Nodes n;
  placeTargets( space, o.impactSpacingM, out, n.nodes );
  for ( const GroundNode &node : n.nodes )
    n.world.push_back( frame.world( node.point ) );
  placeAttachPoints( out.lines, frame, space, o.attachSpacingM, n.nodes, n.world );
  const std::size_t beforeCorners = n.nodes.size();
  const double cornerOffsetM = kCornerOffsetOfClearance * 0.5 * o.vehicleWidthM;
  appendCornerNodes( space.groundRings(), space, cornerOffsetM, n.nodes );
  appendCornerNodes( space.protectedClearanceRings(), space, cornerOffsetM, n.nodes );
  appendStartNodes( space.groundRings(), space, o.attachSpacingM, n.nodes );
  for ( std::size_t i = beforeCorners; i < n.nodes.size(); ++i )
    n.world.push_back( frame.world( n.nodes[i].point ) );
  n.representative = representatives( n.nodes, o.snapToleranceM );
  n.sameTargets = dropMergedEnds( n.nodes, n.world, n.representative );
  for ( std::size_t i = 0; i < n.nodes.size(); ++i )
  {
    if ( n.representative[i] != static_cast<int>( i ) )
      continue;
    out.stats.cornerNodes += n.nodes[i].kind == GroundNodeKind::Corner;
    out.stats.startNodes += n.nodes[i].kind == GroundNodeKind::Start;
    out.stats.attachNodes += n.nodes[i].kind == GroundNodeKind::Attach;
    out.stats.targetNodes += n.nodes[i].kind == GroundNodeKind::Target;
  }
  return n;
}

} // namespace

OpenGround buildOpenGround( const OpenGroundInput &input, const OpenGroundOptions &options,
                            const std::function<bool()> &isCanceled )
{
  validate( options );
  auto canceled = [&] { return isCanceled && isCanceled(); };
  OpenGround out;
  Clock::time_point phase = Clock::now();
  StreetClosure closure = closeStreetsAtBarriers( input.streets, input.obstaclePoints, options.snapToleranceM,
                                                  options.removableBarriersOpen, options.pavementWidthM );
  out.stats.closingBarriers = closure.closingBarriers;
  out.stats.closedStreets = closure.closedStreets;
  if ( input.openAreas.empty() )
  {
    out.lines = std::move( closure.lines );
    out.origins = std::move( closure.origins );
    out.streetLineCount = static_cast<int>( out.lines.size() );
    return out;
  }

  const Frame frame = frameOf( input.openAreas );
  const FreeSpace space( shapeOf( input, closure, options, frame ) );
  out.stats.freeSpaceSegments = space.segmentCount();
  out.stats.freeAreaM2 = space.groundAreaM2();
  out.stats.freeSpaceSeconds = secondsSince( phase );
  if ( canceled() )
    return canceledResult();

  phase = Clock::now();
  out.lines = std::move( closure.lines );
  out.origins = std::move( closure.origins );
  out.streetLineCount = static_cast<int>( out.lines.size() );
  Nodes nodes = placeNodes( space, frame, options, out );
  out.stats.nodesSeconds = secondsSince( phase );
  if ( canceled() )
    return canceledResult();

  phase = Clock::now();
  std::vector<LegPair> pairs;
  LegStats legStats;
  if ( !visibilityLegs( nodes.nodes, space, options.conesPerNode, isCanceled, pairs, legStats ) )
    return canceledResult();
  out.stats.visibilityTests = legStats.visibilityTests;
  out.stats.legsSeconds = secondsSince( phase );

  phase = Clock::now();
  emitLegs( nodes.nodes, nodes.world, nodes.representative, std::move( pairs ), space, options, out );
  out.stats.legLines = static_cast<int>( out.lines.size() ) - out.streetLineCount;
  // A target within the tolerance of another is the same graph node: it shares its line.
  for ( const auto &[merged, kept] : nodes.sameTargets )
    out.targets[static_cast<std::size_t>( merged )].line = out.targets[static_cast<std::size_t>( kept )].line;
  for ( ProtectedStretch &stretch : out.stretches )
    for ( PlanePoint &p : stretch.points )
      p = frame.world( p );
  for ( ImpactTarget &target : out.targets )
    target.point = frame.world( target.point );
  out.stats.linesSeconds = secondsSince( phase );
  return out;
}

std::vector<EntryStart> openGroundRestStarts( const StreetGraph &graph, const OpenGround &ground,
                                              const AccelerationModel &model )
{
  std::vector<int> lineEdge( ground.lines.size(), -1 );
  for ( int e = graph.edgeCount() - 1; e >= 0; --e )
    if ( graph.edgeLine( e ) >= 0 && graph.edgeLine( e ) < static_cast<int>( lineEdge.size() ) )
      lineEdge[static_cast<std::size_t>( graph.edgeLine( e ) )] = e;
  std::vector<EntryStart> starts;
  for ( const OpenGroundLeg &leg : ground.legs )
  {
    const int first = lineEdge[static_cast<std::size_t>( leg.firstLine )];
    const int last = lineEdge[static_cast<std::size_t>( leg.firstLine + leg.lineCount - 1 )];
    if ( leg.restRunupFromM > 0 && first >= 0 )
      starts.push_back( { 2 * first, model.speedAfter( 0, leg.restRunupFromM ) } ); // along the line: from `from`
    if ( leg.restRunupToM > 0 && last >= 0 )
      starts.push_back( { 2 * last + 1, model.speedAfter( 0, leg.restRunupToM ) } ); // against it: from `to`
  }
  return starts;
}

std::vector<ImpactLocation> targetApproaches( const StreetGraph &graph, const OpenGround &ground, int target )
{
  std::vector<ImpactLocation> approaches;
  if ( target < 0 || target >= static_cast<int>( ground.targets.size() ) )
    return approaches;
  const ImpactTarget &t = ground.targets[static_cast<std::size_t>( target )];
  const int node = t.line >= 0 ? graph.lineEndNode( t.line ) : -1;
  if ( node < 0 )
    return approaches;
  for ( int i = graph.outgoingBegin( node ); i < graph.outgoingEnd( node ); ++i )
  {
    const int arriving = StreetGraph::reverseOf( graph.outgoingEdge( i ) );
    approaches.push_back( { arriving, graph.edgeLengthM( StreetGraph::edgeOf( arriving ) ), t.edgeDx, t.edgeDy } );
  }
  return approaches;
}

std::vector<int> targetApproachEdges( const StreetGraph &graph, const OpenGround &ground )
{
  std::vector<int> edges;
  for ( int t = 0; t < static_cast<int>( ground.targets.size() ); ++t )
    for ( const ImpactLocation &approach : targetApproaches( graph, ground, t ) )
      edges.push_back( approach.directedEdge );
  std::sort( edges.begin(), edges.end() );
  edges.erase( std::unique( edges.begin(), edges.end() ), edges.end() );
  return edges;
}

std::vector<double> legSpeedsMs( const StreetGraph &graph, const OpenGround &ground,
                                 const std::vector<double> &edgeSpeedsMs )
{
  std::vector<double> speeds( ground.legs.size(), -1 );
  for ( int e = 0; e < graph.edgeCount() && e < static_cast<int>( edgeSpeedsMs.size() ); ++e )
  {
    const int line = graph.edgeLine( e );
    if ( line < 0 || line >= static_cast<int>( ground.origins.size() ) )
      continue;
    const int leg = ground.origins[static_cast<std::size_t>( line )].leg;
    if ( leg >= 0 )
      speeds[static_cast<std::size_t>( leg )] =
          std::max( speeds[static_cast<std::size_t>( leg )], edgeSpeedsMs[static_cast<std::size_t>( e )] );
  }
  return speeds;
}

} // namespace eventsecurity::domain
