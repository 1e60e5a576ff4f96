#include "obstaclelayerspicker.h"

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAbstractItemView>

namespace eventsecurity
{

ObstacleLayersPicker::ObstacleLayersPicker( QWidget *parent ) : QgsCheckableComboBox( parent )
{
  setObjectName( QStringLiteral( "mObstacleLayers" ) );
  setDefaultText( tr( "None" ) );
  connect( this, &QgsCheckableComboBox::checkedItemsChanged, this, &ObstacleLayersPicker::updateToolTip );
  connect( model(), &QAbstractItemModel::dataChanged, this, &ObstacleLayersPicker::updateToolTip );
  updateToolTip();
}

void ObstacleLayersPicker::setLayers( const QgsProject *project, const QList<QgsMapLayer *> &excluded )
{
  const QStringList checked = checkedLayerIds();
  blockSignals( true );
  clear();
  // In the Layers panel's order, then any layer not in it.
  QList<QgsMapLayer *> layers;
  for ( const QgsLayerTreeLayer *node : project->layerTreeRoot()->findLayers() )
    if ( node->layer() )
      layers << node->layer();
  for ( QgsMapLayer *layer : project->mapLayers() )
    if ( !layers.contains( layer ) )
      layers << layer;
  for ( QgsMapLayer *layer : layers )
  {
    if ( !qobject_cast<QgsVectorLayer *>( layer ) || !layer->isSpatial() || excluded.contains( layer ) )
      continue;
    addItemWithCheckState( layer->name(), checked.contains( layer->id() ) ? Qt::Checked : Qt::Unchecked, layer->id() );
    setItemData( count() - 1, layer->publicSource(), Qt::ToolTipRole );
  }
  blockSignals( false );
  updateToolTip();
}

QStringList ObstacleLayersPicker::checkedLayerIds() const
{
  QStringList ids;
  for ( const QVariant &id : checkedItemsData() )
    ids << id.toString();
  return ids;
}

void ObstacleLayersPicker::setCheckedLayerIds( const QStringList &ids )
{
  for ( int i = 0; i < count(); ++i )
    setItemCheckState( i, ids.contains( itemData( i ).toString() ) ? Qt::Checked : Qt::Unchecked );
  updateToolTip();
}

void ObstacleLayersPicker::updateToolTip()
{
  const QStringList names = checkedItems();
  const QString description =
      tr( "Optional: what stops a vehicle on the open ground (buildings, walls, water, bollards), layers of any "
          "geometry; bollards on a street close it. Tick them in the list." );
  setToolTip( names.isEmpty() ? description : QStringLiteral( "%1\n\n%2" ).arg( names.join( '\n' ), description ) );
}

} // namespace eventsecurity
