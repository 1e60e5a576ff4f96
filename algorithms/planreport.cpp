#include "planreport.h"

#include "htmlreport.h"
#include "numberformat.h"
#include "securitylayoutalgorithm.h"

#include <algorithm>

namespace eventsecurity
{

namespace
{
// The fastest impacts listed; the map shows them all.
constexpr std::size_t kImpactsListed = 10;

void writeStandoffZones( HtmlReport &report, std::vector<StandoffZonesAlgorithm::ZoneSummary> zones )
{
  report.section( SecurityLayoutAlgorithm::tr( "Bomb stand-off zones around the venue" ) );
  report.paragraph( HtmlParagraph().text( SecurityLayoutAlgorithm::tr(
      "The zones of the bomb threat stand-off chart (NCTC/DHS 2013), drawn around the event area: inside the mandatory "
      "evacuation distance no one stays and no vehicle is allowed; between it and the preferred distance people "
      "shelter inside buildings, away from windows. The overpressure at each zone's outer edge is the Kingery-Bulmash "
      "incident overpressure (Swisdak 1994)." ) ) );
  std::sort( zones.begin(), zones.end(), []( const auto &a, const auto &b ) { return a.zone.outerM < b.zone.outerM; } );
  HtmlTable table(
      { SecurityLayoutAlgorithm::tr( "Zone" ), SecurityLayoutAlgorithm::tr( "From (m)" ),
        SecurityLayoutAlgorithm::tr( "To (m)" ), SecurityLayoutAlgorithm::tr( "Overpressure at the outer edge (kPa)" ),
        SecurityLayoutAlgorithm::tr( "Buildings" ), SecurityLayoutAlgorithm::tr( "Roads to close (m)" ) } );
  for ( const StandoffZonesAlgorithm::ZoneSummary &summary : zones )
    table.row( { summary.zone.effect, localeNumber( summary.zone.innerM ), localeNumber( summary.zone.outerM ),
                 summary.zone.outerKpa ? localeNumber( *summary.zone.outerKpa, 1 ) : QStringLiteral( "-" ),
                 QString::number( summary.buildings ), localeNumber( summary.closedRoadM ) } );
  report.table( table );
}

void writeApproach( HtmlReport &report, std::vector<ApproachImpactRow> impacts )
{
  report.section( SecurityLayoutAlgorithm::tr( "Hostile vehicle approach to the cordon" ) );
  report.paragraph( HtmlParagraph().text(
      SecurityLayoutAlgorithm::tr(
          "The vehicle approach analysis (eventsecurity:vehicleapproach) finds, for each of the %1 "
          "places where a street reaches the cordon, the highest speed a hostile vehicle can "
          "reach there over any route; the map shows these routes coloured by speed. The fastest are listed "
          "here, with the length of the route and its run-up: the distance since the last bend, junction or "
          "start that held the speed down." )
          .arg( impacts.size() ) ) );
  if ( impacts.empty() )
    return;
  std::sort( impacts.begin(), impacts.end(), []( const auto &a, const auto &b ) { return a.kmh > b.kmh; } );
  HtmlTable table( { SecurityLayoutAlgorithm::tr( "Impact speed (km/h)" ), SecurityLayoutAlgorithm::tr( "Route (m)" ),
                     SecurityLayoutAlgorithm::tr( "Run-up (m)" ), SecurityLayoutAlgorithm::tr( "Energy (kJ)" ),
                     SecurityLayoutAlgorithm::tr( "Angle (°)" ), QStringLiteral( "ASTM F2656" ),
                     QStringLiteral( "IWA 14-1" ), QStringLiteral( "PAS 68" ) } );
  for ( std::size_t i = 0; i < std::min( kImpactsListed, impacts.size() ); ++i )
  {
    const ApproachImpactRow &impact = impacts[i];
    table.row( { localeNumber( impact.kmh ), localeNumber( impact.routeM ), localeNumber( impact.runupM ),
                 localeNumber( impact.energyKj ), localeNumber( impact.angleDeg ), impact.astm, impact.iwa,
                 impact.pas68 } );
  }
  report.table( table );
}
} // namespace

QString planReport( const PlanReportData &data )
{
  HtmlReport report( perimeterReportTitle() );
  const PerimeterSources sources = addPerimeterSources( report, data.perimeter );
  writePerimeterHeading( report, data.perimeter );
  report.paragraph(
      HtmlParagraph()
          .strong( SecurityLayoutAlgorithm::tr( "Security layout of the event \"%1\"." ).arg( data.eventName ) )
          .text( SecurityLayoutAlgorithm::tr( "The layers are in the GeoPackage %1; the map is in the PDF." )
                     .arg( data.geoPackageFileName ) ) );
  writePerimeterIntroduction( report );
  writePerimeterSections( report, data.perimeter, sources );
  writeStandoffZones( report, data.zones );
  writeApproach( report, data.impacts );
  writePerimeterSources( report );
  return report.html();
}

} // namespace eventsecurity
