#include "approachalgorithmbase.h"

#include "catalogueparameters.h"
#include "helptext.h"
#include "sampling.h"
#include "speedlimits.h"
#include "vehicledynamics.h"

#include <qgsprocessingparameters.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

namespace eventsecurity
{

namespace
{
QgsProcessingParameterDefinition *advanced( QgsProcessingParameterDefinition *definition )
{
  definition->setFlags( definition->flags() | compat::FlagAdvanced );
  return definition;
}

QgsProcessingParameterDefinition *optional( QgsProcessingParameterDefinition *definition )
{
  definition->setFlags( definition->flags() | compat::FlagOptional );
  return definition;
}

// A fraction in percent, to 0.01 %: 0.3 x 100 is 30.000000000000004 in binary floating point.
double percent( double fraction )
{
  return std::round( fraction * 10000 ) / 100;
}

// A number without bounds in its definition: prepare checks it and says what is wrong (a negative spread puts the
// range's upper bound below its lower; QGIS's own check would only say "Incorrect parameter value").
QgsProcessingParameterDefinition *checkedNumber( const char *name, const QString &description, double defaultValue )
{
  return new QgsProcessingParameterNumber( QString::fromLatin1( name ), description, compat::Double, defaultValue,
                                           false );
}

// A number of at least minimum. No maximum in the definition: prepare refuses what no real vehicle or street has,
// with the limit and its reason (QGIS's own check would only say "Incorrect parameter value").
QgsProcessingParameterDefinition *number( const char *name, const QString &description, double defaultValue,
                                          double minimum = 0.0 )
{
  return new QgsProcessingParameterNumber( QString::fromLatin1( name ), description, compat::Double, defaultValue,
                                           false, minimum );
}
} // namespace

double ApproachSettings::entrySpeedMs() const
{
  return entrySpeedMs( std::nullopt );
}

double ApproachSettings::entrySpeedMs( const std::optional<double> &limitKmh ) const
{
  return entrySpeedMs( limitKmh, 1, vehicle.maxSpeedMs );
}

double ApproachSettings::entrySpeedMs( const std::optional<double> &limitKmh, double factor, double topSpeedMs ) const
{
  // "none" (+infinity) and limits above the vehicle's top speed: the vehicle's top speed.
  return std::min( factor * ( limitKmh ? domain::kmhToMs( *limitKmh ) : startSpeedMs ), topSpeedMs );
}

void ApproachAlgorithmBase::addNetworkParameter()
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "NETWORK" ), tr( "Street network (lines)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorLine ) ) );
}

void ApproachAlgorithmBase::addVehicleParameter()
{
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "VEHICLE" ), tr( "Hostile vehicle" ), vehicleOptions(),
                                                false, vehicleIndex( approachdefaults::kVehicleKey ) ) );
}

void ApproachAlgorithmBase::addApproachParameters()
{
  addParameter( number( "START_SPEED_KMH",
                        tr( "Speed entering the study area where a street has no speed limit (km/h)" ),
                        approachdefaults::kStartSpeedKmh ) );
  addParameter( optional( new QgsProcessingParameterField(
      QStringLiteral( "MAXSPEED_FIELD" ),
      tr( "Speed limit field (OSM maxspeed values; default: \"maxspeed\" if present)" ), QVariant(),
      QStringLiteral( "NETWORK" ) ) ) );
  // Plain numbers in metres, not distance parameters: the algorithms work in a metric frame whatever the
  // layers' CRS, and a distance parameter would offer degrees for a layer in EPSG:4326.
  addParameter( number( "SEARCH_DISTANCE_M", tr( "Search distance around the protected area (m)" ),
                        approachdefaults::kSearchDistanceM ) );
  addParameter( optional( new QgsProcessingParameterField(
      QStringLiteral( "WIDTH_FIELD" ), tr( "Street width field (m)" ), QVariant(), QStringLiteral( "NETWORK" ) ) ) );
  addParameter( number( "DEFAULT_WIDTH_M", tr( "Default street width (m)" ), approachdefaults::kWidthM, 0.1 ) );
  addParameter( number( "KERB_RADIUS_M", tr( "Kerb radius of junction corners (m; 0 = sharp corner)" ),
                        domain::kDefaultKerbRadiusM ) );
  addParameter( number( "PENETRATION_M", tr( "Penetration the plan allows past a barrier (m; 1 = ASTM P1)" ),
                        domain::kDefaultAllowedPenetrationM ) );
  addParameter( new QgsProcessingParameterExpression(
      QStringLiteral( "EXCLUDE_EXPRESSION" ), tr( "Leave out of the vehicle model streets where (e.g. bollarded)" ),
      QVariant(), QStringLiteral( "NETWORK" ), true ) );
  addParameter(
      advanced( number( "FRICTION", tr( "Tyre-road friction coefficient" ), approachdefaults::kFriction, 0.01 ) ) );
  addParameter( advanced( number( "ROLLOVER_G", tr( "Rollover threshold override, g (0 = the vehicle's)" ), 0.0 ) ) );
  addParameter(
      advanced( number( "TOLERANCE_M", tr( "Join street ends closer than (m)" ), approachdefaults::kToleranceM ) ) );
  addParameter( advanced( number( "DIGITISING_TOLERANCE_M",
                                  tr( "Digitising tolerance: vertices closer to a straight line make no bend (m)" ),
                                  domain::kDefaultDigitisingToleranceM ) ) );
  addOpenGroundParameters();
  addImpactRangeParameters();
}

