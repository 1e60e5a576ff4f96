// Off-road approach over open ground (openground.h, issue 13): the legs it builds, run through the
// unchanged approach search (approachsearch.h) together with the streets. Expected speeds come from the
// closed forms of tests/common/analyticapproach.h (run-up and bend limit) and from geometry worked out
// by hand in the comments, not from the code under test.
#include "analyticapproach.h"
#include "approachsearch.h"
#include "openground.h"
#include "streetgraph.h"

#include <QtTest/QtTest>

#include <cmath>
#include <memory>
#include <random>

using namespace eventsecurity::domain;

namespace
{
constexpr double kA0 = 2.0;    // m/s^2
constexpr double kVmax = 30.0; // m/s
constexpr double kMu = 0.7;
constexpr double kVehicleWidth = 2.5; // m: the free space is the ground shrunk by c = 1.25 m
constexpr double kC = kVehicleWidth / 2;

using eventsecurity::test::AccelerationCurve;
constexpr AccelerationCurve kCurve{ kA0, kVmax };

PlanePolygon rectangle( double x0, double y0, double x1, double y1 )
{
  return { { { x0, y0 }, { x1, y0 }, { x1, y1 }, { x0, y1 } }, {} };
}

StreetLine street( std::vector<PlanePoint> points, double width = 7 )
{
  StreetLine line;
  line.points = std::move( points );
  line.widthM = width;
  return line;
}

OpenGroundOptions defaults()
{
  OpenGroundOptions o;
  o.vehicleWidthM = kVehicleWidth;
  return o;
}

// The promenade of the tests: 320 m x 10 m along x; the protected area covers its end beyond x = 300.
// Free space: x in [1.25, 300], y in [-3.75, 3.75] (shrunk by c = 1.25 m, cut at the protected edge).
OpenGroundInput promenade()
{
  OpenGroundInput input;
  input.openAreas.push_back( rectangle( 0, -5, 320, 5 ) );
  input.protectedAreas.push_back( rectangle( 300, -50, 400, 50 ) );
  return input;
}

// Builds the open ground, the graph of streets + legs and runs the search (resting starts everywhere,
// the open ground's resting runs, and the given street entries: {line, speed} entering at its start).
struct Study
{
  OpenGround ground;
  std::unique_ptr<StreetGraph> graph;
  std::unique_ptr<ApproachSearch> search;

  Study( const OpenGroundInput &input, const OpenGroundOptions &options,
         const std::vector<std::pair<int, double>> &streetEntries = {} )
      : ground( buildOpenGround( input, options ) )
  {
    graph = std::make_unique<StreetGraph>( ground.lines, options.snapToleranceM );
    const AccelerationModel model( kA0, kVmax );
    ApproachOptions approach;
    approach.friction = kMu;
    approach.entries = openGroundRestStarts( *graph, ground, model );
    for ( const auto &[line, speed] : streetEntries )
    {
      const int node = graph->lineStartNode( line );
      for ( int i = graph->outgoingBegin( node ); i < graph->outgoingEnd( node ); ++i )
        approach.entries.push_back( { graph->outgoingEdge( i ), speed } );
    }
    search = std::make_unique<ApproachSearch>( *graph, model, approach );
    search->run();
  }

  // The best impact at target t (-1: unreachable).
  ImpactResult best( int t ) const
  {
    ImpactResult best;
    best.speedMs = -1;
    for ( const ImpactLocation &approach : targetApproaches( *graph, ground, t ) )
    {
      ImpactResult r = search->impact( approach );
      if ( r.reachable && r.speedMs > best.speedMs )
        best = std::move( r );
    }
    return best;
  }

  // The highest impact speed over all targets.
  double worst() const
  {
    double speed = -1;
    for ( int t = 0; t < static_cast<int>( ground.targets.size() ); ++t )
      speed = std::max( speed, best( t ).speedMs );
    return speed;
  }
};

bool near( double actual, double expected, double tolerance = 1e-6 )
{
  if ( std::fabs( actual - expected ) <= tolerance )
    return true;
  qWarning( "actual %.9f, expected %.9f", actual, expected );
  return false;
}
} // namespace

class TestOpenGround : public QObject
{
  Q_OBJECT

private slots:
  void promenadeFromRest()
  {
    // Targets every 3.75 m across the 7.5 m stretch x = 300, y in [-3.75, 3.75] (ends 1 cm inside it).
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 3.75;
    const Study study( promenade(), options );
    QCOMPARE( static_cast<int>( study.ground.stretches.size() ), 1 );
    QVERIFY( near( study.ground.stretches[0].lengthM, 7.5, 1e-9 ) );
    QCOMPARE( static_cast<int>( study.ground.targets.size() ), 3 );
    // No obstacle: the free space is convex, so the best start at rest for a target at (300, y) is the far
    // corner farthest from it, (1.25, -3.75 sign(y)): a straight run of hypot(298.75, 3.75 + |y|) m.
    for ( int t = 0; t < 3; ++t )
    {
      const ImpactTarget &target = study.ground.targets[static_cast<std::size_t>( t )];
      QVERIFY( near( target.point.x, 300, 1e-9 ) );
      const double run = std::hypot( 298.75, 3.75 + std::fabs( target.point.y ) );
      const ImpactResult r = study.best( t );
      QVERIFY( near( r.speedMs, kCurve.speedAfter( run ), 1e-6 ) );
      QVERIFY( near( r.startSpeedMs, 0 ) );
      QVERIFY( near( r.runupM, run, 1e-6 ) );
      QCOMPARE( static_cast<int>( r.route.size() ), 2 ); // straight: start and impact
    }
    // The promenade's length (298.75 m) sets the speed: the diagonal adds 9 cm.
    QVERIFY( near( study.worst(), kCurve.speedAfter( 298.75 ), 0.003 ) );
  }

  void promenadeFromAStreet()
  {
    // A street 200 m long ends where the promenade begins, in line with its axis; a vehicle enters the
    // street at 10 m/s. Its carriageway (7 m) and pavements (3 m) join the promenade, so it drives on
    // straight: S(v) = S(10) + 200 + 300 at the target on the axis, (300, 0).
    OpenGroundInput input = promenade();
    input.streets.push_back( street( { { -200, 0 }, { 0, 0 } } ) );
    OpenGroundOptions options = defaults();
    options.impactSpacingM = 3.75;
    const Study study( input, options, { { 0, 10.0 } } );
    QCOMPARE( study.ground.streetLineCount, 1 );
    QCOMPARE( study.ground.origins[0].street, 0 );
    const double expected = kCurve.speedAfter( kCurve.runup( 10 ) + 500 );
    const ImpactResult r = study.best( 1 );
    QVERIFY( near( study.ground.targets[1].point.y, 0, 1e-9 ) );
    QVERIFY( near( r.speedMs, expected, 1e-6 ) );
    QVERIFY( near( r.startSpeedMs, 10 ) );
    QVERIFY( near( r.runupM, 500, 1e-6 ) );
    // Higher than any start at rest on the promenade (298.8 m of run-up at most).
    QVERIFY( expected > kCurve.speedAfter( 300 ) + 1 );
    QVERIFY( near( study.worst(), expected, 1e-3 ) );
  }
};

QTEST_GUILESS_MAIN( TestOpenGround )
#include "test_openground.moc"
