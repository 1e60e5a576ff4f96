#include "planfigures.h"

#include "planstyles.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectorlayer.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <memory>

namespace eventsecurity
{

namespace
{
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
  forEach( QStringLiteral( "entries" ),
           [&]( const QgsFeature &e )
           {
             ++f.entries;
             f.lanes += e.attribute( QStringLiteral( "lanes" ) ).toInt();
           } );
  forEach( QStringLiteral( "impact_points" ), [&]( const QgsFeature &p )
           { f.maxImpactKmh = std::max( f.maxImpactKmh, p.attribute( QStringLiteral( "impact_kmh" ) ).toDouble() ); } );
  forEach( QStringLiteral( "road_closures" ),
           [&]( const QgsFeature &r ) { f.closedRoadM += r.attribute( QStringLiteral( "length_m" ) ).toDouble(); } );
  forEach( QStringLiteral( "exposed_buildings" ), [&]( const QgsFeature & ) { ++f.exposedBuildings; } );
  return f;
}

} // namespace eventsecurity