void ApproachAlgorithmBase::addImpactRangeParameters()
{
  addParameter( new QgsProcessingParameterNumber(
      QStringLiteral( "SAMPLES" ),
      tr( "Samples of the uncertain inputs, for impact speed ranges (0 = one deterministic run; %1 recommended)" )
          .arg( kRecommendedSamples ),
      compat::Integer, 0, false, 0 ) );
  addParameter( advanced( new QgsProcessingParameterNumber(
      QStringLiteral( "SEED" ), tr( "Seed of the samples (the same seed repeats a run)" ), compat::Integer,
      static_cast<double>( domain::kDefaultSamplingSeed ), false, 0 ) ) );
  addParameter( advanced( checkedNumber( "RATING_PERCENTILE",
                                         tr( "Percentile of the sampled impact speeds the ratings are chosen on (%)" ),
                                         percent( domain::kRatingPercentile ) ) ) );
  addParameter( advanced( checkedNumber( "ACCEL_SPREAD_PCT", tr( "Spread of the acceleration a0 (± %)" ),
                                         percent( domain::kAccelerationSpread ) ) ) );
  addParameter( advanced( checkedNumber( "MAX_SPEED_SPREAD_PCT", tr( "Spread of the top speed (± %)" ),
                                         percent( domain::kMaxSpeedSpread ) ) ) );
  addParameter( advanced( checkedNumber( "FRICTION_SPREAD_PCT", tr( "Spread of the friction (± %)" ),
                                         percent( domain::kFrictionSpread ) ) ) );
  addParameter( advanced( checkedNumber( "ENTRY_SPEED_SPREAD_PCT", tr( "Spread of the entry speeds (± %)" ),
                                         percent( domain::kEntrySpeedSpread ) ) ) );
  addParameter( advanced( new QgsProcessingParameterEnum(
      QStringLiteral( "RANGE_SHAPE" ), tr( "Shape of the ranges" ),
      { tr( "Uniform between the bounds" ), tr( "Triangular, most likely at the deterministic value" ) }, false,
      0 ) ) );
  addParameter( advanced( number( "MAX_SAMPLING_MINUTES", tr( "Refuse a ranged run estimated longer than (minutes)" ),
                                  domain::kMaxSamplingSeconds / 60 ) ) );
}

double ApproachAlgorithmBase::boundedParameter( const QVariantMap &parameters, const QString &name,
                                                domain::PhysicalQuantity quantity, const QString &meaning,
                                                bool zeroAllowed, const QgsProcessingContext &context ) const
{
  const double value = zeroAllowed ? nonNegativeParameter( parameters, name, meaning, context )
                                   : positiveParameter( parameters, name, meaning, context );
  try
  {
    domain::requireWithinPhysicalBound( quantity, value );
  }
  catch ( const std::invalid_argument &e )
  {
    throw QgsProcessingException( tr( "%1: %2." ).arg( name, QString::fromUtf8( e.what() ) ) );
  }
  return value;
}

