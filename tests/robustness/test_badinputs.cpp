// The bad-input matrix (issue 7): every algorithm the eventsecurity provider registers, each of its
// parameters varied one at a time from a valid baseline (the Montevideo sample venue) over bad values chosen
// by parameter TYPE. Every case must end ok (valid output) or with a clear error (isClearError(): a
// non-empty message naming the parameter or the problem); never a crash, a hang (Watchdog), an escaped
// exception or a modified input layer (checksums before and after). Parameters with a physical bound must refuse
// 1e12 (kPhysicallyBounded). The matrix is printed as tables.
#include "robustness.h"

#include <qgscoordinatetransform.h>
#include <qgscurvepolygon.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgslinestring.h>
#include <qgsmemoryproviderutils.h>
#include <qgspolygon.h>

#include <QObject>

#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

#include <sys/wait.h>

using namespace eventsecurity::test;

namespace
{

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Supervisor <-> worker protocol (see main()).
constexpr const char *kCaseMarker = "matrix case: ";
constexpr const char *kCompleteMarker = "MATRIX COMPLETE";
constexpr const char *kWorkerVariable = "ROBUSTNESS_MATRIX_WORKER";
constexpr const char *kCrashFileVariable = "ROBUSTNESS_MATRIX_CRASHED";

// The words that name each kind of problem in an error message (see isClearError()).
const QStringList kGeometryWords = { QStringLiteral( "geometr" ),        QStringLiteral( "invalid" ),
                                     QStringLiteral( "empty" ),          QStringLiteral( "null" ),
                                     QStringLiteral( "self-intersect" ), QStringLiteral( "ring" ) };
const QStringList kEmptyWords = { QStringLiteral( "empty" ),   QStringLiteral( "no feature" ),
                                  QStringLiteral( "nothing" ), QStringLiteral( "no polygon" ),
                                  QStringLiteral( "no line" ), QStringLiteral( "no point" ) };
const QStringList kCrsWords = { QStringLiteral( "CRS" ), QStringLiteral( "coordinate reference" ),
                                QStringLiteral( "projection" ), QStringLiteral( "transform" ),
                                QStringLiteral( "reproject" ) };
const QStringList kCoordinateWords = { QStringLiteral( "coordinate" ), QStringLiteral( "finite" ),
                                       QStringLiteral( "NaN" ),        QStringLiteral( "transform" ),
                                       QStringLiteral( "range" ),      QStringLiteral( "extent" ),
                                       QStringLiteral( "reproject" ) };
const QStringList kTypeWords = { QStringLiteral( "line" ), QStringLiteral( "polygon" ), QStringLiteral( "point" ),
                                 QStringLiteral( "geometry type" ) };
const QStringList kValueWords = {
    QStringLiteral( "NaN" ),      QStringLiteral( "finite" ),  QStringLiteral( "positive" ),
    QStringLiteral( "negative" ), QStringLiteral( "greater" ), QStringLiteral( "less" ),
    QStringLiteral( "range" ),    QStringLiteral( "between" ), QStringLiteral( "at least" ),
    QStringLiteral( "at most" ),  QStringLiteral( "zero" ),    QStringLiteral( "invalid" ) };

enum class Verdict
{
  NotApplicable,
  Ok,
  ClearError,
  Fail
};

QString cell( Verdict verdict )
{
  switch ( verdict )
  {
  case Verdict::NotApplicable:
    return QStringLiteral( "-" );
  case Verdict::Ok:
    return QStringLiteral( "ok" );
  case Verdict::ClearError:
    return QStringLiteral( "err" );
  case Verdict::Fail:
    return QStringLiteral( "FAIL" );
  }
  return QString();
}

//! One row of a table: an algorithm and a parameter (or "(all inputs)"), one verdict per column.
struct Row
{
  QString algorithm;
  QString parameter;
  QMap<QString, Verdict> verdicts;
};

//! A layer of \a type and \a crs with the fields of \a model and one feature per geometry (attributes of
//! the model's first feature, so that field parameters keep working).
QgsVectorLayer *layerLike( QgsVectorLayer *model, QgsWkbTypes::Type type, const QgsCoordinateReferenceSystem &crs,
                           const QVector<QgsGeometry> &geometries, LayerStore &store, bool withModelFeatures = false )
{
  std::unique_ptr<QgsVectorLayer> layer(
      QgsMemoryProviderUtils::createMemoryLayer( QStringLiteral( "variant" ), model->fields(), type, crs ) );
  QgsFeatureList features;
  QgsAttributes attributes;
  QgsFeatureIterator it = model->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( attributes.isEmpty() )
      attributes = feature.attributes();
    if ( withModelFeatures )
      features << feature;
  }
  for ( const QgsGeometry &geometry : geometries )
  {
    QgsFeature added( model->fields() );
    added.setAttributes( attributes.isEmpty() ? QgsAttributes( model->fields().count() ) : attributes );
    added.setGeometry( geometry );
    features << added;
  }
  layer->dataProvider()->addFeatures( features );
  layer->updateExtents();
  return store.keep( std::move( layer ) );
}

