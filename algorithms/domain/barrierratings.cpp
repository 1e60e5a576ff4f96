#include "barrierratings.h"

#include "vehicledynamics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace eventsecurity::domain
{

namespace
{
// An impact within this of a test speed gets that speed (km/h test speeds are converted to m/s).
constexpr double kSpeedToleranceMs = 1e-6;

// ASTM F2656 (F2656M-15 and later) test speeds: 50/65/80/100 km/h for cars and pickups, 50/65/80 km/h for
// trucks (domain.md section 4); the condition designation is the vehicle letters and the speed, e.g. M50.
const std::vector<double> kAstmLightSpeeds = { 50, 65, 80, 100 };
const std::vector<double> kAstmTruckSpeeds = { 50, 65, 80 };
// IWA 14-1:2013 test speeds: 16 to 112 km/h in 16 km/h (10 mph) steps, 32/48/64/80 the common ones
// (domain.md section 4). Whether every class is tested up to 112 km/h is not confirmed.
const std::vector<double> kIwaSpeeds = { 16, 32, 48, 64, 80, 96, 112 };
// PAS 68 test speeds: 32, 48, 64, 80 km/h, i.e. 20-50 mph (domain.md section 4).
const std::vector<double> kPas68Speeds = { 32, 48, 64, 80 };

std::string formatNumber( double value, int decimals )
{
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.*f", decimals, value );
  return buffer;
}

// The rating text of one standard for a test vehicle at a test speed: "M50", "V/7200[N2A]/48/90".
std::string ratingText( BarrierStandard standard, const TestVehicle &vehicle, double speedKmh, long angleDeg )
{
  if ( standard == BarrierStandard::AstmF2656 )
    return vehicle.designation + formatNumber( speedKmh, 0 );
  return "V/" + formatNumber( vehicle.massKg, 0 ) + "[" + vehicle.designation + "]/" + formatNumber( speedKmh, 0 ) +
         "/" + std::to_string( angleDeg );
}

struct StandardRating
{
  std::string text;
  bool exceeded = false;
  bool hasVehicle = false;
};

StandardRating rateOne( BarrierStandard standard, const std::string &designation, double massKg, double impactMs,
                        long angleDeg )
{
  StandardRating rating;
  if ( designation.empty() )
  {
    const TestVehicle &heaviest = testVehicles( standard ).back();
    rating.text = "no " + standardName( standard ) + " test vehicle for " + formatNumber( massKg, 0 ) +
                  " kg (heaviest: " + heaviest.designation + " " + formatNumber( heaviest.massKg, 0 ) + " kg)";
    return rating;
  }
  const TestVehicle *vehicle = findTestVehicle( standard, designation );
  if ( !vehicle )
    throw std::invalid_argument( standardName( standard ) + " has no test vehicle \"" + designation + "\"" );
  rating.hasVehicle = true;
  for ( double speedKmh : vehicle->testSpeedsKmh )
  {
    if ( impactMs <= kmhToMs( speedKmh ) + kSpeedToleranceMs )
    {
      rating.text = ratingText( standard, *vehicle, speedKmh, angleDeg );
      return rating;
    }
  }
  rating.exceeded = true;
  rating.text = "exceeds " + standardName( standard ) + " " +
                ratingText( standard, *vehicle, vehicle->testSpeedsKmh.back(), angleDeg ) + " (impact " +
                formatNumber( msToKmh( impactMs ), 1 ) + " km/h)";
  return rating;
}
} // namespace

const std::vector<TestVehicle> &testVehicles( BarrierStandard standard )
{
  // Test masses: domain.md section 4.
  static const std::vector<TestVehicle> astm = {
      { "SC", 1100, kAstmLightSpeeds, "small passenger car" },
      { "FS", 2100, kAstmLightSpeeds, "full-size sedan" },
      { "PU", 2300, kAstmLightSpeeds, "pickup truck" },
      { "M", 6800, kAstmTruckSpeeds, "medium-duty truck" },
      { "C7", 7200, kAstmTruckSpeeds, "class 7 cab-over truck" },
      { "H", 29500, kAstmTruckSpeeds, "heavy goods vehicle" },
  };
  // N2A/N2B/N3C share 7,200 kg: N2A first, so a mass override maps to the N2 rigid truck.
  static const std::vector<TestVehicle> iwa = {
      { "M1", 1500, kIwaSpeeds, "car" },
      { "N1G", 2500, kIwaSpeeds, "4x4 pickup" },
      { "N1", 3500, kIwaSpeeds, "van / light goods vehicle" },
      { "N2A", 7200, kIwaSpeeds, "2-axle rigid truck" },
      { "N2B", 7200, kIwaSpeeds, "2-axle truck" },
      { "N3C", 7200, kIwaSpeeds, "2-axle cab-over truck" },
      // domain.md: N3D-F up to 30,000 kg, class letters and intermediate masses unconfirmed.
      { "N3F", 30000, kIwaSpeeds, "heavy goods vehicle (unconfirmed class letter)" },
  };
  static const std::vector<TestVehicle> pas68 = {
      { "M1", 1500, kPas68Speeds, "car" },
      { "N1", 3500, kPas68Speeds, "van / light goods vehicle" },
      { "N2", 7200, kPas68Speeds, "2-axle rigid truck" },
      { "N3", 7500, kPas68Speeds, "2-axle truck" },
  };
  switch ( standard )
  {
  case BarrierStandard::AstmF2656:
    return astm;
  case BarrierStandard::Iwa14:
    return iwa;
  case BarrierStandard::Pas68:
    return pas68;
  }
  throw std::invalid_argument( "unknown barrier standard" );
}

const TestVehicle *findTestVehicle( BarrierStandard standard, const std::string &designation )
{
  for ( const TestVehicle &vehicle : testVehicles( standard ) )
  {
    if ( vehicle.designation == designation )
      return &vehicle;
  }
  return nullptr;
}

const TestVehicle *nearestCoveringTestVehicle( BarrierStandard standard, double vehicleMassKg )
{
  if ( !( vehicleMassKg > 0 ) )
    throw std::invalid_argument( "vehicle mass must be a number > 0 kg" );
  const double lightestAcceptable = vehicleMassKg * ( 1 - kTestMassTolerance );
  const TestVehicle *best = nullptr;
  for ( const TestVehicle &vehicle : testVehicles( standard ) ) // lightest first
  {
    if ( vehicle.massKg < lightestAcceptable )
      continue;
    const double distance = std::abs( vehicle.massKg - vehicleMassKg );
    const double bestDistance = best ? std::abs( best->massKg - vehicleMassKg ) : 0;
    // "<=" hands a tie to the later, heavier vehicle; equal masses keep the first listed.
    if ( !best || ( distance <= bestDistance && vehicle.massKg != best->massKg ) )
      best = &vehicle;
  }
  return best;
}

std::string standardName( BarrierStandard standard )
{
  switch ( standard )
  {
  case BarrierStandard::AstmF2656:
    return "ASTM F2656";
  case BarrierStandard::Iwa14:
    return "IWA 14-1";
  case BarrierStandard::Pas68:
    return "PAS 68";
  }
  return {};
}

BarrierRatings requiredBarrierRatings( const VehicleClass &vehicle, double impactSpeedMs, double impactAngleDeg )
{
  if ( !( impactSpeedMs >= 0 ) )
    throw std::invalid_argument( "impact speed must be a number >= 0 m/s" );
  // A hair outside 0-90 is rounding in the caller's angle computation (e.g. pi/2 * 180/pi).
  constexpr double kAngleToleranceDeg = 1e-9;
  if ( !( impactAngleDeg >= -kAngleToleranceDeg && impactAngleDeg <= 90 + kAngleToleranceDeg ) )
    throw std::invalid_argument( "impact angle must be between 0 and 90 degrees" );
  const long angle = std::lround( std::clamp( impactAngleDeg, 0.0, 90.0 ) );
  const StandardRating astm =
      rateOne( BarrierStandard::AstmF2656, vehicle.astmClass, vehicle.massKg, impactSpeedMs, angle );
  const StandardRating iwa = rateOne( BarrierStandard::Iwa14, vehicle.iwaClass, vehicle.massKg, impactSpeedMs, angle );
  const StandardRating pas68 =
      rateOne( BarrierStandard::Pas68, vehicle.pas68Class, vehicle.massKg, impactSpeedMs, angle );

  BarrierRatings ratings;
  ratings.astm = astm.text;
  ratings.iwa = iwa.text;
  ratings.pas68 = pas68.text;
  ratings.astmExceeded = astm.exceeded;
  ratings.iwaExceeded = iwa.exceeded;
  ratings.pas68Exceeded = pas68.exceeded;
  const bool anyVehicle = astm.hasVehicle || iwa.hasVehicle || pas68.hasVehicle;
  ratings.exceedsAllTests = anyVehicle && ( astm.exceeded || !astm.hasVehicle ) &&
                            ( iwa.exceeded || !iwa.hasVehicle ) && ( pas68.exceeded || !pas68.hasVehicle );
  return ratings;
}

} // namespace eventsecurity::domain