void ApproachAlgorithmBase::loadApproachParameters( const QVariantMap &parameters, QgsProcessingContext &context )
{
  using Q = domain::PhysicalQuantity;
  const auto &classes = domain::vehicleClasses();
  const int vehicle = parameterAsEnum( parameters, QStringLiteral( "VEHICLE" ), context );
  if ( vehicle < 0 || vehicle >= static_cast<int>( classes.size() ) )
    throw QgsProcessingException( tr( "VEHICLE must be one of the %1 listed vehicle classes (0 to %2)." )
                                      .arg( classes.size() )
                                      .arg( classes.size() - 1 ) );
  mApproach.vehicle = classes[static_cast<std::size_t>( vehicle )];
  const auto bounded = [&]( const char *name, Q quantity, const QString &meaning, bool zeroAllowed )
  { return boundedParameter( parameters, QString::fromLatin1( name ), quantity, meaning, zeroAllowed, context ); };
  mApproach.startSpeedMs =
      domain::kmhToMs( bounded( "START_SPEED_KMH", Q::VehicleSpeedKmh, tr( "e.g. 50 km/h" ), true ) );
  mApproach.searchDistanceM =
      bounded( "SEARCH_DISTANCE_M", Q::DistanceM,
               tr( "how far from the protected area vehicles are modelled, e.g. 1000 m" ), false );
  mApproach.defaultWidthM =
      bounded( "DEFAULT_WIDTH_M", Q::WidthM, tr( "the width of a street without a width value, e.g. 7 m" ), false );
  mApproach.kerbRadiusM =
      bounded( "KERB_RADIUS_M", Q::KerbRadiusM, tr( "metres, 0 cuts junction corners sharp" ), true );
  mApproach.allowedPenetrationM =
      bounded( "PENETRATION_M", Q::PenetrationM, tr( "metres past the barrier line, 1 m is ASTM P1" ), true );
  mApproach.friction = bounded( "FRICTION", Q::Friction, tr( "dry asphalt about 0.7, wet 0.3-0.4" ), false );
  mApproach.toleranceM = bounded( "TOLERANCE_M", Q::DistanceM, tr( "metres, e.g. 0.5" ), true );
  mApproach.digitisingToleranceM =
      bounded( "DIGITISING_TOLERANCE_M", Q::DigitisingToleranceM, tr( "metres, e.g. 0.5" ), true );
  loadRolloverOverride( parameters, context );
  mApproach.widthField = parameterAsString( parameters, QStringLiteral( "WIDTH_FIELD" ), context );
  mApproach.maxspeedField = parameterAsString( parameters, QStringLiteral( "MAXSPEED_FIELD" ), context );
  const SourceSnapshot *network = inputSnapshot( QStringLiteral( "NETWORK" ) );
  if ( mApproach.maxspeedField.isEmpty() && network &&
       network->fields().lookupField( QStringLiteral( "maxspeed" ) ) >= 0 )
    mApproach.maxspeedField = QStringLiteral( "maxspeed" );
  // As a string: parameterAsExpression() silently drops an expression that does not parse.
  mApproach.excludeExpression = parameterAsString( parameters, QStringLiteral( "EXCLUDE_EXPRESSION" ), context );
  loadOpenGroundParameters( parameters, context );
  loadImpactRangeParameters( parameters, context );
}

double ApproachAlgorithmBase::wholeNumberParameter( const QVariantMap &parameters, const char *name, double maximum,
                                                    QgsProcessingContext &context ) const
{
  const QString parameter = QString::fromLatin1( name );
  const double value = finiteParameter( parameters, parameter, context );
  if ( !( value >= 0 && value <= maximum && value == std::floor( value ) ) )
    throw QgsProcessingException( tr( "%1 must be a whole number from 0 to %2; got %3." )
                                      .arg( parameter )
                                      .arg( maximum, 0, 'f', 0 )
                                      .arg( value ) );
  return value;
}

double ApproachAlgorithmBase::spreadParameter( const QVariantMap &parameters, const char *name,
                                               QgsProcessingContext &context ) const
{
  const QString parameter = QString::fromLatin1( name );
  const double spreadPercent = finiteParameter( parameters, parameter, context );
  if ( spreadPercent < 0 )
    throw QgsProcessingException(
        tr( "%1 must be 0 % or more: a negative spread would put the range's upper bound below its lower bound; got "
            "%2." )
            .arg( parameter )
            .arg( spreadPercent ) );
  if ( spreadPercent > percent( domain::kMaxRelativeSpread ) )
    throw QgsProcessingException( tr( "%1 must be at most %2 %: the range's lower bound, the value times (1 - "
                                      "spread), must stay above 0; got %3." )
                                      .arg( parameter )
                                      .arg( percent( domain::kMaxRelativeSpread ) )
                                      .arg( spreadPercent ) );
  return spreadPercent / 100;
}

