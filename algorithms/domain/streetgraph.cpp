#include "streetgraph.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>

namespace eventsecurity::domain
{

namespace
{
// No street coordinate in a metric frame is this large (a million kilometres).
constexpr double kMaxCoordinateM = 1e9;

// Groups points within a tolerance of a cluster's first point. Points are hashed into square cells of
// at least 4 tolerances (open addressing, one probe sequence per cell), so most points look into their
// own cell only: a neighbour cell is searched when the point lies within the tolerance of its side.
class PointSnapper
{
public:
  explicit PointSnapper( double toleranceM )
      : mTolerance( toleranceM ), mTolerance2( toleranceM * toleranceM )
        // 5 cm cells at least, so cell indices of coordinates up to 1e8 m fit 32 bits.
        ,
        mCellSize( std::max( 4 * toleranceM, 0.05 ) )
  {
  }

  void reserve( std::size_t n )
  {
    mPoints.reserve( n );
    mNextInCell.reserve( n );
    std::size_t capacity = 16;
    while ( capacity < 2 * n )
      capacity *= 2;
    mSlotKeys.assign( capacity, 0 );
    mSlotClusters.assign( capacity, -1 );
  }

  // The cluster of p, created when no cluster point lies within the tolerance.
  int clusterOf( PlanePoint p )
  {
    const double fx = std::floor( p.x / mCellSize ), fy = std::floor( p.y / mCellSize );
    const std::int64_t cx = static_cast<std::int64_t>( fx ), cy = static_cast<std::int64_t>( fy );
    const double inX = p.x - fx * mCellSize, inY = p.y - fy * mCellSize;
    const int fromX = inX < mTolerance ? -1 : 0, toX = inX > mCellSize - mTolerance ? 1 : 0;
    const int fromY = inY < mTolerance ? -1 : 0, toY = inY > mCellSize - mTolerance ? 1 : 0;
    int best = -1;
    double bestDistance2 = std::numeric_limits<double>::infinity();
    for ( int ix = fromX; ix <= toX; ++ix )
    {
      for ( int iy = fromY; iy <= toY; ++iy )
      {
        for ( int c = mSlotClusters[slot( key( cx + ix, cy + iy ) )]; c >= 0; c = mNextInCell[c] )
        {
          const double dx = mPoints[c].x - p.x;
          const double dy = mPoints[c].y - p.y;
          const double d2 = dx * dx + dy * dy;
          if ( d2 <= mTolerance2 && d2 < bestDistance2 )
          {
            best = c;
            bestDistance2 = d2;
          }
        }
      }
    }
    if ( best >= 0 )
      return best;
    if ( 2 * ( mPoints.size() + 1 ) > mSlotKeys.size() )
      rehash();
    const int id = static_cast<int>( mPoints.size() );
    mPoints.push_back( p );
    const std::size_t s = slot( key( cx, cy ) );
    mNextInCell.push_back( mSlotClusters[s] );
    mSlotKeys[s] = key( cx, cy );
    mSlotClusters[s] = id;
    return id;
  }

  PlanePoint point( int cluster ) const { return mPoints[cluster]; }
  int count() const { return static_cast<int>( mPoints.size() ); }

private:
  static std::uint64_t key( std::int64_t ix, std::int64_t iy )
  {
    return ( static_cast<std::uint64_t>( static_cast<std::uint32_t>( ix ) ) << 32 ) | static_cast<std::uint32_t>( iy );
  }

  // The slot holding key, or the empty slot where it goes (linear probing; splitmix64 finaliser).
  std::size_t slot( std::uint64_t k ) const
  {
    std::uint64_t h = k + 0x9E3779B97F4A7C15ULL;
    h = ( h ^ ( h >> 30 ) ) * 0xBF58476D1CE4E5B9ULL;
    h = ( h ^ ( h >> 27 ) ) * 0x94D049BB133111EBULL;
    h ^= h >> 31;
    const std::size_t mask = mSlotKeys.size() - 1;
    std::size_t s = h & mask;
    while ( mSlotClusters[s] >= 0 && mSlotKeys[s] != k )
      s = ( s + 1 ) & mask;
    return s;
  }

