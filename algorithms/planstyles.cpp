#include "planstyles.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgslinesymbol.h>
#include <qgsmarkersymbol.h>
#include <qgsexpression.h>
#include <qgspallabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

namespace eventsecurity
{
namespace
{
// The translation context of this file's texts (lupdate reads it from the class); its name is the one the
// translations were made under, when this file was securitylayoutstyles.cpp.
struct SecurityLayoutStyles
{
  Q_DECLARE_TR_FUNCTIONS( SecurityLayoutStyles )
};

QString colourName( const QColor &colour )
{
  return QStringLiteral( "%1,%2,%3,%4" )
      .arg( colour.red() )
      .arg( colour.green() )
      .arg( colour.blue() )
      .arg( colour.alpha() );
}

QgsFillSymbol *fillSymbol( const QColor &fill, const QColor &outline, double outlineWidthMm,
                           const QString &outlineStyle = QStringLiteral( "solid" ) )
{
  return QgsFillSymbol::createSimple(
      { { QStringLiteral( "color" ), colourName( fill ) },
        { QStringLiteral( "outline_color" ), colourName( outline ) },
        { QStringLiteral( "outline_width" ), QString::number( outlineWidthMm ) },
        { QStringLiteral( "outline_style" ), outlineStyle },
        { QStringLiteral( "style" ), fill.alpha() == 0 ? QStringLiteral( "no" ) : QStringLiteral( "solid" ) } } );
}

QgsLineSymbol *lineSymbol( const QColor &colour, double widthMm, const QString &style = QStringLiteral( "solid" ),
                           const QString &cap = QStringLiteral( "round" ) )
{
  return QgsLineSymbol::createSimple( { { QStringLiteral( "line_color" ), colourName( colour ) },
                                        { QStringLiteral( "line_width" ), QString::number( widthMm ) },
                                        { QStringLiteral( "line_style" ), style },
                                        { QStringLiteral( "capstyle" ), cap } } );
}

QgsMarkerSymbol *markerSymbol( const QString &shape, const QColor &fill, double sizeMm,
                               const QColor &outline = QColor( 255, 255, 255 ), double outlineWidthMm = 0.4 )
{
  return QgsMarkerSymbol::createSimple( { { QStringLiteral( "name" ), shape },
                                          { QStringLiteral( "color" ), colourName( fill ) },
                                          { QStringLiteral( "size" ), QString::number( sizeMm ) },
                                          { QStringLiteral( "outline_color" ), colourName( outline ) },
                                          { QStringLiteral( "outline_width" ), QString::number( outlineWidthMm ) } } );
}

QColor mix( const QColor &a, const QColor &b, double t )
{
  t = std::clamp( t, 0.0, 1.0 );
  return QColor::fromRgbF( a.redF() + ( b.redF() - a.redF() ) * t, a.greenF() + ( b.greenF() - a.greenF() ) * t,
                           a.blueF() + ( b.blueF() - a.blueF() ) * t );
}

// Blast zones, red (worst) to yellow. Chart zones have fixed places; overpressure rings (kpa_<value>) are placed
// on a log scale between the lung damage threshold (103 kPa) and typical glass breakage (1 kPa), domain.md sec. 3.
QColor zoneColour( const QString &zone )
{
  const QColor red( 215, 25, 28 ), yellow( 255, 221, 60 );
  if ( zone == QLatin1String( "mandatory_evacuation" ) )
    return red;
  if ( zone == QLatin1String( "shelter_in_place" ) )
    return yellow;
  static const QRegularExpression kpaKey( QStringLiteral( "^kpa_([0-9.]+)$" ) );
  const QRegularExpressionMatch match = kpaKey.match( zone );
  if ( match.hasMatch() )
  {
    const double kpa = match.captured( 1 ).toDouble();
    if ( kpa > 0 )
      return mix( red, yellow, std::log( 103.0 / kpa ) / std::log( 103.0 / 1.0 ) );
  }
  return QColor( 150, 150, 150 );
}

// Speed classes at the test speeds of the barrier standards, 32/48/64/80 km/h (IWA 14-1, PAS 68; domain.md sec. 4).
QgsRangeList speedRanges( const std::function<QgsSymbol *( const QColor & )> &symbol )
{
  struct SpeedClass
  {
    double low, high;
    QColor colour;
  };
  const SpeedClass classes[] = { { 0, 32, QColor( 26, 150, 65 ) },
                                 { 32, 48, QColor( 166, 217, 106 ) },
                                 { 48, 64, QColor( 253, 174, 97 ) },
                                 { 64, 80, QColor( 244, 109, 67 ) },
                                 { 80, 1000, QColor( 165, 0, 38 ) } };
  QgsRangeList ranges;
  for ( const SpeedClass &c : classes )
  {
    const QString label = c.high >= 1000 ? SecurityLayoutStyles::tr( "%1 km/h and faster" ).arg( c.low )
                                         : SecurityLayoutStyles::tr( "%1 to %2 km/h" ).arg( c.low ).arg( c.high );
    ranges << QgsRendererRange( c.low, c.high, symbol( c.colour ), label );
  }
  return ranges;
}

// Distinct values of a field with how often each occurs.
std::map<QString, int> valueCounts( QgsVectorLayer *layer, const QString &field )
{
  std::map<QString, int> counts;
  const int index = layer->fields().lookupField( field );
  if ( index < 0 )
    return counts;
  QgsFeatureIterator it = layer->getFeatures(
      QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ).setSubsetOfAttributes( { index } ) );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    const QVariant value = feature.attribute( index );
    ++counts[value.isNull() ? QString() : value.toString()];
  }
  return counts;
}

