#include "approachoutputs.h"

#include "approachranges.h"
#include "approachstudy.h"
#include "eventsecurityalgorithm.h"
#include "eventsecuritycompat.h"
#include "metriccrs.h"
#include "opengroundoutputs.h"
#include "vehicledynamics.h"

#include <qgsfeedback.h>
#include <qgslinestring.h>

#include <optional>

namespace eventsecurity
{

namespace
{
// The kind of an impact, a route or a line of the network: where a street crosses the edge, or a street.
const QString kStreetKind = QStringLiteral( "street" );
// A straight leg over open ground, on the network's speeds.
const QString kOpenGroundLegKind = QStringLiteral( "open_ground_leg" );

QVariant speedKmhOrNull( double speedMs )
{
  return speedMs >= 0 ? QVariant( domain::msToKmh( speedMs ) ) : compat::nullOf( compat::FieldDouble );
}

QVariant kmhOrNull( const std::optional<double> &speedMs )
{
  return speedMs ? QVariant( domain::msToKmh( *speedMs ) ) : compat::nullOf( compat::FieldDouble );
}

} // namespace

QgsGeometry criticalRouteGeometry( const domain::ImpactResult &impact )
{
  QVector<double> x, y, m;
  for ( const domain::RoutePoint &vertex : impact.route )
  {
    x << vertex.point.x;
    y << vertex.point.y;
    m << domain::msToKmh( vertex.speedMs );
  }
  return QgsGeometry( new QgsLineString( x, y, QVector<double>(), m ) );
}

QgsFields impactPointFields()
{
  QgsFields fields = fieldList( { { "impact_kmh", compat::FieldDouble },
                                  { "runup_m", compat::FieldDouble },
                                  { "route_m", compat::FieldDouble },
                                  { "entry_kmh", compat::FieldDouble },
                                  { "energy_kj", compat::FieldDouble },
                                  { "angle_deg", compat::FieldDouble },
                                  { "vehicle", compat::FieldString },
                                  { "mass_kg", compat::FieldDouble },
                                  { "rating_astm", compat::FieldString },
                                  { "rating_iwa", compat::FieldString },
                                  { "rating_pas68", compat::FieldString },
                                  { "network_fid", compat::FieldLongLong },
                                  { "kind", compat::FieldString },
                                  { "stretch_id", compat::FieldInt } } );
  appendImpactRangeFields( fields );
  return fields;
}

void appendImpactRangeFields( QgsFields &fields )
{
  for ( const QgsField &field : fieldList( { { "impact_kmh_p50", compat::FieldDouble },
                                             { "impact_kmh_p95", compat::FieldDouble },
                                             { "energy_kj_p95", compat::FieldDouble },
                                             { "rating_kmh", compat::FieldDouble } } ) )
    fields.append( field );
}

void appendImpactRangeValues( QgsAttributes &attributes, bool reachable, double speedMs,
                              const std::optional<domain::ImpactSpread> &spread )
{
  const QVariant null = compat::nullOf( compat::FieldDouble );
  if ( !reachable || !spread )
  {
    attributes << null << null << null << null;
    return;
  }
  attributes << domain::msToKmh( spread->p50SpeedMs ) << domain::msToKmh( spread->p95SpeedMs ) << spread->p95EnergyKj
             << domain::msToKmh( ratingSpeedMs( speedMs, spread ) );
}

void setImpactRangeAttributes( QgsFeature &feature, bool reachable, double speedMs,
                               const std::optional<domain::ImpactSpread> &spread )
{
  QgsFields names;
  appendImpactRangeFields( names );
  QgsAttributes values;
  appendImpactRangeValues( values, reachable, speedMs, spread );
  for ( int i = 0; i < names.count(); ++i )
    feature.setAttribute( names.at( i ).name(), values.at( i ) );
}

QgsFields criticalRouteFields()
{
  return fieldList( { { "impact_kmh", compat::FieldDouble },
                      { "runup_m", compat::FieldDouble },
                      { "route_m", compat::FieldDouble },
                      { "start_kmh", compat::FieldDouble },
                      { "entry_kmh", compat::FieldDouble },
                      { "kind", compat::FieldString } } );
}

QgsFields approachSpeedFields()
{
  return fieldList( { { "network_fid", compat::FieldLongLong },
                      { "width_m", compat::FieldDouble },
                      { "max_kmh", compat::FieldDouble },
                      { "kind", compat::FieldString } } );
}

bool writeImpactPoints( const ApproachStudy &study, const QgsCoordinateTransform &metricToOutput, OutputSink &points,
                        OutputSink &routes, QgsFeedback *feedback )
{
  const domain::VehicleClass &vehicle = study.settings().vehicle;
  const QString vehicleKey = QString::fromStdString( vehicle.key );
  const QgsFields pointFields = impactPointFields();
  const QgsFields routeFields = criticalRouteFields();
  for ( const EdgeImpact &edgeImpact : study.edgeImpacts() )
  {
    if ( feedback->isCanceled() )
      return false;
    const domain::ImpactResult &impact = edgeImpact.impact;
    if ( !impact.reachable )
      continue;
    const double impactKmh = domain::msToKmh( impact.speedMs );
    const QVariant entryKmh = kmhOrNull( study.entrySpeedMs( impact ) );
    const domain::PlanePoint p = study.graph().nodePoint( edgeImpact.node );
    QgsGeometry point = QgsGeometry::fromPointXY( QgsPointXY( p.x, p.y ) );
    transformOrThrow( point, metricToOutput );
    QgsFeature feature( pointFields );
    feature.setGeometry( point );
    QgsAttributes attributes;
    attributes << impactKmh << impact.runupM << impact.routeM << entryKmh
               << domain::kineticEnergyKj( vehicle.massKg, impact.speedMs ) << impact.angleDeg << vehicleKey
               << vehicle.massKg << QString::fromStdString( edgeImpact.ratings.astm )
               << QString::fromStdString( edgeImpact.ratings.iwa ) << QString::fromStdString( edgeImpact.ratings.pas68 )
               << edgeImpact.fid << kStreetKind << compat::nullOf( compat::FieldInt );
    appendImpactRangeValues( attributes, true, impact.speedMs, edgeImpact.spread );
    feature.setAttributes( attributes );
    points.add( feature );
    if ( !routes )
      continue;
    QgsGeometry route = criticalRouteGeometry( impact );
    transformOrThrow( route, metricToOutput );
    QgsFeature routeFeature( routeFields );
    routeFeature.setGeometry( route );
    routeFeature.setAttributes( QgsAttributes() << impactKmh << impact.runupM << impact.routeM
                                                << domain::msToKmh( impact.startSpeedMs ) << entryKmh << kStreetKind );
    routes.add( routeFeature );
  }
  return writeTargetImpacts( study, metricToOutput, points, routes, feedback );
}

bool writeApproachSpeeds( const ApproachStudy &study, const QgsCoordinateTransform &metricToOutput, OutputSink &speeds,
                          QgsFeedback *feedback )
{
  const domain::StreetGraph &graph = study.graph();
  const std::vector<double> maxSpeed = study.speedsTowardProtectedAreaMs();
  const QgsFields fields = approachSpeedFields();
  for ( int edge = 0; edge < graph.edgeCount(); ++edge )
  {
    if ( edge % 10000 == 0 && feedback->isCanceled() )
      return false;
    QVector<double> x, y;
    for ( int i = 0; i < graph.edgePointCount( edge ); ++i )
    {
      x << graph.edgePoint( edge, i ).x;
      y << graph.edgePoint( edge, i ).y;
    }
    QgsGeometry line( new QgsLineString( x, y ) );
    transformOrThrow( line, metricToOutput );
    QgsFeature feature( fields );
    feature.setGeometry( line );
    const bool leg = graph.isOpenGround( edge );
    const QVariant fid =
        leg ? compat::nullOf( compat::FieldLongLong )
            : QVariant( study.streets().featureIds[static_cast<std::size_t>( graph.edgeLine( edge ) )] );
    feature.setAttributes( QgsAttributes() << fid << graph.edgeWidthM( edge )
                                           << speedKmhOrNull( maxSpeed[static_cast<std::size_t>( edge )] )
                                           << ( leg ? kOpenGroundLegKind : kStreetKind ) );
    speeds.add( feature );
  }
  return true;
}

} // namespace eventsecurity
