// Open ground (issue 13) through the Processing registry: eventsecurity:vehicleapproach, perimeterdesign and
// securitylayout with OPEN_AREAS and OBSTACLES, on hand-made promenades in UTM 21S (and EPSG:4326) whose speeds are
// worked out by hand from the free space's geometry and the closed forms of tests/common/analyticapproach.h; bollards
// closing streets; the sample's outputs unchanged when the open ground has nothing in the study area; bad input.
#include "analyticapproach.h"
#include "testsupport.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgslinestring.h>
#include <qgsproject.h>

#include <QFile>
#include <QObject>
#include <QTemporaryDir>

#include <cmath>
#include <map>
#include <vector>

using namespace eventsecurity::test;

namespace
{
const QString kVehicleApproach = QStringLiteral( "eventsecurity:vehicleapproach" );
const QString kPerimeterDesign = QStringLiteral( "eventsecurity:perimeterdesign" );
const QString kSecurityLayout = QStringLiteral( "eventsecurity:securitylayout" );
const QString kUtm21S = QStringLiteral( "EPSG:32721" );
// A local origin near Plaza Independencia in UTM 21S.
constexpr double kX0 = 573000;
constexpr double kY0 = 6137000;

// The car (VEHICLE 0, 1,500 kg) with the analytic cases' acceleration: a0 2 m/s^2, vmax 30 m/s (108 km/h). Its width
// in the vehicle table is 1.7 m (vehicleclasses.cpp), so the free space is the ground shrunk by c = 0.85 m.
constexpr double kA0 = 2.0;
constexpr double kVmax = 30.0;
constexpr double kC = 0.85;
constexpr AccelerationCurve kCurve{ kA0, kVmax };

double kmh( double ms )
{
  return ms * 3.6;
}

QString at( double x, double y )
{
  return QStringLiteral( "%1 %2" ).arg( kX0 + x, 0, 'f', 4 ).arg( kY0 + y, 0, 'f', 4 );
}

QString lineWkt( double x0, double y0, double x1, double y1 )
{
  return QStringLiteral( "LINESTRING(%1, %2)" ).arg( at( x0, y0 ), at( x1, y1 ) );
}

QString rectangleWkt( double x0, double y0, double x1, double y1 )
{
  return QStringLiteral( "POLYGON((%1, %2, %3, %4, %1))" )
      .arg( at( x0, y0 ), at( x1, y0 ), at( x1, y1 ), at( x0, y1 ) );
}

std::unique_ptr<QgsVectorLayer> polygons( const QStringList &wkts )
{
  return memoryLayer( QStringLiteral( "Polygon?crs=%1" ).arg( kUtm21S ), wkts );
}

std::unique_ptr<QgsVectorLayer> roads( const QStringList &wkts )
{
  return memoryLayer( QStringLiteral( "LineString?crs=%1&field=highway:string" ).arg( kUtm21S ), wkts );
}

// Bollards at local points, with their OSM bollard=* value.
std::unique_ptr<QgsVectorLayer> bollards( const std::vector<std::pair<double, double>> &points,
                                          const QString &bollard = QString() )
{
  QStringList wkts;
  QList<QgsAttributes> attributes;
  for ( const auto &[x, y] : points )
  {
    wkts << QStringLiteral( "POINT(%1)" ).arg( at( x, y ) );
    attributes << ( QgsAttributes() << QStringLiteral( "bollard" )
                                    << ( bollard.isEmpty() ? QVariant() : QVariant( bollard ) ) );
  }
  return memoryLayer( QStringLiteral( "Point?crs=%1&field=barrier:string&field=bollard:string" ).arg( kUtm21S ), wkts,
                      attributes );
}

// The same layer in EPSG:4326, as a memory layer.
std::unique_ptr<QgsVectorLayer> toLonLat( QgsVectorLayer *layer, const QString &geometryType )
{
  const QgsCoordinateTransform transform( layer->crs(), QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ),
                                          QgsProject::instance() );
  QStringList wkts;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature f;
  while ( it.nextFeature( f ) )
  {
    QgsGeometry g = f.geometry();
    g.transform( transform );
    wkts << g.asWkt( 10 );
  }
  return memoryLayer( QStringLiteral( "%1?crs=EPSG:4326" ).arg( geometryType ), wkts );
}

QVariant layerList( const std::vector<QgsVectorLayer *> &layers )
{
  QVariantList list;
  for ( QgsVectorLayer *layer : layers )
    list << QVariant::fromValue( layer );
  return list;
}

// Vehicle approach with the analytic car, from rest, the impact points every IMPACT_SPACING_M.
QVariantMap approachParameters( QgsVectorLayer *network, QgsVectorLayer *area, QgsVectorLayer *openAreas,
                                double spacingM )
{
  QVariantMap p;
  p.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( network ) );
  p.insert( QStringLiteral( "PROTECTED_AREA" ), QVariant::fromValue( area ) );
  if ( openAreas )
    p.insert( QStringLiteral( "OPEN_AREAS" ), QVariant::fromValue( openAreas ) );
  p.insert( QStringLiteral( "VEHICLE" ), 0 );
  p.insert( QStringLiteral( "ACCEL_MS2" ), kA0 );
  p.insert( QStringLiteral( "MAX_SPEED_KMH" ), kmh( kVmax ) );
  p.insert( QStringLiteral( "START_SPEED_KMH" ), 0 );
  p.insert( QStringLiteral( "IMPACT_SPACING_M" ), spacingM );
  p.insert( QStringLiteral( "OUTPUT_POINTS" ), QStringLiteral( "memory:" ) );
  p.insert( QStringLiteral( "OUTPUT_ROUTES" ), QStringLiteral( "memory:" ) );
  p.insert( QStringLiteral( "OUTPUT_NETWORK" ), QStringLiteral( "memory:" ) );
  p.insert( QStringLiteral( "OUTPUT_STRETCHES" ), QStringLiteral( "memory:" ) );
  return p;
}

