// What the dock tells the planner, in plain words: the algorithm's errors with the layers named as the
// Layers panel shows them and the dock's own field names instead of the Processing parameters', each said
// once; and the layout's warnings (outcomes that make no usable plan), one per line.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace eventsecurity
{

/**
 * The errors a plan reported, for the planner: each once (an error repeated inside a longer one is left
 * out), layer ids replaced by the names in \a layerNames (id -> name, quoted), parameter names by the
 * dock's labels. Empty when \a errors says nothing.
 */
QString plainErrors( const QStringList &errors, const QMap<QString, QString> &layerNames );

//! The warnings of the layout's WARNINGS output (one per line; empty or missing: none).
QStringList planWarnings( const QVariant &warningsOutput );

} // namespace eventsecurity
