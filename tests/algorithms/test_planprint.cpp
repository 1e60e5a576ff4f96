// The plan's print layout (buildPlanPrintLayout) as printed: the north arrow is the plugin's own SVG, embedded,
// whatever SVG folders QGIS has; and the column beside the map holds the key figures, the legend and the sources
// without overlap, on the page, with no line broken inside a barrier rating, for a typical venue and for a
// synthetic worst case (many barrier classes, long ratings and labels, a long event name).
#include "testsupport.h"

#include "planprint.h"
#include "planstyles.h"

#include <qgsapplication.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsfontutils.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemregistry.h>
#include <qgslayoututils.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>

#include <QDomDocument>
#include <QFile>
#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextLayout>

#include <algorithm>
#include <memory>

using namespace eventsecurity;
using namespace eventsecurity::test;

namespace
{
const QString kCrs = QStringLiteral( "EPSG:32721" );

// The item's XML element, as a saved layout holds it (the label's and picture's headers cannot be included with
// Debian's QGIS 3.22 development package: see planprint.cpp).
QDomElement itemXml( const QgsLayoutItem *item, QDomDocument &document )
{
  QDomElement parent = document.createElement( QStringLiteral( "Items" ) );
  item->writeXml( parent, document, QgsReadWriteContext() );
  return parent.firstChildElement();
}

QgsAttributes oneAttribute( const QVariant &value )
{
  QgsAttributes attributes( 1 );
  attributes[0] = value;
  return attributes;
}

QRectF itemRect( const QgsLayoutItem *item )
{
  return QRectF( item->positionWithUnits().toQPointF(), item->sizeWithUnits().toQSizeF() );
}

bool overlap( const QRectF &a, const QRectF &b )
{
  const QRectF common = a.intersected( b );
  return common.width() > 1e-6 && common.height() > 1e-6;
}

// A text label's text and font.
struct LabelText
{
  QString text;
  QFont font;
};

LabelText labelText( const QgsLayoutItem *label )
{
  QDomDocument document;
  const QDomElement element = itemXml( label, document );
  LabelText result;
  result.text = element.attribute( QStringLiteral( "labelText" ) );
  QgsFontUtils::setFromXmlChildNode( result.font, element, QStringLiteral( "LabelFont" ) );
  return result;
}

// The lines Qt's line breaker (which QPainter::drawText, and so the label, uses) makes of \a text at \a widthMm in
// the label's font, 10 times enlarged as QGIS 3.22 draws layout text: where the printed lines really break.
QStringList qtLines( const QFont &font, const QString &text, double widthMm )
{
  QStringList lines;
  for ( const QString &paragraph : text.split( '\n' ) )
  {
    QTextLayout layout( paragraph, QgsLayoutUtils::scaledFontPixelSize( font ) );
    QTextOption option;
    option.setWrapMode( QTextOption::WordWrap );
    layout.setTextOption( option );
    layout.beginLayout();
    for ( QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine() )
    {
      line.setLineWidth( widthMm * 10 );
      lines << paragraph.mid( line.textStart(), line.textLength() );
    }
    layout.endLayout();
  }
  return lines;
}

// The height in mm of \a text drawn word-wrapped at \a widthMm, as the label draws it (QgsLayoutUtils::drawText:
// QPainter::drawText( rect, Qt::TextWordWrap, text ), whose layout QFontMetricsF::boundingRect shares).
double qtTextHeightMm( const QFont &font, const QString &text, double widthMm )
{
  const QFontMetricsF metrics( QgsLayoutUtils::scaledFontPixelSize( font ) );
  return metrics
             .boundingRect( QRectF( 0, 0, widthMm * 10, 1e6 ), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text )
             .height() /
         10;
}

// The north arrow drawn (12.5 x 20 mm, the SVG's 40 x 64 units) at 10 px/mm, 3.125 px per SVG unit. In its
// lower half (SVG y >= 32) the left half of the arrowhead, (20,26) (8,62) (20,54), is filled black:
// y 32..54: (1/3) (28² - 6²) / 2 = 124.7 units², y 54..62: 8 x 9.33 / 2 = 37.3, so 162 units² = 1582 px; the
// right half is white inside a 1.5-unit outline, 46 units long there: about 46 x 1.5 = 69 units² = 674 px.
void checkArrowPixels( const QImage &image )
{
  QCOMPARE( image.size(), QSize( 125, 200 ) );
  int darkLeft = 0, darkRight = 0;
  for ( int y = 100; y < 200; ++y )
    for ( int x = 0; x < 125; ++x )
      if ( qGray( image.pixel( x, y ) ) < 128 )
        ( x < 62 ? darkLeft : darkRight ) += 1;
  QVERIFY2( darkLeft > 1582 && darkRight < 1000,
            qPrintable( QStringLiteral( "dark pixels %1 left, %2 right" ).arg( darkLeft ).arg( darkRight ) ) );
}

// The synthetic worst case's ratings: 7 vehicle classes at 2 speeds, in the longer wording issue 11 brings.
QVector<std::pair<QString, int>> manyRatings()
{
  QVector<std::pair<QString, int>> ratings;
  const QStringList vehicles = { QStringLiteral( "M1" ),  QStringLiteral( "N1G" ), QStringLiteral( "N1" ),
                                 QStringLiteral( "N2A" ), QStringLiteral( "N2B" ), QStringLiteral( "N3C" ),
                                 QStringLiteral( "N3D" ) };
  int count = 1;
  for ( const QString &vehicle : vehicles )
    for ( int speedKmh : { 80, 112 } )
      ratings << std::make_pair( QStringLiteral( "V/7200[%1]/%2 (%2 km/h), tested at %3 km/h or more" )
                                     .arg( vehicle )
                                     .arg( speedKmh )
                                     .arg( speedKmh - 2 ),
                                 count++ );
  ratings << std::make_pair( QStringLiteral( "faster than every IWA 14-1 test" ), 2 );
  ratings << std::make_pair( QString(), 1 );
  return ratings;
}
} // namespace

