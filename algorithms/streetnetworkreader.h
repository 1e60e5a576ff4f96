#pragma once

#include "streetgraph.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureid.h>
#include <qgsgeometry.h>

#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

class QgsProcessingFeatureSource;
class QgsProcessingContext;
class QgsProcessingFeedback;

namespace eventsecurity
{

//! What to read of a street layer, and where.
struct StreetNetworkSettings
{
  QString widthField;           //!< carriageway width in metres; empty, NULL, non-numeric or <= 0: the default
  double defaultWidthM = 7;     //!< for streets without a width value
  QString maxspeedField;        //!< speed limits as OSM's maxspeed writes them (speedLimitFromValue); empty: none
  QString onewayField;          //!< OSM-style oneway values; empty: every street two-way
  QString excludeExpression;    //!< streets for which it is true are not drivable (e.g. bollarded ways)
  QString pedestrianExpression; //!< streets for which it is true are footways or pedestrian streets
  QString nameField;            //!< the street's name; empty: none
  QgsGeometry region;           //!< metric frame; lines are clipped to it (empty: no clipping)
};

//! The streets read, one line per single part after clipping, in the metric frame.
struct StreetNetwork
{
  std::vector<domain::StreetLine> lines; //!< excluded streets are kept with drivable = false
  std::vector<QgsFeatureId> featureIds;  //!< per line: the feature it comes from
  //! Per line: whether its first / last point is where the clipping cut the feature (on the region's edge).
  std::vector<bool> startIsCut;
  std::vector<bool> endIsCut;
  std::vector<QString> names;   //!< per line: the name field's value (empty when none)
  std::vector<bool> pedestrian; //!< per line: the pedestrian expression's verdict
  //! Per line: the street's speed limit in km/h (+infinity: no limit), nullopt when it has none that says a number.
  std::vector<std::optional<double>> speedLimitsKmh;
  long long featuresRead = 0;     //!< features near the region
  long long featuresExcluded = 0; //!< of those, left out of the vehicle model by the exclusion expression
  QString evaluationError;        //!< the first error met evaluating an expression on a street (empty: none)

  //! Whether a vehicle may drive on at least one line.
  bool hasDrivableLine() const;
};

/**
 * A speed limit field's value in km/h, as domain::parseMaxspeedKmh reads OSM's maxspeed ("50", "30 mph", "walk",
 * "none" = +infinity, "DE:urban", "50;30"); nullopt for NULL or a value that says no number ("signals").
 */
std::optional<double> speedLimitFromValue( const QVariant &value );

//! OSM `oneway` values: yes/true/1 -> Forward, -1/reverse -> Backward, anything else (no, NULL...) -> No.
domain::OneWay onewayFromValue( const QVariant &value );

/**
 * Reads the lines of \a source (features intersecting the region only, when one is given), transformed
 * by \a toMetric, clipped to settings.region, with their width, speed limit, one-way rule, name and what the
 * expressions say. Reports progress from \a progressFrom to \a progressTo.
 * Throws QgsProcessingException for a bad expression or field, or when a geometry cannot be reprojected.
 * Returns an empty network when canceled.
 */
StreetNetwork readStreetNetwork( const QgsProcessingFeatureSource &source, const QgsCoordinateTransform &toMetric,
                                 const StreetNetworkSettings &settings, QgsProcessingContext &context,
                                 QgsProcessingFeedback *feedback, double progressFrom = 0, double progressTo = 100 );

} // namespace eventsecurity
