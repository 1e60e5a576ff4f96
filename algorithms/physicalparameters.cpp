#include "physicalparameters.h"

#include "numberformat.h"

#include <qgsexception.h>

#include <QCoreApplication>

namespace eventsecurity
{

namespace
{
// The translation context of this file's texts (lupdate reads it from the class).
struct PhysicalParameterTexts
{
  Q_DECLARE_TR_FUNCTIONS( PhysicalParameterTexts )
};
} // namespace

void requirePhysicalValue( const QString &name, double value, domain::PhysicalQuantity quantity )
{
  const domain::PhysicalBound &bound = domain::physicalBound( quantity );
  if ( value >= 0 && value <= bound.maximum ) // false for NaN
    return;
  const QString unit = bound.unit.empty() ? QString() : QStringLiteral( " " ) + QString::fromStdString( bound.unit );
  // The reason is the domain table's English line (physicalbounds.cpp).
  throw QgsProcessingException(
      PhysicalParameterTexts::tr( "%1 must be at most %2%3, more than any real %4 (%5); got %6." )
          .arg( name, localeNumber( bound.maximum, 0 ), unit, QString::fromStdString( bound.what ),
                QString::fromStdString( bound.reason ), QString::number( value ) ) );
}

} // namespace eventsecurity