QVector<QgsGeometry> geometriesOf( QgsVectorLayer *layer )
{
  QVector<QgsGeometry> geometries;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    geometries << feature.geometry();
  return geometries;
}

QgsVectorLayer *reprojected( QgsVectorLayer *layer, const QgsCoordinateReferenceSystem &crs, LayerStore &store )
{
  const QgsCoordinateTransform transform( layer->crs(), crs, QgsCoordinateTransformContext() );
  QVector<QgsGeometry> geometries = geometriesOf( layer );
  for ( QgsGeometry &geometry : geometries )
    geometry.transform( transform );
  return layerLike( layer, layer->wkbType(), crs, geometries, store );
}

QgsGeometry lineThrough( const QVector<double> &x, const QVector<double> &y )
{
  return QgsGeometry( new QgsLineString( x, y ) );
}

QgsGeometry polygonThrough( const QVector<double> &x, const QVector<double> &y )
{
  auto *polygon = new QgsPolygon();
  polygon->setExteriorRing( new QgsLineString( x, y ) );
  return QgsGeometry( polygon );
}

QString wktNumber( double value )
{
  return QString::number( value, 'f', 9 );
}

//! The single-part, flat geometry type of a shape.
QgsWkbTypes::Type flatType( Shape shape )
{
  switch ( shape )
  {
  case Shape::Point:
    return QgsWkbTypes::Point;
  case Shape::Line:
    return QgsWkbTypes::LineString;
  case Shape::Polygon:
    return QgsWkbTypes::Polygon;
  }
  return QgsWkbTypes::Unknown;
}

//! A bad variant of a source parameter's baseline layer: its case name, the layer (nullptr: the case does
//! not apply to the shape), and the words that name the problem.
struct VectorCase
{
  QString name;
  std::function<QgsVectorLayer *( QgsVectorLayer *baseline, Shape shape, const QList<Shape> &accepted,
                                  LayerStore &store )>
      make;
  QStringList problemWords;
};