class TestPlanPrint : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void northArrowWithoutQgisSvgFolder();
  void northArrowWithQgisSvgFolders();
  void northArrowInTheAlgorithmsPdf();
  void typicalVenueAtFullSize();
  void worstCaseFitsWithoutOverlap();
  void worstCasePdfKeepsRatingsWhole();
  void manyClassesInTwoLegendColumns();

private:
  std::unique_ptr<QgsPrintLayout> buildLayout( const PlanFigures &figures, bool longTexts );
  void checkNorthArrow();
  void checkColumn( QgsPrintLayout *layout, const PlanFigures &figures );
  QgsVectorLayer *addLayer( const QString &uri, const QString &name, const QStringList &wkts,
                            const QList<QgsAttributes> &attributes );

  QTemporaryDir mDir;
  QgsProject mProject;
  PlanFigures mTypicalFigures, mWorstFigures, mManyClassesFigures;
};

void TestPlanPrint::initTestCase()
{
  QVERIFY( mDir.isValid() );
  // The demo's figures (Plaza Independencia, scripts/demo.sh).
  mTypicalFigures.attendance = 10000;
  mTypicalFigures.capacity = 31736.7;
  mTypicalFigures.density = 2;
  mTypicalFigures.entries = 3;
  mTypicalFigures.lanes = 25;
  mTypicalFigures.barriers = 4;
  mTypicalFigures.emergencyGates = 2;
  mTypicalFigures.ratingCounts = { { QStringLiteral( "V/7200[N3C]/96" ), 4 },
                                   { QStringLiteral( "V/7200[N3C]/112" ), 5 } };
  mTypicalFigures.maxImpactKmh = 102;
  mTypicalFigures.standoffM = 30;
  mTypicalFigures.mandatoryM = 98;
  mTypicalFigures.threatKey = QStringLiteral( "sedan" );
  mTypicalFigures.vehicleKey = QStringLiteral( "truck_7500" );
  mTypicalFigures.closedRoadM = 2672;
  mTypicalFigures.exposedBuildings = 162;
  // Many more of everything, and the longer rating wording of issue 11.
  mWorstFigures.attendance = 123456;
  mWorstFigures.capacity = 234567.8;
  mWorstFigures.density = 2;
  mWorstFigures.entries = 24;
  mWorstFigures.lanes = 190;
  mWorstFigures.barriers = 105;
  mWorstFigures.emergencyGates = 12;
  mWorstFigures.ratingCounts = manyRatings();
  mWorstFigures.maxImpactKmh = 118;
  mWorstFigures.standoffM = 30;
  mWorstFigures.mandatoryM = 564;
  mWorstFigures.threatKey = QStringLiteral( "semitrailer" );
  mWorstFigures.vehicleKey = QStringLiteral( "truck_7500" );
  mWorstFigures.closedRoadM = 123456;
  mWorstFigures.exposedBuildings = 4321;
  // A legend taller than the column, of short entries: 48 IWA 14-1 classes (6 vehicles at 8 test speeds).
  mManyClassesFigures = mTypicalFigures;
  mManyClassesFigures.ratingCounts.clear();
  for ( const char *vehicle : { "1500[M1]", "2500[N1G]", "3500[N1]", "7200[N2A]", "7200[N3C]", "12000[N3D]" } )
    for ( int speedKmh : { 16, 32, 48, 56, 64, 80, 96, 112 } )
      mManyClassesFigures.ratingCounts << std::make_pair( QStringLiteral( "V/%1/%2" ).arg( vehicle ).arg( speedKmh ),
                                                          1 );
}