void ApproachAlgorithmBase::loadImpactRangeParameters( const QVariantMap &parameters, QgsProcessingContext &context )
{
  ImpactRangeSettings &ranges = mApproach.ranges;
  ranges.samples = static_cast<int>( wholeNumberParameter( parameters, "SAMPLES", domain::kMaxSamples, context ) );
  // Seeds up to 2^53: every whole number a double holds exactly.
  ranges.seed = static_cast<std::uint64_t>( wholeNumberParameter( parameters, "SEED", 9007199254740992.0, context ) );
  const double percentile = finiteParameter( parameters, QStringLiteral( "RATING_PERCENTILE" ), context );
  if ( !( percentile >= percent( domain::kMinRatingPercentile ) &&
          percentile <= percent( domain::kMaxRatingPercentile ) ) )
    throw QgsProcessingException(
        tr( "RATING_PERCENTILE must be between %1 (the median: a lower one rates barriers for fewer than half of the "
            "sampled vehicles) and %2 %; got %3." )
            .arg( percent( domain::kMinRatingPercentile ) )
            .arg( percent( domain::kMaxRatingPercentile ) )
            .arg( percentile ) );
  ranges.ratingPercentile = percentile / 100;
  const int minimum = domain::minimumSamplesForPercentile( std::max( 0.95, ranges.ratingPercentile ) );
  if ( ranges.samples > 0 && ranges.samples < minimum )
    throw QgsProcessingException( tr( "SAMPLES must be 0 (one deterministic run) or at least %1 for the percentiles "
                                      "up to the %2th: fewer samples cannot tell them from the highest one; got %3." )
                                      .arg( minimum )
                                      .arg( std::max( 95.0, percentile ) )
                                      .arg( ranges.samples ) );
  ranges.accelSpread = spreadParameter( parameters, "ACCEL_SPREAD_PCT", context );
  ranges.maxSpeedSpread = spreadParameter( parameters, "MAX_SPEED_SPREAD_PCT", context );
  ranges.frictionSpread = spreadParameter( parameters, "FRICTION_SPREAD_PCT", context );
  ranges.entrySpeedSpread = spreadParameter( parameters, "ENTRY_SPEED_SPREAD_PCT", context );
  const int shape = parameterAsEnum( parameters, QStringLiteral( "RANGE_SHAPE" ), context );
  if ( shape < 0 || shape > 1 )
    throw QgsProcessingException( tr( "RANGE_SHAPE must be 0 (uniform) or 1 (triangular); got %1." ).arg( shape ) );
  ranges.shape = shape == 0 ? domain::RangeShape::Uniform : domain::RangeShape::Triangular;
  ranges.maxSeconds =
      60 * boundedParameter( parameters, QStringLiteral( "MAX_SAMPLING_MINUTES" ), domain::PhysicalQuantity::Minutes,
                             tr( "e.g. 30 minutes" ), false, context );
}

void ApproachAlgorithmBase::loadRolloverOverride( const QVariantMap &parameters, QgsProcessingContext &context )
{
  const double rolloverG =
      boundedParameter( parameters, QStringLiteral( "ROLLOVER_G" ), domain::PhysicalQuantity::LateralAccelerationG,
                        tr( "0 keeps the vehicle's own threshold" ), true, context );
  if ( rolloverG > 0 )
    mApproach.vehicle.rolloverThresholdG = rolloverG;
}

