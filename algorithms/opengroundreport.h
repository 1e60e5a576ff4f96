#pragma once

#include "approachsearch.h"
#include "barrierratings.h"
#include "streetgraph.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

// What the perimeter report says of open ground (issue 13): the stretches of the perimeter it reaches, the barrier
// line along them, and how many metres of barrier line the plan needs in all.
namespace eventsecurity
{

class ApproachStudy;
class HtmlReport;
struct CrossingPlan;
struct PerimeterReportData;
struct PerimeterSources;

//! A stretch of the perimeter that open ground reaches, as the report lists it.
struct OpenGroundStretchRow
{
  double lengthM = 0;
  double bearingDeg = 0;          //!< of its middle, seen from the event area's centre, clockwise from north
  bool reached = false;           //!< a vehicle reaches one of its impact points
  double speedMs = 0;             //!< its fastest impact, when reached
  domain::BarrierRatings ratings; //!< the barrier line along it needs, when reached
};

//! The open ground's part of the perimeter report.
struct OpenGroundReportData
{
  bool studied = false;                        //!< OPEN_AREAS or OBSTACLES were given
  std::vector<OpenGroundStretchRow> stretches; //!< in the order of their stretch_id
  int closingBarriers = 0;                     //!< barrier points that close streets
  int closedStreets = 0;                       //!< street lines they close

  //! Metres of barrier line along the stretches.
  double lengthM() const;
  //! The fastest stretch (nullptr when no vehicle reaches any).
  const OpenGroundStretchRow *fastest() const;
};

//! The open ground of \a study as the report lists it, bearings seen from \a centre (metric frame).
OpenGroundReportData openGroundReportData( const ApproachStudy &study, domain::PlanePoint centre );

//! The highest impact speed at the street crossings of \a plan (m/s; -1 when none is reached).
double fastestCrossingMs( const CrossingPlan &plan );

/**
 * Section 4's open ground: the stretches of the perimeter it reaches, each with the rating of the barrier line along
 * it, a warning when it is faster than every street, the streets closed by barrier points, and the metres of barrier
 * line the plan needs in all (the crossings' widths and the stretches).
 */
void writeOpenGroundBarriers( HtmlReport &report, const PerimeterReportData &data, const PerimeterSources &sources );

//! What the open ground's numbers model and leave out, in plain text: the part of numbersMeaningText() on issue 13.
QString openGroundNumbersMeaning();

} // namespace eventsecurity
