#pragma once

#include "queueplan.h"
#include "vehicleclasses.h"

#include <qgscoordinatetransform.h>
#include <qgsfeature.h>
#include <qgsfields.h>

class QgsFeedback;

namespace eventsecurity
{

class OutputSink;

/**
 * Fields of the queues (OUTPUT_QUEUES, issue 16; polygons, one feature per pedestrian entry, without geometry when
 * there is no queue or its street was not found):
 * - entry (the entry's crossing_id, as in OUTPUT_ENTRIES), street, share (of the arrivals), lanes;
 * - peak_people, length_m (on the ground), drawn_m (the polygon's length along the street), spills, max_wait_min,
 *   peak_min (when the queue is longest, minutes from the opening of the gates), lanes_for_target (NULL: no lane
 *   count meets the target), lane_lost_wait_min (NULL: with a lane lost the queue never clears);
 * - impact_kmh, energy_kj, impact_by (ends_at_queue, beside_queue, facing_queue), vehicle: NULL where no vehicle
 *   reaches the queue; bomb_distance_m (NULL: no drivable street within the search distance);
 *   exposed_ramming, exposed_bomb, exposed;
 * - barrier_m, rating_astm, rating_iwa, rating_pas68 (the street-side barrier; ratings NULL where no vehicle
 *   reaches the queue); move_line_m, move_crossings, move_barrier_m (moving the search line out).
 */
QgsFields queueFields();

//! The feature of \a queue for \a vehicle, its polygon transformed by \a metricToOutput (a multipolygon).
QgsFeature queueFeature( const QueueResult &queue, const domain::VehicleClass &vehicle,
                         const QgsCoordinateTransform &metricToOutput );

//! Writes every queue of \a plan into \a sink. Returns false when cancelled.
bool writeQueues( const QueuePlan &plan, const domain::VehicleClass &vehicle,
                  const QgsCoordinateTransform &metricToOutput, OutputSink &sink, QgsFeedback *feedback );

} // namespace eventsecurity
