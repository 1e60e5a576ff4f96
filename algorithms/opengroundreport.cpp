#include "opengroundreport.h"

#include "approachstudy.h"
#include "htmlreport.h"
#include "numberformat.h"
#include "perimeterdesignalgorithm.h"
#include "perimeterplan.h"
#include "perimeterreport.h"
#include "vehicledynamics.h"

#include <cmath>

namespace eventsecurity
{

namespace
{
//! The point halfway along a stretch (a closed one: halfway round from its first point).
domain::PlanePoint middleOf( const StretchImpact &stretch )
{
  const std::vector<domain::PlanePoint> &p = stretch.points;
  double left = 0.5 * stretch.lengthM;
  const std::size_t segments = stretch.closed ? p.size() : p.size() - 1;
  for ( std::size_t i = 0; i < segments; ++i )
  {
    const domain::PlanePoint a = p[i], b = p[( i + 1 ) % p.size()];
    const double length = std::hypot( b.x - a.x, b.y - a.y );
    if ( length >= left && length > 0 )
      return { a.x + left / length * ( b.x - a.x ), a.y + left / length * ( b.y - a.y ) };
    left -= length;
  }
  return p.empty() ? domain::PlanePoint() : p.back();
}

QString ratingCell( const std::string &rating, bool exceeded )
{
  return exceeded ? PerimeterDesignAlgorithm::tr( "faster than tested" ) : QString::fromStdString( rating );
}

HtmlTable stretchTable( const OpenGroundReportData &openGround )
{
  HtmlTable table( { QStringLiteral( "#" ), PerimeterDesignAlgorithm::tr( "Side" ),
                     PerimeterDesignAlgorithm::tr( "Length (m)" ),
                     PerimeterDesignAlgorithm::tr( "Impact speed (km/h)" ), QStringLiteral( "ASTM F2656" ),
                     QStringLiteral( "IWA 14-1" ), QStringLiteral( "PAS 68" ) } );
  int index = 0;
  for ( const OpenGroundStretchRow &row : openGround.stretches )
  {
    const QStringList where = { QString::number( ++index ), compassPoint( row.bearingDeg ),
                                localeNumber( row.lengthM, 0 ) };
    if ( !row.reached )
    {
      table.rowEndingWith( where, PerimeterDesignAlgorithm::tr( "no vehicle route reaches it" ) );
      continue;
    }
    table.row( where + QStringList{ localeNumber( domain::msToKmh( row.speedMs ), 0 ),
                                    ratingCell( row.ratings.astm, row.ratings.astmExceeded ),
                                    ratingCell( row.ratings.iwa, row.ratings.iwaExceeded ),
                                    ratingCell( row.ratings.pas68, row.ratings.pas68Exceeded ) } );
  }
  return table;
}

//! The metres of barrier line the plan needs: across the streets (their widths) and along open ground.
void writeBarrierLength( HtmlReport &report, const PerimeterReportData &d )
{
  double acrossStreetsM = 0;
  for ( const PlannedCrossing &planned : d.plan.crossings )
    acrossStreetsM += planned.crossing.widthM;
  const double alongOpenGroundM = d.openGround.lengthM();
  if ( d.openGround.stretches.empty() )
    report.paragraph( HtmlParagraph().strong(
        PerimeterDesignAlgorithm::tr( "In all the plan needs %1 m of crash-rated barrier line, across the %n "
                                      "street(s) that cross the perimeter (their widths).",
                                      nullptr, static_cast<int>( d.plan.crossings.size() ) )
            .arg( localeNumber( acrossStreetsM, 0 ) ) ) );
  else
    report.paragraph( HtmlParagraph().strong(
        PerimeterDesignAlgorithm::tr( "In all the plan needs %1 m of crash-rated barrier line: %2 m across the %n "
                                      "street(s) that cross the perimeter (their widths) and %3 m along the open "
                                      "ground.",
                                      nullptr, static_cast<int>( d.plan.crossings.size() ) )
            .arg( localeNumber( acrossStreetsM + alongOpenGroundM, 0 ), localeNumber( acrossStreetsM, 0 ),
                  localeNumber( alongOpenGroundM, 0 ) ) ) );
}
} // namespace

double OpenGroundReportData::lengthM() const
{
  double length = 0;
  for ( const OpenGroundStretchRow &row : stretches )
    length += row.lengthM;
  return length;
}

const OpenGroundStretchRow *OpenGroundReportData::fastest() const
{
  const OpenGroundStretchRow *fastest = nullptr;
  for ( const OpenGroundStretchRow &row : stretches )
    if ( row.reached && ( !fastest || row.speedMs > fastest->speedMs ) )
      fastest = &row;
  return fastest;
}

OpenGroundReportData openGroundReportData( const ApproachStudy &study, domain::PlanePoint centre )
{
  OpenGroundReportData data;
  const OpenGroundStudy *openGround = study.openGround();
  if ( !openGround )
    return data;
  data.studied = true;
  for ( const StretchImpact &stretch : openGround->stretches() )
  {
    OpenGroundStretchRow row;
    row.lengthM = stretch.lengthM;
    row.bearingDeg = domain::bearingDeg( centre, middleOf( stretch ) );
    row.reached = stretch.fastest >= 0;
    if ( row.reached )
    {
      const TargetImpact &fastest = openGround->targetImpacts()[static_cast<std::size_t>( stretch.fastest )];
      row.speedMs = fastest.impact.speedMs;
      row.ratings = fastest.ratings;
    }
    data.stretches.push_back( row );
  }
  data.closingBarriers = openGround->closingBarriers();
  data.closedStreets = openGround->closedStreets();
  return data;
}

double fastestCrossingMs( const CrossingPlan &plan )
{
  double fastest = -1;
  for ( const PlannedCrossing &planned : plan.crossings )
    if ( planned.crossing.impact.reachable )
      fastest = std::max( fastest, planned.crossing.impact.speedMs );
  return fastest;
}

void writeOpenGroundBarriers( HtmlReport &report, const PerimeterReportData &d, const PerimeterSources &sources )
{
  const OpenGroundReportData &openGround = d.openGround;
  if ( openGround.studied && openGround.closingBarriers > 0 )
    report.paragraph( HtmlParagraph().text(
        PerimeterDesignAlgorithm::tr( "%n barrier point(s) of the obstacles (bollards) stand on streets and close %1 "
                                      "to vehicles; the approach speeds take that into account.",
                                      nullptr, static_cast<int>( openGround.closingBarriers ) )
            .arg( PerimeterDesignAlgorithm::tr( "%n street line(s)", nullptr,
                                                static_cast<int>( openGround.closedStreets ) ) ) ) );
  if ( openGround.studied && openGround.stretches.empty() )
    report.paragraph( HtmlParagraph().text( PerimeterDesignAlgorithm::tr(
        "Open ground (squares, promenades, parks) was studied: vehicles cannot reach the perimeter across it except "
        "where the streets cross it." ) ) );
  if ( !openGround.stretches.empty() )
  {
    report.paragraph( HtmlParagraph().text(
        PerimeterDesignAlgorithm::tr(
            "Vehicles can also leave the streets and cross open ground (squares, promenades, parks): it reaches %n "
            "stretch(es) of the perimeter, %1 m in all %2. A vehicle can hit anywhere along them, so a crash-rated "
            "barrier line is needed along each, rated for the fastest impact on it (impact points every few metres "
            "along the stretch; the map shows them).",
            nullptr, static_cast<int>( openGround.stretches.size() ) )
            .arg( localeNumber( openGround.lengthM(), 0 ), HtmlReport::cite( sources.approachModel ) ) ) );
    report.table( stretchTable( openGround ) );
    const OpenGroundStretchRow *fastest = openGround.fastest();
    const double streetMs = fastestCrossingMs( d.plan );
    if ( fastest && fastest->speedMs > streetMs )
      report.warning(
          PerimeterDesignAlgorithm::tr( "Open ground gives a faster approach than the streets: up to %1 km/h on the "
                                        "%2 side, against %3 at the fastest street crossing." )
              .arg(
                  localeNumber( domain::msToKmh( fastest->speedMs ), 0 ), compassPoint( fastest->bearingDeg ),
                  streetMs >= 0
                      ? PerimeterDesignAlgorithm::tr( "%1 km/h" ).arg( localeNumber( domain::msToKmh( streetMs ), 0 ) )
                      : PerimeterDesignAlgorithm::tr( "no speed (no street crossing is reached)" ) ) );
  }
  writeBarrierLength( report, d );
}

QString openGroundNumbersMeaning()
{
  return PerimeterDesignAlgorithm::tr(
      "Open ground (OPEN_AREAS, OBSTACLES): the vehicle drives straight legs across squares, promenades and parks "
      "between the obstacles, grown by half its width (its class's body width, a judgement call at the narrow end of "
      "the class: the safe side), accelerating as on streets and slowing where legs meet to what the room there "
      "allows; it can hit anywhere along a stretch of the perimeter open ground reaches, so a barrier line goes along "
      "it; bollards on a street close it. Kerbs, soft ground and slopes are not modelled, and a turn is judged on its "
      "own, so a route that chains turns (a zigzag through a park, a lap round a lawn) can be credited more speed "
      "than a driver keeps: upper bounds, to be checked on the map." );
}

} // namespace eventsecurity
