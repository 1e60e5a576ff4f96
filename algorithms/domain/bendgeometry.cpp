#include "bendgeometry.h"

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

double distance( PlanePoint a, PlanePoint b )
{
  return std::hypot( b.x - a.x, b.y - a.y );
}

double distanceToSegment( PlanePoint p, PlanePoint a, PlanePoint b )
{
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double length2 = dx * dx + dy * dy;
  const double t = length2 > 0 ? std::clamp( ( ( p.x - a.x ) * dx + ( p.y - a.y ) * dy ) / length2, 0.0, 1.0 ) : 0.0;
  return distance( p, { a.x + t * dx, a.y + t * dy } );
}

// Deflection from a->b to b->c, radians, positive to the left.
double signedDeflectionRad( PlanePoint a, PlanePoint b, PlanePoint c )
{
  const double ux = b.x - a.x, uy = b.y - a.y;
  const double vx = c.x - b.x, vy = c.y - b.y;
  return std::atan2( ux * vy - uy * vx, ux * vx + uy * vy );
}

// No street coordinate in a metric frame is this large (a million kilometres; as StreetGraph).
constexpr double kMaxCoordinateM = 1e9;

void requireCoordinates( const std::vector<PlanePoint> &points )
{
  for ( const PlanePoint &p : points )
    if ( !( std::fabs( p.x ) <= kMaxCoordinateM ) || !( std::fabs( p.y ) <= kMaxCoordinateM ) )
      throw std::invalid_argument( "a street has a coordinate that is not a finite number or lies beyond 1e9 m" );
}

int sign( double value )
{
  return ( value > 0 ) - ( value < 0 );
}

// Radius of an arc on which `chords` chords of total length lengthM turn by turnRad in all, each the same
// central angle: lengthM = 2 R chords sin(turn / (2 chords)). +infinity where the sine vanishes.
double radiusFromChords( double lengthM, double turnRad, int chords )
{
  const double sine = std::sin( turnRad / ( 2.0 * chords ) );
  return sine > 0 ? lengthM / ( 2.0 * chords * sine ) : kInfinity;
}

// A run of consecutive turning vertices of the same sense: vertex indices first, first + 1, ... (modulo the
// vertex count on a ring).
struct Run
{
  int first = 0;
  int count = 0;
  bool wholeRing = false;
};

// The simplified polyline's turning vertices and what the bend rules need of them.
class Outline
{
public:
  Outline( const std::vector<PlanePoint> &points, const std::vector<int> &kept, bool closed, double toleranceM )
      : mPoints( points ), mClosed( closed ), mTolerance( toleranceM )
  {
    mCumulative.assign( points.size(), 0 );
    for ( std::size_t i = 1; i < points.size(); ++i )
      mCumulative[i] = mCumulative[i - 1] + distance( points[i - 1], points[i] );
    // Vertices: kept points that can turn. A ring's last point is its first.
    const int keptCount = static_cast<int>( kept.size() );
    const int firstVertex = closed ? 0 : 1;
    for ( int k = firstVertex; k < keptCount - 1; ++k )
      mVertices.push_back( kept[static_cast<std::size_t>( k )] );
    const int count = static_cast<int>( mVertices.size() );
    for ( int j = 0; j < count; ++j )
    {
      const int k = j + firstVertex;
      const int before =
          closed && k == 0 ? kept[static_cast<std::size_t>( keptCount - 2 )] : kept[static_cast<std::size_t>( k - 1 )];
      const int after = kept[static_cast<std::size_t>( k + 1 )];
      mDeflection.push_back( signedDeflectionRad( points[before], points[mVertices[j]], points[after] ) );
    }
  }

  int count() const { return static_cast<int>( mVertices.size() ); }
  bool closed() const { return mClosed; }
  int original( int j ) const { return mVertices[static_cast<std::size_t>( wrap( j ) )]; }
  PlanePoint point( int j ) const { return mPoints[static_cast<std::size_t>( original( j ) )]; }
  double deflection( int j ) const { return mDeflection[static_cast<std::size_t>( wrap( j ) )]; }
  double length() const { return mCumulative.back(); }
  double position( int originalIndex ) const { return mCumulative[static_cast<std::size_t>( originalIndex )]; }