void ApproachAlgorithmBase::addApproachModelHelp( HelpPage &page )
{
  page.model( tr( "Entry speeds" ) )
      .paragraph(
          tr( "A vehicle may start at rest anywhere on the network, or enter the study area where a street crosses its "
              "outer edge at that street's speed limit: MAXSPEED_FIELD (default the field \"maxspeed\" when the layer "
              "has one), read as OpenStreetMap writes maxspeed: a number is km/h, \"30 mph\" and knots are converted, "
              "\"walk\" is %1 km/h, \"none\" (no limit) is the vehicle's top speed, a national code such as "
              "\"DE:urban\" is that country's default limit, a list \"50;30\" its highest part. A street without a "
              "value, or with one that says no number (\"signals\", \"variable\"), enters at START_SPEED_KMH." )
              .arg( domain::kWalkingPaceKmh ) )
      .paragraph( tr( "The limit stands for the traffic speed a vehicle can already have where the street enters the "
                      "area; inside it a hostile driver ignores limits. No vehicle exceeds its top speed." ) );
  page.model( tr( "Bends and junctions" ) )
      .paragraph(
          tr( "Bends are read from each street's centreline, whatever the number of points it was drawn with: vertices "
              "within DIGITISING_TOLERANCE_M of a straight line are digitising noise and make no bend; a run of "
              "vertices turning the same way is one bend (an S-bend is two), also across a way split where only two "
              "streets meet. Its centreline radius Rc follows from its length and total turn theta; a corner drawn as "
              "one vertex gets the largest radius its drawing admits (tangents reaching the nearest drawn points)." ) )
      .paragraph(
          tr( "The fastest path cuts across the usable width w (WIDTH_FIELD, else DEFAULT_WIDTH_M): the racing line "
              "touching the outer edge before and after the bend and the inner edge at its apex has the radius R = Ri "
              "+ w / (1 - cos(theta/2)), Ri = Rc - w/2 the inner edge's radius (plane geometry; with Ri = 0 it is the "
              "corner-cutting radius of common VDA practice, domain reference sec. 4). A turn at a junction (three or "
              "more streets) is a corner whose inner kerb has the radius KERB_RADIUS_M: R = KERB_RADIUS_M + w / (1 - "
              "cos(theta/2)), w the mean of the two streets' widths; 0 cuts the corner sharp." ) )
      .paragraph( tr( "Through a bend or a turn the speed is at most sqrt(a R), a = g times the lower of FRICTION (the "
                      "tyres slide) and the vehicle's rollover threshold in g (it tips over; ROLLOVER_G overrides the "
                      "class's): a laden truck rolls over at about 0.3-0.5 g, long before its tyres slide at 0.7." ) );
  page.model( tr( "Barrier ratings" ) )
      .paragraph( tr( "Each impact gets, per standard, the lowest crash-test rating that stops it, for the standard's "
                      "test vehicle matching the class. An impact faster than every test of a standard says so." ) )
      .list( { tr( "ASTM F2656 designations are miles per hour: M30, M40 and M50 are the 6.8 t truck at 30, 40 and 50 "
                   "mph (48, 64 and 80 km/h), written with the km/h, e.g. \"M40-P1 (64 km/h)\". ASTM grants a "
                   "designation to tests down to the floor of its speed band (30: 28 mph, 40: 38 mph, 50: 47 mph, i.e. "
                   "45, 61 and 76 km/h), so an impact above a band's floor needs the next designation, and one inside "
                   "the open top band names the test speed to ask of the test report (\"tested at 78 km/h or "
                   "more\")." ),
               tr( "IWA 14-1 (e.g. V/7200[N3C]/64/90:1.0) and PAS 68 (e.g. V/7500[N3]/64/90:1.0) write the test "
                   "vehicle's mass and class, the test speed in km/h, the TEST's impact angle, 90 (head-on, as the "
                   "standards test: a hostile driver can leave the street at any angle; the street's own approach "
                   "angle is angle_deg) and the penetration." ),
               tr( "Every rating names the penetration the plan allows, PENETRATION_M: ASTM P1 up to 1 m, P2 up to 7 "
                   "m, P3 up to 30 m, P4 more (the least stringent class within the allowance; below 1 m the text says "
                   "no ASTM class is that strict); IWA 14-1 and PAS 68 in metres, rounded down." ) } );
  addApproachSourcesAndJudgementCalls( page );
}

