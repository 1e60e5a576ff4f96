#include "planprint.h"

#include "catalogueparameters.h"
#include "metriccrs.h"
#include "numberformat.h"

#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgslayoutexporter.h>
#include <qgsapplication.h>
#include <qgsfontutils.h>
#include <qgslayoutitemregistry.h>
#include <qgsreadwritecontext.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutpagecollection.h>
#include <qgslegendstyle.h>
#include <qgspathresolver.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgssymbollayerutils.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDomDocument>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
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
// translations were made under, when this file was securitylayoutprint.cpp.
struct SecurityLayoutPrint
{
  Q_DECLARE_TR_FUNCTIONS( SecurityLayoutPrint )
};

// Sheet geometry in mm: A3 landscape (420 x 297), 10 mm margins, map on the left, a 110 mm column on the right.
constexpr double kPageWidth = 420, kMargin = 10;
constexpr double kTitleTop = 8, kMapTop = 30, kMapWidth = 285, kMapHeight = 257;
constexpr double kColumnLeft = kMargin + kMapWidth + 8, kColumnWidth = kPageWidth - kMargin - kColumnLeft;
constexpr double kLegendTop = kMapTop + 64;

std::unique_ptr<QgsVectorLayer> openLayer( const QString &path, const QString &name )
{
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  auto layer = std::make_unique<QgsVectorLayer>( path + QStringLiteral( "|layername=" ) + name, name,
                                                 QStringLiteral( "ogr" ), options );
  if ( !layer->isValid() )
    return nullptr;
  return layer;
}

// Layout items whose headers cannot be included with Debian's QGIS 3.22 development package: the label's needs
// qgswebframe.h, the scale bar's scalebar/qgsscalebarsettings.h (both missing), the picture's QtSvg. They come from
// the item registry and get their settings through their XML properties, exactly as a saved layout gives them.
QgsLayoutItem *addItemFromXml( QgsPrintLayout *layout, int type, const std::map<QString, QString> &attributes,
                               const QgsLayoutPoint &position, const QgsLayoutSize &size,
                               const std::function<void( QDomDocument &, QDomElement & )> &edit = nullptr )
{
  QgsLayoutItem *item = QgsApplication::layoutItemRegistry()->createItem( type, layout );
  layout->addLayoutItem( item );
  QDomDocument document;
  QDomElement parent = document.createElement( QStringLiteral( "Items" ) );
  const QgsReadWriteContext readWriteContext;
  item->writeXml( parent, document, readWriteContext );
  QDomElement element = parent.firstChildElement();
  for ( const auto &[name, value] : attributes )
    element.setAttribute( name, value );
  if ( edit )
    edit( document, element );
  item->readXml( element, document, readWriteContext );
  item->finalizeRestoreFromXml(); // links the map given by mapUuid
  item->attemptMove( position );
  item->attemptResize( size );
  item->refresh();
  return item;
}

QgsLayoutItem *addLabel( QgsPrintLayout *layout, const QString &text, double x, double y, double width, double height,
                         double pointSize, bool bold = false, const QColor &colour = QColor( 0, 0, 0 ) )
{
  QFont font( QStringLiteral( "Sans Serif" ) );
  font.setPointSizeF( pointSize );
  font.setBold( bold );
  return addItemFromXml( layout, QgsLayoutItemRegistry::LayoutLabel,
                         { { QStringLiteral( "labelText" ), text },
                           { QStringLiteral( "htmlState" ), QStringLiteral( "0" ) }, // plain text
                           { QStringLiteral( "halign" ), QString::number( Qt::AlignLeft ) },
                           { QStringLiteral( "valign" ), QString::number( Qt::AlignTop ) } },
                         QgsLayoutPoint( x, y ), QgsLayoutSize( width, height ),
                         [&]( QDomDocument &document, QDomElement &element )
                         {
                           for ( const char *child : { "LabelFont", "FontColor" } )
                             for ( QDomElement old = element.firstChildElement( QString::fromLatin1( child ) );
                                   !old.isNull(); old = element.firstChildElement( QString::fromLatin1( child ) ) )
                               element.removeChild( old );
                           element.appendChild(
                               QgsFontUtils::toXmlElement( font, document, QStringLiteral( "LabelFont" ) ) );
                           QDomElement fontColour = document.createElement( QStringLiteral( "FontColor" ) );
                           fontColour.setAttribute( QStringLiteral( "red" ), colour.red() );
                           fontColour.setAttribute( QStringLiteral( "green" ), colour.green() );
                           fontColour.setAttribute( QStringLiteral( "blue" ), colour.blue() );
                           fontColour.setAttribute( QStringLiteral( "alpha" ), colour.alpha() );
                           element.appendChild( fontColour );
                         } );
}

