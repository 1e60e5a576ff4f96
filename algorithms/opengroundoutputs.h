#pragma once

#include "vehicleclasses.h"

#include <qgscoordinatetransform.h>
#include <qgsfields.h>

class QgsFeedback;

// The open ground's outputs (issue 13): the stretches of the protected area's edge that open ground reaches, the
// impact points along them (with the impact points of the streets) and, for perimeter design, the barrier lines
// along them.
namespace eventsecurity
{

class ApproachStudy;
class OutputSink;

/**
 * Fields of the stretches of the protected area's edge that open ground reaches (lines along the edge): stretch_id,
 * length_m, impact_kmh (the fastest of its impact points; NULL when none is reached), energy_kj, impact_points (how
 * many), reached (how many a vehicle reaches), vehicle, rating_astm, rating_iwa, rating_pas68 (the barrier line
 * along it needs, for its fastest point).
 */
QgsFields stretchFields();

/**
 * Writes every open-ground target of \a study a vehicle reaches into \a points (impactPointFields(): kind
 * open_ground, stretch_id) and its route into \a routes when that sink is open, transformed by \a metricToOutput.
 * Nothing without open ground. Returns false when cancelled.
 */
bool writeTargetImpacts( const ApproachStudy &study, const QgsCoordinateTransform &metricToOutput, OutputSink &points,
                         OutputSink &routes, QgsFeedback *feedback );

//! Writes the stretches of \a study into \a sink (stretchFields()), transformed by \a metricToOutput.
void writeStretches( const ApproachStudy &study, const QgsCoordinateTransform &metricToOutput, OutputSink &sink );

/**
 * Writes a barrier line along every stretch of \a study into \a barriers (perimeteroutputs.h's barrierFields():
 * kind open_ground_line, length_m, stretch_id, the stretch's fastest impact and ratings; no crossing or width),
 * transformed by \a metricToOutput.
 */
void writeStretchBarriers( const ApproachStudy &study, const QgsCoordinateTransform &metricToOutput,
                           OutputSink &barriers );

} // namespace eventsecurity
