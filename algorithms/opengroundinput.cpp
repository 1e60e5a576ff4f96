#include "opengroundinput.h"

#include "areainput.h"
#include "eventsecuritycompat.h"
#include "metriccrs.h"

#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsexpressioncontext.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfeedback.h>
#include <qgsgeometryengine.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingutils.h>

#include <QCoreApplication>

#include <cmath>
#include <memory>
#include <optional>

namespace eventsecurity
{

namespace
{
// The translation context of this file's texts (lupdate reads it from the class).
struct OpenGroundInputTexts
{
  Q_DECLARE_TR_FUNCTIONS( OpenGroundInputTexts )
};

// Segments per quarter circle of the region the obstacles must come within.
constexpr int kRegionSegments = 8;

//! What was done to one layer's geometries, for the notes.
struct LayerCounts
{
  int repaired = 0; //!< invalid polygons repaired
  int dropped = 0;  //!< invalid polygons without area, left out
  int curved = 0;   //!< curves made straight
};

//! The geometry of \a feature made usable in the metric frame: reprojected, curves made straight, an invalid polygon
//! repaired; null when there is nothing usable.
QgsGeometry usableGeometry( const QgsFeature &feature, const QgsCoordinateTransform &toMetric, LayerCounts &counts )
{
  QgsGeometry geometry = feature.geometry();
  if ( geometry.isNull() || geometry.isEmpty() )
    return QgsGeometry();
  transformOrThrow( geometry, toMetric );
  if ( QgsWkbTypes::isCurvedType( geometry.wkbType() ) )
  {
    geometry = QgsGeometry( geometry.constGet()->segmentize() );
    ++counts.curved;
  }
  if ( geometry.type() != compat::PolygonGeometry )
    return geometry;
  return validPolygon( geometry, counts.repaired, counts.dropped );
}

//! Only the features near \a region: the layer's spatial index does the work.
QgsFeatureRequest requestNear( const QgsGeometry &region, const QgsCoordinateTransform &toMetric )
{
  QgsFeatureRequest request;
  try
  {
    request.setFilterRect( toMetric.transformBoundingBox( region.boundingBox(), Qgis::TransformDirection::Reverse ) );
  }
  catch ( QgsCsException & )
  {
    // Unfiltered: every feature is tested against the region.
  }
  return request;
}

std::vector<domain::PlanePoint> planeLine( const QgsPolylineXY &line, bool ring )
{
  std::vector<domain::PlanePoint> points;
  const int count = ring && line.size() > 1 && line.front() == line.back() ? line.size() - 1 : line.size();
  points.reserve( static_cast<std::size_t>( count ) );
  for ( int i = 0; i < count; ++i )
    points.push_back( { line.at( i ).x(), line.at( i ).y() } );
  return points;
}

void addNotes( const LayerCounts &counts, const QString &layer, OpenGroundRead &read )
{
  read.warnings << polygonRepairWarnings( counts.repaired, counts.dropped, layer );
  if ( counts.curved > 0 )
    read.notes << OpenGroundInputTexts::tr( "%n curved geometr(y/ies) of %1 were made of straight segments.", nullptr,
                                            counts.curved )
                      .arg( layer );
}

//! Reads OPEN_AREAS: clipped to the study area and joined.
QgsGeometry readOpenAreas( const OpenGroundLayer &layer, const QgsGeometry &studyArea, QgsFeedback *feedback,
                           OpenGroundRead &read )
{
  std::unique_ptr<QgsGeometryEngine> region( QgsGeometry::createGeometryEngine( studyArea.constGet() ) );
  region->prepareGeometry();
  LayerCounts counts;
  QVector<QgsGeometry> parts;
  QgsFeatureIterator it = layer.source->getFeatures( requestNear( studyArea, layer.toMetric ).setNoAttributes() );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback && feedback->isCanceled() )
      break;
    const QgsGeometry geometry = usableGeometry( feature, layer.toMetric, counts );
    if ( geometry.type() != compat::PolygonGeometry || !region->intersects( geometry.constGet() ) )
      continue;
    const QgsGeometry clipped = polygonal( QgsGeometry( region->intersection( geometry.constGet() ) ) );
    if ( !clipped.isNull() )
      parts << clipped;
  }
  addNotes( counts, layer.name, read );
  return parts.isEmpty() ? QgsGeometry() : QgsGeometry::unaryUnion( parts );
}

