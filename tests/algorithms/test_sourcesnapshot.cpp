// SourceSnapshot (algorithms/sourcesnapshot.h), the base of "a background run owns what it reads" (issue 14):
// what a snapshot keeps of a layer once the layer is gone, selections, feature limits and the invalid geometry
// check of QgsProcessingFeatureSourceDefinition, unsaved edits, and the messages for a layer that cannot be found.
#include "sourcesnapshot.h"
#include "testsupport.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>

#include <QObject>

#include <memory>

using namespace eventsecurity;
using namespace eventsecurity::test;

namespace
{
// Five points (i, 10 i), i = 1 to 5 (QGIS leaves a point at the origin out of an extent), in UTM 21S,
// named p0 to p4.
std::unique_ptr<QgsVectorLayer> fivePoints()
{
  QStringList wkts;
  QList<QgsAttributes> attributes;
  for ( int i = 0; i < 5; ++i )
  {
    wkts << QStringLiteral( "POINT(%1 %2)" ).arg( i + 1 ).arg( 10 * ( i + 1 ) );
    attributes << ( QgsAttributes() << QStringLiteral( "p%1" ).arg( i ) );
  }
  std::unique_ptr<QgsVectorLayer> layer =
      memoryLayer( QStringLiteral( "Point?crs=EPSG:32721&field=name:string" ), wkts, attributes );
  layer->setName( QStringLiteral( "Suspect devices" ) );
  return layer;
}

QStringList namesOf( QgsFeatureSource &source )
{
  QStringList names;
  QgsFeatureIterator it = source.getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    names << feature.attribute( QStringLiteral( "name" ) ).toString();
  names.sort();
  return names;
}

const QgsProcessingParameterFeatureSource kInput( QStringLiteral( "INPUT" ), QStringLiteral( "Suspect devices" ) );
} // namespace

class TestSourceSnapshot : public QObject
{
  Q_OBJECT

private slots:
  void outlivesItsLayer();
  void selectedFeaturesOnly();
  void featureLimitAndGeometryCheck();
  void unsavedEditsAreTaken();
  void layerThatCannotBeFound();
  void layerLists();
};

void TestSourceSnapshot::outlivesItsLayer()
{
  QgsProject project;
  QgsVectorLayer *layer = fivePoints().release();
  project.addMapLayer( layer );
  QgsProcessingContext context;
  context.setProject( &project );
  const ParameterSnapshot taken =
      takeParameterSnapshot( kInput, { { QStringLiteral( "INPUT" ), layer->id() } }, context );
  project.removeAllMapLayers(); // deletes the layer
  QVERIFY( taken.snapshot );
  const SourceSnapshot &snapshot = *taken.snapshot;
  QCOMPARE( snapshot.sourceName(), QStringLiteral( "Suspect devices" ) );
  QCOMPARE( snapshot.sourceCrs().authid(), QStringLiteral( "EPSG:32721" ) );
  QCOMPARE( snapshot.fields().names(), QStringList{ QStringLiteral( "name" ) } );
  QCOMPARE( snapshot.featureCount(), 5LL );
  QVERIFY2( snapshot.sourceExtent() == QgsRectangle( 1, 10, 5, 50 ), qPrintable( snapshot.sourceExtent().toString() ) );
  const std::unique_ptr<QgsExpressionContextScope> scope( snapshot.createExpressionContextScope() );
  QCOMPARE( scope->variable( QStringLiteral( "layer_name" ) ).toString(), QStringLiteral( "Suspect devices" ) );
  std::unique_ptr<QgsProcessingFeatureSource> source = processingSource( taken, context );
  QCOMPARE( namesOf( *source ), QStringList( { QStringLiteral( "p0" ), QStringLiteral( "p1" ), QStringLiteral( "p2" ),
                                               QStringLiteral( "p3" ), QStringLiteral( "p4" ) } ) );
}

void TestSourceSnapshot::selectedFeaturesOnly()
{
  // The memory provider numbers the points 1 to 5 in order: ids 2 and 4 are p1 (2, 20) and p3 (4, 40).
  QgsProject project;
  QgsVectorLayer *layer = fivePoints().release();
  project.addMapLayer( layer );
  layer->selectByIds( QgsFeatureIds{ 2, 4 } );
  QgsProcessingContext context;
  context.setProject( &project );
  const QVariantMap parameters{
      { QStringLiteral( "INPUT" ), QVariant::fromValue( QgsProcessingFeatureSourceDefinition( layer->id(), true ) ) } };
  const ParameterSnapshot taken = takeParameterSnapshot( kInput, parameters, context );
  layer->selectAll(); // a later selection does not change the snapshot
  project.removeAllMapLayers();
  QVERIFY( taken.request.selectedOnly );
  QCOMPARE( taken.snapshot->featureCount(), 2LL );
  QCOMPARE( taken.snapshot->sourceExtent(), QgsRectangle( 2, 20, 4, 40 ) );
  std::unique_ptr<QgsProcessingFeatureSource> source = processingSource( taken, context );
  QCOMPARE( namesOf( *source ), QStringList( { QStringLiteral( "p1" ), QStringLiteral( "p3" ) } ) );
}

