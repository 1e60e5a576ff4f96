#include "planprint.h"

#include "catalogueparameters.h"
#include "metriccrs.h"
#include "numberformat.h"
#include "printtext.h"

#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgslayoutexporter.h>
#include <qgsapplication.h>
#include <qgsfontutils.h>
#include <qgslayoutitemregistry.h>
#include <qgsreadwritecontext.h>
#include <qgsrenderer.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutpagecollection.h>
#include <qgslegendrenderer.h>
#include <qgslegendstyle.h>
#include <qgslayoututils.h>
#include <qgspathresolver.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgssymbollayerutils.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

// Qt resources of a static library must be initialised by name, outside any namespace (the north arrow).
static void initPrintResources()
{
  Q_INIT_RESOURCE( eventsecurity_algorithms );
}

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

// Sheet geometry in mm: A3 landscape (420 x 297), 10 mm margins, map on the left, a 107 mm column on the right.
constexpr double kPageWidth = 420, kMargin = 10;
constexpr double kTitleTop = 8, kSubtitleTop = 20, kMapTop = 30, kMapWidth = 285, kMapHeight = 257;
constexpr double kColumnLeft = kMargin + kMapWidth + 8, kColumnWidth = kPageWidth - kMargin - kColumnLeft;
constexpr double kHeadingGapMm = 1.5, kBlockGapMm = 6; // under the column's heading; between its blocks
// Text is wrapped this much narrower than its label: glyph advances measured on screen may differ a little from
// the PDF's, and the label must never wrap a line again (it would break a rating and overflow its box).
constexpr double kTextSlackMm = 2;
// Each step shrinks the column's fonts (and the legend's symbols) by 10 % until everything fits.
constexpr double kShrinkStep = 0.9, kSmallestScale = 0.05;

QFont printFont( double pointSize, bool bold = false )
{
  QFont font( QStringLiteral( "Sans Serif" ) );
  font.setPointSizeF( pointSize );
  font.setBold( bold );
  return font;
}

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

// A plain-text label, top left aligned, no margin: its text starts exactly at \a rect's corner (mm).
QgsLayoutItem *addLabel( QgsPrintLayout *layout, const char *id, const QString &text, const QRectF &rect,
                         const QFont &font, const QColor &colour = QColor( 0, 0, 0 ) )
{
  QgsLayoutItem *label = addItemFromXml(
      layout, QgsLayoutItemRegistry::LayoutLabel,
      { { QStringLiteral( "labelText" ), text },
        { QStringLiteral( "htmlState" ), QStringLiteral( "0" ) }, // plain text
        { QStringLiteral( "marginX" ), QStringLiteral( "0" ) },
        { QStringLiteral( "marginY" ), QStringLiteral( "0" ) },
        { QStringLiteral( "halign" ), QString::number( Qt::AlignLeft ) },
        { QStringLiteral( "valign" ), QString::number( Qt::AlignTop ) } },
      QgsLayoutPoint( rect.topLeft() ), QgsLayoutSize( rect.size() ),
      [&]( QDomDocument &document, QDomElement &element )
      {
        for ( const char *child : { "LabelFont", "FontColor" } )
          for ( QDomElement old = element.firstChildElement( QString::fromLatin1( child ) ); !old.isNull();
                old = element.firstChildElement( QString::fromLatin1( child ) ) )
            element.removeChild( old );
        element.appendChild( QgsFontUtils::toXmlElement( font, document, QStringLiteral( "LabelFont" ) ) );
        QDomElement fontColour = document.createElement( QStringLiteral( "FontColor" ) );
        fontColour.setAttribute( QStringLiteral( "red" ), colour.red() );
        fontColour.setAttribute( QStringLiteral( "green" ), colour.green() );
        fontColour.setAttribute( QStringLiteral( "blue" ), colour.blue() );
        fontColour.setAttribute( QStringLiteral( "alpha" ), colour.alpha() );
        element.appendChild( fontColour );
      } );
  label->setId( QString::fromLatin1( id ) );
  return label;
}