void styleStandoffZones( QgsVectorLayer *layer )
{
  // One category per zone, innermost first, labelled with its effect and distance.
  struct Zone
  {
    QString key, effect;
    double outerM = 0;
  };
  std::map<QString, Zone> zones;
  const QgsFields fields = layer->fields();
  QgsFeatureIterator it = layer->getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    const QString key = feature.attribute( QStringLiteral( "zone" ) ).toString();
    Zone &zone = zones[key];
    zone.key = key;
    zone.effect = feature.attribute( QStringLiteral( "effect" ) ).toString();
    zone.outerM = std::max( zone.outerM, feature.attribute( QStringLiteral( "outer_m" ) ).toDouble() );
  }
  std::vector<Zone> ordered;
  for ( const auto &entry : zones )
    ordered.push_back( entry.second );
  std::sort( ordered.begin(), ordered.end(), []( const Zone &a, const Zone &b ) { return a.outerM < b.outerM; } );
  QgsCategoryList categories;
  for ( const Zone &zone : ordered )
  {
    QColor fill = zoneColour( zone.key );
    fill.setAlpha( 70 );
    categories << QgsRendererCategory( zone.key, fillSymbol( fill, zoneColour( zone.key ).darker( 120 ), 0.5 ),
                                       SecurityLayoutStyles::tr( "%1 (up to %2 m)" )
                                           .arg( zone.effect.section( QStringLiteral( " (" ), 0, 0 ) )
                                           .arg( std::round( zone.outerM ) ) );
  }
  layer->setRenderer( new QgsCategorizedSymbolRenderer( QStringLiteral( "zone" ), categories ) );
}

void styleExposedBuildings( QgsVectorLayer *layer )
{
  QgsCategoryList categories;
  for ( const auto &[zone, count] : valueCounts( layer, QStringLiteral( "zone" ) ) )
  {
    const QColor colour = zoneColour( zone );
    const QString name =
        zone == QLatin1String( "mandatory_evacuation" ) ? SecurityLayoutStyles::tr( "Building to evacuate" )
        : zone == QLatin1String( "shelter_in_place" )   ? SecurityLayoutStyles::tr( "Building to shelter in" )
                                                        : SecurityLayoutStyles::tr( "Building in zone %1" ).arg( zone );
    // Buildings to evacuate stand out; the many to shelter in stay light.
    const bool evacuate = zone == QLatin1String( "mandatory_evacuation" );
    categories << QgsRendererCategory( zone,
                                       fillSymbol( evacuate ? colour : mix( colour, QColor( 255, 255, 255 ), 0.55 ),
                                                   colour.darker( evacuate ? 170 : 130 ), 0.25 ),
                                       SecurityLayoutStyles::tr( "%1 (%2)" ).arg( name ).arg( count ) );
  }
  layer->setRenderer( new QgsCategorizedSymbolRenderer( QStringLiteral( "zone" ), categories ) );
}

