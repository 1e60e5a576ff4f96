#include "crowd.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace eventsecurity::domain
{

namespace
{
// A ratio this close (relative) to a whole number is that number: exact cases stay exact.
constexpr double kWholeTolerance = 1e-9;

void requireNonNegative( double value, const char *message )
{
  if ( !( value >= 0 ) ) // also catches NaN
    throw std::invalid_argument( message );
}

void requirePositive( double value, const char *message )
{
  if ( !( value > 0 ) || !std::isfinite( value ) )
    throw std::invalid_argument( message );
}

// Largest-remainder shares of `lanes` among the entries listed in `members` (weights > 0 in total).
void shareByLargestRemainder( int lanes, const std::vector<double> &weights, const std::vector<int> &members,
                              std::vector<int> &result )
{
  double weightSum = 0;
  for ( int i : members )
    weightSum += weights[i];
  std::vector<double> remainder( weights.size(), 0 );
  int given = 0;
  for ( int i : members )
  {
    const double quota = lanes * weights[i] / weightSum;
    const double whole = std::floor( quota + kWholeTolerance * std::max( 1.0, quota ) );
    result[i] = static_cast<int>( whole );
    remainder[i] = quota - whole;
    given += result[i];
  }
  std::vector<int> order = members;
  std::stable_sort( order.begin(), order.end(),
                    [&]( int a, int b )
                    {
                      if ( remainder[a] != remainder[b] )
                        return remainder[a] > remainder[b];
                      return weights[a] > weights[b]; // stable: then the earlier entry
                    } );
  for ( int k = 0; given < lanes; ++k, ++given )
    ++result[order[static_cast<size_t>( k )]];
}
} // namespace

double crowdCapacity( double areaM2, double densityPerM2 )
{
  requireNonNegative( areaM2, "event area must be a number >= 0 m2" );
  requireNonNegative( densityPerM2, "crowd density must be a number >= 0 persons/m2" );
  return areaM2 * densityPerM2;
}

int searchLanes( double attendance, double lanePerHour, double arrivalMinutes )
{
  requireNonNegative( attendance, "attendance must be a number >= 0" );
  requirePositive( lanePerHour, "search lane rate must be a number > 0 persons/hour" );
  requirePositive( arrivalMinutes, "arrival window must be a number > 0 minutes" );
  const double perLane = lanePerHour * arrivalMinutes / 60;
  const double ratio = attendance / perLane;
  if ( !( ratio < std::numeric_limits<int>::max() ) )
    throw std::invalid_argument( "attendance needs more search lanes than can be counted" );
  const double nearest = std::round( ratio );
  if ( std::abs( ratio - nearest ) <= kWholeTolerance * std::max( 1.0, ratio ) )
    return static_cast<int>( nearest );
  return static_cast<int>( std::ceil( ratio ) );
}

double peakArrivalsPerMinute( double attendance, double arrivalMinutes, double peakFactor )
{
  requireNonNegative( attendance, "attendance must be a number >= 0" );
  requirePositive( arrivalMinutes, "arrival window must be a number > 0 minutes" );
  if ( !( peakFactor >= 1 ) || !std::isfinite( peakFactor ) )
    throw std::invalid_argument(
        "arrival peak factor must be a finite number >= 1 (the peak is never below the mean)" );
  return peakFactor * attendance / arrivalMinutes;
}

int searchLanesForPeak( double attendance, double lanePerHour, double arrivalMinutes, double peakFactor )
{
  peakArrivalsPerMinute( attendance, arrivalMinutes, peakFactor ); // the checks
  return searchLanes( peakFactor * attendance, lanePerHour, arrivalMinutes );
}

double arrivalFlowPerMetreMinute( double attendance, double arrivalMinutes, double entryWidthM, double peakFactor )
{
  const double perMinute = peakArrivalsPerMinute( attendance, arrivalMinutes, peakFactor );
  requirePositive( entryWidthM, "entry width must be a finite number > 0 m" );
  return perMinute / entryWidthM;
}

std::vector<int> distributeLanes( int totalLanes, const std::vector<double> &weights )
{
  if ( totalLanes < 0 )
    throw std::invalid_argument( "number of search lanes must be >= 0" );
  std::vector<int> lanes( weights.size(), 0 );
  if ( totalLanes == 0 )
    return lanes;
  if ( weights.empty() )
    throw std::invalid_argument( "search lanes need at least one entry" );
  for ( double weight : weights )
    if ( !( weight >= 0 ) || !std::isfinite( weight ) )
      throw std::invalid_argument( "entry weights must be finite numbers >= 0" );
  const double largest = *std::max_element( weights.begin(), weights.end() );
  if ( !( largest > 0 ) )
    throw std::invalid_argument( "at least one entry weight must be > 0" );
  // Only ratios matter: weights scaled to at most 1 cannot overflow when summed (1e308 each did).
  std::vector<double> scaled( weights.size() );
  std::transform( weights.begin(), weights.end(), scaled.begin(), [largest]( double w ) { return w / largest; } );

  std::vector<int> members( scaled.size() );
  std::iota( members.begin(), members.end(), 0 );
  int lanesLeft = totalLanes;
  if ( totalLanes >= static_cast<int>( scaled.size() ) )
  {
    // Entries whose proportional share is below one get one lane and leave the sharing; the others share
    // what is left. Repeat until every remaining share is at least one. While weight is left the shares
    // add up to the lanes left, which are at least the entries left, so some entry always stays.
    bool changed = true;
    while ( changed )
    {
      changed = false;
      double weightSum = 0;
      for ( int i : members )
        weightSum += scaled[i];
      std::vector<int> staying;
      for ( int i : members )
      {
        if ( lanesLeft * scaled[i] / weightSum < 1 )
        {
          lanes[i] = 1;
          changed = true;
        }
        else
        {
          staying.push_back( i );
        }
      }
      lanesLeft -= static_cast<int>( members.size() - staying.size() );
      members = staying;
    }
  }
  shareByLargestRemainder( lanesLeft, scaled, members, lanes );
  return lanes;
}

double egressWidthM( double attendance, double flowRatePerMetreMinute, double egressMinutes )
{
  requireNonNegative( attendance, "attendance must be a number >= 0" );
  requirePositive( flowRatePerMetreMinute, "exit flow rate must be a number > 0 persons/m/min" );
  requirePositive( egressMinutes, "egress time must be a number > 0 minutes" );
  // Divided in turn: the product of two huge factors would overflow (infinite attendance / infinity was NaN).
  return attendance / flowRatePerMetreMinute / egressMinutes;
}

double evacuationMinutes( double attendance, double flowRatePerMetreMinute, double widthM )
{
  requireNonNegative( attendance, "attendance must be a number >= 0" );
  requirePositive( flowRatePerMetreMinute, "exit flow rate must be a number > 0 persons/m/min" );
  requirePositive( widthM, "exit width must be a number > 0 m" );
  return attendance / flowRatePerMetreMinute / widthM;
}

namespace
{
// Total and largest of exit widths, checked; relative to the widest so that huge widths cannot overflow.
struct ExitWidths
{
  double total = 0;
  double withoutLargest = 0;
};

ExitWidths exitWidths( const std::vector<double> &widthsM )
{
  double largest = 0;
  for ( double width : widthsM )
  {
    if ( !( width >= 0 ) || !std::isfinite( width ) )
      throw std::invalid_argument( "exit widths must be finite numbers >= 0 m" );
    largest = std::max( largest, width );
  }
  if ( !( largest > 0 ) )
    throw std::invalid_argument( "the exits need a width > 0 m" );
  double relative = 0;
  for ( double width : widthsM )
    relative += width / largest;
  // Summed relative to the largest (1 each at most), so the sum minus one is exact enough for two exits of
  // very different widths too.
  return { relative * largest, ( relative - 1 ) * largest };
}
} // namespace

double evacuationMinutesThroughExits( double attendance, double flowRatePerMetreMinute,
                                      const std::vector<double> &exitWidthsM )
{
  requireNonNegative( attendance, "attendance must be a number >= 0" );
  requirePositive( flowRatePerMetreMinute, "exit flow rate must be a number > 0 persons/m/min" );
  return evacuationMinutes( attendance, flowRatePerMetreMinute, exitWidths( exitWidthsM ).total );
}

double evacuationMinutesLargestExitLost( double attendance, double flowRatePerMetreMinute,
                                         const std::vector<double> &exitWidthsM )
{
  requireNonNegative( attendance, "attendance must be a number >= 0" );
  requirePositive( flowRatePerMetreMinute, "exit flow rate must be a number > 0 persons/m/min" );
  const double left = exitWidths( exitWidthsM ).withoutLargest;
  if ( attendance == 0 )
    return 0;
  if ( !( left > 0 ) )
    return std::numeric_limits<double>::infinity();
  return attendance / flowRatePerMetreMinute / left;
}

double egressWidthLargestExitLostM( double attendance, double flowRatePerMetreMinute, double egressMinutes,
                                    int exitCount )
{
  const double allOpen = egressWidthM( attendance, flowRatePerMetreMinute, egressMinutes );
  if ( exitCount < 2 )
    throw std::invalid_argument( "with the largest exit lost, at least two exits are needed" );
  return allOpen * exitCount / ( exitCount - 1 );
}

char fruinLevelOfService( double flowPerMetreMinute )
{
  requireNonNegative( flowPerMetreMinute, "pedestrian flow must be a number >= 0 persons/m/min" );
  // Upper bounds of levels A-E, persons per metre per minute (Fruin 1971, domain.md section 5).
  constexpr double kUpperBounds[] = { 23, 33, 49, 66, 82 };
  char level = 'A';
  for ( double bound : kUpperBounds )
  {
    if ( flowPerMetreMinute <= bound )
      return level;
    ++level;
  }
  return 'F';
}

} // namespace eventsecurity::domain
