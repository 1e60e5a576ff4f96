// The seeded random source, parameter ranges, Latin hypercube sampling, percentiles and sample counts
// (sampling.h): exact values worked by hand from the Mersenne Twister's outputs, known distributions.
#include "sampling.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

using namespace eventsecurity::domain;

namespace
{
// The first outputs of std::mt19937_64 from its default seed 5489. The engine is specified exactly by the
// standard ([rand.predef] fixes its 10000th output, checked below), so these are the same everywhere.
constexpr std::uint64_t kFirst = 14514284786278117030ULL;
constexpr std::uint64_t kSecond = 4620546740167642908ULL;
constexpr std::uint64_t kThird = 13109570281517897720ULL;
} // namespace

class TestSampling : public QObject
{
  Q_OBJECT

private slots:
  void engineIsTheStandards();
  void uniformFromTopBits();
  void indexBelowRejectsTheRemainder();
  void latinHypercubeByHand();
  void latinHypercubeStrata();
  void sameSeedSameSamples();
  void rangeTransforms();
  void percentileType7();
  void percentileOfUniformIsExact();
  void samplesForPrecision();
  void sampleBudget();
  void rejectsBadInput();
};

void TestSampling::engineIsTheStandards()
{
  RandomSource random;
  QVERIFY( random.next() == kFirst );
  QVERIFY( random.next() == kSecond );
  QVERIFY( random.next() == kThird );
  for ( int i = 4; i < 10000; ++i )
    random.next();
  QVERIFY( random.next() == 9981545732273789042ULL ); // C++ standard [rand.predef]: the 10000th output
}

void TestSampling::uniformFromTopBits()
{
  // u = (x >> 11) x 2^-53: kFirst >> 11 = 7087053118299861 -> 0.78682095486780...;
  // kSecond >> 11 = 2256126337972481 -> 0.25048034068802... Exact, compared bit for bit.
  RandomSource random;
  const double first = random.uniform01();
  const double second = random.uniform01();
  QVERIFY( first == std::ldexp( 7087053118299861.0, -53 ) );
  QVERIFY( first == 0.7868209548678019 );
  QVERIFY( second == std::ldexp( 2256126337972481.0, -53 ) );
  QVERIFY( second == 0.2504803406880286 );
  // Never 1: the largest output gives (2^53 - 1) / 2^53.
  QVERIFY( std::ldexp( static_cast<double>( ~std::uint64_t( 0 ) >> 11 ), -53 ) < 1 );
}

void TestSampling::indexBelowRejectsTheRemainder()
{
  // n = 3: 2^64 mod 3 = 1, only the largest output is drawn again; kFirst mod 3 = 1, kSecond mod 3 = 0,
  // kThird mod 3 = 2.
  RandomSource random;
  QCOMPARE( random.below( 3 ), std::uint64_t( 1 ) );
  QCOMPARE( random.below( 3 ), std::uint64_t( 0 ) );
  QCOMPARE( random.below( 3 ), std::uint64_t( 2 ) );
  // n = 2^63 + 1: 2^64 mod n = 2^63 - 1, outputs above 2^63 are drawn again. kFirst (1.45e19 > 2^63 =
  // 9.22e18) is rejected, kSecond (4.6e18) is taken as it is.
  RandomSource again;
  QVERIFY( again.below( ( std::uint64_t( 1 ) << 63 ) + 1 ) == kSecond );
  // Unbiased: 60,000 draws below 3, each value 20,000 +- 5 standard deviations (sqrt(60000 x 1/3 x 2/3) = 115).
  RandomSource counts( 99 );
  int seen[3] = { 0, 0, 0 };
  for ( int i = 0; i < 60000; ++i )
    ++seen[counts.below( 3 )];
  for ( int value : seen )
    QVERIFY2( std::abs( value - 20000 ) < 5 * 115, qPrintable( QString::number( value ) ) );
}

