#include "cordongeometry.h"

#include <qgslinestring.h>
#include <qgsmultipolygon.h>
#include <qgspolygon.h>

#include <cmath>

namespace eventsecurity
{

double circumscribedRadius( double radius, int segmentsPerQuarter )
{
  return radius / std::cos( M_PI / ( 4.0 * segmentsPerQuarter ) );
}

QgsGeometry circumscribedBuffer( const QgsGeometry &geometry, double distance, int segmentsPerQuarter )
{
  return geometry.buffer( circumscribedRadius( distance, segmentsPerQuarter ), segmentsPerQuarter );
}

std::unique_ptr<QgsLineString> circleRing( const QgsPointXY &centre, double radius, int segmentsPerQuarter,
                                           bool clockwise )
{
  const int count = 4 * segmentsPerQuarter;
  const double vertexRadius = circumscribedRadius( radius, segmentsPerQuarter );
  QVector<double> x( count + 1 ), y( count + 1 );
  for ( int i = 0; i < count; ++i )
  {
    const double angle = ( clockwise ? -2.0 : 2.0 ) * M_PI * i / count;
    x[i] = centre.x() + vertexRadius * std::cos( angle );
    y[i] = centre.y() + vertexRadius * std::sin( angle );
  }
  x[count] = x[0];
  y[count] = y[0];
  return std::make_unique<QgsLineString>( x, y );
}

QgsGeometry buildableCordon( const QgsGeometry &eventArea, double barrierLineM, double streetWidthM,
                             int *droppedSlivers )
{
  const QgsGeometry grown =
      barrierLineM > 0 ? circumscribedBuffer( eventArea, barrierLineM, kCordonSegmentsPerQuarter ) : eventArea;
  const double half = 0.5 * streetWidthM;
  QgsGeometry closed = grown.buffer( half, kCordonSegmentsPerQuarter ).buffer( -half, kCordonSegmentsPerQuarter );
  closed = QgsGeometry::unaryUnion( QVector<QgsGeometry>() << closed << grown );

  auto result = std::make_unique<QgsMultiPolygon>();
  const double sliverArea = streetWidthM * streetWidthM;
  *droppedSlivers = 0;
  for ( const QgsGeometry &part : closed.asGeometryCollection() )
  {
    const QgsPolygon *polygon = qgsgeometry_cast<const QgsPolygon *>( part.constGet() );
    if ( !polygon || !polygon->exteriorRing() )
      continue;
    auto filled = std::make_unique<QgsPolygon>();
    filled->setExteriorRing( polygon->exteriorRing()->clone() ); // holes filled
    if ( filled->area() < sliverArea )
    {
      ++*droppedSlivers;
      continue;
    }
    result->addGeometry( filled.release() );
  }
  QgsGeometry cordon( std::move( result ) );
  // Parts filled out may now overlap; a union makes the multipolygon valid.
  return QgsGeometry::unaryUnion( QVector<QgsGeometry>() << cordon );
}

} // namespace eventsecurity
