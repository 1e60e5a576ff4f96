// What the two halves of the dock (the panel, and running a plan) share: the algorithm it runs and the
// meaning of the "Venue area" choice.
#pragma once

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>

namespace eventsecurity
{

//! The "Venue area" choices, as stored in the combo box's item data and the settings.
enum VenueScope
{
  OneFeature = 0,
  SelectedFeatures = 1,
  WholeLayer = 2,
};

//! The algorithm "Plan" runs, or nullptr when its provider is not registered.
inline const QgsProcessingAlgorithm *layoutAlgorithm()
{
  return QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "eventsecurity:securitylayout" ) );
}

} // namespace eventsecurity