// The key figures of planfigures.h, glued for print: a number stays on the line of the word after it, its unit
// ("30 m", "102 km/h"); ratings are glued where planKeyFigureLines() builds them.
QString figuresText( const PlanFigures &f )
{
  static const QRegularExpression numberSpace( QStringLiteral( "(\\d) " ) );
  return planKeyFigureLines( f ).join( '\n' ).replace( numberSpace, QStringLiteral( "\\1" ) + QChar( 0x00A0 ) );
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
  map->setId( QString::fromLatin1( PlanPrintItem::Map ) );
  map->attemptMove( QgsLayoutPoint( kMargin, kMapTop ) );
  map->attemptResize( QgsLayoutSize( kMapWidth, kMapHeight ) );
  map->setFrameEnabled( true );
  map->setCrs( content.crs );
  map->setLayers( content.mapLayers );
  map->setKeepLayerSet( true );
  map->setExtent( content.extent ); // zoomToExtent() gives a NaN scale on a map item not yet shown
  return map;
}

// The plugin's own north arrow, embedded in the layout ("base64:" source): the same arrow wherever the layout is
// made (QGIS, the runner, a test) or opened (a saved project, without the plugin), whatever SVG search paths QGIS
// has there. A path into QGIS's SVG folder is found only when QGIS's prefix is right (not in a build tree's tests,
// nor under a wrong QGIS_PREFIX_PATH), and a resource path (":/...") only while the plugin is loaded.
QString northArrowSource()
{
  initPrintResources();
  QFile file( QStringLiteral( ":/eventsecurity/print/north_arrow.svg" ) );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QString();
  return QStringLiteral( "base64:" ) + QString::fromLatin1( file.readAll().toBase64() );
}

// North arrow in the map's top right corner, scale bar bottom left, both on white. The map is not rotated, so the
// arrow points up and needs no link to the map.
void addNorthArrowAndScaleBar( QgsPrintLayout *layout, const QgsLayoutItemMap *map )
{
  QgsLayoutItem *arrow = addItemFromXml( layout, QgsLayoutItemRegistry::LayoutPicture,
                                         { { QStringLiteral( "file" ), northArrowSource() },
                                           { QStringLiteral( "mode" ), QStringLiteral( "0" ) }, // SVG
                                           { QStringLiteral( "background" ), QStringLiteral( "true" ) } },
                                         QgsLayoutPoint( kMargin + kMapWidth - 15.5, kMapTop + 3 ),
                                         QgsLayoutSize( 12.5, 20 ) ); // north_arrow.svg's 40 x 64
  arrow->setId( QString::fromLatin1( PlanPrintItem::NorthArrow ) );
  // Segments sized to fit 50-90 mm, in metres (the map CRS is metric).
  QgsLayoutItem *scaleBar =
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
  scaleBar->setId( QString::fromLatin1( PlanPrintItem::ScaleBar ) );
}

// The title or the subtitle across the sheet in a box of \a heightMm: in the largest font, from \a pointSize down to
// \a smallestPointSize, in which the text wrapped to the sheet's width fits the box (a long event name); one line
// elided below that.
void addHeadline( QgsPrintLayout *layout, const char *id, const QString &text, double top, double heightMm,
                  double pointSize, double smallestPointSize, bool bold )
{
  const double width = kPageWidth - 2 * kMargin;
  QFont font = printFont( pointSize, bold );
  QStringList lines = wrapLabelText( font, text, width - kTextSlackMm );
  while ( ( labelTextHeightMm( font, lines ) > heightMm || !labelLinesFit( font, lines, width - kTextSlackMm ) ) &&
          font.pointSizeF() * kShrinkStep >= smallestPointSize )
  {
    font = scaledFont( font, kShrinkStep );
    lines = wrapLabelText( font, text, width - kTextSlackMm );
  }
  if ( labelTextHeightMm( font, lines ) > heightMm || !labelLinesFit( font, lines, width - kTextSlackMm ) )
    lines = QStringList{ elideLabelText( font, text, width - kTextSlackMm ) };
  addLabel( layout, id, lines.join( '\n' ), QRectF( kMargin, top, width, labelTextHeightMm( font, lines ) ), font );
}

