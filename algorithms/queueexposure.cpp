#include "queueexposure.h"

#include <qgsgeometryengine.h>
#include <qgsprocessingfeedback.h>

#include <algorithm>
#include <cmath>

namespace eventsecurity
{

namespace
{
// A graph node this close to a queue stands on its edge (the cut ends lie on it to rounding).
constexpr double kOnQueueM = 0.01;
// What lies within a millimetre of the cordon counts as on it (the queue starts on the cordon's edge).
constexpr double kOnCordonM = 0.001;
// Segments per quarter circle of the reach margins' round corners.
constexpr int kReachSegments = 8;
// Speeds closer than this are the same vehicle seen twice [m/s]: the one with a route is reported.
constexpr double kSameSpeedMs = 1e-3;

QgsPolylineXY edgePolyline( const domain::StreetGraph &graph, int edge )
{
  QgsPolylineXY points;
  for ( int i = 0; i < graph.edgePointCount( edge ); ++i )
    points << QgsPointXY( graph.edgePoint( edge, i ).x, graph.edgePoint( edge, i ).y );
  return points;
}

QgsRectangle edgeBox( const domain::StreetGraph &graph, int edge )
{
  QgsRectangle box;
  box.setMinimal();
  for ( int i = 0; i < graph.edgePointCount( edge ); ++i )
    box.combineExtentWith( graph.edgePoint( edge, i ).x, graph.edgePoint( edge, i ).y );
  return box;
}

QgsRectangle lineBox( const domain::StreetLine &line )
{
  QgsRectangle box;
  box.setMinimal();
  for ( const domain::PlanePoint &p : line.points )
    box.combineExtentWith( p.x, p.y );
  return box;
}

//! The carriageway along \a points (\a widthM wide), grown by \a marginM all round.
QgsGeometry reachArea( const QgsPolylineXY &points, double widthM, double marginM )
{
  return flatStrip( points, 0.5 * widthM ).buffer( marginM, kReachSegments );
}

int partCount( const QgsGeometry &geometry )
{
  return geometry.isEmpty() ? 0 : static_cast<int>( geometry.asGeometryCollection().size() );
}
} // namespace

QueueExposureStudy::QueueExposureStudy( const ApproachStudy &cordonStudy, const QgsGeometry &cordon,
                                        double reachMarginM )
    : mCordonStudy( cordonStudy ), mCordon( cordon ), mCordonGrown( cordon.buffer( kOnCordonM, kReachSegments ) ),
      mReachMarginM( reachMarginM ), mCordonSpeedsMs( cordonStudy.speedsTowardProtectedAreaMs() )
{
}

QueueExposureStudy::~QueueExposureStudy() = default;

bool QueueExposureStudy::run( const std::vector<QgsGeometry> &queues, const QgsProcessingFeatureSource &network,
                              const QgsCoordinateTransform &networkToMetric, QgsProcessingContext &context,
                              QgsProcessingFeedback *feedback, double progressFrom, double progressTo )
{
  QVector<QgsGeometry> parts{ mCordon };
  for ( const QgsGeometry &queue : queues )
    if ( !queue.isEmpty() )
      parts << queue;
  mProtectedArea = QgsGeometry::unaryUnion( parts );
  // The queues' exposure is the deterministic model's (SAMPLES applies to the cordon's crossings and edge): a
  // sampled second study would double the ranged run's time for figures the queue's options do not rate on.
  ApproachSettings settings = mCordonStudy.settings();
  settings.ranges.samples = 0;
  mQueueStudy = std::make_unique<ApproachStudy>( settings );
  // The same open ground as the cordon's (issue 13): a vehicle may cross a square to a queue as to the cordon.
  if ( const OpenGroundStudy *openGround = mCordonStudy.openGround() )
    mQueueStudy->setOpenGround( openGround->layers() );
  if ( !mQueueStudy->run( network, networkToMetric, mProtectedArea, context, feedback, progressFrom, progressTo ) )
    return false;
  mQueueSpeedsMs = mQueueStudy->speedsTowardProtectedAreaMs();
  return true;
}

QueueExposure QueueExposureStudy::exposure( const QgsGeometry &queue, const QueuePath &path, double queueWidthM,
                                            const StreetCrossing &entry ) const
{
  QueueExposure exposure;
  const QgsGeometry edge = edgeOutsideCordon( queue );
  const EdgeImpact ending = fastestEndingAt( queue );
  if ( ending.impact.reachable )
  {
    exposure.impact = ending.impact;
    exposure.kind = QueueImpactKind::EndsAtQueue;
    exposure.street = ending.fid;
  }
  const std::vector<Reach> beside = besideReaches( queue, path, queueWidthM );
  const std::vector<Reach> facing = facingReaches( edge );
  double fastestMs = exposure.impact.reachable ? exposure.impact.speedMs : -1;
  const auto consider = [&]( const Reach &reach, QueueImpactKind kind )
  {
    if ( reach.speedMs > fastestMs + kSameSpeedMs ) // -1: no vehicle on it heads toward a queue or the cordon
    {
      // Beside the queue the route is the cordon study's along the queue's street to the entry.
      exposure.impact =
          kind == QueueImpactKind::BesideQueue && entry.impact.reachable ? entry.impact : domain::ImpactResult();
      exposure.impact.reachable = true;
      exposure.kind = kind;
      exposure.street = reach.street;
    }
    fastestMs = std::max( fastestMs, reach.speedMs );
  };
  for ( const Reach &reach : beside )
    consider( reach, QueueImpactKind::BesideQueue );
  for ( const Reach &reach : facing )
    consider( reach, QueueImpactKind::FacingQueue );
  if ( exposure.impact.reachable )
    exposure.impact.speedMs = fastestMs; // the fastest of all, whichever route is shown

  QVector<QgsGeometry> reaches;
  for ( const std::vector<Reach> *list : { &beside, &facing } )
    for ( const Reach &reach : *list )
      reaches << reach.area;
  if ( !reaches.isEmpty() )
    exposure.barrierM = edge.intersection( QgsGeometry::unaryUnion( reaches ) ).length();
  exposure.bombDistanceM = beside.empty() ? carriagewayDistanceM( queue ) : 0;
  moveLine( queue, path, queueWidthM, exposure );
  return exposure;
}

EdgeImpact QueueExposureStudy::fastestEndingAt( const QgsGeometry &queue ) const
{
  EdgeImpact fastest;
  for ( const EdgeImpact &impact : mQueueStudy->edgeImpacts() )
  {
    if ( !impact.impact.reachable || ( fastest.impact.reachable && impact.impact.speedMs <= fastest.impact.speedMs ) )
      continue;
    const domain::PlanePoint p = mQueueStudy->graph().nodePoint( impact.node );
    if ( queue.distance( QgsGeometry::fromPointXY( QgsPointXY( p.x, p.y ) ) ) <= kOnQueueM )
      fastest = impact;
  }
  // Over open ground: the impact points along the stretches of the queue's edge that open ground reaches.
  if ( const OpenGroundStudy *openGround = mQueueStudy->openGround() )
    for ( const TargetImpact &target : openGround->targetImpacts() )
    {
      if ( !target.impact.reachable || ( fastest.impact.reachable && target.impact.speedMs <= fastest.impact.speedMs ) )
        continue;
      const QgsGeometry point = QgsGeometry::fromPointXY( QgsPointXY( target.point.x, target.point.y ) );
      if ( queue.distance( point ) > kOnQueueM || mCordonGrown.contains( point ) )
        continue;
      fastest = EdgeImpact();
      fastest.impact = target.impact;
      fastest.fid = target.fid;
    }
  return fastest;
}

std::vector<QueueExposureStudy::Reach>
QueueExposureStudy::besideReaches( const QgsGeometry &queue, const QueuePath &path, double queueWidthM ) const
{
  const StreetNetwork &streets = mCordonStudy.streets();
  const domain::StreetGraph &graph = mCordonStudy.graph();
  std::vector<Reach> reaches;
  for ( const QueueStretch &stretch : path.stretches )
  {
    const domain::StreetLine &line = streets.lines[static_cast<std::size_t>( stretch.line )];
    if ( !line.drivable || !( line.widthM > queueWidthM ) )
      continue;
    Reach reach{ reachArea( stretch.points, line.widthM, mReachMarginM ), -1,
                 streets.featureIds[static_cast<std::size_t>( stretch.line )] };
    for ( int e = 0; e < graph.edgeCount(); ++e )
      if ( graph.edgeLine( e ) == stretch.line &&
           QgsGeometry::fromPolylineXY( edgePolyline( graph, e ) ).intersects( queue ) )
        reach.speedMs = std::max( reach.speedMs, mCordonSpeedsMs[static_cast<std::size_t>( e )] );
    reaches.push_back( std::move( reach ) );
  }
  return reaches;
}

std::vector<QueueExposureStudy::Reach> QueueExposureStudy::facingReaches( const QgsGeometry &edge ) const
{
  const domain::StreetGraph &graph = mQueueStudy->graph();
  const QgsRectangle box = edge.boundingBox();
  std::vector<Reach> reaches;
  for ( int e = 0; e < graph.edgeCount(); ++e )
  {
    const double width = graph.edgeWidthM( e );
    QgsRectangle near = edgeBox( graph, e );
    near.grow( 0.5 * width + mReachMarginM );
    if ( !near.intersects( box ) )
      continue;
    QgsGeometry area = reachArea( edgePolyline( graph, e ), width, mReachMarginM );
    if ( !area.intersects( edge ) )
      continue;
    const int line = graph.edgeLine( e );
    reaches.push_back( { std::move( area ), mQueueSpeedsMs[static_cast<std::size_t>( e )],
                         mQueueStudy->streets().featureIds[static_cast<std::size_t>( line )] } );
  }
  return reaches;
}

double QueueExposureStudy::carriagewayDistanceM( const QgsGeometry &queue ) const
{
  const domain::StreetGraph &graph = mQueueStudy->graph();
  const QgsRectangle box = queue.boundingBox();
  // Nearest first by bounding box, so the exact distances stop once no box can beat the best.
  std::vector<std::pair<double, int>> byBox;
  double widest = 0;
  for ( int e = 0; e < graph.edgeCount(); ++e )
  {
    const QgsRectangle around = edgeBox( graph, e );
    const double dx = std::max( { 0.0, around.xMinimum() - box.xMaximum(), box.xMinimum() - around.xMaximum() } );
    const double dy = std::max( { 0.0, around.yMinimum() - box.yMaximum(), box.yMinimum() - around.yMaximum() } );
    byBox.emplace_back( std::hypot( dx, dy ), e );
    widest = std::max( widest, graph.edgeWidthM( e ) );
  }
  std::sort( byBox.begin(), byBox.end() );
  std::unique_ptr<QgsGeometryEngine> engine( QgsGeometry::createGeometryEngine( queue.constGet() ) );
  engine->prepareGeometry();
  double nearest = std::numeric_limits<double>::infinity();
  for ( const auto &[boxDistance, e] : byBox )
  {
    if ( boxDistance - 0.5 * widest >= nearest )
      break;
    const QgsGeometry line = QgsGeometry::fromPolylineXY( edgePolyline( graph, e ) );
    nearest = std::min( nearest, std::max( 0.0, engine->distance( line.constGet() ) - 0.5 * graph.edgeWidthM( e ) ) );
  }
  return nearest;
}

void QueueExposureStudy::moveLine( const QgsGeometry &queue, const QueuePath &path, double queueWidthM,
                                   QueueExposure &exposure ) const
{
  const StreetNetwork &streets = mCordonStudy.streets();
  QVector<QgsGeometry> parts{ queue };
  for ( const QueueStretch &stretch : path.stretches )
    parts << flatStrip( stretch.points,
                        0.5 * std::max( streets.lines[static_cast<std::size_t>( stretch.line )].widthM, queueWidthM ) );
  const QgsGeometry enclosure = QgsGeometry::unaryUnion( parts ).difference( mCordon );
  const QgsGeometry line = edgeOutsideCordon( enclosure );
  exposure.moveLineM = line.length();
  const QgsRectangle box = line.boundingBox();
  for ( std::size_t l = 0; l < streets.lines.size(); ++l )
  {
    if ( !streets.lines[l].drivable || !lineBox( streets.lines[l] ).intersects( box ) )
      continue;
    QgsPolylineXY points;
    for ( const domain::PlanePoint &p : streets.lines[l].points )
      points << QgsPointXY( p.x, p.y );
    const QgsGeometry street = QgsGeometry::fromPolylineXY( points );
    const int cuts = partCount( line.intersection( street ) );
    exposure.moveCrossings += cuts;
    exposure.moveBarrierM += cuts * streets.lines[l].widthM;
  }
}

QgsGeometry QueueExposureStudy::edgeOutsideCordon( const QgsGeometry &geometry ) const
{
  return QgsGeometry( geometry.constGet()->boundary() ).difference( mCordonGrown );
}

} // namespace eventsecurity