QString figuresText( const PlanFigures &f )
{
  QStringList lines;
  lines << SecurityLayoutPrint::tr( "Crowd: %1 expected; the event area holds %2 at %3 persons/m²." )
               .arg( localeNumber( f.attendance ), localeNumber( std::floor( f.capacity ) ),
                     localeNumber( f.density, 1 ) );
  lines << SecurityLayoutPrint::tr( "Entries: %1 pedestrian entries with %2 search lanes in total." )
               .arg( f.entries )
               .arg( f.lanes );
  lines << SecurityLayoutPrint::tr( "Vehicles kept %1 m from the crowd (the chart asks %2 m for a %3)." )
               .arg( localeNumber( f.standoffM ), localeNumber( f.mandatoryM ),
                     threatDisplayName( f.threatKey ).toLower() );
  lines << SecurityLayoutPrint::tr( "Crossings of the cordon: %1 vehicle barriers, %2 emergency gates, %3 entries." )
               .arg( f.barriers )
               .arg( f.emergencyGates )
               .arg( f.entries );
  QStringList ratings;
  for ( const auto &[rating, count] : f.ratingCounts )
    ratings << SecurityLayoutPrint::tr( "%1 × %2" )
                   .arg( count )
                   .arg( rating.isEmpty() ? SecurityLayoutPrint::tr( "not reachable" ) : rating );
  if ( !ratings.isEmpty() )
    lines << SecurityLayoutPrint::tr( "Barriers needed (IWA 14-1 vehicle/speed): %1." )
                 .arg( ratings.join( QStringLiteral( ", " ) ) );
  lines << SecurityLayoutPrint::tr( "Fastest hostile vehicle impact: %1 km/h (%2)." )
               .arg( localeNumber( f.maxImpactKmh ), vehicleDisplayName( f.vehicleKey ) );
  lines << SecurityLayoutPrint::tr( "Roads closed to vehicles: %1 m. Buildings exposed to the blast: %2." )
               .arg( localeNumber( f.closedRoadM ) )
               .arg( f.exposedBuildings );
  return lines.join( '\n' );
}

QString sourcesText( const PlanPrintContent &content )
{
  QStringList lines;
  lines << SecurityLayoutPrint::tr(
      "Sources: stand-off distances, NCTC/DHS Bomb Threat Stand-off Chart (2013); blast overpressure, "
      "Kingery-Bulmash fit (Swisdak 1994, DTIC ADA526744); barrier ratings, ASTM F2656, IWA 14-1:2013 and "
      "PAS 68; exit flow and evacuation time, UK Green Guide; vehicle speeds, the Event Security Planner "
      "approach model (upper bounds; class accelerations are estimates)." );
  if ( !content.dataCredit.isEmpty() )
    lines << SecurityLayoutPrint::tr( "Map data: %1." ).arg( content.dataCredit );
  lines << SecurityLayoutPrint::tr(
               "Prepared on %1 with Event Security Planner %2. A planning aid: it supports, and does not replace, "
               "the assessment of a qualified security adviser." )
               .arg( QLocale().toString( content.date, QLocale::LongFormat ), QStringLiteral( EVENTSECURITY_VERSION ) );
  return lines.join( '\n' );
}

} // namespace

bool setPlanPrintExtent( const QString &geoPackagePath, PlanPrintContent &content )
{
  std::unique_ptr<QgsVectorLayer> cordon = openLayer( geoPackagePath, QStringLiteral( "cordon" ) );
  if ( !cordon || cordon->featureCount() == 0 )
    return false;
  const QgsCoordinateTransformContext transformContext;
  const MetricFrame frame( cordon->crs(), cordon->extent(), transformContext );
  content.crs = frame.crs();

  QgsRectangle extent;
  auto include = [&]( QgsVectorLayer *layer, const QString &filter )
  {
    if ( !layer )
      return;
    const QgsCoordinateTransform transform( layer->crs(), content.crs, transformContext );
    QgsFeatureIterator it = layer->getFeatures( QgsFeatureRequest().setFilterExpression( filter ) );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      QgsGeometry geometry = feature.geometry();
      try
      {
        geometry.transform( transform );
      }
      catch ( QgsCsException & )
      {
        continue;
      }
      extent.combineExtentWith( geometry.boundingBox() );
    }
  };
  include( cordon.get(), QString() );
  std::unique_ptr<QgsVectorLayer> zones = openLayer( geoPackagePath, QStringLiteral( "standoff_zones" ) );
  include( zones.get(), QStringLiteral( "\"zone\" = 'mandatory_evacuation'" ) );
  std::unique_ptr<QgsVectorLayer> barriers = openLayer( geoPackagePath, QStringLiteral( "barriers" ) );
  include( barriers.get(), QString() );
  // A margin of 8 % of the larger side, then exactly the map frame's proportions (so nothing of the focus is cut
  // and QgsLayoutItemMap::setExtent keeps the frame's size).
  const double margin = 0.08 * std::max( extent.width(), extent.height() );
  extent.grow( margin );
  const double frameRatio = kMapWidth / kMapHeight;
  double width = extent.width(), height = extent.height();
  if ( width / height < frameRatio )
    width = height * frameRatio;
  else
    height = width / frameRatio;
  const QgsPointXY centre = extent.center();
  extent =
      QgsRectangle( centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2 );
  content.extent = extent;
  return true;
}

