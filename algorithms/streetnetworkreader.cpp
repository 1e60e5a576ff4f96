#include "streetnetworkreader.h"

#include "eventsecuritycompat.h"
#include "metriccrs.h"
#include "speedlimits.h"

#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsexpressioncontext.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsprocessingutils.h>
#include <qgsgeometryengine.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace eventsecurity
{

namespace
{
// The translation context of this file's texts (lupdate reads it from the class).
struct StreetNetworkReader
{
  Q_DECLARE_TR_FUNCTIONS( StreetNetworkReader )
};

// Clipped ends are computed on the edge: within rounding (1e-16 relative at 1e7 m) of it.
constexpr double kOnEdgeM = 1e-6;

int fieldIndex( const QgsFields &fields, const QString &name, const QString &missingMessage )
{
  if ( name.isEmpty() )
    return -1;
  const int index = fields.lookupField( name );
  if ( index < 0 )
    throw QgsProcessingException( missingMessage.arg( name ) );
  return index;
}

//! One of the settings' expressions, prepared for the network's features; unset when its text is empty.
class StreetExpression
{
public:
  StreetExpression( const QString &text, const QgsExpressionContext &context )
  {
    if ( text.trimmed().isEmpty() )
      return;
    mExpression.emplace( text );
    if ( mExpression->hasParserError() )
      throw QgsProcessingException( StreetNetworkReader::tr( "The expression \"%1\" is not valid: %2" )
                                        .arg( text, mExpression->parserErrorString() ) );
    mExpression->prepare( &context );
  }
  bool isSet() const { return mExpression.has_value(); }
  //! True when the expression holds for the context's feature; false when it is unset or fails (noted in \a error).
  bool holds( QgsExpressionContext &context, QString &error )
  {
    if ( !mExpression )
      return false;
    const bool result = mExpression->evaluate( &context ).toBool();
    if ( mExpression->hasEvalError() && error.isEmpty() )
      error = mExpression->evalErrorString();
    return result;
  }

private:
  std::optional<QgsExpression> mExpression;
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

//! A piece of a line inside the region, and whether each end lies where the region's edge cut it.
struct Piece
{
  QgsPolylineXY polyline;
  bool startIsCut = false;
  bool endIsCut = false;
};

//! Clips lines to the region (the streets around a protected area), marking the cut ends.
class RegionClipper
{
public:
  explicit RegionClipper( const QgsGeometry &region )
  {
    if ( region.isEmpty() )
      return;
    mBox = region.boundingBox();
    mRegion.reset( QgsGeometry::createGeometryEngine( region.constGet() ) );
    mRegion->prepareGeometry();
    mEdge = QgsGeometry( region.constGet()->boundary() );
    mEdgeEngine.reset( QgsGeometry::createGeometryEngine( mEdge.constGet() ) );
  }

  //! Only features near the region: the layer's spatial index does the work.
  void filter( QgsFeatureRequest &request, const QgsCoordinateTransform &toMetric ) const
  {
    if ( !mRegion )
      return;
    try
    {
      request.setFilterRect( toMetric.transformBoundingBox( mBox, Qgis::TransformDirection::Reverse ) );
    }
    catch ( QgsCsException & )
    {
      // Leave the request unfiltered: every feature is tested against the region below.
    }
  }

  //! The pieces of single-part line \a part inside the region (the whole part when there is no region).
  std::vector<Piece> pieces( const QgsGeometry &part ) const
  {
    if ( !mRegion )
      return { { part.asPolyline(), false, false } };
    if ( !mBox.intersects( part.boundingBox() ) || !mRegion->intersects( part.constGet() ) )
      return {};
    if ( mRegion->contains( part.constGet() ) )
      return { { part.asPolyline(), false, false } };
    // Cut by the region's edge: keep the pieces inside, mark the ends that lie on the edge.
    std::vector<Piece> inside;
    const QgsGeometry clipped( mRegion->intersection( part.constGet() ) );
    for ( const QgsGeometry &piece : clipped.asGeometryCollection() )
    {
      QgsPolylineXY polyline = piece.asPolyline();
      if ( polyline.size() < 2 )
        continue;
      keepDirection( polyline, part );
      inside.push_back( { polyline, onEdge( polyline.front() ), onEdge( polyline.back() ) } );
    }
    return inside;
  }

private:
  bool onEdge( const QgsPointXY &point ) const
  {
    return mEdgeEngine->distance( QgsGeometry::fromPointXY( point ).constGet() ) <= kOnEdgeM;
  }

  QgsRectangle mBox;
  std::unique_ptr<QgsGeometryEngine> mRegion;
  QgsGeometry mEdge;
  std::unique_ptr<QgsGeometryEngine> mEdgeEngine;
};

double widthOf( const QgsFeature &feature, int widthIndex, double defaultWidthM )
{
  if ( widthIndex < 0 )
    return defaultWidthM;
  bool ok = false;
  const double width = feature.attribute( widthIndex ).toDouble( &ok );
  return ok && std::isfinite( width ) && width > 0 ? width : defaultWidthM;
}

//! What a street's pieces take from its feature besides the geometry.
struct StreetValues
{
  domain::StreetLine attributes; //!< width, one-way rule, drivable (no points)
  QgsFeatureId fid = FID_NULL;
  QString name;
  std::optional<double> speedLimitKmh;
};

void appendLine( const Piece &piece, const StreetValues &values, bool pedestrian, StreetNetwork &network )
{
  if ( piece.polyline.size() < 2 )
    return;
  domain::StreetLine line = values.attributes;
  line.points.reserve( static_cast<std::size_t>( piece.polyline.size() ) );
  for ( const QgsPointXY &p : piece.polyline )
    line.points.push_back( { p.x(), p.y() } );
  network.lines.push_back( std::move( line ) );
  network.featureIds.push_back( values.fid );
  network.startIsCut.push_back( piece.startIsCut );
  network.endIsCut.push_back( piece.endIsCut );
  network.names.push_back( values.name );
  network.pedestrian.push_back( pedestrian );
  network.speedLimitsKmh.push_back( values.speedLimitKmh );
}
} // namespace

bool StreetNetwork::hasDrivableLine() const
{
  return std::any_of( lines.begin(), lines.end(), []( const domain::StreetLine &line ) { return line.drivable; } );
}

std::optional<double> speedLimitFromValue( const QVariant &value )
{
  if ( value.isNull() )
    return std::nullopt;
  return domain::parseMaxspeedKmh( value.toString().toStdString() );
}

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

StreetNetwork readStreetNetwork( const QgsProcessingFeatureSource &source, const QgsCoordinateTransform &toMetric,
                                 const StreetNetworkSettings &settings, QgsProcessingContext &context,
                                 QgsProcessingFeedback *feedback, double progressFrom, double progressTo )
{
  StreetNetwork network;
  const QgsFields fields = source.fields();
  const int widthIndex =
      fieldIndex( fields, settings.widthField,
                  StreetNetworkReader::tr(
                      "The width field \"%1\" is not in the network layer: choose one of its fields or none." ) );
  const int onewayIndex =
      fieldIndex( fields, settings.onewayField,
                  StreetNetworkReader::tr(
                      "The one-way field \"%1\" is not in the network layer: choose one of its fields or none." ) );
  const int maxspeedIndex =
      fieldIndex( fields, settings.maxspeedField,
                  StreetNetworkReader::tr(
                      "The speed limit field \"%1\" is not in the network layer: choose one of its fields or none." ) );
  const int nameIndex =
      fieldIndex( fields, settings.nameField,
                  StreetNetworkReader::tr(
                      "The name field \"%1\" is not in the network layer: choose one of its fields or none." ) );

  QgsExpressionContext expressionContext = context.expressionContext();
  expressionContext.appendScope( source.createExpressionContextScope() );
  StreetExpression exclude( settings.excludeExpression, expressionContext );
  StreetExpression pedestrian( settings.pedestrianExpression, expressionContext );

  const RegionClipper clipper( settings.region );
  QgsFeatureRequest request;
  clipper.filter( request, toMetric );
  if ( !exclude.isSet() && !pedestrian.isSet() )
  {
    QgsAttributeList wanted;
    for ( const int index : { widthIndex, maxspeedIndex, onewayIndex, nameIndex } )
      if ( index >= 0 )
        wanted << index;
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
    expressionContext.setFeature( feature );
    const bool excluded = exclude.holds( expressionContext, network.evaluationError );
    network.featuresExcluded += excluded ? 1 : 0;

    QgsGeometry geometry = feature.geometry();
    if ( QgsWkbTypes::geometryType( geometry.wkbType() ) != compat::LineGeometry )
      continue;
    transformOrThrow( geometry, toMetric );

    StreetValues values;
    values.attributes.widthM = widthOf( feature, widthIndex, settings.defaultWidthM );
    values.attributes.oneway =
        onewayIndex >= 0 ? onewayFromValue( feature.attribute( onewayIndex ) ) : domain::OneWay::No;
    values.attributes.drivable = !excluded;
    values.fid = feature.id();
    if ( nameIndex >= 0 && !feature.attribute( nameIndex ).isNull() )
      values.name = feature.attribute( nameIndex ).toString();
    if ( maxspeedIndex >= 0 )
      values.speedLimitKmh = speedLimitFromValue( feature.attribute( maxspeedIndex ) );
    // The pedestrian verdict of the streets kept only (the expression is evaluated once).
    std::optional<bool> isPedestrian;
    for ( const QgsGeometry &part : geometry.asGeometryCollection() )
      for ( const Piece &piece : clipper.pieces( part ) )
      {
        if ( !isPedestrian )
          isPedestrian = pedestrian.holds( expressionContext, network.evaluationError );
        appendLine( piece, values, *isPedestrian, network );
      }
  }
  return network;
}

} // namespace eventsecurity