  // Maximal same-sense runs of turning vertices (see the header, RUNS).
  std::vector<Run> runs() const
  {
    const int n = count();
    int start = 0;
    if ( mClosed && n > 0 )
    {
      start = -1;
      for ( int j = 0; j < n && start < 0; ++j )
        if ( sign( deflection( j ) ) == 0 || sign( deflection( j ) ) != sign( deflection( j - 1 ) ) )
          start = j;
      if ( start < 0 )
        return { Run{ 0, n, true } }; // the whole ring turns one way
    }
    std::vector<Run> found;
    for ( int t = 0; t < n; ++t )
    {
      const int j = start + t;
      const int s = sign( deflection( j ) );
      if ( s == 0 )
        continue;
      if ( !found.empty() && found.back().first + found.back().count == j && sign( deflection( j - 1 ) ) == s )
        ++found.back().count;
      else
        found.push_back( { j, 1, false } );
    }
    return found;
  }

  // Along the drawing from a vertex toward one side (+1 forward, -1 back): the distance to the first drawn point
  // farther than the tolerance from it, or to the end of an open polyline; and that point's index (-1 at an end).
  std::pair<double, int> reach( int originalIndex, int direction ) const
  {
    const int n = static_cast<int>( mPoints.size() );
    const int period = mClosed ? n - 1 : n; // a ring's last point is its first
    const PlanePoint from = mPoints[static_cast<std::size_t>( originalIndex )];
    double along = 0;
    int previous = originalIndex;
    for ( int step = 1; step < period; ++step )
    {
      int q = originalIndex + direction * step;
      if ( mClosed )
        q = ( ( q % period ) + period ) % period;
      else if ( q < 0 || q >= n )
        return { along, -1 };
      along += distance( mPoints[static_cast<std::size_t>( previous )], mPoints[static_cast<std::size_t>( q )] );
      if ( distance( mPoints[static_cast<std::size_t>( q )], from ) > mTolerance )
        return { along, q };
      previous = q;
    }
    return { along, -1 };
  }

private:
  int wrap( int j ) const
  {
    const int n = count();
    return mClosed ? ( ( j % n ) + n ) % n : j;
  }

  const std::vector<PlanePoint> &mPoints;
  bool mClosed;
  double mTolerance;
  std::vector<double> mCumulative;
  std::vector<int> mVertices;      // original indices of the turning vertices
  std::vector<double> mDeflection; // per vertex, signed
};

// Rc from the chords between consecutive vertices, first to last, turning by turnRad in all (see the header,
// RADIUS: exact where the first and last vertices are the arc's tangent points).
double endToEndRadius( const Outline &outline, const std::vector<int> &vertices, double turnRad )
{
  double chords = 0;
  for ( std::size_t i = 0; i + 1 < vertices.size(); ++i )
    chords += distance( outline.point( vertices[i] ), outline.point( vertices[i + 1] ) );
  return radiusFromChords( chords, turnRad, static_cast<int>( vertices.size() ) - 1 );
}

// Rc from the chords' midpoints: each interior vertex with its two neighbours lies on the arc, whose curvature
// there is that of their circle, 2 sin(deflection) / (distance between the neighbours) (a triangle's side over
// twice the sine of the opposite angle is its circumradius); the curvatures averaged over the half chords
// around each vertex give the arc from the first chord's midpoint to the last one's. Exact for any spacing of
// points on a circle. Needs 3 vertices at least.
double midpointRadius( const Outline &outline, const std::vector<int> &vertices )
{
  double along = 0, turning = 0; // sum of half chords, sum of half chords x curvature
  for ( std::size_t i = 1; i + 1 < vertices.size(); ++i )
  {
    const PlanePoint before = outline.point( vertices[i - 1] ), at = outline.point( vertices[i] ),
                     after = outline.point( vertices[i + 1] );
    const double halfChords = 0.5 * ( distance( before, at ) + distance( at, after ) );
    const double across = distance( before, after );
    along += halfChords;
    turning += across > 0 ? halfChords * 2 * std::sin( std::abs( outline.deflection( vertices[i] ) ) ) / across : 0;
  }
  return turning > 0 ? along / turning : kInfinity;
}