void TestSampling::latinHypercubeByHand()
{
  // N = 2, one dimension. Fisher-Yates: i = 1, j = below(2) = kFirst mod 2 = 0: swap -> strata [1, 0].
  // Then (stratum + u) / 2 with u from kSecond and kThird:
  // (1 + 0.2504803406880286) / 2 = 0.6252401703440142, (0 + 0.7106712289786554) / 2 = 0.3553356144893277.
  RandomSource random;
  const auto points = unitSamples( 2, 1, SamplingScheme::LatinHypercube, random );
  QVERIFY( points[0][0] == ( 1 + std::ldexp( 2256126337972481.0, -53 ) ) / 2 );
  QVERIFY( points[0][0] == 0.6252401703440142 );
  QVERIFY( points[1][0] == std::ldexp( 6401157364022410.0, -53 ) / 2 ); // kThird >> 11 = 6401157364022410
  QVERIFY( points[1][0] == 0.3553356144893277 );
  // Independent points are the uniforms in order.
  RandomSource plain;
  const auto independent = unitSamples( 2, 1, SamplingScheme::Independent, plain );
  QVERIFY( independent[0][0] == 0.7868209548678019 && independent[1][0] == 0.2504803406880286 );
}

void TestSampling::latinHypercubeStrata()
{
  // Every dimension has exactly one point in each of the N strata [k/N, (k+1)/N).
  RandomSource random( 42 );
  const int n = 1000;
  const auto points = unitSamples( n, 4, SamplingScheme::LatinHypercube, random );
  QCOMPARE( static_cast<int>( points.size() ), n );
  for ( int d = 0; d < 4; ++d )
  {
    std::vector<int> perStratum( n, 0 );
    for ( const auto &point : points )
    {
      QVERIFY( point[d] >= 0 && point[d] < 1 );
      ++perStratum[static_cast<int>( point[d] * n )];
    }
    QVERIFY( std::all_of( perStratum.begin(), perStratum.end(), []( int count ) { return count == 1; } ) );
  }
}

void TestSampling::sameSeedSameSamples()
{
  RandomSource a( 2024 );
  RandomSource b( 2024 );
  RandomSource c( 2025 );
  const auto first = unitSamples( 50, 3, SamplingScheme::LatinHypercube, a );
  QVERIFY( first == unitSamples( 50, 3, SamplingScheme::LatinHypercube, b ) );
  QVERIFY( first != unitSamples( 50, 3, SamplingScheme::LatinHypercube, c ) );
}

void TestSampling::rangeTransforms()
{
  // Uniform: lower + u (upper - lower).
  const ParameterRange uniform = relativeRange( 2, 0.3, "a0" ); // 1.4 .. 2.6
  QVERIFY( qFuzzyCompare( uniform.lower, 1.4 ) && qFuzzyCompare( uniform.upper, 2.6 ) && uniform.mode == 2 );
  QVERIFY( qFuzzyCompare( valueAtProbability( uniform, 0.95 ), 1.4 + 0.95 * 1.2 ) );
  QCOMPARE( valueAtProbability( uniform, 0 ), uniform.lower );
  QCOMPARE( valueAtProbability( uniform, 1 ), uniform.upper );
  // Triangular on [0, 2], mode 1: F(mode) = 1/2; u = 0.25 -> sqrt(0.25 x 2 x 1) = sqrt(0.5);
  // u = 0.875 -> 2 - sqrt(0.125 x 2 x 1) = 1.5; the mode at 0.5.
  const ParameterRange triangle{ 0, 1, 2, RangeShape::Triangular };
  QVERIFY( valueAtProbability( triangle, 0.25 ) == 0.7071067811865476 );
  QVERIFY( valueAtProbability( triangle, 0.875 ) == 1.5 );
  QVERIFY( valueAtProbability( triangle, 0.5 ) == 1 );
  // Skewed [0, 4], mode 1: F(mode) = 1/4 -> the mode at 0.25; u = 0.5 -> 4 - sqrt(0.5 x 4 x 3) = 4 - sqrt 6.
  const ParameterRange skewed{ 0, 1, 4, RangeShape::Triangular };
  QVERIFY( valueAtProbability( skewed, 0.25 ) == 1 );
  QVERIFY( qFuzzyCompare( valueAtProbability( skewed, 0.5 ), 4 - std::sqrt( 6.0 ) ) );
  // The header's claim: for a symmetric range the 95th percentile lies 0.9 of the half-width above the
  // mode (uniform) against 1 - sqrt(0.1) = 0.684 (triangular).
  QVERIFY( qFuzzyCompare( valueAtProbability( { -1, 0, 1, RangeShape::Uniform }, 0.95 ) + 1, 0.9 + 1 ) );
  QVERIFY( qFuzzyCompare( valueAtProbability( triangle, 0.95 ), 1 + ( 1 - std::sqrt( 0.1 ) ) ) );
  // A range of one value.
  QCOMPARE( valueAtProbability( relativeRange( 3, 0, "x", RangeShape::Triangular ), 0.3 ), 3.0 );
}

