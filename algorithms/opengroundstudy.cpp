#include "opengroundstudy.h"

#include "approachranges.h"
#include "numberformat.h"
#include "vehicledynamics.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>

#include <chrono>
#include <cmath>
#include <stdexcept>

namespace eventsecurity
{

namespace
{
//! \a streets as the open ground's lines: each street piece keeps its feature's values (a cut end stays cut only
//! where the piece ends as the feature did); legs have no feature, name or speed limit and are never cut.
void takeOpenGroundLines( const domain::OpenGround &ground, StreetNetwork &streets )
{
  StreetNetwork lines;
  lines.featuresRead = streets.featuresRead;
  lines.featuresExcluded = streets.featuresExcluded;
  lines.evaluationError = streets.evaluationError;
  for ( std::size_t l = 0; l < ground.lines.size(); ++l )
  {
    const domain::LineOrigin &origin = ground.origins[l];
    lines.lines.push_back( ground.lines[l] );
    if ( origin.street < 0 )
    {
      lines.featureIds.push_back( FID_NULL );
      lines.startIsCut.push_back( false );
      lines.endIsCut.push_back( false );
      lines.names.push_back( QString() );
      lines.pedestrian.push_back( false );
      lines.speedLimitsKmh.push_back( std::nullopt );
      continue;
    }
    const std::size_t street = static_cast<std::size_t>( origin.street );
    lines.featureIds.push_back( streets.featureIds[street] );
    lines.startIsCut.push_back( origin.startIsStreetStart && streets.startIsCut[street] );
    lines.endIsCut.push_back( origin.endIsStreetEnd && streets.endIsCut[street] );
    lines.names.push_back( streets.names[street] );
    lines.pedestrian.push_back( streets.pedestrian[street] );
    lines.speedLimitsKmh.push_back( streets.speedLimitsKmh[street] );
  }
  streets = std::move( lines );
}

double widestStreetM( const StreetNetwork &streets )
{
  double widest = 0;
  for ( const domain::StreetLine &line : streets.lines )
    widest = std::max( widest, line.widthM );
  return widest;
}
} // namespace

OpenGroundStudy::OpenGroundStudy( const OpenGroundLayers &layers, const OpenGroundSettings &settings )
    : mLayers( layers ), mSettings( settings )
{
}

bool OpenGroundStudy::build( const QgsGeometry &protectedArea, const QgsGeometry &studyArea, double vehicleWidthM,
                             double toleranceM, StreetNetwork &streets, QgsProcessingContext &context,
                             QgsProcessingFeedback *feedback )
{
  domain::OpenGroundOptions options;
  options.vehicleWidthM = vehicleWidthM;
  options.impactSpacingM = mSettings.impactSpacingM;
  options.snapToleranceM = toleranceM;
  // The domain keeps its points at least 4 tolerances apart (a wide TOLERANCE_M coarsens the attach points).
  options.attachSpacingM = std::max( options.attachSpacingM, 4 * toleranceM );
  options.removableBarriersOpen = mSettings.removableBarriersOpen;
  mVehicleWidthM = vehicleWidthM;
  // Obstacles matter as far out as the free space reaches: the corridors of the streets beside the open areas.
  const double marginM = 0.5 * widestStreetM( streets ) + options.pavementWidthM + vehicleWidthM;
  OpenGroundRead read = readOpenGround( mLayers, mSettings, studyArea, marginM, context, feedback );
  if ( feedback->isCanceled() )
    return false;
  mWarnings = read.warnings;
  mNotes = read.notes;
  domain::OpenGroundInput input;
  input.openAreas = std::move( read.openAreas );
  input.obstacleAreas = std::move( read.obstacleAreas );
  input.obstacleLines = std::move( read.obstacleLines );
  input.obstaclePoints = std::move( read.obstaclePoints );
  // Snapped to a millimetre and made valid: a union of touching parts (the cordon and the queues at its entries)
  // can leave micro-slivers that GEOS accepts and Boost.Geometry reads as an outline touching itself.
  input.protectedAreas = planePolygons( protectedArea.snappedToGrid( 1e-3, 1e-3 ).makeValid() );
  input.streets = streets.lines;
  mOpenAreas = static_cast<int>( input.openAreas.size() );
  mObstacleShapes = static_cast<int>( input.obstacleAreas.size() + input.obstacleLines.size() );
  mObstaclePoints = static_cast<int>( input.obstaclePoints.size() );
  const auto start = std::chrono::steady_clock::now();
  try
  {
    mGround = domain::buildOpenGround( input, options, [feedback] { return feedback->isCanceled(); } );
  }
  catch ( const std::invalid_argument &e )
  {
    throw QgsProcessingException(
        tr( "The open ground could not be built: %1. Check OPEN_AREAS, OBSTACLES and IMPACT_SPACING_M." )
            .arg( QString::fromUtf8( e.what() ) ) );
  }
  mBuildSeconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - start ).count();
  if ( mGround.canceled )
    return false;
  takeOpenGroundLines( mGround, streets );
  return true;
}