void styleBarriers( QgsVectorLayer *layer )
{
  // One rule per barrier class, the exact ratings of that class listed; darker = a faster test; grey = unreachable.
  std::map<QString, QStringList> ratingsOfClass;
  std::map<QString, int> countOfClass;
  for ( const auto &[rating, count] : valueCounts( layer, QStringLiteral( "rating_iwa" ) ) )
  {
    const QString ratingClass = barrierRatingClass( rating.isEmpty() ? QVariant() : QVariant( rating ) );
    if ( !rating.isEmpty() )
      ratingsOfClass[ratingClass] << QgsExpression::quotedValue( rating );
    countOfClass[ratingClass] += count;
  }
  std::vector<QString> classes;
  for ( const auto &entry : countOfClass )
    classes.push_back( entry.first );
  std::sort( classes.begin(), classes.end(),
             []( const QString &a, const QString &b )
             { return barrierRatingClassSpeed( a ) < barrierRatingClassSpeed( b ); } );
  const int rated = static_cast<int>(
      std::count_if( classes.begin(), classes.end(), []( const QString &c ) { return !c.isEmpty(); } ) );
  auto *root = new QgsRuleBasedRenderer::Rule( nullptr );
  int rank = 0;
  for ( const QString &ratingClass : classes )
  {
    const int count = countOfClass[ratingClass];
    if ( ratingClass.isEmpty() )
    {
      root->appendChild( new QgsRuleBasedRenderer::Rule(
          lineSymbol( QColor( 130, 130, 130 ), 2.0, QStringLiteral( "solid" ), QStringLiteral( "flat" ) ), 0, 0,
          QStringLiteral( "\"rating_iwa\" IS NULL" ),
          SecurityLayoutStyles::tr( "Barrier no vehicle route reaches (%1)" ).arg( count ) ) );
      continue;
    }
    const double t = rated > 1 ? static_cast<double>( rank ) / ( rated - 1 ) : 1.0;
    ++rank;
    root->appendChild( new QgsRuleBasedRenderer::Rule(
        lineSymbol( mix( QColor( 240, 120, 0 ), QColor( 90, 0, 60 ), t ), 3.0, QStringLiteral( "solid" ),
                    QStringLiteral( "flat" ) ),
        0, 0,
        QStringLiteral( "\"rating_iwa\" IN (%1)" ).arg( ratingsOfClass[ratingClass].join( QStringLiteral( ", " ) ) ),
        SecurityLayoutStyles::tr( "Barrier IWA 14-1 %1 (%2)" ).arg( ratingClass ).arg( count ) ) );
  }
  layer->setRenderer( new QgsRuleBasedRenderer( root ) );
}

void styleCrossings( QgsVectorLayer *layer )
{
  const std::map<QString, int> counts = valueCounts( layer, QStringLiteral( "kind" ) );
  auto count = [&]( const char *kind )
  {
    const auto it = counts.find( QString::fromLatin1( kind ) );
    return it == counts.end() ? 0 : it->second;
  };
  QgsCategoryList categories;
  categories << QgsRendererCategory(
      QStringLiteral( "vehicle_barrier" ),
      markerSymbol( QStringLiteral( "square" ), QColor( 40, 40, 40 ), 1.4, QColor( 255, 255, 255 ), 0.2 ),
      SecurityLayoutStyles::tr( "Vehicle barrier (%1)" ).arg( count( "vehicle_barrier" ) ) );
  categories << QgsRendererCategory(
      QStringLiteral( "emergency_gate" ),
      markerSymbol( QStringLiteral( "square" ), QColor( 0, 150, 70 ), 2.0, QColor( 255, 255, 255 ), 0.2 ),
      SecurityLayoutStyles::tr( "Emergency gate, removable barrier (%1)" ).arg( count( "emergency_gate" ) ) );
  categories << QgsRendererCategory(
      QStringLiteral( "pedestrian_entry" ),
      markerSymbol( QStringLiteral( "circle" ), QColor( 33, 113, 181 ), 1.6, QColor( 255, 255, 255 ), 0.2 ),
      SecurityLayoutStyles::tr( "Pedestrian entry (%1)" ).arg( count( "pedestrian_entry" ) ) );
  layer->setRenderer( new QgsCategorizedSymbolRenderer( QStringLiteral( "kind" ), categories ) );
}

