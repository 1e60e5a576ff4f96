#include "approachsearch.h"

#include "opengroundturn.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <stdexcept>
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

// Max-priority queue of states keyed by their labels, holding each state at most once: a state whose label rises
// while queued moves up. A 4-ary heap: shallow, cache-friendly; each entry holds its label beside its state, so that
// sifting reads the heap alone rather than the labels of states all over the graph.
class LabelQueue
{
public:
  explicit LabelQueue( int stateCount ) : mPosition( static_cast<std::size_t>( stateCount ), -1 )
  {
    mHeap.reserve( static_cast<std::size_t>( stateCount ) );
  }

  bool empty() const { return mHeap.empty(); }

  // Queues the state with its label, or moves it up after its label rose to \a label.
  void push( int state, double label )
  {
    if ( mPosition[state] < 0 )
    {
      mHeap.push_back( { label, state } );
      mPosition[state] = static_cast<int>( mHeap.size() ) - 1;
    }
    else
      mHeap[mPosition[state]].label = label;
    siftUp( mPosition[state] );
  }

  int pop()
  {
    const int top = mHeap.front().state;
    mPosition[top] = -1;
    const Entry last = mHeap.back();
    mHeap.pop_back();
    if ( !mHeap.empty() )
    {
      mHeap.front() = last;
      mPosition[last.state] = 0;
      siftDown( 0 );
    }
    return top;
  }

private:
  struct Entry
  {
    double label;
    int state;
  };

  void place( int index, const Entry &entry )
  {
    mHeap[index] = entry;
    mPosition[entry.state] = index;
  }

  void siftUp( int index )
  {
    const Entry entry = mHeap[index];
    while ( index > 0 )
    {
      const int parent = ( index - 1 ) / 4;
      if ( mHeap[parent].label >= entry.label )
        break;
      place( index, mHeap[parent] );
      index = parent;
    }
    place( index, entry );
  }

  void siftDown( int index )
  {
    const int size = static_cast<int>( mHeap.size() );
    const Entry entry = mHeap[index];
    for ( ;; )
    {
      const int firstChild = 4 * index + 1;
      if ( firstChild >= size )
        break;
      int best = firstChild;
      for ( int c = firstChild + 1; c < std::min( firstChild + 4, size ); ++c )
        if ( mHeap[c].label > mHeap[best].label )
          best = c;
      if ( mHeap[best].label <= entry.label )
        break;
      place( index, mHeap[best] );
      index = best;
    }
    place( index, entry );
  }