QList<VectorCase> vectorCases()
{
  // Geometry variants sit at the baseline's centre, d (about 50 m in degrees, or 50 m) around it.
  auto centreOf = []( QgsVectorLayer *layer ) { return layer->extent().center(); };
  auto offset = []( QgsVectorLayer *layer ) { return layer->crs().isGeographic() ? 0.0005 : 50.0; };
  QList<VectorCase> cases;
  cases << VectorCase{ QStringLiteral( "empty" ),
                       []( QgsVectorLayer *b, Shape, const QList<Shape> &, LayerStore &s )
                       { return layerLike( b, b->wkbType(), b->crs(), {}, s ); },
                       kEmptyWords };
  cases << VectorCase{ QStringLiteral( "null geom" ),
                       []( QgsVectorLayer *b, Shape, const QList<Shape> &, LayerStore &s ) {
                         return layerLike( b, b->wkbType(), b->crs(), { QgsGeometry(), QgsGeometry() }, s, true );
                       },
                       kGeometryWords };
  cases << VectorCase{ QStringLiteral( "bow-tie" ),
                       [=]( QgsVectorLayer *b, Shape shape, const QList<Shape> &, LayerStore &s ) -> QgsVectorLayer *
                       {
                         const QgsPointXY c = centreOf( b );
                         const double d = offset( b );
                         const QVector<double> x{ c.x() - d, c.x() + d, c.x() + d, c.x() - d, c.x() - d };
                         const QVector<double> y{ c.y() - d, c.y() + d, c.y() - d, c.y() + d, c.y() - d };
                         if ( shape == Shape::Polygon )
                           return layerLike( b, b->wkbType(), b->crs(), { polygonThrough( x, y ) }, s );
                         if ( shape == Shape::Line )
                           return layerLike( b, b->wkbType(), b->crs(), { lineThrough( x, y ) }, s );
                         return nullptr;
                       },
                       kGeometryWords };
  cases << VectorCase{ QStringLiteral( "unclosed" ),
                       [=]( QgsVectorLayer *b, Shape shape, const QList<Shape> &, LayerStore &s ) -> QgsVectorLayer *
                       {
                         if ( shape != Shape::Polygon )
                           return nullptr;
                         // QgsPolygon keeps a ring as given (WKT parsing would close it); the memory
                         // provider stores it as is.
                         const QgsPointXY c = centreOf( b );
                         const double d = offset( b );
                         return layerLike( b, b->wkbType(), b->crs(),
                                           { polygonThrough( { c.x() - d, c.x() + d, c.x() + d, c.x() - d },
                                                             { c.y() - d, c.y() - d, c.y() + d, c.y() + d } ) },
                                           s );
                       },
                       kGeometryWords };
  cases << VectorCase{
      QStringLiteral( "dup points" ),
      [=]( QgsVectorLayer *b, Shape shape, const QList<Shape> &, LayerStore &s ) -> QgsVectorLayer *
      {
        const QgsPointXY c = centreOf( b );
        const double d = offset( b );
        const QVector<double> x{ c.x() - d, c.x() - d, c.x() + d, c.x() + d, c.x() + d, c.x() - d, c.x() - d };
        const QVector<double> y{ c.y() - d, c.y() - d, c.y() - d, c.y() - d, c.y() + d, c.y() + d, c.y() - d };
        if ( shape == Shape::Polygon )
          return layerLike( b, b->wkbType(), b->crs(), { polygonThrough( x, y ) }, s );
        if ( shape == Shape::Line )
          return layerLike( b, b->wkbType(), b->crs(), { lineThrough( x.mid( 0, 5 ), y.mid( 0, 5 ) ) }, s );
        const QgsGeometry point = QgsGeometry::fromPointXY( c );
        return layerLike( b, b->wkbType(), b->crs(), { point, point }, s );
      },
      kGeometryWords };
  // Zero-length line (both ends the same point) or zero-area polygon (a ring along a line).
  cases << VectorCase{
      QStringLiteral( "degenerate" ),
      [=]( QgsVectorLayer *b, Shape shape, const QList<Shape> &, LayerStore &s ) -> QgsVectorLayer *
      {
        const QgsPointXY c = centreOf( b );
        const double d = offset( b );
        if ( shape == Shape::Polygon )
          return layerLike( b, b->wkbType(), b->crs(),
                            { polygonThrough( { c.x() - d, c.x(), c.x() + d, c.x() - d },
                                              { c.y() - d, c.y(), c.y() + d, c.y() - d } ) },
                            s );
        if ( shape == Shape::Line )
          return layerLike( b, b->wkbType(), b->crs(), { lineThrough( { c.x(), c.x() }, { c.y(), c.y() } ) }, s );
        return nullptr;
      },
      kGeometryWords };
  cases << VectorCase{ QStringLiteral( "multipart" ),
                       [=]( QgsVectorLayer *b, Shape, const QList<Shape> &, LayerStore &s ) -> QgsVectorLayer *
                       {
                         QVector<QgsGeometry> geometries = geometriesOf( b );
                         const double d = offset( b );
                         for ( QgsGeometry &geometry : geometries )
                           geometry.convertToMultiType();
                         if ( !geometries.isEmpty() )
                         {
                           // One feature of two parts: the first geometry and a copy 6 d to the east.
                           QgsGeometry twoParts = geometries.first();
                           QgsGeometry moved = geometries.first();
                           moved.translate( 6 * d, 0 );
                           twoParts.addPart( moved );
                           geometries.first() = twoParts;
                         }
                         return layerLike( b, QgsWkbTypes::multiType( b->wkbType() ), b->crs(), geometries, s );
                       },
                       kGeometryWords };
  cases << VectorCase{
      QStringLiteral( "curved" ),
      [=]( QgsVectorLayer *b, Shape shape, const QList<Shape> &, LayerStore &s ) -> QgsVectorLayer *
      {
        const QgsPointXY c = centreOf( b );
        const double d = offset( b );
        const QString x0 = wktNumber( c.x() - d ), x1 = wktNumber( c.x() ), x2 = wktNumber( c.x() + d );
        const QString y0 = wktNumber( c.y() - d ), y1 = wktNumber( c.y() ), y2 = wktNumber( c.y() + d );
        if ( shape == Shape::Polygon )
          return layerLike( b, QgsWkbTypes::CurvePolygon, b->crs(),
                            { QgsGeometry::fromWkt(
                                QStringLiteral( "CURVEPOLYGON(CIRCULARSTRING(%1 %2, %3 %4, %5 %2, %3 %6, %1 %2))" )
                                    .arg( x0, y1, x1, y2, x2, y0 ) ) },
                            s );
        if ( shape == Shape::Line )
          return layerLike( b, QgsWkbTypes::CircularString, b->crs(),
                            { QgsGeometry::fromWkt(
                                QStringLiteral( "CIRCULARSTRING(%1 %2, %3 %4, %5 %2)" ).arg( x0, y1, x1, y2, x2 ) ) },
                            s );
        return nullptr;
      },
      kGeometryWords };
  cases << VectorCase{ QStringLiteral( "Z and M" ),
                       []( QgsVectorLayer *b, Shape, const QList<Shape> &, LayerStore &s )
                       {
                         QVector<QgsGeometry> geometries = geometriesOf( b );
                         for ( QgsGeometry &geometry : geometries )
                         {
                           geometry.get()->addZValue( 25 );
                           geometry.get()->addMValue( 7 );
                         }
                         return layerLike( b, QgsWkbTypes::zmType( b->wkbType(), true, true ), b->crs(), geometries,
                                           s );
                       },
                       kGeometryWords };
  // This input in a projected CRS while the others stay in EPSG:4326: two inputs in different CRSs.
  cases << VectorCase{ QStringLiteral( "UTM 21S" ),
                       []( QgsVectorLayer *b, Shape, const QList<Shape> &, LayerStore &s )
                       { return reprojected( b, QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:32721" ) ), s ); },
                       kCrsWords };
  cases << VectorCase{ QStringLiteral( "no CRS" ),
                       []( QgsVectorLayer *b, Shape, const QList<Shape> &, LayerStore &s )
                       { return layerLike( b, b->wkbType(), QgsCoordinateReferenceSystem(), geometriesOf( b ), s ); },
                       kCrsWords };
  cases << VectorCase{ QStringLiteral( "1e12" ),
                       []( QgsVectorLayer *b, Shape shape, const QList<Shape> &, LayerStore &s )
                       {
                         const double f = 1e12;
                         QgsGeometry far = shape == Shape::Polygon ? polygonThrough( { f, f + 100, f + 100, f, f },
                                                                                     { f, f, f + 100, f + 100, f } )
                                           : shape == Shape::Line  ? lineThrough( { f, f + 100 }, { f, f } )
                                                                   : QgsGeometry( new QgsPoint( f, f ) );
                         return layerLike( b, flatType( shape ), b->crs(), { far }, s );
                       },
                       kCoordinateWords };
  cases << VectorCase{ QStringLiteral( "NaN" ),
                       [=]( QgsVectorLayer *b, Shape shape, const QList<Shape> &, LayerStore &s )
                       {
                         const QgsPointXY c = centreOf( b );
                         const double d = offset( b );
                         QgsGeometry bad =
                             shape == Shape::Polygon
                                 ? polygonThrough( { c.x(), kNaN, c.x() + d, c.x() }, { c.y(), c.y(), kNaN, c.y() } )
                             : shape == Shape::Line ? lineThrough( { c.x(), kNaN, c.x() + d }, { c.y(), kNaN, c.y() } )
                                                    : QgsGeometry( new QgsPoint( kNaN, kNaN ) );
                         return layerLike( b, flatType( shape ), b->crs(), { bad }, s );
                       },
                       kCoordinateWords };
  // A layer of a shape the parameter does not accept (the sample roads where polygons are expected...).
  cases << VectorCase{ QStringLiteral( "wrong type" ),
                       []( QgsVectorLayer *, Shape, const QList<Shape> &accepted, LayerStore &s ) -> QgsVectorLayer *
                       {
                         for ( const Shape other : { Shape::Line, Shape::Polygon, Shape::Point } )
                           if ( !accepted.contains( other ) )
                             return sampleLayer( other, s );
                         return nullptr;
                       },
                       kTypeWords };
  return cases;
}

//! A bad value of a non-layer parameter: its column, the parameter types it applies to, the value.
struct ValueCase
{
  QString name;
  QStringList types;
  QVariant value;
  QStringList problemWords = {}; //!< besides kValueWords and the value itself, quoted
};

QList<ValueCase> valueCases()
{
  const QStringList numbers = { QStringLiteral( "number" ), QStringLiteral( "distance" ), QStringLiteral( "duration" ),
                                QStringLiteral( "scale" ) };
  return {
      { QStringLiteral( "0" ), numbers, 0.0, {} },
      { QStringLiteral( "-1" ), numbers, -1.0, {} },
      { QStringLiteral( "1e12" ), numbers, 1e12, {} },
      { QStringLiteral( "NaN" ), numbers, kNaN, {} },
      { QStringLiteral( "index -1" ), { QStringLiteral( "enum" ) }, -1, {} },
      { QStringLiteral( "index 999" ), { QStringLiteral( "enum" ) }, 999, {} },
      { QStringLiteral( "text ''" ),
        { QStringLiteral( "string" ), QStringLiteral( "expression" ) },
        QString(),
        { QStringLiteral( "expression" ) } },
      { QStringLiteral( "text junk" ),
        { QStringLiteral( "string" ), QStringLiteral( "expression" ) },
        QStringLiteral( "nan, -1, 1e400, ((x" ),
        { QStringLiteral( "expression" ) } },
      { QStringLiteral( "no field" ),
        { QStringLiteral( "field" ) },
        QStringLiteral( "no_such_field" ),
        { QStringLiteral( "field" ) } },
  };
}

//! Number parameters that must REFUSE 1e12, a value no real vehicle, street or plan has (issue 11 item 12): the
//! shared approach parameters (vehicle approach, perimeter design, the layout), the vehicle overrides, the open
//! ground's and the queue parameters of perimeter design and the layout. The other number parameters may still answer
//! 1e12 with a valid output.
const QStringList kPhysicallyBounded = {
    QStringLiteral( "START_SPEED_KMH" ), QStringLiteral( "SEARCH_DISTANCE_M" ), QStringLiteral( "DEFAULT_WIDTH_M" ),
    QStringLiteral( "KERB_RADIUS_M" ), QStringLiteral( "PENETRATION_M" ), QStringLiteral( "FRICTION" ),
    QStringLiteral( "ROLLOVER_G" ), QStringLiteral( "TOLERANCE_M" ), QStringLiteral( "DIGITISING_TOLERANCE_M" ),
    QStringLiteral( "MASS_KG" ), QStringLiteral( "ACCEL_MS2" ), QStringLiteral( "MAX_SPEED_KMH" ),
    QStringLiteral( "OBSTACLE_RADIUS_M" ), QStringLiteral( "IMPACT_SPACING_M" ),
    // The queues outside the cordon (issue 16: queueparameters.cpp).
    QStringLiteral( "QUEUE_WIDTH_M" ), QStringLiteral( "QUEUE_SPACE_M2" ), QStringLiteral( "WAIT_TARGET_MIN" ),
    QStringLiteral( "PEAK_MINUTES" ), QStringLiteral( "ARRIVAL_SCV" ), QStringLiteral( "SEARCH_SCV" ),
    QStringLiteral( "QUEUE_REACH_M" ) };

QString table( const QStringList &columns, const QList<Row> &rows )
{
  int first = 10;
  for ( const Row &row : rows )
    first = std::max( first, static_cast<int>( ( row.algorithm + ' ' + row.parameter ).size() ) );
  QString text = QStringLiteral( "%1" ).arg( QStringLiteral( "algorithm parameter" ), -first );
  for ( const QString &column : columns )
    text += QStringLiteral( " | %1" ).arg( column, -std::max( 4, static_cast<int>( column.size() ) ) );
  text += '\n';
  for ( const Row &row : rows )
  {
    text += QStringLiteral( "%1" ).arg( row.algorithm + ' ' + row.parameter, -first );
    for ( const QString &column : columns )
      text += QStringLiteral( " | %1" ).arg( cell( row.verdicts.value( column, Verdict::NotApplicable ) ),
                                             -std::max( 4, static_cast<int>( column.size() ) ) );
    text += '\n';
  }
  return text;
}

} // namespace

class TestBadInputs : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void baselinesRun();
  void matrix();
  void rangedRuns();
  void cleanupTestCase();

private:
  //! Runs one case and judges it; \a label names it in logs and failures.
  Verdict judge( const QString &id, const QVariantMap &parameters, const QgsProcessingParameterDefinition *parameter,
                 const QStringList &problemWords, const QString &label );

  LayerStore mStore;
  QTemporaryDir mOutputs;
  QStringList mIds;
  QMap<QString, QString> mCrashed; //!< cases that killed an earlier worker, and how
  QStringList mFailures;
  QStringList mErrors; //!< the clear errors, for the report
  QList<Row> mVectorRows;
  QList<Row> mValueRows;
};

