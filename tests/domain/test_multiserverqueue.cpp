// Erlang C, the Allen-Cunneen wait and what randomness adds to a queue in finite time (multiserverqueue.h),
// against closed forms worked by hand and a brute-force simulation.
#include "multiserverqueue.h"

#include <QtTest/QtTest>

#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <random>
#include <stdexcept>
#include <vector>

using namespace eventsecurity::domain;

namespace
{
constexpr double kPiValue = 3.14159265358979323846;

// Mean wait in queue of a FIFO queue with `servers` servers over `customers` arrivals (after a warm-up of
// a tenth), from random interarrival and service times: the brute-force check.
double simulatedMeanWait( int servers, int customers, const std::function<double()> &nextInterarrival,
                          const std::function<double()> &nextService )
{
  std::priority_queue<double, std::vector<double>, std::greater<double>> freeAt;
  for ( int i = 0; i < servers; ++i )
    freeAt.push( 0 );
  double clock = 0;
  double waitSum = 0;
  const int warmup = customers / 10;
  for ( int i = 0; i < customers + warmup; ++i )
  {
    clock += nextInterarrival();
    const double start = std::max( clock, freeAt.top() );
    freeAt.pop();
    freeAt.push( start + nextService() );
    if ( i >= warmup )
      waitSum += start - clock;
  }
  return waitSum / customers;
}

// Erlang C from its textbook form in logarithms (lgamma), independent of the Erlang B recursion.
double erlangCDirect( int c, double a )
{
  const double logTop = c * std::log( a ) - std::lgamma( c + 1.0 ) + std::log( c / ( c - a ) );
  double sum = 0;
  for ( int k = 0; k < c; ++k )
    sum += std::exp( k * std::log( a ) - std::lgamma( k + 1.0 ) - logTop );
  return 1 / ( 1 + sum );
}
} // namespace

class TestMultiServerQueue : public QObject
{
  Q_OBJECT

private slots:
  void erlangCHandValues();
  void erlangCManyServers();
  void allenCunneenHandValues();
  void allenCunneenMatchesSimulation();
  void excessHandValues();
  void excessMatchesRandomWalk();
  void rejectsBadInput();
};

void TestMultiServerQueue::erlangCHandValues()
{
  // One server: an arrival waits when the server is busy, probability rho: a = 0.7 -> 0.7.
  QVERIFY( qFuzzyCompare( erlangCWaitProbability( 1, 0.7 ), 0.7 ) );
  // Two servers: C = 2 rho^2 / (1 + rho), rho = a/2; a = 1.5: 2 x 0.5625 / 1.75 = 9/14.
  QVERIFY( qFuzzyCompare( erlangCWaitProbability( 2, 1.5 ), 9.0 / 14 ) );
  // Three servers, a = 2: sum_{k<3} a^k/k! = 1 + 2 + 2 = 5; a^3/3! x c/(c-a) = 8/6 x 3 = 4; C = 4/9.
  QVERIFY( qFuzzyCompare( erlangCWaitProbability( 3, 2 ), 4.0 / 9 ) );
  QCOMPARE( erlangCWaitProbability( 5, 0 ), 0.0 );
}

void TestMultiServerQueue::erlangCManyServers()
{
  // a^c and c! overflow for c = 1000; the recursion must not. Against the log-space textbook form.
  for ( const auto &[c, a] :
        std::vector<std::pair<int, double>>{ { 10, 8 }, { 100, 95 }, { 1000, 950 }, { 1000, 999 } } )
  {
    const double recursion = erlangCWaitProbability( c, a );
    QVERIFY2(
        std::fabs( recursion - erlangCDirect( c, a ) ) < 1e-9,
        qPrintable(
            QStringLiteral( "c %1 a %2: %3 vs %4" ).arg( c ).arg( a ).arg( recursion ).arg( erlangCDirect( c, a ) ) ) );
    QVERIFY( recursion > 0 && recursion < 1 );
  }
}

