#pragma once

// Steady-state and finite-time formulas for a queue in front of c identical servers (search lanes): the
// random queue that forms even when the lanes could serve everyone on average. Time units are the
// caller's (all rates in the same unit, e.g. persons per minute); the results are in that unit.
namespace eventsecurity::domain
{

/**
 * Erlang C: the probability that an arrival has to wait in an M/M/c queue with \a servers servers and
 * offered load a = arrival rate / service rate per server (erlangs), a < servers. Computed through the
 * Erlang B recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)), C = c B / (c - a (1 - B)), which never
 * forms a^c or c! (Gross, Shortle, Thompson, Harris 2008, Fundamentals of Queueing Theory, 4th ed.,
 * section 2.3, M/M/c). Throws std::invalid_argument for servers < 1, a < 0, NaN, or a >= servers.
 */
double erlangCWaitProbability( int servers, double offeredLoadErlangs );

//! A queue in front of identical servers: rates in persons per time unit, variability as squared coefficients of
//! variation.
struct MultiServerQueue
{
  int servers = 1;
  double arrivalRate = 0;          // lambda
  double serviceRatePerServer = 1; // mu of one server
  double arrivalScv = 1;           // ca^2: 1 = Poisson arrivals
  double serviceScv = 1;           // cs^2: 1 = exponential service times, 0 = constant
};

/**
 * Mean wait in queue, Allen-Cunneen approximation for GI/G/c:
 *   Wq = (ca^2 + cs^2) / 2 x C(c, a) / (c mu - lambda),
 * exact for M/M/c (ca^2 = cs^2 = 1: Erlang C). Allen 1990, Probability, Statistics, and Queueing Theory,
 * 2nd ed., Academic Press, section on GI/G/c approximations; the same form as Kingman's heavy-traffic
 * formula for one server. For search times less variable than exponential (cs^2 < 1) and several
 * servers it is a few per cent low (Cosmetatos 1976, Operational Research Quarterly 27, 615-620: x 1.03
 * for M/D/10 at 90 %): keep cs^2 = 1 unless lanes are machine-paced. +infinity when lambda >= c mu. Throws
 * std::invalid_argument for servers < 1, a service rate <= 0, a negative arrival rate or squared coefficient, or NaN.
 */
double allenCunneenWait( const MultiServerQueue &queue );

//! Mean number waiting (not in service): Little's law, Lq = lambda Wq; +infinity when lambda >= c mu.
double allenCunneenQueueLength( const MultiServerQueue &queue );

/**
 * What randomness adds, on average, to the fluid queue max(m, 0) T of a queue that starts empty and whose
 * net input (arrivals minus departures) has drift m = \a driftRate and variance sigma^2 = \a varianceRate
 * per time unit, after \a duration T: the mean of reflected Brownian motion at T minus the fluid queue.
 * Reflected Brownian motion at T is distributed as the running maximum of the free motion over [0, T]
 * (Harrison 1985, Brownian Motion and Stochastic Flow Systems, chapter 1), whose mean is
 *   m T Phi(k) + sigma sqrt(T) phi(k) + sigma^2 / (2 m) (2 Phi(k) - 1),  k = m sqrt(T) / sigma;
 * minus max(m, 0) T this is even in m:
 *   excess = -|m| T (1 - Phi(k)) + sigma sqrt(T) phi(k) + sigma^2 / (2 |m|) erf(k / sqrt 2),  k = |m| sqrt(T) / sigma,
 * largest at m = 0, sigma sqrt(2 T / pi) (the reflection principle), and tending to sigma^2 / (2 |m|)
 * for long T: the steady-state queue below capacity, the fluctuation's reflection above it. This is
 * what keeps the random queue finite near capacity. Throws std::invalid_argument for a NaN or infinite
 * argument, or a negative variance or duration.
 */
double randomQueueExcess( double driftRate, double varianceRate, double duration );

} // namespace eventsecurity::domain