void ApproachAlgorithmBase::addApproachSourcesAndJudgementCalls( HelpPage &page )
{
  page.sources().list(
      { tr( "Racing line through a bend: plane geometry; with Ri = 0 the corner-cutting radius of common VDA practice "
            "(domain reference sec. 4)." ),
        tr( "Tyre-road friction: 0.7-0.8 on dry asphalt, 0.3-0.4 wet (domain reference sec. 4)." ),
        tr( "Rollover threshold of the 30 t lorry, 0.45 g: Winkler, UMTRI (a heavy trailer in good order)." ),
        tr( "ASTM F2656 speed bands: the floors of ASTM F2656-07 table 3, recalled (the standard is not public) and "
            "not re-read; the 60 mph band's 57 mph is assumed." ),
        tr( "ASTM P1 is the only penetration class the US Department of State's SD-STD-02.01 Rev A (2003) "
            "certifies." ) } );
  page.judgementCalls()
      .named( QStringLiteral( "VEHICLE" ),
              tr( "the 7.5 t truck (PAS 68 N3), the usual design threat of UK hostile vehicle mitigation." ) )
      .named( QStringLiteral( "START_SPEED_KMH" ),
              tr( "%1 km/h, a common urban limit." ).arg( approachdefaults::kStartSpeedKmh ) )
      .named( QStringLiteral( "SEARCH_DISTANCE_M" ), tr( "%L1 m." ).arg( approachdefaults::kSearchDistanceM ) )
      .named( QStringLiteral( "DEFAULT_WIDTH_M" ), tr( "%1 m, two lanes of 3.5 m." ).arg( approachdefaults::kWidthM ) )
      .list( { tr( "The mean of the two streets' widths at junctions." ) } )
      .named( QStringLiteral( "TOLERANCE_M" ), tr( "%L1 m." ).arg( approachdefaults::kToleranceM ) )
      .named( QStringLiteral( "FRICTION" ),
              tr( "%L1, dry asphalt (0.7-0.8 dry, 0.3-0.4 wet, domain reference sec. 4)." )
                  .arg( approachdefaults::kFriction ) )
      .named( QStringLiteral( "KERB_RADIUS_M" ),
              tr( "%1 m, on the safe side (a larger radius allows a faster turn): historic town corners are under 1 "
                  "m, UK trunk-road practice 6 m, US municipal codes ask 25 to 50 ft (7.6 to 15.2 m) on collectors and "
                  "arterials." )
                  .arg( domain::kDefaultKerbRadiusM ) )
      .named( QStringLiteral( "DIGITISING_TOLERANCE_M" ),
              tr( "%L1 m: centrelines traced from imagery are good to about a metre." )
                  .arg( domain::kDefaultDigitisingToleranceM ) )
      .named( QStringLiteral( "ROLLOVER_G" ),
              tr( "0, the class's rollover threshold: 30 t lorry 0.45 g (Winkler, UMTRI: a heavy trailer in good "
                  "order); 7.2 and 7.5 t trucks 0.5 g, van 1.1, pickup 1.3, car 1.5 g are judgement calls at the upper "
                  "end of published ranges (the safe side; for cars friction binds first)." ) )
      .named( QStringLiteral( "PENETRATION_M" ),
              tr( "%1 m: ASTM P1, the strictest class, the only one the US Department of State's SD-STD-02.01 Rev A "
                  "(2003) certifies; at an event a crowd stands close behind the barrier line." )
                  .arg( domain::kDefaultAllowedPenetrationM ) );
}

void ApproachAlgorithmBase::addApproachLimits( HelpPage &page )
{
  page.limits().list(
      { tr( "Not modelled: braking, traffic, parked cars, street furniture and kerbs as obstacles, gradients and "
            "surface changes, speed limits inside the study area." ),
        tr( "Cornering is steady: no load transfer in a sudden swerve." ),
        tr( "Streets that cross without a shared vertex (bridges) do not connect." ),
        tr( "Speeds are upper bounds for planning, not a substitute for a site survey by a qualified assessor." ),
        tr( "Values no real vehicle or street has are refused, with the limit and its reason (e.g. speeds above %1 "
            "km/h, accelerations above %2 m/s², masses above %3 kg, widths above %4 m)." )
            .arg( domain::kMaxVehicleSpeedKmh )
            .arg( domain::kMaxVehicleAccelerationMs2 )
            .arg( domain::kMaxVehicleMassKg )
            .arg( domain::kMaxWidthM ) } );
}

