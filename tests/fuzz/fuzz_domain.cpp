// libFuzzer target on the QGIS-free domain core (issue 7): bytes in -> parameters and coordinates -> the
// domain functions -> no crash, no undefined behaviour (ASan + UBSan), and cheap invariants. A function
// that rejects its input with std::invalid_argument keeps its contract; any other exception, a sanitizer
// report or a broken invariant aborts.
//
// Input layout (little-endian, read from the front, zeros once the bytes run out): one byte chooses the
// target, then each target reads what it needs: doubles are 8 raw bytes (so NaN, infinities and huge values
// come up), counts are single bytes. Target bytes 0-223 choose among the first seven targets (value % 7, as
// when the kept crash inputs were found, so they replay as found); 224-247 among the targets added for issue
// 11 ((value - 224) % 3: bends, streets with the bend options, standards and crowd rules); 248-255 among those of
// issue 13's open-ground turns ((value - 248) % 2: streets with open-ground legs, stops and rooms; the turn model).
// tests/fuzz/make_seeds.py writes the seed corpus.
#include "approachsearch.h"
#include "barrierratings.h"
#include "bendgeometry.h"
#include "crowd.h"
#include "kingerybulmash.h"
#include "opengroundturn.h"
#include "perimeterplan.h"
#include "physicalbounds.h"
#include "speedlimits.h"
#include "streetbends.h"
#include "streetgraph.h"
#include "threatcatalogue.h"
#include "vehicleclasses.h"
#include "vehicledynamics.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace eventsecurity::domain;

namespace
{

class Reader
{
public:
  Reader( const std::uint8_t *data, std::size_t size ) : mData( data ), mSize( size ) {}

  std::uint8_t byte() { return mPosition < mSize ? mData[mPosition++] : 0; }

  //! The next 8 bytes as a double, zeros past the end.
  double number()
  {
    // One memcpy, not a loop of byte(): GCC 12 at -O3 vectorises that loop into a store it then
    // misreads as an 8-byte write into the array's last byte (a -Wstringop-overflow false positive).
    std::uint8_t bytes[sizeof( double )] = {};
    const std::size_t available = mPosition < mSize ? std::min( sizeof bytes, mSize - mPosition ) : 0;
    if ( available > 0 )
      std::memcpy( bytes, mData + mPosition, available );
    mPosition += available;
    double value;
    std::memcpy( &value, bytes, sizeof value );
    return value;
  }

