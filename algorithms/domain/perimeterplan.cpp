#include "perimeterplan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace eventsecurity::domain
{
namespace
{
// Widths within a centimetre count as equal, so digitising noise does not decide between streets.
constexpr double kSameWidthM = 0.01;
// Bearings within a hundredth of a degree count as equal (tie-breaks).
constexpr double kSameBearingDeg = 0.01;

bool isGateCandidate( const CrossingInfo &crossing )
{
  return crossing.drivable && !crossing.pedestrian;
}

// Speed for tie-breaks: an unreachable crossing (-1) is the safest place for a removable barrier.
double speedForTies( const CrossingInfo &crossing )
{
  return crossing.impactSpeedMs < 0 ? -1 : crossing.impactSpeedMs;
}

// The order in which gates and extra entries are chosen: widest first (the most room for emergency
// vehicles or the crowd), then farthest in bearing from those already chosen, then slowest.
bool widerFartherSlower( const CrossingInfo &candidate, double candidateSeparation, const CrossingInfo &incumbent,
                         double incumbentSeparation )
{
  const double widthDifference = candidate.widthM - incumbent.widthM;
  const double separationDifference = candidateSeparation - incumbentSeparation;
  if ( std::fabs( widthDifference ) > kSameWidthM )
    return widthDifference > 0;
  if ( std::fabs( separationDifference ) > kSameBearingDeg )
    return separationDifference > 0;
  return speedForTies( candidate ) < speedForTies( incumbent );
}
} // namespace

double bearingDeg( PlanePoint from, PlanePoint to )
{
  const double degrees = std::atan2( to.x - from.x, to.y - from.y ) * 180 / kPi;
  // A tiny negative angle plus 360 rounds to exactly 360: keep the result in [0, 360).
  const double wrapped = degrees < 0 ? degrees + 360 : degrees;
  return wrapped >= 360 ? 0.0 : wrapped;
}

double bearingSeparationDeg( double aDeg, double bDeg )
{
  const double difference = std::fmod( std::fabs( aDeg - bDeg ), 360.0 );
  return difference > 180 ? 360 - difference : difference;
}

namespace
{
// Smallest bearing separation (degrees) of \a crossing from the crossings \a chosen (180 when none is).
double separationFromChosen( const CrossingInfo &crossing, const std::vector<CrossingInfo> &crossings,
                             const std::vector<std::size_t> &chosen )
{
  double smallest = 180;
  for ( std::size_t index : chosen )
    smallest = std::min( smallest, bearingSeparationDeg( crossing.bearingDeg, crossings[index].bearingDeg ) );
  return smallest;
}
} // namespace

std::vector<int> chooseEmergencyGates( const std::vector<CrossingInfo> &crossings, int gateCount,
                                       double minSeparationDeg )
{
  if ( gateCount < 0 )
    throw std::invalid_argument( "the number of emergency gates must not be negative" );
  if ( !( minSeparationDeg >= 0 && minSeparationDeg <= 180 ) )
    throw std::invalid_argument( "the gate separation must lie between 0 and 180 degrees" );

  std::vector<std::size_t> gates;
  std::vector<bool> taken( crossings.size(), false );

  while ( static_cast<int>( gates.size() ) < gateCount )
  {
    int best = -1;
    bool bestFarEnough = false;
    double bestSeparation = 0;
    for ( std::size_t i = 0; i < crossings.size(); ++i )
    {
      const CrossingInfo &candidate = crossings[i];
      if ( taken[i] || !isGateCandidate( candidate ) )
        continue;
      const double candidateSeparation = separationFromChosen( candidate, crossings, gates );
      const bool farEnough = candidateSeparation >= minSeparationDeg - 1e-9;
      bool better = false;
      if ( best < 0 )
        better = true;
      else
      {
        const CrossingInfo &incumbent = crossings[static_cast<std::size_t>( best )];
        if ( farEnough != bestFarEnough )
          better = farEnough;
        else if ( farEnough )
          better = widerFartherSlower( candidate, candidateSeparation, incumbent, bestSeparation );
        else
        {
          // Nothing far enough: farthest first, then widest.
          const double separationDifference = candidateSeparation - bestSeparation;
          if ( std::fabs( separationDifference ) > kSameBearingDeg )
            better = separationDifference > 0;
          else
            better = candidate.widthM - incumbent.widthM > kSameWidthM;
        }
      }
      if ( better )
      {
        best = static_cast<int>( i );
        bestFarEnough = farEnough;
        bestSeparation = candidateSeparation;
      }
    }
    if ( best < 0 )
      break; // fewer candidates than gates wanted
    taken[static_cast<std::size_t>( best )] = true;
    gates.push_back( static_cast<std::size_t>( best ) );
  }
  return std::vector<int>( gates.begin(), gates.end() );
}

std::vector<CrossingKind> classifyCrossings( const std::vector<CrossingInfo> &crossings, int gateCount,
                                             double minSeparationDeg, double neededExitWidthM, int minimumEntries,
                                             bool largestExitLost )
{
  if ( !( neededExitWidthM >= 0 ) )
    throw std::invalid_argument( "the needed exit width must be a number >= 0" );
  if ( minimumEntries < 0 )
    throw std::invalid_argument( "the minimum number of entries must not be negative" );
  const std::vector<int> gates = chooseEmergencyGates( crossings, gateCount, minSeparationDeg );
  std::vector<CrossingKind> kinds( crossings.size(), CrossingKind::VehicleBarrier );
  for ( int gate : gates )
    kinds[static_cast<std::size_t>( gate )] = CrossingKind::EmergencyGate;

  std::vector<std::size_t> entries;
  double entryWidth = 0;
  double largestEntry = 0;
  // The width the entries give as exits: all of it, or without the largest (it may be blocked).
  const auto usableWidth = [&] { return largestExitLost ? entryWidth - largestEntry : entryWidth; };
  for ( std::size_t i = 0; i < crossings.size(); ++i )
  {
    if ( crossings[i].pedestrian && kinds[i] != CrossingKind::EmergencyGate )
    {
      kinds[i] = CrossingKind::PedestrianEntry;
      entries.push_back( i );
      entryWidth += crossings[i].widthM;
      largestEntry = std::max( largestEntry, crossings[i].widthM );
    }
  }
  while ( usableWidth() < neededExitWidthM || static_cast<int>( entries.size() ) < minimumEntries )
  {
    int best = -1;
    double bestSeparation = 0;
    for ( std::size_t i = 0; i < crossings.size(); ++i )
    {
      if ( kinds[i] != CrossingKind::VehicleBarrier )
        continue;
      const CrossingInfo &candidate = crossings[i];
      const double candidateSeparation = separationFromChosen( candidate, crossings, entries );
      if ( best < 0 || widerFartherSlower( candidate, candidateSeparation, crossings[static_cast<std::size_t>( best )],
                                           bestSeparation ) )
      {
        best = static_cast<int>( i );
        bestSeparation = candidateSeparation;
      }
    }
    if ( best < 0 )
      break; // every crossing is already a gate or an entry
    kinds[static_cast<std::size_t>( best )] = CrossingKind::PedestrianEntry;
    entries.push_back( static_cast<std::size_t>( best ) );
    entryWidth += crossings[static_cast<std::size_t>( best )].widthM;
    largestEntry = std::max( largestEntry, crossings[static_cast<std::size_t>( best )].widthM );
  }
  return kinds;
}

const char *crossingKindKey( CrossingKind kind )
{
  switch ( kind )
  {
  case CrossingKind::VehicleBarrier:
    return "vehicle_barrier";
  case CrossingKind::EmergencyGate:
    return "emergency_gate";
  case CrossingKind::PedestrianEntry:
    return "pedestrian_entry";
  }
  return "";
}

std::vector<double> shareEgressWidth( double neededWidthM, const std::vector<double> &streetWidthsM )
{
  if ( !( neededWidthM >= 0 ) || !std::isfinite( neededWidthM ) )
    throw std::invalid_argument( "the needed exit width must be a finite number >= 0" );
  double largest = 0;
  for ( double width : streetWidthsM )
  {
    if ( !( width >= 0 ) || !std::isfinite( width ) )
      throw std::invalid_argument( "street widths must be finite numbers >= 0" );
    largest = std::max( largest, width );
  }
  std::vector<double> shares( streetWidthsM.size(), 0.0 );
  if ( largest <= 0 )
    return shares;
  // Proportional shares; the fraction of each street used is the same for all, capped at the whole street.
  // Summed relative to the widest street, so that huge widths cannot overflow the total.
  double relativeTotal = 0;
  for ( double width : streetWidthsM )
    relativeTotal += width / largest;
  const double fraction = std::min( 1.0, ( neededWidthM / largest ) / relativeTotal );
  for ( std::size_t i = 0; i < shares.size(); ++i )
    shares[i] = fraction * streetWidthsM[i];
  return shares;
}

std::vector<double> shareEgressWidthWithLargestExitLost( double neededWidthM, const std::vector<double> &streetWidthsM )
{
  if ( !( neededWidthM >= 0 ) || !std::isfinite( neededWidthM ) )
    throw std::invalid_argument( "the needed exit width must be a finite number >= 0" );
  double largest = 0;
  for ( double width : streetWidthsM )
  {
    if ( !( width >= 0 ) || !std::isfinite( width ) )
      throw std::invalid_argument( "street widths must be finite numbers >= 0" );
    largest = std::max( largest, width );
  }
  std::vector<double> shares( streetWidthsM.size(), 0.0 );
  if ( largest <= 0 || neededWidthM == 0 )
    return shares;
  // Shares proportional to the streets: the largest share belongs to the widest street, so the shares left
  // when it is lost are fraction x (total - widest). Relative to the widest street, so huge widths cannot overflow.
  double relativeTotal = 0;
  for ( double width : streetWidthsM )
    relativeTotal += width / largest;
  const double relativeLeft = relativeTotal - 1;
  const double fraction = relativeLeft > 0 ? std::min( 1.0, ( neededWidthM / largest ) / relativeLeft ) : 1.0;
  for ( std::size_t i = 0; i < shares.size(); ++i )
    shares[i] = fraction * streetWidthsM[i];
  return shares;
}

} // namespace eventsecurity::domain
