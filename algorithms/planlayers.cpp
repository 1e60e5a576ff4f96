#include "planlayers.h"

#include <QCoreApplication>

#include <algorithm>

namespace eventsecurity
{

// The titles keep the translation contexts of the files they came from, so the translations find them.
const std::vector<PlanLayer> &planLayers()
{
  static const std::vector<PlanLayer> layers = {
      { "entries", QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Pedestrian entries: search lanes, exit width" ),
        PlanStep::PerimeterDesign, "OUTPUT_ENTRIES", true, false },
      { "crossings", QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Street crossings of the cordon" ),
        PlanStep::PerimeterDesign, "OUTPUT_CROSSINGS", true, false },
      { "impact_stretches",
        QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Open ground reaching the cordon: barrier line along it" ),
        PlanStep::PerimeterDesign, "OUTPUT_STRETCHES", true, true },
      { "barriers", QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Crash-rated barriers" ), PlanStep::PerimeterDesign,
        "OUTPUT_BARRIERS", true, false },
      // Above the routes and impact points, which run along the same streets and would hide a 3 m strip.
      { "queues", QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Queues outside the cordon: people, longest wait" ),
        PlanStep::PerimeterDesign, "OUTPUT_QUEUES", true, false },
      { "impact_points", QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Vehicle impact speed at the cordon" ),
        PlanStep::PerimeterDesign, "OUTPUT_IMPACTS", false, true },
      { "critical_routes", QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Fastest hostile vehicle routes (impact speed)" ),
        PlanStep::PerimeterDesign, "OUTPUT_ROUTES", true, true },
      { "cordon", QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Vehicle-exclusion cordon" ), PlanStep::PerimeterDesign,
        "OUTPUT_PERIMETER", true, false },
      { "road_closures", QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Roads closed to vehicles" ),
        PlanStep::StandoffZones, "OUTPUT_ROADS", true, false },
      { "exposed_buildings", QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Buildings exposed to the blast" ),
        PlanStep::StandoffZones, "OUTPUT_BUILDINGS", true, false },
      { "approach_speeds", QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Highest vehicle speed on each street" ),
        PlanStep::PerimeterDesign, "OUTPUT_APPROACH_SPEEDS", false, true },
      { "standoff_zones", QT_TRANSLATE_NOOP( "SecurityLayoutStyles", "Bomb stand-off zones (NCTC chart)" ),
        PlanStep::StandoffZones, "OUTPUT", true, false },
  };
  return layers;
}

QStringList planLayerNames()
{
  QStringList names;
  for ( const PlanLayer &layer : planLayers() )
    names << QString::fromLatin1( layer.table );
  return names;
}

QString planLayerTitle( const QString &table )
{
  const auto &layers = planLayers();
  const auto it = std::find_if( layers.begin(), layers.end(),
                                [&]( const PlanLayer &layer ) { return table == QLatin1String( layer.table ); } );
  return it == layers.end() ? table : QCoreApplication::translate( "SecurityLayoutStyles", it->title );
}

bool planLayerInLegend( const QString &table, long long featureCount )
{
  const auto &layers = planLayers();
  const auto it = std::find_if( layers.begin(), layers.end(),
                                [&]( const PlanLayer &layer ) { return table == QLatin1String( layer.table ); } );
  return featureCount > 0 && ( it == layers.end() || it->inLegend );
}

const std::vector<PlanBaseLayer> &planBaseLayers()
{
  static const std::vector<PlanBaseLayer> layers = {
      { BaseLayer::EventArea, "VENUE", QT_TRANSLATE_NOOP( "SecurityLayoutAlgorithm", "Event area" ) },
      { BaseLayer::Buildings, "BUILDINGS", QT_TRANSLATE_NOOP( "SecurityLayoutAlgorithm", "Buildings" ) },
      { BaseLayer::Streets, "NETWORK", QT_TRANSLATE_NOOP( "SecurityLayoutAlgorithm", "Streets" ) },
      { BaseLayer::OpenAreas, "OPEN_AREAS",
        QT_TRANSLATE_NOOP( "SecurityLayoutAlgorithm", "Open ground a vehicle can drive on" ) },
  };
  return layers;
}

QString planBaseLayerTitle( const PlanBaseLayer &layer )
{
  return QCoreApplication::translate( "SecurityLayoutAlgorithm", layer.title );
}

} // namespace eventsecurity