void ApproachAlgorithmBase::addImpactRangesHelp( HelpPage &page )
{
  page.model( tr( "Impact speeds as ranges" ) )
      .paragraph( tr( "The class accelerations, top speeds, friction and entry speeds are estimates. With SAMPLES "
                      "above 0 the approach search runs once more per sample of them, each drawn from a range around "
                      "its value:" ) )
      .list(
          { tr( "a0 ± ACCEL_SPREAD_PCT (%1 %: the class accelerations are read from 0-100 km/h times, which vary "
                "that much within a class);" )
                .arg( percent( domain::kAccelerationSpread ) ),
            tr( "vmax ± MAX_SPEED_SPREAD_PCT (%1 %: top speeds vary less);" ).arg( percent( domain::kMaxSpeedSpread ) ),
            tr( "FRICTION ± FRICTION_SPREAD_PCT (%1 %: 0.7 becomes 0.60-0.81, dry asphalt's 0.7-0.8 and worn tyres "
                "or dusty asphalt below);" )
                .arg( percent( domain::kFrictionSpread ) ),
            tr( "every entry speed ± ENTRY_SPEED_SPREAD_PCT (%1 %: drivers keep to a limit only roughly, 50 km/h "
                "becomes 40-60 km/h), never above the sample's top speed." )
                .arg( percent( domain::kEntrySpeedSpread ) ) } )
      .paragraph( tr( "RANGE_SHAPE: uniform between the bounds (the default: it assumes nothing beyond the bounds, and "
                      "its upper percentiles are the higher, the safe side) or triangular, most likely at the "
                      "deterministic value. The samples are a Latin hypercube (McKay, Beckman and Conover 1979) drawn "
                      "from SEED: the same SEED gives the same output." ) )
      .paragraph( tr( "The ratings are then chosen on the RATING_PERCENTILE (default %1, from 50 up) of the sampled "
                      "speeds, but never below impact_kmh, which stays the deterministic run's speed, so that models "
                      "keep working and a ranged run never asks for a weaker barrier than the single run. The log says "
                      "which percentile rated the barriers. Routes and network speeds are the deterministic run's." )
                      .arg( percent( domain::kRatingPercentile ) ) )
      .paragraph( tr( "%1 samples (recommended) give the 95th percentile to within 2 percentage points of "
                      "probability: independent samples need 457 for that, and a Latin hypercube does at least as well "
                      "for impact speeds, which rise with each of the four inputs." )
                      .arg( kRecommendedSamples ) );
  page.outputs().named(
      QStringLiteral( "impact_kmh_p50, impact_kmh_p95, energy_kj_p95, rating_kmh" ),
      tr( "with SAMPLES above 0, on each impact point (and each crossing of perimeter design): the median and the 95th "
          "percentile of its sampled impact speeds, the 95th percentile of the sampled energies, and the speed the "
          "ratings rating_astm, rating_iwa and rating_pas68 are chosen on. With SAMPLES 0 (the default: one run) these "
          "four fields are NULL and the ratings are chosen on impact_kmh." ) );
  page.judgementCalls().named(
      QStringLiteral( "ACCEL_SPREAD_PCT, MAX_SPEED_SPREAD_PCT, FRICTION_SPREAD_PCT, ENTRY_SPEED_SPREAD_PCT" ),
      tr( "%1, %2, %3 and %4 %: the four spreads (their reasons under Impact speeds as ranges)." )
          .arg( percent( domain::kAccelerationSpread ) )
          .arg( percent( domain::kMaxSpeedSpread ) )
          .arg( percent( domain::kFrictionSpread ) )
          .arg( percent( domain::kEntrySpeedSpread ) ) );
  page.judgementCalls().named(
      QStringLiteral( "MAX_SAMPLING_MINUTES" ),
      tr( "%1 minutes, a planning run rather than an overnight job." ).arg( domain::kMaxSamplingSeconds / 60 ) );
  page.limits().list(
      { tr( "A ranged run costs one search of the network per sample: about 1 ms on the Montevideo sample venue (0.3 "
            "to 0.7 s for 500 samples), 0.15 to 0.5 s on a 100,000-edge network (1 to 5 minutes for 500), as the "
            "machine's load varies." ),
        tr( "A run estimated (from one timed search) to take longer than MAX_SAMPLING_MINUTES is refused before it "
            "starts, as is a sample count too small for the percentiles (at least 20 for the 95th, 1 / (1 - p) for a "
            "higher RATING_PERCENTILE p)." ) } );
}

} // namespace eventsecurity