//! Whether a point counts as removable: REMOVABLE_EXPRESSION, prepared for one layer.
class RemovableTest
{
public:
  RemovableTest( const QString &text, const OpenGroundLayer &layer, QgsProcessingContext &context,
                 OpenGroundRead &read )
      : mContext( context.expressionContext() )
  {
    if ( text.trimmed().isEmpty() )
      return;
    QgsExpression expression( text );
    QStringList missing;
    for ( const QString &field : expression.referencedColumns() )
      if ( field != QgsFeatureRequest::ALL_ATTRIBUTES && layer.source->fields().lookupField( field ) < 0 )
        missing << field;
    if ( !missing.isEmpty() )
    {
      mMissingNote = OpenGroundInputTexts::tr( "%1 has no field %2 that REMOVABLE_EXPRESSION reads: its points "
                                               "count as fixed barriers." )
                         .arg( layer.name, missing.join( QStringLiteral( ", " ) ) );
      mRead = &read;
      return;
    }
    mContext.appendScope( layer.source->createExpressionContextScope() );
    mExpression.emplace( expression );
    mExpression->prepare( &mContext );
  }

  bool removable( const QgsFeature &feature, QString &error )
  {
    if ( mRead && !mMissingNote.isEmpty() )
    {
      mRead->notes << mMissingNote; // once, and only for a layer that has points
      mMissingNote.clear();
    }
    if ( !mExpression )
      return false;
    mContext.setFeature( feature );
    const bool result = mExpression->evaluate( &mContext ).toBool();
    if ( mExpression->hasEvalError() && error.isEmpty() )
      error = mExpression->evalErrorString();
    return result;
  }

private:
  QgsExpressionContext mContext;
  std::optional<QgsExpression> mExpression;
  QString mMissingNote;
  OpenGroundRead *mRead = nullptr;
};

//! The radius of a point obstacle: its field's number, else the default; throws for a negative or huge one.
double pointRadiusM( const QgsFeature &feature, int radiusIndex, const OpenGroundSettings &settings,
                     const OpenGroundLayer &layer, int &withoutNumber )
{
  if ( radiusIndex < 0 )
    return settings.obstacleRadiusM;
  bool ok = false;
  const QVariant value = feature.attribute( radiusIndex );
  const double radius = value.isNull() ? 0 : value.toDouble( &ok );
  if ( !ok || !std::isfinite( radius ) )
  {
    ++withoutNumber;
    return settings.obstacleRadiusM;
  }
  if ( radius < 0 || radius > kMaxObstacleRadiusM )
    throw QgsProcessingException(
        OpenGroundInputTexts::tr( "OBSTACLE_RADIUS_FIELD: feature %1 of %2 has the radius %3 m: a point obstacle's "
                                  "radius must be 0 or more and at most %4 m (draw a larger obstacle as a polygon)." )
            .arg( feature.id() )
            .arg( layer.name )
            .arg( radius )
            .arg( kMaxObstacleRadiusM ) );
  return radius;
}

//! The points of one obstacle layer's feature, each a disc (removable or not).
void addPoints( const QgsGeometry &geometry, double radiusM, bool removable, const QgsGeometryEngine &studyArea,
                OpenGroundRead &read )
{
  for ( const QgsGeometry &part : geometry.asGeometryCollection() )
  {
    const QgsPointXY p = part.asPoint();
    const QgsGeometry point = QgsGeometry::fromPointXY( p );
    if ( studyArea.intersects( point.constGet() ) )
      read.obstaclePoints.push_back( { { p.x(), p.y() }, radiusM, removable } );
  }
}

//! The polygons or lines of one obstacle layer's feature.
void addShapes( const QgsGeometry &geometry, OpenGroundRead &read )
{
  if ( geometry.type() == compat::PolygonGeometry )
  {
    const std::vector<domain::PlanePolygon> polygons = planePolygons( geometry );
    read.obstacleAreas.insert( read.obstacleAreas.end(), polygons.begin(), polygons.end() );
    return;
  }
  for ( const QgsGeometry &part : geometry.asGeometryCollection() )
  {
    std::vector<domain::PlanePoint> line = planeLine( part.asPolyline(), false );
    if ( line.size() >= 2 )
      read.obstacleLines.push_back( std::move( line ) );
  }
}

