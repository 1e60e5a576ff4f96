#include "dockprint.h"

#include "resultgroup.h"
#include "planprint.h"
#include "planlayers.h"

#include <qgslayertreegroup.h>
#include <qgslayertreelayer.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>

namespace eventsecurity
{

namespace
{
// Marks the print layout made for a plan (value: the plan's GeoPackage).
const QString kPlanLayoutProperty = QStringLiteral( "eventsecurity/plan_geopackage" );

QString translate( const char *text )
{
  return QCoreApplication::translate( "PlanPrint", text );
}

QgsPrintLayout *existingPlanLayout( QgsProject *project, const QString &geopackage )
{
  for ( QgsPrintLayout *layout : project->layoutManager()->printLayouts() )
    if ( layout->customProperty( kPlanLayoutProperty ).toString() == geopackage )
      return layout;
  return nullptr;
}

//! A new print layout of \a plan, not in the layout manager.
std::unique_ptr<QgsPrintLayout> buildPlanLayout( QgsProject *project, const PrintablePlan &plan, QString &error )
{
  PlanPrintContent content;
  content.eventName = plan.eventName;
  for ( QgsLayerTreeLayer *node : findPlanGroup( project, plan.geopackage )->findLayers() )
  {
    auto *layer = qobject_cast<QgsVectorLayer *>( node->layer() );
    if ( !layer || !node->isVisible() )
      continue;
    content.mapLayers << layer;
    // The same legend as the algorithm's own PDF.
    const QString table = layer->source().section( QStringLiteral( "layername=" ), 1 ).section( '|', 0, 0 );
    if ( planLayerInLegend( table, layer->featureCount() ) )
      content.legendLayers << layer;
  }
  QList<QgsMapLayer *> inputs;
  for ( const QString &id : plan.inputLayerIds )
    if ( QgsMapLayer *layer = project->mapLayer( id ) )
      inputs << layer;
  content.mapLayers << inputs; // the plan over the venue, streets and buildings, as the user styled them
  content.figures = readPlanFigures( plan.geopackage );
  content.dataCredit = defaultDataCredit( inputs );
  if ( !setPlanPrintExtent( plan.geopackage, content ) )
  {
    error = translate( "The plan's GeoPackage %1 has no cordon to frame the map on." ).arg( plan.geopackage );
    return nullptr;
  }
  auto layout = buildPlanPrintLayout( project, content );
  layout->setCustomProperty( kPlanLayoutProperty, plan.geopackage );
  return layout;
}
} // namespace

QString whyNotPrintable( QgsProject *project, const PrintablePlan &plan )
{
  if ( plan.geopackage.isEmpty() )
    return translate( "There is no plan to print: press Plan first." );
  if ( !findPlanGroup( project, plan.geopackage ) )
    return translate( "The layer group of the plan \"%1\" is no longer in the project, so a print would show a map "
                      "without the plan: press Plan to make it again." )
        .arg( plan.eventName );
  return QString();
}

QgsPrintLayout *planLayout( QgsProject *project, const PrintablePlan &plan, QString &error )
{
  error = whyNotPrintable( project, plan );
  if ( !error.isEmpty() )
    return nullptr;
  if ( QgsPrintLayout *existing = existingPlanLayout( project, plan.geopackage ) )
    return existing;
  std::unique_ptr<QgsPrintLayout> layout = buildPlanLayout( project, plan, error );
  if ( !layout )
    return nullptr;
  // Layouts of earlier plans keep their names (the user may have edited them): number the new one.
  QgsLayoutManager *manager = project->layoutManager();
  const QString title = layout->name();
  for ( int number = 2; manager->layoutByName( layout->name() ); ++number )
    layout->setName( QStringLiteral( "%1 (%2)" ).arg( title ).arg( number ) );
  QgsPrintLayout *added = layout.get();
  if ( !manager->addLayout( layout.release() ) ) // the manager deletes a layout it refuses
  {
    error = translate( "The print layout could not be added to the project." );
    return nullptr;
  }
  return added;
}

bool exportPlanPdf( QgsProject *project, const PrintablePlan &plan, const QString &path, QString &error )
{
  error = whyNotPrintable( project, plan );
  if ( !error.isEmpty() )
    return false;
  if ( QgsPrintLayout *existing = existingPlanLayout( project, plan.geopackage ) )
    return exportPlanPrintPdf( existing, path, &error );
  const std::unique_ptr<QgsPrintLayout> layout = buildPlanLayout( project, plan, error );
  return layout && exportPlanPrintPdf( layout.get(), path, &error );
}

} // namespace eventsecurity
