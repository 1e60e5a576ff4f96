#pragma once

// The print layout's old names, for the dock until its call sites move to planprint.h (the next commit removes
// this file).
#include "planprint.h"

namespace eventsecurity
{
//! Old name of PlanPrintContent.
using SecurityLayoutContent = PlanPrintContent;
//! Old name of readPlanFigures().
inline PlanFigures readSecurityLayoutFigures( const QString &path )
{
  return readPlanFigures( path );
}
//! Old name of setPlanPrintExtent().
inline bool setSecurityLayoutExtent( const QString &path, PlanPrintContent &content )
{
  return setPlanPrintExtent( path, content );
}
//! Old name of buildPlanPrintLayout().
inline std::unique_ptr<QgsPrintLayout> buildSecurityLayout( QgsProject *project, const PlanPrintContent &content )
{
  return buildPlanPrintLayout( project, content );
}
//! Old name of exportPlanPrintPdf().
inline bool exportSecurityLayoutPdf( QgsPrintLayout *layout, const QString &path, QString *error )
{
  return exportPlanPrintPdf( layout, path, error );
}
} // namespace eventsecurity