void TestMultiServerQueue::allenCunneenHandValues()
{
  // M/M/1, lambda 0.5, mu 1: Wq = rho / (mu - lambda) = 0.5 / 0.5 = 1; Lq = lambda Wq = 0.5.
  MultiServerQueue queue{ 1, 0.5, 1, 1, 1 };
  QVERIFY( qFuzzyCompare( allenCunneenWait( queue ), 1.0 ) );
  QVERIFY( qFuzzyCompare( allenCunneenQueueLength( queue ), 0.5 ) );
  // M/D/1 (cs^2 = 0): Pollaczek-Khinchine gives exactly half of M/M/1, rho / (2 mu (1 - rho)) = 0.5.
  queue.serviceScv = 0;
  QVERIFY( qFuzzyCompare( allenCunneenWait( queue ), 0.5 ) );
  // M/M/2, lambda 10/min, 400/h = 20/3 per min per lane: a = 1.5, C = 9/14, Wq = C / (40/3 - 10) = 27/140 min,
  // Lq = 10 x 27/140 = 27/14 (= C rho / (1 - rho) = 9/14 x 3).
  const MultiServerQueue lanes{ 2, 10, 20.0 / 3, 1, 1 };
  QVERIFY( qFuzzyCompare( allenCunneenWait( lanes ), 27.0 / 140 ) );
  QVERIFY( qFuzzyCompare( allenCunneenQueueLength( lanes ), 27.0 / 14 ) );
  // Deterministic arrivals and service: no random queue.
  QCOMPARE( allenCunneenWait( { 2, 10, 20.0 / 3, 0, 0 } ), 0.0 );
  // At and above capacity there is no steady state.
  QVERIFY( std::isinf( allenCunneenWait( { 2, 40.0 / 3, 20.0 / 3, 1, 1 } ) ) );
  QVERIFY( std::isinf( allenCunneenQueueLength( { 2, 20, 20.0 / 3, 1, 1 } ) ) );
  QCOMPARE( allenCunneenWait( { 3, 0, 1, 1, 1 } ), 0.0 );
}

void TestMultiServerQueue::allenCunneenMatchesSimulation()
{
  // M/M/c: Erlang C is exact, so 1M simulated customers must agree within their sampling error (~1 %).
  std::mt19937_64 engine( 20240611 );
  std::exponential_distribution<double> arrivals( 10 );
  std::exponential_distribution<double> searches( 20.0 / 3 );
  const double simulatedMm2 = simulatedMeanWait(
      2, 1000000, [&] { return arrivals( engine ); }, [&] { return searches( engine ); } );
  const double formulaMm2 = allenCunneenWait( { 2, 10, 20.0 / 3, 1, 1 } );
  QVERIFY2( std::fabs( simulatedMm2 / formulaMm2 - 1 ) < 0.03,
            qPrintable( QStringLiteral( "M/M/2: simulated %1, Erlang C %2" ).arg( simulatedMm2 ).arg( formulaMm2 ) ) );
  // M/D/c: Allen-Cunneen (half of M/M/c) is an approximation, a few per cent LOW for constant service:
  // Cosmetatos 1976 (Operational Research Quarterly 27, 615-620) multiplies it by
  // 1 + (1 - rho)(c - 1)(sqrt(4 + 5c) - 2) / (16 rho c) = 1 + 0.1 x 9 x 5.348 / 144 = 1.033 for 10 lanes at
  // 90 %. Checked here to stay within 10 % of the simulation (and documented in multiserverqueue.h).
  std::exponential_distribution<double> busy( 60 );
  const double simulatedMd10 = simulatedMeanWait(
      10, 1000000, [&] { return busy( engine ); }, [] { return 1.0 / 6.666666666666667; } );
  const double formulaMd10 = allenCunneenWait( { 10, 60, 6.666666666666667, 1, 0 } );
  QVERIFY2( std::fabs( formulaMd10 / simulatedMd10 - 1 ) < 0.1,
            qPrintable(
                QStringLiteral( "M/D/10: simulated %1, Allen-Cunneen %2" ).arg( simulatedMd10 ).arg( formulaMd10 ) ) );
}

