#include "streetbends.h"

#include "bendgeometry.h"
#include "vehicledynamics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

namespace eventsecurity::domain
{

namespace
{
PlanePoint unitDirection( PlanePoint from, PlanePoint to )
{
  const double length = std::hypot( to.x - from.x, to.y - from.y );
  return length > 0 ? PlanePoint{ ( to.x - from.x ) / length, ( to.y - from.y ) / length } : PlanePoint{ 0, 0 };
}

PlanePoint reversed( PlanePoint direction )
{
  return { -direction.x, -direction.y };
}

// Street edge ends at a node: open-ground legs (StreetGraph::isOpenGround) do not count, so a street runs on through
// the attach points the open ground gives it.
int degree( const StreetGraph &graph, int node )
{
  int count = 0;
  for ( int i = graph.outgoingBegin( node ); i < graph.outgoingEnd( node ); ++i )
    count += graph.isOpenGround( StreetGraph::edgeOf( graph.outgoingEdge( i ) ) ) ? 0 : 1;
  return count;
}

// The street edge leaving a two-edge node other than the way back.
int continuation( const StreetGraph &graph, int arriving )
{
  const int node = graph.toNode( arriving );
  for ( int i = graph.outgoingBegin( node ); i < graph.outgoingEnd( node ); ++i )
    if ( graph.outgoingEdge( i ) != StreetGraph::reverseOf( arriving ) &&
         !graph.isOpenGround( StreetGraph::edgeOf( graph.outgoingEdge( i ) ) ) )
      return graph.outgoingEdge( i );
  return StreetGraph::reverseOf( arriving ); // not reached at a two-edge node
}

// A chain's centreline: its points in driving order, and where each of its edges starts along it.
struct ChainLine
{
  std::vector<PlanePoint> points;
  std::vector<double> edgeStartM; // per chain edge, plus the total length at the end
};

ChainLine chainLine( const StreetGraph &graph, const std::vector<int> &chain )
{
  ChainLine line;
  line.edgeStartM.push_back( 0 );
  for ( std::size_t j = 0; j < chain.size(); ++j )
  {
    const int directed = chain[j];
    const int count = graph.edgePointCount( StreetGraph::edgeOf( directed ) );
    for ( int i = j == 0 ? 0 : 1; i < count; ++i ) // an edge's first point is the previous edge's last
      line.points.push_back( graph.directedPoint( directed, i ) );
    line.edgeStartM.push_back( line.edgeStartM.back() + graph.edgeLengthM( StreetGraph::edgeOf( directed ) ) );
  }
  return line;
}
} // namespace

StreetBends::StreetBends( const StreetGraph &graph, double digitisingToleranceM )
    : mGraph( graph ), mStartDirection( static_cast<std::size_t>( graph.directedEdgeCount() ) ),
      mEndDirection( static_cast<std::size_t>( graph.directedEdgeCount() ) )
{
  if ( !( digitisingToleranceM >= 0 ) )
    throw std::invalid_argument( "the digitising tolerance must be a number >= 0 m" );
  std::vector<std::pair<int, BendCap>> caps; // (undirected edge, cap)
  std::vector<char> visited( static_cast<std::size_t>( graph.edgeCount() ), 0 );
  for ( int edge = 0; edge < graph.edgeCount(); ++edge )
    visited[static_cast<std::size_t>( edge )] = graph.isOpenGround( edge ) ? 1 : 0; // legs have no street bends
  std::vector<int> chain;
  // Open chains: from every node that is not a two-edge node, along each edge leaving it.
  for ( int node = 0; node < graph.nodeCount(); ++node )
  {
    if ( degree( graph, node ) == 2 )
      continue;
    for ( int i = graph.outgoingBegin( node ); i < graph.outgoingEnd( node ); ++i )
    {
      int directed = graph.outgoingEdge( i );
      if ( visited[static_cast<std::size_t>( StreetGraph::edgeOf( directed ) )] )
        continue;
      chain.clear();
      for ( ;; )
      {
        visited[static_cast<std::size_t>( StreetGraph::edgeOf( directed ) )] = 1;
        chain.push_back( directed );
        if ( degree( graph, graph.toNode( directed ) ) != 2 )
          break;
        directed = continuation( graph, directed );
      }
      addChain( chain, false, digitisingToleranceM, caps );
    }
  }
  // What is left are rings of two-edge nodes.
  for ( int edge = 0; edge < graph.edgeCount(); ++edge )
  {
    if ( visited[static_cast<std::size_t>( edge )] )
      continue;
    chain.clear();
    for ( int directed = 2 * edge; !visited[static_cast<std::size_t>( StreetGraph::edgeOf( directed ) )];
          directed = continuation( graph, directed ) )
    {
      visited[static_cast<std::size_t>( StreetGraph::edgeOf( directed ) )] = 1;
      chain.push_back( directed );
    }
    addChain( chain, true, digitisingToleranceM, caps );
  }

  // Compact per-edge lists, by offset.
  std::sort( caps.begin(), caps.end(),
             []( const auto &a, const auto &b )
             { return a.first != b.first ? a.first < b.first : a.second.offsetM < b.second.offsetM; } );
  mCapOffset.assign( static_cast<std::size_t>( graph.edgeCount() ) + 1, 0 );
  for ( const auto &[edge, cap] : caps )
    ++mCapOffset[static_cast<std::size_t>( edge ) + 1];
  for ( int edge = 0; edge < graph.edgeCount(); ++edge )
    mCapOffset[static_cast<std::size_t>( edge ) + 1] += mCapOffset[static_cast<std::size_t>( edge )];
  mCaps.reserve( caps.size() );
  for ( const auto &entry : caps )
    mCaps.push_back( entry.second );
}

void StreetBends::addChain( const std::vector<int> &chain, bool closed, double toleranceM,
                            std::vector<std::pair<int, BendCap>> &caps )
{
  const ChainLine line = chainLine( mGraph, chain );
  const std::vector<int> kept = simplifiedIndices( line.points, toleranceM );
  // The street's directions where it meets its end nodes, for junction turns.
  const PlanePoint leaving = unitDirection( line.points[static_cast<std::size_t>( kept[0] )],
                                            line.points[static_cast<std::size_t>( kept[1] )] );
  const PlanePoint arriving = unitDirection( line.points[static_cast<std::size_t>( kept[kept.size() - 2] )],
                                             line.points[static_cast<std::size_t>( kept.back() )] );
  mStartDirection[static_cast<std::size_t>( chain.front() )] = leaving;
  mEndDirection[static_cast<std::size_t>( StreetGraph::reverseOf( chain.front() ) )] = reversed( leaving );
  mEndDirection[static_cast<std::size_t>( chain.back() )] = arriving;
  mStartDirection[static_cast<std::size_t>( StreetGraph::reverseOf( chain.back() ) )] = reversed( arriving );

  const double length = line.edgeStartM.back();
  const double nodeTolerance = 1e-9 * std::max( 1.0, length );
  // Chain edge j on which a position lies; -1 past the end.
  const auto edgeAt = [&]( double position )
  {
    const auto it = std::upper_bound( line.edgeStartM.begin() + 1, line.edgeStartM.end() - 1, position );
    return static_cast<int>( it - line.edgeStartM.begin() ) - 1;
  };
  // A cap on chain edge j at a position along the chain.
  const auto addCap = [&]( int j, double position, double radius )
  {
    const int directed = chain[static_cast<std::size_t>( j )];
    const double edgeLength = mGraph.edgeLengthM( StreetGraph::edgeOf( directed ) );
    const double along = std::clamp( position - line.edgeStartM[static_cast<std::size_t>( j )], 0.0, edgeLength );
    const double offset = StreetGraph::isForward( directed ) ? along : edgeLength - along;
    caps.push_back( { StreetGraph::edgeOf( directed ), { offset, radius } } );
  };

  for ( const Bend &bend : findBends( line.points, kept, toleranceM, closed ) )
  {
    double width = 0;
    for ( double position : bend.capPositionsM )
      width = std::max(
          width, mGraph.edgeWidthM( StreetGraph::edgeOf( chain[static_cast<std::size_t>( edgeAt( position ) )] ) ) );
    const double radius = racingLineRadiusM( bend.turnRad, width, std::max( 0.0, bend.centrelineRadiusM - width / 2 ) );
    if ( !std::isfinite( radius ) )
      continue;
    for ( double position : bend.capPositionsM )
    {
      const int j = edgeAt( position );
      addCap( j, position, radius );
      // At a node between two chain edges (a ring's start node too): on both, each at its node end.
      const double start = line.edgeStartM[static_cast<std::size_t>( j )];
      if ( std::fabs( position - start ) <= nodeTolerance && ( j > 0 || closed ) )
        addCap( j > 0 ? j - 1 : static_cast<int>( chain.size() ) - 1, j > 0 ? start : length, radius );
      const double end = line.edgeStartM[static_cast<std::size_t>( j ) + 1];
      if ( std::fabs( position - end ) <= nodeTolerance && ( j + 1 < static_cast<int>( chain.size() ) || closed ) )
        addCap( j + 1 < static_cast<int>( chain.size() ) ? j + 1 : 0,
                j + 1 < static_cast<int>( chain.size() ) ? end : 0, radius );
    }
  }
}

bool StreetBends::isJunction( int node ) const
{
  return degree( mGraph, node ) >= 3;
}

double StreetBends::junctionDeflectionRad( int fromDirected, int toDirected ) const
{
  const PlanePoint u = mEndDirection[static_cast<std::size_t>( fromDirected )];
  const PlanePoint v = mStartDirection[static_cast<std::size_t>( toDirected )];
  return std::fabs( std::atan2( u.x * v.y - u.y * v.x, u.x * v.x + u.y * v.y ) );
}

} // namespace eventsecurity::domain
