// The dock's choice of obstacle layers (eventsecurity:securitylayout's OBSTACLES: buildings, walls, water,
// bollards, layers of any geometry): a list of the project's vector layers to tick, none by default.
#pragma once

#include <qgscheckablecombobox.h>

class QgsMapLayer;
class QgsProject;

namespace eventsecurity
{

class ObstacleLayersPicker : public QgsCheckableComboBox
{
  Q_OBJECT

public:
  explicit ObstacleLayersPicker( QWidget *parent = nullptr );

  //! Lists the vector layers of \a project but \a excluded (a plan's own layers); the ticked ones stay ticked.
  void setLayers( const QgsProject *project, const QList<QgsMapLayer *> &excluded );

  //! The ids of the ticked layers, top to bottom as listed.
  QStringList checkedLayerIds() const;

  //! Ticks the layers with these ids (and unticks the others).
  void setCheckedLayerIds( const QStringList &ids );

private:
  void updateToolTip();
};

} // namespace eventsecurity
