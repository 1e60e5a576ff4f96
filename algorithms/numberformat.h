#pragma once

#include <QString>

namespace eventsecurity
{

//! \a value in the user's locale with \a decimals decimals ("31,736", "8.0"): how reports, logs and the print
//! write every number.
QString localeNumber( double value, int decimals = 0 );

} // namespace eventsecurity
