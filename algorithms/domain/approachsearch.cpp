#include "approachsearch.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>
#include <utility>

namespace eventsecurity::domain
{

namespace
{

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Speeds within this fraction of vmax count as vmax: S(vmax) is infinite (see RUN-UP SPACE).
constexpr double kTopSpeedFraction = 1 - 1e-6;

double segmentLength( PlanePoint a, PlanePoint b )
{
  return std::hypot( b.x - a.x, b.y - a.y );
}

// Max-priority queue of states keyed by their labels (kept outside, in the search), holding each state at
// most once: a state whose label rises while queued moves up. A 4-ary heap: shallow, cache-friendly.
class LabelQueue
{
public:
  LabelQueue( int stateCount, const std::vector<double> &labels )
      : mLabels( labels ), mPosition( static_cast<std::size_t>( stateCount ), -1 )
  {
    mHeap.reserve( static_cast<std::size_t>( stateCount ) );
  }

  bool empty() const { return mHeap.empty(); }

  // Queues the state, or moves it up after its label rose.
  void push( int state )
  {
    if ( mPosition[state] < 0 )
    {
      mHeap.push_back( state );
      mPosition[state] = static_cast<int>( mHeap.size() ) - 1;
    }
    siftUp( mPosition[state] );
  }

  int pop()
  {
    const int top = mHeap.front();
    mPosition[top] = -1;
    const int last = mHeap.back();
    mHeap.pop_back();
    if ( !mHeap.empty() )
    {
      mHeap.front() = last;
      mPosition[last] = 0;
      siftDown( 0 );
    }
    return top;
  }

private:
  void place( int index, int state )
  {
    mHeap[index] = state;
    mPosition[state] = index;
  }

  void siftUp( int index )
  {
    const int state = mHeap[index];
    const double label = mLabels[state];
    while ( index > 0 )
    {
      const int parent = ( index - 1 ) / 4;
      if ( mLabels[mHeap[parent]] >= label )
        break;
      place( index, mHeap[parent] );
      index = parent;
    }
    place( index, state );
  }

  void siftDown( int index )
  {
    const int size = static_cast<int>( mHeap.size() );
    const int state = mHeap[index];
    const double label = mLabels[state];
    for ( ;; )
    {
      const int firstChild = 4 * index + 1;
      if ( firstChild >= size )
        break;
      int best = firstChild;
      for ( int c = firstChild + 1; c < std::min( firstChild + 4, size ); ++c )
        if ( mLabels[mHeap[c]] > mLabels[mHeap[best]] )
          best = c;
      if ( mLabels[mHeap[best]] <= label )
        break;
      place( index, mHeap[best] );
      index = best;
    }
    place( index, state );
  }

