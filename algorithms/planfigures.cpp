#include "planfigures.h"

#include "catalogueparameters.h"
#include "numberformat.h"
#include "planstyles.h"
#include "printtext.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <memory>

namespace eventsecurity
{

namespace
{
// The print's translation context: these lines were planprint.cpp's, and keep their translations.
struct SecurityLayoutPrint
{
  Q_DECLARE_TR_FUNCTIONS( SecurityLayoutPrint )
};

std::optional<double> optionalNumber( const QVariant &value )
{
  return value.isNull() ? std::nullopt : std::optional<double>( value.toDouble() );
}

std::unique_ptr<QgsVectorLayer> openTable( const QString &path, const QString &name )
{
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  auto layer = std::make_unique<QgsVectorLayer>( path + QStringLiteral( "|layername=" ) + name, name,
                                                 QStringLiteral( "ogr" ), options );
  if ( !layer->isValid() )
    return nullptr;
  return layer;
}

// A barrier line's metres (length_m; a crossing's width_m where the table predates length_m), and along open ground
// its stretch and rating class.
void addBarrierLength( const QgsFeature &barrier, PlanFigures &f )
{
  const QVariant length = barrier.attribute( QStringLiteral( "length_m" ) );
  const double metres = length.isValid() && !length.isNull()
                            ? length.toDouble()
                            : barrier.attribute( QStringLiteral( "width_m" ) ).toDouble();
  f.barrierLengthM += metres;
  if ( barrier.attribute( QStringLiteral( "kind" ) ).toString() != QLatin1String( "open_ground_line" ) )
    return;
  f.openGroundBarrierM += metres;
  ++f.openGroundStretches;
  const QString ratingClass = barrierRatingClass( barrier.attribute( QStringLiteral( "rating_iwa" ) ) );
  if ( !ratingClass.isEmpty() &&
       ( f.openGroundRatingClass.isEmpty() ||
         barrierRatingClassSpeed( ratingClass ) > barrierRatingClassSpeed( f.openGroundRatingClass ) ) )
    f.openGroundRatingClass = ratingClass;
}
} // namespace

PlanFigures readPlanFigures( const QString &geoPackagePath )
{
  PlanFigures f;
  auto forEach = [&]( const QString &name, const std::function<void( const QgsFeature & )> &visit )
  {
    std::unique_ptr<QgsVectorLayer> layer = openTable( geoPackagePath, name );
    if ( !layer )
      return;
    QgsFeatureIterator it = layer->getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
      visit( feature );
  };
  forEach( QStringLiteral( "cordon" ),
           [&]( const QgsFeature &c )
           {
             f.capacity = c.attribute( QStringLiteral( "capacity" ) ).toDouble();
             f.attendance = c.attribute( QStringLiteral( "attendance" ) ).toDouble();
             f.density = c.attribute( QStringLiteral( "density" ) ).toDouble();
             f.standoffM = c.attribute( QStringLiteral( "standoff_m" ) ).toDouble();
             f.penetrationM = c.attribute( QStringLiteral( "penetration_m" ) ).toDouble();
             f.barrierLineM = c.attribute( QStringLiteral( "barrier_line_m" ) ).toDouble();
             f.arrivalPeakFactor = c.attribute( QStringLiteral( "arrival_peak_factor" ) ).toDouble();
             f.egressTargetMinutes = c.attribute( QStringLiteral( "egress_target_min" ) ).toDouble();
             f.evacuationMinutes = optionalNumber( c.attribute( QStringLiteral( "evacuation_min" ) ) );
             f.evacuationLargestLostMinutes =
                 optionalNumber( c.attribute( QStringLiteral( "evacuation_largest_lost_min" ) ) );
             f.mandatoryM = c.attribute( QStringLiteral( "mandatory_m" ) ).toDouble();
             f.threatKey = c.attribute( QStringLiteral( "threat" ) ).toString();
           } );
  std::map<QString, int> ratings;
  forEach( QStringLiteral( "crossings" ),
           [&]( const QgsFeature &c )
           {
             const QString kind = c.attribute( QStringLiteral( "kind" ) ).toString();
             f.barriers += kind == QLatin1String( "vehicle_barrier" ) ? 1 : 0;
             f.emergencyGates += kind == QLatin1String( "emergency_gate" ) ? 1 : 0;
             ++ratings[barrierRatingClass( c.attribute( QStringLiteral( "rating_iwa" ) ) )];
             f.vehicleKey = c.attribute( QStringLiteral( "vehicle" ) ).toString();
           } );
  for ( const auto &entry : ratings )
    f.ratingCounts << entry;
  // Lowest test speed first; unreachable crossings (no class) last.
  auto speed = []( const QString &ratingClass )
  { return ratingClass.isEmpty() ? std::numeric_limits<double>::max() : barrierRatingClassSpeed( ratingClass ); };
  std::stable_sort( f.ratingCounts.begin(), f.ratingCounts.end(),
                    [&]( const auto &a, const auto &b ) { return speed( a.first ) < speed( b.first ); } );
  forEach( QStringLiteral( "barriers" ), [&]( const QgsFeature &b ) { addBarrierLength( b, f ); } );
  forEach( QStringLiteral( "entries" ),
           [&]( const QgsFeature &e )
           {
             ++f.entries;
             f.lanes += e.attribute( QStringLiteral( "lanes" ) ).toInt();
             f.exitWidthM += e.attribute( QStringLiteral( "exit_width_m" ) ).toDouble();
           } );
  forEach( QStringLiteral( "queues" ),
           [&]( const QgsFeature &q )
           {
             f.queuesPlanned = true;
             const double people = q.attribute( QStringLiteral( "peak_people" ) ).toDouble();
             f.queues += people > 0 ? 1 : 0;
             f.queuesExposed += q.attribute( QStringLiteral( "exposed" ) ).toBool() ? 1 : 0;
             const double lengthM = q.attribute( QStringLiteral( "length_m" ) ).toDouble();
             if ( lengthM > f.longestQueueM )
             {
               f.longestQueueM = lengthM;
               f.longestQueuePeople = people;
             }
             // NULL: the queue never clears.
             const QVariant wait = q.attribute( QStringLiteral( "max_wait_min" ) );
             f.longestWaitMin =
                 std::max( f.longestWaitMin,
                           wait.isNull() && people > 0 ? std::numeric_limits<double>::infinity() : wait.toDouble() );
             f.maxQueueImpactKmh =
                 std::max( f.maxQueueImpactKmh, q.attribute( QStringLiteral( "impact_kmh" ) ).toDouble() );
           } );
  forEach( QStringLiteral( "impact_points" ), [&]( const QgsFeature &p )
           { f.maxImpactKmh = std::max( f.maxImpactKmh, p.attribute( QStringLiteral( "impact_kmh" ) ).toDouble() ); } );
  forEach( QStringLiteral( "road_closures" ),
           [&]( const QgsFeature &r ) { f.closedRoadM += r.attribute( QStringLiteral( "length_m" ) ).toDouble(); } );
  forEach( QStringLiteral( "exposed_buildings" ), [&]( const QgsFeature & ) { ++f.exposedBuildings; } );
  return f;
}

namespace
{
// A figure with one decimal, or none when it is whole ("31", "1.5"): the key figures box is narrow.
QString shortNumber( double value )
{
  return localeNumber( value, std::abs( value - std::round( value ) ) < 0.05 ? 0 : 1 );
}

QString exitsLine( const PlanFigures &f )
{
  if ( !f.evacuationMinutes )
    return QString();
  if ( !f.evacuationLargestLostMinutes )
    return SecurityLayoutPrint::tr( "Exits: %1 m; everyone out in %2 min, nobody if the single entry is blocked "
                                    "(target %3 min)." )
        .arg( shortNumber( f.exitWidthM ), shortNumber( *f.evacuationMinutes ), shortNumber( f.egressTargetMinutes ) );
  return SecurityLayoutPrint::tr(
             "Exits: %1 m in all; everyone out in %2 min, in %3 min with the largest entry blocked (target %4 min)." )
      .arg( shortNumber( f.exitWidthM ), shortNumber( *f.evacuationMinutes ),
            shortNumber( *f.evacuationLargestLostMinutes ), shortNumber( f.egressTargetMinutes ) );
}

QString queuesLine( const PlanFigures &f )
{
  if ( !f.queuesPlanned )
    return QString();
  if ( f.queues == 0 )
    return SecurityLayoutPrint::tr( "Queues outside the cordon: none, the lanes keep up with the arrivals." );
  const QString wait = std::isfinite( f.longestWaitMin )
                           ? SecurityLayoutPrint::tr( "longest wait %1 min" ).arg( shortNumber( f.longestWaitMin ) )
                           : SecurityLayoutPrint::tr( "a queue never clears" );
  const QString vehicle =
      f.maxQueueImpactKmh > 0
          ? SecurityLayoutPrint::tr( "a vehicle can reach one at %1 km/h" ).arg( localeNumber( f.maxQueueImpactKmh ) )
          : SecurityLayoutPrint::tr( "no vehicle reaches one" );
  return SecurityLayoutPrint::tr( "Queues outside the cordon: %1, %2 exposed to a vehicle or a bomb; the longest %3 m "
                                  "(%4 people), %5; %6." )
      .arg( f.queues )
      .arg( f.queuesExposed )
      .arg( localeNumber( f.longestQueueM ), localeNumber( f.longestQueuePeople ), wait, vehicle );
}
} // namespace

QStringList planKeyFigureLines( const PlanFigures &f )
{
  QStringList lines;
  lines << SecurityLayoutPrint::tr( "Crowd: %1 expected; the area holds %2 (%3 persons/m²)." )
               .arg( localeNumber( f.attendance ), localeNumber( std::floor( f.capacity ) ), shortNumber( f.density ) );
  lines << SecurityLayoutPrint::tr(
               "Entries: %1, with %2 search lanes in all, enough for the arrival peak at %3 × the mean rate." )
               .arg( f.entries )
               .arg( f.lanes )
               .arg( shortNumber( f.arrivalPeakFactor ) );
  const QString exits = exitsLine( f );
  if ( !exits.isEmpty() )
    lines << exits;
  const QString queues = queuesLine( f );
  if ( !queues.isEmpty() )
    lines << queues;
  lines << SecurityLayoutPrint::tr( "Vehicles kept %1 m from the crowd (the chart asks %2 m for a %3): barrier line "
                                    "%4 m out, %5 m for penetration." )
               .arg( shortNumber( f.standoffM ), localeNumber( f.mandatoryM ),
                     threatDisplayName( f.threatKey ).toLower(), shortNumber( f.barrierLineM ),
                     shortNumber( f.penetrationM ) );
  lines << SecurityLayoutPrint::tr( "Crossings: %1 vehicle barriers, %2 emergency gates, %3 entries." )
               .arg( f.barriers )
               .arg( f.emergencyGates )
               .arg( f.entries );
  QStringList ratings;
  // Each "4 × V/7200[N3C]/112" glued: neither the print nor the panel breaks a line inside a rating.
  for ( const auto &[rating, count] : f.ratingCounts )
    ratings << unbreakable( SecurityLayoutPrint::tr( "%1 × %2" )
                                .arg( count )
                                .arg( rating.isEmpty() ? SecurityLayoutPrint::tr( "not reachable" ) : rating ) );
  if ( !ratings.isEmpty() )
    lines << SecurityLayoutPrint::tr( "Barriers needed (IWA 14-1 vehicle/speed): %1." )
                 .arg( ratings.join( QStringLiteral( ", " ) ) );
  if ( f.openGroundStretches > 0 )
    lines << SecurityLayoutPrint::tr( "Barrier line: %1 m in all, %2 m of it along open ground (%n stretch(es)%3).",
                                      nullptr, static_cast<int>( f.openGroundStretches ) )
                 .arg( localeNumber( f.barrierLengthM ), localeNumber( f.openGroundBarrierM ) )
                 .arg( f.openGroundRatingClass.isEmpty()
                           ? QString()
                           : unbreakable( SecurityLayoutPrint::tr( ", up to %1" ).arg( f.openGroundRatingClass ) ) );
  else
    lines
        << SecurityLayoutPrint::tr( "Barrier line: %1 m across the streets." ).arg( localeNumber( f.barrierLengthM ) );
  lines << SecurityLayoutPrint::tr( "Fastest hostile vehicle impact: %1 km/h (%2)." )
               .arg( localeNumber( f.maxImpactKmh ), vehicleDisplayName( f.vehicleKey ) );
  lines << SecurityLayoutPrint::tr( "Roads closed: %1 m; buildings exposed to the blast: %2." )
               .arg( localeNumber( f.closedRoadM ) )
               .arg( f.exposedBuildings );
  return lines;
}

} // namespace eventsecurity