QgsVectorLayer *TestPlanPrint::addLayer( const QString &uri, const QString &name, const QStringList &wkts,
                                         const QList<QgsAttributes> &attributes )
{
  QgsVectorLayer *layer = memoryLayer( uri, wkts, attributes ).release();
  layer->setName( name );
  mProject.addMapLayer( layer );
  return layer;
}

// A layout of \a figures, with a barrier legend entry per rating class; \a longTexts adds a layer of 16 long legend
// labels and a long event name.
std::unique_ptr<QgsPrintLayout> TestPlanPrint::buildLayout( const PlanFigures &figures, bool longTexts )
{
  PlanPrintContent content;
  content.crs = QgsCoordinateReferenceSystem( kCrs );
  content.extent = QgsRectangle( 0, 0, 285, 257 ); // the map frame's proportions (mm)
  content.date = QDate( 2026, 6, 1 );
  content.dataCredit = QStringLiteral( "© OpenStreetMap contributors (ODbL)" );
  content.figures = figures;
  // Barriers styled as the plan styles them: one legend entry per rating class.
  QList<QgsAttributes> ratings;
  QStringList lines;
  for ( const auto &[rating, count] : content.figures.ratingCounts )
    for ( int i = 0; i < count; ++i )
    {
      // "V/7200[N3C]/80 (80 km/h), tested ..." -> the IWA 14-1 rating "V/7200[N3C]/80/90" (no rating: unreachable)
      ratings << oneAttribute( rating.isEmpty() ? QVariant() : QVariant( rating.section( ' ', 0, 0 ) + "/90" ) );
      lines << QStringLiteral( "LINESTRING(%1 0, %1 10)" ).arg( lines.size() );
    }
  QgsVectorLayer *barriers = addLayer( QStringLiteral( "LineString?crs=%1&field=rating_iwa:string" ).arg( kCrs ),
                                       QStringLiteral( "Crash-rated barriers" ), lines, ratings );
  if ( !applyPlanLayerStyle( barriers, QStringLiteral( "barriers" ) ) )
    return nullptr;
  content.mapLayers << barriers;
  content.legendLayers << barriers;
  content.eventName = QStringLiteral( "Noche de la Plaza" );
  if ( longTexts )
  {
    // Blast rings with long labels: a legend much longer than any venue's so far.
    QgsCategoryList categories;
    for ( int i = 0; i < 16; ++i )
      categories << QgsRendererCategory( i, QgsFillSymbol::createSimple( {} ),
                                         QStringLiteral( "Overpressure ring %1 kPa, glass breakage and injuries "
                                                         "from flying fragments (up to %2 m)" )
                                             .arg( 100 - 5 * i )
                                             .arg( 100 + 40 * i ) );
    QgsVectorLayer *zones = addLayer( QStringLiteral( "Polygon?crs=%1&field=ring:integer" ).arg( kCrs ),
                                      QStringLiteral( "Bomb stand-off zones and overpressure rings (Kingery-Bulmash)" ),
                                      { QStringLiteral( "POLYGON((0 0, 1 0, 1 1, 0 0))" ) }, { oneAttribute( 0 ) } );
    zones->setRenderer( new QgsCategorizedSymbolRenderer( QStringLiteral( "ring" ), categories ) );
    content.mapLayers << zones;
    content.legendLayers << zones;
    content.eventName = QStringLiteral( "Festival international des arts de la rue et des musiques du monde de la "
                                        "ville, édition anniversaire, grande parade de clôture sur les boulevards" );
  }
  return buildPlanPrintLayout( &mProject, content );
}

