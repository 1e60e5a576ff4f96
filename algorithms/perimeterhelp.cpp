// The help of eventsecurity:perimeterdesign (PerimeterDesignAlgorithm::shortHelpString()).
#include "perimeterdesignalgorithm.h"

#include "helptext.h"
#include "perimeterreport.h"
#include "queueparameters.h"

namespace eventsecurity
{

namespace
{

void addCordonHelp( HelpPage &page )
{
  page.model( PerimeterDesignAlgorithm::tr( "Cordon" ) )
      .paragraph( PerimeterDesignAlgorithm::tr(
          "A barrier stops a vehicle only after it has driven some way past the line (its penetration), and a vehicle "
          "bomb goes off where the vehicle stops. So the barrier line stands the standoff plus the penetration the "
          "plan allows (PENETRATION_M) out from the event area (EVENT_AREA, where the crowd stands), and a vehicle "
          "stopped there is still the standoff from the crowd." ) )
      .paragraph( PerimeterDesignAlgorithm::tr(
          "The standoff is STANDOFF_M or, when it is not set, the mandatory evacuation distance of THREAT in the "
          "NCTC/DHS bomb threat stand-off chart (2013). A real square rarely allows the chart's distance, so both are "
          "offered; the report states the residual risk and a warning says by how much the standoff falls short of "
          "the chart." ) )
      .paragraph( PerimeterDesignAlgorithm::tr(
          "The shape is made buildable: gaps narrower than a street (DEFAULT_WIDTH_M) are closed by growing it by half "
          "a street width and shrinking it back, holes are filled and pieces smaller than a street's square are "
          "dropped." ) );
}

void addCrossingsHelp( HelpPage &page )
{
  page.model( PerimeterDesignAlgorithm::tr( "Crossings" ) )
      .paragraph( PerimeterDesignAlgorithm::tr(
          "Every place where a street of NETWORK crosses the cordon's edge gets a point and a barrier line across the "
          "street, perpendicular to it and as wide as the street (WIDTH_FIELD, else DEFAULT_WIDTH_M). Each has "
          "impact_kmh, energy_kj and the ratings a barrier needs (ASTM F2656, IWA 14-1, PAS 68), each naming the "
          "penetration the plan allows (e.g. M40-P1, V/7200[N3C]/64/90:1.0), from the hostile vehicle approach study "
          "of eventsecurity:vehicleapproach for VEHICLE (its help gives the model); streets matching "
          "EXCLUDE_EXPRESSION (e.g. already bollarded) are left out of it." ) );
  page.model( PerimeterDesignAlgorithm::tr( "Gates, entries and barriers" ) )
      .paragraph( PerimeterDesignAlgorithm::tr( "Each crossing becomes one of three kinds (kind):" ) )
      .named( QStringLiteral( "emergency_gate" ),
              PerimeterDesignAlgorithm::tr(
                  "EMERGENCY_GATES of them, chosen among the drivable streets that are not pedestrian: "
                  "first the widest street, then each next the widest at least GATE_SEPARATION_DEG in "
                  "bearing, seen from the event area's centre, from the gates already chosen (ties: the "
                  "farthest in bearing, then the lowest impact speed), so they lie on different sides; if no "
                  "street is that far, the farthest one." ) )
      .named( QStringLiteral( "pedestrian_entry" ),
              PerimeterDesignAlgorithm::tr(
                  "first the crossings of footways and pedestrian streets (PEDESTRIAN_EXPRESSION); then, "
                  "while their widths without the widest entry add up to less than the exit width needed "
                  "(below) or there are fewer than MIN_ENTRIES, the widest other street crossing that is not "
                  "a gate (ties: the farthest in bearing from the entries so far, then the lowest impact "
                  "speed). Footways first, then as few streets as the exits need: each entry must be "
                  "staffed." ) )
      .named( QStringLiteral( "vehicle_barrier" ), PerimeterDesignAlgorithm::tr( "the remaining crossings." ) )
      .paragraph( PerimeterDesignAlgorithm::tr(
          "Every crossing, entries included, needs a rated barrier: entries a line people can walk through." ) );
}

void addCrowdHelp( HelpPage &page )
{
  page.model( PerimeterDesignAlgorithm::tr( "Search lanes for the arrival peak" ) )
      .paragraph( PerimeterDesignAlgorithm::tr(
          "People do not arrive evenly: near the start (often the last 20-30 minutes) they come faster than the mean "
          "of the window, and lanes sized for the mean let a queue build outside the cordon, where the cordon does not "
          "protect it. The lanes in total = ceil(peak arrivals per minute / (LANE_RATE_PPH / 60)) with the peak = "
          "ARRIVAL_PEAK_FACTOR x ATTENDANCE / ARRIVAL_MINUTES, shared among the entries in proportion to their street "
          "widths by the largest-remainder method (each entry gets at least one when there are enough)." ) );
  page.model( PerimeterDesignAlgorithm::tr( "Exits with the largest lost" ) )
      .paragraph( PerimeterDesignAlgorithm::tr(
          "An entry may be blocked in an emergency (by the incident itself), so the exits are sized with the largest "
          "one lost (UK Approved Document B vol. 2, 2.21; BS 9999, 16.6.1; Green Guide practice): the other entries "
          "alone must let ATTENDANCE out within EGRESS_MINUTES at FLOW_RATE, i.e. give ATTENDANCE / (FLOW_RATE x "
          "EGRESS_MINUTES) metres. Each entry's exit width (exit_width_m) is its share of the exits, in proportion to "
          "the street widths and at most the street's width; two equal entries each carry the whole width. The report "
          "gives both evacuation times: through every entry, and with the largest lost. Only the entries count as "
          "exits: a cautious choice." ) );
}

void addOpenGroundLineHelp( HelpPage &page )
{
  page.model( PerimeterDesignAlgorithm::tr( "Open ground and the barrier line along it" ) )
      .paragraph( PerimeterDesignAlgorithm::tr(
          "With OPEN_AREAS (squares, promenades, parks a vehicle can drive on) and OBSTACLES (what stops it), the "
          "approach study also crosses open ground (the model below). Wherever open ground reaches the cordon, a "
          "vehicle can hit anywhere along that stretch of it, so a crash-rated barrier line goes along the whole "
          "stretch. Bollards drawn as points on the streets close those streets." ) );
}

// The layers of the design itself.
void addDesignOutputsHelp( HelpPage &page )
{
  page.outputs()
      .named( QStringLiteral( "OUTPUT_PERIMETER" ),
              PerimeterDesignAlgorithm::tr(
                  "the cordon: area_m2, length_m, standoff_m, penetration_m, barrier_line_m (their sum), "
                  "capacity = event area x DENSITY (persons per m² standing, default 2, i.e. 0.5 m² per "
                  "person), and the crowd figures "
                  "(arrival_peak_factor, egress_target_min, evacuation_min, "
                  "evacuation_largest_lost_min)." ) )
      .named( QStringLiteral( "OUTPUT_CROSSINGS" ),
              PerimeterDesignAlgorithm::tr(
                  "a point per crossing with its street (NAME_FIELD, default the field \"name\" when the layer has "
                  "one), kind, impact_kmh, energy_kj and ratings (rating_astm, rating_iwa, rating_pas68)." ) )
      .named( QStringLiteral( "OUTPUT_BARRIERS" ),
              PerimeterDesignAlgorithm::tr(
                  "a barrier line across each crossing's street, its length_m equal to its width_m; with "
                  "OPEN_AREAS also one line along each stretch of the cordon that open ground reaches (kind "
                  "open_ground_line, length_m, stretch_id, and the impact_kmh and ratings of its fastest "
                  "impact point; no crossing_id or width_m)." ) )
      .named( QStringLiteral( "OUTPUT_ENTRIES" ),
              PerimeterDesignAlgorithm::tr(
                  "the pedestrian entries with their lanes and exit_width_m; gate_width_m is exit_width_m "
                  "under its old name, kept for one release." ) );
}

// The vehicle approach's layers, the report, the warnings.
void addApproachOutputsHelp( HelpPage &page )
{
  page.outputs()
      .named( QStringLiteral( "OUTPUT_IMPACTS, OUTPUT_ROUTES, OUTPUT_APPROACH_SPEEDS" ),
              PerimeterDesignAlgorithm::tr(
                  "optional: the hostile vehicle approach to the cordon as eventsecurity:vehicleapproach "
                  "writes it: impact points against the cordon's edge (with OPEN_AREAS also along open "
                  "ground, kind open_ground), critical routes and the speed on every street, with the same "
                  "fields." ) )
      .named( QStringLiteral( "OUTPUT_STRETCHES" ),
              PerimeterDesignAlgorithm::tr(
                  "optional, with OPEN_AREAS: the stretches of the cordon that open ground reaches, with "
                  "their figures." ) )
      .named( QStringLiteral( "OUTPUT_REPORT" ),
              PerimeterDesignAlgorithm::tr(
                  "HTML: capacity against attendance; the mean and peak arrival rates and the lanes; the "
                  "exit width needed and provided and both evacuation times; where the barrier line stands "
                  "and why; the barriers with their ratings; the blast risk: the Kingery-Bulmash incident "
                  "overpressure (Swisdak 1994) at the crowd's edge of a THREAT bomb stopped at the standoff, "
                  "and its effect from the effects table. Its section 4 lists the stretches of open ground "
                  "and says how many metres of barrier line the plan needs in all, across the streets and "
                  "along open ground." ) )
      .paragraph( PerimeterDesignAlgorithm::tr(
          "A warning says when no street crosses the cordon, when the standoff is shorter than the chart's mandatory "
          "distance for THREAT (and by how much), when the attendance is larger than the event area holds (and by how "
          "much), when the evacuation with the largest entry lost takes longer than EGRESS_MINUTES or there is a "
          "single "
          "entry, when the event area has almost no area, when an invalid event area polygon (a ring crossing itself, "
          "for example) was repaired with QGIS's make valid, and when open ground gives a faster approach than every "
          "street." ) )
      .paragraph( PerimeterDesignAlgorithm::tr(
          "Outputs are in the event area's CRS; distances are metres on the ground (a local "
          "metric CRS is used for geographic layers)." ) );
}

void addSourcesHelp( HelpPage &page )
{
  page.sources().list(
      { PerimeterDesignAlgorithm::tr(
            "Exit flow 82 persons/m/min on level ground, 66 stepped: UK Green Guide (Guide to Safety at "
            "Sports Grounds)." ),
        PerimeterDesignAlgorithm::tr( "Egress time 8 minutes: the Green Guide's normal maximum egress time (13.4a)." ),
        PerimeterDesignAlgorithm::tr(
            "Exits sized with the largest lost: UK Approved Document B vol. 2, 2.21; BS 9999, 16.6.1; Green "
            "Guide practice." ),
        PerimeterDesignAlgorithm::tr(
            "Standing density 2 persons/m²: HSE, The Event Safety Guide (HSG195), para. 87." ),
        PerimeterDesignAlgorithm::tr(
            "400 persons an hour per walk-through metal detector lane (LANE_RATE_PPH): a vendor figure, "
            "below the 500-1,000 the US DHS quotes, so it asks for more lanes. Set it from the search "
            "team's measured rate." ),
        PerimeterDesignAlgorithm::tr( "Walkway levels of service: Fruin 1971." ),
        PerimeterDesignAlgorithm::tr( "Stand-off distances: NCTC/DHS chart 2013." ),
        PerimeterDesignAlgorithm::tr( "Penetration classes: ASTM F2656." ),
        PerimeterDesignAlgorithm::tr( "Incident overpressure: Kingery-Bulmash (Swisdak 1994)." ) } );
}

void addJudgementCallsHelp( HelpPage &page )
{
  page.judgementCalls()
      .named( QStringLiteral( "ATTENDANCE" ),
              PerimeterDesignAlgorithm::tr( "1,000 people, so that a new form does not start at 0: "
                                            "set the attendance you expect." ) )
      .named( QStringLiteral( "ARRIVAL_MINUTES" ),
              PerimeterDesignAlgorithm::tr( "60 minutes: people arrive within an hour." ) )
      .named( QStringLiteral( "ARRIVAL_PEAK_FACTOR" ),
              PerimeterDesignAlgorithm::tr(
                  "2, at the safe end of the 1.5-2 times the mean rate that planning guidance cites; set "
                  "it from the arrival profile of a comparable event." ) )
      .named( QStringLiteral( "FLOW_RATE, EGRESS_MINUTES" ),
              PerimeterDesignAlgorithm::tr(
                  "the flows with alcohol (72 level, 56 stepped) and egress times by risk (10 low, 8 "
                  "medium, 6 high minutes) are attributed to the Green Guide by council guidance but were "
                  "not found in it: judgement calls; 10 minutes is longer than the sourced 8 and so not on "
                  "the safe side, only for a venue whose risk assessment says why." ) )
      .named( QStringLiteral( "LANE_RATE_PPH" ),
              PerimeterDesignAlgorithm::tr(
                  "hand searches are slower than a metal detector lane: about 10, 7 and 4 persons a minute "
                  "without bags, mixed and with bags (event trade press)." ) )
      .named( QStringLiteral( "THREAT" ),
              PerimeterDesignAlgorithm::tr( "the sedan, the smallest vehicle-borne threat of the chart." ) )
      .named( QStringLiteral( "EMERGENCY_GATES" ),
              PerimeterDesignAlgorithm::tr( "2: at least two, on different sides." ) )
      .named( QStringLiteral( "GATE_SEPARATION_DEG" ),
              PerimeterDesignAlgorithm::tr( "90°, so that the gates lie on different sides." ) )
      .named( QStringLiteral( "MIN_ENTRIES" ),
              PerimeterDesignAlgorithm::tr( "2, so one blocked entry does not leave a single way "
                                            "out." ) )
      .named( QStringLiteral( "PEDESTRIAN_EXPRESSION" ),
              PerimeterDesignAlgorithm::tr( "the OSM highway values footway, pedestrian, path and steps." ) )
      .list( { PerimeterDesignAlgorithm::tr(
          "The gate and entry rules (Gates, entries and barriers, above) and the sliver size (a "
          "street's square)." ) } );
}

void addLimitsHelp( HelpPage &page )
{
  page.limits().list(
      { PerimeterDesignAlgorithm::tr(
            "A number no real crowd, charge or site has is refused with a message naming the limit and its "
            "reason (physical bounds): ATTENDANCE up to 100 million, DENSITY 10 persons/m², LANE_RATE_PPH "
            "3,600 persons an hour, FLOW_RATE 150 persons/m/min, ARRIVAL_MINUTES 1 minute to a week, "
            "EGRESS_MINUTES a week, ARRIVAL_PEAK_FACTOR 1 to 10, STANDOFF_M 100 km, PENETRATION_M 100 m, "
            "EMERGENCY_GATES and MIN_ENTRIES 1,000." ),
        PerimeterDesignAlgorithm::tr(
            "Queue parameters likewise: QUEUE_WIDTH_M 0.61 to 100 m, QUEUE_SPACE_M2 0.25 to 10 m², "
            "WAIT_TARGET_MIN 1 minute to a week, PEAK_MINUTES up to a week, ARRIVAL_SCV 0 to 100, "
            "SEARCH_SCV 0 to 25, QUEUE_REACH_M 0 to 100 m." ) } );
}
} // namespace

QString PerimeterDesignAlgorithm::shortHelpString() const
{
  HelpPage page;
  page.whatItDoes().paragraph(
      tr( "Designs the security perimeter of an event: the line vehicles may not cross, a crash-rated barrier wherever "
          "a street crosses it, the emergency gates, the pedestrian entries with their search lanes and exit widths, "
          "and an HTML report in plain words with every figure's source." ) );
  // The design's own outputs, sources, judgement calls and limits first, then those the parts of the model bring.
  addDesignOutputsHelp( page );
  addSourcesHelp( page );
  addJudgementCallsHelp( page );
  addLimitsHelp( page );
  addApproachSourcesAndJudgementCalls( page );
  addApproachLimits( page );
  addCordonHelp( page );
  addCrossingsHelp( page );
  addCrowdHelp( page );
  addQueueHelp( page );
  addOpenGroundLineHelp( page );
  addOpenGroundHelp( page );
  addImpactRangesHelp( page );
  addApproachOutputsHelp( page );
  page.closing( numbersMeaningTitle() ).paragraph( numbersMeaningText() );
  return page.html();
}

} // namespace eventsecurity
