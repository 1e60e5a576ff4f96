#pragma once

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>

#include <QString>
#include <QStringList>

class QgsFeatureSource;
class QgsFeedback;

namespace eventsecurity
{

//! The polygons of an area layer (a venue, a protected area) in the metric frame, as one geometry.
struct AreaInput
{
  QgsGeometry area; //!< the union of the polygons; empty when none has an area
  QString name;     //!< the first non-empty value of the name field (empty when there is none)
  int polygons = 0; //!< features with a geometry
  int repaired = 0; //!< invalid polygons repaired with make valid
  int dropped = 0;  //!< invalid polygons left out: nothing of them has an area (a ring along a line)
};

/**
 * Reads the polygons of \a source into the metric frame (\a toMetric) and unions them. An invalid polygon (a
 * ring that crosses itself...) is repaired with GEOS make valid (QgsGeometry::makeValid) and its polygonal
 * parts kept; the repairs are counted so the algorithm can say so. \a nameField names the area (empty: none).
 * Throws the QgsProcessingException of transformOrThrow() for a geometry that cannot be reprojected.
 * Returns an empty area when \a feedback is cancelled.
 */
AreaInput readArea( const QgsFeatureSource &source, const QgsCoordinateTransform &toMetric, const QString &nameField,
                    QgsFeedback *feedback );

//! The polygons of \a geometry (a polygon, or those of a collection: GEOS's results may be either); null when none
//! has an area.
QgsGeometry polygonal( QgsGeometry geometry );

/**
 * \a geometry as GEOS can work with it: as it is when valid; else repaired with GEOS make valid and its polygonal
 * parts kept (counted in \a repaired), or null when nothing of it has an area (counted in \a dropped).
 */
QgsGeometry validPolygon( const QgsGeometry &geometry, int &repaired, int &dropped );

/**
 * What the user should know about the polygons read from the layer \a layerName: how many were repaired and how
 * many left out, in plain words, one warning per line (empty when all were valid).
 */
QStringList polygonRepairWarnings( int repaired, int dropped, const QString &layerName );

//! polygonRepairWarnings() for the polygons of \a input.
QStringList areaRepairWarnings( const AreaInput &input, const QString &layerName );

} // namespace eventsecurity