std::vector<domain::EntryStart> OpenGroundStudy::restStarts( const domain::StreetGraph &graph,
                                                             const domain::AccelerationModel &model ) const
{
  return domain::openGroundRestStarts( graph, mGround, model );
}

void OpenGroundStudy::useRestStarts( const domain::AccelerationModel &model, int firstRestStart,
                                     const std::vector<domain::EntryStart> &entries )
{
  mModel.emplace( model );
  mFirstRestStart = firstRestStart;
  mRestStarts.assign( entries.begin() + firstRestStart, entries.end() );
}

void OpenGroundStudy::completeRestStart( domain::ImpactResult &impact, const domain::StreetGraph &graph ) const
{
  const int k = impact.entryIndex - mFirstRestStart;
  if ( !impact.reachable || !mModel || k < 0 || k >= static_cast<int>( mRestStarts.size() ) || impact.route.empty() )
    return;
  const domain::EntryStart &start = mRestStarts[static_cast<std::size_t>( k )];
  const double runM = mModel->runupDistance( start.speedMs );
  const domain::PlanePoint a = graph.directedPoint( start.directedEdge, 0 );
  const domain::PlanePoint b = graph.directedPoint( start.directedEdge, 1 );
  const double length = std::hypot( b.x - a.x, b.y - a.y );
  if ( !( runM > 0 ) || !std::isfinite( runM ) || !( length > 0 ) )
    return;
  impact.route.insert( impact.route.begin(),
                       { { a.x - runM * ( b.x - a.x ) / length, a.y - runM * ( b.y - a.y ) / length }, 0.0 } );
  impact.routeM += runM;
  if ( impact.runupStartPoint == 0 )
    impact.runupM += runM;
  else
    ++impact.runupStartPoint;
  impact.startSpeedMs = 0;
  impact.entryIndex = -1;
}

void OpenGroundStudy::rateTargets( const domain::StreetGraph &graph, const domain::ApproachSearch &search,
                                   const StreetNetwork &streets,
                                   const std::function<domain::BarrierRatings( const domain::ImpactResult & )> &rate )
{
  mStretches.clear();
  mTargets.clear();
  for ( const domain::ProtectedStretch &stretch : mGround.stretches )
    mStretches.push_back(
        { stretch.points, stretch.closed, stretch.lengthM, stretch.firstTarget, stretch.targetCount, 0, -1 } );
  for ( int t = 0; t < static_cast<int>( mGround.targets.size() ); ++t )
  {
    const domain::ImpactTarget &target = mGround.targets[static_cast<std::size_t>( t )];
    TargetImpact impact;
    impact.point = target.point;
    impact.stretch = target.stretch;
    int arriving = -1;
    impact.impact = fastestAtTarget( graph, search, t, &arriving );
    if ( impact.impact.reachable )
    {
      completeRestStart( impact.impact, graph );
      impact.ratings = rate( impact.impact );
      impact.fid =
          streets.featureIds[static_cast<std::size_t>( graph.edgeLine( domain::StreetGraph::edgeOf( arriving ) ) )];
      StretchImpact &stretch = mStretches[static_cast<std::size_t>( target.stretch )];
      ++stretch.reached;
      if ( stretch.fastest < 0 ||
           impact.impact.speedMs > mTargets[static_cast<std::size_t>( stretch.fastest )].impact.speedMs )
        stretch.fastest = t;
    }
    mTargets.push_back( std::move( impact ) );
  }
}

