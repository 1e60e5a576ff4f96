// Puts a security layout's GeoPackage into a project as one layer group named after the event: every
// layer with the default style saved in the GeoPackage, above the input layers, replacing the group of a
// previous plan of the same event. Input layers are never touched.
#ifndef RESULTGROUP_H
#define RESULTGROUP_H

#include <QList>
#include <QString>
#include <QStringList>

class QgsLayerTreeGroup;
class QgsMapLayer;
class QgsProject;

namespace eventsecurity
{

//! The result group of event \a eventName in \a project (only groups the dock made), or nullptr.
QgsLayerTreeGroup *findResultGroup( QgsProject *project, const QString &eventName );

//! The layers of every result group the dock made in \a project (never inputs of a new plan).
QList<QgsMapLayer *> resultLayers( QgsProject *project );

/**
 * Loads layers \a layersTopToBottom (the order of the algorithm's LAYERS output) of \a geopackage, named by
 * their titles, into a new group \a eventName. The group takes the place of the previous group of the same
 * event, or goes just above the topmost of \a inputLayerIds. On failure nothing changes in the project and
 * \a error says why.
 */
QgsLayerTreeGroup *addResultGroup( QgsProject *project, const QString &eventName, const QString &geopackage,
                                   const QStringList &layersTopToBottom, const QStringList &inputLayerIds,
                                   QString &error );

} // namespace eventsecurity

#endif
