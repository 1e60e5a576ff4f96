#pragma once

#include "physicalbounds.h"

#include <QString>

namespace eventsecurity
{

/**
 * Throws a QgsProcessingException unless \a value, given to the parameter \a name, lies within the physical bound
 * of \a quantity (physicalbounds.h, issue 11 item 12): the message names the parameter, the value, the limit and
 * its reason, e.g. "ATTENDANCE must be at most 100,000,000 persons (the largest gatherings ever reported ...);
 * got 1e+12." The lower end (0, or more) is the caller's check, with its own words.
 */
void requirePhysicalValue( const QString &name, double value, domain::PhysicalQuantity quantity );

} // namespace eventsecurity
