#include "barrierratings.h"

#include "vehicledynamics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>

namespace eventsecurity::domain
{

namespace
{
// An impact within this of a test speed gets that speed (km/h test speeds are converted to m/s).
constexpr double kSpeedToleranceMs = 1e-6;

// ASTM F2656 test speeds, mph as the condition designations write them (domain.md section 4): 30/40/50/60
// mph for the small car, sedan and pickup, 30/40/50 mph for the trucks. PU60 exists, M60 does not.
const std::vector<int> kAstmLightMph = { 30, 40, 50, 60 };
const std::vector<int> kAstmTruckMph = { 30, 40, 50 };
// IWA 14-1:2013 test speeds: 16 to 112 km/h in 16 km/h (10 mph) steps, 32/48/64/80 the common ones
// (domain.md section 4). Whether every class is tested up to 112 km/h is not confirmed.
const std::vector<int> kIwaKmh = { 16, 32, 48, 64, 80, 96, 112 };
// PAS 68 test speeds: 32, 48, 64, 80 km/h, i.e. 20-50 mph (domain.md section 4).
const std::vector<int> kPas68Kmh = { 32, 48, 64, 80 };

std::vector<double> exactKmh( const std::vector<int> &speeds, double kmhPerUnit )
{
  std::vector<double> kmh;
  for ( int speed : speeds )
    kmh.push_back( speed * kmhPerUnit );
  return kmh;
}

TestVehicle astmVehicle( const char *designation, double massKg, const std::vector<int> &mph, const char *description )
{
  std::vector<double> floorsKmh;
  for ( int nominal : mph )
    floorsKmh.push_back( astmBandFloorMph( nominal ) * kKmhPerMph );
  return { designation, massKg, exactKmh( mph, kKmhPerMph ), mph, description, floorsKmh };
}

TestVehicle kmhVehicle( const char *designation, double massKg, const std::vector<int> &kmh, const char *description )
{
  return { designation, massKg, exactKmh( kmh, 1.0 ), kmh, description, exactKmh( kmh, 1.0 ) };
}

std::string formatNumber( double value, int decimals )
{
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.*f", decimals, value );
  return buffer;
}

// Metres with one decimal, rounded down (a requirement text must not allow more than the plan does).
std::string formatPenetration( double metres )
{
  return formatNumber( std::floor( metres * 10 + 1e-9 ) / 10, 1 );
}

// The rating text of one standard for the test vehicle's k-th test speed: "M40 (64 km/h)" or "M40-P1 (64 km/h)";
// "V/7200[N2A]/48/90" or with the penetration "V/7200[N2A]/48/90:1.0". \a penetration: "" for none.
std::string ratingText( BarrierStandard standard, const TestVehicle &vehicle, std::size_t k,
                        const std::string &penetration )
{
  const std::string speed = std::to_string( vehicle.ratingSpeeds[k] );
  if ( standard == BarrierStandard::AstmF2656 )
    return vehicle.designation + speed + ( penetration.empty() ? "" : "-" + penetration ) + " (" +
           formatNumber( vehicle.testSpeedsKmh[k], 0 ) + " km/h)";
  return "V/" + formatNumber( vehicle.massKg, 0 ) + "[" + vehicle.designation + "]/" + speed + "/" +
         std::to_string( kTestImpactAngleDeg ) + ( penetration.empty() ? "" : ":" + penetration );
}

struct StandardRating
{
  std::string text;
  bool exceeded = false;
  bool hasVehicle = false;
};

StandardRating rateOne( BarrierStandard standard, const std::string &designation, double massKg, double impactMs,
                        const std::string &penetration )
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
  const std::size_t top = vehicle->testSpeedsKmh.size() - 1;
  for ( std::size_t k = 0; k <= top; ++k )
  {
    if ( impactMs <= kmhToMs( vehicle->lowestTestSpeedsKmh[k] ) + kSpeedToleranceMs )
    {
      rating.text = ratingText( standard, *vehicle, k, penetration );
      return rating;
    }
  }
  if ( impactMs <= kmhToMs( vehicle->testSpeedsKmh[top] ) + kSpeedToleranceMs )
  {
    // Within the open top band: the designation alone does not promise the speed, the test report must.
    rating.text = ratingText( standard, *vehicle, top, penetration ) + ", tested at " +
                  formatNumber( std::ceil( msToKmh( impactMs ) - 1e-9 ), 0 ) + " km/h or more";
    return rating;
  }
  rating.exceeded = true;
  rating.text = "exceeds " + standardName( standard ) + " " +
                ratingText( standard, *vehicle, vehicle->testSpeedsKmh.size() - 1, penetration ) + ": impact " +
                formatNumber( msToKmh( impactMs ), 1 ) + " km/h";
  return rating;
}

BarrierRatings rateAll( const VehicleClass &vehicle, double impactSpeedMs, const std::string &astmPenetration,
                        const std::string &metresPenetration )
{
  if ( !( impactSpeedMs >= 0 ) )
    throw std::invalid_argument( "impact speed must be a number >= 0 m/s" );
  const StandardRating astm =
      rateOne( BarrierStandard::AstmF2656, vehicle.astmClass, vehicle.massKg, impactSpeedMs, astmPenetration );
  const StandardRating iwa =
      rateOne( BarrierStandard::Iwa14, vehicle.iwaClass, vehicle.massKg, impactSpeedMs, metresPenetration );
  const StandardRating pas68 =
      rateOne( BarrierStandard::Pas68, vehicle.pas68Class, vehicle.massKg, impactSpeedMs, metresPenetration );

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

void requirePenetration( double metres, const char *message )
{
  if ( !( metres >= 0 ) || !std::isfinite( metres ) )
    throw std::invalid_argument( message );
}
} // namespace

double astmBandFloorMph( int nominalMph )
{
  // ASTM F2656-07 table 3 (see the header): 28.0, 38.0, 47.0 mph; 57.0 mph assumed for 60 (unconfirmed).
  switch ( nominalMph )
  {
  case 30:
    return 28.0;
  case 40:
    return 38.0;
  case 50:
    return 47.0;
  case 60:
    return 57.0;
  }
  throw std::invalid_argument( "ASTM F2656 has no " + std::to_string( nominalMph ) + " mph designation" );
}

const std::vector<TestVehicle> &testVehicles( BarrierStandard standard )
{
  // Test masses: domain.md section 4. ASTM F2656-15 and later (F2656-07 had C, PU, M and H only; -15
  // added the full-size sedan FS and the class 7 cab-over C7: e.g. the comparison table of
  // malaysiabollards.com.my, "Crash or non-crash rated", which calls the small car C).
  static const std::vector<TestVehicle> astm = {
      astmVehicle( "SC", 1100, kAstmLightMph, "small passenger car" ),
      astmVehicle( "FS", 2100, kAstmLightMph, "full-size sedan" ),
      astmVehicle( "PU", 2300, kAstmLightMph, "pickup truck" ),
      astmVehicle( "M", 6800, kAstmTruckMph, "medium-duty truck" ),
      astmVehicle( "C7", 7200, kAstmTruckMph, "class 7 cab-over truck" ),
      astmVehicle( "H", 29500, kAstmTruckMph, "heavy goods vehicle" ),
  };
  // N2A/N2B/N3C share 7,200 kg: N2A first, so a mass override maps to the N2 rigid truck.
  static const std::vector<TestVehicle> iwa = {
      kmhVehicle( "M1", 1500, kIwaKmh, "car" ),
      kmhVehicle( "N1G", 2500, kIwaKmh, "4x4 pickup" ),
      kmhVehicle( "N1", 3500, kIwaKmh, "van / light goods vehicle" ),
      kmhVehicle( "N2A", 7200, kIwaKmh, "2-axle rigid truck" ),
      kmhVehicle( "N2B", 7200, kIwaKmh, "2-axle truck" ),
      kmhVehicle( "N3C", 7200, kIwaKmh, "2-axle cab-over truck" ),
      // domain.md: N3D-F up to 30,000 kg, class letters and intermediate masses unconfirmed.
      kmhVehicle( "N3F", 30000, kIwaKmh, "heavy goods vehicle (unconfirmed class letter)" ),
  };
  static const std::vector<TestVehicle> pas68 = {
      kmhVehicle( "M1", 1500, kPas68Kmh, "car" ),
      kmhVehicle( "N1", 3500, kPas68Kmh, "van / light goods vehicle" ),
      kmhVehicle( "N2", 7200, kPas68Kmh, "2-axle rigid truck" ),
      kmhVehicle( "N3", 7500, kPas68Kmh, "2-axle truck" ),
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

BarrierRatings requiredBarrierRatings( const VehicleClass &vehicle, double impactSpeedMs )
{
  return rateAll( vehicle, impactSpeedMs, "", "" );
}

BarrierRatings requiredBarrierRatings( const VehicleClass &vehicle, double impactSpeedMs, double impactAngleDeg )
{
  // A hair outside 0-90 is rounding in the caller's angle computation (e.g. pi/2 * 180/pi).
  constexpr double kAngleToleranceDeg = 1e-9;
  if ( !( impactAngleDeg >= -kAngleToleranceDeg && impactAngleDeg <= 90 + kAngleToleranceDeg ) )
    throw std::invalid_argument( "impact angle must be between 0 and 90 degrees" );
  return requiredBarrierRatings( vehicle, impactSpeedMs );
}

double astmPenetrationLimitM( AstmPenetration penetration )
{
  switch ( penetration )
  {
  case AstmPenetration::P1:
    return 1;
  case AstmPenetration::P2:
    return 7;
  case AstmPenetration::P3:
    return 30;
  case AstmPenetration::P4:
    break;
  }
  return std::numeric_limits<double>::infinity();
}

std::string astmPenetrationName( AstmPenetration penetration )
{
  return "P" + std::to_string( static_cast<int>( penetration ) + 1 );
}

std::optional<AstmPenetration> astmPenetrationWithin( double allowedPenetrationM )
{
  if ( !( allowedPenetrationM >= 0 ) )
    throw std::invalid_argument( "allowed penetration must be a number >= 0 m" );
  std::optional<AstmPenetration> within;
  for ( AstmPenetration p : { AstmPenetration::P1, AstmPenetration::P2, AstmPenetration::P3, AstmPenetration::P4 } )
    if ( astmPenetrationLimitM( p ) <= allowedPenetrationM )
      within = p; // classes in order of growing limits: the last that fits is the least stringent
  return within;
}

BarrierRatings requiredBarrierRatingsWithPenetration( const VehicleClass &vehicle, double impactSpeedMs,
                                                      double allowedPenetrationM )
{
  requirePenetration( allowedPenetrationM, "allowed penetration must be a finite number >= 0 m" );
  const std::optional<AstmPenetration> astmClass = astmPenetrationWithin( allowedPenetrationM );
  BarrierRatings ratings = rateAll( vehicle, impactSpeedMs, astmClass ? astmPenetrationName( *astmClass ) : "",
                                    formatPenetration( allowedPenetrationM ) );
  if ( !astmClass && !vehicle.astmClass.empty() )
    ratings.astm +=
        ", penetration at most " + formatPenetration( allowedPenetrationM ) + " m: stricter than ASTM P1 (up to 1 m)";
  return ratings;
}

double cordonDistanceM( double standoffM, double allowedPenetrationM )
{
  requirePenetration( standoffM, "standoff must be a finite number >= 0 m" );
  requirePenetration( allowedPenetrationM, "allowed penetration must be a finite number >= 0 m" );
  return standoffM + allowedPenetrationM;
}

} // namespace eventsecurity::domain
