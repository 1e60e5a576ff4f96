#include "approachstudy.h"

#include "approachranges.h"
#include "catalogueparameters.h"
#include "vehicledynamics.h"

#include <qgsexception.h>
#include <qgsgeometryengine.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingutils.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

namespace eventsecurity
{

namespace
{
// Segments per quarter circle of the study area's outer edge, where vehicles enter at speed.
constexpr int kStudyAreaSegments = 16;

// Direction of the protected area's edge nearest to p (for the impact angle).
std::pair<double, double> edgeDirectionAt( const QgsGeometry &edge, const QgsPointXY &p )
{
  QgsPointXY nearest;
  int after = 0;
  edge.closestSegmentWithContext( p, nearest, after );
  if ( after <= 0 )
    return { 1, 0 };
  const QgsPoint a = edge.vertexAt( after - 1 );
  const QgsPoint b = edge.vertexAt( after );
  return { b.x() - a.x(), b.y() - a.y() };
}

//! Distances of points to the two edges of the study region: the protected area's and the study area's.
class RegionEdges
{
public:
  RegionEdges( const QgsGeometry &protectedArea, const QgsGeometry &studyArea )
      : mProtectedEdge( protectedArea.constGet()->boundary() ), mStudyEdge( studyArea.constGet()->boundary() ),
        mProtectedEngine( QgsGeometry::createGeometryEngine( mProtectedEdge.constGet() ) ),
        mStudyEngine( QgsGeometry::createGeometryEngine( mStudyEdge.constGet() ) )
  {
  }
  //! The one rule: a cut end nearer the protected area's edge than the study area's is a crossing.
  bool isCrossing( const domain::PlanePoint &p ) const
  {
    const QgsGeometry point = QgsGeometry::fromPointXY( QgsPointXY( p.x, p.y ) );
    return mProtectedEngine->distance( point.constGet() ) < mStudyEngine->distance( point.constGet() );
  }

private:
  QgsGeometry mProtectedEdge;
  QgsGeometry mStudyEdge;
  std::unique_ptr<QgsGeometryEngine> mProtectedEngine;
  std::unique_ptr<QgsGeometryEngine> mStudyEngine;
};
} // namespace

ApproachStudy::ApproachStudy( const ApproachSettings &settings )
    : mSettings( settings ), mGraph( std::make_unique<domain::StreetGraph>() )
{
}

ApproachStudy::~ApproachStudy() = default;

bool ApproachStudy::run( const QgsProcessingFeatureSource &network, const QgsCoordinateTransform &networkToMetric,
                         const QgsGeometry &protectedArea, QgsProcessingContext &context,
                         QgsProcessingFeedback *feedback, double progressFrom, double progressTo )
{
  const auto progressAt = [&]( double share ) { return progressFrom + share * ( progressTo - progressFrom ); };
  const QgsGeometry studyArea = protectedArea.buffer( mSettings.searchDistanceM, kStudyAreaSegments );
  StreetNetworkSettings reading;
  reading.widthField = mSettings.widthField;
  reading.defaultWidthM = mSettings.defaultWidthM;
  reading.maxspeedField = mSettings.maxspeedField;
  reading.onewayField = mSettings.onewayField;
  reading.excludeExpression = mSettings.excludeExpression;
  reading.pedestrianExpression = mSettings.pedestrianExpression;
  reading.nameField = mSettings.nameField;
  reading.region = studyArea.difference( protectedArea );
  mStreets = readStreetNetwork( network, networkToMetric, reading, context, feedback, progressFrom, progressAt( 0.6 ) );
  if ( feedback->isCanceled() )
    return false;
  if ( mOpenGround && !mOpenGround->build( protectedArea, studyArea, mSettings.vehicle.widthM, mSettings.toleranceM,
                                           mStreets, context, feedback ) )
    return false;

  mGraph = std::make_unique<domain::StreetGraph>( mStreets.lines, mSettings.toleranceM );
  if ( feedback->isCanceled() )
    return false;
  feedback->setProgress( progressAt( 0.7 ) );
  sortCutEnds( protectedArea, studyArea );
  if ( !search( feedback ) )
    return false;
  rateCrossings();
  rateEdgeImpacts( QgsGeometry( protectedArea.constGet()->boundary() ) );
  if ( mOpenGround )
    mOpenGround->rateTargets( *mGraph, *mSearch, mStreets,
                              [this]( const domain::ImpactResult &impact ) { return rate( impact.speedMs ); } );
  if ( mSettings.ranges.samples > 0 && !rateOnRanges( feedback, progressAt( 0.75 ), progressTo ) )
    return false;
  feedback->setProgress( progressTo );
  return true;
}

void ApproachStudy::sortCutEnds( const QgsGeometry &protectedArea, const QgsGeometry &studyArea )
{
  const RegionEdges edges( protectedArea, studyArea );
  std::set<int> impactNodes, entryNodes;
  for ( std::size_t l = 0; l < mStreets.lines.size(); ++l )
  {
    const domain::StreetLine &line = mStreets.lines[l];
    const int lineIndex = static_cast<int>( l );
    for ( const bool atStart : { true, false } )
    {
      if ( !( atStart ? mStreets.startIsCut[l] : mStreets.endIsCut[l] ) )
        continue;
      const std::size_t n = line.points.size();
      const domain::PlanePoint p = atStart ? line.points[0] : line.points[n - 1];
      const domain::PlanePoint next = atStart ? line.points[1] : line.points[n - 2];
      const int node = atStart ? mGraph->lineStartNode( lineIndex ) : mGraph->lineEndNode( lineIndex );
      if ( !edges.isCrossing( p ) )
      {
        if ( node >= 0 )
          entryNodes.insert( node );
        continue;
      }
      if ( node >= 0 )
        impactNodes.insert( node );
      const double length = std::hypot( next.x - p.x, next.y - p.y );
      StreetCrossing crossing;
      crossing.point = p;
      crossing.dx = length > 0 ? ( next.x - p.x ) / length : 1;
      crossing.dy = length > 0 ? ( next.y - p.y ) / length : 0;
      crossing.widthM = line.widthM;
      crossing.fid = mStreets.featureIds[l];
      crossing.street = mStreets.names[l];
      crossing.pedestrian = mStreets.pedestrian[l];
      crossing.drivable = line.drivable;
      crossing.node = node;
      addCrossing( crossing );
    }
  }
  mImpactNodes.assign( impactNodes.begin(), impactNodes.end() );
  mEntryNodes.assign( entryNodes.begin(), entryNodes.end() );
}

void ApproachStudy::addCrossing( const StreetCrossing &crossing )
{
  // Streets meeting on the edge make one crossing: the widest names it; it is pedestrian only if all are.
  const double sameCrossingM = std::max( mSettings.toleranceM, 0.01 );
  const auto same =
      std::find_if( mCrossings.begin(), mCrossings.end(),
                    [&]( const StreetCrossing &c ) {
                      return std::hypot( c.point.x - crossing.point.x, c.point.y - crossing.point.y ) <= sameCrossingM;
                    } );
  if ( same == mCrossings.end() )
  {
    mCrossings.push_back( crossing );
    return;
  }
  const bool pedestrianOnly = same->pedestrian && crossing.pedestrian;
  const int sameNode = same->node >= 0 ? same->node : crossing.node;
  if ( crossing.widthM > same->widthM )
    *same = crossing;
  same->pedestrian = pedestrianOnly;
  same->node = sameNode;
  same->drivable = sameNode >= 0;
}

void ApproachStudy::setEntries()
{
  mEntries.clear();
  mEntryAtSpeedLimit.clear();
  for ( const int node : mEntryNodes )
    for ( int i = mGraph->outgoingBegin( node ); i < mGraph->outgoingEnd( node ); ++i )
    {
      const int directed = mGraph->outgoingEdge( i );
      const std::size_t line = static_cast<std::size_t>( mGraph->edgeLine( domain::StreetGraph::edgeOf( directed ) ) );
      const std::optional<double> limitKmh = mStreets.speedLimitsKmh[line];
      mEntries.push_back( { directed, mSettings.entrySpeedMs( limitKmh ) } );
      mEntryAtSpeedLimit.push_back( limitKmh.has_value() );
    }
}

std::optional<double> ApproachStudy::entrySpeedMs( const domain::ImpactResult &impact ) const
{
  if ( impact.entryIndex < 0 || impact.entryIndex >= static_cast<int>( mEntries.size() ) )
    return std::nullopt;
  return mEntries[static_cast<std::size_t>( impact.entryIndex )].speedMs;
}

domain::ApproachOptions ApproachStudy::searchOptions( const domain::AccelerationModel &model, double friction,
                                                      double entryFactor ) const
{
  domain::ApproachOptions options;
  options.friction = friction;
  options.rolloverThresholdG = mSettings.vehicle.rolloverThresholdG;
  options.kerbRadiusM = mSettings.kerbRadiusM;
  options.digitisingToleranceM = mSettings.digitisingToleranceM;
  options.respectOneway = mSettings.respectOneway;
  options.startAtRestAnywhere = true;
  options.entries = mEntries;
  for ( domain::EntryStart &entry : options.entries )
  {
    const int line = mGraph->edgeLine( domain::StreetGraph::edgeOf( entry.directedEdge ) );
    entry.speedMs = mSettings.entrySpeedMs( mStreets.speedLimitsKmh[static_cast<std::size_t>( line )], entryFactor,
                                            model.maxSpeed() );
  }
  // After the streets' entries: entrySpeedMs() knows only those (a rest start is not an entry into the area).
  if ( mOpenGround )
  {
    const std::vector<domain::EntryStart> rest = mOpenGround->restStarts( *mGraph, model );
    options.entries.insert( options.entries.end(), rest.begin(), rest.end() );
  }
  return options;
}

bool ApproachStudy::search( QgsProcessingFeedback *feedback )
{
  setEntries();
  const domain::AccelerationModel model( mSettings.vehicle.accelMs2, mSettings.vehicle.maxSpeedMs );
  const domain::ApproachOptions options = searchOptions( model, mSettings.friction, 1 );
  if ( mOpenGround )
    mOpenGround->useRestStarts( model, static_cast<int>( mEntries.size() ), options.entries );
  mSearch = std::make_unique<domain::ApproachSearch>( *mGraph, model, options );
  return mSearch->run( [feedback] { return feedback->isCanceled(); } );
}

bool ApproachStudy::rateOnRanges( QgsProcessingFeedback *feedback, double progressFrom, double progressTo )
{
  const std::optional<std::vector<domain::ImpactSpread>> spreads =
      sampleImpactSpreads( *this, feedback, progressFrom, progressTo );
  if ( !spreads )
    return false;
  std::size_t point = 0; // edge impacts, then crossings (sampleImpactSpreads)
  const auto rateOnSpread = [&]( const domain::ImpactResult &impact, std::optional<domain::ImpactSpread> &spread,
                                 domain::BarrierRatings &ratings )
  {
    const domain::ImpactSpread &sampled = ( *spreads )[point++];
    if ( !impact.reachable )
      return;
    spread = sampled;
    ratings = rate( ratingSpeedMs( impact.speedMs, spread ) );
  };
  for ( EdgeImpact &impact : mEdgeImpacts )
    rateOnSpread( impact.impact, impact.spread, impact.ratings );
  for ( StreetCrossing &crossing : mCrossings )
    rateOnSpread( crossing.impact, crossing.spread, crossing.ratings );
  if ( mOpenGround )
    mOpenGround->rateOnSpreads(
        std::vector<domain::ImpactSpread>( spreads->begin() + static_cast<std::ptrdiff_t>( point ), spreads->end() ),
        [this]( double speedMs ) { return rate( speedMs ); } );
  return true;
}

domain::ImpactResult ApproachStudy::fastestAt( int node, double lineDx, double lineDy, int *arrivingEdge ) const
{
  domain::ImpactResult best;
  for ( int i = mGraph->outgoingBegin( node ); i < mGraph->outgoingEnd( node ); ++i )
  {
    const int arriving = domain::StreetGraph::reverseOf( mGraph->outgoingEdge( i ) );
    domain::ImpactResult result =
        mSearch->impact( { arriving, mGraph->edgeLengthM( domain::StreetGraph::edgeOf( arriving ) ), lineDx, lineDy } );
    if ( result.reachable && ( !best.reachable || result.speedMs > best.speedMs ) )
    {
      best = std::move( result );
      if ( arrivingEdge )
        *arrivingEdge = arriving;
    }
  }
  if ( mOpenGround )
    mOpenGround->completeRestStart( best, *mGraph );
  return best;
}

domain::BarrierRatings ApproachStudy::rate( double speedMs ) const
{
  try
  {
    return domain::requiredBarrierRatingsWithPenetration( mSettings.vehicle, speedMs, mSettings.allowedPenetrationM );
  }
  catch ( const std::invalid_argument &e )
  {
    throw QgsProcessingException(
        tr( "Could not rate the barrier for %1: %2" )
            .arg( translatedVehicleName( mSettings.vehicle.name ), QString::fromUtf8( e.what() ) ) );
  }
}

void ApproachStudy::rateCrossings()
{
  for ( StreetCrossing &crossing : mCrossings )
  {
    if ( crossing.node < 0 )
      continue;
    // The barrier runs across the street: the impact angle is measured against it.
    crossing.impact = fastestAt( crossing.node, -crossing.dy, crossing.dx, nullptr );
    if ( crossing.impact.reachable )
      crossing.ratings = rate( crossing.impact.speedMs );
  }
}

void ApproachStudy::rateEdgeImpacts( const QgsGeometry &protectedEdge )
{
  mEdgeImpacts.clear();
  for ( const int node : mImpactNodes )
  {
    const domain::PlanePoint p = mGraph->nodePoint( node );
    const auto [dx, dy] = edgeDirectionAt( protectedEdge, QgsPointXY( p.x, p.y ) );
    EdgeImpact impact;
    impact.node = node;
    int arriving = -1;
    impact.impact = fastestAt( node, dx, dy, &arriving );
    if ( impact.impact.reachable )
    {
      impact.ratings = rate( impact.impact.speedMs );
      impact.fid =
          mStreets.featureIds[static_cast<std::size_t>( mGraph->edgeLine( domain::StreetGraph::edgeOf( arriving ) ) )];
    }
    mEdgeImpacts.push_back( std::move( impact ) );
  }
}

QStringList ApproachStudy::modelNotes() const
{
  const domain::VehicleClass &vehicle = mSettings.vehicle;
  const double lateralG =
      domain::lateralAccelerationLimitMs2( mSettings.friction, vehicle.rolloverThresholdG ) / domain::kStandardGravity;
  QStringList notes;
  notes << tr( "Bends and junction turns: lateral limit %1 g, the lower of FRICTION %2 and the vehicle's rollover "
               "threshold %3 g; junction corners with a kerb radius of %4 m." )
               .arg( lateralG, 0, 'f', 2 )
               .arg( mSettings.friction )
               .arg( vehicle.rolloverThresholdG )
               .arg( mSettings.kerbRadiusM );
  std::vector<double> limitsKmh, defaultsKmh;
  for ( std::size_t i = 0; i < mEntries.size(); ++i )
    ( mEntryAtSpeedLimit[i] ? limitsKmh : defaultsKmh ).push_back( domain::msToKmh( mEntries[i].speedMs ) );
  const auto [lowest, highest] = std::minmax_element( limitsKmh.begin(), limitsKmh.end() );
  notes << ( limitsKmh.empty()
                 ? tr( "Entry speeds: %n entr(y/ies) into the study area, all at START_SPEED_KMH (%1 km/h, at most the "
                       "vehicle's top speed): no street has a speed limit in MAXSPEED_FIELD%2.",
                       nullptr, static_cast<int>( mEntries.size() ) )
                       .arg( domain::msToKmh( mSettings.entrySpeedMs() ), 0, 'f', 0 )
                       .arg( mSettings.maxspeedField.isEmpty() ? tr( " (none chosen)" ) : QString() )
                 : tr( "Entry speeds: %1 of %n entr(y/ies) into the study area at their street's speed limit (field "
                       "\"%2\": %3 to %4 km/h, at most the vehicle's top speed), %5 at START_SPEED_KMH (%6 km/h).",
                       nullptr, static_cast<int>( mEntries.size() ) )
                       .arg( limitsKmh.size() )
                       .arg( mSettings.maxspeedField )
                       .arg( *lowest, 0, 'f', 0 )
                       .arg( *highest, 0, 'f', 0 )
                       .arg( defaultsKmh.size() )
                       .arg( domain::msToKmh( mSettings.entrySpeedMs() ), 0, 'f', 0 ) );
  return notes;
}

void ApproachStudy::setOpenGround( const OpenGroundLayers &layers )
{
  if ( layers.empty() )
    mOpenGround.reset();
  else
    mOpenGround = std::make_unique<OpenGroundStudy>( layers, mSettings.openGround );
}

std::vector<double> ApproachStudy::speedsTowardProtectedAreaMs() const
{
  std::vector<int> arriving;
  for ( const int node : mImpactNodes )
    for ( int i = mGraph->outgoingBegin( node ); i < mGraph->outgoingEnd( node ); ++i )
      arriving.push_back( domain::StreetGraph::reverseOf( mGraph->outgoingEdge( i ) ) );
  if ( mOpenGround )
  {
    const std::vector<int> targets = mOpenGround->approachEdges( *mGraph );
    arriving.insert( arriving.end(), targets.begin(), targets.end() );
  }
  return mSearch ? mSearch->maxSpeedTowardMs( arriving ) : std::vector<double>( mGraph->edgeCount(), -1.0 );
}

} // namespace eventsecurity
