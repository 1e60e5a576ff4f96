#pragma once

#include <optional>
#include <string>

// Speed limits of a street layer, read from OpenStreetMap's maxspeed tag (or any field written the same way),
// for the speed at which a hostile vehicle enters the study area on each street (issue 11 item 4). A hostile
// driver ignores limits; the limit stands for the traffic speed a vehicle can already have where the street
// enters the area. Where a value allows several readings, the highest is taken: the safe side.
namespace eventsecurity::domain
{

// 1 mph and 1 knot in km/h (exact: international mile 1,609.344 m, nautical mile 1,852 m).
constexpr double kKmhPerMilePerHour = 1.609344;
constexpr double kKmhPerKnot = 1.852;

// maxspeed=walk, km/h: OSM's Key:maxspeed says Austria and Germany define walking pace without a number, Greece
// implies 8 km/h and the Netherlands define it in law as 15 km/h; the highest of these, the safe side.
constexpr double kWalkingPaceKmh = 15;

// The speed limit a maxspeed value gives, km/h (OSM wiki, Key:maxspeed):
// - a number is km/h ("50", "50.5"); with a unit "mph", "knots" or "km/h" ("30 mph", "30mph", "50 km/h");
// - "walk" is kWalkingPaceKmh; "none" (no limit, e.g. German motorways) is +infinity: callers clamp it to the
//   vehicle's top speed;
// - a country's implicit limit "<country>:<context>" ("DE:urban", "GB:nsl_single", "FR:rural", case
//   ignored) comes from the table of national defaults of osmose-qa (osmose-backend, plugins/TagFix_Maxspeed.py:
//   urban 50, rural 90, trunk 110, motorway 130 km/h unless a country differs), the highest where it lists
//   several (FR:rural 80 or 90 -> 90); "<country>:zone30" / "<country>:zone:30" is 30 (mph in GB, UK, US);
// - a list "50;30" (limits that differ by lane or time) is its highest known part;
// - "signals", "variable", other words, zero, negative or malformed values are unknown: nullopt (the caller
//   uses its default entry speed).
std::optional<double> parseMaxspeedKmh( const std::string &value );

} // namespace eventsecurity::domain
