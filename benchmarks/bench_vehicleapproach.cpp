// Times eventsecurity:vehicleapproach (the whole algorithm: read, clip, graph, search, three outputs)
// against QGIS's native:serviceareafrompoint from the venue's centroid on the same network, and prints
// both, the ratio (goal: ours / native <= 0.5) and the peak memory of each. Then the ranged run (issue 16:
// SAMPLES > 0, one search per sample) for each sample count asked for: its time, the time per sample over the
// deterministic run, and its ratio to the native run. Not a test: figures depend on the machine.
//
//   bench_vehicleapproach [--samples N,M,...] FILE.gpkg [FILE.gpkg ...]    (default --samples 200,500)
//
// Each file holds a line layer `roads` and a polygon layer `venue` (scripts/make_benchmark_data.sh for
// Montevideo, benchmarks/tool_generate_grid for synthetic grids; the sample venue as a GeoPackage:
// ogr2ogr -nln roads x.gpkg data/montevideo/roads.geojson, then ogr2ogr -update -nln venue x.gpkg
// data/montevideo/venue.geojson). Each measurement runs in a child process of its own (this program with
// --only), so peak memory (getrusage) is that run's alone. Ours runs with the default study area (1,000 m
// around the venue) and with one that covers the whole network (as the native service area always builds the
// whole graph).
#include "benchsupport.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

using namespace eventsecurity;

