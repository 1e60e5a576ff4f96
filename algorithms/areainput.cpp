#include "areainput.h"

#include "eventsecuritycompat.h"
#include "metriccrs.h"

#include <qgsfeaturerequest.h>
#include <qgsfeaturesource.h>
#include <qgsfeedback.h>

#include <QCoreApplication>

namespace eventsecurity
{

namespace
{
// The translation context of this file's texts (lupdate reads it from the class).
struct AreaInputTexts
{
  Q_DECLARE_TR_FUNCTIONS( AreaInputTexts )
};

// A polygon as GEOS can work with it: invalid ones repaired; nothing when no part of it has an area.
QgsGeometry validPolygon( const QgsGeometry &geometry, AreaInput &input )
{
  if ( geometry.isGeosValid() )
    return geometry;
  QgsGeometry repaired = geometry.makeValid();
  if ( repaired.isNull() || !repaired.convertGeometryCollectionToSubclass( compat::PolygonGeometry ) ||
       repaired.isEmpty() || !( repaired.area() > 0 ) )
  {
    ++input.dropped;
    return QgsGeometry();
  }
  ++input.repaired;
  return repaired;
}
} // namespace

AreaInput readArea( const QgsFeatureSource &source, const QgsCoordinateTransform &toMetric, const QString &nameField,
                    QgsFeedback *feedback )
{
  AreaInput input;
  const int nameIndex = nameField.isEmpty() ? -1 : source.fields().lookupField( nameField );
  QgsFeatureRequest request;
  request.setSubsetOfAttributes( nameIndex >= 0 ? QgsAttributeList{ nameIndex } : QgsAttributeList() );
  QgsFeatureIterator it = source.getFeatures( request );
  QgsFeature feature;
  QVector<QgsGeometry> parts;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback && feedback->isCanceled() )
      return AreaInput();
    if ( !feature.hasGeometry() )
      continue;
    ++input.polygons;
    QgsGeometry geometry = feature.geometry();
    transformOrThrow( geometry, toMetric );
    geometry = validPolygon( geometry, input );
    if ( !geometry.isNull() )
      parts << geometry;
    if ( nameIndex >= 0 && input.name.isEmpty() )
      input.name = feature.attribute( nameIndex ).toString();
  }
  if ( !parts.isEmpty() )
    input.area = QgsGeometry::unaryUnion( parts );
  return input;
}

QStringList areaRepairWarnings( const AreaInput &input, const QString &layerName )
{
  QStringList warnings;
  if ( input.repaired > 0 )
    warnings << AreaInputTexts::tr( "%n polygon(s) of %1 were invalid (a ring crossing itself, for example) and were "
                                    "repaired with QGIS's make valid: check that the result is the area you meant.",
                                    nullptr, input.repaired )
                    .arg( layerName );
  if ( input.dropped > 0 )
    warnings << AreaInputTexts::tr( "%n polygon(s) of %1 were invalid and have no area (a ring along a line, for "
                                    "example): they were left out.",
                                    nullptr, input.dropped )
                    .arg( layerName );
  return warnings;
}

} // namespace eventsecurity
