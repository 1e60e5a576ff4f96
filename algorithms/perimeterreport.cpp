#include "perimeterreport.h"

#include "catalogueparameters.h"
#include "crowd.h"
#include "htmlreport.h"
#include "kingerybulmash.h"
#include "numberformat.h"
#include "perimeterdesignalgorithm.h"
#include "queuereport.h"
#include "vehicledynamics.h"

#include <algorithm>
#include <cmath>

namespace eventsecurity
{

namespace
{
namespace kb = domain::kingerybulmash;

QString kindText( domain::CrossingKind kind )
{
  switch ( kind )
  {
  case domain::CrossingKind::VehicleBarrier:
    return PerimeterDesignAlgorithm::tr( "vehicle barrier" );
  case domain::CrossingKind::EmergencyGate:
    return PerimeterDesignAlgorithm::tr( "emergency gate" );
  case domain::CrossingKind::PedestrianEntry:
    return PerimeterDesignAlgorithm::tr( "pedestrian entry" );
  }
  return QString();
}

// A factor with one decimal, or none when it is whole ("2", "1.5").
QString factorText( double factor )
{
  return localeNumber( factor, std::abs( factor - std::round( factor ) ) < 0.05 ? 0 : 1 );
}

QString streetLabel( const StreetCrossing &crossing )
{
  return crossing.street.isEmpty() ? PerimeterDesignAlgorithm::tr( "unnamed street (feature %1)" ).arg( crossing.fid )
                                   : crossing.street;
}

} // namespace

QString compassPoint( double bearing )
{
  static const char *const names[] = { QT_TRANSLATE_NOOP( "PerimeterDesignAlgorithm", "north" ),
                                       QT_TRANSLATE_NOOP( "PerimeterDesignAlgorithm", "north-east" ),
                                       QT_TRANSLATE_NOOP( "PerimeterDesignAlgorithm", "east" ),
                                       QT_TRANSLATE_NOOP( "PerimeterDesignAlgorithm", "south-east" ),
                                       QT_TRANSLATE_NOOP( "PerimeterDesignAlgorithm", "south" ),
                                       QT_TRANSLATE_NOOP( "PerimeterDesignAlgorithm", "south-west" ),
                                       QT_TRANSLATE_NOOP( "PerimeterDesignAlgorithm", "west" ),
                                       QT_TRANSLATE_NOOP( "PerimeterDesignAlgorithm", "north-west" ) };
  const int sector = static_cast<int>( std::floor( std::fmod( bearing + 22.5, 360.0 ) / 45.0 ) ) % 8;
  return PerimeterDesignAlgorithm::tr( names[sector] );
}

namespace
{

// A rating for the barrier table: the rating, or plain words when the impact is faster than the standard's tests.
QString ratingCell( const std::string &rating, bool exceeded )
{
  return exceeded ? PerimeterDesignAlgorithm::tr( "faster than tested" ) : QString::fromStdString( rating );
}

const domain::OverpressureEffect *crowdEdgeEffect( const PerimeterReportData &d )
{
  return d.crowdEdgeKpa ? domain::effectAtOverpressure( *d.crowdEdgeKpa ) : nullptr;
}

void writeCrowd( HtmlReport &report, const PerimeterReportData &d, const PerimeterSources &sources )
{
  report.section( PerimeterDesignAlgorithm::tr( "1. How many people the area holds" ) );
  HtmlParagraph paragraph;
  paragraph.text( PerimeterDesignAlgorithm::tr(
                      "The event area measures %1 m². At %2 persons per m² standing it holds %3 people %4." )
                      .arg( localeNumber( d.eventAreaM2, 0 ), localeNumber( d.density, 1 ),
                            localeNumber( std::floor( d.capacity ), 0 ), HtmlReport::cite( sources.crowdFigures ) ) );
  paragraph.text( PerimeterDesignAlgorithm::tr( "Expected attendance: %1." ).arg( localeNumber( d.attendance, 0 ) ) );
  if ( d.attendance > d.capacity )
    paragraph.warning( PerimeterDesignAlgorithm::tr(
        "The attendance is larger than the area holds: limit the tickets, enlarge the area, "
        "or plan overflow space." ) );
  else
    paragraph.text( PerimeterDesignAlgorithm::tr( "The area is large enough (%1 % full)." )
                        .arg( localeNumber( 100 * d.attendance / std::max( d.capacity, 1e-9 ), 0 ) ) );
  report.paragraph( paragraph );
}

HtmlTable entryTable( const CrossingPlan &plan )
{
  HtmlTable table( { PerimeterDesignAlgorithm::tr( "Entry" ), PerimeterDesignAlgorithm::tr( "Street" ),
                     PerimeterDesignAlgorithm::tr( "Side" ), PerimeterDesignAlgorithm::tr( "Street width (m)" ),
                     PerimeterDesignAlgorithm::tr( "Search lanes" ),
                     PerimeterDesignAlgorithm::tr( "Exit width (m)" ) } );
  int index = 0;
  for ( const PlannedCrossing &entry : plan.crossings )
    if ( entry.kind == domain::CrossingKind::PedestrianEntry )
      table.row( { QString::number( ++index ), streetLabel( entry.crossing ), compassPoint( entry.bearingDeg ),
                   localeNumber( entry.crossing.widthM, 1 ), QString::number( entry.lanes ),
                   localeNumber( entry.exitWidthM, 1 ) } );
  return table;
}

void writeArrival( HtmlParagraph &paragraph, const PerimeterReportData &d, const PerimeterSources &sources )
{
  const double meanPerMinute = domain::peakArrivalsPerMinute( d.attendance, d.arrivalMinutes, 1 );
  const double peakPerMinute = domain::peakArrivalsPerMinute( d.attendance, d.arrivalMinutes, d.arrivalPeakFactor );
  paragraph.text( PerimeterDesignAlgorithm::tr(
                      "%1 people arriving within %2 minutes come at %3 a minute on average. They do not arrive "
                      "evenly: at the peak, often the last 20-30 minutes before the start, they come %4 times as "
                      "fast, %5 a minute %6." )
                      .arg( localeNumber( d.attendance, 0 ), localeNumber( d.arrivalMinutes, 0 ),
                            localeNumber( meanPerMinute, 0 ), factorText( d.arrivalPeakFactor ),
                            localeNumber( peakPerMinute, 0 ), HtmlReport::cite( sources.arrivalPeak ) ) );
  paragraph.text(
      PerimeterDesignAlgorithm::tr(
          "With one search lane (walk-through metal detector) checking about %1 people per hour %2, the entries "
          "need %3 search lanes to keep up with the peak. %4 would do for the mean rate, but the queue they let "
          "build at the peak would stand outside the perimeter, where it protects no one." )
          .arg( localeNumber( d.laneRate, 0 ), HtmlReport::cite( sources.crowdFigures ) )
          .arg( d.plan.totalLanes )
          .arg( d.plan.meanLanes ) );
}

void writeEntries( HtmlReport &report, const PerimeterReportData &d, const PerimeterSources &sources )
{
  report.section( PerimeterDesignAlgorithm::tr( "2. Entries and search lanes" ) );
  HtmlParagraph paragraph;
  writeArrival( paragraph, d, sources );
  if ( d.plan.entries == 0 )
  {
    paragraph.warning( PerimeterDesignAlgorithm::tr(
        "No street crosses the perimeter, so no entry could be placed automatically: choose "
        "the entries on site." ) );
    report.paragraph( paragraph );
    return;
  }
  paragraph.text( ( d.plan.pedestrianStreetsFound
                        ? PerimeterDesignAlgorithm::tr(
                              "Entries are placed first where footways and pedestrian streets cross the perimeter, "
                              "then on as few other streets as are needed for the exit width (section 3), at least "
                              "%1, widest streets first and spread around the perimeter." )
                        : PerimeterDesignAlgorithm::tr(
                              "No footway or pedestrian street crosses the perimeter, so entries are placed on as "
                              "few streets as are needed for the exit width (section 3), at least %1, widest "
                              "streets first and spread around the perimeter, behind a barrier people can walk "
                              "through." ) )
                      .arg( d.minimumEntries ) );
  paragraph.text( PerimeterDesignAlgorithm::tr(
      "The lanes are shared in proportion to the width of each street (wider streets bring more "
      "people)." ) );
  report.paragraph( paragraph );
  report.table( entryTable( d.plan ) );
  if ( d.arrivalLevelOfService )
    report.paragraph( HtmlParagraph().text(
        PerimeterDesignAlgorithm::tr(
            "At the peak about %1 people per metre of exit width per minute walk up to the entries: walkway "
            "level of service %2 (A free flow … F queueing) %3." )
            .arg( localeNumber( d.arrivalFlowPerMetreMinute, 1 ) )
            .arg( QChar( *d.arrivalLevelOfService ) )
            .arg( HtmlReport::cite( sources.fruin ) ) ) );
}

// The two evacuation times, in words; a warning when the one with the largest entry lost misses the target.
void addEvacuationTimes( HtmlParagraph &paragraph, const PerimeterReportData &d )
{
  const CrossingPlan &plan = d.plan;
  if ( !plan.evacuationMinutes || !plan.evacuationMinutesLargestExitLost )
  {
    paragraph.warning( PerimeterDesignAlgorithm::tr( "Without entries no evacuation time can be given." ) );
    return;
  }
  const double all = *plan.evacuationMinutes;
  const double lost = *plan.evacuationMinutesLargestExitLost;
  if ( !std::isfinite( lost ) )
  {
    paragraph.text( PerimeterDesignAlgorithm::tr( "Everyone is out in %1 minutes through the single entry." )
                        .arg( localeNumber( all, 1 ) ) );
    paragraph.warning( PerimeterDesignAlgorithm::tr(
        "If that entry is blocked nobody can get out: open a second exit (a vehicle barrier can have a "
        "pedestrian opening)." ) );
    return;
  }
  const QString times =
      PerimeterDesignAlgorithm::tr( "Everyone is out in %1 minutes through every entry, and in %2 minutes with the "
                                    "largest entry blocked." )
          .arg( localeNumber( all, 1 ), localeNumber( lost, 1 ) );
  if ( lost <= d.egressMinutes * ( 1 + 1e-9 ) )
  {
    paragraph.text( times );
    return;
  }
  paragraph.warning( times + ' ' +
                     PerimeterDesignAlgorithm::tr( "That is longer than the %1 minute target: open more or wider "
                                                   "exits (the vehicle barriers can have pedestrian openings)." )
                         .arg( localeNumber( d.egressMinutes, 0 ) ) );
}

void writeEgress( HtmlReport &report, const PerimeterReportData &d, const PerimeterSources &sources )
{
  report.section( PerimeterDesignAlgorithm::tr( "3. Getting everyone out" ) );
  HtmlParagraph paragraph;
  paragraph.text( PerimeterDesignAlgorithm::tr(
                      "An entry can be blocked in an emergency, by the incident itself or by the crowd, so the "
                      "exits are sized with the largest one lost %1: the other entries alone must let %2 people "
                      "leave within %3 minutes at %4 persons per metre of width per minute (level ground) %5, so "
                      "they must be %6 m wide in total." )
                      .arg( HtmlReport::cite( sources.largestExitLost ), localeNumber( d.attendance, 0 ),
                            localeNumber( d.egressMinutes, 0 ), localeNumber( d.flowRate, 0 ),
                            HtmlReport::cite( sources.greenGuide ), localeNumber( d.plan.neededWidthM, 1 ) ) );
  paragraph.text( PerimeterDesignAlgorithm::tr( "The entries provide %1 m in all (the table in section 2)." )
                      .arg( localeNumber( d.plan.providedWidthM, 1 ) ) );
  addEvacuationTimes( paragraph, d );
  report.paragraph( paragraph );
}

HtmlTable barrierTable( const PerimeterReportData &d )
{
  HtmlTable table( { QStringLiteral( "#" ), PerimeterDesignAlgorithm::tr( "Street" ),
                     PerimeterDesignAlgorithm::tr( "Side" ), PerimeterDesignAlgorithm::tr( "Use" ),
                     PerimeterDesignAlgorithm::tr( "Width (m)" ), PerimeterDesignAlgorithm::tr( "Impact speed (km/h)" ),
                     PerimeterDesignAlgorithm::tr( "Energy (kJ)" ), QStringLiteral( "ASTM F2656" ),
                     QStringLiteral( "IWA 14-1" ), QStringLiteral( "PAS 68" ) } );
  int index = 0;
  for ( const PlannedCrossing &planned : d.plan.crossings )
  {
    const StreetCrossing &c = planned.crossing;
    const QStringList where = { QString::number( ++index ), streetLabel( c ), compassPoint( planned.bearingDeg ),
                                kindText( planned.kind ), localeNumber( c.widthM, 1 ) };
    if ( !c.impact.reachable )
    {
      table.rowEndingWith(
          where, c.drivable ? PerimeterDesignAlgorithm::tr( "no vehicle route reaches it" )
                            : PerimeterDesignAlgorithm::tr( "left out of the vehicle network by the planner" ) );
      continue;
    }
    table.row( where + QStringList{ localeNumber( domain::msToKmh( c.impact.speedMs ), 0 ),
                                    localeNumber( domain::kineticEnergyKj( d.vehicle.massKg, c.impact.speedMs ), 0 ),
                                    ratingCell( c.ratings.astm, c.ratings.astmExceeded ),
                                    ratingCell( c.ratings.iwa, c.ratings.iwaExceeded ),
                                    ratingCell( c.ratings.pas68, c.ratings.pas68Exceeded ) } );
  }
  return table;
}

void writeCrossingCounts( HtmlReport &report, const CrossingPlan &plan )
{
  int counts[3] = { 0, 0, 0 };
  const PlannedCrossing *fastest = nullptr;
  for ( const PlannedCrossing &planned : plan.crossings )
  {
    ++counts[static_cast<int>( planned.kind )];
    const domain::ImpactResult &impact = planned.crossing.impact;
    if ( impact.reachable && ( !fastest || impact.speedMs > fastest->crossing.impact.speedMs ) )
      fastest = &planned;
  }
  HtmlParagraph paragraph;
  paragraph.text(
      PerimeterDesignAlgorithm::tr( "%n street(s) cross the perimeter: %1 closed by vehicle barriers, %2, %3.", nullptr,
                                    static_cast<int>( plan.crossings.size() ) )
          .arg( counts[static_cast<int>( domain::CrossingKind::VehicleBarrier )] )
          .arg( PerimeterDesignAlgorithm::tr( "%n emergency gate(s)", nullptr,
                                              counts[static_cast<int>( domain::CrossingKind::EmergencyGate )] ),
                PerimeterDesignAlgorithm::tr( "%n pedestrian entr(y/ies)", nullptr,
                                              counts[static_cast<int>( domain::CrossingKind::PedestrianEntry )] ) ) );
  if ( fastest )
    paragraph.text( PerimeterDesignAlgorithm::tr( "The fastest possible hit is %1 km/h, at %2." )
                        .arg( localeNumber( domain::msToKmh( fastest->crossing.impact.speedMs ), 0 ),
                              streetLabel( fastest->crossing ) ) );
  report.paragraph( paragraph );
}

void writeBarriers( HtmlReport &report, const PerimeterReportData &d, const PerimeterSources &sources )
{
  report.section( PerimeterDesignAlgorithm::tr( "4. The vehicle perimeter and its barriers" ) );
  const QString standoffReason =
      d.standoffFromChart
          ? PerimeterDesignAlgorithm::tr( "the chart's mandatory evacuation distance for the threat \"%1\" %2" )
                .arg( translatedCatalogueText( d.threat.displayName ), HtmlReport::cite( sources.threatChart ) )
          : PerimeterDesignAlgorithm::tr( "the distance chosen by the planner" );
  HtmlParagraph paragraph;
  paragraph.text( PerimeterDesignAlgorithm::tr(
                      "A barrier does not stop a vehicle at its face: the vehicle gets some way past the line before "
                      "it stops (the barrier's penetration), and a vehicle bomb goes off where the vehicle stops. "
                      "The plan allows %1 m of penetration %2, so the barrier line stands %3 m outside the event "
                      "area: the standoff of %4 m (%5) plus the %1 m. A vehicle stopped by a barrier is then still "
                      "%4 m from the crowd. The line is %6 m long and encloses %7 m²." )
                      .arg( localeNumber( d.penetrationM, 1 ), HtmlReport::cite( sources.penetration ),
                            localeNumber( d.barrierLineM, 1 ), localeNumber( d.standoffM, 0 ), standoffReason,
                            localeNumber( d.cordonLengthM, 0 ), localeNumber( d.cordonAreaM2, 0 ) ) );
  paragraph.text( PerimeterDesignAlgorithm::tr(
                      "Wherever a street crosses it, a crash-tested barrier is needed. How fast a hostile vehicle "
                      "can hit each barrier comes from a model of the street network %5: the vehicle \"%1\" (%2 "
                      "kg) starting anywhere at rest, or entering the area within %3 m at the street's speed limit "
                      "(%4 km/h where it has none), accelerating on straights and slowing for bends. The barrier must "
                      "be rated for at least that speed and "
                      "that penetration %6." )
                      .arg( translatedVehicleName( d.vehicle.name ), localeNumber( d.vehicle.massKg, 0 ),
                            localeNumber( d.searchDistanceM, 0 ), localeNumber( d.startSpeedKmh, 0 ),
                            HtmlReport::cite( sources.approachModel ), HtmlReport::cite( sources.crashTests ) ) );
  report.paragraph( paragraph );
  if ( d.plan.crossings.empty() )
  {
    report.paragraph( HtmlParagraph().text( PerimeterDesignAlgorithm::tr(
        "No street crosses the perimeter: vehicles cannot reach it over the street network given." ) ) );
    writeOpenGroundBarriers( report, d, sources );
    return;
  }
  writeCrossingCounts( report, d.plan );
  report.table( barrierTable( d ) );
  report.note( PerimeterDesignAlgorithm::tr(
      "Ratings name the test vehicle, the test speed (ASTM in mph, with km/h), the test's impact angle (90, "
      "head-on: a hostile driver chooses the angle) and the penetration the plan allows (ASTM P1 up to 1 m; "
      "IWA and PAS in metres after the colon); \"faster than tested\" means no barrier has been crash-tested to "
      "that standard at that speed. A barrier that lets a vehicle further through needs the line moved out by "
      "the difference (PENETRATION_M). Emergency gates are removable barriers with the same rating; entries need "
      "a rated line that people can walk through (e.g. bollards with 1.2 m gaps)." ) );
  const auto beyond = std::count_if( d.plan.crossings.begin(), d.plan.crossings.end(),
                                     []( const PlannedCrossing &p )
                                     { return p.crossing.impact.reachable && p.crossing.ratings.exceedsAllTests; } );
  if ( beyond > 0 )
    report.warning( PerimeterDesignAlgorithm::tr(
        "%n crossing(s) can be hit faster than any crash test: slow the approach (chicanes, closures further out) "
        "before relying on a barrier there.",
        nullptr, static_cast<int>( beyond ) ) );
  writeOpenGroundBarriers( report, d, sources );
}

// What a bomb at the cordon does at the crowd's edge, in words.
void addBlastAtCrowdEdge( HtmlParagraph &paragraph, const PerimeterReportData &d, const PerimeterSources &sources,
                          bool shortOfChart )
{
  if ( d.crowdEdgeKpa )
  {
    paragraph.text( PerimeterDesignAlgorithm::tr(
                        "If such a bomb went off where a barrier stops it, the blast wave would reach the edge of "
                        "the crowd with an overpressure of about %1 kPa %2." )
                        .arg( localeNumber( *d.crowdEdgeKpa, *d.crowdEdgeKpa < 10 ? 1 : 0 ),
                              HtmlReport::cite( sources.kingeryBulmash ) ) );
    const domain::OverpressureEffect *effect = crowdEdgeEffect( d );
    if ( !effect )
      paragraph.text( PerimeterDesignAlgorithm::tr(
                          "That is below every effect in the table %1; flying glass and debris can still hurt." )
                          .arg( HtmlReport::cite( sources.effects ) ) );
    else
    {
      const QString atThatPressure =
          PerimeterDesignAlgorithm::tr( "At that pressure: %1 %2." )
              .arg( translatedCatalogueText( effect->effect ).toLower(), HtmlReport::cite( sources.effects ) );
      shortOfChart ? paragraph.warning( atThatPressure ) : paragraph.text( atThatPressure );
    }
  }
  else if ( d.scaledDistance && *d.scaledDistance < kb::kMinScaledDistance )
    paragraph.warning( PerimeterDesignAlgorithm::tr(
                           "The crowd would be so close to the bomb that the blast formula does not apply %1: "
                           "expect deaths." )
                           .arg( HtmlReport::cite( sources.kingeryBulmash ) ) );
  else
    paragraph.text( PerimeterDesignAlgorithm::tr(
                        "The crowd would be so far that the blast formula gives no value %1: the blast itself is "
                        "negligible." )
                        .arg( HtmlReport::cite( sources.kingeryBulmash ) ) );
}

void writeBlast( HtmlReport &report, const PerimeterReportData &d, const PerimeterSources &sources )
{
  report.section( d.threat.vehicleBorne ? PerimeterDesignAlgorithm::tr( "5. A vehicle bomb at the perimeter" )
                                        : PerimeterDesignAlgorithm::tr( "5. A bomb carried up to the perimeter" ) );
  HtmlParagraph paragraph;
  paragraph.text( PerimeterDesignAlgorithm::tr(
                      "The bomb threat chart %5 asks everyone to be at least %1 m from a bomb of the type \"%2\" "
                      "(%3 kg of TNT equivalent), and recommends %4 m, sheltering inside buildings in between." )
                      .arg( localeNumber( d.threat.mandatoryEvacuationM, 0 ),
                            translatedCatalogueText( d.threat.displayName ), localeNumber( d.threat.tntKg, 0 ),
                            localeNumber( d.threat.preferredEvacuationM, 0 ),
                            HtmlReport::cite( sources.threatChart ) ) );
  const bool shortOfChart = d.standoffM < d.threat.mandatoryEvacuationM;
  if ( shortOfChart )
    paragraph.warning(
        PerimeterDesignAlgorithm::tr( "A vehicle bomb stopped by a barrier would be only %1 m from the crowd, %2 m "
                                      "less than the chart asks." )
            .arg( localeNumber( d.standoffM, 0 ), localeNumber( d.threat.mandatoryEvacuationM - d.standoffM, 0 ) ) );
  else
    paragraph.text( PerimeterDesignAlgorithm::tr( "A vehicle bomb stopped by a barrier would be %1 m from the crowd, "
                                                  "which meets the chart's mandatory distance." )
                        .arg( localeNumber( d.standoffM, 0 ) ) );
  addBlastAtCrowdEdge( paragraph, d, sources, shortOfChart );
  paragraph.text( PerimeterDesignAlgorithm::tr(
      "This is the incident overpressure in the open; buildings reflect and focus it, and "
      "fragments fly much further." ) );
  report.paragraph( paragraph );
}
} // namespace

PerimeterSources addPerimeterSources( HtmlReport &report, const PerimeterReportData &d )
{
  PerimeterSources sources;
  sources.crowdFigures = report.addSource( PerimeterDesignAlgorithm::tr(
      "Standing density 2 persons/m² (0.5 m² per person): HSE, The Event Safety Guide (HSG195, 1999), para. 87. "
      "Search lane throughput about 400 persons/hour for a walk-through metal detector: a vendor figure, below the "
      "500-1,000 the US DHS quotes, so it asks for more lanes. Hand searches are slower, about 10, 7 and 4 persons "
      "a minute without bags, mixed and with bags (event trade press, a judgement call). The values used here are "
      "the planner's parameters." ) );
  sources.arrivalPeak = report.addSource(
      PerimeterDesignAlgorithm::tr( "Arrival peak: planning guidance cites peaks of 1.5 to 2 times the mean rate of "
                                    "the arrival window (project domain reference, section 5). The factor used here, "
                                    "%1, is a parameter; the default 2 is a judgement call at the safe end of that "
                                    "range." )
          .arg( factorText( d.arrivalPeakFactor ) ) );
  sources.fruin = report.addSource(
      PerimeterDesignAlgorithm::tr( "J. J. Fruin, Pedestrian Planning and Design, 1971: walkway levels of "
                                    "service A (< 23 persons/m/min) to F (> 82)." ) );
  sources.greenGuide = report.addSource( PerimeterDesignAlgorithm::tr(
      "UK Sports Grounds Safety Authority, Guide to Safety at Sports Grounds (Green Guide): exit flow 82 "
      "persons/m/min on level ground, 66 stepped; a normal maximum egress time of 8 minutes (13.4a). Lower flows "
      "with alcohol (72 level, 56 stepped) and egress times by risk (10 low, 8 medium, 6 high minutes) are "
      "attributed to the Green Guide by council guidance but were not found in it: judgement calls, and 10 "
      "minutes is not on the safe side." ) );
  sources.largestExitLost = report.addSource( PerimeterDesignAlgorithm::tr(
      "Exits sized with the largest unavailable: UK Approved Document B, volume 2, 2.21 (\"fire might prevent one "
      "from being used ... the largest exit should be discounted\"); BS 9999, 16.6.1; Green Guide practice." ) );
  sources.threatChart = report.addSource( QString::fromStdString( d.threat.source ) );
  sources.penetration = report.addSource( PerimeterDesignAlgorithm::tr(
      "Penetration: ASTM F2656 classes P1 (up to 1 m), P2 (up to 7 m), P3 (up to 30 m), P4 (more); IWA 14-1 and "
      "PAS 68 state it in metres. The default 1 m (P1, the strictest class) is a judgement call for events, where "
      "the crowd stands close behind the line; the US Department of State certifies barriers only at 1 m or less "
      "(SD-STD-02.01 Rev. A, 2003)." ) );
  sources.approachModel = report.addSource(
      PerimeterDesignAlgorithm::tr(
          "Vehicle approach model of this tool (eventsecurity:vehicleapproach): acceleration a(v) = a0 (1 - "
          "v/vmax); in bends sqrt(a R), R from the street's curvature and a the lower of the tyre grip (mu g, mu = "
          "%1) and the class's rollover limit; vehicle table: %2. The accelerations are unconfirmed estimates." )
          .arg( localeNumber( d.friction, 2 ), QString::fromStdString( d.vehicle.source ) ) );
  sources.crashTests = report.addSource( PerimeterDesignAlgorithm::tr(
      "Crash test standards ASTM F2656 (designations in mph, each band from its floor), IWA 14-1:2013 (now ISO "
      "22343-1) and PAS 68: the lowest published test speed at or above the impact speed, for the test vehicle "
      "matching the vehicle's mass, at the test's 90° impact angle." ) );
  sources.kingeryBulmash = report.addSource(
      PerimeterDesignAlgorithm::tr(
          "Kingery-Bulmash fit for a hemispherical surface burst of TNT in the open (Swisdak 1994, DTIC ADA526744); "
          "a bomb stopped by a barrier is %1 m from the crowd edge (scaled distance %2 m/kg^(1/3))." )
          .arg( localeNumber( d.standoffM, 0 ),
                d.scaledDistance ? localeNumber( *d.scaledDistance, 2 ) : QStringLiteral( "-" ) ) );
  const domain::OverpressureEffect *effect = crowdEdgeEffect( d );
  sources.effects = report.addSource(
      QString::fromStdString( effect ? effect->source : domain::overpressureEffects().front().source ) );
  sources.queueModel = report.addSource( PerimeterDesignAlgorithm::tr(
      "Queues at the entries: the backlog of the arrivals beyond the lanes' throughput (a deterministic fluid queue, "
      "first come first served), plus the random queue of the Allen-Cunneen approximation for several servers (A. O. "
      "Allen, Probability, Statistics, and Queueing Theory, 2nd ed., 1990; Erlang C when arrivals are Poisson and "
      "searches exponential), taken period by period as the pointwise stationary approximation (L. V. Green and P. J. "
      "Kolesar, Management Science 37(1), 1991, 84-97), bounded near capacity by reflected Brownian motion (J. M. "
      "Harrison, Brownian Motion and Stochastic Flow Systems, 1985). Arrival and search variability: judgement calls "
      "(parameters). The queue outside the security line as a target: project domain reference, section 5." ) );
  sources.queueSpace = report.addSource( PerimeterDesignAlgorithm::tr(
      "Space per person in a queue: TRB, Highway Capacity Manual 2000, chapter 18, after J. J. Fruin, Pedestrian "
      "Planning and Design, 1971: 0.6 m² is the boundary of the queuing levels of service C (0.6-0.9 m², within "
      "the range of personal comfort) and D (0.3-0.6 m², long-term waiting is uncomfortable). Which level an event "
      "queue reaches, and the queue's width, are judgement calls (parameters)." ) );
  return sources;
}

void writePerimeterHeading( HtmlReport &report, const PerimeterReportData &d )
{
  report.heading( PerimeterDesignAlgorithm::tr( "Event perimeter design: %1" ).arg( d.eventName ) );
}

void writePerimeterIntroduction( HtmlReport &report )
{
  report.paragraph( HtmlParagraph().text( PerimeterDesignAlgorithm::tr(
      "This report sizes the security perimeter of the event: the line vehicles may not cross, the barriers on "
      "the streets that cross it, the gates for emergency vehicles, and the entries where visitors are "
      "searched. Numbers in square brackets point to the sources at the end." ) ) );
}

void writePerimeterSections( HtmlReport &report, const PerimeterReportData &d, const PerimeterSources &sources )
{
  writeCrowd( report, d, sources );
  writeEntries( report, d, sources );
  writeEgress( report, d, sources );
  writeBarriers( report, d, sources );
  writeBlast( report, d, sources );
  writeQueueSection( report, d, sources );
}

void writePerimeterSources( HtmlReport &report )
{
  report.sources( PerimeterDesignAlgorithm::tr( "Sources" ) );
  report.note( PerimeterDesignAlgorithm::tr(
      "Judgement calls of this tool (all of them parameters): the arrival window and its peak factor, the lane "
      "throughput, the penetration allowed, the egress target, the number of emergency gates and how far apart they "
      "must be, the default street width, the threat and the vehicle; for the queues the length of the arrival peak, "
      "the space per person and the queue's width, the wait target, the arrival and search variability and how close "
      "to a carriageway a queue faces traffic." ) );
  report.note( numbersMeaningTitle() + QStringLiteral( ": " ) + numbersMeaningText() );
}

QString numbersMeaningTitle()
{
  return PerimeterDesignAlgorithm::tr( "What the numbers mean" );
}

QString numbersMeaningText()
{
  const QString withoutOpenGround = PerimeterDesignAlgorithm::tr(
      "Vehicles: a hostile vehicle accelerates by a(v) = a0 (1 - v/vmax) (class accelerations are estimates, no "
      "primary source), slows for bends to the speed their curvature allows (the radius from the street's shape, "
      "junction corners rounded by KERB_RADIUS_M) at the lower of the tyre grip (FRICTION) and the class's rollover "
      "limit (judgement calls but for the 30 t lorry's, UMTRI), enters the study area at the street's speed limit "
      "(MAXSPEED_FIELD, else START_SPEED_KMH) and ignores one-way rules and pedestrian zones; braking, traffic, "
      "parked cars, kerbs and street furniture are not modelled, so the speeds are upper bounds. Blast: the "
      "Kingery-Bulmash incident overpressure of a surface burst in the open (Swisdak 1994); reflections off "
      "buildings, confinement and fragments are not modelled, so a hand-held charge is never given less than the "
      "chart's distances, which its fragments set. Barrier ratings: ASTM F2656 designations in mph, each speed band "
      "from its floor; IWA 14-1 and PAS 68 at the test's 90° angle; each names the penetration the plan allows "
      "(ASTM P1-P4, metres for IWA and PAS). Crowd: capacity at a standing density (HSE HSG195), search lanes for "
      "the arrival peak (the peak factor is a judgement call), exits that meet the egress time with the largest "
      "lost (Approved Document B, BS 9999) at the Green Guide's flows. Queues outside the cordon, which it does not "
      "protect: the backlog of the arrivals beyond the lanes' throughput plus the random queue of the Allen-Cunneen "
      "approximation, period by period (Green and Kolesar 1991); means, not a worst case; on the ground at 0.6 m² a "
      "person (HCM 2000 after Fruin) in a queue 3 m wide (a judgement call); exposed when the approach model finds a "
      "vehicle reaching it, or a vehicle can stop within the chart's mandatory distance. A planning aid: it supports, "
      "and does not replace, the assessment of a qualified security adviser." );
  return withoutOpenGround + ' ' + openGroundNumbersMeaning();
}

QString perimeterReportTitle()
{
  return PerimeterDesignAlgorithm::tr( "Event perimeter design" );
}

QString perimeterReport( const PerimeterReportData &data )
{
  HtmlReport report( perimeterReportTitle() );
  const PerimeterSources sources = addPerimeterSources( report, data );
  writePerimeterHeading( report, data );
  writePerimeterIntroduction( report );
  writePerimeterSections( report, data, sources );
  writePerimeterSources( report );
  return report.html();
}

} // namespace eventsecurity
