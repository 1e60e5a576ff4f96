#pragma once

#include "approachsearch.h"
#include "impactranges.h"

#include <qgscoordinatetransform.h>
#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgsgeometry.h>

#include <optional>

class QgsFeedback;

namespace eventsecurity
{

class ApproachStudy;
class OutputSink;

/**
 * Fields of the impact points (vehicle approach's OUTPUT_POINTS, perimeter design's OUTPUT_IMPACTS): impact_kmh,
 * runup_m (the distance since the last point where the speed was bound: the route's start, a bend or a junction),
 * route_m (the whole critical route), entry_kmh (the speed at which the route entered the study area; NULL when
 * it starts at rest or on a lap), energy_kj, angle_deg (the street's final approach against the protected area's
 * edge, 90 = head-on; the ratings carry the test's 90), vehicle, mass_kg, rating_astm, rating_iwa, rating_pas68
 * (with the penetration the plan allows), network_fid (the street the route arrives on; NULL over open ground), kind
 * (street: where a street crosses the edge; open_ground: along a stretch of the edge open ground reaches) and
 * stretch_id (open ground: the stretch, as in the stretches' output; NULL for a street); then the ranged run's fields
 * (appendImpactRangeFields()).
 */
QgsFields impactPointFields();

/**
 * Appends the ranged run's fields (issue 16: SAMPLES > 0) for impact points and crossings: impact_kmh_p50,
 * impact_kmh_p95 (the median and 95th percentile of the sampled impact speeds), energy_kj_p95 (of the sampled
 * energies) and rating_kmh (the speed the ratings are chosen on: approachranges.h, ratingSpeedMs()). All NULL in a
 * deterministic run (SAMPLES = 0), whose ratings are chosen on impact_kmh, and where no vehicle reaches.
 */
void appendImpactRangeFields( QgsFields &fields );
//! Appends the values of appendImpactRangeFields() for an impact at the deterministic \a speedMs with \a spread.
void appendImpactRangeValues( QgsAttributes &attributes, bool reachable, double speedMs,
                              const std::optional<domain::ImpactSpread> &spread );
//! Sets the fields of appendImpactRangeFields() on \a feature, by name, as appendImpactRangeValues() gives them.
void setImpactRangeAttributes( QgsFeature &feature, bool reachable, double speedMs,
                               const std::optional<domain::ImpactSpread> &spread );
/**
 * Fields of the critical routes (LineStringM, M = km/h): impact_kmh, runup_m, route_m, start_kmh, entry_kmh, kind
 * (as the impact point's).
 */
QgsFields criticalRouteFields();
/**
 * Fields of the approach speeds on the network: network_fid (NULL for an open-ground leg), width_m, max_kmh, kind
 * (street, or open_ground_leg: a straight leg over open ground).
 */
QgsFields approachSpeedFields();
//! The route of \a impact as a line whose M values are the speeds in km/h (metric frame).
QgsGeometry criticalRouteGeometry( const domain::ImpactResult &impact );

/**
 * Writes a point for every edge impact of \a study that a vehicle can reach into \a points, then every open-ground
 * target's (opengroundoutputs.h), and its route into \a routes when that sink is open, transformed by
 * \a metricToOutput. Returns false when cancelled.
 */
bool writeImpactPoints( const ApproachStudy &study, const QgsCoordinateTransform &metricToOutput, OutputSink &points,
                        OutputSink &routes, QgsFeedback *feedback );

//! Writes every street of the study with the highest speed on it toward the protected area (NULL where none
//! reaches it) into \a speeds. Returns false when cancelled.
bool writeApproachSpeeds( const ApproachStudy &study, const QgsCoordinateTransform &metricToOutput, OutputSink &speeds,
                          QgsFeedback *feedback );

} // namespace eventsecurity