  void rehash()
  {
    std::vector<std::uint64_t> keys = std::move( mSlotKeys );
    std::vector<int> clusters = std::move( mSlotClusters );
    mSlotKeys.assign( std::max<std::size_t>( 16, 2 * keys.size() ), 0 );
    mSlotClusters.assign( mSlotKeys.size(), -1 );
    for ( std::size_t i = 0; i < keys.size(); ++i )
    {
      if ( clusters[i] < 0 )
        continue;
      const std::size_t s = slot( keys[i] );
      mSlotKeys[s] = keys[i];
      mSlotClusters[s] = clusters[i];
    }
  }

  double mTolerance;
  double mTolerance2;
  double mCellSize;
  std::vector<std::uint64_t> mSlotKeys;
  std::vector<int> mSlotClusters;  // per slot: the last cluster created in that cell, -1 = empty slot
  std::vector<PlanePoint> mPoints; // cluster -> its first point
  std::vector<int> mNextInCell;    // cluster -> previous cluster of the same cell, or -1
};

double distance( PlanePoint a, PlanePoint b )
{
  return std::hypot( b.x - a.x, b.y - a.y );
}

} // namespace

double deflectionRad( PlanePoint a, PlanePoint b, PlanePoint c )
{
  const double ux = b.x - a.x, uy = b.y - a.y;
  const double vx = c.x - b.x, vy = c.y - b.y;
  // atan2 of cross and dot: accurate for small and for near-U-turn angles alike.
  return std::fabs( std::atan2( ux * vy - uy * vx, ux * vx + uy * vy ) );
}

StreetGraph::StreetGraph( const std::vector<StreetLine> &lines, double toleranceM )
{
  // The snapping grid casts coordinates / tolerance to integers: NaN, infinite or astronomically large
  // values would be undefined behaviour there.
  if ( !( toleranceM >= 0 ) || !std::isfinite( toleranceM ) )
    throw std::invalid_argument( "the snapping tolerance must be a finite number >= 0 m" );
  for ( const StreetLine &line : lines )
    for ( const PlanePoint &p : line.points )
      if ( !std::isfinite( p.x ) || !std::isfinite( p.y ) || std::fabs( p.x ) > kMaxCoordinateM ||
           std::fabs( p.y ) > kMaxCoordinateM )
        throw std::invalid_argument( "a street has a coordinate that is not a finite number (NaN or infinite) or "
                                     "lies beyond 1e9 m" );
  // 1. Snap every vertex of the drivable lines to a cluster; drop consecutive repeats.
  PointSnapper snapper( std::max( toleranceM, 0.0 ) );
  std::size_t vertexCount = 0;
  for ( const StreetLine &line : lines )
    vertexCount += line.points.size();
  snapper.reserve( vertexCount );

  // Per line, its clusters without consecutive repeats (flat: lineOffset[l] .. lineOffset[l + 1]), and the index of
  // the line's point each stands for (the first of a repeat).
  std::vector<int> lineOffset( lines.size() + 1, 0 );
  std::vector<int> clusters;
  std::vector<int> clusterPoint;
  clusters.reserve( vertexCount );
  clusterPoint.reserve( vertexCount );
  std::vector<int> useCount;
  std::vector<std::uint8_t> isLineEnd;
  for ( std::size_t l = 0; l < lines.size(); ++l )
  {
    const StreetLine &line = lines[l];
    const std::size_t first = clusters.size();
    lineOffset[l + 1] = static_cast<int>( first );
    if ( !line.drivable || line.points.size() < 2 )
      continue;
    for ( std::size_t i = 0; i < line.points.size(); ++i )
    {
      const int c = snapper.clusterOf( line.points[i] );
      if ( clusters.size() > first && clusters.back() == c )
        continue;
      clusters.push_back( c );
      clusterPoint.push_back( static_cast<int>( i ) );
      if ( c >= static_cast<int>( useCount.size() ) )
      {
        useCount.resize( c + 1, 0 );
        isLineEnd.resize( c + 1, 0 );
      }
      ++useCount[c];
    }
    if ( clusters.size() - first < 2 )
    {
      // All vertices within the tolerance of one point: nothing to drive on.
      --useCount[clusters.back()];
      clusters.resize( first );
      clusterPoint.resize( first );
      continue;
    }
    isLineEnd[clusters[first]] = 1;
    isLineEnd[clusters.back()] = 1;
    lineOffset[l + 1] = static_cast<int>( clusters.size() );
  }

  // 2. Nodes: line ends and points used more than once (a junction, or a line crossing itself).
  std::vector<int> clusterNode( snapper.count(), -1 );
  for ( int c = 0; c < snapper.count(); ++c )
  {
    if ( isLineEnd[c] || useCount[c] > 1 )
    {
      clusterNode[c] = static_cast<int>( mNodePoints.size() );
      mNodePoints.push_back( snapper.point( c ) );
    }
  }

  // 3. Edges: each line split at its nodes.
  mEdgeLine.reserve( lines.size() );
  mEdgeWidth.reserve( lines.size() );
  mEdgeLength.reserve( lines.size() );
  mEdgePointOffset.reserve( lines.size() + 1 );
  mEdgePoints.reserve( clusters.size() + lines.size() );
  mEdgeNodes.reserve( 2 * lines.size() );
  mOnewayAllows.reserve( 2 * lines.size() );
  std::vector<PlanePoint> piece;
  mLineStartNode.assign( lines.size(), -1 );
  mLineEndNode.assign( lines.size(), -1 );
  for ( std::size_t l = 0; l < lines.size(); ++l )
  {
    const int first = lineOffset[l], end = lineOffset[l + 1];
    if ( end - first < 2 )
      continue;
    mLineStartNode[l] = clusterNode[clusters[first]];
    mLineEndNode[l] = clusterNode[clusters[end - 1]];
    piece.clear();
    piece.push_back( snapper.point( clusters[first] ) );
    int pieceStart = clusterNode[clusters[first]];
    int pieceFirst = first;
    for ( int i = first + 1; i < end; ++i )
    {
      piece.push_back( snapper.point( clusters[i] ) );
      const int node = clusterNode[clusters[i]];
      if ( node < 0 )
        continue;
      addEdge( static_cast<int>( l ), piece, pieceStart, node, lines[l], clusterPoint[pieceFirst], clusterPoint[i] );
      // A stop at the line's first or last point ends the directed edge arriving there.
      if ( pieceFirst == first && lines[l].stopAtStart )
        mStopsAtEnd.back() = 1;
      if ( i == end - 1 && lines[l].stopAtEnd )
        mStopsAtEnd[mStopsAtEnd.size() - 2] = 1;
      piece.clear();
      piece.push_back( snapper.point( clusters[i] ) );
      pieceStart = node;
      pieceFirst = i;
    }
  }

  buildTopology();
}

void StreetGraph::addEdge( int line, const std::vector<PlanePoint> &points, int fromNode, int toNode,
                           const StreetLine &source, int first, int last )
{
  double length = 0;
  for ( std::size_t i = 1; i < points.size(); ++i )
    length += distance( points[i - 1], points[i] );
  mEdgeLine.push_back( line );
  mEdgeWidth.push_back( source.widthM );
  mEdgeLength.push_back( length );
  mEdgePoints.insert( mEdgePoints.end(), points.begin(), points.end() );
  mEdgePointOffset.push_back( static_cast<int>( mEdgePoints.size() ) );
  mEdgeNodes.push_back( fromNode ); // directed 2i starts at the first point
  mEdgeNodes.push_back( toNode );   // directed 2i+1 starts at the last
  mOnewayAllows.push_back( source.oneway != OneWay::Backward );
  mOnewayAllows.push_back( source.oneway != OneWay::Forward );
  mEdgeOpenGround.push_back( source.openGround ? 1 : 0 );
  mStopsAtEnd.push_back( 0 );
  mStopsAtEnd.push_back( 0 );
  // Rooms where the two directed edges leave their start nodes: the first point ahead, the last point behind.
  const std::size_t pointCount = source.points.size();
  if ( source.rooms.size() == pointCount && pointCount > 0 )
  {
    if ( mStartRoom.empty() )
      mStartRoom.assign( 2 * ( mEdgeLine.size() - 1 ), -1 );
    mStartRoom.push_back( static_cast<int>( mRooms.size() ) );
    mRooms.push_back( source.rooms[static_cast<std::size_t>( first )].ahead );
    mStartRoom.push_back( static_cast<int>( mRooms.size() ) );
    mRooms.push_back( source.rooms[static_cast<std::size_t>( last )].behind );
  }
  else if ( !mStartRoom.empty() )
  {
    mStartRoom.push_back( -1 );
    mStartRoom.push_back( -1 );
  }
}

void StreetGraph::buildTopology()
{
  const int directedCount = directedEdgeCount();

  // Directed edges leaving each node (counting sort by start node).
  mOutgoingOffset.assign( nodeCount() + 1, 0 );
  for ( int d = 0; d < directedCount; ++d )
    ++mOutgoingOffset[fromNode( d ) + 1];
  for ( int n = 0; n < nodeCount(); ++n )
    mOutgoingOffset[n + 1] += mOutgoingOffset[n];
  mOutgoing.resize( directedCount );
  std::vector<int> fill( mOutgoingOffset.begin(), mOutgoingOffset.end() - 1 );
  for ( int d = 0; d < directedCount; ++d )
    mOutgoing[fill[fromNode( d )]++] = d;

  // Transitions: from each directed edge into every directed edge leaving its end node but its own
  // reverse (which always leaves that node): no U-turns; none at a stop.
  const auto follows = [&]( int d, int next ) { return next != reverseOf( d ) && !mStopsAtEnd[reverseOf( next )]; };
  mTransitionOffset.assign( directedCount + 1, 0 );
  for ( int d = 0; d < directedCount; ++d )
  {
    int count = 0;
    if ( !mStopsAtEnd[d] )
      for ( int i = outgoingBegin( toNode( d ) ); i < outgoingEnd( toNode( d ) ); ++i )
        count += follows( d, mOutgoing[i] ) ? 1 : 0;
    mTransitionOffset[d + 1] = mTransitionOffset[d] + count;
  }
  mTransitionTarget.resize( mTransitionOffset.back() );
  mTransitionDeflection.resize( mTransitionOffset.back() );
  for ( int d = 0; d < directedCount; ++d )
  {
    const int count = edgePointCount( edgeOf( d ) );
    const PlanePoint beforeEnd = directedPoint( d, count - 2 );
    const PlanePoint end = directedPoint( d, count - 1 );
    int t = mTransitionOffset[d];
    for ( int i = outgoingBegin( toNode( d ) ); i < outgoingEnd( toNode( d ) ) && !mStopsAtEnd[d]; ++i )
    {
      const int next = mOutgoing[i];
      if ( !follows( d, next ) )
        continue;
      mTransitionTarget[t] = next;
      mTransitionDeflection[t] = static_cast<float>( deflectionRad( beforeEnd, end, directedPoint( next, 1 ) ) );
      ++t;
    }
  }
}

int StreetGraph::nearestNode( PlanePoint p, double maxDistanceM ) const
{
  int best = -1;
  double bestDistance = maxDistanceM;
  for ( int n = 0; n < nodeCount(); ++n )
  {
    const double d = distance( p, mNodePoints[n] );
    if ( d <= bestDistance )
    {
      best = n;
      bestDistance = d;
    }
  }
  return best;
}

} // namespace eventsecurity::domain
