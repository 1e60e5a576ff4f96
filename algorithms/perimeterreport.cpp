#include "perimeterreport.h"

#include "catalogueparameters.h"
#include "htmlreport.h"
#include "kingerybulmash.h"
#include "numberformat.h"
#include "perimeterdesignalgorithm.h"
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

QString streetLabel( const StreetCrossing &crossing )
{
  return crossing.street.isEmpty() ? PerimeterDesignAlgorithm::tr( "unnamed street (feature %1)" ).arg( crossing.fid )
                                   : crossing.street;
}

// Compass point of a bearing, for the report ("north", "south-east"...).
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

void writeEntries( HtmlReport &report, const PerimeterReportData &d, const PerimeterSources &sources )
{
  report.section( PerimeterDesignAlgorithm::tr( "2. Entries and search lanes" ) );
  HtmlParagraph paragraph;
  paragraph.text(
      PerimeterDesignAlgorithm::tr(
          "For %1 people arriving within %2 minutes, with one search lane (walk-through metal "
          "detector) checking about %3 people per hour %5, the entries need %4 search lanes in total." )
          .arg( localeNumber( d.attendance, 0 ), localeNumber( d.arrivalMinutes, 0 ), localeNumber( d.laneRate, 0 ) )
          .arg( d.plan.totalLanes )
          .arg( HtmlReport::cite( sources.crowdFigures ) ) );
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
            "During arrival about %1 people per metre of entry width per minute walk up to the entries: walkway "
            "level of service %2 (A free flow … F queueing) %3." )
            .arg( localeNumber( d.arrivalFlowPerMetreMinute, 1 ) )
            .arg( QChar( *d.arrivalLevelOfService ) )
            .arg( HtmlReport::cite( sources.fruin ) ) ) );
}

void writeEgress( HtmlReport &report, const PerimeterReportData &d, const PerimeterSources &sources )
{
  report.section( PerimeterDesignAlgorithm::tr( "3. Getting everyone out" ) );
  HtmlParagraph paragraph;
  paragraph.text( PerimeterDesignAlgorithm::tr(
                      "To let %1 people leave within %2 minutes at %3 persons per metre of width per minute "
                      "(level ground) %5, the exits must be %4 m wide in total." )
                      .arg( localeNumber( d.attendance, 0 ), localeNumber( d.egressMinutes, 0 ),
                            localeNumber( d.flowRate, 0 ), localeNumber( d.plan.neededWidthM, 1 ),
                            HtmlReport::cite( sources.greenGuide ) ) );
  paragraph.text(
      PerimeterDesignAlgorithm::tr( "The entries provide %1 m." ).arg( localeNumber( d.plan.providedWidthM, 1 ) ) );
  if ( !d.evacuationMinutes )
    paragraph.warning( PerimeterDesignAlgorithm::tr( "Without entries no evacuation time can be given." ) );
  else if ( *d.evacuationMinutes > d.egressMinutes * ( 1 + 1e-9 ) )
    paragraph.warning(
        PerimeterDesignAlgorithm::tr( "Everyone is out in %1 minutes." )
            .arg( localeNumber( *d.evacuationMinutes, 1 ) ) +
        ' ' +
        PerimeterDesignAlgorithm::tr( "That is longer than the %1 minute target: open more or wider exits (the vehicle "
                                      "barriers can have pedestrian openings)." )
            .arg( localeNumber( d.egressMinutes, 0 ) ) );
  else
    paragraph.text( PerimeterDesignAlgorithm::tr( "Everyone is out in %1 minutes." )
                        .arg( localeNumber( *d.evacuationMinutes, 1 ) ) );
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
  paragraph.text( PerimeterDesignAlgorithm::tr(
                      "%1 street(s) cross the perimeter: %2 closed by vehicle barriers, %3 emergency gate(s), "
                      "%4 pedestrian entr(y/ies)." )
                      .arg( plan.crossings.size() )
                      .arg( counts[static_cast<int>( domain::CrossingKind::VehicleBarrier )] )
                      .arg( counts[static_cast<int>( domain::CrossingKind::EmergencyGate )] )
                      .arg( counts[static_cast<int>( domain::CrossingKind::PedestrianEntry )] ) );
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
                      "No vehicle may come closer to the crowd than %1 m: the perimeter runs %1 m outside the "
                      "event area (%2), is %3 m long and encloses %4 m²." )
                      .arg( localeNumber( d.standoffM, 0 ), standoffReason, localeNumber( d.cordonLengthM, 0 ),
                            localeNumber( d.cordonAreaM2, 0 ) ) );
  paragraph.text( PerimeterDesignAlgorithm::tr(
                      "Wherever a street crosses it, a crash-tested barrier is needed. How fast a hostile vehicle "
                      "can hit each barrier comes from a model of the street network %5: the vehicle \"%1\" (%2 "
                      "kg) starting anywhere at rest, or entering the area within %3 m at %4 km/h, accelerating "
                      "on straights and slowing for bends. The barrier must be rated for at least that speed %6." )
                      .arg( translatedVehicleName( d.vehicle.name ), localeNumber( d.vehicle.massKg, 0 ),
                            localeNumber( d.searchDistanceM, 0 ), localeNumber( d.startSpeedKmh, 0 ),
                            HtmlReport::cite( sources.approachModel ), HtmlReport::cite( sources.crashTests ) ) );
  report.paragraph( paragraph );
  if ( d.plan.crossings.empty() )
  {
    report.paragraph( HtmlParagraph().text( PerimeterDesignAlgorithm::tr(
        "No street crosses the perimeter: vehicles cannot reach it over the street network given." ) ) );
    return;
  }
  writeCrossingCounts( report, d.plan );
  report.table( barrierTable( d ) );
  report.note( PerimeterDesignAlgorithm::tr(
      "Ratings name the test vehicle, the test speed in km/h and the angle; \"faster than tested\" "
      "means no barrier has been crash-tested to that standard at that speed. How far a vehicle may "
      "get past the barrier (penetration) depends on the space behind it and is for the designer to "
      "choose. Emergency gates are removable barriers with the same rating; entries need a rated "
      "line that people can walk through (e.g. bollards with 1.2 m gaps)." ) );
  const auto beyond = std::count_if( d.plan.crossings.begin(), d.plan.crossings.end(),
                                     []( const PlannedCrossing &p )
                                     { return p.crossing.impact.reachable && p.crossing.ratings.exceedsAllTests; } );
  if ( beyond > 0 )
    report.warning( PerimeterDesignAlgorithm::tr(
                        "%1 crossing(s) can be hit faster than any crash test: slow the approach (chicanes, "
                        "closures further out) before relying on a barrier there." )
                        .arg( beyond ) );
}