// The speeds toward the cordon, coloured by speed class; open ground's legs (issue 13) thin and dashed, so the streets
// stay readable under a square's many legs. Without legs, the streets' graduated style alone.
void styleApproachSpeeds( QgsVectorLayer *layer )
{
  layer->setOpacity( 0.6 );
  const std::map<QString, int> kinds = valueCounts( layer, QStringLiteral( "kind" ) );
  if ( kinds.find( QStringLiteral( "open_ground_leg" ) ) == kinds.end() )
  {
    layer->setRenderer( new QgsGraduatedSymbolRenderer(
        QStringLiteral( "max_kmh" ),
        speedRanges( []( const QColor &colour ) { return lineSymbol( colour, 0.45 ); } ) ) );
    return;
  }
  auto *root = new QgsRuleBasedRenderer::Rule( nullptr );
  const QgsRangeList ranges = speedRanges( []( const QColor &colour ) { return lineSymbol( colour, 0.45 ); } );
  for ( int i = 0; i < ranges.size(); ++i )
  {
    const QgsRendererRange &range = ranges.at( i );
    const QString inRange = QStringLiteral( "\"max_kmh\" %1 %2 AND \"max_kmh\" <= %3" )
                                .arg( i == 0 ? QStringLiteral( ">=" ) : QStringLiteral( ">" ) )
                                .arg( range.lowerValue() )
                                .arg( range.upperValue() );
    const QColor colour = range.symbol()->color();
    QgsLineSymbol *leg = lineSymbol( colour, 0.15, QStringLiteral( "dash" ) );
    leg->setOpacity( 0.5 ); // many legs cross a square: a haze under the routes, not a net over them
    root->appendChild(
        new QgsRuleBasedRenderer::Rule( leg, 0, 0, inRange + QStringLiteral( " AND \"kind\" = 'open_ground_leg'" ),
                                        SecurityLayoutStyles::tr( "%1, over open ground" ).arg( range.label() ) ) );
    root->appendChild( new QgsRuleBasedRenderer::Rule( lineSymbol( colour, 0.45 ), 0, 0,
                                                       inRange + QStringLiteral( " AND \"kind\" <> 'open_ground_leg'" ),
                                                       range.label() ) );
  }
  auto *renderer = new QgsRuleBasedRenderer( root );
  // Legs under the streets, and the fastest on top of each.
  renderer->setOrderBy( QgsFeatureRequest::OrderBy(
      { QgsFeatureRequest::OrderByClause( QStringLiteral( "\"kind\" = 'open_ground_leg'" ), false ),
        QgsFeatureRequest::OrderByClause( QStringLiteral( "\"max_kmh\"" ), true, true ) } ) );
  renderer->setOrderByEnabled( true );
  layer->setRenderer( renderer );
}

void labelEntries( QgsVectorLayer *layer )
{
  QgsPalLayerSettings settings;
  // "4 lanes · 3.2 m": the search lanes and the exit width of each entry.
  settings.fieldName = QStringLiteral( "\"lanes\" || ' %1 · ' || format_number( \"exit_width_m\", 1 ) || ' m'" )
                           .arg( SecurityLayoutStyles::tr( "lanes" ).replace( '\'', QStringLiteral( "''" ) ) );
  settings.isExpression = true;
  settings.placement = QgsPalLayerSettings::OrderedPositionsAroundPoint;
  settings.dist = 1.5;
  QgsTextFormat format;
  QFont font = format.font();
  font.setBold( true );
  format.setFont( font );
  format.setSize( 9 );
  format.setColor( QColor( 8, 48, 107 ) );
  QgsTextBufferSettings buffer;
  buffer.setEnabled( true );
  buffer.setSize( 1.0 );
  buffer.setColor( QColor( 255, 255, 255 ) );
  format.setBuffer( buffer );
  settings.setFormat( format );
  settings.priority = 10; // entries' labels win over any other
  layer->setLabeling( new QgsVectorLayerSimpleLabeling( settings ) );
  layer->setLabelsEnabled( true );
}

