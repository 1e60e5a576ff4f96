#include "perimeterdesignalgorithm.h"

#include "catalogueparameters.h"

#include "approachsearch.h"
#include "barrierratings.h"
#include "crowd.h"
#include "eventsecuritycompat.h"
#include "eventsecurityprovider.h"
#include "kingerybulmash.h"
#include "metriccrs.h"
#include "perimeterplan.h"
#include "streetgraph.h"
#include "streetnetworkreader.h"
#include "vehicledynamics.h"

#include <qgsexpression.h>
#include <qgsexpressioncontext.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsgeometryengine.h>
#include <qgslinestring.h>
#include <qgsmultipolygon.h>
#include <qgspolygon.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>

namespace eventsecurity
{
namespace
{
namespace kb = domain::kingerybulmash;

// Defaults shared with eventsecurity:vehicleapproach (its help gives the reasons; judgement calls).
constexpr double kDefaultArrivalMinutes = 60; // issue 5: people arrive within an hour (judgement call)
constexpr int kDefaultEmergencyGates = 2;     // at least two, on different sides (issue 5)
constexpr int kSegmentsPerQuarter = 8;        // curve quality of the cordon's rounded corners
const char *const kDefaultPedestrianExpression =
    "\"highway\" IN ('footway', 'pedestrian', 'path', 'steps')"; // OSM tags

// Buffer distance whose polygon contains the true rounded offset (chords of n per quarter come within
// r cos(pi/4n) of the centre): the drawn cordon never understates the standoff.
double circumscribed( double distance )
{
  return distance / std::cos( M_PI / ( 4.0 * kSegmentsPerQuarter ) );
}

// The cordon: the event area grown by the standoff, with gaps narrower than a street closed (buffer out
// and back in by half a street width), holes filled and slivers smaller than a street's square dropped.
// Always contains the event area grown by the standoff.
QgsGeometry buildableCordon( const QgsGeometry &eventArea, double standoffM, double streetWidthM, int *droppedSlivers )
{
  const QgsGeometry grown =
      standoffM > 0 ? eventArea.buffer( circumscribed( standoffM ), kSegmentsPerQuarter ) : eventArea;
  const double half = 0.5 * streetWidthM;
  QgsGeometry closed = grown.buffer( half, kSegmentsPerQuarter ).buffer( -half, kSegmentsPerQuarter );
  closed = QgsGeometry::unaryUnion( QVector<QgsGeometry>() << closed << grown );

  auto result = std::make_unique<QgsMultiPolygon>();
  const double sliverArea = streetWidthM * streetWidthM;
  *droppedSlivers = 0;
  for ( const QgsGeometry &part : closed.asGeometryCollection() )
  {
    const QgsPolygon *polygon = qgsgeometry_cast<const QgsPolygon *>( part.constGet() );
    if ( !polygon || !polygon->exteriorRing() )
      continue;
    auto filled = std::make_unique<QgsPolygon>();
    filled->setExteriorRing( polygon->exteriorRing()->clone() ); // holes filled
    if ( filled->area() < sliverArea )
    {
      ++*droppedSlivers;
      continue;
    }
    result->addGeometry( filled.release() );
  }
  QgsGeometry cordon( std::move( result ) );
  // Parts filled out may now overlap; a union makes the multipolygon valid.
  return QgsGeometry::unaryUnion( QVector<QgsGeometry>() << cordon );
}

QString number( double value, int decimals )
{
  return QLocale().toString( value, 'f', decimals );
}

// One place where a street crosses the cordon.
struct Crossing
{
  domain::PlanePoint point;
  double dx = 1, dy = 0; // unit direction of the street there, pointing out of the cordon
  double widthM = 0;
  QgsFeatureId fid = FID_NULL;
  QString street;
  bool pedestrian = false;
  bool drivable = true;
  int node = -1; // graph node, for drivable streets
  double bearingDeg = 0;
  domain::ImpactResult impact;
  domain::BarrierRatings ratings;
  domain::CrossingKind kind = domain::CrossingKind::VehicleBarrier;
  int lanes = 0;
  double gateWidthM = 0;
};

// Per network feature: what the expressions and the name field say.
struct StreetAttributes
{
  bool pedestrian = false;
  bool excluded = false;
  QString name;
};

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

QString streetLabel( const Crossing &crossing )
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

// A rating for the report's table: the rating, or plain words when the impact is faster than the standard's tests.
QString ratingCell( const std::string &rating, bool exceeded )
{
  return exceeded ? PerimeterDesignAlgorithm::tr( "faster than tested" ).toHtmlEscaped()
                  : QString::fromStdString( rating ).toHtmlEscaped();
}

// Everything the report says, gathered while processing.
struct ReportData
{
  QString eventName;
  double eventAreaM2 = 0;
  double density = 0;
  double capacity = 0;
  double attendance = 0;
  double arrivalMinutes = 0;
  double laneRate = 0;
  int lanes = 0;
  double flowRate = 0;
  double egressMinutes = 0;
  double neededWidthM = 0;
  double providedWidthM = 0;
  std::optional<double> evacuationMinutes;
  std::optional<char> arrivalLevelOfService;
  double arrivalFlowPerMetreMinute = 0;
  domain::ThreatType threat;
  bool standoffFromChart = false;
  double standoffM = 0;
  double cordonAreaM2 = 0;
  double cordonLengthM = 0;
  std::optional<double> crowdEdgeKpa;
  std::optional<double> scaledDistance;
  domain::VehicleClass vehicle;
  double startSpeedKmh = 0;
  double searchDistanceM = 0;
  double friction = 0;
  const std::vector<Crossing> *crossings = nullptr;
  bool pedestrianStreetsFound = false;
  int minimumEntries = 0;
};

QString htmlReport( const ReportData &d )
{
  const std::vector<Crossing> &crossings = *d.crossings;
  QString html;
  QTextStream out( &html );
  out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
      << PerimeterDesignAlgorithm::tr( "Event perimeter design" ).toHtmlEscaped()
      << "</title><style>body{font-family:sans-serif;max-width:60em;margin:1em auto;line-height:1.4}"
         "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:left}"
         ".warn{color:#a00;font-weight:bold}.src{color:#555;font-size:90%}</style></head><body>\n";
  out << "<h1>" << PerimeterDesignAlgorithm::tr( "Event perimeter design: %1" ).arg( d.eventName ).toHtmlEscaped() << "</h1>\n";
  out << "<p>"
      << PerimeterDesignAlgorithm::tr( "This report sizes the security perimeter of the event: the line vehicles may not cross, the barriers "
                "on the streets that cross it, the gates for emergency vehicles, and the entries where visitors are "
                "searched. Numbers in square brackets point to the sources at the end." )
             .toHtmlEscaped()
      << "</p>\n";

  // 1. Crowd.
  out << "<h2>" << PerimeterDesignAlgorithm::tr( "1. How many people the area holds" ).toHtmlEscaped() << "</h2>\n<p>";
  out << PerimeterDesignAlgorithm::tr( "The event area measures %1 m². At %2 persons per m² standing it holds %3 people [1]." )
             .arg( number( d.eventAreaM2, 0 ), number( d.density, 1 ), number( std::floor( d.capacity ), 0 ) )
             .toHtmlEscaped();
  out << " " << PerimeterDesignAlgorithm::tr( "Expected attendance: %1." ).arg( number( d.attendance, 0 ) ).toHtmlEscaped();
  if ( d.attendance > d.capacity )
    out << " <span class=\"warn\">"
        << PerimeterDesignAlgorithm::tr( "The attendance is larger than the area holds: limit the tickets, enlarge the area, or plan overflow "
                  "space." )
               .toHtmlEscaped()
        << "</span>";
  else
    out << " "
        << PerimeterDesignAlgorithm::tr( "The area is large enough (%1 % full)." )
               .arg( number( 100 * d.attendance / std::max( d.capacity, 1e-9 ), 0 ) )
               .toHtmlEscaped();
  out << "</p>\n";

  // 2. Arrival.
  std::vector<const Crossing *> entries;
  for ( const Crossing &crossing : crossings )
    if ( crossing.kind == domain::CrossingKind::PedestrianEntry )
      entries.push_back( &crossing );
  out << "<h2>" << PerimeterDesignAlgorithm::tr( "2. Entries and search lanes" ).toHtmlEscaped() << "</h2>\n<p>";
  out << PerimeterDesignAlgorithm::tr( "For %1 people arriving within %2 minutes, with one search lane (walk-through metal detector) checking "
                "about %3 people per hour [1], the entries need %4 search lanes in total." )
             .arg( number( d.attendance, 0 ), number( d.arrivalMinutes, 0 ), number( d.laneRate, 0 ) )
             .arg( d.lanes )
             .toHtmlEscaped();
  if ( entries.empty() )
    out << " <span class=\"warn\">"
        << PerimeterDesignAlgorithm::tr( "No street crosses the perimeter, so no entry could be placed automatically: choose the entries on "
                  "site." )
               .toHtmlEscaped()
        << "</span></p>\n";
  else
  {
    out << " "
        << ( d.pedestrianStreetsFound
                 ? PerimeterDesignAlgorithm::tr( "Entries are placed first where footways and pedestrian streets cross the perimeter, then on "
                          "as few "
                          "other streets as are needed for the exit width (section 3), at least %1, widest streets "
                          "first and "
                          "spread around the perimeter." )
                 : PerimeterDesignAlgorithm::tr(
                       "No footway or pedestrian street crosses the perimeter, so entries are placed on as few streets "
                       "as are "
                       "needed for the exit width (section 3), at least %1, widest streets first and spread around the "
                       "perimeter, behind a barrier people can walk through." ) )
               .arg( d.minimumEntries )
               .toHtmlEscaped()
        << " "
        << PerimeterDesignAlgorithm::tr( "The lanes are shared in proportion to the width of each street (wider streets bring more people)." )
               .toHtmlEscaped()
        << "</p>\n<table><tr><th>" << PerimeterDesignAlgorithm::tr( "Entry" ).toHtmlEscaped() << "</th><th>"
        << PerimeterDesignAlgorithm::tr( "Street" ).toHtmlEscaped() << "</th><th>" << PerimeterDesignAlgorithm::tr( "Side" ).toHtmlEscaped() << "</th><th>"
        << PerimeterDesignAlgorithm::tr( "Street width (m)" ).toHtmlEscaped() << "</th><th>" << PerimeterDesignAlgorithm::tr( "Search lanes" ).toHtmlEscaped()
        << "</th><th>" << PerimeterDesignAlgorithm::tr( "Exit width (m)" ).toHtmlEscaped() << "</th></tr>\n";
    int index = 0;
    for ( const Crossing *entry : entries )
    {
      out << "<tr><td>" << ++index << "</td><td>" << streetLabel( *entry ).toHtmlEscaped() << "</td><td>"
          << compassPoint( entry->bearingDeg ).toHtmlEscaped() << "</td><td>" << number( entry->widthM, 1 )
          << "</td><td>" << entry->lanes << "</td><td>" << number( entry->gateWidthM, 1 ) << "</td></tr>\n";
    }
    out << "</table>\n";
    if ( d.arrivalLevelOfService )
      out << "<p>"
          << PerimeterDesignAlgorithm::tr( "During arrival about %1 people per metre of entry width per minute walk up to the entries: "
                    "walkway level of "
                    "service %2 (A free flow … F queueing) [2]." )
                 .arg( number( d.arrivalFlowPerMetreMinute, 1 ) )
                 .arg( QChar( *d.arrivalLevelOfService ) )
                 .toHtmlEscaped()
          << "</p>\n";
  }

  // 3. Egress.
  out << "<h2>" << PerimeterDesignAlgorithm::tr( "3. Getting everyone out" ).toHtmlEscaped() << "</h2>\n<p>";
  out << PerimeterDesignAlgorithm::tr(
             "To let %1 people leave within %2 minutes at %3 persons per metre of width per minute (level ground) [3], "
             "the exits must be %4 m wide in total." )
             .arg( number( d.attendance, 0 ), number( d.egressMinutes, 0 ), number( d.flowRate, 0 ),
                   number( d.neededWidthM, 1 ) )
             .toHtmlEscaped();
  out << " " << PerimeterDesignAlgorithm::tr( "The entries provide %1 m." ).arg( number( d.providedWidthM, 1 ) ).toHtmlEscaped();
  if ( d.evacuationMinutes )
  {
    const bool tooSlow = *d.evacuationMinutes > d.egressMinutes * ( 1 + 1e-9 );
    out << " " << ( tooSlow ? "<span class=\"warn\">" : "" )
        << PerimeterDesignAlgorithm::tr( "Everyone is out in %1 minutes." ).arg( number( *d.evacuationMinutes, 1 ) ).toHtmlEscaped();
    if ( tooSlow )
      out << " "
          << PerimeterDesignAlgorithm::tr( "That is longer than the %1 minute target: open more or wider exits (the vehicle barriers can have "
                    "pedestrian openings)." )
                 .arg( number( d.egressMinutes, 0 ) )
                 .toHtmlEscaped()
          << "</span>";
  }
  else
    out << " <span class=\"warn\">" << PerimeterDesignAlgorithm::tr( "Without entries no evacuation time can be given." ).toHtmlEscaped()
        << "</span>";
  out << "</p>\n";

  // 4. The vehicle perimeter.
  out << "<h2>" << PerimeterDesignAlgorithm::tr( "4. The vehicle perimeter and its barriers" ).toHtmlEscaped() << "</h2>\n<p>";
  out << PerimeterDesignAlgorithm::tr(
             "No vehicle may come closer to the crowd than %1 m: the perimeter runs %1 m outside the event area (%2), "
             "is %3 m long and encloses %4 m²." )
             .arg( number( d.standoffM, 0 ),
                   d.standoffFromChart ? PerimeterDesignAlgorithm::tr( "the chart's mandatory evacuation distance for the threat \"%1\" [4]" )
                                             .arg( translatedCatalogueText( d.threat.displayName ) )
                                       : PerimeterDesignAlgorithm::tr( "the distance chosen by the planner" ),
                   number( d.cordonLengthM, 0 ), number( d.cordonAreaM2, 0 ) )
             .toHtmlEscaped();
  out << " "
      << PerimeterDesignAlgorithm::tr(
             "Wherever a street crosses it, a crash-tested barrier is needed. How fast a hostile vehicle can hit each "
             "barrier comes from a model of the street network [5]: the vehicle \"%1\" (%2 kg) starting anywhere at "
             "rest, or entering "
             "the area within %3 m at %4 km/h, accelerating on straights and slowing for bends. The barrier must be "
             "rated for at least that speed [6]." )
             .arg( translatedVehicleName( d.vehicle.name ), number( d.vehicle.massKg, 0 ),
                   number( d.searchDistanceM, 0 ), number( d.startSpeedKmh, 0 ) )
             .toHtmlEscaped()
      << "</p>\n";
  if ( crossings.empty() )
    out << "<p>"
        << PerimeterDesignAlgorithm::tr( "No street crosses the perimeter: vehicles cannot reach it over the street network given." )
               .toHtmlEscaped()
        << "</p>\n";
  else
  {
    int counts[3] = { 0, 0, 0 };
    const Crossing *fastest = nullptr;
    for ( const Crossing &crossing : crossings )
    {
      ++counts[static_cast<int>( crossing.kind )];
      if ( crossing.impact.reachable && ( !fastest || crossing.impact.speedMs > fastest->impact.speedMs ) )
        fastest = &crossing;
    }
    out << "<p>"
        << PerimeterDesignAlgorithm::tr( "%1 street(s) cross the perimeter: %2 closed by vehicle barriers, %3 emergency gate(s), %4 "
                  "pedestrian entr(y/ies)." )
               .arg( crossings.size() )
               .arg( counts[static_cast<int>( domain::CrossingKind::VehicleBarrier )] )
               .arg( counts[static_cast<int>( domain::CrossingKind::EmergencyGate )] )
               .arg( counts[static_cast<int>( domain::CrossingKind::PedestrianEntry )] )
               .toHtmlEscaped();
    if ( fastest )
      out << " "
          << PerimeterDesignAlgorithm::tr( "The fastest possible hit is %1 km/h, at %2." )
                 .arg( number( domain::msToKmh( fastest->impact.speedMs ), 0 ), streetLabel( *fastest ) )
                 .toHtmlEscaped();
    out << "</p>\n";
    out << "<table><tr><th>#</th><th>" << PerimeterDesignAlgorithm::tr( "Street" ).toHtmlEscaped() << "</th><th>"
        << PerimeterDesignAlgorithm::tr( "Side" ).toHtmlEscaped() << "</th><th>" << PerimeterDesignAlgorithm::tr( "Use" ).toHtmlEscaped() << "</th><th>"
        << PerimeterDesignAlgorithm::tr( "Width (m)" ).toHtmlEscaped() << "</th><th>" << PerimeterDesignAlgorithm::tr( "Impact speed (km/h)" ).toHtmlEscaped()
        << "</th><th>" << PerimeterDesignAlgorithm::tr( "Energy (kJ)" ).toHtmlEscaped()
        << "</th><th>ASTM F2656</th><th>IWA 14-1</th><th>PAS 68</th></tr>\n";
    int index = 0;
    int beyond = 0;
    for ( const Crossing &crossing : crossings )
    {
      out << "<tr><td>" << ++index << "</td><td>" << streetLabel( crossing ).toHtmlEscaped() << "</td><td>"
          << compassPoint( crossing.bearingDeg ).toHtmlEscaped() << "</td><td>"
          << kindText( crossing.kind ).toHtmlEscaped() << "</td><td>" << number( crossing.widthM, 1 ) << "</td>";
      if ( crossing.impact.reachable )
      {
        beyond += crossing.ratings.exceedsAllTests ? 1 : 0;
        out << "<td>" << number( domain::msToKmh( crossing.impact.speedMs ), 0 ) << "</td><td>"
            << number( domain::kineticEnergyKj( d.vehicle.massKg, crossing.impact.speedMs ), 0 ) << "</td><td>"
            << ratingCell( crossing.ratings.astm, crossing.ratings.astmExceeded ) << "</td><td>"
            << ratingCell( crossing.ratings.iwa, crossing.ratings.iwaExceeded ) << "</td><td>"
            << ratingCell( crossing.ratings.pas68, crossing.ratings.pas68Exceeded ) << "</td></tr>\n";
      }
      else
        out << "<td colspan=\"5\">"
            << ( crossing.drivable ? PerimeterDesignAlgorithm::tr( "no vehicle route reaches it" )
                                   : PerimeterDesignAlgorithm::tr( "left out of the vehicle network by the planner" ) )
                   .toHtmlEscaped()
            << "</td></tr>\n";
    }
    out << "</table>\n<p class=\"src\">"
        << PerimeterDesignAlgorithm::tr( "Ratings name the test vehicle, the test speed in km/h and the angle; \"faster than tested\" means "
                  "no barrier has been crash-tested to that standard at that speed. How far a vehicle may get past the "
                  "barrier (penetration) depends on the space behind it and is for the designer to choose. Emergency "
                  "gates are removable barriers with the same rating; entries need a rated line that people can walk "
                  "through (e.g. bollards with 1.2 m gaps)." )
               .toHtmlEscaped()
        << "</p>\n";
    if ( beyond > 0 )
      out << "<p class=\"warn\">"
          << PerimeterDesignAlgorithm::tr( "%1 crossing(s) can be hit faster than any crash test: slow the approach (chicanes, closures "
                    "further out) before relying on a barrier there." )
                 .arg( beyond )
                 .toHtmlEscaped()
          << "</p>\n";
  }

  // 5. Blast.
  out << "<h2>"
      << ( d.threat.vehicleBorne ? PerimeterDesignAlgorithm::tr( "5. A vehicle bomb at the perimeter" )
                                 : PerimeterDesignAlgorithm::tr( "5. A bomb carried up to the perimeter" ) )
             .toHtmlEscaped()
      << "</h2>\n<p>";
  const QString threatName = translatedCatalogueText( d.threat.displayName );
  out << PerimeterDesignAlgorithm::tr( "The bomb threat chart [4] asks everyone to be at least %1 m from a bomb of the type \"%2\" (%3 kg of "
                "TNT equivalent), and "
                "recommends %4 m, sheltering inside buildings in between." )
             .arg( number( d.threat.mandatoryEvacuationM, 0 ), threatName, number( d.threat.tntKg, 0 ),
                   number( d.threat.preferredEvacuationM, 0 ) )
             .toHtmlEscaped()
      << " ";
  const bool shortOfChart = d.standoffM < d.threat.mandatoryEvacuationM;
  if ( shortOfChart )
    out << "<span class=\"warn\">"
        << PerimeterDesignAlgorithm::tr( "The perimeter keeps vehicles only %1 m from the crowd, %2 m less than the chart asks." )
               .arg( number( d.standoffM, 0 ), number( d.threat.mandatoryEvacuationM - d.standoffM, 0 ) )
               .toHtmlEscaped()
        << "</span> ";
  else
    out << PerimeterDesignAlgorithm::tr( "The perimeter keeps vehicles %1 m from the crowd, which meets the chart's mandatory distance." )
               .arg( number( d.standoffM, 0 ) )
               .toHtmlEscaped()
        << " ";
  if ( d.crowdEdgeKpa )
  {
    const domain::OverpressureEffect *effect = domain::effectAtOverpressure( *d.crowdEdgeKpa );
    out << PerimeterDesignAlgorithm::tr( "If such a bomb went off at the perimeter, the blast wave would reach the edge of the crowd with an "
                  "overpressure "
                  "of about %1 kPa [7]." )
               .arg( number( *d.crowdEdgeKpa, *d.crowdEdgeKpa < 10 ? 1 : 0 ) )
               .toHtmlEscaped()
        << " ";
    if ( effect )
      out << ( shortOfChart ? "<span class=\"warn\">" : "" )
          << PerimeterDesignAlgorithm::tr( "At that pressure: %1 [8]." )
                 .arg( translatedCatalogueText( effect->effect ).toLower() )
                 .toHtmlEscaped()
          << ( shortOfChart ? "</span>" : "" );
    else
      out << PerimeterDesignAlgorithm::tr( "That is below every effect in the table [8]; flying glass and debris can still hurt." )
                 .toHtmlEscaped();
  }
  else if ( d.scaledDistance && *d.scaledDistance < kb::kMinScaledDistance )
    out << "<span class=\"warn\">"
        << PerimeterDesignAlgorithm::tr( "The crowd would be so close to the bomb that the blast formula does not apply [7]: expect deaths." )
               .toHtmlEscaped()
        << "</span>";
  else
    out << PerimeterDesignAlgorithm::tr(
               "The crowd would be so far that the blast formula gives no value [7]: the blast itself is negligible." )
               .toHtmlEscaped();
  out << " "
      << PerimeterDesignAlgorithm::tr( "This is the incident overpressure in the open; buildings reflect and focus it, and fragments fly much "
                "further." )
             .toHtmlEscaped()
      << "</p>\n";

  // Sources and judgement calls.
  out << "<h2>" << PerimeterDesignAlgorithm::tr( "Sources" ).toHtmlEscaped() << "</h2>\n<ol class=\"src\">\n";
  out << "<li>"
      << PerimeterDesignAlgorithm::tr(
             "Standing density (2 persons/m², i.e. 0.5 m² per person) and search lane throughput (walk-through metal "
             "detector "
             "about 400 persons/hour): common planning figures collected in the project's domain reference, section 5; "
             "the values used here are the planner's parameters." )
             .toHtmlEscaped()
      << "</li>\n";
  out << "<li>"
      << PerimeterDesignAlgorithm::tr( "J. J. Fruin, Pedestrian Planning and Design, 1971: walkway levels of service A (< 23 persons/m/min) "
                "to F (> 82)." )
             .toHtmlEscaped()
      << "</li>\n";
  out << "<li>"
      << PerimeterDesignAlgorithm::tr( "UK Sports Grounds Safety Authority, Guide to Safety at Sports Grounds (Green Guide): exit flow 82 "
                "persons/m/min on "
                "level ground (72 if alcohol is served), egress within 8 minutes for a medium-risk venue (10 low, 6 "
                "high)." )
             .toHtmlEscaped()
      << "</li>\n";
  out << "<li>" << QString::fromStdString( d.threat.source ).toHtmlEscaped() << "</li>\n";
  out << "<li>"
      << PerimeterDesignAlgorithm::tr( "Vehicle approach model of this tool (eventsecurity:vehicleapproach): acceleration a(v) = a0 (1 - "
                "v/vmax), bend limit "
                "sqrt(mu g R) with mu = %1; vehicle table: %2. The accelerations are unconfirmed estimates." )
             .arg( number( d.friction, 2 ), QString::fromStdString( d.vehicle.source ) )
             .toHtmlEscaped()
      << "</li>\n";
  out << "<li>"
      << PerimeterDesignAlgorithm::tr( "Crash test standards ASTM F2656, IWA 14-1:2013 (now ISO 22343-1) and PAS 68: the lowest published "
                "test speed at or "
                "above the impact speed, for the test vehicle matching the vehicle's mass." )
             .toHtmlEscaped()
      << "</li>\n";
  out << "<li>"
      << PerimeterDesignAlgorithm::tr( "Kingery-Bulmash fit for a hemispherical surface burst of TNT (Swisdak 1994, DTIC ADA526744); at the "
                "crowd edge the "
                "bomb is %1 m away (scaled distance %2 m/kg^(1/3))." )
             .arg( number( d.standoffM, 0 ), d.scaledDistance ? number( *d.scaledDistance, 2 ) : QStringLiteral( "-" ) )
             .toHtmlEscaped()
      << "</li>\n";
  {
    const domain::OverpressureEffect *effect =
        d.crowdEdgeKpa ? domain::effectAtOverpressure( *d.crowdEdgeKpa ) : nullptr;
    out << "<li>"
        << QString::fromStdString( effect ? effect->source : domain::overpressureEffects().front().source )
               .toHtmlEscaped()
        << "</li>\n";
  }
  out << "</ol>\n<p class=\"src\">"
      << PerimeterDesignAlgorithm::tr( "Judgement calls of this tool (all of them parameters): the arrival window, the lane throughput, the "
                "egress target, the "
                "number of emergency gates and how far apart they must be, the default street width, the threat and "
                "the vehicle. "
                "Braking, traffic, parked cars and street furniture are not modelled: speeds are upper bounds for "
                "planning. "
                "This report supports, and does not replace, the assessment of a qualified security adviser." )
             .toHtmlEscaped()
      << "</p>\n</body></html>\n";
  return html;
}

} // namespace

QString PerimeterDesignAlgorithm::name() const
{
  return QStringLiteral( "perimeterdesign" );
}

QString PerimeterDesignAlgorithm::displayName() const
{
  return tr( "Event perimeter design" );
}

QStringList PerimeterDesignAlgorithm::tags() const
{
  return tr( "perimeter,cordon,barrier,bollard,gate,entry,search,lanes,crowd,capacity,egress,evacuation,green "
             "guide,standoff,hvm,event" )
      .split( ',' );
}

QString PerimeterDesignAlgorithm::group() const
{
  return groupName( AlgorithmGroup::Perimeter );
}

QString PerimeterDesignAlgorithm::groupId() const
{
  return eventsecurity::groupId( AlgorithmGroup::Perimeter );
}

QString PerimeterDesignAlgorithm::shortHelpString() const
{
  return tr(
      "Designs the security perimeter of an event: the line vehicles may not cross, a crash-rated barrier wherever a "
      "street crosses it, the emergency gates, the pedestrian entries with their search lanes and exit widths, and an "
      "HTML report in plain words with every figure's source.\n\n"
      "<b>Cordon.</b> The event area (EVENT_AREA, where the crowd stands) grown by the standoff: STANDOFF_M, or when "
      "it is "
      "not set the mandatory evacuation distance of THREAT in the NCTC/DHS bomb threat stand-off chart (2013). A real "
      "square rarely allows the chart's distance, so both are offered; the report states the residual risk. The shape "
      "is "
      "made buildable: gaps narrower than a street (DEFAULT_WIDTH_M) are closed by growing it by half a street width "
      "and "
      "shrinking it back, holes are filled and pieces smaller than a street's square are dropped. Fields: area_m2, "
      "length_m, standoff_m, and capacity = event area x DENSITY (persons per m² standing, default 2, i.e. 0.5 m² per "
      "person).\n\n"
      "<b>Crossings.</b> Every place where a street of NETWORK crosses the cordon's edge gets a point and a barrier "
      "line "
      "across the street, perpendicular to it and as wide as the street (WIDTH_FIELD, else DEFAULT_WIDTH_M). Each has "
      "impact_kmh, energy_kj and the ratings a barrier needs (ASTM F2656, IWA 14-1, PAS 68) from the hostile vehicle "
      "approach model of eventsecurity:vehicleapproach for VEHICLE: the vehicle starts at rest anywhere on the streets "
      "within SEARCH_DISTANCE_M of the cordon or enters there at START_SPEED_KMH, accelerates by a(v) = a0 (1 - "
      "v/vmax), "
      "slows to sqrt(mu g R) in bends (mu = FRICTION) and ignores one-way rules and pedestrian zones; streets matching "
      "EXCLUDE_EXPRESSION (e.g. already bollarded) are left out of that model.\n\n"
      "<b>Kinds.</b> kind is emergency_gate, pedestrian_entry or vehicle_barrier. Emergency gates (EMERGENCY_GATES, "
      "default 2) are chosen among the drivable streets that are not pedestrian: first the widest street, then each "
      "next "
      "the widest at least GATE_SEPARATION_DEG (default 90) in bearing, seen from the event area's centre, from the "
      "gates "
      "already chosen (ties: the farthest in bearing, then the lowest impact speed), so they lie on different sides; "
      "if "
      "no street is that far, the farthest one. Pedestrian entries are first the crossings of footways and pedestrian "
      "streets (PEDESTRIAN_EXPRESSION, by default the OSM highway values footway, pedestrian, path and steps); then, "
      "while "
      "their widths add up to less than the exit width needed (below) or there are fewer than MIN_ENTRIES (default 2, "
      "so "
      "one blocked entry does not leave a single way out), the widest other street crossing that is not a gate (ties: "
      "the farthest in bearing from the entries so far, then the lowest impact speed). Footways first, then as few "
      "streets as the exits need: each entry must be staffed. The remaining crossings are vehicle barriers. "
      "Every crossing, entries included, needs a rated barrier: entries a line people can walk through.\n\n"
      "<b>Entries.</b> Search lanes in total = ceil(ATTENDANCE / (LANE_RATE_PPH x ARRIVAL_MINUTES / 60)), shared among "
      "the "
      "entries in proportion to their street widths by the largest-remainder method (each entry gets at least one when "
      "there are enough). Exit width needed = ATTENDANCE / (FLOW_RATE x EGRESS_MINUTES), shared in proportion to the "
      "street widths and at most the street's width (gate_width_m); the evacuation time is ATTENDANCE / (FLOW_RATE x "
      "the "
      "width provided). Only the entries count as exits: a cautious choice.\n\n"
      "<b>Report.</b> OUTPUT_REPORT (HTML): capacity against attendance, lanes, exit width needed and provided and the "
      "evacuation time, the barriers with their ratings, and the blast risk: the Kingery-Bulmash incident overpressure "
      "(Swisdak 1994) at the crowd's edge of a THREAT bomb at the cordon, and its effect from the effects table.\n\n"
      "<b>Sources and judgement calls.</b> Exit flow 82 persons/m/min (72 with alcohol, 66 stepped) and the egress "
      "target of 8 minutes (medium risk; 10 low, 6 high): UK Green Guide. Standing density 2 persons/m² and 400 "
      "persons "
      "per hour per walk-through metal detector lane: common planning figures (domain reference sec. 5), parameters. "
      "Stand-off distances: NCTC/DHS chart 2013. Vehicle model and ratings: see eventsecurity:vehicleapproach (its "
      "accelerations are unconfirmed estimates). Judgement calls of this tool, all parameters: ARRIVAL_MINUTES 60, "
      "EGRESS_MINUTES 8, the default THREAT (sedan) and VEHICLE (7.5 t truck, PAS 68 N3), START_SPEED_KMH 50, "
      "SEARCH_DISTANCE_M 1000, DEFAULT_WIDTH_M 7 (also the closing width), EMERGENCY_GATES 2, GATE_SEPARATION_DEG 90, "
      "MIN_ENTRIES 2, "
      "the pedestrian expression, the gate and entry rules above, the sliver size. Outputs are in the event area's "
      "CRS; "
      "distances are metres on the ground (a local metric CRS is used for geographic layers). A planning aid, not a "
      "substitute for a qualified security adviser." );
}

PerimeterDesignAlgorithm *PerimeterDesignAlgorithm::createInstance() const
{
  return new PerimeterDesignAlgorithm();
}

void PerimeterDesignAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "EVENT_AREA" ),
                                                         tr( "Event area, where the crowd stands (polygons)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorPolygon ) ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "NETWORK" ), tr( "Street network (lines)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorLine ) ) );
  // No minimum on the crowd and distance figures: processAlgorithm's checks say what to fix.
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "ATTENDANCE" ), tr( "Expected attendance (persons)" ),
                                                  compat::Double ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "ARRIVAL_MINUTES" ), tr( "Arrival window (minutes)" ),
                                                  compat::Double, kDefaultArrivalMinutes ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "DENSITY" ),
                                                  tr( "Standing density for capacity (persons/m²)" ), compat::Double,
                                                  domain::kStandingDensity ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "LANE_RATE_PPH" ),
                                                  tr( "Search lane throughput (persons/hour)" ), compat::Double,
                                                  domain::kMetalDetectorLanePerHour ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "FLOW_RATE" ),
                                                  tr( "Exit flow rate (persons/metre/minute)" ), compat::Double,
                                                  domain::kGreenGuideFlowLevel ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "EGRESS_MINUTES" ),
                                                  tr( "Target evacuation time (minutes)" ), compat::Double,
                                                  domain::kEgressMinutesMediumRisk ) );

  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "THREAT" ), tr( "Bomb threat (stand-off chart)" ),
                                                threatOptions(), false, threatIndex( approachdefaults::kThreatKey ) ) );
  // Plain numbers in metres, not distance parameters: the algorithm works in a metric frame whatever the
  // layers' CRS, and a distance parameter would offer degrees for a layer in EPSG:4326.
  addParameter( new QgsProcessingParameterNumber(
      QStringLiteral( "STANDOFF_M" ), tr( "Standoff from the event area (m; not set = the chart's mandatory distance)" ),
      compat::Double, QVariant(), true ) );

  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "VEHICLE" ), tr( "Hostile vehicle" ), vehicleOptions(), false,
                                                vehicleIndex( approachdefaults::kVehicleKey ) ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "START_SPEED_KMH" ),
                                                  tr( "Speed entering the study area (km/h)" ), compat::Double,
                                                  approachdefaults::kStartSpeedKmh, false, 0.0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "SEARCH_DISTANCE_M" ),
                                                  tr( "Search distance around the cordon (m)" ), compat::Double,
                                                  approachdefaults::kSearchDistanceM ) );

  auto widthField = std::make_unique<QgsProcessingParameterField>(
      QStringLiteral( "WIDTH_FIELD" ), tr( "Street width field (m)" ), QVariant(), QStringLiteral( "NETWORK" ) );
  widthField->setFlags( widthField->flags() | compat::FlagOptional );
  addParameter( widthField.release() );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "DEFAULT_WIDTH_M" ), tr( "Default street width (m)" ),
                                                  compat::Double, approachdefaults::kWidthM ) );
  auto nameField = std::make_unique<QgsProcessingParameterField>(
      QStringLiteral( "NAME_FIELD" ), tr( "Street name field (default: \"name\" if present)" ), QVariant(),
      QStringLiteral( "NETWORK" ) );
  nameField->setFlags( nameField->flags() | compat::FlagOptional );
  addParameter( nameField.release() );
  addParameter( new QgsProcessingParameterExpression(
      QStringLiteral( "PEDESTRIAN_EXPRESSION" ), tr( "Footways and pedestrian streets are where" ),
      QString::fromLatin1( kDefaultPedestrianExpression ), QStringLiteral( "NETWORK" ), true ) );
  addParameter( new QgsProcessingParameterExpression(
      QStringLiteral( "EXCLUDE_EXPRESSION" ), tr( "Leave out of the vehicle model streets where (e.g. bollarded)" ),
      QVariant(), QStringLiteral( "NETWORK" ), true ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "EMERGENCY_GATES" ),
                                                  tr( "Emergency gates (at least)" ), compat::Integer,
                                                  kDefaultEmergencyGates, false, 0 ) );

  auto minimumEntries = std::make_unique<QgsProcessingParameterNumber>(
      QStringLiteral( "MIN_ENTRIES" ), tr( "Pedestrian entries (at least)" ), compat::Integer,
      domain::kDefaultMinimumEntries, false, 0 );
  minimumEntries->setFlags( minimumEntries->flags() | compat::FlagAdvanced );
  addParameter( minimumEntries.release() );
  auto separation = std::make_unique<QgsProcessingParameterNumber>(
      QStringLiteral( "GATE_SEPARATION_DEG" ), tr( "Minimum bearing between emergency gates (degrees)" ),
      compat::Double, domain::kDefaultGateSeparationDeg, false, 0.0, 180.0 );
  separation->setFlags( separation->flags() | compat::FlagAdvanced );
  addParameter( separation.release() );
  auto friction = std::make_unique<QgsProcessingParameterNumber>( QStringLiteral( "FRICTION" ),
                                                                  tr( "Tyre-road friction coefficient" ),
                                                                  compat::Double, approachdefaults::kFriction, false, 0.01, 2.0 );
  friction->setFlags( friction->flags() | compat::FlagAdvanced );
  addParameter( friction.release() );
  auto tolerance = std::make_unique<QgsProcessingParameterNumber>( QStringLiteral( "TOLERANCE_M" ),
                                                                   tr( "Join street ends closer than (m)" ),
                                                                   compat::Double, approachdefaults::kToleranceM, false, 0.0 );
  tolerance->setFlags( tolerance->flags() | compat::FlagAdvanced );
  addParameter( tolerance.release() );

  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_PERIMETER" ),
                                                       tr( "Vehicle-exclusion cordon" ), compat::VectorPolygon ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_CROSSINGS" ), tr( "Street crossings" ),
                                                       compat::VectorPoint ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_BARRIERS" ), tr( "Barrier lines" ),
                                                       compat::VectorLine, QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_ENTRIES" ), tr( "Pedestrian entries" ),
                                                       compat::VectorPoint ) );
  addParameter( new QgsProcessingParameterFileDestination( QStringLiteral( "OUTPUT_REPORT" ), tr( "Perimeter report" ),
                                                           tr( "HTML files (*.html *.htm)" ), QVariant(), true ) );
}