QString defaultDataCredit( const QList<DataSourceInfo> &inputs )
{
  for ( const DataSourceInfo &input : inputs )
  {
    const bool osmFields = input.fields.lookupField( QStringLiteral( "osm_id" ) ) >= 0 ||
                           input.fields.lookupField( QStringLiteral( "osm_way_id" ) ) >= 0;
    if ( osmFields || input.source.contains( QStringLiteral( "osm" ), Qt::CaseInsensitive ) ||
         input.providerType == QLatin1String( "osm" ) )
      return QStringLiteral( "© OpenStreetMap contributors (ODbL)" );
  }
  return QString();
}

QString defaultDataCredit( const QList<QgsMapLayer *> &inputLayers )
{
  QList<DataSourceInfo> inputs;
  for ( QgsMapLayer *layer : inputLayers )
  {
    if ( !layer )
      continue;
    const QgsVectorLayer *vector = qobject_cast<const QgsVectorLayer *>( layer );
    inputs << DataSourceInfo{ vector ? vector->fields() : QgsFields(), layer->source(), layer->providerType() };
  }
  return defaultDataCredit( inputs );
}

namespace
{
QgsLayoutItemMap *addMap( QgsPrintLayout *layout, const PlanPrintContent &content )
{
  auto *map = new QgsLayoutItemMap( layout );
  layout->addLayoutItem( map );
  map->attemptMove( QgsLayoutPoint( kMargin, kMapTop ) );
  map->attemptResize( QgsLayoutSize( kMapWidth, kMapHeight ) );
  map->setFrameEnabled( true );
  map->setCrs( content.crs );
  map->setLayers( content.mapLayers );
  map->setKeepLayerSet( true );
  map->setExtent( content.extent ); // zoomToExtent() gives a NaN scale on a map item not yet shown
  return map;
}

// North arrow in the map's top right corner, scale bar bottom left, both on white. The map is not rotated, so the
// arrow points up and needs no link to the map.
void addNorthArrowAndScaleBar( QgsPrintLayout *layout, const QgsLayoutItemMap *map )
{
  QString arrowPath;
  for ( const QString &folder : QgsApplication::svgPaths() )
    if ( arrowPath.isEmpty() && QFileInfo::exists( folder + QStringLiteral( "/arrows/NorthArrow_02.svg" ) ) )
      arrowPath = QFileInfo( folder + QStringLiteral( "/arrows/NorthArrow_02.svg" ) ).absoluteFilePath();
  if ( !arrowPath.isEmpty() )
    addItemFromXml( layout, QgsLayoutItemRegistry::LayoutPicture,
                    { { QStringLiteral( "file" ), arrowPath },
                      { QStringLiteral( "mode" ), QStringLiteral( "0" ) }, // SVG
                      { QStringLiteral( "background" ), QStringLiteral( "true" ) } },
                    QgsLayoutPoint( kMargin + kMapWidth - 19, kMapTop + 3 ), QgsLayoutSize( 16, 20 ) );
  else
    addLabel( layout, QStringLiteral( "N\n↑" ), kMargin + kMapWidth - 12, kMapTop + 3, 8, 16, 16, true );
  // Segments sized to fit 50-90 mm, in metres (the map CRS is metric).
  addItemFromXml( layout, QgsLayoutItemRegistry::LayoutScaleBar,
                  { { QStringLiteral( "style" ), QStringLiteral( "Single Box" ) },
                    { QStringLiteral( "mapUuid" ), map->uuid() },
                    { QStringLiteral( "unitType" ), QStringLiteral( "meters" ) },
                    { QStringLiteral( "unitLabel" ), QStringLiteral( "m" ) },
                    { QStringLiteral( "numSegments" ), QStringLiteral( "4" ) },
                    { QStringLiteral( "numSegmentsLeft" ), QStringLiteral( "0" ) },
                    { QStringLiteral( "numUnitsPerSegment" ), QStringLiteral( "25" ) },
                    { QStringLiteral( "segmentSizeMode" ), QStringLiteral( "1" ) }, // fit width
                    { QStringLiteral( "minBarWidth" ), QStringLiteral( "50" ) },
                    { QStringLiteral( "maxBarWidth" ), QStringLiteral( "90" ) },
                    { QStringLiteral( "height" ), QStringLiteral( "3" ) },
                    { QStringLiteral( "background" ), QStringLiteral( "true" ) } },
                  QgsLayoutPoint( kMargin + 3, kMapTop + kMapHeight - 15 ), QgsLayoutSize( 100, 12 ) );
}

QFont legendFont( double pointSize, bool bold )
{
  QFont font( QStringLiteral( "Sans Serif" ) );
  font.setPointSizeF( pointSize );
  font.setBold( bold );
  return font;
}

void addLegend( QgsPrintLayout *layout, const PlanPrintContent &content, QgsLayoutItemMap *map )
{
  auto *legend = new QgsLayoutItemLegend( layout );
  layout->addLayoutItem( legend );
  legend->setAutoUpdateModel( false ); // the legend gets its own layer tree, independent of the project's
  QgsLayerTree *tree = legend->model()->rootGroup();
  tree->removeAllChildren();
  for ( QgsMapLayer *layer : content.legendLayers )
    tree->addLayer( layer );
  legend->setLinkedMap( map );
  legend->setTitle( SecurityLayoutPrint::tr( "Legend" ) );
  legend->setStyleFont( QgsLegendStyle::Title, legendFont( 13, true ) );
  legend->setStyleFont( QgsLegendStyle::Subgroup, legendFont( 9, true ) );
  legend->setStyleFont( QgsLegendStyle::SymbolLabel, legendFont( 8, false ) );
  legend->setSymbolWidth( 8 );
  legend->setSymbolHeight( 3 );
  legend->setStyleMargin( QgsLegendStyle::Subgroup, QgsLegendStyle::Top, 2.0 );
  legend->setStyleMargin( QgsLegendStyle::Symbol, QgsLegendStyle::Top, 1.2 );
  legend->setStyleMargin( QgsLegendStyle::SymbolLabel, QgsLegendStyle::Top, 1.2 );
  legend->setResizeToContents( true );
  legend->attemptMove( QgsLayoutPoint( kColumnLeft, kLegendTop ) );
}
} // namespace