// Text that an expression quotes: its single quotes doubled.
QString quotedText( QString text )
{
  return QStringLiteral( "'%1'" ).arg( text.replace( '\'', QStringLiteral( "''" ) ) );
}

void styleQueues( QgsVectorLayer *layer )
{
  // Exposed queues red with a dark outline, the others amber: a strip a few metres wide, so the outline carries it.
  // Both kinds always listed: the legend reads them as the two classes of one layer (with one class it would draw
  // the layer's name as a heading over a single entry, and the print lists one-entry layers among the inline ones).
  auto *root = new QgsRuleBasedRenderer::Rule( nullptr );
  root->appendChild( new QgsRuleBasedRenderer::Rule( fillSymbol( QColor( 215, 25, 28, 230 ), QColor( 50, 0, 0 ), 0.6 ),
                                                     0, 0, QStringLiteral( "\"exposed\"" ),
                                                     SecurityLayoutStyles::tr( "Queue, exposed (vehicle or bomb)" ) ) );
  root->appendChild( new QgsRuleBasedRenderer::Rule(
      fillSymbol( QColor( 255, 176, 0, 230 ), QColor( 150, 90, 0 ), 0.4 ), 0, 0, QStringLiteral( "NOT \"exposed\"" ),
      SecurityLayoutStyles::tr( "Queue, not exposed" ) ) );
  layer->setRenderer( new QgsRuleBasedRenderer( root ) );

  QgsPalLayerSettings settings;
  // "133 people, 1.7 min": the people at the peak and the longest wait (whole minutes from 10 on).
  settings.fieldName =
      QStringLiteral( "format_number( \"peak_people\", 0 ) || ' ' || %1 || ', ' || CASE WHEN \"max_wait_min\" IS NULL "
                      "THEN %2 ELSE format_number( \"max_wait_min\", CASE WHEN \"max_wait_min\" < 10 THEN 1 ELSE 0 "
                      "END ) || ' ' || %3 END" )
          .arg( quotedText( SecurityLayoutStyles::tr( "people" ) ),
                quotedText( SecurityLayoutStyles::tr( "never clears" ) ),
                quotedText( SecurityLayoutStyles::tr( "min" ) ) );
  settings.isExpression = true;
  settings.placement = QgsPalLayerSettings::AroundPoint;
  settings.dist = 1.5;
  QgsTextFormat format;
  QFont font = format.font();
  font.setBold( true );
  format.setFont( font );
  format.setSize( 8 );
  format.setColor( QColor( 120, 0, 0 ) );
  QgsTextBufferSettings buffer;
  buffer.setEnabled( true );
  buffer.setSize( 1.0 );
  buffer.setColor( QColor( 255, 255, 255 ) );
  format.setBuffer( buffer );
  settings.setFormat( format );
  settings.priority = 9; // after the entries' labels, before any other
  layer->setLabeling( new QgsVectorLayerSimpleLabeling( settings ) );
  layer->setLabelsEnabled( true );
}
} // namespace

QString barrierRatingClass( const QVariant &iwaRating )
{
  if ( iwaRating.isNull() || iwaRating.toString().isEmpty() )
    return QString();
  // V/<mass>[<class>]/<speed>/<angle>: keep all but the angle.
  static const QRegularExpression rating( QStringLiteral( "^(V/[0-9]+\\[[^\\]]+\\]/[0-9]+)/" ) );
  const QRegularExpressionMatch match = rating.match( iwaRating.toString() );
  return match.hasMatch() ? match.captured( 1 ) : SecurityLayoutStyles::tr( "faster than every IWA 14-1 test" );
}

double barrierRatingClassSpeed( const QString &ratingClass )
{
  static const QRegularExpression speed( QStringLiteral( "/([0-9]+)$" ) );
  const QRegularExpressionMatch match = speed.match( ratingClass );
  return match.hasMatch() ? match.captured( 1 ).toDouble() : std::numeric_limits<double>::infinity();
}

