#include "perimeteroutputs.h"

#include "approachoutputs.h"
#include "eventsecurityalgorithm.h"
#include "eventsecuritycompat.h"
#include "metriccrs.h"
#include "vehicledynamics.h"

#include <qgsfeedback.h>
#include <qgslinestring.h>

#include <cmath>

namespace eventsecurity
{

namespace
{
//! The values a crossing's impact gives its features: NULL where no vehicle reaches it.
struct ImpactValues
{
  explicit ImpactValues( const StreetCrossing &c, const domain::VehicleClass &vehicle )
  {
    const bool rated = c.impact.reachable;
    const QVariant nullDouble = compat::nullOf( compat::FieldDouble );
    const QVariant nullString = compat::nullOf( compat::FieldString );
    impactKmh = rated ? QVariant( domain::msToKmh( c.impact.speedMs ) ) : nullDouble;
    energyKj = rated ? QVariant( domain::kineticEnergyKj( vehicle.massKg, c.impact.speedMs ) ) : nullDouble;
    angleDeg = rated ? QVariant( c.impact.angleDeg ) : nullDouble;
    astm = rated ? QVariant( QString::fromStdString( c.ratings.astm ) ) : nullString;
    iwa = rated ? QVariant( QString::fromStdString( c.ratings.iwa ) ) : nullString;
    pas68 = rated ? QVariant( QString::fromStdString( c.ratings.pas68 ) ) : nullString;
  }
  QVariant impactKmh, energyKj, angleDeg, astm, iwa, pas68;
};

// A time for a field: NULL when there is none or it is infinite (no exit left).
QVariant finiteOrNull( const std::optional<double> &minutes )
{
  return minutes && std::isfinite( *minutes ) ? QVariant( *minutes ) : compat::nullOf( compat::FieldDouble );
}

QVariant streetName( const StreetCrossing &c )
{
  return c.street.isEmpty() ? compat::nullOf( compat::FieldString ) : QVariant( c.street );
}

// Across the street, centred on the crossing, as wide as the street.
QgsGeometry barrierLine( const StreetCrossing &c )
{
  const double half = 0.5 * c.widthM;
  return QgsGeometry( new QgsLineString( QVector<double>() << c.point.x + c.dy * half << c.point.x - c.dy * half,
                                         QVector<double>() << c.point.y - c.dx * half << c.point.y + c.dx * half ) );
}
} // namespace

QgsFields cordonFields()
{
  return fieldList( { { "area_m2", compat::FieldDouble },
                      { "length_m", compat::FieldDouble },
                      { "standoff_m", compat::FieldDouble },
                      { "penetration_m", compat::FieldDouble },
                      { "barrier_line_m", compat::FieldDouble },
                      { "threat", compat::FieldString },
                      { "mandatory_m", compat::FieldDouble },
                      { "event_area_m2", compat::FieldDouble },
                      { "density", compat::FieldDouble },
                      { "capacity", compat::FieldDouble },
                      { "attendance", compat::FieldDouble },
                      { "arrival_peak_factor", compat::FieldDouble },
                      { "egress_target_min", compat::FieldDouble },
                      { "evacuation_min", compat::FieldDouble },
                      { "evacuation_largest_lost_min", compat::FieldDouble } } );
}

QgsFields crossingFields()
{
  QgsFields fields = fieldList( { { "crossing_id", compat::FieldInt },
                                  { "kind", compat::FieldString },
                                  { "street", compat::FieldString },
                                  { "network_fid", compat::FieldLongLong },
                                  { "width_m", compat::FieldDouble },
                                  { "pedestrian", compat::FieldBool },
                                  { "bearing_deg", compat::FieldDouble },
                                  { "impact_kmh", compat::FieldDouble },
                                  { "energy_kj", compat::FieldDouble },
                                  { "angle_deg", compat::FieldDouble },
                                  { "vehicle", compat::FieldString },
                                  { "rating_astm", compat::FieldString },
                                  { "rating_iwa", compat::FieldString },
                                  { "rating_pas68", compat::FieldString } } );
  appendImpactRangeFields( fields );
  return fields;
}

QgsFields barrierFields()
{
  return fieldList( { { "crossing_id", compat::FieldInt },
                      { "kind", compat::FieldString },
                      { "width_m", compat::FieldDouble },
                      { "impact_kmh", compat::FieldDouble },
                      { "rating_astm", compat::FieldString },
                      { "rating_iwa", compat::FieldString },
                      { "rating_pas68", compat::FieldString },
                      { "length_m", compat::FieldDouble },
                      { "stretch_id", compat::FieldInt } } );
}

QgsFields entryFields()
{
  return fieldList( { { "crossing_id", compat::FieldInt },
                      { "street", compat::FieldString },
                      { "width_m", compat::FieldDouble },
                      { "lanes", compat::FieldInt },
                      { "exit_width_m", compat::FieldDouble },
                      { "gate_width_m", compat::FieldDouble } } );
}

void writeCordon( const CordonFeature &c, const QgsCoordinateTransform &metricToOutput, OutputSink &sink )
{
  QgsGeometry geometry = c.cordon;
  transformOrThrow( geometry, metricToOutput );
  QgsFeature feature( cordonFields() );
  feature.setGeometry( geometry );
  feature.setAttributes(
      QgsAttributes() << c.cordon.area() << c.cordon.length() << c.standoffM << c.penetrationM << c.barrierLineM
                      << QString::fromStdString( c.threat.key ) << c.threat.mandatoryEvacuationM << c.eventAreaM2
                      << c.density << c.capacity << c.attendance << c.arrivalPeakFactor << c.egressMinutes
                      << finiteOrNull( c.evacuationMinutes ) << finiteOrNull( c.evacuationMinutesLargestExitLost ) );
  sink.add( feature );
}

bool writeCrossings( const CrossingPlan &plan, const domain::VehicleClass &vehicle,
                     const QgsCoordinateTransform &metricToOutput, OutputSink &crossings, OutputSink &barriers,
                     OutputSink &entries, QgsFeedback *feedback )
{
  const QString vehicleKey = QString::fromStdString( vehicle.key );
  for ( std::size_t i = 0; i < plan.crossings.size(); ++i )
  {
    if ( feedback->isCanceled() )
      return false;
    const PlannedCrossing &planned = plan.crossings[i];
    const StreetCrossing &c = planned.crossing;
    const int id = static_cast<int>( i ) + 1;
    const QString kind = QString::fromLatin1( domain::crossingKindKey( planned.kind ) );
    const ImpactValues impact( c, vehicle );
    QgsGeometry point = QgsGeometry::fromPointXY( QgsPointXY( c.point.x, c.point.y ) );
    transformOrThrow( point, metricToOutput );
    if ( crossings )
    {
      QgsFeature feature( crossingFields() );
      feature.setGeometry( point );
      QgsAttributes attributes;
      attributes << id << kind << streetName( c ) << c.fid << c.widthM << c.pedestrian << planned.bearingDeg
                 << impact.impactKmh << impact.energyKj << impact.angleDeg << vehicleKey << impact.astm << impact.iwa
                 << impact.pas68;
      appendImpactRangeValues( attributes, c.impact.reachable, c.impact.speedMs, c.spread );
      feature.setAttributes( attributes );
      crossings.add( feature );
    }
    if ( barriers )
    {
      QgsGeometry line = barrierLine( c );
      transformOrThrow( line, metricToOutput );
      QgsFeature barrier( barrierFields() );
      barrier.setGeometry( line );
      barrier.setAttributes( QgsAttributes() << id << kind << c.widthM << impact.impactKmh << impact.astm << impact.iwa
                                             << impact.pas68 << c.widthM << compat::nullOf( compat::FieldInt ) );
      barriers.add( barrier );
    }
    if ( entries && planned.kind == domain::CrossingKind::PedestrianEntry )
    {
      QgsFeature entry( entryFields() );
      entry.setGeometry( point );
      entry.setAttributes( QgsAttributes() << id << streetName( c ) << c.widthM << planned.lanes << planned.exitWidthM
                                           << planned.exitWidthM );
      entries.add( entry );
    }
  }
  return true;
}

} // namespace eventsecurity
