#pragma once

#include "crossingplan.h"
#include "queueplan.h"
#include "opengroundreport.h"
#include "threatcatalogue.h"
#include "vehicleclasses.h"

#include <QString>

#include <optional>
#include <vector>

namespace eventsecurity
{

class HtmlReport;

//! Everything the perimeter report says, gathered while the perimeter is designed.
struct PerimeterReportData
{
  QString eventName;                         //!< from the event area's name field
  double eventAreaM2 = 0;                    //!< m²
  double density = 0;                        //!< persons/m² standing
  double capacity = 0;                       //!< persons the area holds
  double attendance = 0;                     //!< persons expected
  double arrivalMinutes = 0;                 //!< arrival window
  double arrivalPeakFactor = 1;              //!< peak arrival rate / mean rate of the window
  double laneRate = 0;                       //!< persons per hour one search lane checks
  double flowRate = 0;                       //!< exit flow, persons/m/min
  double egressMinutes = 0;                  //!< evacuation target
  double arrivalFlowPerMetreMinute = 0;      //!< people per metre of entry width per minute at the arrival peak
  std::optional<char> arrivalLevelOfService; //!< Fruin's walkway level of that flow
  domain::ThreatType threat;
  bool standoffFromChart = false;       //!< the standoff is the chart's mandatory distance
  double standoffM = 0;                 //!< a vehicle stopped by a barrier stays this far from the crowd
  double penetrationM = 0;              //!< how far past the barrier line the plan lets a vehicle get
  double barrierLineM = 0;              //!< where the barrier line stands: standoff + penetration
  double cordonAreaM2 = 0;              //!< the area the cordon encloses
  double cordonLengthM = 0;             //!< the cordon's length
  std::optional<double> crowdEdgeKpa;   //!< incident overpressure at the crowd's edge, inside the fit
  std::optional<double> scaledDistance; //!< of the crowd's edge from a bomb at the cordon
  domain::VehicleClass vehicle;
  double startSpeedKmh = 0;        //!< entering the study area
  double searchDistanceM = 0;      //!< how far around the cordon streets were studied
  double friction = 0;             //!< tyre-road
  int minimumEntries = 0;          //!< MIN_ENTRIES
  CrossingPlan plan;               //!< the crossings, clockwise from north, and the crowd figures
  QueuePlan queues;                //!< the queues outside the cordon at the entries (queueplan.h)
  QueueSettings queueSettings;     //!< the queues' figures (width, space per person, wait target...)
  OpenGroundReportData openGround; //!< the stretches of the perimeter open ground reaches (issue 13)
};

//! The numbers under which the perimeter report lists its sources.
struct PerimeterSources
{
  int crowdFigures = 0;    //!< standing density and lane throughput
  int arrivalPeak = 0;     //!< the arrival peak factor
  int fruin = 0;           //!< walkway levels of service
  int greenGuide = 0;      //!< exit flow and egress time
  int largestExitLost = 0; //!< exits sized with the largest lost
  int threatChart = 0;     //!< the NCTC/DHS stand-off chart
  int penetration = 0;     //!< ASTM penetration classes and the allowance
  int approachModel = 0;   //!< this tool's vehicle approach model
  int crashTests = 0;      //!< ASTM F2656, IWA 14-1, PAS 68
  int kingeryBulmash = 0;  //!< the blast fit
  int effects = 0;         //!< the overpressure effects table
  int queueModel = 0;      //!< the queueing model (Allen-Cunneen, Green and Kolesar)
  int queueSpace = 0;      //!< space per person in a queue (HCM 2000 after Fruin)
};

//! Adds the perimeter report's sources to \a report, numbered in the order they are listed.
PerimeterSources addPerimeterSources( HtmlReport &report, const PerimeterReportData &data );
//! The report's heading: "Event perimeter design: <event>".
void writePerimeterHeading( HtmlReport &report, const PerimeterReportData &data );
//! What the report is about, in one paragraph.
void writePerimeterIntroduction( HtmlReport &report );
//! Sections 1 to 6: the crowd, the entries, the egress, the vehicle perimeter, the blast, the queues outside the
//! cordon.
void writePerimeterSections( HtmlReport &report, const PerimeterReportData &data, const PerimeterSources &sources );
//! The numbered sources and the judgement calls.
void writePerimeterSources( HtmlReport &report );

//! The compass point of a bearing in degrees clockwise from north, in words ("north", "south-east"...).
QString compassPoint( double bearing );

//! "What the numbers mean": the heading of numbersMeaningText().
QString numbersMeaningTitle();
/**
 * What the plugin's numbers model and what they do not, each with its source or judgement label, in plain text
 * (the README's section of the same name): for the help texts and the reports.
 */
QString numbersMeaningText();

//! The title of the perimeter report's document.
QString perimeterReportTitle();
//! The whole perimeter report, an HTML document.
QString perimeterReport( const PerimeterReportData &data );

} // namespace eventsecurity
