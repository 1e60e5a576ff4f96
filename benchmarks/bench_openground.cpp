// Times the open-ground approach model (openground.h, issue 13) on a synthetic park: an open area of
// 1 km x 1 km with 500 rectangular obstacles (2,000 corners: planters, kiosks, pavilions), a 100 m x 100 m
// venue in its middle as the protected area, and a street grid of 100 m blocks filling the default study
// area (1,000 m round the venue) outside the park, the park's edges included. Prints the phases' times,
// the sizes (corners kept, legs, the search's transitions) and the peak memory. Not a test: figures
// depend on the machine. Goal (issue 13): free space + visibility graph + search under 2 s. Also prints the worst
// impact's route and the radius a circle at that speed needs at the truck's lateral limit (the lower of mu g and its
// rollover threshold), to judge whether the speed is plausible in this park. The search is timed in its parts (the
// turn radii, once per graph: approachgeometry.h; the caps from them; the label-correcting run; the impacts' routes),
// then as the ranged run does it (issue 16): one search per sample of the vehicle's ranges (impactranges.h, the default
// spreads), each a new ApproachSearch on the same geometry, so the time per sample is what SAMPLES costs on this park.
//
//   bench_openground [--seed S] [--cones K] [--samples N]     (default 20 samples; 0: no ranged run)
//
// Domain only (no QGIS): the same program runs wherever the domain library builds.
#include "approachgeometry.h"
#include "approachsearch.h"
#include "impactranges.h"
#include "openground.h"
#include "streetgraph.h"
#include "vehicleclasses.h"
#include "vehicledynamics.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <memory>
#include <random>
#include <string>

using namespace eventsecurity::domain;

