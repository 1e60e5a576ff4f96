#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <utility>

namespace eventsecurity
{

//! The key figures of a security layout, as read back from its GeoPackage.
struct PlanFigures
{
  double capacity = 0;                     //!< persons the event area holds at the planning density (cordon.capacity)
  double attendance = 0;                   //!< persons expected (cordon.attendance)
  double density = 0;                      //!< persons/m² used for the capacity
  int entries = 0;                         //!< pedestrian entries
  int lanes = 0;                           //!< search lanes over all entries, for the arrival peak
  double arrivalPeakFactor = 1;            //!< the lanes keep up with this multiple of the mean arrival rate
  double exitWidthM = 0;                   //!< exit width of all entries (entries.exit_width_m)
  double egressTargetMinutes = 0;          //!< the evacuation target (cordon.egress_target_min)
  std::optional<double> evacuationMinutes; //!< everyone out through every entry (none without entries)
  std::optional<double> evacuationLargestLostMinutes; //!< with the largest entry blocked (none: no or one entry)
  int barriers = 0;                                   //!< fixed vehicle barriers (crossings of kind vehicle_barrier)
  int emergencyGates = 0;                             //!< crossings of kind emergency_gate
  QVector<std::pair<QString, int>> ratingCounts;      //!< barrierRatingClass() -> crossings needing it, slowest first
  double maxImpactKmh = 0;                            //!< highest impact speed at the cordon (impact_points)
  double standoffM = 0;          //!< a vehicle stopped by a barrier stays this far from the event area
  double penetrationM = 0;       //!< how far past the barrier line the plan lets a vehicle get
  double barrierLineM = 0;       //!< the barrier line stands this far out: standoff + penetration
  double mandatoryM = 0;         //!< the chart's mandatory evacuation distance for the threat
  QString threatKey;             //!< threat catalogue key, e.g. sedan
  QString vehicleKey;            //!< vehicle class key, e.g. truck_7500
  double barrierLengthM = 0;     //!< crash-rated barrier line in all (barriers.length_m: crossings' widths, stretches)
  double openGroundBarrierM = 0; //!< of it, along open ground (barriers of kind open_ground_line)
  int openGroundStretches = 0;   //!< stretches of the cordon open ground reaches
  QString openGroundRatingClass; //!< the fastest barrierRatingClass() along open ground (empty: none rated)
  double closedRoadM = 0;        //!< road length closed to vehicles (road_closures.length_m)
  int exposedBuildings = 0;      //!< buildings within the blast zones (exposed_buildings)
  bool queuesPlanned = false;    //!< the GeoPackage has a queues table with a row per entry
  int queues = 0;                //!< entries with a queue at the peak (queues.peak_people > 0)
  int queuesExposed = 0;         //!< queues exposed to a hostile vehicle or a vehicle bomb (queues.exposed)
  double longestQueueM = 0;      //!< the longest queue on the ground (queues.length_m)
  double longestQueuePeople = 0; //!< the people in it at the peak
  double longestWaitMin = 0;     //!< the longest wait at any entry (+infinity: a queue never clears)
  double maxQueueImpactKmh = 0;  //!< the fastest hostile vehicle reaching a queue (queues.impact_kmh; 0: none)
};

/**
 * Reads the key figures from a GeoPackage written by eventsecurity:securitylayout (its tables cordon, crossings,
 * entries, queues, impact_points, road_closures, exposed_buildings; missing tables count as empty).
 */
PlanFigures readPlanFigures( const QString &geoPackagePath );

/**
 * The key figures in plain words, one a line, for the print's key figures box: the crowd, the entries and lanes
 * (for the arrival peak), the exits and both evacuation times, the standoff and where the barrier line stands,
 * the queues outside the cordon (how many, how many exposed, the longest, the longest wait, the fastest vehicle at
 * one), the crossings, the barrier ratings, the metres of barrier line (along open ground too), the fastest impact,
 * the roads closed and the buildings exposed.
 */
QStringList planKeyFigureLines( const PlanFigures &figures );

} // namespace eventsecurity
