#include "queuereport.h"

#include "htmlreport.h"
#include "numberformat.h"
#include "perimeterreport.h"

#include <QCoreApplication>

#include <cmath>

namespace eventsecurity
{

namespace
{
// The translation context of this file's texts (lupdate reads it from the class).
struct QueueReport
{
  Q_DECLARE_TR_FUNCTIONS( QueueReport )
};

QString streetName( const QueueResult &queue )
{
  return queue.street.isEmpty() ? QueueReport::tr( "unnamed street" ) : queue.street;
}

// A figure with one decimal, or none when it is whole ("2", "1.5", "30").
QString figureText( double value )
{
  return localeNumber( value, std::abs( value - std::round( value ) ) < 0.05 ? 0 : 1 );
}

QString minutesCell( double minutes )
{
  return std::isfinite( minutes ) ? localeNumber( minutes, 1 ) : QueueReport::tr( "never clears" );
}

QString lengthCell( const QueueResult &queue )
{
  if ( !queue.spills )
    return localeNumber( queue.lengthM, 0 );
  return QueueReport::tr( "%1 (%2 drawn: the street ends)" )
      .arg( localeNumber( queue.lengthM, 0 ), localeNumber( queue.drawnLengthM, 0 ) );
}

void writeModel( HtmlReport &report, const PerimeterReportData &d, const PerimeterSources &sources )
{
  const QueueSettings &s = d.queueSettings;
  HtmlParagraph paragraph;
  paragraph.text( QueueReport::tr( "The people waiting to be searched stand outside the perimeter: a dense crowd the "
                                   "cordon does not protect, at places and times the plan itself sets (the attack on "
                                   "Manchester Arena in 2017 struck a gathering area outside the security line)." ) );
  paragraph.text(
      QueueReport::tr( "At each entry the queue is the backlog of the people who arrive faster than its search lanes "
                       "pass them (%1 a lane and hour %2), with people arriving at %3 times the mean rate in the last "
                       "%4 minutes of the %5-minute window %6, plus the queue that forms even below capacity because "
                       "people arrive in groups and searches take unequal times %7; each person takes %8 m² of a "
                       "queue %9 m wide %10." )
          .arg( localeNumber( d.laneRate, 0 ), HtmlReport::cite( sources.crowdFigures ),
                figureText( d.arrivalPeakFactor ), figureText( d.queues.peakMinutes ),
                localeNumber( d.arrivalMinutes, 0 ), HtmlReport::cite( sources.arrivalPeak ),
                HtmlReport::cite( sources.queueModel ), localeNumber( s.areaPerPersonM2, 2 ), figureText( s.widthM ),
                HtmlReport::cite( sources.queueSpace ) ) );
  for ( const QString &note : d.queues.notes )
    paragraph.text( note );
  paragraph.text( QueueReport::tr( "The figures are means: on a bad day the queue is longer." ) );
  report.paragraph( paragraph );
}

HtmlTable figuresTable( const PerimeterReportData &d )
{
  HtmlTable table(
      { QStringLiteral( "#" ), QueueReport::tr( "Street" ), QueueReport::tr( "Share of arrivals (%)" ),
        QueueReport::tr( "Search lanes" ), QueueReport::tr( "People at the peak" ), QueueReport::tr( "Length (m)" ),
        QueueReport::tr( "Longest wait (min)" ),
        QueueReport::tr( "Lanes for a %1-minute wait" ).arg( localeNumber( d.queueSettings.waitTargetMinutes, 0 ) ),
        QueueReport::tr( "Longest wait with a lane lost (min)" ) } );
  for ( const QueueResult &q : d.queues.queues )
  {
    const QStringList where = { QString::number( q.entry ), streetName( q ), localeNumber( 100 * q.arrivalShare, 0 ),
                                QString::number( q.lanes ) };
    if ( q.lanes < 1 || q.lanes > domain::kMaxLanesPerEntry )
    {
      table.rowEndingWith( where, q.lanes < 1 ? QueueReport::tr( "no search lane: no one is sent here" )
                                              : QueueReport::tr( "more lanes than any venue has: not planned" ) );
      continue;
    }
    table.row( where +
               QStringList{ localeNumber( q.peakPeople, 0 ), lengthCell( q ), minutesCell( q.maxWaitMin ),
                            q.lanesForTarget < 0 ? QueueReport::tr( "none will" ) : QString::number( q.lanesForTarget ),
                            minutesCell( q.laneLostWaitMin ) } );
  }
  return table;
}

QString howCell( const QueueResult &q, double reachMarginM )
{
  switch ( q.exposure.kind )
  {
  case QueueImpactKind::EndsAtQueue:
    return QueueReport::tr( "along a street that ends at the queue" );
  case QueueImpactKind::BesideQueue:
    return QueueReport::tr( "beside the queue, on its own street" );
  case QueueImpactKind::FacingQueue:
    return QueueReport::tr( "on a carriageway within %1 m of the queue" ).arg( figureText( reachMarginM ) );
  case QueueImpactKind::None:
    break;
  }
  return QueueReport::tr( "no vehicle reaches it" );
}

QString bombCell( const QueueResult &q, const PerimeterReportData &d )
{
  const QString chart = localeNumber( d.threat.mandatoryEvacuationM, 0 );
  if ( !std::isfinite( q.exposure.bombDistanceM ) )
    return QueueReport::tr( "not known: no street within the %1 m studied (the chart asks %2)" )
        .arg( localeNumber( d.searchDistanceM, 0 ), chart );
  return QueueReport::tr( "%1 (the chart asks %2)" ).arg( localeNumber( q.exposure.bombDistanceM, 0 ), chart );
}

QString exposedCell( const QueueResult &q )
{
  if ( q.rammingExposed && q.bombExposed )
    return QueueReport::tr( "yes: vehicle and bomb" );
  if ( q.rammingExposed )
    return QueueReport::tr( "yes: vehicle" );
  return q.bombExposed ? QueueReport::tr( "yes: bomb" ) : QueueReport::tr( "no" );
}

HtmlTable exposureTable( const PerimeterReportData &d )
{
  HtmlTable table( { QStringLiteral( "#" ), QueueReport::tr( "Street" ), QueueReport::tr( "Fastest vehicle (km/h)" ),
                     QueueReport::tr( "How it gets there" ), QueueReport::tr( "Nearest place a vehicle can stop (m)" ),
                     QueueReport::tr( "Exposed" ) } );
  for ( const QueueResult &q : d.queues.queues )
  {
    const QStringList where = { QString::number( q.entry ), streetName( q ) };
    if ( q.polygon.isEmpty() )
    {
      table.rowEndingWith( where, q.lengthM > 0 ? QueueReport::tr( "the street was not found: not studied" )
                                                : QueueReport::tr( "no queue" ) );
      continue;
    }
    table.row( where + QStringList{ q.rammingExposed ? localeNumber( q.impactKmh(), 0 ) : QStringLiteral( "-" ),
                                    howCell( q, d.queueSettings.reachMarginM ), bombCell( q, d ), exposedCell( q ) } );
  }
  return table;
}

QString ratingText( const std::string &rating, bool exceeded )
{
  return exceeded ? QueueReport::tr( "faster than tested" ) : QString::fromStdString( rating );
}

//! (a), (b) and (c) for one exposed queue.
void writeOptions( HtmlReport &report, const QueueResult &q, const PerimeterReportData &d,
                   const PerimeterSources &sources )
{
  HtmlParagraph paragraph;
  paragraph.strong( QueueReport::tr( "#%1, %2 (%3 people, %4 m):" )
                        .arg( q.entry )
                        .arg( streetName( q ), localeNumber( q.peakPeople, 0 ), localeNumber( q.lengthM, 0 ) ) );
  paragraph.text(
      QueueReport::tr( "(a) Move the search line out, so that the queue stands inside the vehicle-exclusion "
                       "zone: %1 m more of barrier line around the queue's street, cutting %n drivable "
                       "street(s), %2 m of rated barrier across them.",
                       nullptr, static_cast<int>( q.exposure.moveCrossings ) )
          .arg( localeNumber( q.exposure.moveLineM, 0 ), localeNumber( q.exposure.moveBarrierM, 0 ) ) );
  const QString target = figureText( d.queueSettings.waitTargetMinutes );
  if ( q.lanesForTarget < 0 )
    paragraph.text( QueueReport::tr( "(b) No number of lanes keeps the wait within %1 minutes: spread the arrivals "
                                     "(an earlier opening, timed tickets)." )
                        .arg( target ) );
  else if ( q.lanesForTarget > q.lanes )
    paragraph.text( QueueReport::tr( "(b) Add lanes: %1 instead of %2 keep the longest wait within %3 minutes; more "
                                     "lanes shorten the queue but do not remove it." )
                        .arg( q.lanesForTarget )
                        .arg( q.lanes )
                        .arg( target ) );
  else
    paragraph.text( QueueReport::tr( "(b) The %1 lanes already keep the wait within %2 minutes; each lane more "
                                     "shortens the queue but does not remove it." )
                        .arg( q.lanes )
                        .arg( target ) );
  if ( q.rammingExposed )
    paragraph.text( QueueReport::tr( "(c) Barrier the queue's street side: %1 m rated ASTM F2656 %2, IWA 14-1 %3, PAS "
                                     "68 %4 against the %5 km/h vehicle %6." )
                        .arg( localeNumber( q.exposure.barrierM, 0 ),
                              ratingText( q.rating.astm, q.rating.astmExceeded ),
                              ratingText( q.rating.iwa, q.rating.iwaExceeded ),
                              ratingText( q.rating.pas68, q.rating.pas68Exceeded ), localeNumber( q.impactKmh(), 0 ),
                              HtmlReport::cite( sources.crashTests ) ) );
  if ( q.bombExposed )
  {
    const QString bomb =
        q.rammingExposed
            ? QueueReport::tr(
                  "A barrier beside the queue does not keep a vehicle bomb away: the chart asks %1 m %2, "
                  "so keep vehicles that far from the queue (close the streets that come closer, or (a))." )
            : QueueReport::tr( "(c) A barrier beside the queue does not keep a vehicle bomb away: the chart asks %1 m "
                               "%2, so keep vehicles that far from the queue (close the streets that come closer, or "
                               "(a))." );
    paragraph.text(
        bomb.arg( localeNumber( d.threat.mandatoryEvacuationM, 0 ), HtmlReport::cite( sources.threatChart ) ) );
  }
  report.paragraph( paragraph );
}
} // namespace

void writeQueueSection( HtmlReport &report, const PerimeterReportData &d, const PerimeterSources &sources )
{
  report.section( QueueReport::tr( "6. Queues outside the cordon" ) );
  writeModel( report, d, sources );
  if ( d.queues.queues.empty() )
  {
    report.paragraph( HtmlParagraph().text( QueueReport::tr( "There is no pedestrian entry, so no queue." ) ) );
    return;
  }
  report.table( figuresTable( d ) );
  report.note( QueueReport::tr( "# is the entry's number in the barrier table (section 4) and its crossing_id in the "
                                "layers. The longest wait is the longest that anyone arriving waits, on average." ) );
  report.table( exposureTable( d ) );
  int exposed = 0;
  for ( const QueueResult &q : d.queues.queues )
    exposed += q.exposed ? 1 : 0;
  if ( exposed == 0 )
  {
    report.paragraph( HtmlParagraph().text( QueueReport::tr(
        "No queue is exposed: no vehicle reaches one, and none can stop within the chart's mandatory distance." ) ) );
    return;
  }
  report.warning( QueueReport::tr( "%n queue(s) exposed to a hostile vehicle or a vehicle bomb. What to do about it:",
                                   nullptr, static_cast<int>( exposed ) ) );
  for ( const QueueResult &q : d.queues.queues )
    if ( q.exposed )
      writeOptions( report, q, d, sources );
}

} // namespace eventsecurity