namespace
{
constexpr double kParkSideM = 1000;    // the 1 km^2 open area
constexpr int kObstacles = 500;        // x 4 corners = the 2,000 obstacle corners
constexpr double kVenueSideM = 100;    // the protected area, in the park's middle
constexpr double kStudyMarginM = 1000; // the vehicle approach algorithm's default study distance
constexpr double kBlockM = 100;        // street grid spacing
constexpr double kEntrySpeedKmh = 50;  // START_SPEED_KMH's default
// The 7.5 t truck of the vehicle table (vehicleclasses.cpp: a0 1 m/s^2, vmax 120 km/h, rollover threshold 0.5 g),
// 2.55 m wide (EU maximum), on friction 0.7 (the algorithms' default).
constexpr const char *kVehicleKey = "truck_7500";
constexpr double kWidthM = 2.55;
constexpr double kFriction = 0.7;

constexpr int kDefaultSamples = 20;

using Clock = std::chrono::steady_clock;

double secondsSince( Clock::time_point start )
{
  return std::chrono::duration<double>( Clock::now() - start ).count();
}

// Peak resident memory of this process (VmHWM in /proc/self/status), MiB.
double peakMemoryMiB()
{
  std::ifstream status( "/proc/self/status" );
  std::string line;
  while ( std::getline( status, line ) )
    if ( line.rfind( "VmHWM:", 0 ) == 0 )
      return std::atof( line.c_str() + 6 ) / 1024.0;
  return -1;
}

PlanePolygon square( double x0, double y0, double x1, double y1 )
{
  return { { { x0, y0 }, { x1, y0 }, { x1, y1 }, { x0, y1 } }, {} };
}

// 500 rotated rectangles, 2-20 m a side, anywhere in the park but on the venue (a fixed seed: the same
// park every run; mt19937_64 is fully specified, its use here is not portable across libraries only in
// the distributions, which are not used).
std::vector<PlanePolygon> obstacles( std::uint64_t seed )
{
  std::mt19937_64 random( seed );
  auto uniform = [&]( double low, double high )
  { return low + ( high - low ) * static_cast<double>( random() >> 11 ) * 0x1.0p-53; };
  const double venueLow = 0.5 * ( kParkSideM - kVenueSideM ), venueHigh = venueLow + kVenueSideM;
  std::vector<PlanePolygon> out;
  while ( static_cast<int>( out.size() ) < kObstacles )
  {
    const double cx = uniform( 0, kParkSideM ), cy = uniform( 0, kParkSideM );
    if ( cx > venueLow - 20 && cx < venueHigh + 20 && cy > venueLow - 20 && cy < venueHigh + 20 )
      continue;
    const double w = uniform( 2, 20 ), h = uniform( 2, 20 ), angle = uniform( 0, kPi );
    const double c = std::cos( angle ), s = std::sin( angle );
    PlanePolygon rectangle;
    for ( const auto &[x, y] : { std::pair{ -w, -h }, std::pair{ w, -h }, std::pair{ w, h }, std::pair{ -w, h } } )
      rectangle.outer.push_back( { cx + 0.5 * ( c * x - s * y ), cy + 0.5 * ( s * x + c * y ) } );
    out.push_back( rectangle );
  }
  return out;
}

// One line per block edge (as OSM ways split at junctions), outside the park or on its edge.
std::vector<StreetLine> streetGrid( std::vector<int> &entryLines )
{
  const double venueCentre = 0.5 * kParkSideM;
  const double low = venueCentre - 0.5 * kVenueSideM - kStudyMarginM,
               high = venueCentre + 0.5 * kVenueSideM + kStudyMarginM;
  const int first = static_cast<int>( std::ceil( low / kBlockM ) ),
            last = static_cast<int>( std::floor( high / kBlockM ) );
  auto insidePark = []( PlanePoint a, PlanePoint b )
  {
    const double mx = 0.5 * ( a.x + b.x ), my = 0.5 * ( a.y + b.y );
    return mx > 0 && mx < kParkSideM && my > 0 && my < kParkSideM;
  };
  std::vector<StreetLine> lines;
  for ( int i = first; i <= last; ++i )
    for ( int j = first; j < last; ++j )
      for ( const bool vertical : { false, true } )
      {
        const PlanePoint a = vertical ? PlanePoint{ i * kBlockM, j * kBlockM } : PlanePoint{ j * kBlockM, i * kBlockM };
        const PlanePoint b =
            vertical ? PlanePoint{ i * kBlockM, ( j + 1 ) * kBlockM } : PlanePoint{ ( j + 1 ) * kBlockM, i * kBlockM };
        if ( insidePark( a, b ) )
          continue;
        StreetLine line;
        line.points = { a, b };
        line.widthM = ( i % 5 == 0 ) ? 12 : 7; // an avenue every 5 streets
        if ( j == first )
          entryLines.push_back( static_cast<int>( lines.size() ) ); // starts on the study area's edge
        lines.push_back( line );
      }
  return lines;
}
// The search's options for a vehicle: its resting starts over the open ground, then the streets' entries at the
// entry speed times entryFactor (at most vmax).
ApproachOptions searchOptions( const StreetGraph &graph, const OpenGround &ground, const AccelerationModel &model,
                               double friction, double entryFactor, const std::vector<int> &entryLines )
{
  const VehicleClass &truck = *findVehicleClass( kVehicleKey );
  ApproachOptions approach;
  approach.friction = friction;
  approach.rolloverThresholdG = truck.rolloverThresholdG;
  approach.entries = openGroundRestStarts( graph, ground, model );
  const double entrySpeedMs = std::min( kmhToMs( kEntrySpeedKmh ) * entryFactor, model.maxSpeed() );
  for ( const int line : entryLines )
  {
    const int node = graph.lineStartNode( line );
    for ( int i = graph.outgoingBegin( node ); i < graph.outgoingEnd( node ); ++i )
      approach.entries.push_back( { graph.outgoingEdge( i ), entrySpeedMs } );
  }
  return approach;
}

// The fastest impact per target (unreachable: not reachable), as the vehicle approach algorithm rates them.
std::vector<ImpactResult> targetImpacts( const StreetGraph &graph, const OpenGround &ground,
                                         const ApproachSearch &search )
{
  std::vector<ImpactResult> fastest( ground.targets.size() );
  for ( int t = 0; t < static_cast<int>( ground.targets.size() ); ++t )
    for ( const ImpactLocation &location : targetApproaches( graph, ground, t ) )
    {
      ImpactResult result = search.impact( location );
      if ( result.reachable && ( !fastest[t].reachable || result.speedMs > fastest[t].speedMs ) )
        fastest[t] = std::move( result );
    }
  return fastest;
}

// The ranged run's searches: one per sample of the truck's default ranges (seed 1), each a new search on the graph.
// Prints the time per sample and the spread of the fastest impact.
void rangedRun( const std::shared_ptr<const ApproachGeometry> &geometry, const OpenGround &ground,
                const std::vector<int> &entryLines, int samples )
{
  const StreetGraph &graph = geometry->graph();
  const VehicleClass &truck = *findVehicleClass( kVehicleKey );
  const std::vector<VehicleSample> draws =
      vehicleSamples( defaultVehicleRanges( truck.accelMs2, truck.maxSpeedMs, kFriction ), samples, 1 );
  double lowest = std::numeric_limits<double>::infinity(), highest = 0;
  const Clock::time_point start = Clock::now();
  for ( const VehicleSample &sample : draws )
  {
    const AccelerationModel model( sample.accelMs2, sample.maxSpeedMs );
    ApproachSearch search(
        geometry, model, searchOptions( graph, ground, model, sample.friction, sample.entrySpeedFactor, entryLines ) );
    search.run();
    double fastest = 0;
    for ( const ImpactResult &impact : targetImpacts( graph, ground, search ) )
      fastest = std::max( fastest, impact.reachable ? msToKmh( impact.speedMs ) : 0.0 );
    lowest = std::min( lowest, fastest );
    highest = std::max( highest, fastest );
  }
  const double seconds = secondsSince( start );
  std::printf( "ranged run:   %.3f s for %d samples, %.4f s per sample (fastest impact %.1f to %.1f km/h)\n", seconds,
               samples, seconds / samples, lowest, highest );
}

} // namespace

