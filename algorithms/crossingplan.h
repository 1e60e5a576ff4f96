#pragma once

#include "approachstudy.h"
#include "perimeterplan.h"

#include <optional>
#include <vector>

namespace eventsecurity
{

//! The crowd and the planner's rules that decide what each crossing of the cordon becomes.
struct CrowdSettings
{
  double attendance = 0;        //!< persons expected
  double arrivalMinutes = 0;    //!< window in which they arrive
  double arrivalPeakFactor = 1; //!< peak arrival rate / mean rate of the window (ARRIVAL_PEAK_FACTOR)
  double density = 0;           //!< persons per m² standing, for the capacity
  double laneRatePerHour = 0;   //!< persons one search lane checks per hour
  double flowRate = 0;          //!< exit flow, persons per metre of width per minute
  double egressMinutes = 0;     //!< target evacuation time
  int gateCount = 0;            //!< emergency gates wanted
  double gateSeparationDeg = 0; //!< least bearing between two emergency gates
  int minimumEntries = 0;       //!< pedestrian entries wanted at least
};

//! A crossing of the cordon and what it becomes.
struct PlannedCrossing
{
  StreetCrossing crossing; //!< where, and the vehicle impact there
  double bearingDeg = 0;   //!< seen from the event area's centre, clockwise from north
  domain::CrossingKind kind = domain::CrossingKind::VehicleBarrier;
  int lanes = 0;         //!< search lanes, for an entry
  double exitWidthM = 0; //!< exit width an entry provides
  //! An entry's weight in the sharing of the search lanes and the exit width (its street's width; 0 for the other
  //! crossings): its share of the arrivals is its weight over the weights of the entries with lanes (queueplan.h).
  double laneWeight = 0;
};

//! Every crossing of the cordon, clockwise from north, and the crowd figures they give.
struct CrossingPlan
{
  std::vector<PlannedCrossing> crossings;
  int totalLanes = 0;        //!< search lanes the arrival needs at its peak
  int meanLanes = 0;         //!< search lanes the mean rate of the window would need
  double neededWidthM = 0;   //!< exit width the egress target needs, left when the largest exit is lost
  double providedWidthM = 0; //!< exit width the entries provide, all of them
  //! Minutes for everyone to leave through every entry; none without entries.
  std::optional<double> evacuationMinutes;
  //! Minutes with the largest entry lost (blocked); +infinity with a single entry; none without entries.
  std::optional<double> evacuationMinutesLargestExitLost;
  int gatesPlaced = 0;                 //!< emergency gates placed (may be fewer than asked)
  int entries = 0;                     //!< pedestrian entries
  bool pedestrianStreetsFound = false; //!< a footway or pedestrian street crosses the cordon
};

/**
 * Decides every crossing's kind (perimeterplan.h: emergency gates, pedestrian entries, vehicle barriers), and
 * shares the search lanes and the exit width among the entries (crowd.h), for the crossings of the cordon seen
 * from the event area's \a centre (metric frame). The lanes are sized for the arrival peak (issue 11 item 9); the
 * exits so that the egress target holds with the largest entry lost (item 8: UK Approved Document B vol. 2, 2.21;
 * BS 9999 16.6.1; crowd.h).
 */
CrossingPlan planCrossings( const std::vector<StreetCrossing> &crossings, domain::PlanePoint centre,
                            const CrowdSettings &crowd );

} // namespace eventsecurity
