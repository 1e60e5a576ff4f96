#include "multiserverqueue.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace eventsecurity::domain
{

namespace
{
constexpr double kPiValue = 3.14159265358979323846;

void requireQueue( const MultiServerQueue &queue )
{
  if ( queue.servers < 1 )
    throw std::invalid_argument( "a queue needs at least one server (search lane)" );
  if ( !( queue.serviceRatePerServer > 0 ) || !std::isfinite( queue.serviceRatePerServer ) )
    throw std::invalid_argument( "service rate per lane must be a finite number > 0" );
  if ( !( queue.arrivalRate >= 0 ) || !std::isfinite( queue.arrivalRate ) )
    throw std::invalid_argument( "arrival rate must be a finite number >= 0" );
  if ( !( queue.arrivalScv >= 0 ) || !std::isfinite( queue.arrivalScv ) || !( queue.serviceScv >= 0 ) ||
       !std::isfinite( queue.serviceScv ) )
    throw std::invalid_argument( "squared coefficients of variation must be finite numbers >= 0" );
}
} // namespace

double erlangCWaitProbability( int servers, double offeredLoadErlangs )
{
  if ( servers < 1 )
    throw std::invalid_argument( "Erlang C needs at least one server" );
  if ( !( offeredLoadErlangs >= 0 ) )
    throw std::invalid_argument( "offered load must be a number >= 0 erlangs" );
  if ( !( offeredLoadErlangs < servers ) )
    throw std::invalid_argument( "Erlang C needs an offered load below the number of servers" );
  double blocking = 1; // Erlang B with 0 servers
  for ( int k = 1; k <= servers; ++k )
    blocking = offeredLoadErlangs * blocking / ( k + offeredLoadErlangs * blocking );
  return servers * blocking / ( servers - offeredLoadErlangs * ( 1 - blocking ) );
}

double allenCunneenWait( const MultiServerQueue &queue )
{
  requireQueue( queue );
  const double capacity = queue.servers * queue.serviceRatePerServer;
  if ( !( queue.arrivalRate < capacity ) )
    return std::numeric_limits<double>::infinity();
  const double waitProbability =
      erlangCWaitProbability( queue.servers, queue.arrivalRate / queue.serviceRatePerServer );
  const double variability = ( queue.arrivalScv + queue.serviceScv ) / 2;
  return variability * waitProbability / ( capacity - queue.arrivalRate );
}

double allenCunneenQueueLength( const MultiServerQueue &queue )
{
  const double wait = allenCunneenWait( queue );
  if ( std::isinf( wait ) )
    return wait;
  return queue.arrivalRate * wait;
}

double randomQueueExcess( double driftRate, double varianceRate, double duration )
{
  if ( !std::isfinite( driftRate ) || !( varianceRate >= 0 ) || !( duration >= 0 ) || !std::isfinite( varianceRate ) ||
       !std::isfinite( duration ) )
    throw std::invalid_argument( "queue drift, variance rate and duration must be finite numbers, the last two >= 0" );
  const double sigma = std::sqrt( varianceRate );
  if ( sigma == 0 || duration == 0 )
    return 0;
  const double rootT = std::sqrt( duration );
  const double m = std::fabs( driftRate );
  if ( m == 0 )
    return sigma * std::sqrt( 2 * duration / kPiValue );
  const double k = m * rootT / sigma;
  const double density = std::exp( -k * k / 2 ) / std::sqrt( 2 * kPiValue );
  const double upperTail = std::erfc( k / std::sqrt( 2.0 ) ) / 2; // 1 - Phi(k), without cancellation
  return -m * duration * upperTail + sigma * rootT * density +
         varianceRate / ( 2 * m ) * std::erf( k / std::sqrt( 2.0 ) );
}

} // namespace eventsecurity::domain