domain::ImpactResult OpenGroundStudy::fastestAtTarget( const domain::StreetGraph &graph,
                                                       const domain::ApproachSearch &search, int target,
                                                       int *arrivingEdge ) const
{
  domain::ImpactResult fastest;
  for ( const domain::ImpactLocation &location : domain::targetApproaches( graph, mGround, target ) )
  {
    domain::ImpactResult result = search.impact( location );
    if ( result.reachable && ( !fastest.reachable || result.speedMs > fastest.speedMs ) )
    {
      fastest = std::move( result );
      if ( arrivingEdge )
        *arrivingEdge = location.directedEdge;
    }
  }
  return fastest;
}

void OpenGroundStudy::rateOnSpreads( const std::vector<domain::ImpactSpread> &spreads,
                                     const std::function<domain::BarrierRatings( double )> &rate )
{
  const auto ratingMs = [this]( int t )
  {
    const TargetImpact &target = mTargets[static_cast<std::size_t>( t )];
    return ratingSpeedMs( target.impact.speedMs, target.spread );
  };
  for ( std::size_t t = 0; t < mTargets.size() && t < spreads.size(); ++t )
  {
    TargetImpact &target = mTargets[t];
    if ( !target.impact.reachable )
      continue;
    target.spread = spreads[t];
    target.ratings = rate( ratingSpeedMs( target.impact.speedMs, target.spread ) );
  }
  // The barrier line along a stretch is rated for its critical target: the one with the highest rating speed.
  for ( StretchImpact &stretch : mStretches )
    for ( int t = stretch.firstTarget; t < stretch.firstTarget + stretch.targetCount; ++t )
      if ( mTargets[static_cast<std::size_t>( t )].impact.reachable &&
           ( stretch.fastest < 0 || ratingMs( t ) > ratingMs( stretch.fastest ) ) )
        stretch.fastest = t;
}

std::vector<int> OpenGroundStudy::approachEdges( const domain::StreetGraph &graph ) const
{
  return domain::targetApproachEdges( graph, mGround );
}

const TargetImpact *OpenGroundStudy::fastest() const
{
  const TargetImpact *fastest = nullptr;
  for ( const TargetImpact &target : mTargets )
    if ( target.impact.reachable && ( !fastest || target.impact.speedMs > fastest->impact.speedMs ) )
      fastest = &target;
  return fastest;
}

QStringList OpenGroundStudy::notes() const
{
  const domain::OpenGroundStats &s = mGround.stats;
  double stretchM = 0;
  for ( const StretchImpact &stretch : mStretches )
    stretchM += stretch.lengthM;
  QStringList notes = mNotes;
  notes << tr( "Open ground: %1 in the study area, %2 near them, %3; free space %4 m² for a vehicle %5 m wide." )
               .arg( tr( "%n open area polygon(s)", nullptr, static_cast<int>( mOpenAreas ) ),
                     tr( "%n obstacle polygon(s) and line(s)", nullptr, static_cast<int>( mObstacleShapes ) ),
                     tr( "%n obstacle point(s)", nullptr, static_cast<int>( mObstaclePoints ) ),
                     localeNumber( s.freeAreaM2, 0 ), localeNumber( mVehicleWidthM, 2 ) );
  notes << tr( "Open ground: %1 between %2, %3 and %4 on %5 of the protected area's edge (%6 m); built in %7 s." )
               .arg( tr( "%n leg(s)", nullptr, static_cast<int>( s.legs ) ),
                     tr( "%n corner(s)", nullptr, static_cast<int>( s.cornerNodes + s.startNodes ) ),
                     tr( "%n street attach point(s)", nullptr, static_cast<int>( s.attachNodes ) ),
                     tr( "%n impact point(s)", nullptr, static_cast<int>( mTargets.size() ) ),
                     tr( "%n stretch(es)", nullptr, static_cast<int>( mStretches.size() ) ),
                     localeNumber( stretchM, 0 ), localeNumber( mBuildSeconds, 2 ) );
  if ( s.closingBarriers > 0 )
    notes << tr( "%n barrier point(s) on streets close %1 to vehicles.", nullptr,
                 static_cast<int>( s.closingBarriers ) )
                 .arg( tr( "%n street line(s)", nullptr, static_cast<int>( s.closedStreets ) ) );
  return notes;
}

} // namespace eventsecurity
