#pragma once

// The layer table's old names, for the dock until its call sites move to planlayers.h (the next commit removes
// this file).
#include "planlayers.h"
#include "planstyles.h"

namespace eventsecurity
{
//! Old name of planLayerTitle().
inline QString securityLayoutLayerTitle( const QString &table )
{
  return planLayerTitle( table );
}
//! Old name of planLayerInLegend().
inline bool securityLayoutLayerInLegend( const QString &table, long long featureCount )
{
  return planLayerInLegend( table, featureCount );
}
} // namespace eventsecurity
