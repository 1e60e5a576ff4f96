#pragma once

#include "perimeterreport.h"
#include "standoffzonesalgorithm.h"

#include <QString>

#include <vector>

namespace eventsecurity
{

//! One vehicle impact on the cordon's edge, as the security layout's report lists it.
struct ApproachImpactRow
{
  double kmh = 0;      //!< impact speed
  double routeM = 0;   //!< length of the whole route
  double runupM = 0;   //!< distance since the last point where the speed was bound (start, bend, junction)
  double energyKj = 0; //!< kinetic energy at impact
  double angleDeg = 0; //!< against the cordon's edge, 90 = head-on
  QString astm;        //!< ASTM F2656 rating needed
  QString iwa;         //!< IWA 14-1 rating needed
  QString pas68;       //!< PAS 68 rating needed
};

//! Everything the security layout's report says.
struct PlanReportData
{
  QString eventName;                                      //!< EVENT_NAME
  QString geoPackageFileName;                             //!< the file the layers are in
  PerimeterReportData perimeter;                          //!< the perimeter design's figures
  std::vector<StandoffZonesAlgorithm::ZoneSummary> zones; //!< the stand-off chart's zones around the venue
  std::vector<ApproachImpactRow> impacts;                 //!< every impact a vehicle can reach
};

/**
 * The security layout's report: the perimeter report's sections (perimeterreport.h) with the layout's
 * introduction, the bomb stand-off zones around the venue and the fastest vehicle approaches to the cordon.
 */
QString planReport( const PlanReportData &data );

} // namespace eventsecurity