namespace
{
constexpr double kDefaultSearchM = 1000;           // the algorithm's default
constexpr long long kRepeatBelowFeatures = 100000; // smaller inputs: best of 3 runs

struct Layers
{
  std::unique_ptr<QgsVectorLayer> roads;
  std::unique_ptr<QgsVectorLayer> venue;
};

Layers openLayers( const QString &file )
{
  Layers layers;
  layers.roads = std::make_unique<QgsVectorLayer>( file + QStringLiteral( "|layername=roads" ),
                                                   QStringLiteral( "roads" ), QStringLiteral( "ogr" ) );
  layers.venue = std::make_unique<QgsVectorLayer>( file + QStringLiteral( "|layername=venue" ),
                                                   QStringLiteral( "venue" ), QStringLiteral( "ogr" ) );
  if ( !layers.roads->isValid() || !layers.venue->isValid() )
  {
    std::fprintf( stderr, "%s: needs the layers roads and venue\n", qPrintable( file ) );
    std::exit( 1 );
  }
  return layers;
}

long long outputCount( const QVariantMap &results, const QString &output, QgsProcessingContext &context )
{
  QgsVectorLayer *layer = qobject_cast<QgsVectorLayer *>(
      QgsProcessingUtils::mapLayerFromString( results.value( output ).toString(), context ) );
  return layer ? layer->featureCount() : -1;
}

// One measurement in this process: prints "seconds=... peak_mib=... detail".
int measure( const QString &what, const QString &file )
{
  const Layers layers = openLayers( file );
  const int repeats = layers.roads->featureCount() < kRepeatBelowFeatures ? 3 : 1;
  QString detail;
  double seconds = 0;
  if ( what == QLatin1String( "native" ) )
  {
    QgsFeature venue;
    layers.venue->getFeatures().nextFeature( venue );
    const QgsPointXY centre = venue.geometry().centroid().asPoint();
    QVariantMap parameters;
    parameters.insert( QStringLiteral( "INPUT" ), QVariant::fromValue( layers.roads.get() ) );
    parameters.insert( QStringLiteral( "STRATEGY" ), 0 );          // shortest
    parameters.insert( QStringLiteral( "DEFAULT_DIRECTION" ), 2 ); // both directions, as hostile drivers
    parameters.insert( QStringLiteral( "TOLERANCE" ), 0 );
    parameters.insert( QStringLiteral( "START_POINT" ), QStringLiteral( "%1,%2 [%3]" )
                                                            .arg( centre.x(), 0, 'f', 9 )
                                                            .arg( centre.y(), 0, 'f', 9 )
                                                            .arg( layers.roads->crs().authid() ) );
    parameters.insert( QStringLiteral( "TRAVEL_COST2" ), kDefaultSearchM );
    parameters.insert( QStringLiteral( "INCLUDE_BOUNDS" ), false );
    parameters.insert( QStringLiteral( "OUTPUT_LINES" ), QStringLiteral( "memory:" ) );
    long long lines = 0;
    seconds = bench::bestOfSeconds(
        repeats,
        [&]
        {
          QgsProcessingContext context;
          context.setProject( QgsProject::instance() ); // the native algorithm reads the project's CRS
          const QVariantMap results =
              bench::runOrDie( QStringLiteral( "native:serviceareafrompoint" ), parameters, context );
          lines = outputCount( results, QStringLiteral( "OUTPUT_LINES" ), context );
        } );
    detail = QStringLiteral( "service area %1 m: %2 line feature(s)" ).arg( kDefaultSearchM ).arg( lines );
  }
  else
  {
    // "ours" or "ours-whole", with ":N" for a ranged run of N samples.
    const bool whole = what.section( ':', 0, 0 ) == QLatin1String( "ours-whole" );
    const int samples = what.section( ':', 1, 1 ).toInt();
    const QgsRectangle extent = layers.roads->extent();
    // Whole network: a search distance at least the extent's diagonal (in metres for a metric CRS; the
    // Montevideo file is in degrees, roughly 111 km per degree).
    const double diagonal =
        std::hypot( extent.width(), extent.height() ) * ( layers.roads->crs().isGeographic() ? 111320.0 : 1.0 );
    const double searchM = whole ? std::max( kDefaultSearchM, diagonal ) : kDefaultSearchM;
    QVariantMap parameters;
    parameters.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( layers.roads.get() ) );
    parameters.insert( QStringLiteral( "PROTECTED_AREA" ), QVariant::fromValue( layers.venue.get() ) );
    parameters.insert( QStringLiteral( "SEARCH_DISTANCE_M" ), searchM );
    parameters.insert( QStringLiteral( "OUTPUT_POINTS" ), QStringLiteral( "memory:" ) );
    parameters.insert( QStringLiteral( "OUTPUT_ROUTES" ), QStringLiteral( "memory:" ) );
    parameters.insert( QStringLiteral( "OUTPUT_NETWORK" ), QStringLiteral( "memory:" ) );
    parameters.insert( QStringLiteral( "SAMPLES" ), samples );
    long long points = 0, edges = 0;
    seconds = bench::bestOfSeconds( repeats,
                                    [&]
                                    {
                                      QgsProcessingContext context;
                                      context.setProject( QgsProject::instance() );
                                      const QVariantMap results = bench::runOrDie(
                                          QStringLiteral( "eventsecurity:vehicleapproach" ), parameters, context );
                                      points = outputCount( results, QStringLiteral( "OUTPUT_POINTS" ), context );
                                      edges = outputCount( results, QStringLiteral( "OUTPUT_NETWORK" ), context );
                                    } );
    detail = QStringLiteral( "search %1 m: %2 impact point(s), %3 edge(s) with speeds" )
                 .arg( searchM, 0, 'f', 0 )
                 .arg( points )
                 .arg( edges );
  }
  std::printf( "seconds=%.4f peak_mib=%.1f %s\n", seconds, bench::peakMemoryMiB(), qPrintable( detail ) );
  return 0;
}

struct Measurement
{
  double seconds = -1;
  double peakMiB = -1;
  QString detail;
};

Measurement runChild( const QString &program, const QString &what, const QString &file )
{
  QProcess child;
  child.setProcessChannelMode( QProcess::ForwardedErrorChannel );
  child.start( program, { QStringLiteral( "--only" ), what, file } );
  child.waitForFinished( -1 );
  const QString output = QString::fromLocal8Bit( child.readAllStandardOutput() );
  const QRegularExpressionMatch match =
      QRegularExpression( QStringLiteral( "seconds=(\\S+) peak_mib=(\\S+) ([^\\n]*)" ) ).match( output );
  Measurement m;
  if ( child.exitCode() != 0 || !match.hasMatch() )
  {
    std::fprintf( stderr, "%s on %s failed:\n%s\n", qPrintable( what ), qPrintable( file ), qPrintable( output ) );
    return m;
  }
  m.seconds = match.captured( 1 ).toDouble();
  m.peakMiB = match.captured( 2 ).toDouble();
  m.detail = match.captured( 3 );
  return m;
}
} // namespace