// A run's vertices for its radius and caps, and whether an end is an S-bend's inflection.
struct RunShape
{
  std::vector<int> vertices;    // the run, extended at an inflection (see inflectionEnd)
  std::vector<int> capVertices; // where it caps the speed
  bool inflection = false;
};

// The end of a run at vertex j (the vertex beyond it), direction -1 (before) or +1 (after): an inflection when
// the next bend turns the other way, directly at j or through j when j does not turn. The vertex j itself then
// extends the run where it does not turn (it lies on both arcs: it also caps) or where the run would have only
// two vertices (the other bend's end, the nearest to the inflection).
void inflectionEnd( const Outline &outline, int j, int direction, int runSign, RunShape &shape )
{
  const bool exists = outline.closed() || ( j >= 0 && j < outline.count() );
  if ( !exists )
    return;
  const int s = sign( outline.deflection( j ) );
  const int beyond = j + direction;
  const bool beyondExists = outline.closed() || ( beyond >= 0 && beyond < outline.count() );
  const bool throughStraight = s == 0 && beyondExists && sign( outline.deflection( beyond ) ) == -runSign;
  if ( !throughStraight && s != -runSign )
    return;
  shape.inflection = true;
  if ( !throughStraight && shape.vertices.size() > 2 )
    return;
  if ( direction < 0 )
    shape.vertices.insert( shape.vertices.begin(), j );
  else
    shape.vertices.push_back( j );
  if ( throughStraight )
    shape.capVertices.push_back( j );
}

RunShape runShape( const Outline &outline, const Run &run )
{
  RunShape shape;
  for ( int i = 0; i < run.count; ++i )
    shape.vertices.push_back( run.first + i );
  shape.capVertices = shape.vertices;
  if ( run.wholeRing )
    return shape;
  const int runSign = sign( outline.deflection( run.first ) );
  inflectionEnd( outline, run.first - 1, -1, runSign, shape );
  inflectionEnd( outline, run.first + run.count, +1, runSign, shape );
  return shape;
}

// Rc of a run of two or more vertices (see the header, RADIUS).
double runRadius( const Outline &outline, const Run &run, const RunShape &shape, double turnRad )
{
  if ( run.wholeRing )
  {
    double chords = 0;
    for ( int i = 0; i < run.count; ++i )
      chords += distance( outline.point( run.first + i ), outline.point( run.first + i + 1 ) );
    return radiusFromChords( chords, turnRad, run.count );
  }
  // At an inflection the end vertex's turn is shared with the other bend: the end-to-end form does not hold.
  if ( shape.inflection && shape.vertices.size() >= 3 )
    return midpointRadius( outline, shape.vertices );
  std::vector<int> own;
  for ( int i = 0; i < run.count; ++i )
    own.push_back( run.first + i );
  const double endToEnd = endToEndRadius( outline, own, turnRad );
  return own.size() >= 3 ? std::max( endToEnd, midpointRadius( outline, own ) ) : endToEnd;
}

// A position along the polyline, clamped to it (open) or wrapped onto the ring.
double onPolyline( const Outline &outline, double positionM )
{
  const double length = outline.length();
  if ( !outline.closed() )
    return std::clamp( positionM, 0.0, length );
  const double wrapped = std::fmod( positionM, length );
  return wrapped < 0 ? wrapped + length : ( wrapped >= length ? 0.0 : wrapped );
}