void TestSampling::percentileType7()
{
  // Sorted 1 2 3 4: h = 3 p; p = 0.5 -> 2 + 0.5 = 2.5; p = 0.95 -> h = 2.85, 3 + 0.85 = 3.85.
  QVERIFY( qFuzzyCompare( percentile( { 4, 2, 1, 3 }, 0.5 ), 2.5 ) );
  QVERIFY( qFuzzyCompare( percentile( { 4, 2, 1, 3 }, 0.95 ), 3.85 ) );
  QCOMPARE( percentile( { 4, 2, 1, 3 }, 0 ), 1.0 );
  QCOMPARE( percentile( { 4, 2, 1, 3 }, 1 ), 4.0 );
  // R: quantile(c(3, 1, 4, 1, 5, 9, 2, 6), 0.95, type = 7): sorted 1 1 2 3 4 5 6 9, h = 7 x 0.95 = 6.65,
  // 6 + 0.65 x (9 - 6) = 7.95.
  QVERIFY( qFuzzyCompare( percentile( { 3, 1, 4, 1, 5, 9, 2, 6 }, 0.95 ), 7.95 ) );
  QCOMPARE( percentile( { 7 }, 0.95 ), 7.0 );
}

void TestSampling::percentileOfUniformIsExact()
{
  // Evenly spaced 0, 1/100, ..., 1: definition 7 returns p itself.
  std::vector<double> grid;
  for ( int i = 0; i <= 100; ++i )
    grid.push_back( i / 100.0 );
  for ( const double p : { 0.05, 0.5, 0.9, 0.95, 0.99 } )
    QVERIFY( std::fabs( percentile( grid, p ) - p ) < 1e-15 );
  // N Latin hypercube points of U(0, 1): the order statistic k lies in stratum k, so the estimate of
  // the p-quantile lies within 2 / N of p (h = (N - 1) p between strata floor h and floor h + 1).
  for ( const int n : { 20, 100, 1000 } )
  {
    RandomSource random( n );
    std::vector<double> values;
    for ( const auto &point : unitSamples( n, 1, SamplingScheme::LatinHypercube, random ) )
      values.push_back( point[0] );
    for ( const double p : { 0.5, 0.95 } )
      QVERIFY2( std::fabs( percentile( values, p ) - p ) <= 2.0 / n,
                qPrintable( QStringLiteral( "N %1 p %2: %3" ).arg( n ).arg( p ).arg( percentile( values, p ) ) ) );
  }
}