// The ranged runs of one study area against its deterministic run and the native run.
void printRanged( const QString &label, const QList<int> &sampleCounts, const Measurement &deterministic,
                  const Measurement &native, const std::function<Measurement( int )> &runRanged )
{
  for ( const int samples : sampleCounts )
  {
    const Measurement ranged = runRanged( samples );
    const double perSampleMs = 1000 * ( ranged.seconds - deterministic.seconds ) / samples;
    std::printf( "  %-13s %5d samples %8.3f s  peak %7.1f MiB  (%.3f ms per sample over the deterministic %.3f s)  "
                 "ratio %.3f\n",
                 qPrintable( label ), samples, ranged.seconds, ranged.peakMiB, perSampleMs, deterministic.seconds,
                 ranged.seconds / native.seconds );
  }
}

int main( int argc, char *argv[] )
{
  bench::BenchQgis qgis( argc, argv );
  QStringList arguments = QCoreApplication::arguments();
  if ( arguments.size() == 4 && arguments.at( 1 ) == QLatin1String( "--only" ) )
    return measure( arguments.at( 2 ), arguments.at( 3 ) );
  QList<int> sampleCounts{ 200, 500 };
  if ( arguments.size() > 2 && arguments.at( 1 ) == QLatin1String( "--samples" ) )
  {
    sampleCounts.clear();
    for ( const QString &count : arguments.at( 2 ).split( ',', Qt::SkipEmptyParts ) )
      sampleCounts << count.toInt();
    arguments.erase( arguments.begin() + 1, arguments.begin() + 3 );
  }
  if ( arguments.size() < 2 || sampleCounts.contains( 0 ) )
  {
    std::fprintf( stderr, "usage: %s [--samples N,M,...] FILE.gpkg [FILE.gpkg ...]  (layers roads and venue)\n",
                  argv[0] );
    return 2;
  }
  for ( int i = 1; i < arguments.size(); ++i )
  {
    const QString file = arguments.at( i );
    const long long features = openLayers( file ).roads->featureCount();
    std::printf( "%s: %lld road feature(s)\n", qPrintable( file ), features );
    const Measurement native = runChild( arguments.at( 0 ), QStringLiteral( "native" ), file );
    const Measurement ours = runChild( arguments.at( 0 ), QStringLiteral( "ours" ), file );
    const Measurement whole = runChild( arguments.at( 0 ), QStringLiteral( "ours-whole" ), file );
    std::printf( "  native:serviceareafrompoint   %8.3f s  peak %7.1f MiB  (%s)\n", native.seconds, native.peakMiB,
                 qPrintable( native.detail ) );
    std::printf( "  vehicleapproach (default)     %8.3f s  peak %7.1f MiB  (%s)  ratio %.3f\n", ours.seconds,
                 ours.peakMiB, qPrintable( ours.detail ), ours.seconds / native.seconds );
    std::printf( "  vehicleapproach (whole net)   %8.3f s  peak %7.1f MiB  (%s)  ratio %.3f\n", whole.seconds,
                 whole.peakMiB, qPrintable( whole.detail ), whole.seconds / native.seconds );
    std::fflush( stdout );
    const auto ranged = [&]( const char *area )
    {
      return [&, area]( int samples )
      {
        const Measurement m = runChild( arguments.at( 0 ), QStringLiteral( "%1:%2" ).arg( area ).arg( samples ), file );
        std::fflush( stdout );
        return m;
      };
    };
    printRanged( QStringLiteral( "ranged" ), sampleCounts, ours, native, ranged( "ours" ) );
    printRanged( QStringLiteral( "ranged whole" ), sampleCounts, whole, native, ranged( "ours-whole" ) );
    std::fflush( stdout );
  }
  return 0;
}
