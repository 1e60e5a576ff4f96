#include "approachalgorithmbase.h"

#include "catalogueparameters.h"
#include "vehicledynamics.h"

#include <qgsprocessingparameters.h>

#include <algorithm>
#include <memory>

namespace eventsecurity
{

namespace
{
// Judgement-call sanity bound: no carriageway is 100 m wide.
constexpr double kMaxStreetWidthM = 100;

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
} // namespace

double ApproachSettings::entrySpeedMs() const
{
  return std::min( startSpeedMs, vehicle.maxSpeedMs );
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
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "START_SPEED_KMH" ),
                                                  tr( "Speed entering the study area (km/h)" ), compat::Double,
                                                  approachdefaults::kStartSpeedKmh, false, 0.0 ) );
  // Plain numbers in metres, not distance parameters: the algorithms work in a metric frame whatever the
  // layers' CRS, and a distance parameter would offer degrees for a layer in EPSG:4326.
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "SEARCH_DISTANCE_M" ),
                                                  tr( "Search distance around the protected area (m)" ), compat::Double,
                                                  approachdefaults::kSearchDistanceM, false, 0.0 ) );
  addParameter( optional( new QgsProcessingParameterField(
      QStringLiteral( "WIDTH_FIELD" ), tr( "Street width field (m)" ), QVariant(), QStringLiteral( "NETWORK" ) ) ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "DEFAULT_WIDTH_M" ), tr( "Default street width (m)" ),
                                                  compat::Double, approachdefaults::kWidthM, false, 0.1,
                                                  kMaxStreetWidthM ) );
  addParameter( new QgsProcessingParameterExpression(
      QStringLiteral( "EXCLUDE_EXPRESSION" ), tr( "Leave out of the vehicle model streets where (e.g. bollarded)" ),
      QVariant(), QStringLiteral( "NETWORK" ), true ) );
  addParameter(
      advanced( new QgsProcessingParameterNumber( QStringLiteral( "FRICTION" ), tr( "Tyre-road friction coefficient" ),
                                                  compat::Double, approachdefaults::kFriction, false, 0.01, 2.0 ) ) );
  addParameter( advanced( new QgsProcessingParameterNumber( QStringLiteral( "TOLERANCE_M" ),
                                                            tr( "Join street ends closer than (m)" ), compat::Double,
                                                            approachdefaults::kToleranceM, false, 0.0 ) ) );
}

void ApproachAlgorithmBase::loadApproachParameters( const QVariantMap &parameters, QgsProcessingContext &context )
{
  const auto &classes = domain::vehicleClasses();
  const int vehicle = parameterAsEnum( parameters, QStringLiteral( "VEHICLE" ), context );
  if ( vehicle < 0 || vehicle >= static_cast<int>( classes.size() ) )
    throw QgsProcessingException( tr( "VEHICLE must be one of the %1 listed vehicle classes (0 to %2)." )
                                      .arg( classes.size() )
                                      .arg( classes.size() - 1 ) );
  mApproach.vehicle = classes[static_cast<std::size_t>( vehicle )];
  mApproach.startSpeedMs = domain::kmhToMs(
      nonNegativeParameter( parameters, QStringLiteral( "START_SPEED_KMH" ), tr( "e.g. 50 km/h" ), context ) );
  mApproach.searchDistanceM =
      positiveParameter( parameters, QStringLiteral( "SEARCH_DISTANCE_M" ),
                         tr( "how far from the protected area vehicles are modelled, e.g. 1000 m" ), context );
  mApproach.defaultWidthM = positiveParameter( parameters, QStringLiteral( "DEFAULT_WIDTH_M" ),
                                               tr( "the width of a street without a width value, e.g. 7 m" ), context );
  if ( mApproach.defaultWidthM > kMaxStreetWidthM )
    throw QgsProcessingException( tr( "DEFAULT_WIDTH_M must be a street's width, at most %1 m; got %2." )
                                      .arg( kMaxStreetWidthM )
                                      .arg( mApproach.defaultWidthM ) );
  mApproach.friction = positiveParameter( parameters, QStringLiteral( "FRICTION" ),
                                          tr( "dry asphalt about 0.7, wet 0.3-0.4" ), context );
  mApproach.toleranceM =
      nonNegativeParameter( parameters, QStringLiteral( "TOLERANCE_M" ), tr( "metres, e.g. 0.5" ), context );
  mApproach.widthField = parameterAsString( parameters, QStringLiteral( "WIDTH_FIELD" ), context );
  // As a string: parameterAsExpression() silently drops an expression that does not parse.
  mApproach.excludeExpression = parameterAsString( parameters, QStringLiteral( "EXCLUDE_EXPRESSION" ), context );
}

} // namespace eventsecurity
