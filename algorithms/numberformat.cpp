#include "numberformat.h"

#include <QLocale>

namespace eventsecurity
{

QString localeNumber( double value, int decimals )
{
  return QLocale().toString( value, 'f', decimals );
}

} // namespace eventsecurity
