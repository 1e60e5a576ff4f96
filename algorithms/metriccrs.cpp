#include "metriccrs.h"

#include <qgsexception.h>
#include <qgsdistancearea.h>
#include <qgsprocessingutils.h>
#include <qgsabstractgeometry.h>

#include <QCoreApplication>
#include <qgsunittypes.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace eventsecurity
{

namespace
{
// Accept the source CRS when its planar distances are within this fraction of the ground distance.
constexpr double kMaxScaleError = 0.001;
// No real coordinate is this large: a million kilometres in a metric CRS, far beyond any in degrees.
constexpr double kMaxCoordinate = 1e9;
} // namespace

MetricFrame::MetricFrame( const QgsCoordinateReferenceSystem &sourceCrs, const QgsRectangle &extentInSourceCrs,
                          const QgsCoordinateTransformContext &transformContext )
    : mSourceCrs( sourceCrs ), mCrs( sourceCrs ), mTransformContext( transformContext )
{
  if ( !sourceCrs.isValid() )
    return; // no CRS: coordinates are taken as metres

  const QgsPointXY centre = extentInSourceCrs.isNull() ? QgsPointXY( 0, 0 ) : extentInSourceCrs.center();
  if ( !sourceCrs.isGeographic() && sourceCrs.mapUnits() == QgsUnitTypes::DistanceMeters &&
       std::fabs( scaleError( sourceCrs, centre, transformContext ) - 1.0 ) < kMaxScaleError )
    return;

  // Centre of the data in geographic coordinates, for a transverse Mercator centred on it.
  const QgsCoordinateReferenceSystem wgs84( QStringLiteral( "EPSG:4326" ) );
  QgsPointXY lonLat = centre;
  try
  {
    lonLat = QgsCoordinateTransform( sourceCrs, wgs84, transformContext ).transform( centre );
  }
  catch ( QgsCsException & )
  {
    lonLat = QgsPointXY( 0, 0 );
  }
  if ( !std::isfinite( lonLat.x() ) || !std::isfinite( lonLat.y() ) )
    lonLat = QgsPointXY( 0, 0 );
  const double lat = std::clamp( lonLat.y(), -89.0, 89.0 );
  const double lon = std::clamp( lonLat.x(), -180.0, 180.0 );
  mCrs = QgsCoordinateReferenceSystem::fromProj(
      QStringLiteral(
          "+proj=tmerc +lat_0=%1 +lon_0=%2 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +towgs84=0,0,0 +units=m +no_defs" )
          .arg( lat, 0, 'f', 6 )
          .arg( lon, 0, 'f', 6 ) );
}

QgsCoordinateTransform MetricFrame::toMetric( const QgsCoordinateReferenceSystem &crs ) const
{
  if ( !crs.isValid() || !mCrs.isValid() )
    return QgsCoordinateTransform();
  return QgsCoordinateTransform( crs, mCrs, mTransformContext );
}

QgsCoordinateTransform MetricFrame::fromMetric( const QgsCoordinateReferenceSystem &crs ) const
{
  if ( !crs.isValid() || !mCrs.isValid() )
    return QgsCoordinateTransform();
  return QgsCoordinateTransform( mCrs, crs, mTransformContext );
}

double MetricFrame::scaleError( const QgsCoordinateReferenceSystem &crs, const QgsPointXY &centre,
                                const QgsCoordinateTransformContext &transformContext )
{
  QgsDistanceArea ellipsoid;
  ellipsoid.setSourceCrs( crs, transformContext );
  ellipsoid.setEllipsoid( crs.ellipsoidAcronym().isEmpty() ? QStringLiteral( "WGS84" ) : crs.ellipsoidAcronym() );
  // A 1 km diagonal probe at the centre.
  const double step = 707.1;
  const QgsPointXY a( centre.x() - step / 2, centre.y() - step / 2 );
  const QgsPointXY b( centre.x() + step / 2, centre.y() + step / 2 );
  try
  {
    const double ground = ellipsoid.measureLine( a, b );
    const double planar = a.distance( b );
    if ( ground > 0 && std::isfinite( ground ) )
      return ground / planar;
  }
  catch ( QgsCsException & )
  {
  }
  return std::numeric_limits<double>::infinity();
}

void transformOrThrow( QgsGeometry &geometry, const QgsCoordinateTransform &transform )
{
  if ( transform.isValid() && !transform.isShortCircuited() )
  {
    try
    {
      geometry.transform( transform );
    }
    catch ( QgsCsException &e )
    {
      throw QgsProcessingException(
          QCoreApplication::translate( "MetricFrame", "Could not reproject a geometry (%1); check the layers' CRS." )
              .arg( e.what() ) );
    }
  }
  // GEOS crashes on NaN or astronomically large coordinates (a transform may yield them without throwing).
  QgsVertexIterator vertices = geometry.vertices();
  while ( vertices.hasNext() )
  {
    const QgsPoint vertex = vertices.next();
    if ( !std::isfinite( vertex.x() ) || !std::isfinite( vertex.y() ) || std::fabs( vertex.x() ) > kMaxCoordinate ||
         std::fabs( vertex.y() ) > kMaxCoordinate )
      throw QgsProcessingException(
          QCoreApplication::translate(
              "MetricFrame",
              "A feature has coordinates that are not finite numbers (NaN or infinite) or lie far outside "
              "its layer's CRS (%1, %2): fix or remove it, or check the layer's CRS." )
              .arg( vertex.x() )
              .arg( vertex.y() ) );
  }
}

} // namespace eventsecurity