void TestBadInputs::initTestCase()
{
  QVERIFY( mOutputs.isValid() );
  mIds = providerAlgorithmIds();
  QFile crashed( qEnvironmentVariable( kCrashFileVariable ) );
  if ( crashed.open( QIODevice::ReadOnly | QIODevice::Text ) )
    for ( const QString &line : QString::fromUtf8( crashed.readAll() ).split( '\n', Qt::SkipEmptyParts ) )
      mCrashed.insert( line.section( '\t', 0, 0 ), line.section( '\t', 1 ) );
  // The provider registers at least the three algorithms of issues 3-5; new ones are picked up here.
  QVERIFY2( mIds.size() >= 3, qPrintable( mIds.join( ',' ) ) );
}

void TestBadInputs::cleanupTestCase()
{
  // Release the layers while QGIS is still running.
  mStore = LayerStore();
}

Verdict TestBadInputs::judge( const QString &id, const QVariantMap &parameters,
                              const QgsProcessingParameterDefinition *parameter, const QStringList &problemWords,
                              const QString &label )
{
  if ( mCrashed.contains( label ) )
  {
    // An earlier worker process died in this case (see the supervisor's log above for its stack trace).
    mFailures << QStringLiteral( "%1: %2" ).arg( label, mCrashed.value( label ) );
    return Verdict::Fail;
  }
  std::fprintf( stderr, "%s%s\n", kCaseMarker, qPrintable( label ) ); // the last one printed names a crash
  std::fflush( stderr );
  const QMap<QString, QByteArray> before = inputChecksums( parameters );
  QgsProcessingContext context;
  GuardedRun guarded;
  {
    Watchdog watchdog( label );
    guarded = runGuarded( id, parameters, context );
  }
  const AlgorithmRun &run = guarded.run;
  Verdict verdict = Verdict::Ok;
  if ( !guarded.escapedException.isEmpty() )
  {
    mFailures << QStringLiteral( "%1: %2" ).arg( label, guarded.escapedException );
    verdict = Verdict::Fail;
  }
  else if ( run.ok )
  {
    const QString problem = invalidOutput( *registeredAlgorithm( id ), run, context );
    if ( !problem.isEmpty() )
    {
      mFailures << QStringLiteral( "%1: invalid output: %2" ).arg( label, problem );
      verdict = Verdict::Fail;
    }
  }
  else if ( isClearError( run.errors, *parameter, problemWords ) )
  {
    mErrors << QStringLiteral( "%1: %2" ).arg( label, oneLine( run.errors ) );
    verdict = Verdict::ClearError;
  }
  else
  {
    mFailures << QStringLiteral( "%1: unclear error: \"%2\"" ).arg( label, oneLine( run.errors ) );
    verdict = Verdict::Fail;
  }
  if ( inputChecksums( parameters ) != before )
  {
    mFailures << QStringLiteral( "%1: an input layer was modified" ).arg( label );
    verdict = Verdict::Fail;
  }
  return verdict;
}

