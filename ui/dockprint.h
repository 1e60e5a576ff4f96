// The print layout and PDF of a plan the dock made: the plan's layer group, as the project shows it, over the
// inputs it was made from. Printing needs the group: without it the map would show no plan while the key
// figures list its barriers, so a plan whose group was removed is refused with a message.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QgsPrintLayout;
class QgsProject;

namespace eventsecurity
{

//! A finished plan, as the dock keeps it.
struct PrintablePlan
{
  QString eventName;
  QString geopackage;        //!< the plan's identity: its layers and group carry it
  QStringList inputLayerIds; //!< venue, buildings, streets, top to bottom under the plan
};

/**
 * The print layout of \a plan in the project's layout manager, added on first use (a layout the user has
 * edited in the designer is kept). Nullptr with \a error when there is no plan or its group is gone.
 */
QgsPrintLayout *planLayout( QgsProject *project, const PrintablePlan &plan, QString &error );

//! Writes the PDF of \a plan (the project's layout of it if it has one) to \a path; false with \a error.
bool exportPlanPdf( QgsProject *project, const PrintablePlan &plan, const QString &path, QString &error );

//! Why \a plan cannot be printed now ("" when it can).
QString whyNotPrintable( QgsProject *project, const PrintablePlan &plan );

} // namespace eventsecurity
