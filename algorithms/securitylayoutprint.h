// The printable security layout: an A3 landscape QgsPrintLayout (map, legend, scale bar, north arrow, key figures,
// sources, date) for eventsecurity:securitylayout's PDF and for the dock's "open in layout designer".
#ifndef SECURITYLAYOUTPRINT_H
#define SECURITYLAYOUTPRINT_H

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QVector>

#include <memory>
#include <utility>

class QgsMapLayer;
class QgsPrintLayout;
class QgsProject;

namespace eventsecurity
{

//! The key figures of a security layout, as read back from its GeoPackage.
struct SecurityLayoutFigures
{
  double capacity = 0;   //!< persons the event area holds at the planning density (cordon.capacity)
  double attendance = 0; //!< persons expected (cordon.attendance)
  double density = 0;    //!< persons/m² used for the capacity
  int entries = 0;       //!< pedestrian entries
  int lanes = 0;         //!< search lanes over all entries
  int barriers = 0;      //!< fixed vehicle barriers (crossings of kind vehicle_barrier)
  int emergencyGates = 0;
  QVector<std::pair<QString, int>> ratingCounts; //!< barrierRatingClass() -> crossings needing it, slowest first
  double maxImpactKmh = 0;                       //!< highest impact speed at the cordon (impact_points)
  double standoffM = 0;                          //!< vehicles kept this far from the event area
  double mandatoryM = 0;                         //!< the chart's mandatory evacuation distance for the threat
  QString threatKey;                             //!< threat catalogue key, e.g. sedan
  QString vehicleKey;                            //!< vehicle class key, e.g. truck_7500
  double closedRoadM = 0;                        //!< road length closed to vehicles (road_closures.length_m)
  int exposedBuildings = 0;
};

/**
 * Reads the key figures from a GeoPackage written by eventsecurity:securitylayout (its layers cordon, crossings,
 * entries, impact_points, road_closures, exposed_buildings; missing layers count as empty).
 */
SecurityLayoutFigures readSecurityLayoutFigures( const QString &geoPackagePath );

//! What the print layout shows.
struct SecurityLayoutContent
{
  QString eventName;                 //!< in the title
  QList<QgsMapLayer *> mapLayers;    //!< drawn in the map, top to bottom; must belong to the project
  QList<QgsMapLayer *> legendLayers; //!< listed in the legend, top to bottom (layer names are the legend titles)
  QgsRectangle extent;               //!< map extent, in crs
  QgsCoordinateReferenceSystem crs;  //!< map CRS (metric, so the scale bar reads metres)
  SecurityLayoutFigures figures;
  QString dataCredit; //!< e.g. "© OpenStreetMap contributors"; empty = none
  QDate date = QDate::currentDate();
};

/**
 * The map extent and CRS to print a layout GeoPackage: a local metric CRS for the data, and the cordon, the
 * mandatory evacuation zone and the barriers with a margin (the outer blast ring and the routes run off the
 * sheet: they are kilometres long). Fills \a content's extent and crs; false when the GeoPackage has no cordon.
 */
bool setSecurityLayoutExtent( const QString &geoPackagePath, SecurityLayoutContent &content );

//! The default data credit: "© OpenStreetMap contributors (ODbL)" when an input layer looks like OSM data (an osm_id
//! field, or "osm" in its source), else empty.
QString defaultDataCredit( const QList<QgsMapLayer *> &inputLayers );

/**
 * Builds the A3 landscape print layout of \a content in \a project (not added to its layout manager: the caller
 * decides). Must run on the main thread (QgsLayout is a QGraphicsScene).
 */
std::unique_ptr<QgsPrintLayout> buildSecurityLayout( QgsProject *project, const SecurityLayoutContent &content );

//! Exports \a layout to a PDF at \a path. False + \a error on failure. Main thread only.
bool exportSecurityLayoutPdf( QgsPrintLayout *layout, const QString &path, QString *error );

} // namespace eventsecurity

#endif