void TestPlanPrint::checkNorthArrow()
{
  std::unique_ptr<QgsPrintLayout> layout = buildLayout( mTypicalFigures, false );
  QVERIFY( layout );
  QgsLayoutItem *arrow = layout->itemById( QString::fromLatin1( PlanPrintItem::NorthArrow ) );
  QVERIFY( arrow );
  QCOMPARE( arrow->type(), static_cast<int>( QgsLayoutItemRegistry::LayoutPicture ) );
  QDomDocument document;
  const QString source = itemXml( arrow, document ).attribute( QStringLiteral( "file" ) );
  // Exactly the SVG in the repository, embedded: no path for QGIS to resolve.
  QFile shipped( QStringLiteral( SAMPLE_DATA_DIR ) + QStringLiteral( "/../../algorithms/print/north_arrow.svg" ) );
  QVERIFY( shipped.open( QIODevice::ReadOnly ) );
  const QByteArray svg = shipped.readAll();
  QVERIFY2( source.startsWith( QLatin1String( "base64:" ) ), qPrintable( source.left( 80 ) ) );
  QCOMPARE( QByteArray::fromBase64( source.mid( 7 ).toLatin1() ), svg );
  // A valid SVG of the arrow's proportions, for Qt's own SVG reader too.
  QByteArray embedded = QByteArray::fromBase64( source.mid( 7 ).toLatin1() );
  QBuffer buffer( &embedded );
  QImageReader reader( &buffer, "svg" );
  QCOMPARE( reader.size(), QSize( 40, 64 ) );
  QVERIFY2( !reader.read().isNull(), qPrintable( reader.errorString() ) );
  // Drawn by QGIS.
  QgsLayoutExporter exporter( layout.get() );
  QCOMPARE( itemRect( arrow ).size(), QSizeF( 12.5, 20 ) );
  checkArrowPixels( exporter.renderRegionToImage( itemRect( arrow ), QSize( 125, 200 ) ) );
}

void TestPlanPrint::northArrowWithoutQgisSvgFolder()
{
  // A test binary's QgsApplication takes the folder above the executable as QGIS's prefix (as the runner did
  // before it set QGIS's own): QGIS's SVG folder is not among the search paths, and its arrows are not found.
  for ( const QString &folder : QgsApplication::svgPaths() )
    QVERIFY2( !QFile::exists( folder + QStringLiteral( "/arrows/NorthArrow_02.svg" ) ), qPrintable( folder ) );
  checkNorthArrow();
}

