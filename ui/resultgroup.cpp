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
// Groups the dock made carry kGroupProperty, so a user's own group that shares the event's name is never
// replaced. Older versions stored true there; newer ones store the plan's GeoPackage, as on each layer.
const QString kGroupProperty = QStringLiteral( "eventsecurity/result_group" );
const QString kLayerProperty = QStringLiteral( "eventsecurity/plan" );

QString translate( const char *text )
{
  return QCoreApplication::translate( "ResultGroup", text );
}

//! Position in the root of the top-level node that holds \a node.
int topLevelIndex( QgsLayerTree *root, QgsLayerTreeNode *node )
{
  while ( node && node->parent() != root )
    node = node->parent();
  return node ? root->children().indexOf( node ) : -1;
}

QList<QgsLayerTreeGroup *> resultGroups( QgsProject *project )
{
  QList<QgsLayerTreeGroup *> groups;
  for ( QgsLayerTreeNode *node : project->layerTreeRoot()->children() )
    if ( QgsLayerTree::isGroup( node ) && QgsLayerTree::toGroup( node )->customProperty( kGroupProperty ).isValid() )
      groups << QgsLayerTree::toGroup( node );
  return groups;
}

//! The layers \a group's plan loaded, found in the group (a plan's layer the user moved elsewhere stays).
QList<QgsMapLayer *> ownLayers( QgsLayerTreeGroup *group )
{
  const QString geopackage = group->customProperty( kGroupProperty ).toString();
  QList<QgsMapLayer *> layers;
  for ( QgsLayerTreeLayer *node : group->findLayers() )
    if ( node->layer() && !geopackage.isEmpty() && planOf( node->layer() ) == geopackage &&
         !layers.contains( node->layer() ) )
      layers << node->layer();
  return layers;
}

//! Loads every table first: one that does not open leaves the project as it was.
std::vector<std::unique_ptr<QgsVectorLayer>> loadPlanLayers( const ResultGroupRequest &request, QString &error )
{
  std::vector<std::unique_ptr<QgsVectorLayer>> layers;
  for ( const QString &name : request.layersTopToBottom )
  {
    // LayerOptions' default loads the style the algorithm saved in the GeoPackage (layer_styles).
    auto layer = std::make_unique<QgsVectorLayer>( QStringLiteral( "%1|layername=%2" ).arg( request.geopackage, name ),
                                                   planLayerTitle( name ), QStringLiteral( "ogr" ) );
    if ( !layer->isValid() )
    {
      error = translate( "The layer \"%1\" of %2 could not be opened." ).arg( name, request.geopackage );
      return {};
    }
    layer->setCustomProperty( kLayerProperty, request.geopackage );
    layers.push_back( std::move( layer ) );
  }
  return layers;
}

QList<QgsVectorLayer *> editedLayers( const QList<QgsMapLayer *> &layers )
{
  QList<QgsVectorLayer *> edited;
  for ( QgsMapLayer *layer : layers )
    if ( auto *vector = qobject_cast<QgsVectorLayer *>( layer ); vector && vector->isModified() )
      edited << vector;
  return edited;
}

/**
 * Applies the user's \a choice to the edits of \a layers before they are removed (Save writes them to the old
 * GeoPackage, Discard drops them) and leaves edit mode in the others. False with \a error when saving failed.
 */
bool settleEdits( const QList<QgsMapLayer *> &layers, UnsavedEditsChoice choice, QString &error )
{
  for ( QgsMapLayer *layer : layers )
  {
    auto *vector = qobject_cast<QgsVectorLayer *>( layer );
    if ( !vector || !vector->isEditable() )
      continue;
    const bool save = choice == UnsavedEditsChoice::Save && vector->isModified();
    if ( save ? !vector->commitChanges() : !vector->rollBack() )
    {
      error = translate( "The edits of \"%1\" could not be saved (%2): the previous plan stays in the project." )
                  .arg( vector->name(), vector->commitErrors().join( QStringLiteral( "; " ) ) );
      return false;
    }
  }
  return true;
}

//! Removes the nodes of \a planLayers from \a group and its subgroups (their layers stay in the project).
void removeNodesOf( QgsLayerTreeGroup *group, const QList<QgsMapLayer *> &planLayers )
{
  for ( QgsLayerTreeNode *child : group->children() )
  {
    if ( QgsLayerTree::isGroup( child ) )
      removeNodesOf( QgsLayerTree::toGroup( child ), planLayers );
    else if ( QgsLayerTree::isLayer( child ) && planLayers.contains( QgsLayerTree::toLayer( child )->layer() ) )
      group->removeChildNode( child );
  }
}

