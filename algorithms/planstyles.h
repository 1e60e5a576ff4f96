#pragma once

#include "planlayers.h"

#include <QString>
#include <QVariant>

class QgsVectorLayer;

namespace eventsecurity
{

/**
 * The QGIS styles of the security layout's layers: blast rings red to yellow, the cordon, barriers by rating,
 * entries with their lane counts, queues red where exposed (amber elsewhere) with their people and wait, approach
 * speeds coloured by impact speed, closures and exposed buildings.
 *
 * Gives \a layer, the security layout's table \a layerName (one of planLayerNames()), its renderer and
 * labels. Categories are built from the layer's own values (zones, ratings), so call it once the features are
 * written. Uses no shared QGIS style database: safe on a Processing worker thread. Returns false for an unknown
 * layer name.
 */
bool applyPlanLayerStyle( QgsVectorLayer *layer, const QString &layerName );

/**
 * The barrier class a crossing needs, from its IWA 14-1 rating without the impact angle: "V/7200[N3C]/96" for
 * "V/7200[N3C]/96/90". IWA 14-1 because its test speeds reach 112 km/h where ASTM F2656 and PAS 68 stop at 80, so
 * it still tells fast approaches apart. A rating in words (faster than every test) gives a translated "faster than
 * every IWA 14-1 test"; no rating (no vehicle reaches the crossing) gives an empty string. Barriers are coloured
 * and counted by this class.
 */
QString barrierRatingClass( const QVariant &iwaRating );

//! The test speed in km/h of a barrierRatingClass() (the last number), or infinity for the words.
double barrierRatingClassSpeed( const QString &ratingClass );

//! Saves \a layer's current style as the default style of its GeoPackage table (layer_styles). False + \a error on
//! failure.
bool saveDefaultStyleInGeoPackage( QgsVectorLayer *layer, QString *error );

//! A quiet base-map style for an input layer of the print (light grey streets and buildings, green event area).
void applyBaseLayerStyle( QgsVectorLayer *layer, BaseLayer kind );

} // namespace eventsecurity
