// The venue feature chooser of the dock: QGIS's feature picker, made safe against layers going away. QGIS 3.22's
// picker cannot be set back to no layer and keeps a plain pointer to its layer, which it reads when it paints
// (issue 14, crash B): this widget drops the picker and makes a new one instead, before the layer is deleted.
#pragma once

#include <qgsfeature.h>

#include <QPointer>
#include <QWidget>

class QgsFeaturePickerWidget;
class QgsMapLayer;
class QgsVectorLayer;

namespace eventsecurity
{

class VenueFeaturePicker : public QWidget
{
  Q_OBJECT

public:
  explicit VenueFeaturePicker( QWidget *parent = nullptr );

  //! Shows the features of \a layer (nullptr: none).
  void setLayer( QgsVectorLayer *layer );

  //! The layer whose features are shown, or nullptr.
  QgsVectorLayer *layer() const;

  //! The chosen feature (invalid when none).
  QgsFeature feature() const;

  //! Lets go of the layer if it is one of \a layers (call before they are deleted).
  void releaseLayers( const QList<QgsMapLayer *> &layers );

  //! The picker's enabled state follows this, not its parent (QGIS's picker does not follow a disabled parent).
  void setPickerEnabled( bool enabled );

private:
  void replacePicker();

  QgsFeaturePickerWidget *mPicker = nullptr;
  QPointer<QgsVectorLayer> mLayer;
  bool mEnabled = true;
};

} // namespace eventsecurity