QgsLayoutItemLegend *addLegend( QgsPrintLayout *layout, const PlanPrintContent &content, QgsLayoutItemMap *map )
{
  auto *legend = new QgsLayoutItemLegend( layout );
  layout->addLayoutItem( legend );
  legend->setId( QString::fromLatin1( PlanPrintItem::Legend ) );
  legend->setAutoUpdateModel( false ); // the legend gets its own layer tree, independent of the project's
  QgsLayerTree *tree = legend->model()->rootGroup();
  tree->removeAllChildren();
  // Layers of one symbol first: the legend draws them inline, name beside symbol, and under a heading's last entry
  // they would read as one more class of it (the cordon as a speed class of the routes).
  QList<QgsMapLayer *> layers = content.legendLayers;
  std::stable_partition( layers.begin(), layers.end(),
                         []( QgsMapLayer *layer )
                         {
                           const auto *vector = qobject_cast<QgsVectorLayer *>( layer );
                           return vector && vector->renderer() && vector->renderer()->legendSymbolItems().size() <= 1;
                         } );
  for ( QgsMapLayer *layer : layers )
    tree->addLayer( layer );
  legend->setLinkedMap( map );
  legend->setTitle( SecurityLayoutPrint::tr( "Legend" ) );
  legend->setResizeToContents( true );
  legend->setSplitLayer( true ); // in two columns, a long layer may continue in the second
  legend->setColumnSpace( 4 );
  legend->setBoxSpace( 0 ); // its text in line with the key figures' (it has no frame to keep off)
  legend->attemptMove( QgsLayoutPoint( kColumnLeft, kMapTop ) );
  return legend;
}

// The legend's fonts, symbols and spacing at \a scale of their full size, in \a columns columns.
void styleLegend( QgsLayoutItemLegend *legend, double scale, int columns )
{
  legend->setStyleFont( QgsLegendStyle::Title, printFont( 13 * scale, true ) );
  legend->setStyleFont( QgsLegendStyle::Subgroup, printFont( 9 * scale, true ) );
  legend->setStyleFont( QgsLegendStyle::SymbolLabel, printFont( 8 * scale, false ) );
  legend->setSymbolWidth( 8 * scale );
  legend->setSymbolHeight( 3 * scale );
  legend->setMaximumSymbolSize( 4 * scale ); // the entries' 4 mm dot at full size
  legend->setStyleMargin( QgsLegendStyle::Subgroup, QgsLegendStyle::Top, 2.0 * scale );
  legend->setStyleMargin( QgsLegendStyle::Symbol, QgsLegendStyle::Top, 1.2 * scale );
  legend->setStyleMargin( QgsLegendStyle::SymbolLabel, QgsLegendStyle::Top, 1.2 * scale );
  legend->setColumnCount( columns );
}

// Resizes \a legend to its contents, as it does when first drawn, and returns the size (mm). Not adjustBoxSize():
// it does nothing before the legend was drawn once (QGIS 3.22), for the sake of symbols in map units, which the
// plan's layers do not use.
QSizeF fitLegendSize( QgsLayoutItemLegend *legend )
{
  QgsRenderContext context = QgsLayoutUtils::createRenderContextForLayout( legend->layout(), nullptr );
  QgsLegendRenderer renderer( legend->model(), legend->legendSettings() );
  const QSizeF size = renderer.minimumSize( &context );
  legend->attemptResize( QgsLayoutSize( size, QgsUnitTypes::LayoutMillimeters ) );
  return legend->sizeWithUnits().toQSizeF();
}

// The texts of the column beside the map.
struct ColumnTexts
{
  QString heading, figures, sources;
};

// The column laid out at one scale of its fonts: the wrapped lines and the height of each block, in mm. The
// legend may be smaller still, to fit the column's width.
struct ColumnPlan
{
  double scale = 1, legendScale = 1;
  QStringList figureLines, sourceLines;
  double headingMm = 0, figuresMm = 0, legendMm = 0, sourcesMm = 0;
  bool fits = false;
};

QFont headingFont( double scale )
{
  return printFont( 13 * scale, true );
}
QFont figuresFont( double scale )
{
  return printFont( 9 * scale );
}
QFont sourcesFont( double scale )
{
  return printFont( 7 * scale );
}