void TestBadInputs::baselinesRun()
{
  for ( const QString &id : mIds )
  {
    const QVariantMap parameters = baselineParameters( *registeredAlgorithm( id ), sampleLayer, mStore, mOutputs );
    const QMap<QString, QByteArray> before = inputChecksums( parameters );
    QgsProcessingContext context;
    GuardedRun guarded;
    {
      Watchdog watchdog( id + QStringLiteral( " baseline" ) );
      guarded = runGuarded( id, parameters, context );
    }
    QVERIFY2( guarded.escapedException.isEmpty(), qPrintable( guarded.escapedException ) );
    QVERIFY2( guarded.run.ok, qPrintable( id + QStringLiteral( ": " ) + guarded.run.errors ) );
    const QString problem = invalidOutput( *registeredAlgorithm( id ), guarded.run, context );
    QVERIFY2( problem.isEmpty(), qPrintable( problem ) );
    QCOMPARE( inputChecksums( parameters ), before );
    // The baseline must produce something, or the matrix would only ever see empty outputs.
    int features = 0;
    for ( const QString &output : guarded.run.results.keys() )
      if ( QgsVectorLayer *layer = outputLayer( guarded.run, output, context ) )
        features += static_cast<int>( layer->featureCount() );
    QVERIFY2( features > 0, qPrintable( id ) );
  }
}

