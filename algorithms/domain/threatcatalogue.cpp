#include "threatcatalogue.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

// lupdate recognises this macro by name and extracts the texts; without Qt it is the identity.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP( context, text ) text
#endif

namespace eventsecurity::domain
{
namespace
{
const char *const kChartSource = "NCTC/DHS/FBI Bomb Threat Stand-Off Card, 2013";
// Section 3 of the project's domain reference names no primary source; these are where the figures are
// commonly reproduced from (primary tables not re-checked by this project).
const char *const kPeopleEffectsSource =
    "US DOE/TIC-11268 (1981), Manual for the Prediction of Blast and Fragment Loadings on Structures, sec. 4.6";
const char *const kStructureEffectsSource =
    "Clancey 1972, Explosion damage table, as reproduced in CCPS/Lees loss-prevention references";
} // namespace

const std::vector<ThreatType> &threatTypes()
{
  // key, name, kg, lb, mandatory m, ft, preferred m, ft, vehicle: NCTC/DHS Bomb Threat Stand-Off Card 2013.
  // clang-format off
  static const std::vector<ThreatType> types{
    { "pipe_bomb", QT_TRANSLATE_NOOP( "ThreatCatalogue", "Pipe bomb" ), 2.3, 5, 21, 70, 366, 1200, false, kChartSource },
    { "suicide_vest", QT_TRANSLATE_NOOP( "ThreatCatalogue", "Suicide vest" ), 9.1, 20, 34, 110, 518, 1700, false, kChartSource },
    { "briefcase", QT_TRANSLATE_NOOP( "ThreatCatalogue", "Briefcase / suitcase" ), 23, 50, 46, 150, 564, 1850, false, kChartSource },
    { "sedan", QT_TRANSLATE_NOOP( "ThreatCatalogue", "Sedan" ), 227, 500, 98, 320, 580, 1900, true, kChartSource },
    { "suv_van", QT_TRANSLATE_NOOP( "ThreatCatalogue", "SUV / van" ), 454, 1000, 122, 400, 732, 2400, true, kChartSource },
    { "small_delivery_truck", QT_TRANSLATE_NOOP( "ThreatCatalogue", "Small delivery truck" ), 1814, 4000, 195, 640, 1159, 3800, true, kChartSource },
    { "container_water_truck", QT_TRANSLATE_NOOP( "ThreatCatalogue", "Container / water truck" ), 4536, 10000, 263, 860, 1555, 5100, true, kChartSource },
    { "semi_trailer", QT_TRANSLATE_NOOP( "ThreatCatalogue", "Semi-trailer" ), 27216, 60000, 479, 1570, 2835, 9300, true, kChartSource },
  };
  // clang-format on
  return types;
}

const ThreatType *findThreatType( const std::string &key )
{
  const std::vector<ThreatType> &types = threatTypes();
  const auto it =
      std::find_if( types.begin(), types.end(), [&key]( const ThreatType &type ) { return type.key == key; } );
  return it == types.end() ? nullptr : &*it;
}

std::optional<double> mandatoryEvacuationDistanceM( const std::string &key )
{
  const ThreatType *type = findThreatType( key );
  if ( !type )
    return std::nullopt;
  return type->mandatoryEvacuationM;
}

const ThreatType &handHeldFloorRow( double chargeKg )
{
  if ( !( chargeKg > 0 ) || !std::isfinite( chargeKg ) )
    throw std::invalid_argument( "the charge must be a finite TNT mass > 0 kg" );
  const ThreatType *largest = nullptr;
  for ( const ThreatType &type : threatTypes() ) // smallest charge first
  {
    if ( type.vehicleBorne )
      continue;
    if ( type.tntKg >= chargeKg )
      return type;
    largest = &type;
  }
  return *largest;
}

namespace
{
EvacuationDistances floored( EvacuationDistances distances, double chargeKg )
{
  const ThreatType &row = handHeldFloorRow( chargeKg );
  distances.mandatoryM = std::max( distances.mandatoryM, row.mandatoryEvacuationM );
  distances.preferredM = std::max( distances.preferredM, row.preferredEvacuationM );
  distances.floorRow = &row;
  return distances;
}
} // namespace

EvacuationDistances evacuationDistances( const ThreatType &type, double chargeKg )
{
  if ( !( chargeKg > 0 ) || !std::isfinite( chargeKg ) )
    throw std::invalid_argument( "the charge must be a finite TNT mass > 0 kg" );
  const double ratio = std::cbrt( chargeKg / type.tntKg );
  EvacuationDistances distances;
  distances.mandatoryM = type.mandatoryEvacuationM * ratio;
  distances.preferredM = type.preferredEvacuationM * ratio;
  return type.vehicleBorne ? distances : floored( distances, chargeKg );
}

EvacuationDistances customEvacuationDistances( double chargeKg, bool vehicleBorne )
{
  if ( !( chargeKg > 0 ) || !std::isfinite( chargeKg ) )
    throw std::invalid_argument( "the charge must be a finite TNT mass > 0 kg" );
  EvacuationDistances distances;
  distances.mandatoryM = kChartMandatoryScaledDistance * std::cbrt( chargeKg );
  distances.preferredM = kChartPreferredScaledDistance * std::cbrt( chargeKg );
  return vehicleBorne ? distances : floored( distances, chargeKg );
}

const std::vector<OverpressureEffect> &overpressureEffects()
{
  // Incident overpressure thresholds, weakest first. Fatality rows use the lower end of the published
  // bands (240-310 and 380-450 kPa), i.e. the cautious end.
  static const std::vector<OverpressureEffect> effects{
      { "large_windows_occasional", 0.2, QT_TRANSLATE_NOOP( "ThreatCatalogue", "Occasional breakage of large windows" ),
        kStructureEffectsSource },
      { "glass_breakage_typical", 1.0, QT_TRANSLATE_NOOP( "ThreatCatalogue", "Typical glass breakage" ),
        kStructureEffectsSource },
      { "glass_breakage_10pct", 2.1, QT_TRANSLATE_NOOP( "ThreatCatalogue", "10 % of glass broken (\"safe distance\")" ),
        kStructureEffectsSource },
      { "windows_shatter", 6.9, QT_TRANSLATE_NOOP( "ThreatCatalogue", "Windows shatter, light injuries" ),
        kStructureEffectsSource },
      { "serious_injuries", 20.7,
        QT_TRANSLATE_NOOP( "ThreatCatalogue", "Residential structures collapse, serious injuries" ),
        kStructureEffectsSource },
      { "eardrum_rupture_1pct", 34.5, QT_TRANSLATE_NOOP( "ThreatCatalogue", "Eardrum rupture 1 %" ),
        kPeopleEffectsSource },
      { "lung_damage", 103, QT_TRANSLATE_NOOP( "ThreatCatalogue", "Lung damage threshold, eardrum rupture 50 %" ),
        kPeopleEffectsSource },
      { "fatality_1pct", 240, QT_TRANSLATE_NOOP( "ThreatCatalogue", "Fatalities 1 %" ), kPeopleEffectsSource },
      { "fatality_99pct", 380, QT_TRANSLATE_NOOP( "ThreatCatalogue", "Fatalities 99 %" ), kPeopleEffectsSource },
  };
  return effects;
}

const OverpressureEffect *findEffectAtThreshold( double kpa )
{
  const std::vector<OverpressureEffect> &effects = overpressureEffects();
  const auto it =
      std::find_if( effects.begin(), effects.end(),
                    [kpa]( const OverpressureEffect &effect ) { return std::fabs( effect.kpa - kpa ) < 0.005; } );
  return it == effects.end() ? nullptr : &*it;
}

const OverpressureEffect *effectAtOverpressure( double kpa )
{
  const OverpressureEffect *reached = nullptr;
  for ( const OverpressureEffect &effect : overpressureEffects() )
  {
    if ( effect.kpa <= kpa )
      reached = &effect;
  }
  return reached;
}

const std::vector<double> &defaultThresholdsKpa()
{
  // A selection from the effects table above (judgement call of this project).
  static const std::vector<double> thresholds{ 103, 34.5, 20.7, 6.9, 2.1 };
  return thresholds;
}

} // namespace eventsecurity::domain
