#pragma once

#include "planfigures.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfields.h>
#include <qgsrectangle.h>

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class QgsMapLayer;
class QgsPrintLayout;
class QgsProject;

namespace eventsecurity
{

//! What the plan's print layout shows.
struct PlanPrintContent
{
  QString eventName;                 //!< in the title
  QList<QgsMapLayer *> mapLayers;    //!< drawn in the map, top to bottom; must belong to the project
  QList<QgsMapLayer *> legendLayers; //!< listed in the legend, top to bottom, those of one symbol first (layer
                                     //!< names are the legend titles)
  QgsRectangle extent;               //!< map extent, in crs
  QgsCoordinateReferenceSystem crs;  //!< map CRS (metric, so the scale bar reads metres)
  PlanFigures figures;               //!< the key figures beside the map
  QString dataCredit;                //!< e.g. "© OpenStreetMap contributors"; empty = none
  QDate date = QDate::currentDate(); //!< printed with the sources
};

/**
 * The map extent and CRS to print a security layout's GeoPackage: a local metric CRS for the data, and the
 * cordon, the mandatory evacuation zone and the barriers with a margin (the outer blast ring and the routes run
 * off the sheet: they are kilometres long). Fills \a content's extent and crs; false when there is no cordon.
 */
bool setPlanPrintExtent( const QString &geoPackagePath, PlanPrintContent &content );

//! What an input layer tells about where its data comes from, to credit it.
struct DataSourceInfo
{
  QgsFields fields;     //!< an osm_id field says OpenStreetMap
  QString source;       //!< the data source (path or URI)
  QString providerType; //!< the data provider's key
};

//! The default data credit: "© OpenStreetMap contributors (ODbL)" when an input looks like OSM data (an osm_id
//! or osm_way_id field, "osm" in its source, or the osm provider), else empty.
QString defaultDataCredit( const QList<DataSourceInfo> &inputs );
//! defaultDataCredit() of layers (main thread).
QString defaultDataCredit( const QList<QgsMapLayer *> &inputLayers );

//! The ids (QgsLayoutItem::id()) of the print layout's items, as the layout designer's Items panel lists them.
namespace PlanPrintItem
{
constexpr char Title[] = "Title";
constexpr char Subtitle[] = "Subtitle";
constexpr char Map[] = "Map";
constexpr char NorthArrow[] = "North arrow"; //!< a picture: the plugin's own SVG, embedded (base64)
constexpr char ScaleBar[] = "Scale bar";
constexpr char KeyFiguresHeading[] = "Key figures heading";
constexpr char KeyFigures[] = "Key figures";
constexpr char Legend[] = "Legend";
constexpr char Sources[] = "Sources";
} // namespace PlanPrintItem

/**
 * Builds the plan's A3 landscape print layout of \a content in \a project (not added to its layout manager: the
 * caller decides): map, legend, scale bar, north arrow, key figures, sources and date. The column beside the map
 * stacks the key figures, the legend and the sources at their measured sizes, their fonts shrunk together (and the
 * legend split in two columns) as far as the venue needs, so no text overlaps another or leaves the page, and no
 * barrier rating is broken over two lines. Must run on the main thread (QgsLayout is a QGraphicsScene).
 */
std::unique_ptr<QgsPrintLayout> buildPlanPrintLayout( QgsProject *project, const PlanPrintContent &content );

//! Exports \a layout to a PDF at \a path. False + \a error on failure. Main thread only.
bool exportPlanPrintPdf( QgsPrintLayout *layout, const QString &path, QString *error );

} // namespace eventsecurity
