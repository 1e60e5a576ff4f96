#include "opengroundoutputs.h"

#include "approachoutputs.h"
#include "approachstudy.h"
#include "eventsecurityalgorithm.h"
#include "eventsecuritycompat.h"
#include "metriccrs.h"
#include "perimeteroutputs.h"
#include "vehicledynamics.h"

#include <qgsfeedback.h>
#include <qgslinestring.h>

namespace eventsecurity
{

namespace
{
const QString kOpenGroundKind = QStringLiteral( "open_ground" );
const QString kOpenGroundLineKind = QStringLiteral( "open_ground_line" );

QVariant nullDouble()
{
  return compat::nullOf( compat::FieldDouble );
}

QVariant nullString()
{
  return compat::nullOf( compat::FieldString );
}

//! The stretch as a line along the edge (a closed stretch ends where it starts), in the output's CRS.
QgsGeometry stretchLine( const StretchImpact &stretch, const QgsCoordinateTransform &metricToOutput )
{
  QVector<double> x, y;
  for ( const domain::PlanePoint &p : stretch.points )
  {
    x << p.x;
    y << p.y;
  }
  if ( stretch.closed && !stretch.points.empty() )
  {
    x << stretch.points.front().x;
    y << stretch.points.front().y;
  }
  QgsGeometry line( new QgsLineString( x, y ) );
  transformOrThrow( line, metricToOutput );
  return line;
}

//! A stretch's fastest impact and its ratings as field values (NULL when no vehicle reaches the stretch).
void setFastest( QgsFeature &feature, const ApproachStudy &study, const StretchImpact &stretch )
{
  if ( stretch.fastest < 0 )
  {
    feature.setAttribute( QStringLiteral( "impact_kmh" ), nullDouble() );
    for ( const char *name : { "rating_astm", "rating_iwa", "rating_pas68" } )
      feature.setAttribute( QString::fromLatin1( name ), nullString() );
    setImpactRangeAttributes( feature, false, 0, std::nullopt );
    return;
  }
  const TargetImpact &fastest = study.openGround()->targetImpacts()[static_cast<std::size_t>( stretch.fastest )];
  feature.setAttribute( QStringLiteral( "impact_kmh" ), domain::msToKmh( fastest.impact.speedMs ) );
  feature.setAttribute( QStringLiteral( "rating_astm" ), QString::fromStdString( fastest.ratings.astm ) );
  feature.setAttribute( QStringLiteral( "rating_iwa" ), QString::fromStdString( fastest.ratings.iwa ) );
  feature.setAttribute( QStringLiteral( "rating_pas68" ), QString::fromStdString( fastest.ratings.pas68 ) );
  setImpactRangeAttributes( feature, true, fastest.impact.speedMs, fastest.spread );
}
} // namespace

QgsFields stretchFields()
{
  QgsFields fields = fieldList( { { "stretch_id", compat::FieldInt },
                                  { "length_m", compat::FieldDouble },
                                  { "impact_kmh", compat::FieldDouble },
                                  { "energy_kj", compat::FieldDouble },
                                  { "impact_points", compat::FieldInt },
                                  { "reached", compat::FieldInt },
                                  { "vehicle", compat::FieldString },
                                  { "rating_astm", compat::FieldString },
                                  { "rating_iwa", compat::FieldString },
                                  { "rating_pas68", compat::FieldString } } );
  appendImpactRangeFields( fields );
  return fields;
}

bool writeTargetImpacts( const ApproachStudy &study, const QgsCoordinateTransform &metricToOutput, OutputSink &points,
                         OutputSink &routes, QgsFeedback *feedback )
{
  if ( !study.openGround() )
    return true;
  const domain::VehicleClass &vehicle = study.settings().vehicle;
  const QgsFields pointFields = impactPointFields();
  const QgsFields routeFields = criticalRouteFields();
  for ( const TargetImpact &target : study.openGround()->targetImpacts() )
  {
    if ( feedback->isCanceled() )
      return false;
    const domain::ImpactResult &impact = target.impact;
    if ( !impact.reachable )
      continue;
    const std::optional<double> entryMs = study.entrySpeedMs( impact );
    const QVariant entryKmh = entryMs ? QVariant( domain::msToKmh( *entryMs ) ) : nullDouble();
    const QVariant fid = target.fid == FID_NULL ? compat::nullOf( compat::FieldLongLong ) : QVariant( target.fid );
    if ( points )
    {
      QgsGeometry point = QgsGeometry::fromPointXY( QgsPointXY( target.point.x, target.point.y ) );
      transformOrThrow( point, metricToOutput );
      QgsFeature feature( pointFields );
      feature.setGeometry( point );
      const std::pair<const char *, QVariant> values[] = {
          { "impact_kmh", domain::msToKmh( impact.speedMs ) },
          { "runup_m", impact.runupM },
          { "route_m", impact.routeM },
          { "entry_kmh", entryKmh },
          { "energy_kj", domain::kineticEnergyKj( vehicle.massKg, impact.speedMs ) },
          { "angle_deg", impact.angleDeg },
          { "vehicle", QString::fromStdString( vehicle.key ) },
          { "mass_kg", vehicle.massKg },
          { "rating_astm", QString::fromStdString( target.ratings.astm ) },
          { "rating_iwa", QString::fromStdString( target.ratings.iwa ) },
          { "rating_pas68", QString::fromStdString( target.ratings.pas68 ) },
          { "network_fid", fid },
          { "kind", kOpenGroundKind },
          { "stretch_id", target.stretch + 1 } };
      for ( const auto &[name, value] : values )
        feature.setAttribute( QString::fromLatin1( name ), value );
      setImpactRangeAttributes( feature, true, impact.speedMs, target.spread );
      points.add( feature );
    }
    if ( !routes )
      continue;
    QgsGeometry route = criticalRouteGeometry( impact );
    transformOrThrow( route, metricToOutput );
    QgsFeature feature( routeFields );
    feature.setGeometry( route );
    const std::pair<const char *, QVariant> values[] = { { "impact_kmh", domain::msToKmh( impact.speedMs ) },
                                                         { "runup_m", impact.runupM },
                                                         { "route_m", impact.routeM },
                                                         { "start_kmh", domain::msToKmh( impact.startSpeedMs ) },
                                                         { "entry_kmh", entryKmh },
                                                         { "kind", kOpenGroundKind } };
    for ( const auto &[name, value] : values )
      feature.setAttribute( QString::fromLatin1( name ), value );
    routes.add( feature );
  }
  return true;
}

void writeStretches( const ApproachStudy &study, const QgsCoordinateTransform &metricToOutput, OutputSink &sink )
{
  if ( !study.openGround() )
    return;
  const domain::VehicleClass &vehicle = study.settings().vehicle;
  const std::vector<StretchImpact> &stretches = study.openGround()->stretches();
  const std::vector<TargetImpact> &targets = study.openGround()->targetImpacts();
  for ( std::size_t i = 0; i < stretches.size(); ++i )
  {
    const StretchImpact &stretch = stretches[i];
    QgsFeature feature( stretchFields() );
    feature.setGeometry( stretchLine( stretch, metricToOutput ) );
    feature.setAttribute( QStringLiteral( "stretch_id" ), static_cast<int>( i ) + 1 );
    feature.setAttribute( QStringLiteral( "length_m" ), stretch.lengthM );
    feature.setAttribute( QStringLiteral( "impact_points" ), stretch.targetCount );
    feature.setAttribute( QStringLiteral( "reached" ), stretch.reached );
    feature.setAttribute( QStringLiteral( "vehicle" ), QString::fromStdString( vehicle.key ) );
    setFastest( feature, study, stretch );
    feature.setAttribute(
        QStringLiteral( "energy_kj" ),
        stretch.fastest < 0
            ? nullDouble()
            : QVariant( domain::kineticEnergyKj(
                  vehicle.massKg, targets[static_cast<std::size_t>( stretch.fastest )].impact.speedMs ) ) );
    sink.add( feature );
  }
}

void writeStretchBarriers( const ApproachStudy &study, const QgsCoordinateTransform &metricToOutput,
                           OutputSink &barriers )
{
  if ( !study.openGround() )
    return;
  const std::vector<StretchImpact> &stretches = study.openGround()->stretches();
  for ( std::size_t i = 0; i < stretches.size(); ++i )
  {
    QgsFeature feature( barrierFields() );
    feature.setGeometry( stretchLine( stretches[i], metricToOutput ) );
    feature.setAttribute( QStringLiteral( "crossing_id" ), compat::nullOf( compat::FieldInt ) );
    feature.setAttribute( QStringLiteral( "kind" ), kOpenGroundLineKind );
    feature.setAttribute( QStringLiteral( "width_m" ), nullDouble() );
    feature.setAttribute( QStringLiteral( "length_m" ), stretches[i].lengthM );
    feature.setAttribute( QStringLiteral( "stretch_id" ), static_cast<int>( i ) + 1 );
    setFastest( feature, study, stretches[i] );
    barriers.add( feature );
  }
}

} // namespace eventsecurity
