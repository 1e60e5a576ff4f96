#include "resultgroup.h"

#include "planlayers.h"

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <vector>

namespace eventsecurity
{

namespace
{
// Marks the groups the dock made, so a user's own group that shares the event's name is never replaced.
const QString kResultGroupProperty = QStringLiteral( "eventsecurity/result_group" );

//! Position in the root of the top-level node that holds \a node.
int topLevelIndex( QgsLayerTree *root, QgsLayerTreeNode *node )
{
  while ( node && node->parent() != root )
    node = node->parent();
  return node ? root->children().indexOf( node ) : -1;
}
} // namespace

QgsLayerTreeGroup *findResultGroup( QgsProject *project, const QString &eventName )
{
  for ( QgsLayerTreeNode *node : project->layerTreeRoot()->children() )
  {
    QgsLayerTreeGroup *group = QgsLayerTree::isGroup( node ) ? QgsLayerTree::toGroup( node ) : nullptr;
    if ( group && group->name() == eventName && group->customProperty( kResultGroupProperty ).toBool() )
      return group;
  }
  return nullptr;
}

QList<QgsMapLayer *> resultLayers( QgsProject *project )
{
  QList<QgsMapLayer *> layers;
  for ( QgsLayerTreeNode *node : project->layerTreeRoot()->children() )
  {
    QgsLayerTreeGroup *group = QgsLayerTree::isGroup( node ) ? QgsLayerTree::toGroup( node ) : nullptr;
    if ( group && group->customProperty( kResultGroupProperty ).toBool() )
      for ( QgsLayerTreeLayer *layer : group->findLayers() )
        if ( layer->layer() )
          layers << layer->layer();
  }
  return layers;
}

QgsLayerTreeGroup *addResultGroup( QgsProject *project, const QString &eventName, const QString &geopackage,
                                   const QStringList &layersTopToBottom, const QStringList &inputLayerIds,
                                   QString &error )
{
  if ( layersTopToBottom.isEmpty() )
  {
    error = QCoreApplication::translate( "ResultGroup", "The plan produced no layers." );
    return nullptr;
  }

  // Load everything first: a layer that does not open leaves the project as it was.
  std::vector<std::unique_ptr<QgsVectorLayer>> layers;
  for ( const QString &name : layersTopToBottom )
  {
    // LayerOptions' default loads the style the algorithm saved in the GeoPackage (layer_styles).
    auto layer = std::make_unique<QgsVectorLayer>( QStringLiteral( "%1|layername=%2" ).arg( geopackage, name ),
                                                   planLayerTitle( name ), QStringLiteral( "ogr" ) );
    if ( !layer->isValid() )
    {
      error = QCoreApplication::translate( "ResultGroup", "The layer \"%1\" of %2 could not be opened." )
                  .arg( name, geopackage );
      return nullptr;
    }
    layers.push_back( std::move( layer ) );
  }

  QgsLayerTree *root = project->layerTreeRoot();
  QgsLayerTreeGroup *previous = findResultGroup( project, eventName );
  int index = previous ? root->children().indexOf( previous ) : -1;
  if ( index < 0 )
  {
    index = 0;
    int topmostInput = root->children().size();
    for ( const QString &id : inputLayerIds )
    {
      const int inputIndex = topLevelIndex( root, root->findLayer( id ) );
      if ( inputIndex >= 0 )
        topmostInput = std::min( topmostInput, inputIndex );
    }
    if ( topmostInput < root->children().size() )
      index = topmostInput;
  }

  if ( previous )
  {
    // Only the layers the dock loaded live in its group; remove them with it.
    const QStringList oldLayerIds = previous->findLayerIds();
    root->removeChildNode( previous );
    QStringList stillLoaded;
    for ( const QString &id : oldLayerIds )
      if ( project->mapLayer( id ) )
        stillLoaded << id;
    project->removeMapLayers( stillLoaded );
    index = std::min( index, static_cast<int>( root->children().size() ) );
  }

  QgsLayerTreeGroup *group = root->insertGroup( index, eventName );
  group->setCustomProperty( kResultGroupProperty, true );
  for ( std::unique_ptr<QgsVectorLayer> &owned : layers )
  {
    QgsVectorLayer *layer = owned.release();
    project->addMapLayer( layer, false );
    group->addLayer( layer );
  }
  return group;
}

} // namespace eventsecurity