void TestPlanPrint::northArrowWithQgisSvgFolders()
{
  // As in QGIS (the dock): SVG folders holding an arrows/NorthArrow_02.svg, here one of another shape (a user's
  // folder comes first). The print keeps its own arrow.
  const QString folder = mDir.filePath( QStringLiteral( "svg" ) );
  QVERIFY( QDir().mkpath( folder + QStringLiteral( "/arrows" ) ) );
  QFile other( folder + QStringLiteral( "/arrows/NorthArrow_02.svg" ) );
  QVERIFY( other.open( QIODevice::WriteOnly ) );
  other.write(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>" );
  other.close();
  const QStringList defaults = QgsApplication::svgPaths();
  QgsApplication::setDefaultSvgPaths( QStringList{ folder + '/' } << defaults );
  QCOMPARE( QgsApplication::svgPaths().value( 0 ), folder + '/' );
  checkNorthArrow();
  QgsApplication::setDefaultSvgPaths( defaults );
}

void TestPlanPrint::northArrowInTheAlgorithmsPdf()
{
  // End to end, as the runner makes the PDF (eventsecurity:securitylayout's post-processing), with this binary's
  // SVG search paths (no QGIS folder): the printed arrow, rasterised from the PDF where the layout puts it.
  const QString pdftoppm = QStandardPaths::findExecutable( QStringLiteral( "pdftoppm" ) );
  if ( pdftoppm.isEmpty() )
    QSKIP( "poppler-utils (pdftoppm) is not installed" );
  const QString pdf = mDir.filePath( QStringLiteral( "sample.pdf" ) );
  QgsProcessingContext context;
  const AlgorithmRun run =
      runAlgorithm( QStringLiteral( "eventsecurity:securitylayout" ),
                    { { QStringLiteral( "VENUE" ), sampleData( QStringLiteral( "venue.geojson" ) ) },
                      { QStringLiteral( "NETWORK" ), sampleData( QStringLiteral( "roads.geojson" ) ) },
                      { QStringLiteral( "EVENT_NAME" ), QStringLiteral( "Noche de la Plaza" ) },
                      { QStringLiteral( "ATTENDANCE" ), 10000 },
                      { QStringLiteral( "OUTPUT_GPKG" ), mDir.filePath( QStringLiteral( "sample.gpkg" ) ) },
                      { QStringLiteral( "OUTPUT_PDF" ), pdf } },
                    context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  QCOMPARE( run.results.value( QStringLiteral( "OUTPUT_PDF" ) ).toString(), pdf );
  // The arrow's place: x 10 + 285 - 15.5 = 279.5 mm, y 30 + 3 = 33 mm; at 254 dpi, 10 px/mm.
  QProcess process;
  process.start( pdftoppm,
                 { QStringLiteral( "-png" ), QStringLiteral( "-r" ), QStringLiteral( "254" ), QStringLiteral( "-x" ),
                   QStringLiteral( "2795" ), QStringLiteral( "-y" ), QStringLiteral( "330" ), QStringLiteral( "-W" ),
                   QStringLiteral( "125" ), QStringLiteral( "-H" ), QStringLiteral( "200" ),
                   QStringLiteral( "-singlefile" ), pdf, mDir.filePath( QStringLiteral( "arrow" ) ) } );
  QVERIFY( process.waitForFinished( 60000 ) );
  checkArrowPixels( QImage( mDir.filePath( QStringLiteral( "arrow.png" ) ) ) );
}

void TestPlanPrint::checkColumn( QgsPrintLayout *layout, const PlanFigures &figures )
{
  // Printed first: the legend takes its final size when drawn.
  QVERIFY( exportPlanPrintPdf( layout, mDir.filePath( QStringLiteral( "column.pdf" ) ), nullptr ) );
  QList<QgsLayoutItem *> items;
  layout->layoutItems( items );
  const QRectF page( 0, 0, 420, 297 ); // A3 landscape
  const QRectF map = itemRect( layout->itemById( QString::fromLatin1( PlanPrintItem::Map ) ) );
  const QStringList overlays = { QString::fromLatin1( PlanPrintItem::NorthArrow ),
                                 QString::fromLatin1( PlanPrintItem::ScaleBar ) };
  int checked = 0;
  for ( QgsLayoutItem *item : items )
  {
    if ( item->type() == QgsLayoutItemRegistry::LayoutPage )
      continue;
    ++checked;
    const QRectF rect = itemRect( item );
    QVERIFY2( page.contains( rect ), qPrintable( item->id() ) );
    if ( overlays.contains( item->id() ) )
      QVERIFY2( map.contains( rect ), qPrintable( item->id() ) ); // drawn over the map, inside its frame
    for ( QgsLayoutItem *other : items )
    {
      if ( other == item || other->type() == QgsLayoutItemRegistry::LayoutPage ||
           ( overlays.contains( item->id() ) && other->id() == QString::fromLatin1( PlanPrintItem::Map ) ) ||
           ( overlays.contains( other->id() ) && item->id() == QString::fromLatin1( PlanPrintItem::Map ) ) )
        continue;
      QVERIFY2( !overlap( rect, itemRect( other ) ), qPrintable( item->id() + " / " + other->id() ) );
    }
    if ( item->type() != QgsLayoutItemRegistry::LayoutLabel )
      continue;
    // Each text inside its label, as Qt wraps it at the label's width.
    const LabelText label = labelText( item );
    const double heightMm = qtTextHeightMm( label.font, label.text, rect.width() );
    QVERIFY2(
        heightMm <= rect.height() + 0.01,
        qPrintable(
            QStringLiteral( "%1: %2 mm of text in %3 mm" ).arg( item->id() ).arg( heightMm ).arg( rect.height() ) ) );
  }
  QCOMPARE( checked, 9 ); // title, subtitle, map, north arrow, scale bar, heading, key figures, legend, sources
  // Every rating on one of the key figures' lines as Qt breaks them.
  QgsLayoutItem *keyFigures = layout->itemById( QString::fromLatin1( PlanPrintItem::KeyFigures ) );
  const LabelText label = labelText( keyFigures );
  QStringList printed = qtLines( label.font, label.text, itemRect( keyFigures ).width() );
  printed.replaceInStrings( QString( QChar( 0x00A0 ) ), QStringLiteral( " " ) );
  for ( const auto &[rating, count] : figures.ratingCounts )
  {
    const QString whole =
        QStringLiteral( "%1 × %2" ).arg( count ).arg( rating.isEmpty() ? QStringLiteral( "not reachable" ) : rating );
    QVERIFY2(
        std::any_of( printed.begin(), printed.end(), [&]( const QString &line ) { return line.contains( whole ); } ),
        qPrintable( whole + QStringLiteral( "\n in:\n" ) + printed.join( '\n' ) ) );
  }
}

void TestPlanPrint::typicalVenueAtFullSize()
{
  std::unique_ptr<QgsPrintLayout> layout = buildLayout( mTypicalFigures, false );
  QVERIFY( layout );
  checkColumn( layout.get(), mTypicalFigures );
  // Room enough: the column keeps its full-size fonts (9 pt key figures).
  const QFont font = labelText( layout->itemById( QString::fromLatin1( PlanPrintItem::KeyFigures ) ) ).font;
  QCOMPARE( font.pointSizeF(), 9.0 );
}

void TestPlanPrint::worstCaseFitsWithoutOverlap()
{
  std::unique_ptr<QgsPrintLayout> layout = buildLayout( mWorstFigures, true );
  QVERIFY( layout );
  checkColumn( layout.get(), mWorstFigures );
}

void TestPlanPrint::worstCasePdfKeepsRatingsWhole()
{
  // What a reader sees: the PDF's text, line by line (pdftotext keeps the printed lines), holds each rating whole.
  const QString pdftotext = QStandardPaths::findExecutable( QStringLiteral( "pdftotext" ) );
  if ( pdftotext.isEmpty() )
    QSKIP( "poppler-utils (pdftotext) is not installed" );
  std::unique_ptr<QgsPrintLayout> layout = buildLayout( mWorstFigures, true );
  QVERIFY( layout );
  const QString pdf = mDir.filePath( QStringLiteral( "worst.pdf" ) );
  QVERIFY( exportPlanPrintPdf( layout.get(), pdf, nullptr ) );
  QProcess process;
  process.start( pdftotext, { QStringLiteral( "-layout" ), pdf, QStringLiteral( "-" ) } );
  QVERIFY( process.waitForFinished( 30000 ) );
  const QStringList lines =
      QString::fromUtf8( process.readAllStandardOutput() ).replace( QChar( 0x00A0 ), ' ' ).split( '\n' );
  for ( const auto &[rating, count] : mWorstFigures.ratingCounts )
  {
    if ( rating.isEmpty() )
      continue;
    const QString whole = QStringLiteral( "%1 × %2" ).arg( count ).arg( rating );
    bool found = false;
    for ( const QString &line : lines )
      found = found || line.simplified().contains( whole );
    QVERIFY2( found, qPrintable( whole ) );
  }
}

void TestPlanPrint::manyClassesInTwoLegendColumns()
{
  std::unique_ptr<QgsPrintLayout> layout = buildLayout( mManyClassesFigures, false );
  QVERIFY( layout );
  checkColumn( layout.get(), mManyClassesFigures );
  // 48 entries of 3 mm symbol + 1.2 mm space = 202 mm (213 mm with the titles) and the key figures listing 48
  // ratings (about 90-120 mm) exceed the column's 257 mm in one legend column, even at 90 % type size: split in two.
  QDomDocument document;
  const QDomElement legend = itemXml( layout->itemById( QString::fromLatin1( PlanPrintItem::Legend ) ), document );
  QCOMPARE( legend.attribute( QStringLiteral( "columnCount" ) ), QStringLiteral( "2" ) );
}

ES_TEST_MAIN( TestPlanPrint )
#include "test_planprint.moc"