  std::string text( std::size_t maxLength )
  {
    const std::size_t length = byte() % ( maxLength + 1 );
    std::string s;
    for ( std::size_t i = 0; i < length; ++i )
      s.push_back( static_cast<char>( byte() ) );
    return s;
  }

private:
  const std::uint8_t *mData;
  std::size_t mSize;
  std::size_t mPosition = 0;
};

[[noreturn]] void broken( const char *what, double value = 0 )
{
  std::fprintf( stderr, "invariant broken: %s (%.17g)\n", what, value );
  std::abort();
}

void check( bool condition, const char *what, double value = 0 )
{
  if ( !condition )
    broken( what, value );
}

// Kingery-Bulmash fit and its inverse: results, when given, are finite and positive, and the inverse
// returns the range it was given (to 1e-6 relative).
void fuzzBlast( Reader &in )
{
  const double range = in.number();
  const double charge = in.number();
  const double kpa = in.number();
  if ( const auto z = kingerybulmash::scaledDistance( range, charge ) )
    check( std::isfinite( *z ) && *z >= 0, "scaled distance finite and >= 0", *z );
  if ( const auto p = kingerybulmash::incidentOverpressureKpa( range, charge ) )
  {
    check( std::isfinite( *p ) && *p > 0, "overpressure finite and > 0", *p );
    // The inverse gives the farthest range where the pressure still reaches p: the range itself, or
    // (where the fit's jump up at Z = 23.8 makes two ranges give p) a farther one, the safe answer.
    if ( const auto back = kingerybulmash::rangeForOverpressure( *p, charge ) )
    {
      check( *back >= range * ( 1 - 1e-6 ), "inverse of the fit never nearer than the range", *back );
      if ( const auto atBack = kingerybulmash::incidentOverpressureKpa( *back, charge ) )
        check( std::fabs( *atBack - *p ) <= 0.01 * *p, "pressure at the inverse's range within the 0.7 % jump",
               *atBack );
    }
  }
  if ( const auto r = kingerybulmash::rangeForOverpressure( kpa, charge ) )
    check( std::isfinite( *r ) && *r > 0, "range for overpressure finite and > 0", *r );
  if ( const auto z = kingerybulmash::scaledDistanceForOverpressure( kpa ) )
    check( *z >= kingerybulmash::kMinScaledDistance && *z <= kingerybulmash::kMaxScaledDistance,
           "scaled distance within the fit", *z );
}

// Threat catalogue and effects table lookups with arbitrary keys and pressures.
void fuzzCatalogue( Reader &in )
{
  const std::string key = in.text( 24 );
  if ( const ThreatType *type = findThreatType( key ) )
    check( type->key == key, "lookup by key returns that key" );
  if ( const auto distance = mandatoryEvacuationDistanceM( key ) )
    check( std::isfinite( *distance ) && *distance > 0, "evacuation distance finite and > 0", *distance );
  const double kpa = in.number();
  if ( const OverpressureEffect *effect = findEffectAtThreshold( kpa ) )
    check( std::fabs( effect->kpa - kpa ) < 0.01, "effect at threshold has that threshold (to 0.01 kPa)", effect->kpa );
  if ( const OverpressureEffect *effect = effectAtOverpressure( kpa ) )
    check( effect->kpa <= kpa, "effect reached at or below the overpressure", effect->kpa );
  if ( const VehicleClass *vehicle = findVehicleClass( key ) )
    check( vehicle->key == key, "vehicle lookup by key returns that key" );
}

// Acceleration model: speeds never exceed vmax nor fall below the start speed; distances are >= 0.
void fuzzDynamics( Reader &in )
{
  const double a0 = in.number(), vmax = in.number(), v0 = in.number(), distance = in.number();
  const double deflection = in.number(), width = in.number(), friction = in.number(), mass = in.number();
  try
  {
    const AccelerationModel model( a0, vmax );
    const double v = model.speedAfter( v0, distance );
    check( !std::isnan( v ), "speed after a run-up is a number", v );
    check( v <= vmax * ( 1 + 1e-12 ), "speed <= vmax", v );
    check( v >= std::min( v0, vmax ) * ( 1 - 1e-12 ), "speed >= start speed", v );
    const double s = model.runupDistance( std::min( std::fabs( v0 ), vmax ) );
    check( s >= 0, "run-up distance >= 0", s );
    const double between = model.distanceBetween( std::min( std::fabs( v0 ), vmax ), v );
    check( !std::isnan( between ), "distance between speeds is a number", between );
    check( model.acceleration( std::min( std::fabs( v0 ), vmax ) ) >= 0, "acceleration >= 0 up to vmax" );
  }
  catch ( const std::invalid_argument & )
  {
  }
  try
  {
    const double limit = corneringSpeedLimit( deflection, width, friction );
    check( limit >= 0 && !std::isnan( limit ), "cornering limit >= 0", limit );
  }
  catch ( const std::invalid_argument & )
  {
  }
  const double energy = kineticEnergyKj( std::fabs( mass ), std::fabs( v0 ) );
  // For finite inputs; an infinite one gives inf or NaN (0 x inf), as the formula says.
  check( !std::isfinite( mass ) || !std::isfinite( v0 ) || energy >= 0, "kinetic energy >= 0", energy );
}

// Barrier ratings for any vehicle class, speed and angle; test vehicle lookups with any designation.
void fuzzBarriers( Reader &in )
{
  const std::vector<VehicleClass> &classes = vehicleClasses();
  const VehicleClass &vehicle = classes[in.byte() % classes.size()];
  VehicleClass custom = vehicle;
  custom.massKg = in.number();
  const double speed = in.number(), angle = in.number();
  const auto standard = static_cast<BarrierStandard>( in.byte() % 3 );
  const std::string designation = in.text( 8 );
  for ( const VehicleClass *candidate : { &vehicle, static_cast<const VehicleClass *>( &custom ) } )
  {
    try
    {
      const BarrierRatings ratings = requiredBarrierRatings( *candidate, speed, angle );
      check( !ratings.astm.empty() && !ratings.iwa.empty(), "ratings are never blank" );
    }
    catch ( const std::invalid_argument & )
    {
    }
  }
  try
  {
    if ( const TestVehicle *test = nearestCoveringTestVehicle( standard, custom.massKg ) )
      check( test->massKg > 0, "test vehicle mass > 0", test->massKg );
  }
  catch ( const std::invalid_argument & )
  {
  }
  try
  {
    if ( const TestVehicle *test = findTestVehicle( standard, designation ) )
      check( test->designation == designation, "test vehicle lookup returns that designation" );
  }
  catch ( const std::invalid_argument & )
  {
  }
}

// Crowd figures: lanes are shared out exactly, widths and times are numbers >= 0.
void fuzzCrowd( Reader &in )
{
  const double area = in.number(), density = in.number(), attendance = in.number();
  const double lanePerHour = in.number(), arrival = in.number(), flow = in.number(), minutes = in.number();
  const double width = in.number();
  const int total = in.byte() % 64;
  std::vector<double> weights( in.byte() % 12 );
  for ( double &w : weights )
    w = in.number();
  auto guarded = [&]( auto &&call )
  {
    try
    {
      call();
    }
    catch ( const std::invalid_argument & )
    {
    }
  };
  guarded( [&] { check( !( crowdCapacity( area, density ) < 0 ), "capacity >= 0" ); } );
  guarded( [&] { check( searchLanes( attendance, lanePerHour, arrival ) >= 0, "lanes >= 0" ); } );
  guarded(
      [&]
      {
        const std::vector<int> lanes = distributeLanes( total, weights );
        long long sum = 0;
        for ( const int n : lanes )
        {
          check( n >= 0, "lanes per entry >= 0", n );
          sum += n;
        }
        check( lanes.size() == weights.size(), "one share per entry" );
        check( sum == total, "lanes shared out exactly", static_cast<double>( sum ) );
      } );
  guarded( [&] { check( !( egressWidthM( attendance, flow, minutes ) < 0 ), "egress width >= 0" ); } );
  guarded( [&] { check( !( evacuationMinutes( attendance, flow, width ) < 0 ), "evacuation time >= 0" ); } );
  (void)fruinLevelOfService( flow );
}

void searchStreets( Reader &in, const std::vector<StreetLine> &lines, bool withBendOptions );

// A street graph from fuzzed polylines and an approach search over it: consistent topology, speeds
// <= vmax, finite run-ups within the route. withBendOptions: the bend options of issue 11 (kerb radius,
// digitising tolerance, rollover threshold) are read too, after the search options (older inputs leave them
// at their defaults).
void fuzzStreets( Reader &in, bool withBendOptions )
{
  std::vector<StreetLine> lines( in.byte() % 12 );
  for ( StreetLine &line : lines )
  {
    line.points.resize( in.byte() % 8 );
    for ( PlanePoint &p : line.points )
      p = { in.number(), in.number() };
    line.widthM = in.number();
    line.oneway = static_cast<OneWay>( in.byte() % 3 );
    line.drivable = ( in.byte() & 1 ) == 0;
  }
  searchStreets( in, lines, withBendOptions );
}

// Issue 13: lines that may be open-ground legs, with stops at their ends and rooms at their points (any number,
// NaN and negative ones included: the search refuses those), then the search of fuzzStreets with the bend options.
// Also: nothing follows a directed edge that ends at a stop.
void fuzzOpenGroundStreets( Reader &in )
{
  std::vector<StreetLine> lines( in.byte() % 8 );
  for ( StreetLine &line : lines )
  {
    line.points.resize( in.byte() % 6 );
    for ( PlanePoint &p : line.points )
      p = { in.number(), in.number() };
    line.widthM = in.number();
    const std::uint8_t flags = in.byte();
    line.oneway = static_cast<OneWay>( flags % 3 );
    line.openGround = ( flags & 4 ) != 0;
    line.stopAtStart = ( flags & 8 ) != 0;
    line.stopAtEnd = ( flags & 16 ) != 0;
    if ( flags & 32 )
    {
      line.rooms.resize( line.points.size() );
      for ( PointRoom &room : line.rooms )
        for ( DirectionRoom *side : { &room.ahead, &room.behind } )
          *side = { in.number(), in.number(), in.number() };
    }
  }
  try
  {
    const StreetGraph graph( lines, 0.5 );
    for ( int d = 0; d < graph.directedEdgeCount(); ++d )
      if ( graph.stopsAtEnd( d ) )
        check( graph.transitionEnd( d ) == graph.transitionBegin( d ), "nothing follows a stop" );
  }
  catch ( const std::invalid_argument & )
  {
  }
  searchStreets( in, lines, true );
}

// The open-ground turn model (opengroundturn.h) on any turn, rooms and runs: a radius >= 0, never NaN; the same
// turn driven the other way (arriving and leaving swapped) has the same radius; an early stop lies between its
// bound and the radius; a U-turn's radius is half the room across.
void fuzzOpenGroundTurn( Reader &in )
{
  const double turn = in.number();
  const TurnLegRoom arriving{ in.number(), in.number(), in.number() }, leaving{ in.number(), in.number(), in.number() };
  const double enough = in.number();
  try
  {
    const double r = openGroundTurnRadiusM( turn, arriving, leaving );
    check( r >= 0, "open-ground turn radius >= 0 and a number", r );
    const double back = openGroundTurnRadiusM( turn, leaving, arriving );
    check( ( std::isinf( r ) && std::isinf( back ) ) || std::fabs( back - r ) <= 1e-6 * std::max( 1.0, r ),
           "the same turn driven the other way has the same radius", back );
    if ( enough >= 0 )
    {
      const double early = openGroundTurnRadiusM( turn, arriving, leaving, enough );
      check( early <= r * ( 1 + 1e-9 ) + 1e-9, "an early stop never exceeds the radius", early );
      check( early >= std::min( enough, r ) * ( 1 - 1e-6 ) - 1e-9, "an early stop reaches its bound", early );
    }
    if ( std::fabs( turn ) >= kPi && std::isfinite( arriving.outerM + leaving.outerM ) )
      check( std::fabs( r - 0.5 * ( arriving.outerM + leaving.outerM ) ) <= 1e-9 * std::max( 1.0, r ),
             "a U-turn's radius is half the room across", r );
  }
  catch ( const std::invalid_argument & )
  {
  }
}

// The search part of fuzzStreets: the graph of the lines, the search, an impact and the heat map.
void searchStreets( Reader &in, const std::vector<StreetLine> &lines, bool withBendOptions )
{
  const double tolerance = in.number();
  const StreetGraph graph( lines, tolerance );
  check( graph.directedEdgeCount() == 2 * graph.edgeCount(), "two directions per edge" );
  for ( int d = 0; d < graph.directedEdgeCount(); ++d )
  {
    check( graph.fromNode( d ) >= 0 && graph.fromNode( d ) < graph.nodeCount(), "edge starts at a node" );
    check( graph.toNode( d ) >= 0 && graph.toNode( d ) < graph.nodeCount(), "edge ends at a node" );
    check( graph.edgePointCount( StreetGraph::edgeOf( d ) ) >= 2, "an edge has two points at least" );
    for ( int t = graph.transitionBegin( d ); t < graph.transitionEnd( d ); ++t )
      check( graph.transitionTarget( t ) >= 0 && graph.transitionTarget( t ) < graph.directedEdgeCount(),
             "transition to an edge" );
  }

  const double a0 = in.number(), vmax = in.number();
  ApproachOptions options;
  options.friction = in.number();
  options.respectOneway = ( in.byte() & 1 ) != 0;
  options.startAtRestAnywhere = ( in.byte() & 1 ) != 0;
  const int entries = graph.directedEdgeCount() == 0 ? 0 : in.byte() % 4;
  for ( int i = 0; i < entries; ++i )
    options.entries.push_back( { in.byte() % graph.directedEdgeCount(), in.number() } );
  if ( withBendOptions )
  {
    options.kerbRadiusM = in.number();
    options.digitisingToleranceM = in.number();
    options.rolloverThresholdG = in.number();
  }
  try
  {
    const AccelerationModel model( a0, vmax );
    ApproachSearch search( graph, model, options );
    if ( !search.run() )
      broken( "search without a cancel callback reported a cancel" );
    if ( graph.directedEdgeCount() == 0 )
      return;
    ImpactLocation location;
    location.directedEdge = in.byte() % graph.directedEdgeCount();
    location.distanceM = in.number();
    location.perimeterDx = in.number();
    location.perimeterDy = in.number();
    const ImpactResult impact = search.impact( location );
    if ( impact.reachable )
    {
      check( impact.speedMs >= 0 && impact.speedMs <= vmax * ( 1 + 1e-9 ), "impact speed within [0, vmax]",
             impact.speedMs );
      check( std::isfinite( impact.runupM ) && impact.runupM >= 0, "run-up finite and >= 0", impact.runupM );
      check( impact.runupM <= impact.routeM * ( 1 + 1e-9 ) + 1e-9, "run-up within the route", impact.runupM );
      check( impact.runupStartPoint < impact.route.size(), "run-up starts at a route point" );
      check( impact.entryIndex < static_cast<int>( options.entries.size() ), "entry index names an entry" );
      for ( const RoutePoint &point : impact.route )
        check( point.speedMs >= 0 && point.speedMs <= vmax * ( 1 + 1e-9 ), "route speed within [0, vmax]",
               point.speedMs );
    }
    const std::vector<double> toward = search.maxSpeedTowardMs( { location.directedEdge } );
    for ( const double v : toward )
      check( !( v > vmax * ( 1 + 1e-9 ) ), "speed toward a target <= vmax", v );
  }
  catch ( const std::invalid_argument & )
  {
  }
}

// Perimeter plan helpers: gates and kinds index the given crossings; shared widths add up.
void fuzzPerimeter( Reader &in )
{
  std::vector<CrossingInfo> crossings( in.byte() % 16 );
  for ( CrossingInfo &c : crossings )
  {
    c.widthM = in.number();
    c.bearingDeg = in.number();
    const std::uint8_t flags = in.byte();
    c.pedestrian = flags & 1;
    c.drivable = flags & 2;
    c.impactSpeedMs = in.number();
  }
  const int gates = static_cast<int>( in.byte() % 8 ) - 1;
  const double separation = in.number(), neededWidth = in.number();
  const int minimumEntries = static_cast<int>( in.byte() % 8 ) - 1;
  try
  {
    const std::vector<int> chosen = chooseEmergencyGates( crossings, gates, separation );
    check( static_cast<int>( chosen.size() ) <= std::max( gates, 0 ), "no more gates than asked" );
    for ( const int index : chosen )
      check( index >= 0 && index < static_cast<int>( crossings.size() ), "gate is a crossing", index );
  }
  catch ( const std::invalid_argument & )
  {
  }
  try
  {
    const std::vector<CrossingKind> kinds =
        classifyCrossings( crossings, gates, separation, neededWidth, minimumEntries );
    check( kinds.size() == crossings.size(), "one kind per crossing" );
    for ( const CrossingKind kind : kinds )
      check( crossingKindKey( kind ) != nullptr, "every kind has a key" );
  }
  catch ( const std::invalid_argument & )
  {
  }
  std::vector<double> widths;
  for ( const CrossingInfo &c : crossings )
    widths.push_back( c.widthM );
  try
  {
    const std::vector<double> shares = shareEgressWidth( neededWidth, widths );
    check( shares.size() == widths.size(), "one share per street" );
    for ( const double share : shares )
      check( share >= 0 && !std::isnan( share ), "share >= 0", share );
  }
  catch ( const std::invalid_argument & )
  {
  }
  const PlanePoint a{ in.number(), in.number() }, b{ in.number(), in.number() };
  const double bearing = bearingDeg( a, b );
  check( std::isnan( bearing ) || ( bearing >= 0 && bearing < 360 ), "bearing in [0, 360)", bearing );
  const double separationDeg = bearingSeparationDeg( in.number(), in.number() );
  check( std::isnan( separationDeg ) || ( separationDeg >= 0 && separationDeg <= 180 ), "separation in [0, 180]",
         separationDeg );
  // Issue 11: entries chosen with the largest exit lost (read last, so older inputs replay as found).
  const bool largestExitLost = ( in.byte() & 1 ) != 0;
  try
  {
    const std::vector<CrossingKind> kinds =
        classifyCrossings( crossings, gates, separation, neededWidth, minimumEntries, largestExitLost );
    check( kinds.size() == crossings.size(), "one kind per crossing" );
  }
  catch ( const std::invalid_argument & )
  {
  }
}

// Bends of a fuzzed polyline (bendgeometry.h), the street bends of a graph built from it, and the bend formulas:
// kept points ascend and keep both ends, bends turn, radii are >= 0, caps lie on the polyline.
void fuzzBends( Reader &in )
{
  std::vector<PlanePoint> points( in.byte() % 24 );
  for ( PlanePoint &p : points )
    p = { in.number(), in.number() };
  const double tolerance = in.number();
  const bool closed = ( in.byte() & 1 ) != 0 && points.size() >= 3;
  if ( closed )
    points.back() = points.front();
  try
  {
    const std::vector<int> kept = simplifiedIndices( points, tolerance );
    check( kept.size() <= points.size(), "no more points kept than given" );
    for ( std::size_t i = 1; i < kept.size(); ++i )
      check( kept[i] > kept[i - 1], "kept indices ascend" );
    if ( !points.empty() )
      check( kept.front() == 0 && kept.back() == static_cast<int>( points.size() ) - 1, "ends kept" );
    double length = 0;
    for ( std::size_t i = 1; i < points.size(); ++i )
      length += std::hypot( points[i].x - points[i - 1].x, points[i].y - points[i - 1].y );
    for ( const Bend &bend : findBends( points, tolerance, closed ) )
    {
      check( bend.turnRad > 0 && !std::isnan( bend.turnRad ), "a bend turns", bend.turnRad );
      check( bend.centrelineRadiusM >= 0, "bend radius >= 0", bend.centrelineRadiusM );
      for ( double position : bend.capPositionsM )
        check( !( position < 0 ) && !( position > length * ( 1 + 1e-9 ) ), "cap on the polyline", position );
    }
  }
  catch ( const std::invalid_argument & )
  {
  }
  const double turn = in.number(), width = in.number(), inner = in.number(), friction = in.number(),
               rollover = in.number();
  try
  {
    const double radius = racingLineRadiusM( turn, width, inner );
    check( radius >= inner, "racing radius >= inner radius", radius );
    const double lateral = lateralAccelerationLimitMs2( friction, rollover );
    check( lateral > 0 && lateral <= kStandardGravity * friction, "lateral limit within friction", lateral );
    check( !( bendSpeedLimitMs( radius, lateral ) < 0 ), "bend speed >= 0" );
  }
  catch ( const std::invalid_argument & )
  {
  }
}

// Standards and crowd rules of issue 11: maxspeed parsing, penetration ratings, cordon distance, evacuation
// distances with floors, egress with the largest exit lost, lanes for the peak, physical bounds.
void fuzzRules( Reader &in )
{
  auto guarded = [&]( auto &&call )
  {
    try
    {
      call();
    }
    catch ( const std::invalid_argument & )
    {
    }
  };
  const std::string maxspeed = in.text( 24 );
  if ( const std::optional<double> kmh = parseMaxspeedKmh( maxspeed ) )
    check( *kmh > 0, "a parsed speed limit is > 0", *kmh );
  const std::vector<VehicleClass> &classes = vehicleClasses();
  const VehicleClass &vehicle = classes[in.byte() % classes.size()];
  const double speed = in.number(), penetration = in.number(), standoff = in.number();
  guarded(
      [&]
      {
        const BarrierRatings ratings = requiredBarrierRatingsWithPenetration( vehicle, speed, penetration );
        check( !ratings.astm.empty() && !ratings.iwa.empty() && !ratings.pas68.empty(), "ratings are never blank" );
      } );
  guarded(
      [&]
      {
        if ( const auto p = astmPenetrationWithin( penetration ) )
          check( astmPenetrationLimitM( *p ) <= penetration, "the class allows no more than the plan" );
      } );
  guarded( [&] { check( cordonDistanceM( standoff, penetration ) >= standoff, "cordon at or beyond the standoff" ); } );
  const std::vector<ThreatType> &types = threatTypes();
  const ThreatType &type = types[in.byte() % types.size()];
  const double charge = in.number();
  const bool vehicleBorne = ( in.byte() & 1 ) != 0;
  guarded(
      [&]
      {
        const EvacuationDistances rowDistances = evacuationDistances( type, charge );
        const EvacuationDistances custom = customEvacuationDistances( charge, vehicleBorne );
        for ( const EvacuationDistances *d : { &rowDistances, &custom } )
        {
          // A vanishing vehicle-borne charge scales to 0 m (R = Z W^(1/3) underflows for a subnormal W: the
          // formula's limit, found by the fuzzer); person-borne ones are floored.
          check( d->mandatoryM >= 0 && std::isfinite( d->mandatoryM ), "mandatory distance finite and >= 0" );
          check( d->preferredM >= 0 && std::isfinite( d->preferredM ), "preferred distance finite and >= 0" );
          if ( d->floorRow )
            check( d->preferredM >= d->floorRow->preferredEvacuationM, "never below the hand-held floor" );
        }
      } );
  const double attendance = in.number(), flow = in.number(), minutes = in.number(), factor = in.number(),
               lanePerHour = in.number();
  std::vector<double> widths( in.byte() % 8 );
  for ( double &w : widths )
    w = in.number();
  guarded(
      [&]
      {
        check( !( evacuationMinutesLargestExitLost( attendance, flow, widths ) <
                  evacuationMinutesThroughExits( attendance, flow, widths ) ),
               "losing an exit never speeds the egress" );
      } );
  guarded( [&]
           { check( egressWidthLargestExitLostM( attendance, flow, minutes, in.byte() % 6 ) >= 0, "width >= 0" ); } );
  guarded( [&] { check( searchLanesForPeak( attendance, lanePerHour, minutes, factor ) >= 0, "lanes >= 0" ); } );
  guarded(
      [&]
      {
        const std::vector<double> shares = shareEgressWidthWithLargestExitLost( attendance, widths );
        for ( std::size_t i = 0; i < shares.size(); ++i )
          check( shares[i] >= 0 && shares[i] <= widths[i], "share within its street" );
      } );
  const auto quantity = static_cast<PhysicalQuantity>( in.byte() % physicalBounds().size() );
  guarded(
      [&]
      {
        const double value = in.number();
        requireWithinPhysicalBound( quantity, value );
        check( value >= 0 && value <= physicalBound( quantity ).maximum, "accepted values lie within the bound" );
      } );
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t *data, std::size_t size )
{
  Reader in( data, size );
  try
  {
    const std::uint8_t target = in.byte();
    switch ( target < 224 ? target % 7 : target < 248 ? 7 + ( target - 224 ) % 3 : 10 + ( target - 248 ) % 2 )
    {
    case 0:
      fuzzBlast( in );
      break;
    case 1:
      fuzzCatalogue( in );
      break;
    case 2:
      fuzzDynamics( in );
      break;
    case 3:
      fuzzBarriers( in );
      break;
    case 4:
      fuzzCrowd( in );
      break;
    case 5:
      fuzzStreets( in, false );
      break;
    case 6:
      fuzzPerimeter( in );
      break;
    case 7:
      fuzzBends( in );
      break;
    case 8:
      fuzzStreets( in, true );
      break;
    case 9:
      fuzzRules( in );
      break;
    case 10:
      fuzzOpenGroundStreets( in );
      break;
    case 11:
      fuzzOpenGroundTurn( in );
      break;
    }
  }
  catch ( const std::invalid_argument & )
  {
    // A documented rejection of bad input (e.g. the street graph's or the search's preconditions).
  }
  catch ( const std::exception &e )
  {
    std::fprintf( stderr, "unexpected exception: %s\n", e.what() );
    std::abort();
  }
  return 0;
}