void TestSampling::samplesForPrecision()
{
  // N = 1.95996^2 p (1 - p) / h^2: p 0.95, h 0.01 -> 3.8415 x 0.0475 / 1e-4 = 1824.7 -> 1825; h 0.02 ->
  // 456.2 -> 457; p 0.5, h 0.05 -> 3.8415 x 0.25 / 0.0025 = 384.1 -> 385.
  QCOMPARE( samplesForPercentile( 0.95, 0.01 ), 1825 );
  QCOMPARE( samplesForPercentile( 0.95, 0.02 ), 457 );
  QCOMPARE( samplesForPercentile( 0.5, 0.05 ), 385 );
  QCOMPARE( minimumSamplesForPercentile( 0.95 ), 20 );
  QCOMPARE( minimumSamplesForPercentile( 0.5 ), 2 );
  QCOMPARE( minimumSamplesForPercentile( 0.99 ), 100 );
  QCOMPARE( minimumSamplesForPercentile( 0.05 ), 20 );
  // The promise, checked: with 457 independent uniform samples the 95th percentile's estimate falls in
  // [0.93, 0.97] in about 95 % of runs (1,000 runs: 95 % +- 3 standard deviations of 0.7 %).
  RandomSource random( 3 );
  int inside = 0;
  for ( int run = 0; run < 1000; ++run )
  {
    std::vector<double> values( 457 );
    for ( double &value : values )
      value = random.uniform01();
    const double estimate = percentile( values, 0.95 );
    inside += estimate >= 0.93 && estimate <= 0.97;
  }
  QVERIFY2( inside >= 929 && inside <= 971, qPrintable( QString::number( inside ) ) );
}

void TestSampling::sampleBudget()
{
  requireSampleBudget( 1000, 0.01 ); // 10 s
  requireSampleBudget( 180, 10 );    // 30 min exactly
  try
  {
    requireSampleBudget( 1000, 10 ); // 10,000 s = 167 min
    QFAIL( "a run of 167 minutes was accepted" );
  }
  catch ( const std::invalid_argument &error )
  {
    QVERIFY2( QString( error.what() ).contains( QStringLiteral( "about 167 min" ) ), error.what() );
    QVERIFY2( QString( error.what() ).contains( QStringLiteral( "use at most 180 samples" ) ), error.what() );
  }
  QVERIFY_EXCEPTION_THROWN( requireSampleBudget( 10, 1, 5 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requireSampleBudget( 0, 0.01 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requireSampleBudget( kMaxSamples + 1, 0 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requireSampleBudget( 10, -1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requireSampleBudget( 10, std::numeric_limits<double>::infinity() ), std::invalid_argument );
}

void TestSampling::rejectsBadInput()
{
  const double nan = std::numeric_limits<double>::quiet_NaN();
  QVERIFY_EXCEPTION_THROWN( relativeRange( 2, -0.1, "a0" ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( relativeRange( 2, 0.95, "a0" ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( relativeRange( 0, 0.3, "a0" ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( relativeRange( nan, 0.3, "a0" ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( relativeRange( 2, nan, "a0" ), std::invalid_argument );
  try
  {
    requireRange( { 3, 3, 2, RangeShape::Uniform }, "vehicle top speed" );
    QFAIL( "upper below lower was accepted" );
  }
  catch ( const std::invalid_argument &error )
  {
    QVERIFY2( QString( error.what() )
                  .contains( QStringLiteral( "vehicle top speed: the upper bound 2 is below the lower bound 3" ) ),
              error.what() );
  }
  QVERIFY_EXCEPTION_THROWN( requireRange( { 1, 5, 2, RangeShape::Triangular }, "x" ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( requireRange( { 1, 1, std::numeric_limits<double>::infinity() }, "x" ),
                            std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( valueAtProbability( { 0, 0, 1 }, 1.5 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( valueAtProbability( { 0, 0, 1 }, nan ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( percentile( {}, 0.5 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( percentile( { 1, nan }, 0.5 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( percentile( { 1, 2 }, 1.1 ), std::invalid_argument );
  RandomSource random;
  QVERIFY_EXCEPTION_THROWN( unitSamples( 0, 1, SamplingScheme::LatinHypercube, random ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( unitSamples( 5, 0, SamplingScheme::LatinHypercube, random ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( random.below( 0 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( samplesForPercentile( 1, 0.01 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( samplesForPercentile( 0.95, 0 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( samplesForPercentile( 0.95, 0.06 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( samplesForPercentile( 0.95, 1e-4 ), std::invalid_argument ); // 18 million samples
  QVERIFY_EXCEPTION_THROWN( minimumSamplesForPercentile( 0 ), std::invalid_argument );
}

QTEST_APPLESS_MAIN( TestSampling )
#include "test_sampling.moc"