// The tangent corner at vertex j (see the header, TANGENT CORNER). tangentCorners[i]: original point i is one.
Bend tangentCorner( const Outline &outline, int j, double turnRad, const std::vector<char> &tangentCorners )
{
  const int vertex = outline.original( j );
  double tangent = kInfinity;
  for ( int direction : { -1, 1 } )
  {
    const auto [along, neighbour] = outline.reach( vertex, direction );
    const bool shared = neighbour >= 0 && tangentCorners[static_cast<std::size_t>( neighbour )];
    tangent = std::min( tangent, shared ? along / 2 : along );
  }
  Bend bend;
  bend.turnRad = turnRad;
  bend.tangentCorner = true;
  bend.centrelineRadiusM = tangent / std::tan( std::min( turnRad, kPi ) / 2 );
  bend.vertices = { vertex };
  const double at = outline.position( vertex );
  bend.capPositionsM = { onPolyline( outline, at - tangent ), at, onPolyline( outline, at + tangent ) };
  return bend;
}
} // namespace

std::vector<int> simplifiedIndices( const std::vector<PlanePoint> &points, double toleranceM )
{
  if ( !( toleranceM >= 0 ) )
    throw std::invalid_argument( "the digitising tolerance must be a number >= 0 m" );
  requireCoordinates( points );
  const int n = static_cast<int>( points.size() );
  if ( n <= 2 )
  {
    std::vector<int> all( static_cast<std::size_t>( n ) );
    for ( int i = 0; i < n; ++i )
      all[static_cast<std::size_t>( i )] = i;
    return all;
  }
  std::vector<char> keep( static_cast<std::size_t>( n ), 0 );
  keep.front() = keep.back() = 1;
  std::vector<std::pair<int, int>> stack{ { 0, n - 1 } };
  while ( !stack.empty() )
  {
    const auto [a, b] = stack.back();
    stack.pop_back();
    int farthest = -1;
    double farthestDistance = toleranceM;
    for ( int i = a + 1; i < b; ++i )
    {
      const double d = distanceToSegment( points[static_cast<std::size_t>( i )], points[static_cast<std::size_t>( a )],
                                          points[static_cast<std::size_t>( b )] );
      if ( d > farthestDistance )
      {
        farthest = i;
        farthestDistance = d;
      }
    }
    if ( farthest < 0 )
      continue;
    keep[static_cast<std::size_t>( farthest )] = 1;
    stack.push_back( { a, farthest } );
    stack.push_back( { farthest, b } );
  }
  std::vector<int> kept;
  for ( int i = 0; i < n; ++i )
    if ( keep[static_cast<std::size_t>( i )] )
      kept.push_back( i );
  return kept;
}

std::vector<Bend> findBends( const std::vector<PlanePoint> &points, double toleranceM, bool closed )
{
  return findBends( points, simplifiedIndices( points, toleranceM ), toleranceM, closed );
}

std::vector<Bend> findBends( const std::vector<PlanePoint> &points, const std::vector<int> &kept, double toleranceM,
                             bool closed )
{
  if ( !( toleranceM >= 0 ) )
    throw std::invalid_argument( "the digitising tolerance must be a number >= 0 m" );
  requireCoordinates( points );
  if ( kept.size() < 3 )
    return {};
  const Outline outline( points, kept, closed, toleranceM );
  if ( !( outline.length() > 0 ) )
    return {};
  const std::vector<Run> runs = outline.runs();
  std::vector<char> tangentCorners( points.size(), 0 );
  for ( const Run &run : runs )
    if ( run.count == 1 )
      tangentCorners[static_cast<std::size_t>( outline.original( run.first ) )] = 1;

  std::vector<Bend> bends;
  for ( const Run &run : runs )
  {
    double turn = 0;
    for ( int i = 0; i < run.count; ++i )
      turn += std::abs( outline.deflection( run.first + i ) );
    if ( run.count == 1 )
    {
      bends.push_back( tangentCorner( outline, run.first, turn, tangentCorners ) );
      continue;
    }
    const RunShape shape = runShape( outline, run );
    Bend bend;
    bend.turnRad = turn;
    bend.centrelineRadiusM = runRadius( outline, run, shape, turn );
    for ( int j : shape.capVertices )
    {
      bend.vertices.push_back( outline.original( j ) );
      bend.capPositionsM.push_back( outline.position( outline.original( j ) ) );
    }
    bends.push_back( std::move( bend ) );
  }
  return bends;
}

} // namespace eventsecurity::domain