// The impact point (kind open_ground) at local (x, y), or nullptr.
const QgsFeature *openGroundPointAt( const std::vector<QgsFeature> &points, double x, double y, double toleranceM )
{
  for ( const QgsFeature &f : points )
    if ( f.attribute( QStringLiteral( "kind" ) ).toString() == QLatin1String( "open_ground" ) &&
         f.geometry().asPoint().distance( QgsPointXY( kX0 + x, kY0 + y ) ) <= toleranceM )
      return &f;
  return nullptr;
}

double number( const QgsFeature &feature, const char *field )
{
  return feature.attribute( QString::fromLatin1( field ) ).toDouble();
}

bool near( double actual, double expected, double relative )
{
  if ( std::fabs( actual - expected ) <= relative * std::fabs( expected ) )
    return true;
  qWarning( "actual %.9f, expected %.9f", actual, expected );
  return false;
}

// A far street, so that NETWORK has one: 300 m north of the promenade, nowhere near the open ground (its corridor
// is kept only within its half-width, 6.5 m, of an open area) and not crossing the protected area.
QString farStreet()
{
  return lineWkt( -500, 300, -100, 300 );
}

// The promenade of the tests: 320 m x 10 m along x; for the car its free space is x in [0.85, 300], y in
// [-4.15, 4.15] where the protected area [300, 400] x [-50, 50] cuts it: a stretch of 8.3 m at x = 300.
QString promenadeWkt( double lengthM = 320 )
{
  return rectangleWkt( 0, -5, lengthM, 5 );
}
} // namespace

class TestOpenGround : public QObject
{
  Q_OBJECT

private slots:
  void promenadeStraightRun_data();
  void promenadeStraightRun();
  void promenadeSpeedRanges();
  void obstacleAndBollardLayersTogether();
  void bollardClosesStreet();
  void withoutOpenGroundNothingChanges();
  void protectedAreaInsideTheOpenArea();
  void invalidAndCurvedOpenAreas();
  void badRadiusRefused();
  void perimeterBarrierLineAlongOpenGround();
  void layoutWritesTheStretches();
  void queuesOverOpenGround();
};

void TestOpenGround::promenadeStraightRun_data()
{
  QTest::addColumn<bool>( "geographic" );
  QTest::newRow( "UTM 21S" ) << false;
  QTest::newRow( "EPSG:4326" ) << true;
}