// Measures the column at \a scale with the legend in \a columns columns (the legend is styled and sized so).
ColumnPlan measureColumn( QgsLayoutItemLegend *legend, const ColumnTexts &texts, double scale, int columns )
{
  ColumnPlan plan;
  plan.scale = scale;
  const double textWidth = kColumnWidth - kTextSlackMm;
  plan.figureLines = wrapLabelText( figuresFont( scale ), texts.figures, textWidth, QStringLiteral( "• " ) );
  plan.sourceLines = wrapLabelText( sourcesFont( scale ), texts.sources, textWidth );
  plan.headingMm = labelTextHeightMm( headingFont( scale ), { texts.heading } );
  plan.figuresMm = labelTextHeightMm( figuresFont( scale ), plan.figureLines );
  plan.sourcesMm = labelTextHeightMm( sourcesFont( scale ), plan.sourceLines );
  // A long legend label shrinks the legend only, until it is as narrow as the column.
  QSizeF legendSize;
  for ( plan.legendScale = scale;; plan.legendScale *= kShrinkStep )
  {
    styleLegend( legend, plan.legendScale, columns );
    legendSize = fitLegendSize( legend );
    if ( legendSize.width() <= kColumnWidth || plan.legendScale < kSmallestScale )
      break;
  }
  plan.legendMm = legendSize.height();
  const double height =
      plan.headingMm + kHeadingGapMm + plan.figuresMm + kBlockGapMm + plan.legendMm + kBlockGapMm + plan.sourcesMm;
  plan.fits = height <= kMapHeight && legendSize.width() <= kColumnWidth &&
              labelTextWidthMm( headingFont( scale ), texts.heading ) <= textWidth &&
              labelLinesFit( figuresFont( scale ), plan.figureLines, textWidth ) &&
              labelLinesFit( sourcesFont( scale ), plan.sourceLines, textWidth );
  return plan;
}

// The column at the largest scale of its fonts at which the key figures, the legend and the sources fit one under
// the other beside the map, each line in the column's width: one legend column before two at each scale.
ColumnPlan planColumn( QgsLayoutItemLegend *legend, const ColumnTexts &texts )
{
  ColumnPlan plan;
  for ( double scale = 1; scale >= kSmallestScale; scale *= kShrinkStep )
    for ( int columns = 1; columns <= 2; ++columns )
    {
      plan = measureColumn( legend, texts, scale, columns );
      if ( plan.fits )
        return plan;
    }
  return plan; // only a legend still too big at 5 % type size (0.4 pt) gets here: then it overlaps the sources
}

// The column beside the map, top down: the key figures, the legend, and the sources at the foot.
void addColumn( QgsPrintLayout *layout, const PlanPrintContent &content, QgsLayoutItemMap *map )
{
  QgsLayoutItemLegend *legend = addLegend( layout, content, map );
  const ColumnTexts texts{ SecurityLayoutPrint::tr( "Key figures" ), figuresText( content.figures ),
                           sourcesText( content ) };
  const ColumnPlan plan = planColumn( legend, texts );
  double top = kMapTop;
  addLabel( layout, PlanPrintItem::KeyFiguresHeading, texts.heading,
            QRectF( kColumnLeft, top, kColumnWidth, plan.headingMm ), headingFont( plan.scale ) );
  top += plan.headingMm + kHeadingGapMm;
  addLabel( layout, PlanPrintItem::KeyFigures, plan.figureLines.join( '\n' ),
            QRectF( kColumnLeft, top, kColumnWidth, plan.figuresMm ), figuresFont( plan.scale ) );
  top += plan.figuresMm + kBlockGapMm;
  legend->attemptMove( QgsLayoutPoint( kColumnLeft, top ) );
  addLabel( layout, PlanPrintItem::Sources, plan.sourceLines.join( '\n' ),
            QRectF( kColumnLeft, kMapTop + kMapHeight - plan.sourcesMm, kColumnWidth, plan.sourcesMm ),
            sourcesFont( plan.scale ), QColor( 80, 80, 80 ) );
}
} // namespace

std::unique_ptr<QgsPrintLayout> buildPlanPrintLayout( QgsProject *project, const PlanPrintContent &content )
{
  auto layout = std::make_unique<QgsPrintLayout>( project );
  layout->initializeDefaults();
  layout->setName( SecurityLayoutPrint::tr( "Security layout: %1" ).arg( content.eventName ) );
  layout->pageCollection()->page( 0 )->setPageSize( QStringLiteral( "A3" ), QgsLayoutItemPage::Landscape );

  addHeadline( layout.get(), PlanPrintItem::Title,
               SecurityLayoutPrint::tr( "Security layout: %1" ).arg( content.eventName ), kTitleTop,
               kSubtitleTop - kTitleTop, 24, 6, true );
  addHeadline( layout.get(), PlanPrintItem::Subtitle,
               SecurityLayoutPrint::tr(
                   "Vehicle-exclusion cordon, crash-rated barriers, entries and bomb stand-off zones for %1 people" )
                   .arg( localeNumber( content.figures.attendance ) ),
               kSubtitleTop, kMapTop - kSubtitleTop - 1, 12, 6, false );
  QgsLayoutItemMap *map = addMap( layout.get(), content );
  addNorthArrowAndScaleBar( layout.get(), map );
  addColumn( layout.get(), content, map );
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
