#pragma once

#include <optional>
#include <string>
#include <vector>

// Bomb threat stand-off chart (US NCTC/DHS, 2013) and the overpressure effects table, as data.
// Display texts are English; the Processing layer translates them in the "ThreatCatalogue" context.
namespace eventsecurity::domain
{

// One row of the NCTC/DHS bomb threat stand-off chart. The chart gives feet and pounds; the metre and
// kilogram values are the chart's own rounded conversions, kept as printed.
struct ThreatType
{
  std::string key;         // stable machine key, e.g. "pipe_bomb"
  std::string displayName; // English text
  double tntKg;            // TNT equivalent
  double tntLb;
  double mandatoryEvacuationM; // inside: evacuate, no one stays
  double mandatoryEvacuationFt;
  double preferredEvacuationM; // between mandatory and preferred: shelter in place
  double preferredEvacuationFt;
  bool vehicleBorne;
  std::string source;
};

// Incident overpressure at which an effect on people or structures starts.
struct OverpressureEffect
{
  std::string key;    // stable machine key, e.g. "eardrum_rupture_1pct"
  double kpa;         // incident overpressure threshold
  std::string effect; // English text
  std::string source;
};

// The eight chart rows, smallest charge first.
const std::vector<ThreatType> &threatTypes();

// The chart row with this key, or nullptr.
const ThreatType *findThreatType( const std::string &key );

// Mandatory evacuation distance of a threat in metres (the chart's value), or nullopt for an unknown key.
std::optional<double> mandatoryEvacuationDistanceM( const std::string &key );

// Effects table, weakest (lowest pressure) first.
const std::vector<OverpressureEffect> &overpressureEffects();

// The effect tabulated at exactly this pressure (to 0.01 kPa), or nullptr.
const OverpressureEffect *findEffectAtThreshold( double kpa );

// The most severe effect reached by an incident overpressure of kpa (highest threshold <= kpa),
// or nullptr when kpa is below every tabulated effect.
const OverpressureEffect *effectAtOverpressure( double kpa );

// Default thresholds (kPa, most severe first) for blast-overpressure zones: lung damage / 50 % eardrum
// rupture, 1 % eardrum rupture, serious injuries / residential collapse, windows shatter, 10 % glass
// breakage. A judgement call of this project built on the effects table; callers keep it a parameter.
const std::vector<double> &defaultThresholdsKpa();

} // namespace eventsecurity::domain
