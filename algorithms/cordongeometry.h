#pragma once

#include <qgsgeometry.h>
#include <qgspointxy.h>

#include <memory>

class QgsLineString;

namespace eventsecurity
{

//! Segments per quarter circle of the cordon's rounded corners (its curve quality).
constexpr int kCordonSegmentsPerQuarter = 8;

/**
 * The radius at which to put the vertices of a circle drawn with \a segmentsPerQuarter chords per quarter so
 * that the polygon contains the whole true circle of \a radius: chords of n per quarter come within
 * r cos(pi/4n) of the centre, so vertices at r / cos(pi/4n) keep every chord at r or beyond (a drawn zone
 * never understates a distance; area +0.08 % at 16 segments per quarter, +0.5 % at 8).
 */
double circumscribedRadius( double radius, int segmentsPerQuarter );

//! \a geometry grown by \a distance (metres), drawn so that it contains the true offset curve.
QgsGeometry circumscribedBuffer( const QgsGeometry &geometry, double distance, int segmentsPerQuarter );

//! A closed regular polygon ring around \a centre that contains the circle of \a radius (counter-clockwise,
//! or clockwise for a hole).
std::unique_ptr<QgsLineString> circleRing( const QgsPointXY &centre, double radius, int segmentsPerQuarter,
                                           bool clockwise );

/**
 * The vehicle-exclusion cordon: \a eventArea grown by \a barrierLineM (circumscribed: where the barrier line stands,
 * the standoff plus the penetration the plan allows, barrierratings.h cordonDistanceM), with gaps narrower than a
 * street closed (grown by half \a streetWidthM and shrunk back), holes filled and slivers smaller than a
 * street's square dropped (counted in \a droppedSlivers). Always contains the event area grown by \a barrierLineM.
 */
QgsGeometry buildableCordon( const QgsGeometry &eventArea, double barrierLineM, double streetWidthM,
                             int *droppedSlivers );

} // namespace eventsecurity
