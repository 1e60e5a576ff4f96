#pragma once

#include "eventsecurityalgorithm.h"
#include "threatcatalogue.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace eventsecurity
{

class MetricFrame;

/**
 * eventsecurity:standoffzones — blast standoff rings around points or polygons, with road closures and building
 * exposure.
 *
 * Draws non-overlapping zones (rings) of one bomb threat around each input feature, either the NCTC/DHS stand-off
 * chart's evacuation distances or Kingery-Bulmash overpressure thresholds, and lists the road stretches to close
 * and the buildings exposed. Physics and tables live in algorithms/domain.
 */
class StandoffZonesAlgorithm : public EventSecurityAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( StandoffZonesAlgorithm )

public:
  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString group() const override;
  QString groupId() const override;
  QString shortHelpString() const override;
  StandoffZonesAlgorithm *createInstance() const override;

  //! One ring: from innerM to outerM metres around (or from the edge of) the source feature.
  struct Zone
  {
    QString key;                    //!< machine key: mandatory_evacuation, shelter_in_place, kpa_34.5
    QString effect;                 //!< translated text
    double innerM = 0;              //!< inner radius
    double outerM = 0;              //!< outer radius
    std::optional<double> outerKpa; //!< incident overpressure at outerM; empty outside the fit
  };

  //! What a run found in one zone, for the security layout's report.
  struct ZoneSummary
  {
    Zone zone;              //!< the zone
    double areaM2 = 0;      //!< of the zone's rings
    int buildings = 0;      //!< exposed buildings whose innermost zone it is
    double closedRoadM = 0; //!< road length closed in it (the closure zone only)
  };

  //! The zones of the last run, innermost first (empty before a run).
  const std::vector<ZoneSummary> &zoneSummaries() const { return mSummaries; }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  //! The charge and the zones (chart or overpressure), the closure distance.
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                       QgsProcessingFeedback *feedback ) override;
  //! The steps: read the sources, write the zones, close the roads, list the exposed buildings, log a summary.
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                              QgsProcessingFeedback *feedback ) override;

private:
  //! A source feature in the metric frame.
  struct Shape
  {
    QgsFeatureId fid;     //!< the source feature
    QgsGeometry geometry; //!< metric frame
    bool isSinglePoint;   //!< rings are concentric circles
  };

  //! The sources in the metric frame; throws when there is none.
  std::vector<Shape> readShapes( const QgsProcessingFeatureSource &source, const QgsCoordinateTransform &toMetric,
                                 QgsProcessingFeedback *feedback ) const;
  //! Writes OUTPUT; false when cancelled.
  bool writeZones( const QVariantMap &parameters, QgsProcessingContext &context, const std::vector<Shape> &shapes,
                   const QgsCoordinateReferenceSystem &crs, const QgsCoordinateTransform &metricToInput,
                   QVariantMap &outputs, QgsProcessingFeedback *feedback );
  //! Writes OUTPUT_ROADS when ROADS is given; false when cancelled.
  bool closeRoads( const QVariantMap &parameters, QgsProcessingContext &context, const std::vector<Shape> &shapes,
                   const MetricFrame &frame, QVariantMap &outputs, QgsProcessingFeedback *feedback );
  //! Writes OUTPUT_BUILDINGS when BUILDINGS is given; false when cancelled.
  bool exposeBuildings( const QVariantMap &parameters, QgsProcessingContext &context, const std::vector<Shape> &shapes,
                        const MetricFrame &frame, QVariantMap &outputs, QgsProcessingFeedback *feedback );
  //! One line per zone in the log.
  void reportSummary( bool withRoads, bool withBuildings, QgsProcessingFeedback *feedback ) const;

  QString mThreatKey;   //!< the threat catalogue key, or "custom"
  double mChargeKg = 0; //!< TNT equivalent
  //! The chart's hand-held row that floors the distances of a person-borne charge (nullptr for a vehicle bomb).
  const domain::ThreatType *mFloorRow = nullptr;
  int mMethod = 0;            //!< chart or overpressure
  int mSegments = 0;          //!< per quarter circle
  std::vector<Zone> mZones;   // innermost first
  double mClosureRadiusM = 0; // roads within this distance are closed
  QString mClosureZoneKey;    //!< the zone the closed roads are in
  int mClosedParts = 0;       // road stretches closed
  double mClosedRoadM = 0;    // their length
  std::vector<ZoneSummary> mSummaries;
};

} // namespace eventsecurity
