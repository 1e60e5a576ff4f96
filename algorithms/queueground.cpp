#include "queueground.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace eventsecurity
{

namespace
{
// Segments per quarter circle of a queue strip's round joins (the drawing only: the length is the path's).
constexpr int kStripSegments = 8;

//! One way the walk can go on from a junction: a line from one of its points, in one direction.
struct Continuation
{
  int line = -1;
  QgsPolylineXY points; //!< from the junction on
  bool endIsCut = false;
  double lengthM = 0;
};

double polylineLength( const QgsPolylineXY &points )
{
  double length = 0;
  for ( int i = 1; i < points.size(); ++i )
    length += std::sqrt( points[i - 1].sqrDist( points[i] ) );
  return length;
}

QgsPolylineXY linePoints( const domain::StreetLine &line, int from, int step )
{
  QgsPolylineXY points;
  for ( int i = from; i >= 0 && i < static_cast<int>( line.points.size() ); i += step )
    points << QgsPointXY( line.points[static_cast<std::size_t>( i )].x, line.points[static_cast<std::size_t>( i )].y );
  return points;
}

Continuation continuation( const StreetNetwork &streets, int line, int from, int step )
{
  Continuation c;
  c.line = line;
  c.points = linePoints( streets.lines[static_cast<std::size_t>( line )], from, step );
  c.endIsCut = step > 0 ? streets.endIsCut[static_cast<std::size_t>( line )]
                        : streets.startIsCut[static_cast<std::size_t>( line )];
  c.lengthM = polylineLength( c.points );
  return c;
}

bool within( const domain::PlanePoint &a, const QgsPointXY &b, double toleranceM )
{
  return std::hypot( a.x - b.x(), a.y - b.y() ) <= toleranceM;
}

//! The line and direction that start at the crossing: its own feature's line first, else the nearest cut end.
Continuation firstStretch( const StreetNetwork &streets, const StreetCrossing &crossing, double toleranceM )
{
  const QgsPointXY at( crossing.point.x, crossing.point.y );
  Continuation best;
  double bestDistance = toleranceM;
  bool bestOwnFeature = false;
  for ( std::size_t l = 0; l < streets.lines.size(); ++l )
  {
    const std::vector<domain::PlanePoint> &points = streets.lines[l].points;
    for ( const bool atStart : { true, false } )
    {
      if ( !( atStart ? streets.startIsCut[l] : streets.endIsCut[l] ) )
        continue;
      const domain::PlanePoint &end = atStart ? points.front() : points.back();
      const double distance = std::hypot( end.x - at.x(), end.y - at.y() );
      const bool ownFeature = streets.featureIds[l] == crossing.fid;
      if ( distance > toleranceM || ( bestOwnFeature && !ownFeature ) ||
           ( ownFeature == bestOwnFeature && best.line >= 0 && distance >= bestDistance ) )
        continue;
      const int line = static_cast<int>( l );
      best = atStart ? continuation( streets, line, 0, 1 )
                     : continuation( streets, line, static_cast<int>( points.size() ) - 1, -1 );
      bestDistance = distance;
      bestOwnFeature = ownFeature;
    }
  }
  return best;
}

//! Every way on from \a junction over lines not used yet: from their ends, and both ways from an inner vertex.
std::vector<Continuation> continuations( const StreetNetwork &streets, const QgsPointXY &junction,
                                         const std::set<int> &used, double toleranceM )
{
  std::vector<Continuation> found;
  for ( std::size_t l = 0; l < streets.lines.size(); ++l )
  {
    const int line = static_cast<int>( l );
    if ( used.count( line ) )
      continue;
    const std::vector<domain::PlanePoint> &points = streets.lines[l].points;
    const int last = static_cast<int>( points.size() ) - 1;
    for ( int i = 0; i <= last; ++i )
    {
      if ( !within( points[static_cast<std::size_t>( i )], junction, toleranceM ) )
        continue;
      if ( i < last )
        found.push_back( continuation( streets, line, i, 1 ) );
      if ( i > 0 )
        found.push_back( continuation( streets, line, i, -1 ) );
      break;
    }
  }
  return found;
}

//! Turn in radians from the direction a -> b into b -> c (0 straight on, pi back).
double turnRad( const QgsPointXY &a, const QgsPointXY &b, const QgsPointXY &c )
{
  const double in = std::atan2( b.y() - a.y(), b.x() - a.x() );
  const double out = std::atan2( c.y() - b.y(), c.x() - b.x() );
  double turn = std::fabs( out - in );
  return turn > M_PI ? 2 * M_PI - turn : turn;
}

//! The straightest of \a options after the last segment a -> b (ties: the longer); nullptr when there is none.
const Continuation *straightest( const std::vector<Continuation> &options, const QgsPointXY &a, const QgsPointXY &b )
{
  const Continuation *best = nullptr;
  double bestTurn = 0;
  for ( const Continuation &option : options )
  {
    if ( option.points.size() < 2 )
      continue;
    const double turn = turnRad( a, b, option.points[1] );
    if ( !best || turn < bestTurn - 1e-9 || ( std::fabs( turn - bestTurn ) <= 1e-9 && option.lengthM > best->lengthM ) )
    {
      best = &option;
      bestTurn = turn;
    }
  }
  return best;
}

//! \a points cut at \a lengthM along them.
QgsPolylineXY truncated( const QgsPolylineXY &points, double lengthM )
{
  QgsPolylineXY kept{ points.front() };
  double walked = 0;
  for ( int i = 1; i < points.size(); ++i )
  {
    const double segment = std::sqrt( points[i - 1].sqrDist( points[i] ) );
    if ( walked + segment >= lengthM )
    {
      const double t = segment > 0 ? ( lengthM - walked ) / segment : 0;
      kept << QgsPointXY( points[i - 1].x() + t * ( points[i].x() - points[i - 1].x() ),
                          points[i - 1].y() + t * ( points[i].y() - points[i - 1].y() ) );
      return kept;
    }
    walked += segment;
    kept << points[i];
  }
  return kept;
}
} // namespace

QgsPolylineXY QueuePath::points() const
{
  QgsPolylineXY all;
  for ( const QueueStretch &stretch : stretches )
    for ( int i = all.isEmpty() ? 0 : 1; i < stretch.points.size(); ++i )
      all << stretch.points[i];
  return all;
}

QueuePath queuePath( const StreetNetwork &streets, const StreetCrossing &crossing, double lengthM,
                     double joinToleranceM )
{
  QueuePath path;
  const double toleranceM = std::max( joinToleranceM, 0.01 );
  Continuation next = firstStretch( streets, crossing, toleranceM );
  path.found = next.line >= 0;
  if ( !path.found || !( lengthM > 0 ) )
    return path;
  std::set<int> used;
  while ( true )
  {
    used.insert( next.line );
    const double left = lengthM - path.lengthM;
    if ( next.lengthM >= left )
    {
      path.stretches.push_back( { next.line, truncated( next.points, left ) } );
      path.lengthM = lengthM;
      return path;
    }
    path.stretches.push_back( { next.line, next.points } );
    path.lengthM += next.lengthM;
    const QgsPolylineXY &walked = path.stretches.back().points;
    if ( next.endIsCut )
      break; // the study area's edge, or back at the cordon
    const std::vector<Continuation> options = continuations( streets, walked.back(), used, toleranceM );
    const Continuation *best = straightest( options, walked[walked.size() - 2], walked.back() );
    if ( !best )
      break; // a dead end
    next = *best;
  }
  path.spills = true;
  return path;
}

QgsGeometry flatStrip( const QgsPolylineXY &points, double halfWidthM )
{
  return QgsGeometry::fromPolylineXY( points ).buffer( halfWidthM, kStripSegments, Qgis::EndCapStyle::Flat,
                                                       Qgis::JoinStyle::Round, 2 );
}

QgsGeometry queuePolygon( const QueuePath &path, double widthM, const QgsGeometry &cordon )
{
  const QgsPolylineXY points = path.points();
  if ( points.size() < 2 || !( path.lengthM > 0 ) )
    return QgsGeometry();
  return flatStrip( points, 0.5 * widthM ).difference( cordon );
}

} // namespace eventsecurity
