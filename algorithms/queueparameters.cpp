#include "queueparameters.h"

#include "eventsecuritycompat.h"
#include "helptext.h"
#include "numberformat.h"
#include "queueexposure.h"

#include <qgsexception.h>
#include <qgsprocessingparameters.h>

#include <QCoreApplication>

namespace eventsecurity
{

namespace
{
// The translation context of this file's texts (lupdate reads it from the class).
struct QueueParameters
{
  Q_DECLARE_TR_FUNCTIONS( QueueParameters )
};

// Reach margins beyond this count every street of a block as facing the queue [m]: a typing error. A judgement
// call, as the margin itself (queueexposure.h).
constexpr double kMaxQueueReachMarginM = 100;
} // namespace

const std::vector<QueueParameter> &queueParameters()
{
  namespace d = domain;
  // The bounds are the domain's (entryqueue.h), which gives the same reasons.
  static const std::vector<QueueParameter> parameters = {
      { "QUEUE_WIDTH_M", QT_TRANSLATE_NOOP( "QueueParameters", "Queue width on the ground (m)" ),
        &QueueSettings::widthM, d::kMinQueueWidthM, true, d::kMaxQueueWidthM, "m",
        QT_TRANSLATE_NOOP( "QueueParameters", "at least one person: Fruin's body ellipse is 0.61 m across the "
                                              "shoulders; at most wider than any street: a plaza is an area, not a "
                                              "queue" ),
        false },
      { "QUEUE_SPACE_M2", QT_TRANSLATE_NOOP( "QueueParameters", "Space per person in a queue (m²)" ),
        &QueueSettings::areaPerPersonM2, d::kMinQueueAreaPerPersonM2, true, d::kMaxQueueAreaPerPersonM2, "m²",
        QT_TRANSLATE_NOOP( "QueueParameters", "above 4 persons per m² a crowd is unstable; people 10 m² apart are "
                                              "not queueing" ),
        false },
      { "WAIT_TARGET_MIN", QT_TRANSLATE_NOOP( "QueueParameters", "Longest acceptable wait at an entry (minutes)" ),
        &QueueSettings::waitTargetMinutes, 1, true, d::kMaxArrivalWindowMinutes, "min",
        QT_TRANSLATE_NOOP( "QueueParameters", "a wait shorter than a minute is below the precision of any arrival "
                                              "figure; a week is longer than any one event plans for" ),
        false },
      { "PEAK_MINUTES", QT_TRANSLATE_NOOP( "QueueParameters", "Arrival peak: the last minutes before the start" ),
        &QueueSettings::peakMinutes, 0, false, d::kMaxArrivalWindowMinutes, "min",
        QT_TRANSLATE_NOOP( "QueueParameters", "a peak lasts some time; a week is longer than any one event plans "
                                              "for" ),
        false },
      { "ARRIVAL_SCV", QT_TRANSLATE_NOOP( "QueueParameters", "Arrival variability (squared coefficient of variation)" ),
        &QueueSettings::arrivalScv, 0, true, d::kMaxArrivalScv, "",
        QT_TRANSLATE_NOOP( "QueueParameters", "0 is arrivals evenly spaced, 100 a coach party of about 100 people "
                                              "arriving at once: a judgement call" ),
        true },
      { "SEARCH_SCV",
        QT_TRANSLATE_NOOP( "QueueParameters", "Search time variability (squared coefficient of variation)" ),
        &QueueSettings::searchTimeScv, 0, true, d::kMaxSearchTimeScv, "",
        QT_TRANSLATE_NOOP( "QueueParameters", "0 is searches of equal length, 25 a standard deviation five times the "
                                              "mean: a judgement call" ),
        true },
      { "QUEUE_REACH_M",
        QT_TRANSLATE_NOOP( "QueueParameters", "A queue this close to a carriageway faces traffic (m)" ),
        &QueueSettings::reachMarginM, 0, true, kMaxQueueReachMarginM, "m",
        QT_TRANSLATE_NOOP( "QueueParameters", "0 counts only a queue touching the carriageway; beyond 100 m every "
                                              "street of a block would face it: a judgement call" ),
        true },
  };
  return parameters;
}

std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> queueParameterDefinitions()
{
  const QueueSettings defaults;
  std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> definitions;
  for ( const QueueParameter &parameter : queueParameters() )
  {
    auto definition = std::make_unique<QgsProcessingParameterNumber>( QString::fromLatin1( parameter.name ),
                                                                      QueueParameters::tr( parameter.description ),
                                                                      compat::Double, defaults.*( parameter.field ) );
    if ( parameter.advanced )
      definition->setFlags( definition->flags() | compat::FlagAdvanced );
    definitions.push_back( std::move( definition ) );
  }
  return definitions;
}

void requireQueueValue( const QueueParameter &parameter, double value )
{
  const bool aboveMinimum = parameter.minimumIncluded ? value >= parameter.minimum : value > parameter.minimum;
  if ( aboveMinimum && value <= parameter.maximum ) // false for NaN
    return;
  const QString unit = *parameter.unit ? QStringLiteral( " " ) + QString::fromUtf8( parameter.unit ) : QString();
  const auto number = [&]( double bound )
  { return localeNumber( bound, bound == std::floor( bound ) ? 0 : 2 ) + unit; };
  const QString bounds = parameter.minimumIncluded
                             ? QueueParameters::tr( "must lie between %1 and %2" )
                                   .arg( number( parameter.minimum ), number( parameter.maximum ) )
                             : QueueParameters::tr( "must be greater than %1 and at most %2" )
                                   .arg( number( parameter.minimum ), number( parameter.maximum ) );
  throw QgsProcessingException( QueueParameters::tr( "%1 %2 (%3); got %4." )
                                    .arg( QString::fromLatin1( parameter.name ), bounds,
                                          QueueParameters::tr( parameter.reason ), QString::number( value ) ) );
}

void addQueueHelp( HelpPage &page )
{
  page.model( QueueParameters::tr( "Queues outside the cordon" ) )
      .paragraph( QueueParameters::tr(
          "The people waiting at the search lanes stand outside the cordon, where it does not protect them. At each "
          "pedestrian entry the queue is worked out over the arrival window: people arrive at ARRIVAL_PEAK_FACTOR "
          "times the mean rate in the last PEAK_MINUTES minutes (shortened, with a note, where a longer peak would "
          "bring more than ATTENDANCE), evenly before; each entry takes the share of the arrivals it has of the "
          "weights "
          "the lanes are shared by (the street widths) and each lane checks LANE_RATE_PPH." ) )
      .paragraph( QueueParameters::tr(
          "The queue is the backlog (the arrivals beyond the lanes' throughput, first come first served) plus the "
          "random queue that forms even below capacity because people arrive in groups and searches take unequal "
          "times: the Allen-Cunneen approximation for several lanes with ARRIVAL_SCV and SEARCH_SCV, period by period "
          "(Green and Kolesar 1991), bounded near capacity by what randomness adds within the period. The figures are "
          "means, not a worst case." ) )
      .paragraph( QueueParameters::tr(
          "On the ground each person takes QUEUE_SPACE_M2 (default 0.6 m², the boundary of the queuing levels of "
          "service C and D: TRB Highway Capacity Manual 2000 after Fruin 1971) of a queue QUEUE_WIDTH_M wide, drawn "
          "from the entry outward along its street, straight on at junctions; where the street ends first the rest "
          "spills over (spills, drawn_m)." ) );
  page.model( QueueParameters::tr( "Exposed queues" ) )
      .paragraph( QueueParameters::tr(
          "A second vehicle approach study protects the cordon and the queues together: impact_kmh and energy_kj are "
          "the fastest VEHICLE reaching a queue (impact_by: along a street that ends at it, beside it on its own "
          "street "
          "when the street is wider than the queue, or on a carriageway passing within QUEUE_REACH_M of it); "
          "bomb_distance_m is how close a vehicle can stop: the nearest carriageway outside the cordon and the queues. "
          "A queue is exposed (exposed_ramming, exposed_bomb, exposed) when a vehicle reaches it or can stop within "
          "the "
          "mandatory evacuation distance of THREAT in the NCTC/DHS chart; when no street was studied that far it is "
          "not known, and counts as exposed." ) )
      .paragraph( QueueParameters::tr( "What the plan can do:" ) )
      .list( { QueueParameters::tr( "barrier_m of barrier along the queue's street side, rated by the same rule as the "
                                    "crossings (rating_astm, rating_iwa, rating_pas68);" ),
               QueueParameters::tr( "move the search line out so that the queue's street lies inside the "
                                    "vehicle-exclusion zone: move_line_m of line more, cutting move_crossings streets "
                                    "(move_barrier_m of rated barrier across them);" ),
               QueueParameters::tr( "or more lanes (lanes_for_target)." ) } )
      .paragraph( QueueParameters::tr(
          "A warning names each exposed queue, and the report gives the options. The queues' study is the "
          "deterministic one: with SAMPLES above 0 the speeds at the queues and their barrier's rating stay the single "
          "run's." ) );
  page.outputs().named(
      QStringLiteral( "OUTPUT_QUEUES" ),
      QueueParameters::tr( "the queues outside the cordon: entry (its crossing_id), street, share, lanes, "
                           "peak_people, length_m, drawn_m, spills, max_wait_min (NULL: the queue never clears), "
                           "peak_min (minutes from the opening of the gates), lanes_for_target (the fewest lanes that "
                           "keep the wait within WAIT_TARGET_MIN; NULL: no number will), lane_lost_wait_min (one lane "
                           "lost for the whole window), and the fields of Exposed queues above." ) );
  page.sources().list( { QueueParameters::tr(
      "Queues: the Allen-Cunneen approximation, period by period (Green and Kolesar 1991); 0.6 m² a person in a "
      "queue, the boundary of the queuing levels of service C and D: TRB Highway Capacity Manual 2000 after Fruin "
      "1971." ) } );
  page.judgementCalls()
      .named( QStringLiteral( "PEAK_MINUTES" ),
              QueueParameters::tr( "%1, within the 20-30 minutes planning guidance cites." )
                  .arg( domain::kArrivalPeakMinutes ) )
      .named(
          QStringLiteral( "ARRIVAL_SCV" ),
          QueueParameters::tr(
              "%1, people arriving in pairs (1: each person arrives alone; groups raise it to about their mean size)." )
              .arg( domain::kArrivalScv ) )
      .named( QStringLiteral( "SEARCH_SCV" ),
              QueueParameters::tr( "%1, exponential search times (a machine-paced lane is lower, a mix of quick "
                                   "pat-downs and long bag searches can be higher)." )
                  .arg( domain::kSearchTimeScv ) )
      .named( QStringLiteral( "QUEUE_SPACE_M2" ),
              QueueParameters::tr( "%L1 m²: which level of service a queue reaches is a judgement call." )
                  .arg( domain::kQueueAreaPerPersonM2 ) )
      .named( QStringLiteral( "QUEUE_WIDTH_M" ),
              QueueParameters::tr( "%1 m, an urban footway (2-4 m: the site decides)." ).arg( domain::kQueueWidthM ) )
      .named( QStringLiteral( "WAIT_TARGET_MIN" ),
              QueueParameters::tr( "%1 minutes, not a published figure." ).arg( domain::kQueueWaitTargetMinutes ) )
      .named(
          QStringLiteral( "QUEUE_REACH_M" ),
          QueueParameters::tr( "%1 m, a kerb and a step: no source gives how far from a carriageway a crowd is within "
                               "reach of a vehicle leaving it; a wider margin asks more barrier, the safe side." )
              .arg( kQueueReachMarginM ) );
}

} // namespace eventsecurity
