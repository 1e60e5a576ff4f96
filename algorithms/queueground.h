#pragma once

#include "approachstudy.h"
#include "streetnetworkreader.h"

#include <qgsgeometry.h>
#include <qgspointxy.h>

#include <vector>

namespace eventsecurity
{

//! A stretch of one street line that a queue stands on, from the entry outward.
struct QueueStretch
{
  int line = -1;        //!< index into StreetNetwork::lines
  QgsPolylineXY points; //!< metric frame, in walking order (away from the cordon)
};

/**
 * Where a queue stands: from the entry's crossing, outward along the approach street.
 *
 * THE RULE. The walk starts at the street line whose cut end is the crossing (the line of the crossing's
 * feature when several meet there) and follows it away from the cordon. Where the line ends at a junction
 * (another line's end or vertex within the join tolerance) it goes on along the STRAIGHTEST continuation
 * (least turn; ties: the longer line), footways included, as people keep to the way they are on; it never
 * uses a line twice. It stops at the queue's length, or earlier where the street ends: a dead end, the edge
 * of the study area, or back at the cordon (a cut end). Stopping short is a SPILL: the queue is longer than
 * the street it can follow and stands somewhere the plan does not show.
 */
struct QueuePath
{
  std::vector<QueueStretch> stretches; //!< the lines followed, in order (empty when the street was not found)
  double lengthM = 0;                  //!< drawn length, at most the queue's
  bool spills = false;                 //!< the street ended before the queue's length
  bool found = false;                  //!< a street line ends at the crossing

  //! Every point of the path in order (junction points once).
  QgsPolylineXY points() const;
};

/**
 * The path of a queue \a lengthM long from \a crossing along \a streets (the approach study's streets, clipped
 * outside the cordon); line ends within \a joinToleranceM are a junction (the approach study's TOLERANCE_M,
 * at least 1 cm).
 */
QueuePath queuePath( const StreetNetwork &streets, const StreetCrossing &crossing, double lengthM,
                     double joinToleranceM );

/**
 * The queue on the ground: the path grown by half \a widthM on each side with flat ends (a strip \a widthM
 * wide centred on the street line, starting across the street at the crossing and ending across it at the
 * queue's end), without what lies inside \a cordon. Empty for an empty path or one of no length.
 */
QgsGeometry queuePolygon( const QueuePath &path, double widthM, const QgsGeometry &cordon );

/**
 * A line grown by \a halfWidthM on each side with flat ends and round joins: the ground a street of twice that
 * width covers along \a points.
 */
QgsGeometry flatStrip( const QgsPolylineXY &points, double halfWidthM );

} // namespace eventsecurity