  std::vector<Entry> mHeap;
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

namespace
{
const ApproachGeometry &requireGeometry( const std::shared_ptr<const ApproachGeometry> &geometry,
                                         const ApproachOptions &options )
{
  if ( !geometry )
    throw std::invalid_argument( "the approach search needs a geometry" );
  // Exact comparison: the shared geometry must be the one these options would build.
  if ( !( geometry->kerbRadiusM() == options.kerbRadiusM ) ||
       !( geometry->digitisingToleranceM() == options.digitisingToleranceM ) )
    throw std::invalid_argument( "the approach search's geometry was built with another kerb radius or digitising "
                                 "tolerance than its options give" );
  return *geometry;
}
} // namespace

ApproachSearch::ApproachSearch( const StreetGraph &graph, const AccelerationModel &model, ApproachOptions options )
    : ApproachSearch(
          std::make_shared<const ApproachGeometry>( graph, options.kerbRadiusM, options.digitisingToleranceM ), model,
          std::move( options ) )
{
}

ApproachSearch::ApproachSearch( std::shared_ptr<const ApproachGeometry> geometry, const AccelerationModel &model,
                                ApproachOptions options )
    : mGeometry( std::move( geometry ) ), mGraph( requireGeometry( mGeometry, options ).graph() ),
      mBends( mGeometry->bends() ), mModel( model ), mOptions( std::move( options ) ),
      mLateralMs2( lateralAccelerationLimitMs2( mOptions.friction, mOptions.rolloverThresholdG ) ),
      mMaxRunup( model.runupDistance( model.maxSpeed() * kTopSpeedFraction ) )
{
  const double topSpeed = mModel.maxSpeed() * kTopSpeedFraction;
  mEnoughRadiusM = topSpeed * topSpeed / mLateralMs2;
  mNoCapFromEnoughRadius = !( bendSpeedLimitMs( mEnoughRadiusM, mLateralMs2 ) < topSpeed );
  setCaps();
}

void ApproachSearch::setCaps()
{
  const int directedCount = mGraph.directedEdgeCount();
  // K_e: the cap points on each directed edge as one cap on the speed at its end (one at its start belongs to
  // the previous edge of its chain).
  mEdgeCap.assign( directedCount, kInfinity );
  for ( int d = 0; d < directedCount; ++d )
  {
    const int edge = StreetGraph::edgeOf( d );
    const double length = mGraph.edgeLengthM( edge );
    for ( int i = mBends.capBegin( edge ); i < mBends.capEnd( edge ); ++i )
    {
      const BendCap &cap = mBends.cap( i );
      const double fromStart = StreetGraph::isForward( d ) ? cap.offsetM : length - cap.offsetM;
      if ( fromStart > 0 )
        mEdgeCap[d] = std::min( mEdgeCap[d], capRunup( cap.radiusM ) + ( length - fromStart ) );
    }
  }

  // Cap_t: the edge's own caps and, at a junction or on open ground, the turn.
  const int transitionCount = directedCount == 0 ? 0 : mGraph.transitionEnd( directedCount - 1 );
  mTransitionCap.resize( transitionCount );
  for ( int d = 0; d < directedCount; ++d )
    for ( int t = mGraph.transitionBegin( d ); t < mGraph.transitionEnd( d ); ++t )
      mTransitionCap[t] = std::min( { mEdgeCap[d], transitionTurnCapRunup( d, t ), mMaxRunup } );
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

double ApproachSearch::capRunup( double radiusM ) const
{
  return runupOfLimit( bendSpeedLimitMs( radiusM, mLateralMs2 ) );
}

double ApproachSearch::turnCapRunup( int fromDirected, int toDirected ) const
{
  // Beyond the radius of the top speed there is no cap: no need to know the radius exactly.
  return capRunup( mGeometry->turnRadiusM( fromDirected, toDirected, mEnoughRadiusM ) );
}

double ApproachSearch::transitionTurnCapRunup( int fromDirected, int transition ) const
{
  // The shared radius read as turnCapRunup would compute it (see SET-UP).
  const double radiusM = mGeometry->transitionRadiusM( transition );
  if ( !( radiusM >= mEnoughRadiusM ) )
    return capRunup( radiusM );
  if ( mNoCapFromEnoughRadius )
    return kInfinity;
  return turnCapRunup( fromDirected, mGraph.transitionTarget( transition ) );
}

bool ApproachSearch::allowed( int directed ) const
{
  return !mOptions.respectOneway || mGraph.onewayAllows( directed );
}

ApproachSearch::Lap ApproachSearch::lapOnPredChain( int directed, LapScratch &scratch ) const
{
  // Follow pred from the state until a state repeats (the cycle closes there) or a start ends the chain.
  std::vector<char> &seen = scratch.seen;
  std::vector<int> &walked = scratch.walked;
  walked.clear();
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
  const auto closes = std::find( walked.begin(), walked.end(), x ); // from here: x, pred(x), pred(pred(x)), ...
  double length = 0;
  double cap = kInfinity;
  int from = x;
  for ( auto to = walked.rbegin(); to != std::make_reverse_iterator( closes ); ++to )
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

void ApproachSearch::setStartLabels()
{
  const int directedCount = mGraph.directedEdgeCount();
  mLabel.assign( directedCount, -1 );
  mPred.assign( directedCount, -1 );
  mStartEntry.assign( directedCount, -1 );
  for ( int d = 0; d < directedCount; ++d )
  {
    if ( mOptions.startAtRestAnywhere && allowed( d ) )
      mLabel[d] = 0;
  }
  for ( std::size_t k = 0; k < mOptions.entries.size(); ++k )
  {
    const EntryStart &entry = mOptions.entries[k];
    if ( entry.directedEdge < 0 || entry.directedEdge >= directedCount || !allowed( entry.directedEdge ) )
      continue;
    const double runup = std::min( runupOfLimit( std::max( entry.speedMs, 0.0 ) ), mMaxRunup );
    if ( runup >= mLabel[entry.directedEdge] ) // ties go to the entry: it names where the route starts
    {
      mLabel[entry.directedEdge] = runup;
      mStartEntry[entry.directedEdge] = static_cast<int>( k );
    }
  }
  // Every transition may relax until it is found dead (see ALGORITHM).
  mLive.resize( mTransitionCap.size() );
  for ( std::size_t t = 0; t < mLive.size(); ++t )
    mLive[t] = static_cast<int>( t );
  mLiveEnd.resize( static_cast<std::size_t>( directedCount ) );
  for ( int d = 0; d < directedCount; ++d )
    mLiveEnd[static_cast<std::size_t>( d )] = mGraph.transitionEnd( d );
}

bool ApproachSearch::run( const std::function<bool()> &isCanceled )
{
  const int directedCount = mGraph.directedEdgeCount();
  setStartLabels();
  mRelaxations = 0;
  std::vector<int> improvements( static_cast<std::size_t>( directedCount ), 0 );
  LapScratch lapScratch{ std::vector<char>( static_cast<std::size_t>( directedCount ), 0 ), {} };
  LabelQueue queue( directedCount );
  for ( int d = 0; d < directedCount; ++d )
  {
    if ( mLabel[d] >= 0 )
      queue.push( d, mLabel[d] );
  }

  long long pops = 0;
  while ( !queue.empty() )
  {
    const int e = queue.pop();
    if ( ( ++pops & 0xFFFF ) == 0 && isCanceled && isCanceled() )
      return false;
    const double atEnd = mLabel[e] + mGraph.edgeLengthM( StreetGraph::edgeOf( e ) );
    int kept = mGraph.transitionBegin( e ); // the live transitions are moved up to here, in their order
    for ( int i = kept; i < mLiveEnd[e]; ++i )
    {
      const int t = mLive[i];
      const int f = mGraph.transitionTarget( t );
      const double bar = mLabel[f] + kImprovementM; // a relaxation must beat this
      if ( !( mTransitionCap[t] > bar ) || !allowed( f ) )
        continue; // dead: labels only rise
      mLive[kept++] = t;
      if ( !( atEnd > bar ) )
        continue;
      mLabel[f] = std::min( atEnd, mTransitionCap[t] ); // > bar: both are
      mPred[f] = e;
      ++mRelaxations;
      queue.push( f, mLabel[f] );
      const int count = ++improvements[f];
      if ( count >= kLapCheck && ( count & ( count - 1 ) ) == 0 ) // 16, 32, 64...: being lapped?
      {
        const Lap lap = lapOnPredChain( f, lapScratch );
        if ( lap.state >= 0 && lap.limit > mLabel[lap.state] + kImprovementM )
        {
          mLabel[lap.state] = lap.limit;
          queue.push( lap.state, lap.limit );
        }
      }
    }
    mLiveEnd[e] = kept;
  }
  return true;
}

double ApproachSearch::entrySpeedMs( int directed ) const
{
  return mLabel[directed] < 0 ? -1 : speedOfRunup( mLabel[directed] );
}

void ApproachSearch::applyCap( Progress &progress, double capRunup, const std::vector<RoutePoint> *route ) const
{
  if ( !( capRunup < progress.runup ) )
    return;
  progress.runup = capRunup;
  progress.sinceBoundM = 0;
  progress.boundPoint = route && !route->empty() ? route->size() - 1 : 0;
}

void ApproachSearch::driveAlong( int directed, double distanceM, Progress &progress, double *highest,
                                 std::vector<RoutePoint> *route ) const
{
  const int edge = StreetGraph::edgeOf( directed );
  const bool forward = StreetGraph::isForward( directed );
  const int count = mGraph.edgePointCount( edge );
  const double length = mGraph.edgeLengthM( edge );
  const double stop = std::min( distanceM, length );
  // Caps in driving order; their distance from the edge's start.
  const int capCount = mBends.capEnd( edge ) - mBends.capBegin( edge );
  const auto capAt = [&]( int k ) -> const BendCap &
  { return mBends.cap( forward ? mBends.capBegin( edge ) + k : mBends.capEnd( edge ) - 1 - k ); };
  const auto capDistance = [&]( int k ) { return forward ? capAt( k ).offsetM : length - capAt( k ).offsetM; };
  int nextCap = 0;
  while ( nextCap < capCount && !( capDistance( nextCap ) > 0 ) ) // at the start: the previous edge's end
    ++nextCap;

  double at = 0;             // driven so far along the edge
  double lastRecorded = -1;  // where the last route point of this edge is
  int vertex = 1;            // next vertex
  double vertexDistance = 0; // its distance from the start
  const auto vertexPoint = [&]( int i ) { return mGraph.directedPoint( directed, i ); };
  const auto nextVertexDistance = [&]
  {
    return vertex == count - 1 ? length
                               : vertexDistance + segmentLength( vertexPoint( vertex - 1 ), vertexPoint( vertex ) );
  };
  double upcomingVertex = nextVertexDistance();
  const auto advance = [&]( double to )
  {
    progress.runup = std::min( progress.runup + ( to - at ), mMaxRunup );
    progress.sinceBoundM += to - at;
    at = to;
    if ( highest )
      *highest = std::max( *highest, progress.runup );
  };
  // A route point at distance `where`, on the segment ending at the next vertex.
  const auto record = [&]( double where )
  {
    if ( !route )
      return;
    const double speed = speedOfRunup( progress.runup );
    if ( where <= lastRecorded + 1e-9 )
    {
      route->back().speedMs = speed;
      return;
    }
    const PlanePoint a = vertexPoint( vertex - 1 ), b = vertexPoint( vertex );
    const double span = upcomingVertex - vertexDistance;
    const double f = span > 0 ? std::clamp( ( where - vertexDistance ) / span, 0.0, 1.0 ) : 1.0;
    route->push_back( { { a.x + f * ( b.x - a.x ), a.y + f * ( b.y - a.y ) }, speed } );
    lastRecorded = where;
  };

  for ( ;; )
  {
    const double capNext = nextCap < capCount ? capDistance( nextCap ) : kInfinity;
    if ( capNext <= upcomingVertex && capNext <= stop )
    {
      advance( capNext );
      record( capNext );
      applyCap( progress, capRunup( capAt( nextCap ).radiusM ), route );
      if ( route )
        route->back().speedMs = speedOfRunup( progress.runup );
      ++nextCap;
      continue;
    }
    if ( upcomingVertex <= stop )
    {
      advance( upcomingVertex );
      record( upcomingVertex );
      if ( vertex == count - 1 )
        return;
      vertexDistance = upcomingVertex;
      ++vertex;
      upcomingVertex = nextVertexDistance();
      continue;
    }
    advance( stop );
    record( stop );
    return;
  }
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
  {
    Progress atImpact{ mLabel[e] };
    driveAlong( e, distanceM, atImpact, nullptr, nullptr );
    result.speedMs = speedOfRunup( atImpact.runup );
  }

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
  int p = mPred[e];
  for ( ; p >= 0 && seen.insert( p ).second; p = mPred[p] )
    chain.push_back( p );
  result.startsOnLap = p >= 0;
  std::reverse( chain.begin(), chain.end() );
  if ( !result.startsOnLap && mPred[chain.front()] < 0 )
    result.entryIndex = mStartEntry[chain.front()];

  // Drive it forward from the first state's label, recording every vertex and cap point and where the speed was
  // last bound.
  Progress progress{ mLabel[chain.front()] };
  result.startSpeedMs = speedOfRunup( progress.runup );
  result.route.push_back( { mGraph.directedPoint( chain.front(), 0 ), result.startSpeedMs } );
  for ( std::size_t k = 0; k + 1 < chain.size(); ++k )
  {
    const int from = chain[k];
    const double length = mGraph.edgeLengthM( StreetGraph::edgeOf( from ) );
    result.routeM += length;
    driveAlong( from, length, progress, nullptr, &result.route );
    applyCap( progress, turnCapRunup( from, chain[k + 1] ), &result.route );
    result.route.back().speedMs = speedOfRunup( progress.runup ); // the speed through the turn
  }
  result.routeM += distanceM;
  driveAlong( e, distanceM, progress, nullptr, &result.route );
  result.route.back().speedMs = result.speedMs;
  result.runupM = progress.sinceBoundM;
  result.runupStartPoint = progress.boundPoint;
  return result;
}

std::vector<double> ApproachSearch::maxSpeedTowardMs( const std::vector<int> &targetDirectedEdges ) const
{
  const int directedCount = mGraph.directedEdgeCount();
  // Directed edges from which a target can be reached: a backward search over the transitions (every
  // directed edge ending at a node leads into every one leaving it but its own reverse, none at a stop).
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
    if ( mGraph.stopsAtEnd( StreetGraph::reverseOf( f ) ) )
      continue; // f leaves a stop: nothing leads into it
    for ( int i = mGraph.outgoingBegin( node ); i < mGraph.outgoingEnd( node ); ++i )
    {
      const int e = StreetGraph::reverseOf( mGraph.outgoingEdge( i ) );
      if ( e != StreetGraph::reverseOf( f ) && !leadsToTarget[e] && allowed( e ) && !mGraph.stopsAtEnd( e ) )
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
    Progress progress{ mLabel[d] };
    driveAlong( d, mGraph.edgeLengthM( StreetGraph::edgeOf( d ) ), progress, &highest, nullptr );
    double &edgeBest = best[StreetGraph::edgeOf( d )];
    edgeBest = std::max( edgeBest, speedOfRunup( highest ) );
  }
  return best;
}

} // namespace eventsecurity::domain
