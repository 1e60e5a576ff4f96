#include "crossingplan.h"

#include "crowd.h"

#include <algorithm>

namespace eventsecurity
{

namespace
{
//! What the planning rules need of each crossing.
std::vector<domain::CrossingInfo> crossingInfos( const std::vector<PlannedCrossing> &crossings )
{
  std::vector<domain::CrossingInfo> infos;
  for ( const PlannedCrossing &planned : crossings )
  {
    const StreetCrossing &c = planned.crossing;
    infos.push_back(
        { c.widthM, planned.bearingDeg, c.pedestrian, c.drivable, c.impact.reachable ? c.impact.speedMs : -1 } );
  }
  return infos;
}

//! The search lanes and the exit width shared among the entries, in proportion to their street widths, each
//! share wide enough that the others carry everyone when the largest entry is lost; the evacuation times.
void shareAmongEntries( CrossingPlan &plan, const CrowdSettings &crowd )
{
  std::vector<PlannedCrossing *> entries;
  std::vector<double> widths;
  for ( PlannedCrossing &planned : plan.crossings )
    if ( planned.kind == domain::CrossingKind::PedestrianEntry )
    {
      // Wider streets bring more people: the street's width is the entry's weight.
      planned.laneWeight = planned.crossing.widthM;
      entries.push_back( &planned );
      widths.push_back( planned.laneWeight );
    }
  plan.entries = static_cast<int>( entries.size() );
  if ( entries.empty() )
    return;
  const std::vector<int> lanes = domain::distributeLanes( plan.totalLanes, widths );
  const std::vector<double> exitWidths = domain::shareEgressWidthWithLargestExitLost( plan.neededWidthM, widths );
  for ( std::size_t k = 0; k < entries.size(); ++k )
  {
    entries[k]->lanes = lanes[k];
    entries[k]->exitWidthM = exitWidths[k];
    plan.providedWidthM += exitWidths[k];
  }
  if ( plan.providedWidthM <= 0 )
    return; // entries of no width (a street of width 0): no time can be given
  plan.evacuationMinutes = domain::evacuationMinutesThroughExits( crowd.attendance, crowd.flowRate, exitWidths );
  plan.evacuationMinutesLargestExitLost =
      domain::evacuationMinutesLargestExitLost( crowd.attendance, crowd.flowRate, exitWidths );
}
} // namespace

CrossingPlan planCrossings( const std::vector<StreetCrossing> &crossings, domain::PlanePoint centre,
                            const CrowdSettings &crowd )
{
  CrossingPlan plan;
  for ( const StreetCrossing &crossing : crossings )
    plan.crossings.push_back( { crossing, domain::bearingDeg( centre, crossing.point ) } );
  // Clockwise from north, so the tables read round the perimeter.
  std::stable_sort( plan.crossings.begin(), plan.crossings.end(),
                    []( const PlannedCrossing &a, const PlannedCrossing &b ) { return a.bearingDeg < b.bearingDeg; } );

  plan.totalLanes = domain::searchLanesForPeak( crowd.attendance, crowd.laneRatePerHour, crowd.arrivalMinutes,
                                                crowd.arrivalPeakFactor );
  plan.meanLanes = domain::searchLanes( crowd.attendance, crowd.laneRatePerHour, crowd.arrivalMinutes );
  plan.neededWidthM = domain::egressWidthM( crowd.attendance, crowd.flowRate, crowd.egressMinutes );
  const std::vector<domain::CrossingKind> kinds =
      domain::classifyCrossings( crossingInfos( plan.crossings ), crowd.gateCount, crowd.gateSeparationDeg,
                                 plan.neededWidthM, crowd.minimumEntries, true /* the largest exit lost */ );
  for ( std::size_t i = 0; i < plan.crossings.size(); ++i )
  {
    plan.crossings[i].kind = kinds[i];
    plan.pedestrianStreetsFound = plan.pedestrianStreetsFound || plan.crossings[i].crossing.pedestrian;
    plan.gatesPlaced += kinds[i] == domain::CrossingKind::EmergencyGate ? 1 : 0;
  }
  shareAmongEntries( plan, crowd );
  return plan;
}

} // namespace eventsecurity
