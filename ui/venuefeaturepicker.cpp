#include "venuefeaturepicker.h"

#include "narrowcombobox.h"

#include <qgsfeaturepickerwidget.h>
#include <qgsvectorlayer.h>

#include <QComboBox>

#include <QVBoxLayout>

namespace eventsecurity
{

VenueFeaturePicker::VenueFeaturePicker( QWidget *parent ) : QWidget( parent )
{
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  replacePicker();
}

void VenueFeaturePicker::replacePicker()
{
  // Deleted now, not later: its model must not paint or reload from a layer about to go.
  delete mPicker;
  mPicker = new QgsFeaturePickerWidget( this );
  mPicker->setObjectName( QStringLiteral( "mVenueFeature" ) );
  mPicker->setAllowNull( false );
  mPicker->setEnabled( mEnabled );
  // Its list as wide as the widest feature, the chosen one whole in the tooltip: the dock may be narrow.
  if ( QComboBox *combo = mPicker->findChild<QComboBox *>() )
  {
    setUpNarrowCombo( combo );
    showCurrentTextInToolTip( combo, tr( "The feature of the venue layer where the crowd gathers" ) );
  }
  layout()->addWidget( mPicker );
  mLayer = nullptr;
}

void VenueFeaturePicker::setLayer( QgsVectorLayer *layer )
{
  if ( !mLayer && mPicker->layer() )
    replacePicker(); // its layer was deleted under it: a new layer may even get the old one's address
  if ( layer == mLayer )
    return;
  if ( !layer )
  {
    replacePicker(); // QgsFeaturePickerWidget::setLayer( nullptr ) dereferences the null layer
    return;
  }
  mPicker->setLayer( layer );
  mLayer = layer;
}

QgsVectorLayer *VenueFeaturePicker::layer() const
{
  return mLayer;
}

QgsFeature VenueFeaturePicker::feature() const
{
  return mLayer ? mPicker->feature() : QgsFeature();
}

void VenueFeaturePicker::releaseLayers( const QList<QgsMapLayer *> &layers )
{
  if ( mPicker->layer() && layers.contains( mPicker->layer() ) )
    replacePicker();
}

void VenueFeaturePicker::setPickerEnabled( bool enabled )
{
  mEnabled = enabled;
  mPicker->setEnabled( enabled );
}

} // namespace eventsecurity