/**
 * Moves everything in \a previous that is not one of \a planLayers to the root at \a index (layers a user dragged
 * in, with their edits; their own subgroups) and returns the names of the layers moved. The layers stay in
 * the project: each copied node is in the tree before the old one goes.
 */
QStringList moveOutOthers( QgsLayerTree *root, QgsLayerTreeGroup *previous, const QList<QgsMapLayer *> &planLayers,
                           int &index )
{
  removeNodesOf( previous, planLayers );
  QStringList moved;
  for ( QgsLayerTreeNode *child : previous->children() )
  {
    if ( QgsLayerTree::isGroup( child ) && QgsLayerTree::toGroup( child )->findLayers().isEmpty() )
      continue; // a subgroup that held only the plan's layers
    root->insertChildNode( index++, child->clone() );
    if ( QgsLayerTree::isLayer( child ) )
      moved << QgsLayerTree::toLayer( child )->name();
    else
      for ( QgsLayerTreeLayer *layer : QgsLayerTree::toGroup( child )->findLayers() )
        moved << layer->name();
  }
  return moved;
}
} // namespace

QString planProperty()
{
  return kLayerProperty;
}

QString planOf( const QgsMapLayer *layer )
{
  return layer ? layer->customProperty( kLayerProperty ).toString() : QString();
}

QgsLayerTreeGroup *findResultGroup( QgsProject *project, const QString &eventName )
{
  for ( QgsLayerTreeGroup *group : resultGroups( project ) )
    if ( group->name() == eventName )
      return group;
  return nullptr;
}

QgsLayerTreeGroup *findPlanGroup( QgsProject *project, const QString &geopackage )
{
  for ( QgsLayerTreeGroup *group : resultGroups( project ) )
    if ( !geopackage.isEmpty() && group->customProperty( kGroupProperty ).toString() == geopackage )
      return group;
  return nullptr;
}

QList<QgsMapLayer *> resultLayers( QgsProject *project )
{
  QList<QgsMapLayer *> layers;
  for ( QgsMapLayer *layer : project->mapLayers() )
    if ( !planOf( layer ).isEmpty() )
      layers << layer;
  return layers;
}

ResultGroupOutcome addResultGroup( QgsProject *project, const ResultGroupRequest &request,
                                   const UnsavedEditsQuestion &askAboutEdits )
{
  ResultGroupOutcome outcome;
  if ( request.layersTopToBottom.isEmpty() )
  {
    outcome.error = translate( "The plan produced no layers." );
    return outcome;
  }
  std::vector<std::unique_ptr<QgsVectorLayer>> layers = loadPlanLayers( request, outcome.error );
  if ( layers.empty() )
    return outcome;

  QgsLayerTree *root = project->layerTreeRoot();
  QgsLayerTreeGroup *previous = findResultGroup( project, request.eventName );
  UnsavedEditsChoice choice = UnsavedEditsChoice::Discard;
  if ( previous )
  {
    const QList<QgsVectorLayer *> edited = editedLayers( ownLayers( previous ) );
    choice = edited.isEmpty() ? UnsavedEditsChoice::Discard : askAboutEdits( edited );
    outcome.keptPrevious = choice == UnsavedEditsChoice::Cancel;
    if ( outcome.keptPrevious )
      return outcome;
    previous = findResultGroup( project, request.eventName ); // the question's event loop may have changed it
  }
  int index = 0;
  if ( previous )
  {
    const QList<QgsMapLayer *> planLayers = ownLayers( previous );
    if ( !settleEdits( planLayers, choice, outcome.error ) )
      return outcome;
    index = root->children().indexOf( previous );
    outcome.movedOut = moveOutOthers( root, previous, planLayers, index );
    root->removeChildNode( previous );
    QStringList ids;
    for ( QgsMapLayer *layer : planLayers )
      ids << layer->id();
    project->removeMapLayers( ids ); // now, rather than when the layer tree's bridge gets to it
  }
  else
  {
    int topmostInput = root->children().size();
    for ( const QString &id : request.inputLayerIds )
    {
      const int inputIndex = topLevelIndex( root, root->findLayer( id ) );
      if ( inputIndex >= 0 )
        topmostInput = std::min( topmostInput, inputIndex );
    }
    index = topmostInput < root->children().size() ? topmostInput : 0;
  }

  index = std::min( index, static_cast<int>( root->children().size() ) );
  QgsLayerTreeGroup *group = root->insertGroup( index, request.eventName );
  group->setCustomProperty( kGroupProperty, request.geopackage );
  for ( std::unique_ptr<QgsVectorLayer> &owned : layers )
  {
    QgsVectorLayer *layer = owned.release();
    project->addMapLayer( layer, false );
    group->addLayer( layer );
  }
  outcome.group = group;
  return outcome;
}

} // namespace eventsecurity