int main( int argc, char **argv )
{
  std::uint64_t seed = 20260101;
  int samples = kDefaultSamples;
  OpenGroundOptions options;
  options.vehicleWidthM = kWidthM;
  for ( int i = 1; i + 1 < argc; i += 2 )
  {
    if ( std::strcmp( argv[i], "--seed" ) == 0 )
      seed = std::strtoull( argv[i + 1], nullptr, 10 );
    else if ( std::strcmp( argv[i], "--cones" ) == 0 )
      options.conesPerNode = std::atoi( argv[i + 1] );
    else if ( std::strcmp( argv[i], "--samples" ) == 0 )
      samples = std::atoi( argv[i + 1] );
  }

  OpenGroundInput input;
  input.openAreas.push_back( square( 0, 0, kParkSideM, kParkSideM ) );
  input.obstacleAreas = obstacles( seed );
  const double v0 = 0.5 * ( kParkSideM - kVenueSideM );
  input.protectedAreas.push_back( square( v0, v0, v0 + kVenueSideM, v0 + kVenueSideM ) );
  std::vector<int> entryLines;
  input.streets = streetGrid( entryLines );
  std::printf( "park %.0f m x %.0f m, %d obstacles (%d corners), venue %.0f m, %zu street lines, vehicle %.2f m wide, "
               "%d cones\n",
               kParkSideM, kParkSideM, kObstacles, 4 * kObstacles, kVenueSideM, input.streets.size(), kWidthM,
               options.conesPerNode );

  const Clock::time_point start = Clock::now();
  const OpenGround ground = buildOpenGround( input, options );
  const double buildSeconds = secondsSince( start );
  const OpenGroundStats &s = ground.stats;

  Clock::time_point phase = Clock::now();
  const StreetGraph graph( ground.lines, options.snapToleranceM );
  const double graphSeconds = secondsSince( phase );

  const VehicleClass &truck = *findVehicleClass( kVehicleKey );
  const AccelerationModel model( truck.accelMs2, truck.maxSpeedMs );
  const ApproachOptions approach = searchOptions( graph, ground, model, kFriction, 1, entryLines );
  const std::size_t restStarts = openGroundRestStarts( graph, ground, model ).size();
  phase = Clock::now();
  const auto geometry =
      std::make_shared<const ApproachGeometry>( graph, approach.kerbRadiusM, approach.digitisingToleranceM );
  const double geometrySeconds = secondsSince( phase );
  phase = Clock::now();
  ApproachSearch search( geometry, model, approach );
  const double capsSeconds = secondsSince( phase );
  phase = Clock::now();
  search.run();
  const double runSeconds = secondsSince( phase );
  phase = Clock::now();
  ImpactResult worst;
  int reached = 0;
  for ( ImpactResult &impact : targetImpacts( graph, ground, search ) )
  {
    reached += impact.reachable;
    if ( impact.reachable && impact.speedMs > worst.speedMs )
      worst = std::move( impact );
  }
  const double impactSeconds = secondsSince( phase );
  const double searchSeconds = geometrySeconds + capsSeconds + runSeconds + impactSeconds;
  const int transitions = graph.directedEdgeCount() == 0 ? 0 : graph.transitionEnd( graph.directedEdgeCount() - 1 );

  std::printf( "free space:   %.3f s  (%d edge segments, %.0f m2 free ground)\n", s.freeSpaceSeconds,
               s.freeSpaceSegments, s.freeAreaM2 );
  std::printf( "nodes:        %.3f s  (%d corners kept, %d convex starts, %d street attach points, %d targets)\n",
               s.nodesSeconds, s.cornerNodes, s.startNodes, s.attachNodes, s.targetNodes );
  std::printf( "legs:         %.3f s  (%d legs, %lld visibility tests, degree mean %.1f max %d, %lld transitions at "
               "open-ground nodes)\n",
               s.legsSeconds, s.legs, s.visibilityTests, s.meanDegree, s.maxDegree, s.transitions );
  std::printf( "leg lines:    %.3f s  (%d lines: widths, rest runs)\n", s.linesSeconds, s.legLines );
  std::printf( "open ground:  %.3f s in all\n", buildSeconds );
  std::printf( "street graph: %.3f s  (%d nodes, %d edges, %d transitions)\n", graphSeconds, graph.nodeCount(),
               graph.edgeCount(), transitions );
  std::printf( "search:       %.3f s  (%zu resting runs + %zu street entries, %lld label improvements, %d of %zu "
               "targets reached)\n",
               searchSeconds, restStarts, approach.entries.size() - restStarts, search.relaxations(), reached,
               ground.targets.size() );
  std::printf( "              %.3f s turn radii (once per graph), %.3f s caps, %.3f s run, %.3f s impacts\n",
               geometrySeconds, capsSeconds, runSeconds, impactSeconds );
  const double lateral = lateralAccelerationLimitMs2( kFriction, truck.rolloverThresholdG );
  std::printf( "worst impact: %.1f km/h (vmax %.0f km/h) after a route of %.0f m through %zu points (run-up %.0f m), "
               "starting at %.1f km/h%s\n",
               msToKmh( worst.speedMs ), msToKmh( truck.maxSpeedMs ), worst.routeM, worst.route.size(), worst.runupM,
               msToKmh( worst.startSpeedMs ), worst.startsOnLap ? " on a lap" : "" );
  std::printf( "              a circle at that speed needs R = v^2 / a = %.0f m at a = %.2f m/s2; its route:\n",
               worst.speedMs * worst.speedMs / lateral, lateral );
  for ( const RoutePoint &point : worst.route )
    std::printf( "                (%.1f, %.1f) %.1f km/h\n", point.point.x, point.point.y, msToKmh( point.speedMs ) );
  std::printf( "total:        %.3f s (goal: under 2 s); peak memory %.1f MiB (VmHWM)\n", secondsSince( start ),
               peakMemoryMiB() );
  if ( samples > 0 )
    rangedRun( geometry, ground, entryLines, samples );
  return 0;
}
