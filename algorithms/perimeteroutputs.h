#pragma once

#include "crossingplan.h"
#include "threatcatalogue.h"
#include "vehicleclasses.h"

#include <qgscoordinatetransform.h>
#include <qgsfields.h>
#include <qgsgeometry.h>

#include <optional>

class QgsFeedback;

namespace eventsecurity
{

class OutputSink;

//! The cordon and the crowd figures written with it.
struct CordonFeature
{
  QgsGeometry cordon;           //!< metric frame
  double standoffM = 0;         //!< how far a vehicle stopped by a barrier stays from the event area
  double penetrationM = 0;      //!< how far past the barrier line the plan lets a vehicle get
  double barrierLineM = 0;      //!< where the barrier line stands from the event area: standoff + penetration
  domain::ThreatType threat;    //!< the chart's row (its key and mandatory distance are written)
  double eventAreaM2 = 0;       //!< the event area's area
  double density = 0;           //!< persons/m² for the capacity
  double capacity = 0;          //!< persons the event area holds
  double attendance = 0;        //!< persons expected
  double arrivalPeakFactor = 1; //!< the search lanes are sized for this multiple of the mean arrival rate
  double egressMinutes = 0;     //!< the evacuation target
  std::optional<double> evacuationMinutes;                //!< through every entry (CrossingPlan)
  std::optional<double> evacuationMinutesLargestExitLost; //!< with the largest entry lost (CrossingPlan)
};

/**
 * Fields of the cordon: area_m2, length_m, standoff_m (how far a vehicle bomb stopped by the barrier stays from
 * the event area), penetration_m (how far past the barrier line the plan lets a vehicle get), barrier_line_m (where
 * the barrier line stands: their sum), threat (key), mandatory_m (the chart's distance for it), event_area_m2,
 * density, capacity, attendance, arrival_peak_factor, egress_target_min, evacuation_min (everyone out through
 * every entry) and evacuation_largest_lost_min (with the largest entry blocked; NULL without entries, or with a
 * single one: nobody gets out when it is blocked).
 */
QgsFields cordonFields();
/**
 * Fields of the crossings: crossing_id, kind (vehicle_barrier, emergency_gate, pedestrian_entry), street,
 * network_fid, width_m, pedestrian, bearing_deg, impact_kmh, energy_kj, angle_deg (against the barrier across
 * the street), vehicle, rating_astm, rating_iwa, rating_pas68; then the ranged run's impact_kmh_p50, impact_kmh_p95,
 * energy_kj_p95 and rating_kmh (approachoutputs.h, appendImpactRangeFields(); NULL with SAMPLES 0).
 */
QgsFields crossingFields();
/**
 * Fields of the barrier lines: crossing_id, kind, width_m, impact_kmh, rating_astm, rating_iwa, rating_pas68, length_m
 * (the line's length: the street's width across a crossing) and stretch_id. A barrier line along a stretch of the
 * cordon that open ground reaches (kind open_ground_line, opengroundoutputs.h) has a stretch_id and no crossing or
 * width.
 */
QgsFields barrierFields();
/**
 * Fields of the pedestrian entries: crossing_id, street, width_m, lanes, exit_width_m (the exit width the entry
 * provides) and gate_width_m, the same value under its old name, kept for one release.
 */
QgsFields entryFields();

//! Writes the cordon, transformed by \a metricToOutput, into \a sink.
void writeCordon( const CordonFeature &cordon, const QgsCoordinateTransform &metricToOutput, OutputSink &sink );

/**
 * Writes every crossing of \a plan into \a crossings, a barrier line across the street at each into \a barriers
 * and the entries into \a entries (the sinks that are open), transformed by \a metricToOutput. Returns false when
 * cancelled.
 */
bool writeCrossings( const CrossingPlan &plan, const domain::VehicleClass &vehicle,
                     const QgsCoordinateTransform &metricToOutput, OutputSink &crossings, OutputSink &barriers,
                     OutputSink &entries, QgsFeedback *feedback );

} // namespace eventsecurity
