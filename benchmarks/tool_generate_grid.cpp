// Synthetic city grid for the scaling benchmarks (vehicle approach vs native:serviceareafrompoint).
//
//   tool_generate_grid --edges N --out file.gpkg [--seed S] [--crs EPSG:32721]
//
// Writes a GeoPackage with a LineString layer `roads` of about N street edges (one feature per
// junction-to-junction edge) in a metric CRS, and a layer `venue` with one square polygon near the
// centre that the streets cross. The city: blocks of 80-150 m with junctions jittered a few metres,
// straight avenues every 8-12 streets, a few straight diagonal boulevards noded into the grid,
// street classes with widths, lanes and speed limits, some one-way streets (the line's direction is
// the allowed one), a few edges removed, some edges with a slight bend. The same seed gives the
// same file. Every figure below is a plausible-city judgement, not a standard.

#include "benchsupport.h"
#include "eventsecuritycompat.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgsgeometry.h>
#include <qgslinestring.h>
#include <qgspolygon.h>
#include <qgsunittypes.h>
#include <qgsvectorlayerexporter.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <random>
#include <vector>

namespace
{

// Block sides (task brief: blocks of 80-150 m).
constexpr double kMinBlockM = 80.0;
constexpr double kMaxBlockM = 150.0;
// Junctions are not surveyed points: jitter them by up to this much.
constexpr double kJitterM = 6.0;
// A diagonal crossing closer than this to a junction meets it there (no 4 m stub edges).
constexpr double kSnapM = 4.0;
constexpr double kRemovedEdgeShare = 0.03;
constexpr double kBentEdgeShare = 0.10;
constexpr double kMaxBendM = 4.0;
constexpr double kOnewayStreetShare = 0.35;
constexpr double kTertiaryStreetShare = 0.20;
constexpr double kPedestrianEdgeShare = 0.01;
constexpr double kVenueSideM = 160.0;
constexpr double kPi = 3.14159265358979323846;

//! Deterministic random numbers: mt19937_64 is fully specified by the standard, while the
//! std:: distributions are not, so the same seed gives the same city with any standard library.
class Random
{
public:
  explicit Random( quint64 seed ) : mEngine( seed ) {}
  double uniform( double low, double high )
  {
    return low + ( high - low ) * static_cast<double>( mEngine() >> 11 ) * 0x1.0p-53;
  }
  bool chance( double probability ) { return uniform( 0.0, 1.0 ) < probability; }
  //! An integer in [low, high].
  int integer( int low, int high )
  {
    return std::min( high, low + static_cast<int>( uniform( 0.0, high - low + 1.0 ) ) );
  }

private:
  std::mt19937_64 mEngine;
};

struct Point
{
  double x = 0;
  double y = 0;
};

//! What a whole street (grid line or boulevard) carries: one OSM-like set of tags.
struct Street
{
  QString highway;
  QString name;
  bool oneway = false;
  bool forward = true; //!< one-way direction: along increasing grid index
  int lanes = 2;
  double widthM = 7.0;
  int maxspeedKmh = 45;
};

//! A straight piece of street between two junctions of the grid.
struct GridEdge
{
  int from = 0;
  int to = 0;
  int street = 0;
  bool removed = false;
  std::vector<std::pair<double, int>> splits; //!< (position 0..1 along the edge, node) where diagonals cross
};

struct Crossing
{
  double t = 0; //!< position along the diagonal, 0..1
  int node = 0;
};

struct City
{
  std::vector<Point> nodes;
  std::vector<Street> streets;
  std::vector<GridEdge> gridEdges;
  std::vector<std::vector<Crossing>> diagonals; //!< per boulevard, its junctions in order
  std::vector<int> diagonalStreets;
  Point venueCentre;
};

Street avenue( Random &random, const QString &name )
{
  return Street{ QStringLiteral( "primary" ), name, false, true, 4, random.uniform( 14.0, 22.0 ), 60 };
}

Street ordinaryStreet( Random &random, const QString &name, bool forward )
{
  if ( random.chance( kTertiaryStreetShare ) )
    return Street{ QStringLiteral( "tertiary" ), name, random.chance( kOnewayStreetShare ), forward, 2,
                   random.uniform( 9.0, 12.0 ),  45 };
  const int lanes = random.integer( 1, 2 );
  return Street{ QStringLiteral( "residential" ), name, random.chance( kOnewayStreetShare ), forward, lanes,
                 random.uniform( 5.5, 9.0 ),      30 };
}

//! Positions of grid lines: cumulative random block sides, centred on 0.
std::vector<double> gridLines( Random &random, int count )
{
  std::vector<double> positions( static_cast<size_t>( count ), 0.0 );
  for ( size_t i = 1; i < positions.size(); ++i )
    positions[i] = positions[i - 1] + random.uniform( kMinBlockM, kMaxBlockM );
  const double middle = positions.back() / 2.0;
  for ( double &p : positions )
    p -= middle;
  return positions;
}

//! Which grid lines are avenues: every 8 to 12 lines.
std::vector<bool> avenueLines( Random &random, int count )
{
  std::vector<bool> avenues( static_cast<size_t>( count ), false );
  for ( int i = random.integer( 2, 8 ); i < count; i += random.integer( 8, 12 ) )
    avenues[static_cast<size_t>( i )] = true;
  return avenues;
}

//! Intersection of segments p0-p1 and q0-q1: positions (t on p, s on q), false when they miss.
bool intersect( Point p0, Point p1, Point q0, Point q1, double &t, double &s )
{
  const double rx = p1.x - p0.x, ry = p1.y - p0.y, sx = q1.x - q0.x, sy = q1.y - q0.y;
  const double denominator = rx * sy - ry * sx;
  if ( std::fabs( denominator ) < 1e-12 )
    return false;
  const double qpx = q0.x - p0.x, qpy = q0.y - p0.y;
  t = ( qpx * sy - qpy * sx ) / denominator;
  s = ( qpx * ry - qpy * rx ) / denominator;
  return t >= 0.0 && t <= 1.0 && s >= 0.0 && s <= 1.0;
}

double distance( Point a, Point b )
{
  return std::hypot( a.x - b.x, a.y - b.y );
}

Point along( Point a, Point b, double t )
{
  return Point{ a.x + t * ( b.x - a.x ), a.y + t * ( b.y - a.y ) };
}

//! The junction where a boulevard crosses grid edge \a edge at \a s: an existing one within kSnapM, else a new one.
int crossingNode( City &city, GridEdge &edge, double s )
{
  const Point a = city.nodes[static_cast<size_t>( edge.from )];
  const Point b = city.nodes[static_cast<size_t>( edge.to )];
  const double length = distance( a, b );
  if ( s * length < kSnapM )
    return edge.from;
  if ( ( 1.0 - s ) * length < kSnapM )
    return edge.to;
  for ( const auto &[position, node] : edge.splits )
    if ( std::fabs( position - s ) * length < kSnapM )
      return node; // another boulevard crosses here too: they share the junction
  city.nodes.push_back( along( a, b, s ) );
  const int node = static_cast<int>( city.nodes.size() ) - 1;
  edge.splits.emplace_back( s, node );
  return node;
}

City buildCity( int targetEdges, quint64 seed )
{
  Random random( seed );
  City city;
  // A square grid of n x n junctions has 2n(n-1) edges; a few are removed, boulevards add ~1-2 %.
  const int n = std::max(
      4, static_cast<int>( std::lround( std::sqrt( targetEdges / ( 2.0 * ( 1.0 - kRemovedEdgeShare ) ) ) ) ) );
  const std::vector<double> xs = gridLines( random, n );
  const std::vector<double> ys = gridLines( random, n );
  const std::vector<bool> avenueColumn = avenueLines( random, n );
  const std::vector<bool> avenueRow = avenueLines( random, n );

  // Junctions; avenues stay straight (no jitter across them).
  auto nodeIndex = [n]( int i, int j ) { return j * n + i; };
  city.nodes.reserve( static_cast<size_t>( n ) * static_cast<size_t>( n ) );
  for ( int j = 0; j < n; ++j )
    for ( int i = 0; i < n; ++i )
    {
      const double dx = avenueColumn[static_cast<size_t>( i )] ? 0.0 : random.uniform( -kJitterM, kJitterM );
      const double dy = avenueRow[static_cast<size_t>( j )] ? 0.0 : random.uniform( -kJitterM, kJitterM );
      city.nodes.push_back( Point{ xs[static_cast<size_t>( i )] + dx, ys[static_cast<size_t>( j )] + dy } );
    }

  // Streets: columns 0..n-1 (north-south), then rows (east-west).
  for ( int i = 0; i < n; ++i )
    city.streets.push_back( avenueColumn[static_cast<size_t>( i )]
                                ? avenue( random, QStringLiteral( "Avenue C%1" ).arg( i ) )
                                : ordinaryStreet( random, QStringLiteral( "Street C%1" ).arg( i ), i % 2 == 0 ) );
  for ( int j = 0; j < n; ++j )
    city.streets.push_back( avenueRow[static_cast<size_t>( j )]
                                ? avenue( random, QStringLiteral( "Avenue R%1" ).arg( j ) )
                                : ordinaryStreet( random, QStringLiteral( "Street R%1" ).arg( j ), j % 2 == 0 ) );

  city.gridEdges.reserve( static_cast<size_t>( 2 * n * ( n - 1 ) ) );
  for ( int i = 0; i < n; ++i )
    for ( int j = 0; j + 1 < n; ++j )
      city.gridEdges.push_back( GridEdge{ nodeIndex( i, j ), nodeIndex( i, j + 1 ), i, false, {} } );
  for ( int j = 0; j < n; ++j )
    for ( int i = 0; i + 1 < n; ++i )
      city.gridEdges.push_back( GridEdge{ nodeIndex( i, j ), nodeIndex( i + 1, j ), n + j, false, {} } );
  for ( GridEdge &edge : city.gridEdges )
    edge.removed = city.streets[static_cast<size_t>( edge.street )].highway != QLatin1String( "primary" ) &&
                   random.chance( kRemovedEdgeShare );
  auto columnEdge = [n]( int i, int j ) { return static_cast<size_t>( i * ( n - 1 ) + j ); };
  auto rowEdge = [n]( int i, int j ) { return static_cast<size_t>( n * ( n - 1 ) + j * ( n - 1 ) + i ); };

  // Diagonal boulevards: straight lines at 35-55 degrees through the city, noded where they cross.
  const int boulevards = 2 + n / 250;
  const double half = std::min( xs.back(), ys.back() ) - kMaxBlockM;
  std::vector<std::pair<Point, Point>> boulevardEnds;
  for ( int b = 0; b < boulevards; ++b )
  {
    const double angle = ( b % 2 == 0 ? 1.0 : -1.0 ) * random.uniform( 35.0, 55.0 ) * kPi / 180.0;
    const Point anchor{ random.uniform( -half / 2, half / 2 ), random.uniform( -half / 2, half / 2 ) };
    // Long enough to leave the grid, then clipped to the inner square [-half, half]^2.
    double t0 = -1e12, t1 = 1e12;
    const double direction[2] = { std::cos( angle ), std::sin( angle ) };
    const double origin[2] = { anchor.x, anchor.y };
    for ( int axis = 0; axis < 2; ++axis )
    {
      const double a = ( -half - origin[axis] ) / direction[axis], c = ( half - origin[axis] ) / direction[axis];
      t0 = std::max( t0, std::min( a, c ) );
      t1 = std::min( t1, std::max( a, c ) );
    }
    boulevardEnds.emplace_back( Point{ anchor.x + t0 * direction[0], anchor.y + t0 * direction[1] },
                                Point{ anchor.x + t1 * direction[0], anchor.y + t1 * direction[1] } );
    city.streets.push_back( Street{ QStringLiteral( "primary" ), QStringLiteral( "Boulevard %1" ).arg( b + 1 ), false,
                                    true, 4, random.uniform( 20.0, 30.0 ), 60 } );
    city.diagonalStreets.push_back( static_cast<int>( city.streets.size() ) - 1 );
  }

  for ( const auto &[start, end] : boulevardEnds )
  {
    std::vector<Crossing> crossings;
    auto tryEdge = [&]( size_t edgeIndex )
    {
      GridEdge &edge = city.gridEdges[edgeIndex];
      double t = 0, s = 0;
      if ( edge.removed || !intersect( start, end, city.nodes[static_cast<size_t>( edge.from )],
                                       city.nodes[static_cast<size_t>( edge.to )], t, s ) )
        return;
      crossings.push_back( Crossing{ t, crossingNode( city, edge, s ) } );
    };
    // Each grid line is crossed once; look at the edges around where the straight line meets it.
    for ( int j = 0; j < n; ++j )
    {
      const double y = ys[static_cast<size_t>( j )];
      if ( y < std::min( start.y, end.y ) - kMaxBlockM || y > std::max( start.y, end.y ) + kMaxBlockM )
        continue;
      const double x = start.x + ( y - start.y ) * ( end.x - start.x ) / ( end.y - start.y );
      const int i = static_cast<int>( std::upper_bound( xs.begin(), xs.end(), x ) - xs.begin() ) - 1;
      for ( int k = std::max( 0, i - 1 ); k <= std::min( n - 2, i + 1 ); ++k )
        tryEdge( rowEdge( k, j ) );
    }
    for ( int i = 0; i < n; ++i )
    {
      const double x = xs[static_cast<size_t>( i )];
      if ( x < std::min( start.x, end.x ) - kMaxBlockM || x > std::max( start.x, end.x ) + kMaxBlockM )
        continue;
      const double y = start.y + ( x - start.x ) * ( end.y - start.y ) / ( end.x - start.x );
      const int j = static_cast<int>( std::upper_bound( ys.begin(), ys.end(), y ) - ys.begin() ) - 1;
      for ( int k = std::max( 0, j - 1 ); k <= std::min( n - 2, j + 1 ); ++k )
        tryEdge( columnEdge( i, k ) );
    }
    city.diagonals.push_back( std::move( crossings ) );
  }

  // Boulevards crossing each other meet at a junction (shared with a grid crossing if one is that close).
  for ( size_t a = 0; a < boulevardEnds.size(); ++a )
    for ( size_t b = a + 1; b < boulevardEnds.size(); ++b )
    {
      double ta = 0, tb = 0;
      if ( !intersect( boulevardEnds[a].first, boulevardEnds[a].second, boulevardEnds[b].first, boulevardEnds[b].second,
                       ta, tb ) )
        continue;
      const Point meeting = along( boulevardEnds[a].first, boulevardEnds[a].second, ta );
      int node = -1;
      for ( size_t d : { a, b } )
        for ( const Crossing &c : city.diagonals[d] )
          if ( node < 0 && distance( city.nodes[static_cast<size_t>( c.node )], meeting ) < kSnapM )
            node = c.node;
      if ( node < 0 )
      {
        city.nodes.push_back( meeting );
        node = static_cast<int>( city.nodes.size() ) - 1;
      }
      city.diagonals[a].push_back( Crossing{ ta, node } );
      city.diagonals[b].push_back( Crossing{ tb, node } );
    }
  for ( std::vector<Crossing> &crossings : city.diagonals )
  {
    std::sort( crossings.begin(), crossings.end(), []( const Crossing &l, const Crossing &r ) { return l.t < r.t; } );
    // One junction met twice in a row (snapped crossings of a corner) is one junction.
    crossings.erase( std::unique( crossings.begin(), crossings.end(),
                                  []( const Crossing &l, const Crossing &r ) { return l.node == r.node; } ),
                     crossings.end() );
  }

  const int centre = nodeIndex( n / 2, n / 2 );
  city.venueCentre = city.nodes[static_cast<size_t>( centre )];
  return city;
}

QgsFields roadFields()
{
  QgsFields fields;
  fields.append( QgsField( QStringLiteral( "highway" ), eventsecurity::compat::FieldString ) );
  fields.append( QgsField( QStringLiteral( "name" ), eventsecurity::compat::FieldString ) );
  fields.append( QgsField( QStringLiteral( "oneway" ), eventsecurity::compat::FieldString ) );
  fields.append( QgsField( QStringLiteral( "lanes" ), eventsecurity::compat::FieldInt ) );
  fields.append( QgsField( QStringLiteral( "width" ), eventsecurity::compat::FieldDouble ) );
  fields.append( QgsField( QStringLiteral( "maxspeed" ), eventsecurity::compat::FieldInt ) );
  return fields;
}

//! A new layer in the GeoPackage \a path (a new file for the first layer). QgsVectorLayerExporter rather
//! than QgsVectorFileWriter: the latter's header needs GDAL's headers, which this target does not see.
std::unique_ptr<QgsVectorLayerExporter> openLayer( const QString &path, const QString &layer, const QgsFields &fields,
                                                   eventsecurity::compat::WkbType type,
                                                   const QgsCoordinateReferenceSystem &crs, bool newFile )
{
  QVariantMap options{ { QStringLiteral( "driverName" ), QStringLiteral( "GPKG" ) },
                       { QStringLiteral( "layerName" ), layer },
                       { QStringLiteral( "fileEncoding" ), QStringLiteral( "UTF-8" ) } };
  if ( !newFile )
    options.insert( QStringLiteral( "update" ), true ); // add the layer to the existing file
  auto exporter =
      std::make_unique<QgsVectorLayerExporter>( path, QStringLiteral( "ogr" ), fields, type, crs, true, options );
  if ( exporter->errorCode() != Qgis::VectorExportResult::Success )
  {
    std::fprintf( stderr, "cannot write %s layer %s: %s\n", qPrintable( path ), qPrintable( layer ),
                  qPrintable( exporter->errorMessage() ) );
    std::exit( 1 );
  }
  return exporter;
}

//! Writes every street edge; returns how many.
long writeRoads( QgsVectorLayerExporter &writer, const City &city, Point offset, const QgsFields &fields, quint64 seed )
{
  Random random( seed ^ 0x9e3779b97f4a7c15ULL ); // bends and pedestrian blocks: their own stream
  long written = 0;
  auto write = [&]( const std::vector<Point> &points, const Street &street, bool pedestrian )
  {
    QVector<double> x, y;
    for ( const Point &p : points )
    {
      x << p.x + offset.x;
      y << p.y + offset.y;
    }
    QgsFeature feature( fields );
    feature.setGeometry( QgsGeometry( new QgsLineString( x, y ) ) );
    feature.setAttributes( QgsAttributes()
                           << ( pedestrian ? QStringLiteral( "pedestrian" ) : street.highway ) << street.name
                           << ( street.oneway && !pedestrian
                                    ? QVariant( QStringLiteral( "yes" ) )
                                    : eventsecurity::compat::nullOf( eventsecurity::compat::FieldString ) )
                           << street.lanes << std::round( street.widthM * 10.0 ) / 10.0 << street.maxspeedKmh );
    if ( !writer.addFeature( feature ) )
    {
      std::fprintf( stderr, "cannot write a road: %s\n", qPrintable( writer.lastError() ) );
      std::exit( 1 );
    }
    ++written;
  };

  for ( const GridEdge &edge : city.gridEdges )
  {
    if ( edge.removed )
      continue;
    const Street &street = city.streets[static_cast<size_t>( edge.street )];
    const bool pedestrian = street.highway == QLatin1String( "residential" ) && random.chance( kPedestrianEdgeShare );
    std::vector<int> junctions{ edge.from };
    std::vector<std::pair<double, int>> splits = edge.splits;
    std::sort( splits.begin(), splits.end() );
    for ( const auto &split : splits )
      junctions.push_back( split.second );
    junctions.push_back( edge.to );
    if ( street.oneway && !street.forward )
      std::reverse( junctions.begin(), junctions.end() );
    for ( size_t k = 0; k + 1 < junctions.size(); ++k )
    {
      const Point a = city.nodes[static_cast<size_t>( junctions[k] )];
      const Point b = city.nodes[static_cast<size_t>( junctions[k + 1] )];
      std::vector<Point> points{ a, b };
      if ( splits.empty() && street.highway != QLatin1String( "primary" ) && random.chance( kBentEdgeShare ) )
      {
        // A slight bend half way (never on avenues, which stay straight): a vertex inside the line.
        const double length = distance( a, b ), offsetM = random.uniform( -kMaxBendM, kMaxBendM );
        const Point middle = along( a, b, 0.5 );
        points.insert( points.begin() + 1, Point{ middle.x - offsetM * ( b.y - a.y ) / length,
                                                  middle.y + offsetM * ( b.x - a.x ) / length } );
      }
      write( points, street, pedestrian );
    }
  }
  for ( size_t d = 0; d < city.diagonals.size(); ++d )
  {
    const Street &street = city.streets[static_cast<size_t>( city.diagonalStreets[d] )];
    const std::vector<Crossing> &crossings = city.diagonals[d];
    for ( size_t k = 0; k + 1 < crossings.size(); ++k )
      write( { city.nodes[static_cast<size_t>( crossings[k].node )],
               city.nodes[static_cast<size_t>( crossings[k + 1].node )] },
             street, false );
  }
  return written;
}

void writeVenue( const QString &path, const City &city, Point offset, const QgsCoordinateReferenceSystem &crs )
{
  QgsFields fields;
  fields.append( QgsField( QStringLiteral( "name" ), eventsecurity::compat::FieldString ) );
  std::unique_ptr<QgsVectorLayerExporter> writer =
      openLayer( path, QStringLiteral( "venue" ), fields, eventsecurity::compat::WkbPolygon, crs, false );
  const double h = kVenueSideM / 2.0, cx = city.venueCentre.x + offset.x, cy = city.venueCentre.y + offset.y;
  QgsFeature feature( fields );
  feature.setGeometry( QgsGeometry::fromRect( QgsRectangle( cx - h, cy - h, cx + h, cy + h ) ) );
  feature.setAttributes( QgsAttributes() << QStringLiteral( "Central square" ) );
  if ( !writer->addFeature( feature ) || !writer->flushBuffer() )
  {
    std::fprintf( stderr, "cannot write the venue: %s\n", qPrintable( writer->lastError() ) );
    std::exit( 1 );
  }
}

} // namespace