void TestBadInputs::matrix()
{
  const QList<VectorCase> layerCases = vectorCases();
  const QList<ValueCase> badValues = valueCases();
  for ( const QString &id : mIds )
  {
    const QgsProcessingAlgorithm *algorithm = registeredAlgorithm( id );
    const QString shortId = id.section( ':', 1 );
    const QVariantMap allInputsBaseline = baselineParameters( *algorithm, sampleLayer, mStore, mOutputs );
    // The one-parameter cases leave out the layout's PDF (about 40 % of a layout run): the PDF is drawn from the
    // GeoPackage the run writes, not from the inputs, and the baselines and the "(all inputs)" cases still make it.
    QVariantMap baseline = allInputsBaseline;
    baseline.remove( QStringLiteral( "OUTPUT_PDF" ) );
    QList<const QgsProcessingParameterDefinition *> sources;
    for ( const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions() )
    {
      Row row{ shortId, parameter->name(), {} };
      const auto *source = dynamic_cast<const QgsProcessingParameterFeatureSource *>( parameter );
      const auto *list = dynamic_cast<const QgsProcessingParameterMultipleLayers *>( parameter );
      if ( source || list )
      {
        sources << parameter;
        // One row per accepted shape (e.g. points and polygons); the wrong-type case once, in the first. A
        // multiple-layer parameter gets each variant as a list of one layer.
        const QList<Shape> shapes =
            source ? acceptedShapes( *source ) : QList<Shape>{ Shape::Polygon, Shape::Line, Shape::Point };
        const Shape preferred = source ? preferredShape( *source ) : listShape( *list );
        const QVariant baselineValue = baseline.value( parameter->name() );
        auto *baselineLayer = qobject_cast<QgsVectorLayer *>(
            ( list ? baselineValue.toList().value( 0 ) : baselineValue ).value<QObject *>() );
        bool first = true;
        for ( const Shape shape : { Shape::Polygon, Shape::Line, Shape::Point } )
        {
          if ( !shapes.contains( shape ) )
            continue;
          QgsVectorLayer *shapeBaseline = shape == preferred ? baselineLayer : sampleLayer( shape, mStore );
          const QString rowName = shapes.size() > 1
                                      ? QStringLiteral( "%1 (%2)" ).arg( parameter->name(), shapeName( shape ) )
                                      : parameter->name();
          Row shapeRow{ shortId, rowName, {} };
          for ( const VectorCase &vectorCase : layerCases )
          {
            if ( !first && vectorCase.name == QLatin1String( "wrong type" ) )
              continue;
            QgsVectorLayer *variant = vectorCase.make( shapeBaseline, shape, shapes, mStore );
            if ( !variant )
              continue;
            QVariantMap parameters = baseline;
            parameters.insert( parameter->name(), list ? QVariant( QVariantList{ QVariant::fromValue( variant ) } )
                                                       : QVariant::fromValue( variant ) );
            const QString label = QStringLiteral( "%1 %2 [%3]" ).arg( id, rowName, vectorCase.name );
            shapeRow.verdicts.insert( vectorCase.name,
                                      judge( id, parameters, parameter, vectorCase.problemWords, label ) );
          }
          mVectorRows << shapeRow;
          first = false;
        }
        continue;
      }
      for ( const ValueCase &valueCase : badValues )
      {
        if ( !valueCase.types.contains( parameter->type() ) )
          continue;
        QVariantMap parameters = baseline;
        parameters.insert( parameter->name(), valueCase.value );
        const QString label = QStringLiteral( "%1 %2 [%3]" ).arg( id, parameter->name(), valueCase.name );
        QStringList words = kValueWords + valueCase.problemWords;
        if ( valueCase.value.userType() == QMetaType::QString && !valueCase.value.toString().isEmpty() )
          words << '"' + valueCase.value.toString() + '"'; // the message quotes the bad value
        Verdict verdict = judge( id, parameters, parameter, words, label );
        if ( verdict == Verdict::Ok && valueCase.name == QLatin1String( "1e12" ) &&
             kPhysicallyBounded.contains( parameter->name() ) )
        {
          mFailures << QStringLiteral( "%1: accepted a value no real vehicle or street has" ).arg( label );
          verdict = Verdict::Fail;
        }
        row.verdicts.insert( valueCase.name, verdict );
      }
      if ( !row.verdicts.isEmpty() )
        mValueRows << row;
    }

    // Every input at once: all in a projected CRS, all without a CRS.
    if ( !sources.isEmpty() )
    {
      Row row{ shortId, QStringLiteral( "(all inputs)" ), {} };
      for ( const QString &caseName : { QStringLiteral( "UTM 21S" ), QStringLiteral( "no CRS" ) } )
      {
        QVariantMap parameters = allInputsBaseline;
        for ( const VectorCase &vectorCase : layerCases )
          if ( vectorCase.name == caseName )
            for ( const QgsProcessingParameterDefinition *source : sources )
            {
              const QVariant value = baseline.value( source->name() );
              const bool isList = value.userType() == QMetaType::QVariantList;
              auto *layer =
                  qobject_cast<QgsVectorLayer *>( ( isList ? value.toList().value( 0 ) : value ).value<QObject *>() );
              const QVariant variant = QVariant::fromValue( vectorCase.make( layer, Shape::Polygon, {}, mStore ) );
              parameters.insert( source->name(), isList ? QVariant( QVariantList{ variant } ) : variant );
            }
        const QString label = QStringLiteral( "%1 all inputs [%2]" ).arg( id, caseName );
        row.verdicts.insert( caseName, judge( id, parameters, sources.first(), kCrsWords, label ) );
      }
      mVectorRows << row;
    }
  }

  QStringList vectorColumns, valueColumns;
  for ( const VectorCase &vectorCase : layerCases )
    vectorColumns << vectorCase.name;
  for ( const ValueCase &valueCase : badValues )
    valueColumns << valueCase.name;
  const QString report =
      QStringLiteral( "\nBAD-INPUT MATRIX, layer parameters (ok = valid output, err = clear error, - = not "
                      "applicable to the parameter's geometry)\n" ) +
      table( vectorColumns, mVectorRows ) +
      QStringLiteral( "\nBAD-INPUT MATRIX, value parameters (by parameter type)\n" ) +
      table( valueColumns, mValueRows ) + QStringLiteral( "\nClear errors (%1):\n  " ).arg( mErrors.size() ) +
      mErrors.join( QStringLiteral( "\n  " ) ) + QStringLiteral( "\n\nFailures (%1):\n  " ).arg( mFailures.size() ) +
      mFailures.join( QStringLiteral( "\n  " ) ) + '\n';
  std::fprintf( stdout, "%s%s\n", qPrintable( report ), kCompleteMarker );
  std::fflush( stdout );
  QVERIFY2( mFailures.isEmpty(), qPrintable( mFailures.join( '\n' ) ) );
}