void TestMultiServerQueue::excessHandValues()
{
  // Zero drift: sigma sqrt(2 T / pi); variance 2 per unit time over T = pi -> sqrt(2 x 2) = 2.
  QVERIFY( qFuzzyCompare( randomQueueExcess( 0, 2, kPiValue ), 2.0 ) );
  // sigma 1, T 1, |m| 1: k = 1, Phi(1) = 0.841345, phi(1) = 0.241971 (normal tables), erf(1/sqrt 2) =
  // 2 Phi(1) - 1 = 0.682689: -0.158655 + 0.241971 + 0.5 x 0.682689 = 0.424661, the same for m = -1 and +1.
  QVERIFY( std::fabs( randomQueueExcess( 1, 1, 1 ) - 0.424661 ) < 2e-6 );
  QVERIFY( std::fabs( randomQueueExcess( -1, 1, 1 ) - 0.424661 ) < 2e-6 );
  // Long below capacity: the steady state of reflected Brownian motion, sigma^2 / (2 |m|) = 4 / 2 = 2.
  QVERIFY( std::fabs( randomQueueExcess( -1, 4, 1e4 ) - 2 ) < 1e-9 );
  // Largest at zero drift; continuous there (no jump at capacity).
  QVERIFY( randomQueueExcess( 0.5, 1, 1 ) < randomQueueExcess( 0, 1, 1 ) );
  QVERIFY( std::fabs( randomQueueExcess( 1e-9, 1, 1 ) - std::sqrt( 2 / kPiValue ) ) < 1e-8 );
  QCOMPARE( randomQueueExcess( 3, 0, 10 ), 0.0 );
  QCOMPARE( randomQueueExcess( 3, 5, 0 ), 0.0 );
}

void TestMultiServerQueue::excessMatchesRandomWalk()
{
  // A queue fed and drained at random: +1 at rate 1.1, -1 at rate 1 (when not empty), from empty, for
  // T = 400: drift 0.1, variance 2.1 per unit time. Its mean at T over 4,000 runs against the fluid queue
  // 40 plus the excess: sigma sqrt(T) = sqrt(2.1 x 400) = 28.98, k = 0.1 x 20 / 1.449 = 1.380, 1 - Phi(k) =
  // 0.0838, phi(k) = 0.1539, erf(k / sqrt 2) = 0.8325: -40 x 0.0838 + 28.98 x 0.1539 + 10.5 x 0.8325
  // = 9.85. (An M/M/1 queue at rho 1.1 by uniformisation: every event at rate 2.1 is an arrival with
  // probability 1.1 / 2.1, else a departure if anyone is there.) Within 5 %, sampling error about 1 %.
  std::mt19937_64 engine( 5 );
  std::exponential_distribution<double> step( 2.1 );
  std::uniform_real_distribution<double> coin( 0, 2.1 );
  double sum = 0;
  const int runs = 4000;
  for ( int run = 0; run < runs; ++run )
  {
    int queue = 0;
    for ( double t = step( engine ); t < 400; t += step( engine ) )
      queue = coin( engine ) < 1.1 ? queue + 1 : std::max( 0, queue - 1 );
    sum += queue;
  }
  const double expected = 40 + randomQueueExcess( 0.1, 2.1, 400 );
  QVERIFY( std::fabs( expected - 49.85 ) < 0.01 );
  QVERIFY2( std::fabs( sum / runs / expected - 1 ) < 0.05,
            qPrintable( QStringLiteral( "simulated %1, diffusion %2" ).arg( sum / runs ).arg( expected ) ) );
}

void TestMultiServerQueue::rejectsBadInput()
{
  const double nan = std::numeric_limits<double>::quiet_NaN();
  QVERIFY_EXCEPTION_THROWN( erlangCWaitProbability( 0, 0.5 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( erlangCWaitProbability( 2, -1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( erlangCWaitProbability( 2, 2 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( erlangCWaitProbability( 2, nan ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( allenCunneenWait( { 0, 1, 1, 1, 1 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( allenCunneenWait( { 1, 1, 0, 1, 1 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( allenCunneenWait( { 1, -1, 1, 1, 1 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( allenCunneenWait( { 1, 0.5, 1, -1, 1 } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( allenCunneenWait( { 1, 0.5, 1, 1, nan } ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( randomQueueExcess( 0, -1, 1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( randomQueueExcess( 0, 1, -1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( randomQueueExcess( 0, 1, nan ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( randomQueueExcess( nan, 1, 1 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( randomQueueExcess( 0, std::numeric_limits<double>::infinity(), 1 ), std::invalid_argument );
}

QTEST_APPLESS_MAIN( TestMultiServerQueue )
#include "test_multiserverqueue.moc"