void TestSourceSnapshot::featureLimitAndGeometryCheck()
{
  // A feature limit of 3, and a bow-tie polygon: with "stop on invalid geometry" the wrapped source refuses it as
  // QGIS's own sources do; a definition that overrides the check with "skip" leaves it out.
  std::unique_ptr<QgsVectorLayer> polygons = memoryLayer(
      QStringLiteral( "Polygon?crs=EPSG:32721" ), { QStringLiteral( "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))" ),
                                                    QStringLiteral( "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))" ),
                                                    QStringLiteral( "POLYGON((20 0, 30 0, 30 10, 20 10, 20 0))" ),
                                                    QStringLiteral( "POLYGON((40 0, 50 0, 50 10, 40 10, 40 0))" ) } );
  QgsProcessingContext context;
  context.setInvalidGeometryCheck( QgsFeatureRequest::GeometryAbortOnInvalid );
  const QgsProcessingParameterFeatureSource parameter( QStringLiteral( "INPUT" ), QStringLiteral( "Areas" ) );
  QVariantMap parameters{ { QStringLiteral( "INPUT" ), QVariant::fromValue( polygons.get() ) } };
  ParameterSnapshot taken = takeParameterSnapshot( parameter, parameters, context );
  bool refused = false;
  try
  {
    std::unique_ptr<QgsProcessingFeatureSource> source = processingSource( taken, context );
    QgsFeatureIterator it = source->getFeatures();
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
      ;
  }
  catch ( QgsProcessingException & )
  {
    refused = true;
  }
  QVERIFY( refused );

  QgsProject project;
  QgsVectorLayer *owned = polygons.release();
  project.addMapLayer( owned );
  context.setProject( &project );
  parameters.insert( QStringLiteral( "INPUT" ),
                     QVariant::fromValue( QgsProcessingFeatureSourceDefinition(
                         owned->id(), false, 3, QgsProcessingFeatureSourceDefinition::FlagOverrideDefaultGeometryCheck,
                         QgsFeatureRequest::GeometrySkipInvalid ) ) );
  taken = takeParameterSnapshot( parameter, parameters, context );
  project.removeAllMapLayers();
  std::unique_ptr<QgsProcessingFeatureSource> source = processingSource( taken, context );
  QCOMPARE( source->featureCount(), 3LL ); // the limit
  int read = 0;
  QgsFeatureIterator it = source->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    ++read;
  QCOMPARE( read, 2 ); // the first three, the bow-tie skipped
}

void TestSourceSnapshot::unsavedEditsAreTaken()
{
  // What the user sees, unsaved edits included: the snapshot holds the edit buffer as the map renderer's does.
  std::unique_ptr<QgsVectorLayer> layer = fivePoints();
  QVERIFY( layer->startEditing() );
  QgsFeature added( layer->fields() );
  added.setAttributes( QgsAttributes() << QStringLiteral( "unsaved" ) );
  added.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( 9, 9 ) ) );
  QVERIFY( layer->addFeature( added ) );
  QgsProcessingContext context;
  const ParameterSnapshot taken =
      takeParameterSnapshot( kInput, { { QStringLiteral( "INPUT" ), QVariant::fromValue( layer.get() ) } }, context );
  layer->rollBack();
  layer.reset();
  std::unique_ptr<QgsProcessingFeatureSource> source = processingSource( taken, context );
  QVERIFY( namesOf( *source ).contains( QStringLiteral( "unsaved" ) ) );
  QCOMPARE( namesOf( *source ).size(), 6 );
}

