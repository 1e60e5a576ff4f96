#include "streetnetworkreader.h"

#include "metriccrs.h"

#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsexpressioncontext.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometryengine.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingutils.h>

#include "eventsecuritycompat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>

namespace eventsecurity
{

namespace
{
// The translation context of this file's texts (lupdate reads it from the class).
struct StreetNetworkReader
{
    Q_DECLARE_TR_FUNCTIONS( StreetNetworkReader )
};

// Clipped parts keep the feature's digitised direction (one-way rules depend on it): a part whose first
// segment runs against the original line at that place is reversed.
void keepDirection( QgsPolylineXY &part, const QgsGeometry &original )
{
  const QgsPointXY a = part.at( 0 ), b = part.at( 1 );
  const QgsPointXY middle( 0.5 * ( a.x() + b.x() ), 0.5 * ( a.y() + b.y() ) );
  const double along = original.lineLocatePoint( QgsGeometry::fromPointXY( middle ) );
  const double azimuth = original.interpolateAngle( along ); // radians, clockwise from north
  if ( ( b.x() - a.x() ) * std::sin( azimuth ) + ( b.y() - a.y() ) * std::cos( azimuth ) < 0 )
    std::reverse( part.begin(), part.end() );
}

void appendLine( const QgsPolylineXY &polyline, bool startIsCut, bool endIsCut, const domain::StreetLine &attributes,
                 QgsFeatureId fid, StreetNetwork &network )
{
  if ( polyline.size() < 2 )
    return;
  domain::StreetLine line = attributes;
  line.points.reserve( static_cast<std::size_t>( polyline.size() ) );
  for ( const QgsPointXY &p : polyline )
    line.points.push_back( { p.x(), p.y() } );
  network.lines.push_back( std::move( line ) );
  network.featureIds.push_back( fid );
  network.startIsCut.push_back( startIsCut );
  network.endIsCut.push_back( endIsCut );
}
} // namespace

domain::OneWay onewayFromValue( const QVariant &value )
{
  if ( value.isNull() )
    return domain::OneWay::No;
  const QString text = value.toString().trimmed().toLower();
  if ( text == QLatin1String( "yes" ) || text == QLatin1String( "true" ) || text == QLatin1String( "1" ) )
    return domain::OneWay::Forward;
  if ( text == QLatin1String( "-1" ) || text == QLatin1String( "reverse" ) )
    return domain::OneWay::Backward;
  return domain::OneWay::No;
}

StreetNetwork readStreetNetwork( QgsProcessingFeatureSource &source, const QgsCoordinateTransform &toMetric,
                                 const StreetNetworkSettings &settings, QgsProcessingContext &context,
                                 QgsProcessingFeedback *feedback, double progressFrom, double progressTo )
{
  StreetNetwork network;
  const QgsFields fields = source.fields();
  const int widthIndex = settings.widthField.isEmpty() ? -1 : fields.lookupField( settings.widthField );
  if ( !settings.widthField.isEmpty() && widthIndex < 0 )
    throw QgsProcessingException(
        StreetNetworkReader::tr( "The width field \"%1\" is not in the network layer: choose one of its fields or none." )
            .arg( settings.widthField ) );
  const int onewayIndex = settings.onewayField.isEmpty() ? -1 : fields.lookupField( settings.onewayField );
  if ( !settings.onewayField.isEmpty() && onewayIndex < 0 )
    throw QgsProcessingException(
        StreetNetworkReader::tr( "The one-way field \"%1\" is not in the network layer: choose one of its fields or none." )
            .arg( settings.onewayField ) );

  QgsExpressionContext expressionContext = context.expressionContext();
  expressionContext.appendScope( source.createExpressionContextScope() );
  std::unique_ptr<QgsExpression> exclude;
  if ( !settings.excludeExpression.trimmed().isEmpty() )
  {
    exclude = std::make_unique<QgsExpression>( settings.excludeExpression );
    if ( exclude->hasParserError() )
      throw QgsProcessingException(
          StreetNetworkReader::tr( "The exclusion expression is not valid: %1" ).arg( exclude->parserErrorString() ) );
    exclude->prepare( &expressionContext );
  }

  QgsFeatureRequest request;
  std::unique_ptr<QgsGeometryEngine> regionEngine;
  const bool clip = !settings.region.isEmpty();
  QgsRectangle regionBox;
  QgsGeometry regionEdge;
  std::unique_ptr<QgsGeometryEngine> regionEdgeEngine;
  // Clipped ends are computed on the edge: within rounding (1e-16 relative at 1e7 m) of it.
  constexpr double kOnEdgeM = 1e-6;
  if ( clip )
  {
    regionBox = settings.region.boundingBox();
    regionEngine.reset( QgsGeometry::createGeometryEngine( settings.region.constGet() ) );
    regionEngine->prepareGeometry();
    regionEdge = QgsGeometry( settings.region.constGet()->boundary() );
    regionEdgeEngine.reset( QgsGeometry::createGeometryEngine( regionEdge.constGet() ) );
    try
    {
      // Only features near the region: the layer's spatial index does the work.
      request.setFilterRect( toMetric.transformBoundingBox( regionBox, Qgis::TransformDirection::Reverse ) );
    }
    catch ( QgsCsException & )
    {
      // Leave the request unfiltered: every feature is tested against the region below.
    }
  }
  if ( !exclude )
  {
    QgsAttributeList wanted;
    if ( widthIndex >= 0 )
      wanted << widthIndex;
    if ( onewayIndex >= 0 )
      wanted << onewayIndex;
    request.setSubsetOfAttributes( wanted );
  }

  const long long count = source.featureCount();
  QgsFeatureIterator it = source.getFeatures( request );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback && feedback->isCanceled() )
      return StreetNetwork();
    ++network.featuresRead;
    if ( feedback && count > 0 && network.featuresRead % 1000 == 0 )
      feedback->setProgress( progressFrom +
                             ( progressTo - progressFrom ) * std::min( 1.0, double( network.featuresRead ) / count ) );
    if ( !feature.hasGeometry() )
      continue;
    if ( exclude )
    {
      expressionContext.setFeature( feature );
      if ( exclude->evaluate( &expressionContext ).toBool() )
      {
        ++network.featuresExcluded;
        continue;
      }
    }

