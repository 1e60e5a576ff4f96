#include "queueoutputs.h"

#include "eventsecurityalgorithm.h"
#include "eventsecuritycompat.h"
#include "metriccrs.h"
#include "vehicledynamics.h"

#include <qgsfeedback.h>

#include <cmath>

namespace eventsecurity
{

namespace
{
QVariant finiteOrNull( double value )
{
  return std::isfinite( value ) ? QVariant( value ) : compat::nullOf( compat::FieldDouble );
}

QVariant textOrNull( bool known, const QString &text )
{
  return known ? QVariant( text ) : compat::nullOf( compat::FieldString );
}

QString impactByKey( QueueImpactKind kind )
{
  switch ( kind )
  {
  case QueueImpactKind::EndsAtQueue:
    return QStringLiteral( "ends_at_queue" );
  case QueueImpactKind::BesideQueue:
    return QStringLiteral( "beside_queue" );
  case QueueImpactKind::FacingQueue:
    return QStringLiteral( "facing_queue" );
  case QueueImpactKind::None:
    break;
  }
  return QString();
}
} // namespace

QgsFields queueFields()
{
  return fieldList( { { "entry", compat::FieldInt },
                      { "street", compat::FieldString },
                      { "share", compat::FieldDouble },
                      { "lanes", compat::FieldInt },
                      { "peak_people", compat::FieldDouble },
                      { "length_m", compat::FieldDouble },
                      { "drawn_m", compat::FieldDouble },
                      { "spills", compat::FieldBool },
                      { "max_wait_min", compat::FieldDouble },
                      { "peak_min", compat::FieldDouble },
                      { "lanes_for_target", compat::FieldInt },
                      { "lane_lost_wait_min", compat::FieldDouble },
                      { "impact_kmh", compat::FieldDouble },
                      { "energy_kj", compat::FieldDouble },
                      { "impact_by", compat::FieldString },
                      { "vehicle", compat::FieldString },
                      { "bomb_distance_m", compat::FieldDouble },
                      { "exposed_ramming", compat::FieldBool },
                      { "exposed_bomb", compat::FieldBool },
                      { "exposed", compat::FieldBool },
                      { "barrier_m", compat::FieldDouble },
                      { "rating_astm", compat::FieldString },
                      { "rating_iwa", compat::FieldString },
                      { "rating_pas68", compat::FieldString },
                      { "move_line_m", compat::FieldDouble },
                      { "move_crossings", compat::FieldInt },
                      { "move_barrier_m", compat::FieldDouble } } );
}

QgsFeature queueFeature( const QueueResult &q, const domain::VehicleClass &vehicle,
                         const QgsCoordinateTransform &metricToOutput )
{
  QgsFeature feature( queueFields() );
  if ( !q.polygon.isEmpty() )
  {
    QgsGeometry polygon = q.polygon;
    polygon.convertToMultiType();
    transformOrThrow( polygon, metricToOutput );
    feature.setGeometry( polygon );
  }
  const bool reached = q.rammingExposed;
  const double speedMs = q.exposure.impact.speedMs;
  const QVariant nullDouble = compat::nullOf( compat::FieldDouble );
  feature.setAttributes(
      QgsAttributes() << q.entry << textOrNull( !q.street.isEmpty(), q.street ) << q.arrivalShare << q.lanes
                      << q.peakPeople << q.lengthM << q.drawnLengthM << q.spills << finiteOrNull( q.maxWaitMin )
                      << q.peakMin
                      << ( q.lanesForTarget >= 0 ? QVariant( q.lanesForTarget ) : compat::nullOf( compat::FieldInt ) )
                      << finiteOrNull( q.laneLostWaitMin ) << ( reached ? QVariant( q.impactKmh() ) : nullDouble )
                      << ( reached ? QVariant( domain::kineticEnergyKj( vehicle.massKg, speedMs ) ) : nullDouble )
                      << textOrNull( reached, impactByKey( q.exposure.kind ) )
                      << textOrNull( reached, QString::fromStdString( vehicle.key ) )
                      << finiteOrNull( q.exposure.bombDistanceM ) << q.rammingExposed << q.bombExposed << q.exposed
                      << q.exposure.barrierM << textOrNull( reached, QString::fromStdString( q.rating.astm ) )
                      << textOrNull( reached, QString::fromStdString( q.rating.iwa ) )
                      << textOrNull( reached, QString::fromStdString( q.rating.pas68 ) ) << q.exposure.moveLineM
                      << q.exposure.moveCrossings << q.exposure.moveBarrierM );
  return feature;
}

bool writeQueues( const QueuePlan &plan, const domain::VehicleClass &vehicle,
                  const QgsCoordinateTransform &metricToOutput, OutputSink &sink, QgsFeedback *feedback )
{
  for ( const QueueResult &queue : plan.queues )
  {
    if ( feedback && feedback->isCanceled() )
      return false;
    QgsFeature feature = queueFeature( queue, vehicle, metricToOutput );
    sink.add( feature );
  }
  return true;
}

} // namespace eventsecurity
