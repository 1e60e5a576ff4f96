#pragma once

#include <vector>

// Crowd sizing for an event perimeter: how many people fit, how many search lanes the arrival needs and
// how they are shared among the entries, how wide the exits must be and how long an evacuation takes.
// Figures: domain.md section 5. Every default is a parameter of the algorithms.
namespace eventsecurity::domain
{

// Exit flow on the level, persons per metre of width per minute (UK Green Guide, Guide to Safety at
// Sports Grounds; domain.md section 5).
constexpr double kGreenGuideFlowLevel = 82;
constexpr double kGreenGuideFlowLevelAlcohol = 72;
// Exit flow on stairs (stepped), same source.
constexpr double kGreenGuideFlowStepped = 66;
constexpr double kGreenGuideFlowSteppedAlcohol = 56;
// Target evacuation (egress) times, minutes, for low / medium / high risk venues (UK Green Guide).
constexpr double kEgressMinutesLowRisk = 10;
constexpr double kEgressMinutesMediumRisk = 8;
constexpr double kEgressMinutesHighRisk = 6;
// Standing density for capacity, persons per m^2 (0.5 m^2 per person); above 4 p/m^2 a crowd is unstable
// (domain.md section 5).
constexpr double kStandingDensity = 2;
constexpr double kUnstableDensity = 4;
// Search lane throughput, persons per hour: a walk-through metal detector lane ~400 p/h (5-7 s per
// person); hand search ~10 p/min without bags, 7 mixed, 4 with bags (domain.md section 5).
constexpr double kMetalDetectorLanePerHour = 400;
constexpr double kHandSearchNoBagsPerHour = 10 * 60;
constexpr double kHandSearchMixedPerHour = 7 * 60;
constexpr double kHandSearchBagsPerHour = 4 * 60;

// People an area holds at a density: area x density (not rounded; round down for a head count).
// Throws std::invalid_argument for a negative area or density.
double crowdCapacity( double areaM2, double densityPerM2 );

// Search lanes so that everyone is through within the arrival window:
// ceil(attendance / (lanePerHour * arrivalMinutes / 60)). A ratio within 1e-9 (relative) of a whole number
// counts as that number, so exact cases are not pushed up by rounding. Throws std::invalid_argument for a
// negative attendance or a rate or window <= 0.
int searchLanes( double attendance, double lanePerHour, double arrivalMinutes );

// Shares totalLanes among entries in proportion to weights (e.g. the capacity of each entry's street) by the
// largest-remainder (Hamilton) method, so the shares add up to totalLanes exactly. When there are at least
// as many lanes as entries every entry gets at least one: entries whose proportional share is below one
// get one, and the rest are shared among the others in proportion again. Remainder ties go to the larger
// weight, then to the earlier entry. Throws std::invalid_argument for negative lanes, a negative, infinite
// or NaN weight, all weights zero, or lanes without entries.
std::vector<int> distributeLanes( int totalLanes, const std::vector<double> &weights );

// Total exit width [m] for everyone to leave within egressMinutes: attendance / (flowRate * egressMinutes).
// flowRate in persons per metre per minute. Throws std::invalid_argument for a negative attendance or a
// rate or time <= 0.
double egressWidthM( double attendance, double flowRatePerMetreMinute, double egressMinutes );

// Minutes for everyone to leave through widthM of exits: attendance / (flowRate * width). Throws
// std::invalid_argument for a negative attendance or a rate or width <= 0.
double evacuationMinutes( double attendance, double flowRatePerMetreMinute, double widthM );

// Fruin's walkway level of service for a flow in persons per metre per minute (Fruin, Pedestrian Planning
// and Design, 1971; domain.md section 5): 'A' up to 23, 'B' up to 33, 'C' up to 49, 'D' up to 66, 'E' up
// to 82, 'F' above 82 (a boundary value belongs to the better level, as "F > 82" implies). Throws
// std::invalid_argument for a negative or NaN flow.
char fruinLevelOfService( double flowPerMetreMinute );

} // namespace eventsecurity::domain
