// Times eventsecurity:standoffzones (3 rings, dissolved) against QGIS's native:multiringconstantbuffer
// followed by native:dissolve on the same 10,000 random points, in the same process. Prints both and the
// ratio (goal: ours / native <= 1.0). Not a test: figures depend on the machine.
#include "benchsupport.h"
#include "kingerybulmash.h"

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingutils.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <cstdio>
#include <memory>
#include <random>

using namespace eventsecurity;

namespace
{
constexpr int kPointCount = 10000;
constexpr double kSquareSideM = 10000; // 10 km x 10 km: ~100 points per km2, rings overlap heavily
constexpr double kRingStepM = 50;      // rings at 50, 100, 150 m
constexpr double kChargeKg = 1000;     // W^(1/3) = 10, so the rings are at Z = 5, 10, 15
// native:multiringconstantbuffer buffers with 40 segments per quarter circle; ours is given the same.
constexpr int kNativeSegments = 40;
constexpr int kRepeats = 3;

std::unique_ptr<QgsVectorLayer> randomPoints()
{
  // UTM 21S around Montevideo; a fixed seed keeps the runs comparable.
  auto layer = std::make_unique<QgsVectorLayer>( QStringLiteral( "Point?crs=EPSG:32721&field=id:integer" ),
                                                 QStringLiteral( "points" ), QStringLiteral( "memory" ) );
  std::mt19937 random( 20261125 );
  std::uniform_real_distribution<double> offset( 0.0, kSquareSideM );
  QgsFeatureList features;
  for ( int i = 0; i < kPointCount; ++i )
  {
    QgsFeature feature( layer->fields() );
    feature.setGeometry(
        QgsGeometry::fromPointXY( QgsPointXY( 570000 + offset( random ), 6130000 + offset( random ) ) ) );
    feature.setAttributes( QgsAttributes() << i );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  layer->updateExtents();
  return layer;
}

long long featureCount( const QVariantMap &results, QgsProcessingContext &context )
{
  QgsVectorLayer *layer = qobject_cast<QgsVectorLayer *>(
      QgsProcessingUtils::mapLayerFromString( results.value( QStringLiteral( "OUTPUT" ) ).toString(), context ) );
  return layer ? layer->featureCount() : -1;
}
} // namespace

int main( int argc, char *argv[] )
{
  bench::BenchQgis qgis( argc, argv );
  std::unique_ptr<QgsVectorLayer> points = randomPoints();

  // Thresholds whose rings fall exactly at 50, 100 and 150 m: P(Z) at Z = R / W^(1/3).
  QStringList thresholds;
  for ( int ring = 1; ring <= 3; ++ring )
    thresholds << QString::number( *domain::kingerybulmash::incidentOverpressureKpa( ring * kRingStepM, kChargeKg ),
                                   'g', 17 );

  const auto ours = [&]( bool dissolve )
  {
    QgsProcessingContext context;
    QVariantMap parameters;
    parameters.insert( QStringLiteral( "INPUT" ), QVariant::fromValue( points.get() ) );
    parameters.insert( QStringLiteral( "THREAT" ), 8 ); // custom charge
    parameters.insert( QStringLiteral( "CHARGE_KG" ), kChargeKg );
    parameters.insert( QStringLiteral( "METHOD" ), 1 );
    parameters.insert( QStringLiteral( "THRESHOLDS_KPA" ), thresholds.join( ',' ) );
    parameters.insert( QStringLiteral( "DISSOLVE" ), dissolve );
    parameters.insert( QStringLiteral( "SEGMENTS" ), kNativeSegments );
    parameters.insert( QStringLiteral( "OUTPUT" ), QStringLiteral( "memory:" ) );
    const QVariantMap results = bench::runOrDie( QStringLiteral( "eventsecurity:standoffzones" ), parameters, context );
    return featureCount( results, context );
  };
  const auto native = [&]( bool dissolve )
  {
    QgsProcessingContext context;
    QVariantMap rings;
    rings.insert( QStringLiteral( "INPUT" ), QVariant::fromValue( points.get() ) );
    rings.insert( QStringLiteral( "RINGS" ), 3 );
    rings.insert( QStringLiteral( "DISTANCE" ), kRingStepM );
    rings.insert( QStringLiteral( "OUTPUT" ), QStringLiteral( "memory:" ) );
    const QVariantMap ringResults =
        bench::runOrDie( QStringLiteral( "native:multiringconstantbuffer" ), rings, context );
    if ( !dissolve )
      return featureCount( ringResults, context );
    QVariantMap merge;
    merge.insert( QStringLiteral( "INPUT" ), ringResults.value( QStringLiteral( "OUTPUT" ) ) );
    merge.insert( QStringLiteral( "FIELD" ), QStringList() << QStringLiteral( "ringId" ) );
    merge.insert( QStringLiteral( "OUTPUT" ), QStringLiteral( "memory:" ) );
    return featureCount( bench::runOrDie( QStringLiteral( "native:dissolve" ), merge, context ), context );
  };

  long long oursCount = 0, nativeCount = 0;
  const double oursDissolved = bench::bestOfSeconds( kRepeats, [&] { oursCount = ours( true ); } );
  const double nativeDissolved = bench::bestOfSeconds( kRepeats, [&] { nativeCount = native( true ); } );
  std::printf( "%d random points, 3 rings (50/100/150 m), %d segments per quarter, best of %d\n", kPointCount,
               kNativeSegments, kRepeats );
  std::printf( "eventsecurity:standoffzones DISSOLVE=true            %8.3f s  (%lld features)\n", oursDissolved,
               oursCount );
  std::printf( "native:multiringconstantbuffer + native:dissolve     %8.3f s  (%lld features)\n", nativeDissolved,
               nativeCount );
  std::printf( "ratio ours / native                                  %8.3f\n", oursDissolved / nativeDissolved );

  const double oursRings = bench::bestOfSeconds( kRepeats, [&] { oursCount = ours( false ); } );
  const double nativeRings = bench::bestOfSeconds( kRepeats, [&] { nativeCount = native( false ); } );
  std::printf( "eventsecurity:standoffzones DISSOLVE=false           %8.3f s  (%lld features)\n", oursRings,
               oursCount );
  std::printf( "native:multiringconstantbuffer alone                 %8.3f s  (%lld features)\n", nativeRings,
               nativeCount );
  std::printf( "ratio ours / native (no dissolve)                    %8.3f\n", oursRings / nativeRings );
  std::printf( "peak memory %.0f MiB\n", bench::peakMemoryMiB() );
  return 0;
}
