#include "queueplan.h"

#include "catalogueparameters.h"
#include "numberformat.h"
#include "vehicledynamics.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>

#include <QCoreApplication>

#include <cmath>
#include <stdexcept>

namespace eventsecurity
{

namespace
{
// The translation context of this file's texts (lupdate reads it from the class).
struct QueuePlanner
{
  Q_DECLARE_TR_FUNCTIONS( QueuePlanner )
};

//! \a call's result, a domain refusal turned into a message that says the queues could not be planned.
template <typename Call> auto domainCall( Call call ) -> decltype( call() )
{
  try
  {
    return call();
  }
  catch ( const std::invalid_argument &e )
  {
    throw QgsProcessingException(
        QueuePlanner::tr( "The queues at the entries cannot be planned: %1" ).arg( QString::fromUtf8( e.what() ) ) );
  }
}

//! The entry's name in a message: "entry 3 (Garden Walk)" or "entry 3".
QString entryName( const QueueResult &queue )
{
  return queue.street.isEmpty() ? QueuePlanner::tr( "Entry %1" ).arg( queue.entry )
                                : QueuePlanner::tr( "Entry %1 (%2)" ).arg( queue.entry ).arg( queue.street );
}

//! The peak used: the settings' at most, and at most window / peak factor so that the peak brings no more than the
//! attendance (the domain refuses more); a note when shortened.
double peakMinutes( const QueueDemand &demand, const QueueSettings &settings, QStringList &notes )
{
  if ( !( demand.peakFactor >= 1 ) || !( demand.arrivalMinutes > 0 ) )
    return settings.peakMinutes; // the domain refuses them with its reason
  const double longest = demand.arrivalMinutes / demand.peakFactor;
  if ( !( settings.peakMinutes > longest ) )
    return settings.peakMinutes;
  notes << QueuePlanner::tr( "The arrival peak was shortened from %1 to %2 minutes: at %3 times the mean rate a longer "
                             "peak would bring more people than the attendance within the %4-minute window, so "
                             "everyone arrives in the peak." )
               .arg( localeNumber( settings.peakMinutes, 1 ), localeNumber( longest, 1 ),
                     localeNumber( demand.peakFactor, 2 ), localeNumber( demand.arrivalMinutes, 0 ) );
  return longest;
}

/**
 * designEntryQueue; when no number of lanes meets the target, the queue and the lane lost without it
 * (lanesForTarget -1). Throws std::invalid_argument for bad figures, the target included.
 */
domain::EntryQueueDesign designEntry( const domain::ArrivalProfile &profile, const domain::EntryLanes &entry,
                                      const domain::QueueGround &ground, double targetMin )
{
  try
  {
    return domain::designEntryQueue( profile, entry, ground, targetMin );
  }
  catch ( const std::invalid_argument & )
  {
    domain::EntryLanes most = entry;
    most.lanes = domain::kMaxLanesPerEntry;
    if ( !( domain::entryQueue( profile, most, ground ).maxWaitMin > targetMin ) )
      throw; // not the lane count: a figure the domain refuses
    domain::EntryQueueDesign design;
    design.planned = domain::entryQueue( profile, entry, ground );
    domain::EntryLanes fewer = entry;
    --fewer.lanes;
    design.laneLost = domain::entryQueue( profile, fewer, ground );
    design.lanesForTarget = -1;
    return design;
  }
}

//! The rows of the entries, with their lanes and their share of the arrivals (no figures yet).
std::vector<QueueResult> entryRows( const CrossingPlan &plan )
{
  std::vector<QueueResult> rows;
  double weights = 0;
  for ( std::size_t i = 0; i < plan.crossings.size(); ++i )
  {
    const PlannedCrossing &planned = plan.crossings[i];
    if ( planned.kind != domain::CrossingKind::PedestrianEntry )
      continue;
    QueueResult row;
    row.entry = static_cast<int>( i ) + 1;
    row.crossing = i;
    row.street = planned.crossing.street;
    row.lanes = planned.lanes;
    // The weights the plan shares the lanes by (crossingplan.h): an entry without a lane takes no arrivals.
    row.arrivalShare = planned.lanes > 0 ? planned.laneWeight : 0;
    weights += row.arrivalShare;
    rows.push_back( row );
  }
  for ( QueueResult &row : rows )
    row.arrivalShare = weights > 0 ? row.arrivalShare / weights : 0;
  return rows;
}

void setFigures( QueueResult &row, const domain::EntryQueueDesign &design )
{
  row.planned = design.planned;
  row.peakPeople = design.planned.peakPeople;
  row.lengthM = design.planned.peakLengthM;
  row.maxWaitMin = design.planned.maxWaitMin;
  row.peakMin = design.planned.peakMinute;
  row.lanesForTarget = design.lanesForTarget;
  row.laneLostWaitMin = design.laneLost.maxWaitMin;
}

//! The street-side barrier's rating against the queue's fastest vehicle: the study's rule, as for the crossings.
domain::BarrierRatings rating( const ApproachStudy &study, const QueueResult &queue )
{
  try
  {
    return study.rate( queue.exposure.impact.speedMs );
  }
  catch ( const QgsProcessingException &e )
  {
    throw QgsProcessingException(
        QueuePlanner::tr( "%1, the barrier beside its queue: %2" ).arg( entryName( queue ), e.what() ) );
  }
}

//! Whether a vehicle can stop within the mandatory distance of the queue; warns when it is not known.
bool bombExposed( const QueueResult &queue, const QueueDemand &demand, double searchDistanceM, QStringList &warnings )
{
  if ( std::isfinite( queue.exposure.bombDistanceM ) )
    return queue.exposure.bombDistanceM < demand.mandatoryDistanceM;
  if ( searchDistanceM >= demand.mandatoryDistanceM )
    return false;
  warnings << QueuePlanner::tr( "%1: no drivable street lies within the %2 m studied around the cordon, but the "
                                "mandatory evacuation distance is %3 m: whether a vehicle can stop that close to the "
                                "queue is not known, so it is counted as exposed. Widen SEARCH_DISTANCE_M to tell." )
                  .arg( entryName( queue ), localeNumber( searchDistanceM, 0 ),
                        localeNumber( demand.mandatoryDistanceM, 0 ) );
  return true;
}

//! The exposed queue in plain words.
QString exposedWarning( const QueueResult &queue, const QueueDemand &demand )
{
  QStringList why;
  if ( queue.rammingExposed )
    why << QueuePlanner::tr( "a vehicle can drive into it at %1 km/h" ).arg( localeNumber( queue.impactKmh(), 0 ) );
  if ( queue.bombExposed && std::isfinite( queue.exposure.bombDistanceM ) )
    why << QueuePlanner::tr( "a vehicle can stop %1 m from it, within the mandatory evacuation distance of %2 m" )
               .arg( localeNumber( queue.exposure.bombDistanceM, 0 ), localeNumber( demand.mandatoryDistanceM, 0 ) );
  return QueuePlanner::tr( "%1: its queue of up to %2 people (%3 m) stands outside the cordon and is exposed: %4." )
      .arg( entryName( queue ), localeNumber( queue.peakPeople, 0 ), localeNumber( queue.lengthM, 0 ),
            why.join( QueuePlanner::tr( "; " ) ) );
}

//! Steps 3 and 4 for one queue: exposure, the definition of exposed, the rating and the warnings.
void assessQueue( QueueResult &queue, const QueueExposureStudy &exposureStudy, const QueuePath &path,
                  const ApproachStudy &study, const CrossingPlan &plan, const QueueDemand &demand,
                  const QueueSettings &settings, QStringList &warnings )
{
  queue.exposure =
      exposureStudy.exposure( queue.polygon, path, settings.widthM, plan.crossings[queue.crossing].crossing );
  queue.rammingExposed = queue.exposure.impact.reachable && queue.exposure.impact.speedMs > 0;
  queue.bombExposed = bombExposed( queue, demand, study.settings().searchDistanceM, warnings );
  queue.exposed = queue.rammingExposed || queue.bombExposed;
  if ( queue.rammingExposed )
    queue.rating = rating( study, queue );
  else if ( queue.exposure.barrierM > 0 )
    warnings << QueuePlanner::tr( "%1: %2 m of its queue's edge face a carriageway on which the approach study finds "
                                  "no vehicle heading for the cordon or a queue; no rating is given: rate that barrier "
                                  "on site." )
                    .arg( entryName( queue ), localeNumber( queue.exposure.barrierM, 0 ) );
  if ( queue.exposed )
    warnings << exposedWarning( queue, demand );
}

//! Step 2 for one queue: its path and polygon, with the warnings for a street not found or a spill.
QueuePath placeQueue( QueueResult &queue, const ApproachStudy &study, const CrossingPlan &plan,
                      const QgsGeometry &cordon, const QueueSettings &settings, QStringList &warnings )
{
  if ( !( queue.lengthM > 0 ) )
    return QueuePath();
  const QueuePath path =
      queuePath( study.streets(), plan.crossings[queue.crossing].crossing, queue.lengthM, study.settings().toleranceM );
  if ( !path.found )
  {
    warnings << QueuePlanner::tr( "%1: the street of the entry was not found outside the cordon; its queue (%2 m) is "
                                  "not drawn and its exposure not studied." )
                    .arg( entryName( queue ), localeNumber( queue.lengthM, 0 ) );
    return path;
  }
  queue.polygon = queuePolygon( path, settings.widthM, cordon );
  queue.drawnLengthM = path.lengthM;
  queue.spills = path.spills;
  if ( path.spills )
    warnings << QueuePlanner::tr( "%1: its queue (%2 m) is longer than the street it stands on (%3 m to where the "
                                  "street ends): the rest spills over somewhere the plan does not show. Add lanes or "
                                  "plan a queueing area." )
                    .arg( entryName( queue ), localeNumber( queue.lengthM, 0 ), localeNumber( path.lengthM, 0 ) );
  return path;
}
} // namespace

double QueueResult::impactKmh() const
{
  return exposure.impact.reachable ? domain::msToKmh( exposure.impact.speedMs ) : 0;
}

QueuePlan queueFigures( const CrossingPlan &plan, const QueueDemand &demand, const QueueSettings &settings )
{
  QueuePlan result;
  result.peakMinutes = peakMinutes( demand, settings, result.notes );
  const domain::ArrivalProfile profile = domainCall(
      [&]
      {
        return domain::peakedArrivalProfile( demand.attendance, demand.arrivalMinutes, result.peakMinutes,
                                             demand.peakFactor );
      } );
  const domain::QueueGround ground{ settings.areaPerPersonM2, settings.widthM };
  result.queues = entryRows( plan );
  for ( QueueResult &row : result.queues )
  {
    if ( row.lanes < 1 )
    {
      result.warnings << QueuePlanner::tr( "%1 has no search lane (the plan has fewer lanes than entries): no one is "
                                           "sent there to be searched, and it has no queue." )
                             .arg( entryName( row ) );
      continue;
    }
    if ( row.lanes > domain::kMaxLanesPerEntry )
    {
      result.warnings << QueuePlanner::tr( "%1 has %2 search lanes, more than any venue has (%3): its queue is not "
                                           "planned. Check ATTENDANCE and LANE_RATE_PPH." )
                             .arg( entryName( row ) )
                             .arg( row.lanes )
                             .arg( domain::kMaxLanesPerEntry );
      continue;
    }
    const domain::EntryLanes lanes{ row.arrivalShare, row.lanes, demand.laneRatePerHour, settings.arrivalScv,
                                    settings.searchTimeScv };
    setFigures( row, domainCall( [&] { return designEntry( profile, lanes, ground, settings.waitTargetMinutes ); } ) );
    if ( row.lanesForTarget < 0 )
      result.warnings << QueuePlanner::tr( "%1: even %2 search lanes would not keep the wait within %3 minutes." )
                             .arg( entryName( row ) )
                             .arg( domain::kMaxLanesPerEntry )
                             .arg( localeNumber( settings.waitTargetMinutes, 0 ) );
  }
  return result;
}

std::optional<QueuePlan> planQueues( const QgsGeometry &cordon, const ApproachStudy &study, const CrossingPlan &plan,
                                     const QueueDemand &demand, const QueueSettings &settings,
                                     const QgsProcessingFeatureSource &network,
                                     const QgsCoordinateTransform &networkToMetric, QgsProcessingContext &context,
                                     QgsProcessingFeedback *feedback, double progressFrom, double progressTo )
{
  QueuePlan result = queueFigures( plan, demand, settings );
  std::vector<QueuePath> paths;
  std::vector<QgsGeometry> polygons;
  for ( QueueResult &queue : result.queues )
  {
    paths.push_back( placeQueue( queue, study, plan, cordon, settings, result.warnings ) );
    polygons.push_back( queue.polygon );
  }
  QueueExposureStudy exposureStudy( study, cordon, settings.reachMarginM );
  if ( !exposureStudy.run( polygons, network, networkToMetric, context, feedback, progressFrom, progressTo ) )
    return std::nullopt;
  result.protectedArea = exposureStudy.protectedArea();
  for ( std::size_t q = 0; q < result.queues.size(); ++q )
    if ( !result.queues[q].polygon.isEmpty() )
      assessQueue( result.queues[q], exposureStudy, paths[q], study, plan, demand, settings, result.warnings );
  return result;
}

} // namespace eventsecurity
