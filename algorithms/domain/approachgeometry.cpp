#include "approachgeometry.h"

#include "opengroundturn.h"
#include "vehicledynamics.h"

#include <cmath>
#include <stdexcept>

namespace eventsecurity::domain
{

namespace
{
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Unit direction from a to b; {0, 0} when they coincide.
PlanePoint unitDirection( PlanePoint a, PlanePoint b )
{
  const double length = std::hypot( b.x - a.x, b.y - a.y );
  return length > 0 ? PlanePoint{ ( b.x - a.x ) / length, ( b.y - a.y ) / length } : PlanePoint{ 0, 0 };
}

std::vector<PlanePoint> arrivingDirections( const StreetGraph &graph )
{
  std::vector<PlanePoint> directions( static_cast<std::size_t>( graph.directedEdgeCount() ) );
  for ( int d = 0; d < graph.directedEdgeCount(); ++d )
  {
    const int count = graph.edgePointCount( StreetGraph::edgeOf( d ) );
    directions[static_cast<std::size_t>( d )] =
        unitDirection( graph.directedPoint( d, count - 2 ), graph.directedPoint( d, count - 1 ) );
  }
  return directions;
}

std::vector<PlanePoint> leavingDirections( const StreetGraph &graph )
{
  std::vector<PlanePoint> directions( static_cast<std::size_t>( graph.directedEdgeCount() ) );
  for ( int d = 0; d < graph.directedEdgeCount(); ++d )
    directions[static_cast<std::size_t>( d )] =
        unitDirection( graph.directedPoint( d, 0 ), graph.directedPoint( d, 1 ) );
  return directions;
}

double requireKerbRadius( double kerbRadiusM )
{
  if ( !( kerbRadiusM >= 0 ) )
    throw std::invalid_argument( "the kerb radius must be a number >= 0 m" );
  return kerbRadiusM;
}
} // namespace

ApproachGeometry::ApproachGeometry( const StreetGraph &graph, double kerbRadiusM, double digitisingToleranceM )
    : mGraph( graph ), mBends( graph, digitisingToleranceM ), mKerbRadiusM( requireKerbRadius( kerbRadiusM ) ),
      mDigitisingToleranceM( digitisingToleranceM ), mArriving( arrivingDirections( graph ) ),
      mLeaving( leavingDirections( graph ) )
{
  const int directedCount = graph.directedEdgeCount();
  mTransitionRadius.resize( directedCount == 0 ? 0 : graph.transitionEnd( directedCount - 1 ) );
  for ( int d = 0; d < directedCount; ++d )
    for ( int t = graph.transitionBegin( d ); t < graph.transitionEnd( d ); ++t )
      mTransitionRadius[static_cast<std::size_t>( t )] = turnRadiusM( d, graph.transitionTarget( t ) );
}

double ApproachGeometry::turnRadiusM( int from, int to, double enoughM ) const
{
  if ( mGraph.isOpenGround( StreetGraph::edgeOf( from ) ) || mGraph.isOpenGround( StreetGraph::edgeOf( to ) ) )
  {
    DirectionRoom ahead = mGraph.startRoom( to );
    if ( mGraph.stopsAtEnd( to ) ) // the route ends at the stop (an impact): it may come mid-turn
      ahead.runM = kInfinity;
    return openGroundTurnRadiusM( arrivingDirection( from ), mGraph.startRoom( StreetGraph::reverseOf( from ) ),
                                  leavingDirection( to ), ahead, enoughM );
  }
  if ( !mBends.isJunction( mGraph.toNode( from ) ) )
    return kInfinity; // a two-edge node: its turn belongs to a bend of the chain
  // The corner is cut across both carriageways: w the mean of the two widths (approachsearch.h, MODEL).
  const double widthM =
      0.5 * ( mGraph.edgeWidthM( StreetGraph::edgeOf( from ) ) + mGraph.edgeWidthM( StreetGraph::edgeOf( to ) ) );
  return racingLineRadiusM( mBends.junctionDeflectionRad( from, to ), widthM, mKerbRadiusM );
}

PlanePoint ApproachGeometry::arrivingDirection( int directed ) const
{
  return mArriving[static_cast<std::size_t>( directed )];
}

PlanePoint ApproachGeometry::leavingDirection( int directed ) const
{
  return mLeaving[static_cast<std::size_t>( directed )];
}

} // namespace eventsecurity::domain