bool PerimeterDesignAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                                 QgsProcessingFeedback * )
{
  auto finite = [&]( const char *name )
  {
    const double value = parameterAsDouble( parameters, QString::fromLatin1( name ), context );
    if ( !std::isfinite( value ) )
      throw QgsProcessingException( tr( "%1 must be a number." ).arg( QString::fromLatin1( name ) ) );
    return value;
  };
  auto positive = [&]( const char *name, const QString &what )
  {
    const double value = finite( name );
    if ( !( value > 0 ) )
      throw QgsProcessingException(
          tr( "%1 must be greater than 0 (%2); got %3." ).arg( QString::fromLatin1( name ), what ).arg( value ) );
    return value;
  };
  mAttendance = positive( "ATTENDANCE", tr( "the number of people expected" ) );
  mArrivalMinutes = positive( "ARRIVAL_MINUTES", tr( "the minutes in which people arrive, e.g. 60" ) );
  mDensity = positive( "DENSITY", tr( "persons per m², 2 for a standing crowd" ) );
  mLaneRatePerHour = positive( "LANE_RATE_PPH", tr( "persons per hour one search lane checks, e.g. 400" ) );
  mFlowRate = positive( "FLOW_RATE", tr( "persons per metre of exit per minute, 82 on level ground" ) );
  mEgressMinutes = positive( "EGRESS_MINUTES", tr( "the evacuation target, e.g. 8 minutes" ) );
  mDefaultWidthM = positive( "DEFAULT_WIDTH_M", tr( "the width of a street without a width value, e.g. 7 m" ) );
  // Judgement-call sanity bounds: no carriageway is 100 m wide; no standoff needs 10 km (the chart's largest
  // preferred distance, semi-trailer, is 2,835 m).
  if ( mDefaultWidthM > 100 )
    throw QgsProcessingException(
        tr( "DEFAULT_WIDTH_M must be a street's width, at most 100 m; got %1." ).arg( mDefaultWidthM ) );
  mSearchDistanceM =
      positive( "SEARCH_DISTANCE_M", tr( "how far from the cordon vehicles are modelled, e.g. 1000 m" ) );
  mFriction = positive( "FRICTION", tr( "dry asphalt about 0.7, wet 0.3-0.4" ) );

  const auto &threats = domain::threatTypes();
  const int threat = parameterAsEnum( parameters, QStringLiteral( "THREAT" ), context );
  if ( threat < 0 || threat >= static_cast<int>( threats.size() ) )
    throw QgsProcessingException( tr( "THREAT must be one of the %1 rows of the stand-off chart (0 to %2)." )
                                      .arg( threats.size() )
                                      .arg( threats.size() - 1 ) );
  mThreat = threats[static_cast<std::size_t>( threat )];
  const QVariant standoff = parameters.value( QStringLiteral( "STANDOFF_M" ) );
  mStandoffFromChart = !standoff.isValid() || standoff.isNull() || standoff.toString().trimmed().isEmpty();
  if ( mStandoffFromChart )
    mStandoffM = mThreat.mandatoryEvacuationM;
  else
  {
    mStandoffM = finite( "STANDOFF_M" );
    if ( mStandoffM < 0 )
      throw QgsProcessingException(
          tr( "STANDOFF_M must be 0 or more metres (how far vehicles are kept from the event area), or left unset "
              "to use the chart's mandatory distance for the threat; got %1." )
              .arg( mStandoffM ) );
    if ( mStandoffM > 10000 )
      throw QgsProcessingException(
          tr( "STANDOFF_M must be at most 10,000 m (the stand-off chart's largest distance is 2,835 m); got %1." )
              .arg( mStandoffM ) );
  }

  const auto &classes = domain::vehicleClasses();
  const int vehicle = parameterAsEnum( parameters, QStringLiteral( "VEHICLE" ), context );
  if ( vehicle < 0 || vehicle >= static_cast<int>( classes.size() ) )
    throw QgsProcessingException( tr( "VEHICLE must be one of the %1 listed vehicle classes (0 to %2)." )
                                      .arg( classes.size() )
                                      .arg( classes.size() - 1 ) );
  mVehicle = classes[static_cast<std::size_t>( vehicle )];
  const double startKmh = finite( "START_SPEED_KMH" );
  if ( startKmh < 0 )
    throw QgsProcessingException( tr( "START_SPEED_KMH must be 0 or more." ) );
  mStartSpeedMs = std::min( domain::kmhToMs( startKmh ), mVehicle.maxSpeedMs );
  mToleranceM = finite( "TOLERANCE_M" );
  if ( mToleranceM < 0 )
    throw QgsProcessingException( tr( "TOLERANCE_M must be 0 or more metres." ) );
  mGateCount = parameterAsInt( parameters, QStringLiteral( "EMERGENCY_GATES" ), context );
  if ( mGateCount < 0 )
    throw QgsProcessingException( tr( "EMERGENCY_GATES must be 0 or more (2 or more recommended)." ) );
  mMinimumEntries = parameterAsInt( parameters, QStringLiteral( "MIN_ENTRIES" ), context );
  if ( mMinimumEntries < 0 )
    throw QgsProcessingException( tr( "MIN_ENTRIES must be 0 or more (2 recommended)." ) );
  mGateSeparationDeg = finite( "GATE_SEPARATION_DEG" );
  if ( mGateSeparationDeg < 0 || mGateSeparationDeg > 180 )
    throw QgsProcessingException( tr( "GATE_SEPARATION_DEG must lie between 0 and 180 degrees." ) );
  return true;
}