bool applyPlanLayerStyle( QgsVectorLayer *layer, const QString &layerName )
{
  if ( !layer )
    return false;
  if ( layerName == QLatin1String( "standoff_zones" ) )
    styleStandoffZones( layer );
  else if ( layerName == QLatin1String( "exposed_buildings" ) )
    styleExposedBuildings( layer );
  else if ( layerName == QLatin1String( "road_closures" ) )
    layer->setRenderer(
        new QgsSingleSymbolRenderer( lineSymbol( QColor( 106, 61, 154 ), 1.0, QStringLiteral( "dash" ) ) ) );
  else if ( layerName == QLatin1String( "approach_speeds" ) )
    styleApproachSpeeds( layer );
  else if ( layerName == QLatin1String( "impact_stretches" ) )
    layer->setRenderer( new QgsSingleSymbolRenderer(
        lineSymbol( QColor( 90, 0, 60 ), 0.7, QStringLiteral( "dash" ), QStringLiteral( "flat" ) ) ) );
  else if ( layerName == QLatin1String( "critical_routes" ) )
    layer->setRenderer( new QgsGraduatedSymbolRenderer(
        QStringLiteral( "impact_kmh" ),
        speedRanges( []( const QColor &colour ) { return lineSymbol( colour, 0.9 ); } ) ) );
  else if ( layerName == QLatin1String( "impact_points" ) )
    layer->setRenderer( new QgsGraduatedSymbolRenderer( QStringLiteral( "impact_kmh" ),
                                                        speedRanges(
                                                            []( const QColor &colour ) {
                                                              return markerSymbol( QStringLiteral( "triangle" ), colour,
                                                                                   2.6, QColor( 40, 40, 40 ), 0.2 );
                                                            } ) ) );
  else if ( layerName == QLatin1String( "cordon" ) )
    layer->setRenderer( new QgsSingleSymbolRenderer(
        fillSymbol( QColor( 0, 0, 0, 0 ), QColor( 8, 48, 107 ), 0.9, QStringLiteral( "dash" ) ) ) );
  else if ( layerName == QLatin1String( "barriers" ) )
    styleBarriers( layer );
  else if ( layerName == QLatin1String( "queues" ) )
    styleQueues( layer );
  else if ( layerName == QLatin1String( "crossings" ) )
    styleCrossings( layer );
  else if ( layerName == QLatin1String( "entries" ) )
  {
    layer->setRenderer( new QgsSingleSymbolRenderer(
        markerSymbol( QStringLiteral( "circle" ), QColor( 33, 113, 181 ), 4.0, QColor( 255, 255, 255 ), 0.6 ) ) );
    labelEntries( layer );
  }
  else
    return false;
  return true;
}

bool saveDefaultStyleInGeoPackage( QgsVectorLayer *layer, QString *error )
{
  QString message;
  layer->saveStyleToDatabase( layer->name(), SecurityLayoutStyles::tr( "Event Security Planner layout style" ), true,
                              QString(), message );
  if ( !message.isEmpty() && error )
    *error = message;
  return message.isEmpty();
}

void applyBaseLayerStyle( QgsVectorLayer *layer, BaseLayer kind )
{
  switch ( kind )
  {
  case BaseLayer::EventArea:
    layer->setRenderer(
        new QgsSingleSymbolRenderer( fillSymbol( QColor( 161, 217, 155, 160 ), QColor( 49, 163, 84 ), 0.5 ) ) );
    break;
  case BaseLayer::Streets:
    layer->setRenderer( new QgsSingleSymbolRenderer( lineSymbol( QColor( 175, 175, 175 ), 0.6 ) ) );
    break;
  case BaseLayer::Buildings:
    layer->setRenderer(
        new QgsSingleSymbolRenderer( fillSymbol( QColor( 225, 225, 225 ), QColor( 190, 190, 190 ), 0.15 ) ) );
    break;
  case BaseLayer::OpenAreas:
    // Sand, under everything: ground a vehicle can cross, told apart from the event area's green.
    layer->setRenderer(
        new QgsSingleSymbolRenderer( fillSymbol( QColor( 240, 226, 190 ), QColor( 215, 190, 140 ), 0.15 ) ) );
    break;
  }
}

} // namespace eventsecurity