void TestBadInputs::rangedRuns()
{
  // Impact speeds as ranges (issue 16): every algorithm with a SAMPLES parameter, on the sample venue with SAMPLES
  // 50 (the matrix runs SAMPLES 0), must give a valid output, and refuse clearly: ranges whose upper bound would lie
  // below the lower (a negative spread), percentiles out of range, too few samples; and, on the 300 x 300 grid of
  // the cancellation suite (180,000 streets: a search takes well over 20 ms), 100,000 samples, which would take more
  // than the default 30 minutes (hours): refused from the timed deterministic search, before sampling.
  struct RangedCase
  {
    QString name;
    QString parameter; // the messages name it
    QVariant value;
  };
  const QList<RangedCase> cases = {
      { QStringLiteral( "valid" ), QStringLiteral( "SAMPLES" ), 50 },
      { QStringLiteral( "negative spread" ), QStringLiteral( "ACCEL_SPREAD_PCT" ), -10.0 },
      { QStringLiteral( "percentile 40" ), QStringLiteral( "RATING_PERCENTILE" ), 40.0 },
      { QStringLiteral( "percentile 100" ), QStringLiteral( "RATING_PERCENTILE" ), 100.0 },
      { QStringLiteral( "10 samples" ), QStringLiteral( "SAMPLES" ), 10 },
      { QStringLiteral( "hours of samples" ), QStringLiteral( "SAMPLES" ), 100000 },
  };
  const int errorsBefore = static_cast<int>( mErrors.size() );
  QStringList failures;
  int algorithms = 0;
  for ( const QString &id : mIds )
  {
    const QgsProcessingAlgorithm *algorithm = registeredAlgorithm( id );
    if ( !algorithm->parameterDefinition( QStringLiteral( "SAMPLES" ) ) )
      continue;
    ++algorithms;
    const QVariantMap sample = baselineParameters( *algorithm, sampleLayer, mStore, mOutputs );
    const LayerMaker grid = []( Shape shape, LayerStore &s ) { return largeSyntheticLayer( shape, s ); };
    for ( const RangedCase &rangedCase : cases )
    {
      if ( !algorithm->parameterDefinition( rangedCase.parameter ) )
        continue; // e.g. the layout takes SAMPLES and RATING_PERCENTILE only
      const bool onGrid = rangedCase.name == QLatin1String( "hours of samples" );
      QVariantMap parameters = onGrid ? baselineParameters( *algorithm, grid, mStore, mOutputs ) : sample;
      parameters.insert( QStringLiteral( "SAMPLES" ), 50 );
      parameters.insert( rangedCase.parameter, rangedCase.value );
      const QString label = QStringLiteral( "%1 ranged [%2]" ).arg( id, rangedCase.name );
      const Verdict verdict =
          judge( id, parameters, algorithm->parameterDefinition( rangedCase.parameter ), kValueWords, label );
      const Verdict expected = rangedCase.name == QLatin1String( "valid" ) ? Verdict::Ok : Verdict::ClearError;
      if ( verdict != expected )
        failures << QStringLiteral( "%1: %2 instead of %3" ).arg( label, cell( verdict ), cell( expected ) );
      else if ( onGrid && !mErrors.last().contains( QLatin1String( "SAMPLES: 100000 samples at about" ) ) )
        failures << QStringLiteral( "%1: not refused by the time estimate: %2" ).arg( label, mErrors.last() );
    }
  }
  std::fprintf( stdout, "\nRANGED RUNS (SAMPLES > 0), clear errors:\n  %s\n\nFailures (%d):\n  %s\n%s\n",
                qPrintable( mErrors.mid( errorsBefore ).join( QStringLiteral( "\n  " ) ) ),
                static_cast<int>( failures.size() ), qPrintable( failures.join( QStringLiteral( "\n  " ) ) ),
                kCompleteMarker ); // also when this slot runs alone: the supervisor then sees a complete run
  std::fflush( stdout );
  QVERIFY2( failures.isEmpty(), qPrintable( failures.join( '\n' ) ) );
  QVERIFY( algorithms >= 2 ); // vehicle approach and perimeter design at least
}

