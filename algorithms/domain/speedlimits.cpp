#include "speedlimits.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>

namespace eventsecurity::domain
{

namespace
{
constexpr double kNoLimit = std::numeric_limits<double>::infinity();

std::string lowercase( std::string text )
{
  std::transform( text.begin(), text.end(), text.begin(),
                  []( unsigned char c ) { return static_cast<char>( std::tolower( c ) ); } );
  return text;
}

std::string trimmed( const std::string &text )
{
  const auto isSpace = []( unsigned char c ) { return std::isspace( c ) != 0; };
  const auto first = std::find_if_not( text.begin(), text.end(), isSpace );
  const auto last = std::find_if_not( text.rbegin(), text.rend(), isSpace ).base();
  return first < last ? std::string( first, last ) : std::string();
}

// A positive decimal number followed by an optional unit: "50", "30 mph", "30mph", "50 km/h".
std::optional<double> numberWithUnit( const std::string &text, double defaultKmhPerUnit )
{
  std::size_t digits = 0;
  while ( digits < text.size() &&
          ( std::isdigit( static_cast<unsigned char>( text[digits] ) ) || text[digits] == '.' ) )
    ++digits;
  if ( digits == 0 || std::count( text.begin(), text.begin() + static_cast<long>( digits ), '.' ) > 1 )
    return std::nullopt;
  const double number = std::strtod( text.substr( 0, digits ).c_str(), nullptr );
  const std::string unit = trimmed( text.substr( digits ) );
  double kmhPerUnit = defaultKmhPerUnit;
  if ( unit == "mph" )
    kmhPerUnit = kKmhPerMilePerHour;
  else if ( unit == "knots" )
    kmhPerUnit = kKmhPerKnot;
  else if ( unit == "km/h" || unit == "kmh" || unit == "kph" )
    kmhPerUnit = 1;
  else if ( !unit.empty() )
    return std::nullopt;
  if ( !( number > 0 ) || !std::isfinite( number ) )
    return std::nullopt;
  return number * kmhPerUnit;
}

// National implicit limits, lowercase "<country>:<context>" -> the highest value listed (osmose-qa,
// osmose-backend plugins/TagFix_Maxspeed.py, maxspeed_table, 2024). mph values already in km/h.
const std::map<std::string, double> &countryLimitsKmh()
{
  constexpr double mph = kKmhPerMilePerHour;
  static const std::map<std::string, double> table = {
      { "ar:rural", 110 },         { "at:rural", 100 },
      { "at:trunk", 100 },         { "be-bru:rural", 70 },
      { "be-bru:urban", 30 },      { "be:motorway", 120 },
      { "be:trunk", 120 },         { "be-vlg:rural", 70 },
      { "bg:motorway", 140 },      { "bg:trunk", 120 },
      { "by:urban", 60 },          { "by:motorway", 110 },
      { "ca-ab:rural", 100 },      { "ca-ab:urban", 80 },
      { "ca-bc:rural", 80 },       { "ca-on:rural", 80 },
      { "ca-qc:motorway", 100 },   { "ca-qc:rural", 80 },
      { "ch:motorway", 120 },      { "ch:rural", 80 },
      { "ch:trunk", 100 },         { "cz:trunk", 130 },
      { "cz:motorway", 130 },      { "de:living_street", kWalkingPaceKmh },
      { "de:rural", 100 },         { "de:motorway", kNoLimit },
      { "dk:rural", 80 },          { "es:motorway", 120 },
      { "es:urban", 50 },          { "es:trunk", 90 },
      { "fi:rural", 80 },          { "fr:rural", 90 },
      { "fr:urban", 50 },          { "gb:nsl_single", 60 * mph },
      { "gb:nsl_dual", 70 * mph }, { "gb:motorway", 70 * mph },
      { "id:motorway", 100 },      { "id:rural", 80 },
      { "il:living_street", 30 },  { "il:motorway", 110 },
      { "il:rural", 90 },          { "il:trunk", 100 },
      { "in:motorway", 120 },      { "in:rural", 70 },
      { "in:urban", 70 },          { "jp:motorway", 100 },
      { "kr:motorway", 80 },       { "kr:trunk", 80 },
      { "kr:rural", 60 },          { "nl:rural", 80 },
      { "nl:trunk", 100 },         { "no:rural", 80 },
      { "no:motorway", 110 },      { "ph:motorway", 100 },
      { "ph:rural", 80 },          { "ph:urban", 40 },
      { "pl:rural", 100 },         { "pl:trunk", 120 },
      { "pl:motorway", 140 },      { "pt:motorway", 120 },
      { "pt:trunk", 100 },         { "ro:trunk", 100 },
      { "rs:rural", 80 },          { "rs:trunk", 100 },
      { "ru:living_street", 20 },  { "ru:urban", 60 },
      { "ru:motorway", 110 },      { "se:rural", 70 },
      { "sk:trunk", 90 },          { "uk:nsl_single", 60 * mph },
      { "uk:nsl_dual", 70 * mph }, { "uk:motorway", 70 * mph },
      { "uz:living_street", 30 },  { "uz:motorway", 110 },
      { "uz:rural", 100 },         { "uz:urban", 70 },
      { "za:motorway", 120 },      { "za:urban", 60 },
      { "za:rural", 100 },
  };
  return table;
}

// The defaults of the same table for a country it does not list (maxspeed_table_default).
std::optional<double> contextDefaultKmh( const std::string &context )
{
  static const std::map<std::string, double> defaults = {
      { "urban", 50 }, { "rural", 90 }, { "trunk", 110 }, { "motorway", 130 } };
  const auto it = defaults.find( context );
  return it == defaults.end() ? std::nullopt : std::optional<double>( it->second );
}

// "<country>:<context>", lowercase.
std::optional<double> countryLimitKmh( const std::string &value )
{
  const std::size_t colon = value.find( ':' );
  const std::string country = value.substr( 0, colon );
  std::string context = value.substr( colon + 1 );
  if ( country.empty() || !std::isalpha( static_cast<unsigned char>( country[0] ) ) )
    return std::nullopt;
  const auto it = countryLimitsKmh().find( value );
  if ( it != countryLimitsKmh().end() )
    return it->second;
  if ( context.rfind( "zone", 0 ) == 0 ) // "zone30", "zone:30"
  {
    context = context.substr( context[4] == ':' ? 5 : 4 );
    const bool milesCountry = country == "gb" || country == "uk" || country.rfind( "us", 0 ) == 0;
    return numberWithUnit( context, milesCountry ? kKmhPerMilePerHour : 1.0 );
  }
  return contextDefaultKmh( context );
}

std::optional<double> parseOne( const std::string &raw )
{
  const std::string value = lowercase( trimmed( raw ) );
  if ( value.empty() )
    return std::nullopt;
  if ( value == "none" )
    return kNoLimit;
  if ( value == "walk" )
    return kWalkingPaceKmh;
  if ( std::isdigit( static_cast<unsigned char>( value[0] ) ) || value[0] == '.' )
    return numberWithUnit( value, 1.0 );
  if ( value.find( ':' ) != std::string::npos )
    return countryLimitKmh( value );
  return std::nullopt; // "signals", "variable" and other words: unknown
}
} // namespace

std::optional<double> parseMaxspeedKmh( const std::string &value )
{
  std::optional<double> highest;
  std::size_t start = 0;
  for ( ;; )
  {
    const std::size_t end = value.find( ';', start );
    const std::optional<double> part = parseOne( value.substr( start, end == std::string::npos ? end : end - start ) );
    if ( part && ( !highest || *part > *highest ) )
      highest = part;
    if ( end == std::string::npos )
      return highest;
    start = end + 1;
  }
}

} // namespace eventsecurity::domain