int main( int argc, char **argv )
{
  eventsecurity::bench::BenchQgis qgis( argc, argv );

  QCommandLineParser parser;
  parser.setApplicationDescription( QStringLiteral(
      "Writes a synthetic city street grid (layer roads) and a venue square (layer venue) to a GeoPackage." ) );
  parser.addHelpOption();
  const QCommandLineOption edgesOption( QStringLiteral( "edges" ), QStringLiteral( "About how many street edges." ),
                                        QStringLiteral( "N" ) );
  const QCommandLineOption outOption( QStringLiteral( "out" ), QStringLiteral( "GeoPackage to write (overwritten)." ),
                                      QStringLiteral( "file.gpkg" ) );
  const QCommandLineOption seedOption( QStringLiteral( "seed" ), QStringLiteral( "Random seed (default 1)." ),
                                       QStringLiteral( "S" ), QStringLiteral( "1" ) );
  const QCommandLineOption crsOption( QStringLiteral( "crs" ), QStringLiteral( "Metric CRS (default EPSG:32721)." ),
                                      QStringLiteral( "CRS" ), QStringLiteral( "EPSG:32721" ) );
  parser.addOptions( { edgesOption, outOption, seedOption, crsOption } );
  parser.process( QCoreApplication::arguments() );

  bool edgesOk = false, seedOk = false;
  const int edges = parser.value( edgesOption ).toInt( &edgesOk );
  const quint64 seed = parser.value( seedOption ).toULongLong( &seedOk );
  const QString out = parser.value( outOption );
  const QgsCoordinateReferenceSystem crs( parser.value( crsOption ) );
  if ( !edgesOk || edges < 12 || out.isEmpty() || !seedOk )
  {
    std::fprintf( stderr,
                  "usage: tool_generate_grid --edges N (>= 12) --out file.gpkg [--seed S] [--crs EPSG:32721]\n" );
    return 2;
  }
  if ( !crs.isValid() || crs.mapUnits() != QgsUnitTypes::DistanceMeters )
  {
    std::fprintf( stderr, "--crs %s is not a CRS in metres (use a projected one, e.g. a UTM zone)\n",
                  qPrintable( parser.value( crsOption ) ) );
    return 2;
  }

  // Centre the city in the CRS's area of use, so it reprojects to sensible longitudes and latitudes.
  const QgsCoordinateTransform toCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), crs,
                                      QgsCoordinateTransformContext() );
  const QgsPointXY centre = toCrs.transform( crs.bounds().center() );
  const Point offset{ std::round( centre.x() ), std::round( centre.y() ) };

  City city;
  const double buildSeconds = eventsecurity::bench::timeSeconds( [&] { city = buildCity( edges, seed ); } );
  long written = 0;
  const double writeSeconds = eventsecurity::bench::timeSeconds(
      [&]
      {
        const QgsFields fields = roadFields();
        std::unique_ptr<QgsVectorLayerExporter> writer =
            openLayer( out, QStringLiteral( "roads" ), fields, eventsecurity::compat::WkbLineString, crs, true );
        written = writeRoads( *writer, city, offset, fields, seed );
        if ( !writer->flushBuffer() )
        {
          std::fprintf( stderr, "cannot write the roads: %s\n", qPrintable( writer->lastError() ) );
          std::exit( 1 );
        }
        writer.reset(); // closes the layer before the venue layer opens the file
        writeVenue( out, city, offset, crs );
      } );

  const long removed =
      std::count_if( city.gridEdges.begin(), city.gridEdges.end(), []( const GridEdge &e ) { return e.removed; } );
  std::printf( "%s: %ld road edges (%zu junctions, %ld grid edges removed, %zu boulevards), venue square %.0f m at "
               "(%.0f, %.0f) %s\n",
               qPrintable( out ), written, city.nodes.size(), removed, city.diagonals.size(), kVenueSideM,
               city.venueCentre.x + offset.x, city.venueCentre.y + offset.y, qPrintable( crs.authid() ) );
  std::printf( "generated in %.2f s, written in %.2f s, %.1f MB, peak memory %.0f MiB\n", buildSeconds, writeSeconds,
               static_cast<double>( QFileInfo( out ).size() ) / 1e6, eventsecurity::bench::peakMemoryMiB() );
  return 0;
}
