// Puts a security layout's GeoPackage into a project as one layer group named after the event: every layer
// with the default style saved in the GeoPackage, above the input layers. A new plan of the same event replaces
// the previous plan's group: only the layers the plugin loaded for that plan are removed (each carries a custom
// property naming its GeoPackage, wherever it sits), unsaved edits in them are asked about first, and any
// other layer found in the group is moved out of it and kept.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QgsLayerTreeGroup;
class QgsMapLayer;
class QgsProject;
class QgsVectorLayer;

namespace eventsecurity
{

//! The custom property on each layer the dock loads, and on its group: the plan's GeoPackage.
QString planProperty();

//! The GeoPackage of the plan \a layer was loaded for, or "" when the plugin did not load it.
QString planOf( const QgsMapLayer *layer );

//! The result group of event \a eventName in \a project (only groups the dock made), or nullptr.
QgsLayerTreeGroup *findResultGroup( QgsProject *project, const QString &eventName );

//! The group the dock made for the plan in \a geopackage, or nullptr (the user removed it).
QgsLayerTreeGroup *findPlanGroup( QgsProject *project, const QString &geopackage );

//! Every layer the dock loaded for a plan in \a project, wherever it is (never an input of a new plan).
QList<QgsMapLayer *> resultLayers( QgsProject *project );

//! The user's answer about unsaved edits in the layers of a plan being replaced (QGIS's usual question).
enum class UnsavedEditsChoice
{
  Save,    //!< save the edits to the old plan's GeoPackage, then replace
  Discard, //!< drop the edits, then replace
  Cancel,  //!< keep the old plan as it is: the new plan is not loaded
};

//! Asked once with every edited layer of the plan being replaced.
using UnsavedEditsQuestion = std::function<UnsavedEditsChoice( const QList<QgsVectorLayer *> &editedLayers )>;

//! What one plan puts into the project.
struct ResultGroupRequest
{
  QString eventName;
  QString geopackage;
  QStringList layersTopToBottom; //!< the algorithm's LAYERS output
  QStringList inputLayerIds;     //!< without a group to replace, the new one goes above the topmost of these
};

struct ResultGroupOutcome
{
  QgsLayerTreeGroup *group = nullptr; //!< the new group; nullptr when nothing changed
  bool keptPrevious = false;          //!< the user chose to keep the previous plan's edited layers
  QString error;                      //!< why nothing changed, when it is not keptPrevious
  QStringList movedOut;               //!< names of the layers moved out of the replaced group and kept
};

/**
 * Loads the plan of \a request into a new group of \a project, replacing the previous group of the same event
 * as described at the top of this file (\a askAboutEdits is only called when a layer being removed has unsaved
 * edits). On failure or Cancel nothing changes in the project.
 */
ResultGroupOutcome addResultGroup( QgsProject *project, const ResultGroupRequest &request,
                                   const UnsavedEditsQuestion &askAboutEdits );

} // namespace eventsecurity
