#pragma once

#include "openground.h"

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>

#include <QString>
#include <QStringList>

#include <vector>

class QgsFeedback;
class QgsProcessingContext;
class QgsProcessingFeatureSource;

// The open ground of issue 13 as the algorithms read it: the OPEN_AREAS and OBSTACLES layers, in any CRS, into the
// domain's input (openground.h) in the study's metric frame, clipped to the study area.
namespace eventsecurity
{

//! OBSTACLE_RADIUS_M's default, m: a slim bollard (about 0.2 m across): the smallest obstacle is the safe side (a
//! JUDGEMENT CALL: a larger one leaves less room, so lower speeds).
constexpr double kDefaultObstacleRadiusM = 0.1;
//! The largest radius of a point obstacle, m (a JUDGEMENT CALL: anything larger, a kiosk or a fountain, is drawn as
//! a polygon).
constexpr double kMaxObstacleRadiusM = 100;
//! REMOVABLE_EXPRESSION's default: the OSM bollard=* values for bollards that can be taken away or lowered (OSM wiki,
//! Key:bollard: rising, removable, foldable; retractable, a word some mappers use for rising).
constexpr const char *kDefaultRemovableExpression = "\"bollard\" IN ('removable', 'rising', 'foldable', 'retractable')";

//! The open-ground settings of an approach study (the parameters of ApproachAlgorithmBase::addOpenGroundParameters).
struct OpenGroundSettings
{
  double obstacleRadiusM = kDefaultObstacleRadiusM; //!< OBSTACLE_RADIUS_M
  QString obstacleRadiusField;                      //!< OBSTACLE_RADIUS_FIELD (empty: none)
  QString removableExpression;                      //!< REMOVABLE_EXPRESSION (empty: no point is removable)
  bool removableBarriersOpen = true;                //!< REMOVABLE_BARRIERS_OPEN
  double impactSpacingM = 10;                       //!< IMPACT_SPACING_M
};

//! One open-ground input layer: its features and the transform into the metric frame.
struct OpenGroundLayer
{
  const QgsProcessingFeatureSource *source = nullptr; //!< owned by the algorithm for the run
  QgsCoordinateTransform toMetric;
  QString name; //!< the layer's name, as the user knows it
};

//! The open-ground layers of a study: OPEN_AREAS (none or one) and OBSTACLES (any number).
struct OpenGroundLayers
{
  std::vector<OpenGroundLayer> openAreas;
  std::vector<OpenGroundLayer> obstacles;
  //! Neither input: the study is the streets' alone, exactly as before issue 13.
  bool empty() const { return openAreas.empty() && obstacles.empty(); }
};

//! The open-ground layers read in the metric frame, and what the user should know about them.
struct OpenGroundRead
{
  std::vector<domain::PlanePolygon> openAreas; //!< clipped to the study area, joined where they overlap
  std::vector<domain::PlanePolygon> obstacleAreas;
  std::vector<std::vector<domain::PlanePoint>> obstacleLines;
  std::vector<domain::PointObstacle> obstaclePoints;
  QStringList warnings; //!< polygons repaired or left out: one line each
  QStringList notes;    //!< curves made straight, radii and removability not read: one line each
};

/**
 * Reads \a layers into the metric frame. Open areas are clipped to \a studyArea and joined; obstacle polygons and
 * lines are kept where they come within \a obstacleMarginM of an open area (elsewhere they cannot matter), obstacle
 * points anywhere in the study area (a bollard on a street closes it). Invalid polygons are repaired with make valid,
 * curves made straight (both noted); null and empty geometries are skipped. A point gets the radius in
 * settings.obstacleRadiusField when it has a number there, else settings.obstacleRadiusM; it is removable when
 * settings.removableExpression holds for it (a layer without the expression's fields: fixed, noted). Throws a
 * QgsProcessingException for a negative or too large radius, a bad expression, or a geometry that cannot be
 * reprojected. Returns what was read so far when \a feedback is cancelled.
 */
OpenGroundRead readOpenGround( const OpenGroundLayers &layers, const OpenGroundSettings &settings,
                               const QgsGeometry &studyArea, double obstacleMarginM, QgsProcessingContext &context,
                               QgsFeedback *feedback );

//! The polygons of \a geometry (metric frame) as the domain's, without the rings' closing points.
std::vector<domain::PlanePolygon> planePolygons( const QgsGeometry &geometry );

} // namespace eventsecurity