namespace
{

QString readAll( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) ? QString::fromUtf8( file.readAll() ) : QString();
}

/**
 * The supervisor: runs the matrix in a worker process (this program with ROBUSTNESS_MATRIX_WORKER set). If
 * a worker dies before the matrix is complete (a crash, or the Watchdog's abort on a hang), the case it was
 * running is written to the crash file with the end of the worker's output (the stack trace) and a new
 * worker runs the rest, reporting that case as FAIL. So one crash never hides the rest of the matrix.
 */
int superviseMatrix( int argc, char **argv )
{
  QTemporaryDir dir;
  if ( !dir.isValid() )
    return 2;
  const QString crashFile = dir.filePath( QStringLiteral( "crashed.tsv" ) );
  QString command = QStringLiteral( "%1=1 %2='%3'" ).arg( kWorkerVariable, kCrashFileVariable, crashFile );
  for ( int i = 0; i < argc; ++i )
    command += QStringLiteral( " '%1'" ).arg( QString::fromLocal8Bit( argv[i] ) );
  command += QStringLiteral( " >'%1' 2>'%2'" )
                 .arg( dir.filePath( QStringLiteral( "out" ) ), dir.filePath( QStringLiteral( "err" ) ) );
  for ( int attempt = 0; attempt < 100; ++attempt )
  {
    const int status = std::system( command.toLocal8Bit().constData() );
    const QString out = readAll( dir.filePath( QStringLiteral( "out" ) ) );
    const QString err = readAll( dir.filePath( QStringLiteral( "err" ) ) );
    std::fprintf( stdout, "%s", qPrintable( out ) );
    std::fflush( stdout );
    if ( out.contains( QLatin1String( kCompleteMarker ) ) )
      return WIFEXITED( status ) ? WEXITSTATUS( status ) : 1;
    const int at = err.lastIndexOf( QLatin1String( kCaseMarker ) );
    std::fprintf( stderr, "%s", qPrintable( err ) );
    if ( at < 0 )
      return 1; // died outside any case: nothing to skip
    const QString label = err.mid( at + static_cast<int>( strlen( kCaseMarker ) ) ).section( '\n', 0, 0 );
    const bool hang = err.contains( QStringLiteral( "HANG: " ) + label );
    std::fprintf( stderr, "\nSUPERVISOR: the worker died in \"%s\" (status %d); the stack trace is above\n",
                  qPrintable( label ), status );
    QFile crashed( crashFile );
    if ( !crashed.open( QIODevice::Append | QIODevice::Text ) )
      return 2;
    crashed.write( QStringLiteral( "%1\t%2\n" )
                       .arg( label, hang ? QStringLiteral( "HANG (watchdog)" )
                                         : QStringLiteral( "CRASH (stack trace in the log)" ) )
                       .toUtf8() );
  }
  return 1;
}

} // namespace

int main( int argc, char *argv[] )
{
  if ( !qEnvironmentVariableIsSet( kWorkerVariable ) )
    return superviseMatrix( argc, argv );
  eventsecurity::test::QgisSession session( argc, argv );
  int result = 0;
  {
    TestBadInputs tc;
    result = QTest::qExec( &tc, argc, argv );
  }
  return result;
}
#include "test_badinputs.moc"