// What a bomb at the cordon does at the crowd's edge, in words.
void addBlastAtCrowdEdge( HtmlParagraph &paragraph, const PerimeterReportData &d, const PerimeterSources &sources,
                          bool shortOfChart )
{
  if ( d.crowdEdgeKpa )
  {
    paragraph.text( PerimeterDesignAlgorithm::tr(
                        "If such a bomb went off at the perimeter, the blast wave would reach the edge of the "
                        "crowd with an overpressure of about %1 kPa %2." )
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
        PerimeterDesignAlgorithm::tr(
            "The perimeter keeps vehicles only %1 m from the crowd, %2 m less than the chart asks." )
            .arg( localeNumber( d.standoffM, 0 ), localeNumber( d.threat.mandatoryEvacuationM - d.standoffM, 0 ) ) );
  else
    paragraph.text(
        PerimeterDesignAlgorithm::tr(
            "The perimeter keeps vehicles %1 m from the crowd, which meets the chart's mandatory distance." )
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
      "Standing density (2 persons/m², i.e. 0.5 m² per person) and search lane throughput (walk-through metal "
      "detector about 400 persons/hour): common planning figures collected in the project's domain reference, "
      "section 5; the values used here are the planner's parameters." ) );
  sources.fruin = report.addSource(
      PerimeterDesignAlgorithm::tr( "J. J. Fruin, Pedestrian Planning and Design, 1971: walkway levels of "
                                    "service A (< 23 persons/m/min) to F (> 82)." ) );
  sources.greenGuide = report.addSource( PerimeterDesignAlgorithm::tr(
      "UK Sports Grounds Safety Authority, Guide to Safety at Sports Grounds (Green Guide): exit flow 82 "
      "persons/m/min on level ground (72 if alcohol is served), egress within 8 minutes for a medium-risk venue "
      "(10 low, 6 high)." ) );
  sources.threatChart = report.addSource( QString::fromStdString( d.threat.source ) );
  sources.approachModel = report.addSource(
      PerimeterDesignAlgorithm::tr(
          "Vehicle approach model of this tool (eventsecurity:vehicleapproach): acceleration a(v) = a0 (1 - "
          "v/vmax), bend limit sqrt(mu g R) with mu = %1; vehicle table: %2. The accelerations are unconfirmed "
          "estimates." )
          .arg( localeNumber( d.friction, 2 ), QString::fromStdString( d.vehicle.source ) ) );
  sources.crashTests = report.addSource( PerimeterDesignAlgorithm::tr(
      "Crash test standards ASTM F2656, IWA 14-1:2013 (now ISO 22343-1) and PAS 68: the lowest published test "
      "speed at or above the impact speed, for the test vehicle matching the vehicle's mass." ) );
  sources.kingeryBulmash = report.addSource(
      PerimeterDesignAlgorithm::tr(
          "Kingery-Bulmash fit for a hemispherical surface burst of TNT (Swisdak 1994, DTIC ADA526744); at the "
          "crowd edge the bomb is %1 m away (scaled distance %2 m/kg^(1/3))." )
          .arg( localeNumber( d.standoffM, 0 ),
                d.scaledDistance ? localeNumber( *d.scaledDistance, 2 ) : QStringLiteral( "-" ) ) );
  const domain::OverpressureEffect *effect = crowdEdgeEffect( d );
  sources.effects = report.addSource(
      QString::fromStdString( effect ? effect->source : domain::overpressureEffects().front().source ) );
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
}

void writePerimeterSources( HtmlReport &report )
{
  report.sources( PerimeterDesignAlgorithm::tr( "Sources" ) );
  report.note( PerimeterDesignAlgorithm::tr(
      "Judgement calls of this tool (all of them parameters): the arrival window, the lane "
      "throughput, the egress target, the number of emergency gates and how far apart they must be, "
      "the default street width, the threat and the vehicle. Braking, traffic, parked cars and "
      "street furniture are not modelled: speeds are upper bounds for planning. This report "
      "supports, and does not replace, the assessment of a qualified security adviser." ) );
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