  const std::vector<double> &mLabels;
  std::vector<int> mHeap;
  std::vector<int> mPosition; // per state: its index in mHeap, -1 when not queued
};

} // namespace

double impactAngleDeg( double travelDx, double travelDy, double lineDx, double lineDy )
{
  const double cross = travelDx * lineDy - travelDy * lineDx;
  const double dot = travelDx * lineDx + travelDy * lineDy;
  // Angle between the two directions folded into 0..90 degrees (a line has no orientation).
  const double angle = std::atan2( std::fabs( cross ), std::fabs( dot ) );
  return angle * 180.0 / kPi;
}

ApproachSearch::ApproachSearch( const StreetGraph &graph, const AccelerationModel &model, ApproachOptions options )
    : mGraph( graph ), mModel( model ), mOptions( std::move( options ) ),
      mMaxRunup( model.runupDistance( model.maxSpeed() * kTopSpeedFraction ) )
{
  const int directedCount = mGraph.directedEdgeCount();

  // K_e: the bends inside each directed edge as one cap on the speed at its end.
  mEdgeCap.assign( directedCount, kInfinity );
  for ( int d = 0; d < directedCount; ++d )
  {
    const int edge = StreetGraph::edgeOf( d );
    const int count = mGraph.edgePointCount( edge );
    const double width = mGraph.edgeWidthM( edge );
    double toEnd = 0; // r_i: distance from vertex i to the end
    for ( int i = count - 2; i >= 1; --i )
    {
      toEnd += segmentLength( mGraph.directedPoint( d, i ), mGraph.directedPoint( d, i + 1 ) );
      const double theta = deflectionRad( mGraph.directedPoint( d, i - 1 ), mGraph.directedPoint( d, i ),
                                          mGraph.directedPoint( d, i + 1 ) );
      const double limit = corneringSpeedLimit( std::min( theta, kPi ), width, mOptions.friction );
      mEdgeCap[d] = std::min( mEdgeCap[d], runupOfLimit( limit ) + toEnd );
    }
  }

  // Cap_t: the edge's own bends and the junction's turn.
  const int transitionCount = directedCount == 0 ? 0 : mGraph.transitionEnd( directedCount - 1 );
  mTransitionCap.resize( transitionCount );
  for ( int d = 0; d < directedCount; ++d )
  {
    for ( int t = mGraph.transitionBegin( d ); t < mGraph.transitionEnd( d ); ++t )
    {
      const double limit = corneringSpeedLimit( mGraph.transitionDeflectionRad( t ),
                                                junctionWidth( d, mGraph.transitionTarget( t ) ), mOptions.friction );
      mTransitionCap[t] = std::min( { mEdgeCap[d], runupOfLimit( limit ), mMaxRunup } );
    }
  }
}

double ApproachSearch::runupOfLimit( double speedLimitMs ) const
{
  if ( !( speedLimitMs < mModel.maxSpeed() * kTopSpeedFraction ) )
    return kInfinity;
  return mModel.runupDistance( speedLimitMs );
}

double ApproachSearch::speedOfRunup( double runupM ) const
{
  if ( runupM >= mMaxRunup )
    return mModel.maxSpeed();
  return mModel.speedAfter( 0, runupM );
}

double ApproachSearch::junctionWidth( int fromDirected, int toDirected ) const
{
  return 0.5 * ( mGraph.edgeWidthM( StreetGraph::edgeOf( fromDirected ) ) +
                 mGraph.edgeWidthM( StreetGraph::edgeOf( toDirected ) ) );
}

bool ApproachSearch::allowed( int directed ) const
{
  return !mOptions.respectOneway || mGraph.onewayAllows( directed );
}

ApproachSearch::Lap ApproachSearch::lapOnPredChain( int directed, std::vector<char> &seen ) const
{
  // Follow pred from the state until a state repeats (the cycle closes there) or a start ends the chain.
  std::vector<int> walked;
  int x = directed;
  while ( x >= 0 && !seen[static_cast<std::size_t>( x )] )
  {
    seen[static_cast<std::size_t>( x )] = 1;
    walked.push_back( x );
    x = mPred[x];
  }
  for ( const int w : walked )
    seen[static_cast<std::size_t>( w )] = 0;
  if ( x < 0 )
    return {};
  // The cycle, in pred order: x <- c1 <- ... <- ck <- x; composed forwards from x as D -> min(D + length, cap).
  const auto closes = std::find( walked.begin(), walked.end(), x );
  std::vector<int> cycle( closes, walked.end() ); // x, pred(x), pred(pred(x)), ...
  double length = 0;
  double cap = kInfinity;
  int from = x;
  for ( auto to = cycle.rbegin(); to != cycle.rend(); ++to )
  {
    double transitionCap = -kInfinity; // the best transition from -> to (parallel ones are possible)
    for ( int t = mGraph.transitionBegin( from ); t < mGraph.transitionEnd( from ); ++t )
      if ( mGraph.transitionTarget( t ) == *to )
        transitionCap = std::max( transitionCap, mTransitionCap[t] );
    const double edgeLength = mGraph.edgeLengthM( StreetGraph::edgeOf( from ) );
    length += edgeLength;
    cap = std::min( cap + edgeLength, transitionCap );
    from = *to;
  }
  if ( !( length > 0 ) )
    return {};
  return { x, cap };
}

bool ApproachSearch::run( const std::function<bool()> &isCanceled )
{
  const int directedCount = mGraph.directedEdgeCount();
  mLabel.assign( directedCount, -1 );
  mPred.assign( directedCount, -1 );
  mRelaxations = 0;

  for ( int d = 0; d < directedCount; ++d )
  {
    if ( mOptions.startAtRestAnywhere && allowed( d ) )
      mLabel[d] = 0;
  }
  for ( const EntryStart &entry : mOptions.entries )
  {
    if ( entry.directedEdge < 0 || entry.directedEdge >= directedCount || !allowed( entry.directedEdge ) )
      continue;
    const double runup = std::min( runupOfLimit( std::max( entry.speedMs, 0.0 ) ), mMaxRunup );
    mLabel[entry.directedEdge] = std::max( mLabel[entry.directedEdge], runup );
  }
  std::vector<int> improvements( static_cast<std::size_t>( directedCount ), 0 );
  std::vector<char> seen( static_cast<std::size_t>( directedCount ), 0 ); // scratch of lapOnPredChain
  LabelQueue queue( directedCount, mLabel );
  for ( int d = 0; d < directedCount; ++d )
  {
    if ( mLabel[d] >= 0 )
      queue.push( d );
  }

  long long pops = 0;
  while ( !queue.empty() )
  {
    const int e = queue.pop();
    if ( ( ++pops & 0xFFFF ) == 0 && isCanceled && isCanceled() )
      return false;
    const double atEnd = mLabel[e] + mGraph.edgeLengthM( StreetGraph::edgeOf( e ) );
    for ( int t = mGraph.transitionBegin( e ); t < mGraph.transitionEnd( e ); ++t )
    {
      const int f = mGraph.transitionTarget( t );
      const double candidate = std::min( atEnd, mTransitionCap[t] );
      if ( candidate > mLabel[f] + kImprovementM && allowed( f ) )
      {
        mLabel[f] = candidate;
        mPred[f] = e;
        ++mRelaxations;
        queue.push( f );
        const int count = ++improvements[f];
        if ( count >= kLapCheck && ( count & ( count - 1 ) ) == 0 ) // 16, 32, 64...: being lapped?
        {
          const Lap lap = lapOnPredChain( f, seen );
          if ( lap.state >= 0 && lap.limit > mLabel[lap.state] + kImprovementM )
          {
            mLabel[lap.state] = lap.limit;
            queue.push( lap.state );
          }
        }
      }
    }
  }
  return true;
}

double ApproachSearch::entrySpeedMs( int directed ) const
{
  return mLabel[directed] < 0 ? -1 : speedOfRunup( mLabel[directed] );
}

double ApproachSearch::driveAlong( int directed, double entryRunup, double distanceM, double *highest,
                                   std::vector<RoutePoint> *points ) const
{
  const int count = mGraph.edgePointCount( StreetGraph::edgeOf( directed ) );
  const double width = mGraph.edgeWidthM( StreetGraph::edgeOf( directed ) );
  double runup = entryRunup;
  double remaining = distanceM;
  if ( highest )
    *highest = std::max( *highest, runup );
  for ( int i = 1; i < count; ++i )
  {
    const PlanePoint a = mGraph.directedPoint( directed, i - 1 );
    const PlanePoint b = mGraph.directedPoint( directed, i );
    const double length = segmentLength( a, b );
    const bool stopsHere = remaining < length || i == count - 1;
    const double step = std::min( remaining, length );
    runup = std::min( runup + step, mMaxRunup );
    if ( highest )
      *highest = std::max( *highest, runup );
    if ( stopsHere )
    {
      if ( points )
      {
        const double f = length > 0 ? step / length : 1;
        points->push_back( { { a.x + f * ( b.x - a.x ), a.y + f * ( b.y - a.y ) }, speedOfRunup( runup ) } );
      }
      return runup;
    }
    remaining -= length;
    const double theta = deflectionRad( a, b, mGraph.directedPoint( directed, i + 1 ) );
    runup = std::min( runup, runupOfLimit( corneringSpeedLimit( std::min( theta, kPi ), width, mOptions.friction ) ) );
    if ( points )
      points->push_back( { b, speedOfRunup( runup ) } );
  }
  return runup;
}

ImpactResult ApproachSearch::impact( const ImpactLocation &location ) const
{
  ImpactResult result;
  const int e = location.directedEdge;
  if ( e < 0 || e >= mGraph.directedEdgeCount() || mLabel[e] < 0 )
    return result;
  result.reachable = true;
  // On the edge: a distance before its start, past its end or NaN is taken as the nearest end.
  const double edgeLength = mGraph.edgeLengthM( StreetGraph::edgeOf( e ) );
  const double distanceM = location.distanceM > 0 ? std::min( location.distanceM, edgeLength ) : 0.0;
  result.speedMs = speedOfRunup( driveAlong( e, mLabel[e], distanceM, nullptr, nullptr ) );

  // The approach direction: the segment holding the impact location.
  {
    const int count = mGraph.edgePointCount( StreetGraph::edgeOf( e ) );
    double along = 0;
    int i = 1;
    for ( ; i < count - 1; ++i )
    {
      along += segmentLength( mGraph.directedPoint( e, i - 1 ), mGraph.directedPoint( e, i ) );
      if ( along >= distanceM )
        break;
    }
    const PlanePoint a = mGraph.directedPoint( e, i - 1 );
    const PlanePoint b = mGraph.directedPoint( e, i );
    result.angleDeg = impactAngleDeg( b.x - a.x, b.y - a.y, location.perimeterDx, location.perimeterDy );
  }

  // The states of the route, impact edge first, cut where pred would repeat a state.
  std::vector<int> chain{ e };
  std::unordered_set<int> seen{ e };
  for ( int p = mPred[e]; p >= 0 && seen.insert( p ).second; p = mPred[p] )
    chain.push_back( p );
  std::reverse( chain.begin(), chain.end() );

  // Drive it forward from the first state's label, recording the speed at every vertex.
  double runup = mLabel[chain.front()];
  result.startSpeedMs = speedOfRunup( runup );
  result.route.push_back( { mGraph.directedPoint( chain.front(), 0 ), result.startSpeedMs } );
  for ( std::size_t k = 0; k + 1 < chain.size(); ++k )
  {
    const int from = chain[k];
    const int to = chain[k + 1];
    const double length = mGraph.edgeLengthM( StreetGraph::edgeOf( from ) );
    result.runupM += length;
    runup = driveAlong( from, runup, length, nullptr, &result.route );
    const double theta =
        deflectionRad( mGraph.directedPoint( from, mGraph.edgePointCount( StreetGraph::edgeOf( from ) ) - 2 ),
                       mGraph.directedPoint( to, 0 ), mGraph.directedPoint( to, 1 ) );
    runup = std::min( runup, runupOfLimit( corneringSpeedLimit( std::min( theta, kPi ), junctionWidth( from, to ),
                                                                mOptions.friction ) ) );
    result.route.back().speedMs = speedOfRunup( runup ); // the speed through the turn
  }
  result.runupM += distanceM;
  driveAlong( e, runup, distanceM, nullptr, &result.route );
  result.route.back().speedMs = result.speedMs;
  return result;
}

std::vector<double> ApproachSearch::maxSpeedTowardMs( const std::vector<int> &targetDirectedEdges ) const
{
  const int directedCount = mGraph.directedEdgeCount();
  // Directed edges from which a target can be reached: a backward search over the transitions (every
  // directed edge ending at a node leads into every one leaving it but its own reverse).
  std::vector<std::uint8_t> leadsToTarget( directedCount, 0 );
  std::vector<int> stack;
  for ( int target : targetDirectedEdges )
  {
    if ( target >= 0 && target < directedCount && allowed( target ) && !leadsToTarget[target] )
    {
      leadsToTarget[target] = 1;
      stack.push_back( target );
    }
  }
  while ( !stack.empty() )
  {
    const int f = stack.back();
    stack.pop_back();
    const int node = mGraph.fromNode( f );
    for ( int i = mGraph.outgoingBegin( node ); i < mGraph.outgoingEnd( node ); ++i )
    {
      const int e = StreetGraph::reverseOf( mGraph.outgoingEdge( i ) );
      if ( e != StreetGraph::reverseOf( f ) && !leadsToTarget[e] && allowed( e ) )
      {
        leadsToTarget[e] = 1;
        stack.push_back( e );
      }
    }
  }

  std::vector<double> best( mGraph.edgeCount(), -1 );
  for ( int d = 0; d < directedCount; ++d )
  {
    if ( !leadsToTarget[d] || mLabel[d] < 0 )
      continue;
    double highest = mLabel[d];
    driveAlong( d, mLabel[d], mGraph.edgeLengthM( StreetGraph::edgeOf( d ) ), &highest, nullptr );
    double &edgeBest = best[StreetGraph::edgeOf( d )];
    edgeBest = std::max( edgeBest, speedOfRunup( highest ) );
  }
  return best;
}

} // namespace eventsecurity::domain