QVariantMap PerimeterDesignAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                                        QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> area(
      parameterAsSource( parameters, QStringLiteral( "EVENT_AREA" ), context ) );
  if ( !area )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "EVENT_AREA" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> network(
      parameterAsSource( parameters, QStringLiteral( "NETWORK" ), context ) );
  if ( !network )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "NETWORK" ) ) );
  if ( QgsWkbTypes::geometryType( area->wkbType() ) != compat::PolygonGeometry )
    throw QgsProcessingException(
        tr( "EVENT_AREA must be a polygon layer: draw the area where the crowd will stand." ) );
  if ( QgsWkbTypes::geometryType( network->wkbType() ) != compat::LineGeometry )
    throw QgsProcessingException( tr( "NETWORK must be a line layer (the streets around the event)." ) );
  if ( network->featureCount() == 0 )
    throw QgsProcessingException(
        tr( "NETWORK has no streets: give the street lines around the event (e.g. OpenStreetMap highways)." ) );

  // 1. The event area in the metric frame.
  const MetricFrame frame( area->sourceCrs(), area->sourceExtent(), context.transformContext() );
  const QgsCoordinateTransform areaToMetric = frame.toMetric( area->sourceCrs() );
  const QgsCoordinateTransform metricToOutput = frame.fromMetric( area->sourceCrs() );
  QVector<QgsGeometry> areaParts;
  QString eventName;
  {
    QgsFeatureIterator it = area->getFeatures();
    QgsFeature feature;
    const int nameIndex = area->fields().lookupField( QStringLiteral( "name" ) );
    while ( it.nextFeature( feature ) )
    {
      if ( !feature.hasGeometry() )
        continue;
      QgsGeometry geometry = feature.geometry();
      transformOrThrow( geometry, areaToMetric );
      areaParts << geometry;
      if ( nameIndex >= 0 && eventName.isEmpty() )
        eventName = feature.attribute( nameIndex ).toString();
    }
  }
  if ( areaParts.isEmpty() )
    throw QgsProcessingException( tr( "EVENT_AREA has no polygon: draw the area where the crowd will stand." ) );
  QgsGeometry eventArea = QgsGeometry::unaryUnion( areaParts );
  if ( eventArea.isEmpty() || !( eventArea.area() > 0 ) )
    throw QgsProcessingException( tr( "EVENT_AREA has no area: check its polygons." ) );
  if ( eventName.isEmpty() )
    eventName = tr( "event" );
  const double eventAreaM2 = eventArea.area();
  const QgsPointXY centreXY = eventArea.centroid().asPoint();
  const domain::PlanePoint centre{ centreXY.x(), centreXY.y() };
  feedback->setProgress( 5 );

  // 2. The cordon.
  int slivers = 0;
  const QgsGeometry cordon = buildableCordon( eventArea, mStandoffM, mDefaultWidthM, &slivers );
  if ( cordon.isEmpty() )
    throw QgsProcessingException( tr( "The cordon came out empty: check EVENT_AREA's polygons and STANDOFF_M." ) );
  if ( slivers > 0 )
    feedback->pushInfo( tr( "%1 sliver(s) smaller than %2 m² left out of the cordon." )
                            .arg( slivers )
                            .arg( mDefaultWidthM * mDefaultWidthM ) );
  const QgsGeometry cordonEdge( cordon.constGet()->boundary() );
  std::unique_ptr<QgsGeometryEngine> cordonEdgeEngine( QgsGeometry::createGeometryEngine( cordonEdge.constGet() ) );
  const QgsGeometry studyArea = cordon.buffer( mSearchDistanceM, kSegmentsPerQuarter );
  const QgsGeometry studyEdge( studyArea.constGet()->boundary() );
  std::unique_ptr<QgsGeometryEngine> studyEdgeEngine( QgsGeometry::createGeometryEngine( studyEdge.constGet() ) );
  feedback->setProgress( 10 );

  // 3. The streets outside the cordon, cut at its edge and at the study area's.
  StreetNetworkSettings settings;
  settings.widthField = parameterAsString( parameters, QStringLiteral( "WIDTH_FIELD" ), context );
  settings.defaultWidthM = mDefaultWidthM;
  settings.region = studyArea.difference( cordon );
  const QgsCoordinateTransform networkToMetric = frame.toMetric( network->sourceCrs() );
  StreetNetwork streets = readStreetNetwork( *network, networkToMetric, settings, context, feedback, 10, 40 );
  if ( feedback->isCanceled() )
    return {};

  // 4. What the expressions and the name field say about those streets (one read of their features).
  std::map<QgsFeatureId, StreetAttributes> attributes;
  {
    QString nameField = parameterAsString( parameters, QStringLiteral( "NAME_FIELD" ), context );
    if ( nameField.isEmpty() && network->fields().lookupField( QStringLiteral( "name" ) ) >= 0 )
      nameField = QStringLiteral( "name" );
    const int nameIndex = nameField.isEmpty() ? -1 : network->fields().lookupField( nameField );
    // As strings: parameterAsExpression() silently drops an expression that does not parse.
    QgsExpression pedestrian( parameterAsString( parameters, QStringLiteral( "PEDESTRIAN_EXPRESSION" ), context ) );
    QgsExpression exclude( parameterAsString( parameters, QStringLiteral( "EXCLUDE_EXPRESSION" ), context ) );
    for ( const QgsExpression *expression : { &pedestrian, &exclude } )
      if ( !expression->expression().trimmed().isEmpty() && expression->hasParserError() )
        throw QgsProcessingException( tr( "The expression \"%1\" is not valid: %2" )
                                          .arg( expression->expression(), expression->parserErrorString() ) );
    QgsExpressionContext expressionContext = context.expressionContext();
    expressionContext.appendScope( network->createExpressionContextScope() );
    pedestrian.prepare( &expressionContext );
    exclude.prepare( &expressionContext );
    QgsFeatureIds ids;
    for ( QgsFeatureId id : streets.featureIds )
      ids.insert( id );
    QgsFeatureIterator it =
        network->getFeatures( QgsFeatureRequest().setFilterFids( ids ).setFlags( QgsFeatureRequest::NoGeometry ) );
    QgsFeature feature;
    QString evaluationError;
    while ( it.nextFeature( feature ) )
    {
      if ( feedback->isCanceled() )
        return {};
      expressionContext.setFeature( feature );
      StreetAttributes street;
      if ( !pedestrian.expression().trimmed().isEmpty() )
      {
        street.pedestrian = pedestrian.evaluate( &expressionContext ).toBool();
        if ( pedestrian.hasEvalError() && evaluationError.isEmpty() )
          evaluationError = pedestrian.evalErrorString();
      }
      if ( !exclude.expression().trimmed().isEmpty() )
      {
        street.excluded = exclude.evaluate( &expressionContext ).toBool();
        if ( exclude.hasEvalError() && evaluationError.isEmpty() )
          evaluationError = exclude.evalErrorString();
      }
      if ( nameIndex >= 0 && !feature.attribute( nameIndex ).isNull() )
        street.name = feature.attribute( nameIndex ).toString();
      attributes[feature.id()] = street;
    }
    if ( !evaluationError.isEmpty() )
      feedback->pushInfo(
          tr( "An expression could not be evaluated on every street (%1): those streets count as not matching." )
              .arg( evaluationError ) );
  }
  for ( std::size_t l = 0; l < streets.lines.size(); ++l )
    streets.lines[l].drivable = !attributes[streets.featureIds[l]].excluded;
  feedback->setProgress( 45 );

  // 5. The graph (drivable streets), the crossings (cut ends on the cordon's edge) and the vehicle entries
  // (cut ends on the study area's edge).
  const domain::StreetGraph graph( streets.lines, mToleranceM );
  if ( feedback->isCanceled() )
    return {};
  std::vector<Crossing> crossings;
  const double sameCrossingM = std::max( mToleranceM, 0.01 );
  domain::ApproachOptions options;
  options.friction = mFriction;
  options.respectOneway = false;
  options.startAtRestAnywhere = true;
  for ( std::size_t l = 0; l < streets.lines.size(); ++l )
  {
    const domain::StreetLine &line = streets.lines[l];
    for ( const bool atStart : { true, false } )
    {
      if ( !( atStart ? streets.startIsCut[l] : streets.endIsCut[l] ) )
        continue;
      const std::size_t n = line.points.size();
      const domain::PlanePoint p = atStart ? line.points[0] : line.points[n - 1];
      const domain::PlanePoint next = atStart ? line.points[1] : line.points[n - 2];
      const QgsGeometry point = QgsGeometry::fromPointXY( QgsPointXY( p.x, p.y ) );
      const int node = line.drivable ? ( atStart ? graph.lineStartNode( static_cast<int>( l ) )
                                                 : graph.lineEndNode( static_cast<int>( l ) ) )
                                     : -1;
      if ( cordonEdgeEngine->distance( point.constGet() ) >= studyEdgeEngine->distance( point.constGet() ) )
      {
        // On the outer edge: a vehicle may enter here at the start speed.
        if ( node >= 0 )
          for ( int i = graph.outgoingBegin( node ); i < graph.outgoingEnd( node ); ++i )
            options.entries.push_back( { graph.outgoingEdge( i ), mStartSpeedMs } );
        continue;
      }
      const StreetAttributes &street = attributes[streets.featureIds[l]];
      const double length = std::hypot( next.x - p.x, next.y - p.y );
      Crossing crossing;
      crossing.point = p;
      crossing.dx = length > 0 ? ( next.x - p.x ) / length : 1;
      crossing.dy = length > 0 ? ( next.y - p.y ) / length : 0;
      crossing.widthM = line.widthM;
      crossing.fid = streets.featureIds[l];
      crossing.street = street.name;
      crossing.pedestrian = street.pedestrian;
      crossing.drivable = line.drivable;
      crossing.node = node;
      // Streets meeting on the edge make one crossing: the widest names it; it is pedestrian only if all are.
      auto same = std::find_if( crossings.begin(), crossings.end(),
                                [&]( const Crossing &c )
                                { return std::hypot( c.point.x - p.x, c.point.y - p.y ) <= sameCrossingM; } );
      if ( same == crossings.end() )
        crossings.push_back( crossing );
      else
      {
        const bool pedestrianOnly = same->pedestrian && crossing.pedestrian;
        const int sameNode = same->node >= 0 ? same->node : crossing.node;
        if ( crossing.widthM > same->widthM )
          *same = crossing;
        same->pedestrian = pedestrianOnly;
        same->node = sameNode;
        same->drivable = sameNode >= 0;
      }
    }
  }
  feedback->pushInfo(
      tr( "Street graph: %1 node(s), %2 edge(s); %3 crossing(s) of the cordon, %4 way(s) in at the edge %5 m out." )
          .arg( graph.nodeCount() )
          .arg( graph.edgeCount() )
          .arg( crossings.size() )
          .arg( options.entries.size() )
          .arg( mSearchDistanceM ) );
  if ( crossings.empty() )
    feedback->reportError(
        tr( "No street within %1 m crosses the cordon: no barrier, gate or entry could be placed. Check that NETWORK "
            "covers the event area, or place the entries on site." )
            .arg( mSearchDistanceM ) );

  // 6. The vehicle approach search, and the impact at every crossing a vehicle can reach.
  const domain::AccelerationModel model( mVehicle.accelMs2, mVehicle.maxSpeedMs );
  domain::ApproachSearch search( graph, model, options );
  if ( !search.run( [feedback] { return feedback->isCanceled(); } ) )
    return {};
  feedback->setProgress( 75 );
  for ( Crossing &crossing : crossings )
  {
    crossing.bearingDeg = domain::bearingDeg( centre, crossing.point );
    if ( crossing.node < 0 )
      continue;
    // The barrier runs across the street: the impact angle is measured against it.
    const double barrierDx = -crossing.dy, barrierDy = crossing.dx;
    for ( int i = graph.outgoingBegin( crossing.node ); i < graph.outgoingEnd( crossing.node ); ++i )
    {
      const int arriving = domain::StreetGraph::reverseOf( graph.outgoingEdge( i ) );
      domain::ImpactResult result = search.impact(
          { arriving, graph.edgeLengthM( domain::StreetGraph::edgeOf( arriving ) ), barrierDx, barrierDy } );
      if ( result.reachable && ( !crossing.impact.reachable || result.speedMs > crossing.impact.speedMs ) )
        crossing.impact = std::move( result );
    }
    if ( !crossing.impact.reachable )
      continue;
    try
    {
      crossing.ratings = domain::requiredBarrierRatings( mVehicle, crossing.impact.speedMs, crossing.impact.angleDeg );
    }
    catch ( const std::invalid_argument &e )
    {
      throw QgsProcessingException(
          tr( "Could not rate the barrier for %1: %2" )
              .arg( QString::fromStdString( mVehicle.name ), QString::fromUtf8( e.what() ) ) );
    }
  }
  // Clockwise from north, so the tables read round the perimeter.
  std::stable_sort( crossings.begin(), crossings.end(),
                    []( const Crossing &a, const Crossing &b ) { return a.bearingDeg < b.bearingDeg; } );

  // 7. Kinds, lanes and exit widths.
  std::vector<domain::CrossingInfo> infos;
  for ( const Crossing &crossing : crossings )
    infos.push_back( { crossing.widthM, crossing.bearingDeg, crossing.pedestrian, crossing.drivable,
                       crossing.impact.reachable ? crossing.impact.speedMs : -1 } );
  const int totalLanes = domain::searchLanes( mAttendance, mLaneRatePerHour, mArrivalMinutes );
  const double neededWidthM = domain::egressWidthM( mAttendance, mFlowRate, mEgressMinutes );
  const std::vector<domain::CrossingKind> kinds =
      domain::classifyCrossings( infos, mGateCount, mGateSeparationDeg, neededWidthM, mMinimumEntries );
  std::vector<std::size_t> entryIndices;
  std::vector<double> entryWidths;
  bool pedestrianStreetsFound = false;
  for ( std::size_t i = 0; i < crossings.size(); ++i )
  {
    crossings[i].kind = kinds[i];
    pedestrianStreetsFound = pedestrianStreetsFound || crossings[i].pedestrian;
    if ( kinds[i] == domain::CrossingKind::PedestrianEntry )
    {
      entryIndices.push_back( i );
      entryWidths.push_back( crossings[i].widthM );
    }
  }
  const int gatesPlaced =
      static_cast<int>( std::count( kinds.begin(), kinds.end(), domain::CrossingKind::EmergencyGate ) );
  if ( gatesPlaced < mGateCount && !crossings.empty() )
    feedback->pushWarning(
        tr( "Only %1 of the %2 emergency gates could be placed: too few drivable streets cross the cordon." )
            .arg( gatesPlaced )
            .arg( mGateCount ) );

  double providedWidthM = 0;
  if ( !entryIndices.empty() )
  {
    const std::vector<int> lanes = domain::distributeLanes( totalLanes, entryWidths );
    const std::vector<double> widths = domain::shareEgressWidth( neededWidthM, entryWidths );
    for ( std::size_t k = 0; k < entryIndices.size(); ++k )
    {
      crossings[entryIndices[k]].lanes = lanes[k];
      crossings[entryIndices[k]].gateWidthM = widths[k];
      providedWidthM += widths[k];
    }
  }
  feedback->setProgress( 85 );

  // 8. Outputs.
  const double capacity = domain::crowdCapacity( eventAreaM2, mDensity );
  const QgsCoordinateReferenceSystem outputCrs = area->sourceCrs();
  QgsFields perimeterFields;
  perimeterFields.append( QgsField( QStringLiteral( "area_m2" ), compat::FieldDouble ) );
  perimeterFields.append( QgsField( QStringLiteral( "length_m" ), compat::FieldDouble ) );
  perimeterFields.append( QgsField( QStringLiteral( "standoff_m" ), compat::FieldDouble ) );
  perimeterFields.append( QgsField( QStringLiteral( "threat" ), compat::FieldString ) );
  perimeterFields.append( QgsField( QStringLiteral( "mandatory_m" ), compat::FieldDouble ) );
  perimeterFields.append( QgsField( QStringLiteral( "event_area_m2" ), compat::FieldDouble ) );
  perimeterFields.append( QgsField( QStringLiteral( "density" ), compat::FieldDouble ) );
  perimeterFields.append( QgsField( QStringLiteral( "capacity" ), compat::FieldDouble ) );
  perimeterFields.append( QgsField( QStringLiteral( "attendance" ), compat::FieldDouble ) );
  QString perimeterId;
  std::unique_ptr<QgsFeatureSink> perimeterSink( parameterAsSink( parameters, QStringLiteral( "OUTPUT_PERIMETER" ),
                                                                  context, perimeterId, perimeterFields,
                                                                  compat::WkbMultiPolygon, outputCrs ) );
  if ( !perimeterSink )
    throw QgsProcessingException( invalidSinkError( parameters, QStringLiteral( "OUTPUT_PERIMETER" ) ) );
  {
    QgsGeometry geometry = cordon;
    transformOrThrow( geometry, metricToOutput );
    QgsFeature feature( perimeterFields );
    feature.setGeometry( geometry );
    feature.setAttributes( QgsAttributes()
                           << cordon.area() << cordon.length() << mStandoffM << QString::fromStdString( mThreat.key )
                           << mThreat.mandatoryEvacuationM << eventAreaM2 << mDensity << capacity << mAttendance );
    if ( !perimeterSink->addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException(
          writeFeatureError( perimeterSink.get(), parameters, QStringLiteral( "OUTPUT_PERIMETER" ) ) );
  }

  QgsFields crossingFields;
  crossingFields.append( QgsField( QStringLiteral( "crossing_id" ), compat::FieldInt ) );
  crossingFields.append( QgsField( QStringLiteral( "kind" ), compat::FieldString ) );
  crossingFields.append( QgsField( QStringLiteral( "street" ), compat::FieldString ) );
  crossingFields.append( QgsField( QStringLiteral( "network_fid" ), compat::FieldLongLong ) );
  crossingFields.append( QgsField( QStringLiteral( "width_m" ), compat::FieldDouble ) );
  crossingFields.append( QgsField( QStringLiteral( "pedestrian" ), compat::FieldBool ) );
  crossingFields.append( QgsField( QStringLiteral( "bearing_deg" ), compat::FieldDouble ) );
  crossingFields.append( QgsField( QStringLiteral( "impact_kmh" ), compat::FieldDouble ) );
  crossingFields.append( QgsField( QStringLiteral( "energy_kj" ), compat::FieldDouble ) );
  crossingFields.append( QgsField( QStringLiteral( "angle_deg" ), compat::FieldDouble ) );
  crossingFields.append( QgsField( QStringLiteral( "vehicle" ), compat::FieldString ) );
  crossingFields.append( QgsField( QStringLiteral( "rating_astm" ), compat::FieldString ) );
  crossingFields.append( QgsField( QStringLiteral( "rating_iwa" ), compat::FieldString ) );
  crossingFields.append( QgsField( QStringLiteral( "rating_pas68" ), compat::FieldString ) );
  QString crossingsId;
  std::unique_ptr<QgsFeatureSink> crossingsSink( parameterAsSink( parameters, QStringLiteral( "OUTPUT_CROSSINGS" ),
                                                                  context, crossingsId, crossingFields,
                                                                  compat::WkbPoint, outputCrs ) );
  if ( !crossingsSink )
    throw QgsProcessingException( invalidSinkError( parameters, QStringLiteral( "OUTPUT_CROSSINGS" ) ) );
  QgsFields barrierFields;
  barrierFields.append( QgsField( QStringLiteral( "crossing_id" ), compat::FieldInt ) );
  barrierFields.append( QgsField( QStringLiteral( "kind" ), compat::FieldString ) );
  barrierFields.append( QgsField( QStringLiteral( "width_m" ), compat::FieldDouble ) );
  barrierFields.append( QgsField( QStringLiteral( "impact_kmh" ), compat::FieldDouble ) );
  barrierFields.append( QgsField( QStringLiteral( "rating_astm" ), compat::FieldString ) );
  barrierFields.append( QgsField( QStringLiteral( "rating_iwa" ), compat::FieldString ) );
  barrierFields.append( QgsField( QStringLiteral( "rating_pas68" ), compat::FieldString ) );
  QString barriersId;
  std::unique_ptr<QgsFeatureSink> barriersSink( parameterAsSink( parameters, QStringLiteral( "OUTPUT_BARRIERS" ),
                                                                 context, barriersId, barrierFields,
                                                                 compat::WkbLineString, outputCrs ) );
  QgsFields entryFields;
  entryFields.append( QgsField( QStringLiteral( "crossing_id" ), compat::FieldInt ) );
  entryFields.append( QgsField( QStringLiteral( "street" ), compat::FieldString ) );
  entryFields.append( QgsField( QStringLiteral( "width_m" ), compat::FieldDouble ) );
  entryFields.append( QgsField( QStringLiteral( "lanes" ), compat::FieldInt ) );
  entryFields.append( QgsField( QStringLiteral( "gate_width_m" ), compat::FieldDouble ) );
  QString entriesId;
  std::unique_ptr<QgsFeatureSink> entriesSink( parameterAsSink( parameters, QStringLiteral( "OUTPUT_ENTRIES" ), context,
                                                                entriesId, entryFields, compat::WkbPoint, outputCrs ) );
  if ( !entriesSink )
    throw QgsProcessingException( invalidSinkError( parameters, QStringLiteral( "OUTPUT_ENTRIES" ) ) );

  const QVariant nullDouble = compat::nullOf( compat::FieldDouble );
  const QVariant nullString = compat::nullOf( compat::FieldString );
  const QString vehicleKey = QString::fromStdString( mVehicle.key );
  for ( std::size_t i = 0; i < crossings.size(); ++i )
  {
    if ( feedback->isCanceled() )
      return {};
    const Crossing &c = crossings[i];
    const int id = static_cast<int>( i ) + 1;
    const QString kind = QString::fromLatin1( domain::crossingKindKey( c.kind ) );
    const bool rated = c.impact.reachable;
    const QVariant impactKmh = rated ? QVariant( domain::msToKmh( c.impact.speedMs ) ) : nullDouble;
    const QVariant astm = rated ? QVariant( QString::fromStdString( c.ratings.astm ) ) : nullString;
    const QVariant iwa = rated ? QVariant( QString::fromStdString( c.ratings.iwa ) ) : nullString;
    const QVariant pas68 = rated ? QVariant( QString::fromStdString( c.ratings.pas68 ) ) : nullString;

    QgsGeometry point = QgsGeometry::fromPointXY( QgsPointXY( c.point.x, c.point.y ) );
    transformOrThrow( point, metricToOutput );
    QgsFeature feature( crossingFields );
    feature.setGeometry( point );
    feature.setAttributes( QgsAttributes()
                           << id << kind << ( c.street.isEmpty() ? nullString : QVariant( c.street ) ) << c.fid
                           << c.widthM << c.pedestrian << c.bearingDeg << impactKmh
                           << ( rated ? QVariant( domain::kineticEnergyKj( mVehicle.massKg, c.impact.speedMs ) )
                                      : nullDouble )
                           << ( rated ? QVariant( c.impact.angleDeg ) : nullDouble ) << vehicleKey << astm << iwa
                           << pas68 );
    if ( !crossingsSink->addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException(
          writeFeatureError( crossingsSink.get(), parameters, QStringLiteral( "OUTPUT_CROSSINGS" ) ) );

    if ( barriersSink )
    {
      // Across the street, centred on the crossing, as wide as the street.
      const double half = 0.5 * c.widthM;
      QgsGeometry line( new QgsLineString( QVector<double>() << c.point.x + c.dy * half << c.point.x - c.dy * half,
                                           QVector<double>() << c.point.y - c.dx * half << c.point.y + c.dx * half ) );
      transformOrThrow( line, metricToOutput );
      QgsFeature barrier( barrierFields );
      barrier.setGeometry( line );
      barrier.setAttributes( QgsAttributes() << id << kind << c.widthM << impactKmh << astm << iwa << pas68 );
      if ( !barriersSink->addFeature( barrier, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException(
            writeFeatureError( barriersSink.get(), parameters, QStringLiteral( "OUTPUT_BARRIERS" ) ) );
    }
    if ( c.kind == domain::CrossingKind::PedestrianEntry )
    {
      QgsFeature entry( entryFields );
      entry.setGeometry( point );
      entry.setAttributes( QgsAttributes() << id << ( c.street.isEmpty() ? nullString : QVariant( c.street ) )
                                           << c.widthM << c.lanes << c.gateWidthM );
      if ( !entriesSink->addFeature( entry, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException(
            writeFeatureError( entriesSink.get(), parameters, QStringLiteral( "OUTPUT_ENTRIES" ) ) );
    }
  }
  feedback->setProgress( 95 );

  // 9. The report and the log.
  ReportData report;
  report.eventName = eventName;
  report.eventAreaM2 = eventAreaM2;
  report.density = mDensity;
  report.capacity = capacity;
  report.attendance = mAttendance;
  report.arrivalMinutes = mArrivalMinutes;
  report.laneRate = mLaneRatePerHour;
  report.lanes = totalLanes;
  report.flowRate = mFlowRate;
  report.egressMinutes = mEgressMinutes;
  report.neededWidthM = neededWidthM;
  report.providedWidthM = providedWidthM;
  if ( providedWidthM > 0 )
  {
    report.evacuationMinutes = domain::evacuationMinutes( mAttendance, mFlowRate, providedWidthM );
    report.arrivalFlowPerMetreMinute = mAttendance / ( mArrivalMinutes * providedWidthM );
    report.arrivalLevelOfService = domain::fruinLevelOfService( report.arrivalFlowPerMetreMinute );
  }
  report.threat = mThreat;
  report.standoffFromChart = mStandoffFromChart;
  report.standoffM = mStandoffM;
  report.cordonAreaM2 = cordon.area();
  report.cordonLengthM = cordon.length();
  report.crowdEdgeKpa = kb::incidentOverpressureKpa( mStandoffM, mThreat.tntKg );
  report.scaledDistance = kb::scaledDistance( mStandoffM, mThreat.tntKg );
  report.vehicle = mVehicle;
  report.startSpeedKmh = domain::msToKmh( mStartSpeedMs );
  report.searchDistanceM = mSearchDistanceM;
  report.friction = mFriction;
  report.crossings = &crossings;
  report.pedestrianStreetsFound = pedestrianStreetsFound;
  report.minimumEntries = mMinimumEntries;

  const QString reportPath = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_REPORT" ), context );
  if ( !reportPath.isEmpty() )
  {
    QFile file( reportPath );
    if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
      throw QgsProcessingException(
          tr( "Could not write the report to %1: %2" ).arg( reportPath, file.errorString() ) );
    file.write( htmlReport( report ).toUtf8() );
  }

  double fastestKmh = 0;
  for ( const Crossing &c : crossings )
    if ( c.impact.reachable )
      fastestKmh = std::max( fastestKmh, domain::msToKmh( c.impact.speedMs ) );
  feedback->pushInfo( tr( "Cordon: standoff %1 m, %2 m long, %3 m². Capacity %4 at %5 persons/m² for %6 expected." )
                          .arg( number( mStandoffM, 1 ), number( cordon.length(), 0 ), number( cordon.area(), 0 ),
                                number( std::floor( capacity ), 0 ), number( mDensity, 1 ),
                                number( mAttendance, 0 ) ) );
  feedback->pushInfo( tr( "%1 crossing(s): %2 emergency gate(s), %3 pedestrian entr(y/ies), %4 vehicle barrier(s); "
                          "fastest impact %5 km/h (%6)." )
                          .arg( crossings.size() )
                          .arg( gatesPlaced )
                          .arg( entryIndices.size() )
                          .arg( crossings.size() - entryIndices.size() - static_cast<std::size_t>( gatesPlaced ) )
                          .arg( number( fastestKmh, 0 ), translatedVehicleName( mVehicle.name ) ) );
  feedback->pushInfo( tr( "Search lanes: %1. Exit width needed %2 m, provided %3 m; evacuation %4 min (target %5)." )
                          .arg( totalLanes )
                          .arg( number( neededWidthM, 1 ), number( providedWidthM, 1 ),
                                report.evacuationMinutes ? number( *report.evacuationMinutes, 1 )
                                                         : tr( "not possible without entries" ),
                                number( mEgressMinutes, 0 ) ) );
  if ( report.crowdEdgeKpa )
    feedback->pushInfo( tr( "Blast: a %1 (%2 kg TNT) at the cordon gives %3 kPa at the crowd edge; the chart's "
                            "mandatory distance is %4 m." )
                            .arg( translatedCatalogueText( mThreat.displayName ), number( mThreat.tntKg, 0 ),
                                  number( *report.crowdEdgeKpa, 1 ), number( mThreat.mandatoryEvacuationM, 0 ) ) );
  feedback->setProgress( 100 );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT_PERIMETER" ), perimeterId );
  outputs.insert( QStringLiteral( "OUTPUT_CROSSINGS" ), crossingsId );
  if ( barriersSink )
    outputs.insert( QStringLiteral( "OUTPUT_BARRIERS" ), barriersId );
  outputs.insert( QStringLiteral( "OUTPUT_ENTRIES" ), entriesId );
  if ( !reportPath.isEmpty() )
    outputs.insert( QStringLiteral( "OUTPUT_REPORT" ), reportPath );
  return outputs;
}

} // namespace eventsecurity
