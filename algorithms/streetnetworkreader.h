// Reads a QGIS line layer (a street network) into the domain's street lines, in the metric frame,
// clipped to a region: shared by the vehicle approach and perimeter design algorithms.
#ifndef STREETNETWORKREADER_H
#define STREETNETWORKREADER_H

#include "streetgraph.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureid.h>
#include <qgsgeometry.h>

#include <QString>
#include <QVariant>

#include <vector>

class QgsProcessingFeatureSource;
class QgsProcessingContext;
class QgsProcessingFeedback;

namespace eventsecurity
{

struct StreetNetworkSettings
{
  QString widthField; //!< carriageway width in metres; empty, NULL, non-numeric or <= 0: the default
  double defaultWidthM = 7;
  QString onewayField;       //!< OSM-style oneway values; empty: every street two-way
  QString excludeExpression; //!< features for which it is true are left out (e.g. bollarded ways)
  QgsGeometry region;        //!< metric frame; lines are clipped to it (empty: no clipping)
};

struct StreetNetwork
{
  std::vector<domain::StreetLine> lines; //!< metric frame, one per single part after clipping
  std::vector<QgsFeatureId> featureIds;  //!< per line: the feature it comes from
  //! Per line: whether its first / last point is where the clipping cut the feature (on the region's edge).
  std::vector<bool> startIsCut;
  std::vector<bool> endIsCut;
  long long featuresRead = 0;
  long long featuresExcluded = 0;
};

//! OSM `oneway` values: yes/true/1 -> Forward, -1/reverse -> Backward, anything else (no, NULL...) -> No.
domain::OneWay onewayFromValue( const QVariant &value );

/**
 * Reads the lines of \a source (features intersecting the region only, when one is given), transformed
 * by \a toMetric, clipped to settings.region. Reports progress from \a progressFrom to \a progressTo.
 * Throws QgsProcessingException for a bad expression or field, or when a geometry cannot be reprojected.
 * Returns an empty network when canceled.
 */
StreetNetwork readStreetNetwork( QgsProcessingFeatureSource &source, const QgsCoordinateTransform &toMetric,
                                 const StreetNetworkSettings &settings, QgsProcessingContext &context,
                                 QgsProcessingFeedback *feedback, double progressFrom = 0, double progressTo = 100 );

} // namespace eventsecurity

#endif