//! Reads one OBSTACLES layer: polygons and lines near the open areas (\a nearOpenGround, null: none), points in the
//! study area.
void readObstacles( const OpenGroundLayer &layer, const OpenGroundSettings &settings, const QgsGeometry &studyArea,
                    const QgsGeometryEngine *nearOpenGround, QgsProcessingContext &context, QgsFeedback *feedback,
                    OpenGroundRead &read )
{
  std::unique_ptr<QgsGeometryEngine> inStudyArea( QgsGeometry::createGeometryEngine( studyArea.constGet() ) );
  inStudyArea->prepareGeometry();
  const int radiusIndex =
      settings.obstacleRadiusField.isEmpty() ? -1 : layer.source->fields().lookupField( settings.obstacleRadiusField );
  RemovableTest removable( settings.removableExpression, layer, context, read );
  LayerCounts counts;
  int points = 0, withoutNumber = 0;
  QString evaluationError;
  QgsFeatureIterator it = layer.source->getFeatures( requestNear( studyArea, layer.toMetric ) );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback && feedback->isCanceled() )
      return;
    const QgsGeometry geometry = usableGeometry( feature, layer.toMetric, counts );
    if ( geometry.isNull() )
      continue;
    if ( geometry.type() == compat::PointGeometry )
    {
      ++points;
      const double radius = pointRadiusM( feature, radiusIndex, settings, layer, withoutNumber );
      addPoints( geometry, radius, removable.removable( feature, evaluationError ), *inStudyArea, read );
    }
    else if ( nearOpenGround && nearOpenGround->intersects( geometry.constGet() ) )
      addShapes( geometry, read );
  }
  addNotes( counts, layer.name, read );
  if ( points > 0 && !settings.obstacleRadiusField.isEmpty() && radiusIndex < 0 )
    read.notes << OpenGroundInputTexts::tr( "%1 has no field \"%2\" (OBSTACLE_RADIUS_FIELD): its points have the "
                                            "radius OBSTACLE_RADIUS_M, %3 m." )
                      .arg( layer.name, settings.obstacleRadiusField )
                      .arg( settings.obstacleRadiusM );
  if ( withoutNumber > 0 )
    read.notes << OpenGroundInputTexts::tr( "%n point(s) of %1 have no number in \"%2\": they have the radius "
                                            "OBSTACLE_RADIUS_M, %3 m.",
                                            nullptr, withoutNumber )
                      .arg( layer.name, settings.obstacleRadiusField )
                      .arg( settings.obstacleRadiusM );
  if ( !evaluationError.isEmpty() )
    read.notes << OpenGroundInputTexts::tr( "REMOVABLE_EXPRESSION could not be evaluated on every point of %1 (%2): "
                                            "those points count as fixed barriers." )
                      .arg( layer.name, evaluationError );
}
} // namespace

std::vector<domain::PlanePolygon> planePolygons( const QgsGeometry &geometry )
{
  std::vector<domain::PlanePolygon> polygons;
  for ( const QgsGeometry &part : geometry.asGeometryCollection() )
  {
    const QgsPolygonXY rings = part.asPolygon();
    if ( rings.isEmpty() || rings.front().size() < 4 )
      continue;
    domain::PlanePolygon polygon{ planeLine( rings.front(), true ), {} };
    for ( int i = 1; i < rings.size(); ++i )
      if ( rings.at( i ).size() >= 4 )
        polygon.holes.push_back( planeLine( rings.at( i ), true ) );
    polygons.push_back( std::move( polygon ) );
  }
  return polygons;
}

OpenGroundRead readOpenGround( const OpenGroundLayers &layers, const OpenGroundSettings &settings,
                               const QgsGeometry &studyArea, double obstacleMarginM, QgsProcessingContext &context,
                               QgsFeedback *feedback )
{
  OpenGroundRead read;
  QgsGeometry openAreas;
  for ( const OpenGroundLayer &layer : layers.openAreas )
    openAreas = readOpenAreas( layer, studyArea, feedback, read );
  read.openAreas = planePolygons( openAreas );
  std::unique_ptr<QgsGeometryEngine> nearOpenGround;
  QgsGeometry region;
  if ( !openAreas.isEmpty() )
  {
    region = openAreas.buffer( obstacleMarginM, kRegionSegments );
    nearOpenGround.reset( QgsGeometry::createGeometryEngine( region.constGet() ) );
    nearOpenGround->prepareGeometry();
  }
  for ( const OpenGroundLayer &layer : layers.obstacles )
  {
    if ( feedback && feedback->isCanceled() )
      break;
    readObstacles( layer, settings, studyArea, nearOpenGround.get(), context, feedback, read );
  }
  return read;
}

} // namespace eventsecurity
