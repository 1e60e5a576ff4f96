// The help of eventsecurity:securitylayout (SecurityLayoutAlgorithm::shortHelpString()).
#include "securitylayoutalgorithm.h"

#include "helptext.h"
#include "perimeterreport.h"

namespace eventsecurity
{

QString SecurityLayoutAlgorithm::shortHelpString() const
{
  HelpPage page;
  page.whatItDoes().paragraph(
      tr( "The whole security layout of one venue in one run: the bomb stand-off zones, the vehicle-exclusion cordon "
          "with its crash-rated barriers, emergency gates and pedestrian entries, and the fastest hostile vehicle "
          "routes to the cordon; written as one styled GeoPackage, an HTML report and an A3 PDF map." ) );
  page.model( tr( "Steps" ) )
      .steps( { tr( "Standoff zones (eventsecurity:standoffzones, stand-off chart method) around VENUE for THREAT, "
                    "with the road closures on NETWORK and the exposed BUILDINGS." ),
                tr( "Perimeter design (eventsecurity:perimeterdesign) of VENUE for ATTENDANCE: the barrier line at "
                    "STANDOFF_M (not set: the chart's mandatory distance for THREAT) plus the penetration the plan "
                    "allows (PENETRATION_M), so that a vehicle bomb stopped by a barrier is still the standoff from "
                    "the crowd; the crossings, barriers and entries, the search lanes sized for the arrival peak "
                    "(ARRIVAL_PEAK_FACTOR) and the exits sized with the largest entry lost." ),
                tr( "Vehicle approach (eventsecurity:vehicleapproach) of VEHICLE to the cordon." ) } )
      .paragraph( tr( "The other parameters are those of the steps, with the same defaults: see their help for the "
                      "model, the sources and the judgement calls; every parameter of perimeter design the layout does "
                      "not list itself is offered among the advanced ones, so none is left at its default unseen. "
                      "THREAT lists the chart's threats only (a custom charge cannot size a cordon)." ) );
  page.model( tr( "Open ground (OPEN_AREAS, OBSTACLES)" ) )
      .paragraph( tr( "With the squares, promenades and parks a vehicle can drive on and the obstacles that stop it "
                      "(several layers: buildings, walls, water, bollards), the vehicle approach crosses open ground "
                      "too, and perimeter design puts a crash-rated barrier line along every stretch of the cordon "
                      "that open ground reaches. The model and its limits: eventsecurity:vehicleapproach's help." ) );
  addOutputsHelp( page );
  page.judgementCalls().named( QStringLiteral( "ATTENDANCE" ), tr( "1,000 people: set your own." ) );
  page.judgementCalls().list( { tr( "The other defaults are those of the steps: their help names them." ) } );
  page.closing( numbersMeaningTitle() ).paragraph( numbersMeaningText() );
  return page.html();
}

void SecurityLayoutAlgorithm::addOutputsHelp( HelpPage &page )
{
  page.outputs( tr( "GeoPackage (OUTPUT_GPKG)" ) )
      .paragraph( tr( "One table per result, each with its style saved as the default in the GeoPackage "
                      "(layer_styles), so QGIS shows it styled when the file is opened. Top to bottom:" ) )
      .named( QStringLiteral( "entries" ), tr( "lanes, exit_width_m; labelled." ) )
      .named( QStringLiteral( "crossings" ), tr( "kind." ) )
      .named( QStringLiteral( "impact_stretches" ),
              tr( "with OPEN_AREAS: the stretches of the cordon that open ground reaches, drawn dashed over their "
                  "barrier line." ) )
      .named( QStringLiteral( "barriers" ),
              tr( "coloured by ASTM F2656 rating; with OPEN_AREAS also those along open ground (kind "
                  "open_ground_line)." ) )
      .named(
          QStringLiteral( "queues" ),
          tr( "the queue at each entry outside the cordon: red where a hostile vehicle or a vehicle bomb can reach "
              "it, amber elsewhere, labelled with its people and longest wait; perimeter design's OUTPUT_QUEUES." ) )
      .named( QStringLiteral( "impact_points, critical_routes" ),
              tr( "coloured by impact speed in classes at the test speeds 32/48/64/80 km/h; with OPEN_AREAS also the "
                  "impact points along open ground." ) )
      .named( QStringLiteral( "cordon" ), tr( "standoff_m, penetration_m, barrier_line_m and the crowd figures." ) )
      .named( QStringLiteral( "road_closures" ), tr( "the roads to close." ) )
      .named( QStringLiteral( "exposed_buildings" ), tr( "only with BUILDINGS." ) )
      .named( QStringLiteral( "approach_speeds" ),
              tr( "max_kmh on every street; with OPEN_AREAS also the open ground's legs (thin, dashed)." ) )
      .named( QStringLiteral( "standoff_zones" ), tr( "red to yellow." ) )
      .paragraph( tr( "The LAYERS output lists the tables written, in that order, separated by ';'." ) );
  page.outputs( tr( "Report (OUTPUT_REPORT)" ) )
      .paragraph( tr( "The perimeter design report with the stand-off zones (distance, overpressure, buildings, roads "
                      "to close) and the fastest vehicle approaches." ) );
  page.outputs( tr( "PDF (OUTPUT_PDF, optional)" ) )
      .paragraph( tr( "An A3 landscape sheet: the map of the cordon, barriers, entries and the mandatory evacuation "
                      "zone over the input streets and buildings (with OPEN_AREAS, the open areas under the plan), the "
                      "legend, scale bar, north arrow, the key figures, the sources and the date. DATA_CREDIT is the "
                      "map data credit; left empty it is \"© OpenStreetMap contributors\" when the inputs look like "
                      "OpenStreetMap data (an osm_id field), otherwise none." ) );
  addKeyFiguresHelp( page );
  page.outputs( tr( "Warnings (WARNINGS)" ) )
      .paragraph( tr( "One line per outcome that makes no plan or an unsafe one, in plain words, empty when there is "
                      "none:" ) )
      .list( { tr( "no street reaches the venue;" ),
               tr( "a vehicle bomb stopped by a barrier would be closer to the crowd than the chart's mandatory "
                   "distance for THREAT (and by how much);" ),
               tr( "the attendance is larger than the venue holds (and by how much);" ),
               tr( "with the largest entry blocked the evacuation takes longer than EGRESS_MINUTES (and by how much), "
                   "or there is a single entry;" ),
               tr( "the venue has almost no area; a venue polygon was invalid and repaired;" ),
               tr( "fewer emergency gates than asked could be placed;" ),
               tr( "a queue outside the cordon is exposed (a vehicle can drive into it, or stop within the chart's "
                   "mandatory distance of it), spills beyond its street, or an entry has no lane;" ),
               tr( "open ground gives a faster approach than every street." ) } );
}

void SecurityLayoutAlgorithm::addKeyFiguresHelp( HelpPage &page )
{
  page.outputs( tr( "Key figures" ) )
      .named( QStringLiteral( "CAPACITY" ), tr( "persons the event area holds." ) )
      .named( QStringLiteral( "LANES" ), tr( "search lanes, for the arrival peak." ) )
      .named( QStringLiteral( "BARRIERS" ), tr( "fixed vehicle barriers." ) )
      .named( QStringLiteral( "EMERGENCY_GATES, ENTRIES" ), tr( "the emergency gates and pedestrian entries." ) )
      .named( QStringLiteral( "CLOSED_ROAD_M" ), tr( "roads closed to vehicles." ) )
      .named( QStringLiteral( "MAX_IMPACT_KMH" ), tr( "fastest impact at the cordon." ) )
      .named( QStringLiteral( "STANDOFF_M_USED" ),
              tr( "how far a vehicle stopped by a barrier stays from the crowd." ) )
      .named( QStringLiteral( "BARRIER_LINE_M" ),
              tr( "where the barrier line stands: the standoff plus the penetration." ) )
      .named( QStringLiteral( "BARRIER_LENGTH_M" ),
              tr( "the metres of barrier line the plan needs in all (OPEN_GROUND_BARRIER_M of them along open "
                  "ground)." ) )
      .named( QStringLiteral( "EVACUATION_MIN" ), tr( "everyone out through every entry." ) )
      .named( QStringLiteral( "EVACUATION_LARGEST_LOST_MIN" ),
              tr( "with the largest entry blocked; empty with a single entry." ) )
      .named( QStringLiteral( "QUEUES" ), tr( "entries with a queue outside the cordon at the peak." ) )
      .named( QStringLiteral( "QUEUES_EXPOSED" ),
              tr( "of them, those a hostile vehicle or a vehicle bomb can reach." ) )
      .named( QStringLiteral( "LONGEST_QUEUE_M" ), tr( "on the ground." ) )
      .named( QStringLiteral( "LONGEST_WAIT_MIN" ), tr( "empty when a queue never clears." ) )
      .named( QStringLiteral( "MAX_QUEUE_IMPACT_KMH" ),
              tr( "the fastest vehicle reaching a queue, 0 when none does." ) );
}

} // namespace eventsecurity