    QgsGeometry geometry = feature.geometry();
    if ( QgsWkbTypes::geometryType( geometry.wkbType() ) != compat::LineGeometry )
      continue;
    transformOrThrow( geometry, toMetric );

    domain::StreetLine attributes;
    attributes.widthM = settings.defaultWidthM;
    if ( widthIndex >= 0 )
    {
      bool ok = false;
      const double width = feature.attribute( widthIndex ).toDouble( &ok );
      if ( ok && std::isfinite( width ) && width > 0 )
        attributes.widthM = width;
    }
    if ( onewayIndex >= 0 )
      attributes.oneway = onewayFromValue( feature.attribute( onewayIndex ) );

    const QVector<QgsGeometry> parts = geometry.asGeometryCollection();
    for ( const QgsGeometry &part : parts )
    {
      if ( clip )
      {
        if ( !regionBox.intersects( part.boundingBox() ) || !regionEngine->intersects( part.constGet() ) )
          continue;
        if ( !regionEngine->contains( part.constGet() ) )
        {
          // Cut by the region's edge: keep the pieces inside, mark the ends that lie on the edge.
          const QgsGeometry inside( regionEngine->intersection( part.constGet() ) );
          for ( const QgsGeometry &piece : inside.asGeometryCollection() )
          {
            QgsPolylineXY polyline = piece.asPolyline();
            if ( polyline.size() < 2 )
              continue;
            keepDirection( polyline, part );
            const bool startIsCut =
                regionEdgeEngine->distance( QgsGeometry::fromPointXY( polyline.front() ).constGet() ) <= kOnEdgeM;
            const bool endIsCut =
                regionEdgeEngine->distance( QgsGeometry::fromPointXY( polyline.back() ).constGet() ) <= kOnEdgeM;
            appendLine( polyline, startIsCut, endIsCut, attributes, feature.id(), network );
          }
          continue;
        }
      }
      appendLine( part.asPolyline(), false, false, attributes, feature.id(), network );
    }
  }
  return network;
}

} // namespace eventsecurity