std::unique_ptr<QgsPrintLayout> buildPlanPrintLayout( QgsProject *project, const PlanPrintContent &content )
{
  auto layout = std::make_unique<QgsPrintLayout>( project );
  layout->initializeDefaults();
  layout->setName( SecurityLayoutPrint::tr( "Security layout: %1" ).arg( content.eventName ) );
  layout->pageCollection()->page( 0 )->setPageSize( QStringLiteral( "A3" ), QgsLayoutItemPage::Landscape );

  addLabel( layout.get(), SecurityLayoutPrint::tr( "Security layout: %1" ).arg( content.eventName ), kMargin, kTitleTop,
            kPageWidth - 2 * kMargin, 12, 24, true );
  addLabel( layout.get(),
            SecurityLayoutPrint::tr(
                "Vehicle-exclusion cordon, crash-rated barriers, entries and bomb stand-off zones for %1 people" )
                .arg( localeNumber( content.figures.attendance ) ),
            kMargin, kTitleTop + 12, kPageWidth - 2 * kMargin, 8, 12 );
  QgsLayoutItemMap *map = addMap( layout.get(), content );
  addNorthArrowAndScaleBar( layout.get(), map );
  addLegend( layout.get(), content, map );
  // The column: key figures on top, the legend (its height is only known once drawn: kept short), sources at the foot.
  addLabel( layout.get(), SecurityLayoutPrint::tr( "Key figures" ), kColumnLeft, kMapTop, kColumnWidth, 7, 13, true );
  addLabel( layout.get(), figuresText( content.figures ), kColumnLeft, kMapTop + 8, kColumnWidth,
            kLegendTop - kMapTop - 10, 9 );
  addLabel( layout.get(), sourcesText( content ), kColumnLeft, kMapTop + kMapHeight - 28, kColumnWidth, 28, 7, false,
            QColor( 80, 80, 80 ) );
  return layout;
}

bool exportPlanPrintPdf( QgsPrintLayout *layout, const QString &path, QString *error )
{
  QgsLayoutExporter exporter( layout );
  QgsLayoutExporter::PdfExportSettings settings;
  settings.dpi = 200; // raster parts (none by default) at print quality without huge files
  settings.rasterizeWholeImage = false;
  settings.forceVectorOutput = false;
  const QgsLayoutExporter::ExportResult result = exporter.exportToPdf( path, settings );
  if ( result != QgsLayoutExporter::Success )
  {
    if ( error )
      *error = result == QgsLayoutExporter::FileError
                   ? SecurityLayoutPrint::tr( "the file could not be written (check the folder exists "
                                              "and the file is not open in another program)" )
                   : SecurityLayoutPrint::tr( "the export failed (code %1)" ).arg( result );
    return false;
  }
  return true;
}

} // namespace eventsecurity
