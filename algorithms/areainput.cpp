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
    geometry = validPolygon( geometry, input.repaired, input.dropped );
    if ( !geometry.isNull() )
      parts << geometry;
    if ( nameIndex >= 0 && input.name.isEmpty() )
      input.name = feature.attribute( nameIndex ).toString();
  }
  if ( !parts.isEmpty() )
    input.area = QgsGeometry::unaryUnion( parts );
  return input;
}

QgsGeometry polygonal( QgsGeometry geometry )
{
  if ( geometry.isNull() || ( QgsWkbTypes::isMultiType( geometry.wkbType() ) &&
                              !geometry.convertGeometryCollectionToSubclass( compat::PolygonGeometry ) ) )
    return QgsGeometry();
  if ( geometry.type() != compat::PolygonGeometry || geometry.isEmpty() || !( geometry.area() > 0 ) )
    return QgsGeometry();
  return geometry;
}

QgsGeometry validPolygon( const QgsGeometry &geometry, int &repaired, int &dropped )
{
  if ( geometry.isGeosValid() )
    return geometry;
  const QgsGeometry valid = polygonal( geometry.makeValid() );
  ++( valid.isNull() ? dropped : repaired );
  return valid;
}

QStringList polygonRepairWarnings( int repaired, int dropped, const QString &layerName )
{
  QStringList warnings;
  if ( repaired > 0 )
    warnings << AreaInputTexts::tr( "%n polygon(s) of %1 were invalid (a ring crossing itself, for example) and were "
                                    "repaired with QGIS's make valid: check that the result is the area you meant.",
                                    nullptr, repaired )
                    .arg( layerName );
  if ( dropped > 0 )
    warnings << AreaInputTexts::tr( "%n polygon(s) of %1 were invalid and have no area (a ring along a line, for "
                                    "example): they were left out.",
                                    nullptr, dropped )
                    .arg( layerName );
  return warnings;
}

QStringList areaRepairWarnings( const AreaInput &input, const QString &layerName )
{
  return polygonRepairWarnings( input.repaired, input.dropped, layerName );
}

} // namespace eventsecurity
