#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace eventsecurity
{

//! The steps of the security layout: algorithms of this provider that eventsecurity:securitylayout runs.
enum class PlanStep
{
  StandoffZones,   //!< eventsecurity:standoffzones
  PerimeterDesign, //!< eventsecurity:perimeterdesign, with the vehicle approach to its cordon
};

//! A table of the security layout's GeoPackage, and where it comes from.
struct PlanLayer
{
  const char *table;  //!< its name in the GeoPackage
  const char *title;  //!< its legend title (untranslated: planLayerTitle() translates it)
  PlanStep step;      //!< the step that makes it...
  const char *output; //!< ...as this output
  bool inLegend;      //!< listed in the print's legend when not empty (one speed scale, the routes', not three)
  bool approach;      //!< part of the vehicle approach: only when a street crosses the cordon
};

//! The security layout's tables, top to bottom as in the Layers panel (the first is drawn last, on top).
const std::vector<PlanLayer> &planLayers();
//! The table names of planLayers(), top to bottom.
QStringList planLayerNames();
//! The legend title of a table (translated), e.g. "Vehicle-exclusion cordon" for "cordon"; the name if unknown.
QString planLayerTitle( const QString &table );
//! Whether the print's legend lists the table \a table holding \a featureCount features.
bool planLayerInLegend( const QString &table, long long featureCount );

//! The input layers the print shows under the results.
enum class BaseLayer
{
  EventArea,
  Streets,
  Buildings,
  OpenAreas, //!< open ground a vehicle can drive on (issue 13)
};

//! An input layer of the print, and the layout parameter that gives it.
struct PlanBaseLayer
{
  BaseLayer kind;        //!< how it is styled
  const char *parameter; //!< VENUE, NETWORK, BUILDINGS, OPEN_AREAS
  const char *title;     //!< untranslated: planBaseLayerTitle() translates it
};

//! The print's base layers, in the order they are stacked under the results.
const std::vector<PlanBaseLayer> &planBaseLayers();
//! The legend title of a base layer (translated).
QString planBaseLayerTitle( const PlanBaseLayer &layer );

} // namespace eventsecurity