void TestOpenGround::promenadeStraightRun()
{
  // Targets at most 4.2 m apart across the 8.3 m stretch (x = 300, y in [-4.15, 4.15]): y = -4.14, 0, 4.14 (the ends
  // 1 cm inside it). The free space is convex and its only nodes are its two far corners (0.85, +-4.15) (starts) and
  // the targets: the best route to a target (300, y) is straight from the far corner farthest from it, from rest,
  // hypot(299.15, 4.15 + |y|) m. The middle target: hypot(299.15, 4.15) = 299.178785 m.
  QFETCH( bool, geographic );
  std::unique_ptr<QgsVectorLayer> network = roads( { farStreet() } );
  std::unique_ptr<QgsVectorLayer> area = polygons( { rectangleWkt( 300, -50, 400, 50 ) } );
  std::unique_ptr<QgsVectorLayer> open = polygons( { promenadeWkt() } );
  if ( geographic )
  {
    network = toLonLat( network.get(), QStringLiteral( "LineString" ) );
    area = toLonLat( area.get(), QStringLiteral( "Polygon" ) );
    open = toLonLat( open.get(), QStringLiteral( "Polygon" ) );
  }
  // UTM 21S's scale here differs from the metric frame's (a transverse Mercator centred on the data) by about 4e-4:
  // distances, and so speeds, agree to that in EPSG:4326.
  const double relative = geographic ? 1e-3 : 1e-6;
  QgsProcessingContext context;
  const AlgorithmRun run =
      runAlgorithm( kVehicleApproach, approachParameters( network.get(), area.get(), open.get(), 4.2 ), context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  QVERIFY2( run.log.contains( QStringLiteral( "Open ground:" ) ), qPrintable( run.log ) );
  const std::vector<QgsFeature> points = allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_POINTS" ), context ) );
  const QgsCoordinateTransform toUtm( outputLayer( run, QStringLiteral( "OUTPUT_POINTS" ), context )->crs(),
                                      QgsCoordinateReferenceSystem( kUtm21S ), QgsProject::instance() );
  std::vector<QgsFeature> inUtm = points;
  for ( QgsFeature &f : inUtm )
  {
    QgsGeometry g = f.geometry();
    g.transform( toUtm );
    f.setGeometry( g );
  }
  QCOMPARE( static_cast<int>( inUtm.size() ), 3 ); // no street crosses the edge: the three targets
  for ( const double y : { -4.14, 0.0, 4.14 } )
  {
    const QgsFeature *point = openGroundPointAt( inUtm, 300, y, geographic ? 0.05 : 1e-6 );
    QVERIFY2( point, qPrintable( QString::number( y ) ) );
    const double run = std::hypot( 299.15, 4.15 + std::fabs( y ) );
    QVERIFY( near( number( *point, "impact_kmh" ), kmh( kCurve.speedAfter( run ) ), relative ) );
    QVERIFY( near( number( *point, "route_m" ), run, relative ) );
    QVERIFY( near( number( *point, "runup_m" ), run, relative ) );
    QVERIFY( point->attribute( QStringLiteral( "entry_kmh" ) ).isNull() );
    QVERIFY( point->attribute( QStringLiteral( "network_fid" ) ).isNull() );
    QCOMPARE( point->attribute( QStringLiteral( "stretch_id" ) ).toInt(), 1 );
    QVERIFY( !point->attribute( QStringLiteral( "rating_iwa" ) ).toString().isEmpty() );
  }
  // The stretch: 8.3 m, three targets all reached, its speed the fastest of them (an end: hypot(299.15, 8.29)).
  const std::vector<QgsFeature> stretches =
      allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_STRETCHES" ), context ) );
  QCOMPARE( static_cast<int>( stretches.size() ), 1 );
  QVERIFY( near( number( stretches[0], "length_m" ), 8.3, geographic ? 1e-3 : 1e-9 ) );
  QCOMPARE( stretches[0].attribute( QStringLiteral( "impact_points" ) ).toInt(), 3 );
  QCOMPARE( stretches[0].attribute( QStringLiteral( "reached" ) ).toInt(), 3 );
  QVERIFY(
      near( number( stretches[0], "impact_kmh" ), kmh( kCurve.speedAfter( std::hypot( 299.15, 8.29 ) ) ), relative ) );
  // The heat map holds the legs (no feature, kind open_ground_leg; at least each far corner to each target) beside
  // the far street; the fastest leg toward the edge is the fastest impact.
  int legs = 0;
  double fastestLegKmh = 0;
  for ( const QgsFeature &f : allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_NETWORK" ), context ) ) )
    if ( f.attribute( QStringLiteral( "kind" ) ).toString() == QLatin1String( "open_ground_leg" ) )
    {
      ++legs;
      QVERIFY( f.attribute( QStringLiteral( "network_fid" ) ).isNull() );
      fastestLegKmh = std::max( fastestLegKmh, number( f, "max_kmh" ) );
    }
  QVERIFY( legs >= 6 );
  QVERIFY( near( fastestLegKmh, number( stretches[0], "impact_kmh" ), 1e-9 ) );
}

void TestOpenGround::promenadeSpeedRanges()
{
  // The ranged run (issue 16) over open ground: only a0 varies, uniformly within +-10 %. The speed after a run from
  // rest rises with a0, so each target's sampled speeds lie between the closed-form speeds with 0.9 a0 and 1.1 a0,
  // the median near a0's and the 95th percentile near 1.09 a0's (Latin hypercube: the samples' 95th percentile of
  // the factor is within 1/200 of 1.09). Ratings are chosen on the 95th percentile, never below impact_kmh; the
  // stretch's range fields are those of its critical point. With no spread at all every sample is the
  // deterministic run: p50 = p95 = impact_kmh.
  std::unique_ptr<QgsVectorLayer> network = roads( { farStreet() } );
  std::unique_ptr<QgsVectorLayer> area = polygons( { rectangleWkt( 300, -50, 400, 50 ) } );
  std::unique_ptr<QgsVectorLayer> open = polygons( { promenadeWkt() } );
  QVariantMap parameters = approachParameters( network.get(), area.get(), open.get(), 4.2 );
  parameters.insert( QStringLiteral( "SAMPLES" ), 200 );
  parameters.insert( QStringLiteral( "ACCEL_SPREAD_PCT" ), 10 );
  for ( const char *spread : { "MAX_SPEED_SPREAD_PCT", "FRICTION_SPREAD_PCT", "ENTRY_SPEED_SPREAD_PCT" } )
    parameters.insert( QString::fromLatin1( spread ), 0 );
  QgsProcessingContext context;
  const AlgorithmRun run = runAlgorithm( kVehicleApproach, parameters, context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  const std::vector<QgsFeature> points = allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_POINTS" ), context ) );
  QCOMPARE( static_cast<int>( points.size() ), 3 );
  double highestP95 = 0;
  for ( const double y : { -4.14, 0.0, 4.14 } )
  {
    const QgsFeature *point = openGroundPointAt( points, 300, y, 1e-6 );
    QVERIFY2( point, qPrintable( QString::number( y ) ) );
    const double runM = std::hypot( 299.15, 4.15 + std::fabs( y ) );
    const auto kmhWith = [&]( double factor ) {
      return kmh( AccelerationCurve{ kA0 * factor, kVmax }.speedAfter( runM ) );
    };
    const double p50 = number( *point, "impact_kmh_p50" );
    const double p95 = number( *point, "impact_kmh_p95" );
    QVERIFY( near( number( *point, "impact_kmh" ), kmhWith( 1 ), 1e-6 ) );
    QVERIFY2( p50 > kmhWith( 0.98 ) && p50 < kmhWith( 1.02 ), qPrintable( QString::number( p50 ) ) );
    QVERIFY2( p95 > kmhWith( 1.08 ) && p95 <= kmhWith( 1.1 ) + 1e-9, qPrintable( QString::number( p95 ) ) );
    QVERIFY( near( number( *point, "rating_kmh" ), p95, 1e-9 ) );
    QVERIFY( near( number( *point, "energy_kj_p95" ), 0.5 * 1500 * std::pow( p95 / 3.6, 2 ) / 1000, 1e-6 ) );
    highestP95 = std::max( highestP95, p95 );
  }
  const std::vector<QgsFeature> stretches =
      allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_STRETCHES" ), context ) );
  QCOMPARE( static_cast<int>( stretches.size() ), 1 );
  QVERIFY( near( number( stretches[0], "impact_kmh_p95" ), highestP95, 1e-9 ) );
  QVERIFY( near( number( stretches[0], "rating_kmh" ), highestP95, 1e-9 ) );

  parameters.insert( QStringLiteral( "ACCEL_SPREAD_PCT" ), 0 );
  QgsProcessingContext noSpreadContext;
  const AlgorithmRun noSpread = runAlgorithm( kVehicleApproach, parameters, noSpreadContext );
  QVERIFY2( noSpread.ok, qPrintable( noSpread.errors ) );
  for ( const QgsFeature &point :
        allFeatures( outputLayer( noSpread, QStringLiteral( "OUTPUT_POINTS" ), noSpreadContext ) ) )
  {
    QVERIFY( near( number( point, "impact_kmh_p50" ), number( point, "impact_kmh" ), 1e-9 ) );
    QVERIFY( near( number( point, "impact_kmh_p95" ), number( point, "impact_kmh" ), 1e-9 ) );
  }
}

void TestOpenGround::obstacleAndBollardLayersTogether()
{
  // A 200 m street ends where the promenade begins, on its axis. From rest at the street's far end a vehicle drives
  // straight on to the target on the axis, (300, 0): 500 m. A bollard on the street at x = -100 (OBSTACLES, a point
  // layer) closes it: the pieces stop 0.3 m short of it (half TOLERANCE_M + 5 cm), so the best start is at x = -99.7,
  // 399.7 m. A planter block across the promenade, x in [150, 152] (a second OBSTACLES layer, polygons), cuts it: the
  // free space beyond starts at x = 152.85, and the best is from rest at its corners (152.85, +-4.15): hypot(147.15,
  // 4.15) = 147.208503 m.
  std::unique_ptr<QgsVectorLayer> network = roads( { lineWkt( -200, 0, 0, 0 ) } );
  std::unique_ptr<QgsVectorLayer> area = polygons( { rectangleWkt( 300, -50, 400, 50 ) } );
  std::unique_ptr<QgsVectorLayer> open = polygons( { promenadeWkt() } );
  std::unique_ptr<QgsVectorLayer> bollard = bollards( { { -100, 0 } } );
  std::unique_ptr<QgsVectorLayer> planter = polygons( { rectangleWkt( 150, -10, 152, 10 ) } );
  const auto axisSpeedKmh = [&]( const std::vector<QgsVectorLayer *> &obstacles )
  {
    QgsProcessingContext context;
    QVariantMap p = approachParameters( network.get(), area.get(), open.get(), 4.15 );
    p.insert( QStringLiteral( "OBSTACLES" ), layerList( obstacles ) );
    const AlgorithmRun run = runAlgorithm( kVehicleApproach, p, context );
    if ( !run.ok )
      qWarning( "%s", qPrintable( run.errors ) );
    const QgsFeature *point = openGroundPointAt(
        allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_POINTS" ), context ) ), 300, 0, 1e-6 );
    return point ? number( *point, "impact_kmh" ) : -1.0;
  };
  QVERIFY( near( axisSpeedKmh( {} ), kmh( kCurve.speedAfter( 500 ) ), 1e-6 ) );
  QVERIFY( near( axisSpeedKmh( { bollard.get() } ), kmh( kCurve.speedAfter( 399.7 ) ), 1e-6 ) );
  QVERIFY( near( axisSpeedKmh( { bollard.get(), planter.get() } ),
                 kmh( kCurve.speedAfter( std::hypot( 147.15, 4.15 ) ) ), 1e-6 ) );
  QVERIFY( near( axisSpeedKmh( { planter.get(), bollard.get() } ),
                 kmh( kCurve.speedAfter( std::hypot( 147.15, 4.15 ) ) ), 1e-6 ) );
}

void TestOpenGround::bollardClosesStreet()
{
  // No open ground: the road of test_vehicleapproach's straightRoad, along y = 50 from 300 m west of the square
  // [0, 100]^2 into it, hit after 300 m from rest. A bollard at x = -100 closes it: 99.7 m from the piece's start.
  std::unique_ptr<QgsVectorLayer> network = roads( { lineWkt( -300, 50, 50, 50 ) } );
  std::unique_ptr<QgsVectorLayer> area = polygons( { rectangleWkt( 0, 0, 100, 100 ) } );
  struct Case
  {
    const char *name;
    std::vector<std::pair<double, double>> points;
    QString bollard;
    bool removableOpen;
    double runM;
  };
  const Case cases[] = {
      { "none", {}, QString(), true, 300 },
      { "fixed", { { -100, 50 } }, QString(), true, 99.7 },
      { "fixed OSM value", { { -100, 50 } }, QStringLiteral( "fixed" ), true, 99.7 },
      { "removable, counted open", { { -100, 50 } }, QStringLiteral( "removable" ), true, 300 },
      { "rising, counted closed", { { -100, 50 } }, QStringLiteral( "rising" ), false, 99.7 },
      { "on the pavement, 3 m off", { { -100, 53 } }, QString(), true, 300 },
  };
  for ( const Case &c : cases )
  {
    std::unique_ptr<QgsVectorLayer> points = bollards( c.points, c.bollard );
    QgsProcessingContext context;
    QVariantMap p = approachParameters( network.get(), area.get(), nullptr, 10 );
    p.insert( QStringLiteral( "OBSTACLES" ), layerList( { points.get() } ) );
    p.insert( QStringLiteral( "REMOVABLE_BARRIERS_OPEN" ), c.removableOpen );
    const AlgorithmRun run = runAlgorithm( kVehicleApproach, p, context );
    QVERIFY2( run.ok, qPrintable( run.errors ) );
    const std::vector<QgsFeature> impacts =
        allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_POINTS" ), context ) );
    QVERIFY2( impacts.size() == 1, c.name );
    QCOMPARE( impacts[0].attribute( QStringLiteral( "kind" ) ).toString(), QStringLiteral( "street" ) );
    QVERIFY2( near( number( impacts[0], "impact_kmh" ), kmh( kCurve.speedAfter( c.runM ) ), 1e-6 ), c.name );
  }
  // A bollard at the crossing itself leaves no street there: nothing reaches the square's edge.
  std::unique_ptr<QgsVectorLayer> atCrossing = bollards( { { -0.1, 50 } } );
  QgsProcessingContext context;
  QVariantMap p = approachParameters( network.get(), area.get(), nullptr, 10 );
  p.insert( QStringLiteral( "OBSTACLES" ), layerList( { atCrossing.get() } ) );
  const AlgorithmRun run = runAlgorithm( kVehicleApproach, p, context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  QVERIFY( allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_POINTS" ), context ) ).empty() );
  QVERIFY( run.errors.isEmpty() );
  QVERIFY2( run.log.contains( QStringLiteral( "No street crosses the edge" ) ), qPrintable( run.log ) );
}

void TestOpenGround::withoutOpenGroundNothingChanges()
{
  // The sample venue, streets only, against the same with open ground that has nothing in the study area: an open
  // area and an obstacle polygon 50 km east (clipped away, ignored) and an obstacle point inside the square, on no
  // street. Every feature of every output, geometry and every field the outputs had before issue 13, is the same
  // bit for bit; the new kind is street throughout.
  std::unique_ptr<QgsVectorLayer> network = loadVectorLayer( sampleData( QStringLiteral( "roads.geojson" ) ) );
  std::unique_ptr<QgsVectorLayer> venue = loadVectorLayer( sampleData( QStringLiteral( "venue.geojson" ) ) );
  const QString far = QStringLiteral( "POLYGON((-55.6 -34.9, -55.5 -34.9, -55.5 -34.8, -55.6 -34.8, -55.6 -34.9))" );
  std::unique_ptr<QgsVectorLayer> farAway = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:4326" ), { far } );
  std::unique_ptr<QgsVectorLayer> inSquare =
      memoryLayer( QStringLiteral( "Point?crs=EPSG:4326" ), { QStringLiteral( "POINT(-56.1998 -34.9065)" ) } );
  const std::pair<QString, QStringList> algorithms[] = {
      { kVehicleApproach,
        { QStringLiteral( "OUTPUT_POINTS" ), QStringLiteral( "OUTPUT_ROUTES" ), QStringLiteral( "OUTPUT_NETWORK" ) } },
      { kPerimeterDesign,
        { QStringLiteral( "OUTPUT_PERIMETER" ), QStringLiteral( "OUTPUT_CROSSINGS" ),
          QStringLiteral( "OUTPUT_BARRIERS" ), QStringLiteral( "OUTPUT_ENTRIES" ), QStringLiteral( "OUTPUT_IMPACTS" ),
          QStringLiteral( "OUTPUT_ROUTES" ), QStringLiteral( "OUTPUT_APPROACH_SPEEDS" ) } } };
  const QStringList newFields = { QStringLiteral( "kind" ), QStringLiteral( "stretch_id" ),
                                  QStringLiteral( "length_m" ) };
  for ( const auto &[id, outputs] : algorithms )
  {
    QVariantMap p;
    p.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( network.get() ) );
    p.insert( id == kVehicleApproach ? QStringLiteral( "PROTECTED_AREA" ) : QStringLiteral( "EVENT_AREA" ),
              QVariant::fromValue( venue.get() ) );
    for ( const QString &output : outputs )
      p.insert( output, QStringLiteral( "memory:" ) );
    QVariantMap withOpenGround = p;
    withOpenGround.insert( QStringLiteral( "OPEN_AREAS" ), QVariant::fromValue( farAway.get() ) );
    withOpenGround.insert( QStringLiteral( "OBSTACLES" ), layerList( { farAway.get(), inSquare.get() } ) );
    QgsProcessingContext context;
    const AlgorithmRun before = runAlgorithm( id, p, context );
    const AlgorithmRun after = runAlgorithm( id, withOpenGround, context );
    QVERIFY2( before.ok && after.ok, qPrintable( before.errors + after.errors ) );
    for ( const QString &output : outputs )
    {
      const std::vector<QgsFeature> a = allFeatures( outputLayer( before, output, context ) );
      const std::vector<QgsFeature> b = allFeatures( outputLayer( after, output, context ) );
      QVERIFY2( a.size() == b.size() && !a.empty(), qPrintable( id + ' ' + output ) );
      for ( std::size_t i = 0; i < a.size(); ++i )
      {
        QCOMPARE( a[i].geometry().asWkb(), b[i].geometry().asWkb() );
        for ( const QgsField &field : a[i].fields() )
        {
          if ( newFields.contains( field.name() ) )
            continue;
          const QVariant x = a[i].attribute( field.name() ), y = b[i].attribute( field.name() );
          QVERIFY2( x == y && x.isNull() == y.isNull(), qPrintable( id + ' ' + output + ' ' + field.name() ) );
        }
        const QVariant kind = a[i].attribute( QStringLiteral( "kind" ) );
        QVERIFY( !kind.isValid() || kind.toString() != QLatin1String( "open_ground" ) );
      }
    }
    QVERIFY( after.log.contains( QStringLiteral( "Open ground: 0 open area polygon(s)" ) ) );
  }
}

void TestOpenGround::protectedAreaInsideTheOpenArea()
{
  // A 10 m x 4 m stand in the middle of the promenade (an open area overlapping the protected area): the free space
  // goes round it, its whole edge is one closed stretch of 28 m, 14 targets 2 m apart. The target in the middle of
  // its west side, (150, 0), is reached straight from a far corner (0.85, +-4.15): hypot(149.15, 4.15) m.
  std::unique_ptr<QgsVectorLayer> network = roads( { farStreet() } );
  std::unique_ptr<QgsVectorLayer> stand = polygons( { rectangleWkt( 150, -2, 160, 2 ) } );
  std::unique_ptr<QgsVectorLayer> open = polygons( { promenadeWkt() } );
  QgsProcessingContext context;
  const AlgorithmRun run =
      runAlgorithm( kVehicleApproach, approachParameters( network.get(), stand.get(), open.get(), 2 ), context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  const std::vector<QgsFeature> stretches =
      allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_STRETCHES" ), context ) );
  QCOMPARE( static_cast<int>( stretches.size() ), 1 );
  QVERIFY( near( number( stretches[0], "length_m" ), 28, 1e-9 ) );
  QCOMPARE( stretches[0].attribute( QStringLiteral( "impact_points" ) ).toInt(), 14 );
  QVERIFY( stretches[0].geometry().asPolyline().front() == stretches[0].geometry().asPolyline().back() ); // closed
  const QgsFeature *west =
      openGroundPointAt( allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_POINTS" ), context ) ), 150, 0, 1e-6 );
  QVERIFY( west );
  QVERIFY( near( number( *west, "impact_kmh" ), kmh( kCurve.speedAfter( std::hypot( 149.15, 4.15 ) ) ), 1e-6 ) );
}

void TestOpenGround::invalidAndCurvedOpenAreas()
{
  // The promenade drawn with a spike on its north side (out to y = 10 and back: a ring touching itself, invalid):
  // make valid gives the promenade back, with a warning naming the layer; the speeds are the valid promenade's. A
  // curved open area far from it (a circle 100 m across, 200 m south) is made of straight segments, with a note.
  const QString spiked = QStringLiteral( "POLYGON((%1, %2, %3, %4, %5, %4, %6, %1))" )
                             .arg( at( 0, -5 ), at( 320, -5 ), at( 320, 5 ), at( 160, 5 ), at( 160, 10 ), at( 0, 5 ) );
  const QString circle =
      QStringLiteral( "CURVEPOLYGON(CIRCULARSTRING(%1, %2, %1))" ).arg( at( 100, -250 ), at( 100, -150 ) );
  std::unique_ptr<QgsVectorLayer> open = memoryLayer( QStringLiteral( "CurvePolygon?crs=%1" ).arg( kUtm21S ), {} );
  QgsFeatureList features;
  for ( const QString &wkt : { spiked, circle } )
  {
    QgsFeature f( open->fields() );
    f.setGeometry( QgsGeometry::fromWkt( wkt ) );
    QVERIFY( !f.geometry().isNull() );
    features << f;
  }
  QVERIFY( open->dataProvider()->addFeatures( features ) );
  open->setName( QStringLiteral( "Spiked squares" ) );
  QVERIFY( !QgsGeometry::fromWkt( spiked ).isGeosValid() );
  std::unique_ptr<QgsVectorLayer> network = roads( { farStreet() } );
  std::unique_ptr<QgsVectorLayer> area = polygons( { rectangleWkt( 300, -50, 400, 50 ) } );
  QgsProcessingContext context;
  const AlgorithmRun run =
      runAlgorithm( kVehicleApproach, approachParameters( network.get(), area.get(), open.get(), 4.15 ), context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  QVERIFY2( run.log.contains( QStringLiteral( "of Spiked squares were invalid" ) ), qPrintable( run.log ) );
  QVERIFY2( run.log.contains( QStringLiteral( "curved geometr" ) ), qPrintable( run.log ) );
  const QgsFeature *middle =
      openGroundPointAt( allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_POINTS" ), context ) ), 300, 0, 1e-6 );
  QVERIFY( middle );
  QVERIFY( near( number( *middle, "impact_kmh" ), kmh( kCurve.speedAfter( std::hypot( 299.15, 4.15 ) ) ), 1e-6 ) );
}

void TestOpenGround::badRadiusRefused()
{
  std::unique_ptr<QgsVectorLayer> network = roads( { farStreet() } );
  std::unique_ptr<QgsVectorLayer> area = polygons( { rectangleWkt( 300, -50, 400, 50 ) } );
  std::unique_ptr<QgsVectorLayer> open = polygons( { promenadeWkt() } );
  std::unique_ptr<QgsVectorLayer> trees =
      memoryLayer( QStringLiteral( "Point?crs=%1&field=radius:double" ).arg( kUtm21S ),
                   { QStringLiteral( "POINT(%1)" ).arg( at( 100, 0 ) ) }, { QgsAttributes() << -2.0 } );
  trees->setName( QStringLiteral( "Trees" ) );
  // A negative OBSTACLE_RADIUS_M names the parameter.
  {
    QgsProcessingContext context;
    QVariantMap p = approachParameters( network.get(), area.get(), open.get(), 10 );
    p.insert( QStringLiteral( "OBSTACLES" ), layerList( { trees.get() } ) );
    p.insert( QStringLiteral( "OBSTACLE_RADIUS_M" ), -1.0 );
    const AlgorithmRun run = runAlgorithm( kVehicleApproach, p, context );
    QVERIFY( !run.ok );
    QVERIFY2( run.errors.contains( QStringLiteral( "OBSTACLE_RADIUS_M" ) ), qPrintable( run.errors ) );
  }
  // A negative radius in OBSTACLE_RADIUS_FIELD names the field, the layer and the feature.
  {
    QgsProcessingContext context;
    QVariantMap p = approachParameters( network.get(), area.get(), open.get(), 10 );
    p.insert( QStringLiteral( "OBSTACLES" ), layerList( { trees.get() } ) );
    p.insert( QStringLiteral( "OBSTACLE_RADIUS_FIELD" ), QStringLiteral( "radius" ) );
    const AlgorithmRun run = runAlgorithm( kVehicleApproach, p, context );
    QVERIFY( !run.ok );
    QVERIFY2( run.errors.contains( QStringLiteral( "OBSTACLE_RADIUS_FIELD" ) ) &&
                  run.errors.contains( QStringLiteral( "Trees" ) ) && run.errors.contains( QStringLiteral( "-2" ) ),
              qPrintable( run.errors ) );
  }
  // IMPACT_SPACING_M under 4 x TOLERANCE_M (2 m) would merge the points: refused, naming it.
  {
    QgsProcessingContext context;
    const AlgorithmRun run =
        runAlgorithm( kVehicleApproach, approachParameters( network.get(), area.get(), open.get(), 1.5 ), context );
    QVERIFY( !run.ok );
    QVERIFY2( run.errors.contains( QStringLiteral( "IMPACT_SPACING_M" ) ), qPrintable( run.errors ) );
  }
}

void TestOpenGround::perimeterBarrierLineAlongOpenGround()
{
  // An event area [340, 420] x [-40, 40] with a standoff of 9 m and the default 1 m penetration: the barrier line
  // stands 10 m out, its west side along x = 330. A promenade [0, 350] x [-5, 5] crosses it: for the 7.5 t truck
  // (2.2 m wide: c = 1.1 m) its free space reaches the cordon over y in [-3.9, 3.9], a stretch of 7.8 m, its fastest
  // impact point an end, from rest at the far corner (1.1, -+3.9): hypot(330 - 1.1, 7.79) m. The far street crosses
  // nothing: the barrier line is the stretch's 7.8 m alone.
  std::unique_ptr<QgsVectorLayer> network = roads( { farStreet() } );
  std::unique_ptr<QgsVectorLayer> event = polygons( { rectangleWkt( 340, -40, 420, 40 ) } );
  std::unique_ptr<QgsVectorLayer> open = polygons( { promenadeWkt( 350 ) } );
  QTemporaryDir dir;
  QgsProcessingContext context;
  QVariantMap p;
  p.insert( QStringLiteral( "EVENT_AREA" ), QVariant::fromValue( event.get() ) );
  p.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( network.get() ) );
  p.insert( QStringLiteral( "OPEN_AREAS" ), QVariant::fromValue( open.get() ) );
  p.insert( QStringLiteral( "STANDOFF_M" ), 9.0 );
  p.insert( QStringLiteral( "START_SPEED_KMH" ), 0 );
  p.insert( QStringLiteral( "ATTENDANCE" ), 1000 );
  for ( const char *output : { "OUTPUT_PERIMETER", "OUTPUT_BARRIERS", "OUTPUT_STRETCHES", "OUTPUT_IMPACTS" } )
    p.insert( QString::fromLatin1( output ), QStringLiteral( "memory:" ) );
  p.insert( QStringLiteral( "OUTPUT_REPORT" ), dir.filePath( QStringLiteral( "report.html" ) ) );
  const AlgorithmRun run = runAlgorithm( kPerimeterDesign, p, context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  // The cordon's west side as drawn: its buildable shape (cordongeometry.h) leaves it 4.8 cm inside x = 330 (the
  // round joins' chords), so the targets stand there: (x, +-3.89).
  const std::vector<QgsFeature> cordon =
      allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_PERIMETER" ), context ) );
  QCOMPARE( static_cast<int>( cordon.size() ), 1 );
  const double westX = cordon[0].geometry().boundingBox().xMinimum() - kX0;
  QVERIFY( std::fabs( westX - 330 ) < 0.1 );
  const AccelerationCurve truck{ 1.0, 120 / 3.6 }; // the 7.5 t truck of the vehicle table
  const double fastestKmh = kmh( truck.speedAfter( std::hypot( westX - 1.1, 7.79 ) ) );
  const std::vector<QgsFeature> barriers =
      allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_BARRIERS" ), context ) );
  QCOMPARE( static_cast<int>( barriers.size() ), 1 );
  QCOMPARE( barriers[0].attribute( QStringLiteral( "kind" ) ).toString(), QStringLiteral( "open_ground_line" ) );
  QVERIFY( near( number( barriers[0], "length_m" ), 7.8, 1e-6 ) );
  QVERIFY( near( barriers[0].geometry().length(), 7.8, 1e-6 ) );
  QCOMPARE( barriers[0].attribute( QStringLiteral( "stretch_id" ) ).toInt(), 1 );
  QVERIFY( barriers[0].attribute( QStringLiteral( "crossing_id" ) ).isNull() );
  QVERIFY( near( number( barriers[0], "impact_kmh" ), fastestKmh, 1e-6 ) );
  QVERIFY( !barriers[0].attribute( QStringLiteral( "rating_iwa" ) ).toString().isEmpty() );
  QCOMPARE( allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_STRETCHES" ), context ) ).size(), std::size_t( 1 ) );
  QFile report( dir.filePath( QStringLiteral( "report.html" ) ) );
  QVERIFY( report.open( QIODevice::ReadOnly ) );
  const QString html = QString::fromUtf8( report.readAll() );
  QVERIFY2( html.contains( QStringLiteral( "8 m of crash-rated barrier line: 0 m across the 0 street(s)" ) ),
            qPrintable( html ) );
  // No street reaches the cordon: open ground is faster than every street, which the warnings say.
  QVERIFY2( run.log.contains( QStringLiteral( "Open ground gives a faster approach to the cordon" ) ),
            qPrintable( run.log ) );
}

void TestOpenGround::layoutWritesTheStretches()
{
  // The same site through the security layout: the GeoPackage gains impact_stretches, the barriers the stretch's line,
  // and the key figures its metres.
  std::unique_ptr<QgsVectorLayer> network = roads( { farStreet() } );
  std::unique_ptr<QgsVectorLayer> event = polygons( { rectangleWkt( 340, -40, 420, 40 ) } );
  std::unique_ptr<QgsVectorLayer> open = polygons( { promenadeWkt( 350 ) } );
  std::unique_ptr<QgsVectorLayer> bollard = bollards( { { -300, 300 } } );
  QTemporaryDir dir;
  QgsProcessingContext context;
  QVariantMap p;
  p.insert( QStringLiteral( "VENUE" ), QVariant::fromValue( event.get() ) );
  p.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( network.get() ) );
  p.insert( QStringLiteral( "OPEN_AREAS" ), QVariant::fromValue( open.get() ) );
  p.insert( QStringLiteral( "OBSTACLES" ), layerList( { bollard.get() } ) );
  p.insert( QStringLiteral( "STANDOFF_M" ), 9.0 );
  p.insert( QStringLiteral( "OUTPUT_GPKG" ), dir.filePath( QStringLiteral( "layout.gpkg" ) ) );
  p.insert( QStringLiteral( "OUTPUT_REPORT" ), dir.filePath( QStringLiteral( "layout.html" ) ) );
  const AlgorithmRun run = runAlgorithm( kSecurityLayout, p, context );
  QVERIFY2( run.ok, qPrintable( run.errors ) );
  QVERIFY2( run.results.value( QStringLiteral( "LAYERS" ) ).toString().contains( QStringLiteral( "impact_stretches" ) ),
            qPrintable( run.results.value( QStringLiteral( "LAYERS" ) ).toString() ) );
  QVERIFY( near( run.results.value( QStringLiteral( "BARRIER_LENGTH_M" ) ).toDouble(), 7.8, 1e-6 ) );
  QVERIFY( near( run.results.value( QStringLiteral( "OPEN_GROUND_BARRIER_M" ) ).toDouble(), 7.8, 1e-6 ) );
  std::unique_ptr<QgsVectorLayer> stretches = loadVectorLayer( dir.filePath( QStringLiteral( "layout.gpkg" ) ) +
                                                               QStringLiteral( "|layername=impact_stretches" ) );
  QCOMPARE( stretches->featureCount(), 1LL );
  QVERIFY( run.results.value( QStringLiteral( "WARNINGS" ) )
               .toString()
               .contains( QStringLiteral( "Open ground gives a faster approach" ) ) );
}

void TestOpenGround::queuesOverOpenGround()
{
  // The sample venue with queues at its entries, and the whole square as open ground (no obstacles, so no street is
  // closed): the open ground only adds ways to drive, so no queue can be reached more slowly than over the streets
  // alone. (The union of the cordon and the queues once made the open ground refuse the protected area as "an
  // outline touching itself".)
  std::unique_ptr<QgsVectorLayer> event = loadVectorLayer( sampleData( QStringLiteral( "event_area.geojson" ) ) );
  std::unique_ptr<QgsVectorLayer> network = loadVectorLayer( sampleData( QStringLiteral( "roads.geojson" ) ) );
  std::unique_ptr<QgsVectorLayer> square = loadVectorLayer( sampleData( QStringLiteral( "venue.geojson" ) ) );
  const auto queueSpeeds = [&]( QgsVectorLayer *openAreas )
  {
    QgsProcessingContext context;
    QVariantMap p;
    p.insert( QStringLiteral( "EVENT_AREA" ), QVariant::fromValue( event.get() ) );
    p.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( network.get() ) );
    if ( openAreas )
      p.insert( QStringLiteral( "OPEN_AREAS" ), QVariant::fromValue( openAreas ) );
    p.insert( QStringLiteral( "ATTENDANCE" ), 8000 );
    p.insert( QStringLiteral( "STANDOFF_M" ), 30.0 );
    p.insert( QStringLiteral( "VEHICLE" ), 4 );
    p.insert( QStringLiteral( "OUTPUT_PERIMETER" ), QStringLiteral( "memory:" ) );
    p.insert( QStringLiteral( "OUTPUT_QUEUES" ), QStringLiteral( "memory:" ) );
    const AlgorithmRun run = runAlgorithm( kPerimeterDesign, p, context );
    std::map<QString, double> speeds;
    if ( !run.ok )
    {
      qWarning( "%s", qPrintable( run.errors ) );
      return speeds;
    }
    for ( const QgsFeature &queue : allFeatures( outputLayer( run, QStringLiteral( "OUTPUT_QUEUES" ), context ) ) )
      speeds[queue.attribute( QStringLiteral( "entry" ) ).toString()] = number( queue, "impact_kmh" );
    return speeds;
  };
  const std::map<QString, double> streets = queueSpeeds( nullptr );
  const std::map<QString, double> overOpenGround = queueSpeeds( square.get() );
  QVERIFY( !streets.empty() );
  QCOMPARE( overOpenGround.size(), streets.size() );
  for ( const auto &[entry, kmh] : streets )
  {
    QVERIFY2( overOpenGround.count( entry ), qPrintable( entry ) );
    QVERIFY2( overOpenGround.at( entry ) >= kmh - 1e-6,
              qPrintable( QStringLiteral( "%1: %2 km/h over open ground, %3 over the streets" )
                              .arg( entry )
                              .arg( overOpenGround.at( entry ) )
                              .arg( kmh ) ) );
  }
}

ES_TEST_MAIN( TestOpenGround )
#include "test_openground.moc"