void TestSourceSnapshot::layerThatCannotBeFound()
{
  // The message names the parameter as the user knows it, never only the raw value.
  QgsProject project;
  QgsProcessingContext context;
  context.setProject( &project );
  const QgsProcessingParameterFeatureSource venue( QStringLiteral( "VENUE" ),
                                                   QStringLiteral( "Venue, where the crowd stands" ) );
  const auto messageFor = [&]( const QVariant &value )
  {
    try
    {
      takeParameterSnapshot( venue, { { QStringLiteral( "VENUE" ), value } }, context );
    }
    catch ( QgsProcessingException &e )
    {
      return e.what();
    }
    return QString();
  };
  // A layer id of a layer removed from the project.
  QString message = messageFor( QStringLiteral( "venue_9002a1b2_c3d4" ) );
  QVERIFY2( message.contains( QLatin1String( "Venue, where the crowd stands (VENUE)" ) ) &&
                message.contains( QLatin1String( "no longer in the project" ) ),
            qPrintable( message ) );
  // A file that was moved.
  message = messageFor( QStringLiteral( "/nowhere/venue.gpkg" ) );
  QVERIFY2( message.contains( QLatin1String( "/nowhere/venue.gpkg does not exist" ) ), qPrintable( message ) );
  // Required and empty.
  message = messageFor( QVariant() );
  QVERIFY2( message.contains( QLatin1String( "is required" ) ), qPrintable( message ) );
  // Optional and empty: no snapshot, no error.
  QgsProcessingParameterFeatureSource buildings( QStringLiteral( "BUILDINGS" ), QStringLiteral( "Buildings" ),
                                                 QList<int>(), QVariant(), true );
  QVERIFY( !takeParameterSnapshot( buildings, {}, context ).snapshot );
}

void TestSourceSnapshot::layerLists()
{
  // A multiple-layer parameter (OBSTACLES: several layers at once): one snapshot per layer, in the order given, each
  // resolved as a single source is (a layer object, a layer id, a source definition with its selection), outliving
  // its layer; none for an optional list left empty; a layer that cannot be found names the parameter.
  QgsProject project;
  QgsVectorLayer *byId = fivePoints().release();
  byId->setName( QStringLiteral( "Bollards" ) );
  project.addMapLayer( byId );
  std::unique_ptr<QgsVectorLayer> byObject = fivePoints();
  byObject->selectByIds( { 1, 2 } ); // p0 and p1: memory layers number their features from 1
  QgsProcessingContext context;
  context.setProject( &project );
  const QgsProcessingParameterMultipleLayers obstacles( QStringLiteral( "OBSTACLES" ), QStringLiteral( "Obstacles" ),
                                                        QgsProcessing::TypeVectorAnyGeometry, QVariant(), true );
  const QVariantList list{ QVariant::fromValue( byObject.get() ), byId->id(),
                           QVariant::fromValue( QgsProcessingFeatureSourceDefinition( byObject->id(), true ) ) };
  project.addMapLayer( byObject.get(), false );
  const std::vector<ParameterSnapshot> taken =
      takeLayerListSnapshots( obstacles, { { QStringLiteral( "OBSTACLES" ), list } }, context );
  project.takeMapLayer( byObject.get() );
  byObject.reset();
  project.removeAllMapLayers();
  QCOMPARE( static_cast<int>( taken.size() ), 3 );
  QCOMPARE( taken[0].snapshot->featureCount(), 5LL );
  QCOMPARE( taken[1].snapshot->sourceName(), QStringLiteral( "Bollards" ) );
  QCOMPARE( namesOf( *processingSource( taken[1], context ) ).size(), 5 );
  QVERIFY( taken[2].request.selectedOnly );
  QCOMPARE( namesOf( *processingSource( taken[2], context ) ),
            QStringList( { QStringLiteral( "p0" ), QStringLiteral( "p1" ) } ) );
  // Optional and empty, as an empty list or no value: none.
  QVERIFY(
      takeLayerListSnapshots( obstacles, { { QStringLiteral( "OBSTACLES" ), QVariantList() } }, context ).empty() );
  QVERIFY( takeLayerListSnapshots( obstacles, {}, context ).empty() );
  // A file that was moved, among good ones.
  try
  {
    takeLayerListSnapshots(
        obstacles, { { QStringLiteral( "OBSTACLES" ), QVariantList{ QStringLiteral( "/nowhere/walls.gpkg" ) } } },
        context );
    QFAIL( "a missing file was taken" );
  }
  catch ( QgsProcessingException &e )
  {
    QVERIFY2( e.what().contains( QLatin1String( "Obstacles (OBSTACLES)" ) ) &&
                  e.what().contains( QLatin1String( "/nowhere/walls.gpkg does not exist" ) ),
              qPrintable( e.what() ) );
  }
  // Required and empty.
  const QgsProcessingParameterMultipleLayers required( QStringLiteral( "WALLS" ), QStringLiteral( "Walls" ) );
  try
  {
    takeLayerListSnapshots( required, {}, context );
    QFAIL( "a required empty list was taken" );
  }
  catch ( QgsProcessingException &e )
  {
    QVERIFY2( e.what().contains( QLatin1String( "at least one layer" ) ), qPrintable( e.what() ) );
  }
}

ES_TEST_MAIN( TestSourceSnapshot )
#include "test_sourcesnapshot.moc"
