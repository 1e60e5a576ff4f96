#pragma once

#include "approachalgorithmbase.h"
#include "approachstudy.h"
#include "crossingplan.h"
#include "perimeteroutputs.h"
#include "perimeterreport.h"
#include "queueplan.h"
#include "threatcatalogue.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace eventsecurity
{

struct AreaInput;

//! What a perimeter design found, for the security layout that runs it as a step.
struct PerimeterOutcome
{
  PerimeterReportData report;          //!< the figures of the report, the crossings and their plan, the queues
  std::vector<EdgeImpact> edgeImpacts; //!< the vehicle approach to the cordon's edge (OUTPUT_IMPACTS)
  QStringList warnings;                //!< outcomes that make no plan or an unsafe one, in plain words
};

/**
 * eventsecurity:perimeterdesign — the vehicle-exclusion cordon around an event, the barriers, emergency gates
 * and pedestrian entries where the streets cross it, sized for the crowd, and a report for the city.
 *
 * Grows the event area by the standoff plus the penetration the plan allows (a vehicle bomb stopped by a barrier
 * stands up to that far past the line) into a buildable cordon (cordongeometry.h), studies the hostile vehicle
 * approach to it (approachstudy.h, the same study as eventsecurity:vehicleapproach), decides what each crossing
 * becomes and sizes the search lanes and exits (crossingplan.h), plans the queues outside the cordon at the entries
 * and their exposure (queueplan.h), states the residual blast risk and writes the report (perimeterreport.h).
 */
class PerimeterDesignAlgorithm : public ApproachAlgorithmBase
{
  Q_DECLARE_TR_FUNCTIONS( PerimeterDesignAlgorithm )

public:
  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString group() const override;
  QString groupId() const override;
  QString shortHelpString() const override;
  PerimeterDesignAlgorithm *createInstance() const override;

  //! What the last run found (empty before a run).
  const PerimeterOutcome &outcome() const { return mOutcome; }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  //! Reads and checks the parameters.
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                       QgsProcessingFeedback *feedback ) override;
  //! The steps: read the event area, draw the cordon, study the approach, plan the crossings, write, report.
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                              QgsProcessingFeedback *feedback ) override;

private:
  //! The event area in the metric frame, its name, size, centre and capacity.
  struct EventArea
  {
    QgsGeometry area;          //!< the union of its polygons
    QString name;              //!< its name field's value, or "event"
    double areaM2 = 0;         //!< in m²
    domain::PlanePoint centre; //!< its centroid, from which bearings are taken
    double capacity = 0;       //!< persons it holds at DENSITY
  };

  //! ATTENDANCE, ARRIVAL_MINUTES, ARRIVAL_PEAK_FACTOR, DENSITY, LANE_RATE_PPH, FLOW_RATE, EGRESS_MINUTES.
  void addCrowdParameters();
  //! THREAT and STANDOFF_M.
  void addThreatParameters();
  //! NAME_FIELD, PEDESTRIAN_EXPRESSION, EMERGENCY_GATES, MIN_ENTRIES, GATE_SEPARATION_DEG.
  void addPlanParameters();
  //! The queues' figures (queueparameters.h).
  void addQueueParameters();
  //! The cordon, the crossings, barriers and entries, the vehicle approach layers and the report.
  void addOutputParameters();
  //! Checks the crowd figures into mCrowd, each within its physical bound (physicalbounds.h).
  void loadCrowdParameters( const QVariantMap &parameters, QgsProcessingContext &context );
  //! The threat and the standoff (the chart's when STANDOFF_M is not set).
  void loadThreatParameters( const QVariantMap &parameters, QgsProcessingContext &context );
  //! The name field, the pedestrian expression and the gate and entry rules.
  void loadPlanParameters( const QVariantMap &parameters, QgsProcessingContext &context );
  //! The queues' figures into mQueue, each within its bounds (queueparameters.h).
  void loadQueueParameters( const QVariantMap &parameters, QgsProcessingContext &context );
  //! Count parameter \a name (gates, entries): throws unless it lies between 0 and a judgement-call bound.
  int countParameter( const QVariantMap &parameters, const QString &name, const QString &recommended,
                      QgsProcessingContext &context ) const;

  //! Throws unless the event area is polygons and the network lines, with at least one street.
  void checkInputs( const QgsProcessingFeatureSource &area, const QgsProcessingFeatureSource &network ) const;
  //! The event area in the metric frame; throws when it has no area, warns about repaired polygons.
  EventArea readEventArea( const QgsProcessingFeatureSource &area, const QgsCoordinateTransform &toMetric,
                           QgsProcessingFeedback *feedback );
  //! The buildable cordon around the event area (cordongeometry.h); throws when it comes out empty.
  QgsGeometry drawCordon( const QgsGeometry &eventArea, QgsProcessingFeedback *feedback ) const;
  //! The study's figures in the log; the warning when no street crosses the cordon.
  void reportStudy( const ApproachStudy &study, QgsProcessingFeedback *feedback );
  //! Warnings about the plan: the standoff, the egress, too few gates, too many people, no area.
  void warnAboutPlan( const CrossingPlan &plan, const EventArea &event, QgsProcessingFeedback *feedback );
  //! The warning when a vehicle bomb stopped by the barrier is closer to the crowd than the chart's mandatory distance.
  void warnAboutStandoff( QgsProcessingFeedback *feedback );
  //! The warning when the egress with the largest entry lost misses the target, or a single entry is left.
  void warnAboutEgress( const CrossingPlan &plan, QgsProcessingFeedback *feedback );
  //! The queues at the entries (queueplan.h), their notes in the log and their warnings; nullopt when cancelled.
  std::optional<QueuePlan> planEntryQueues( const QgsGeometry &cordon, const ApproachStudy &study,
                                            const CrossingPlan &plan, const QgsProcessingFeatureSource &network,
                                            const QgsCoordinateTransform &networkToMetric,
                                            QgsProcessingContext &context, QgsProcessingFeedback *feedback );
  //! The warning when open ground gives a faster approach to the cordon than every street (issue 13).
  void warnAboutOpenGround( const OpenGroundReportData &openGround, double fastestCrossingMs,
                            QgsProcessingFeedback *feedback );
  //! Pushes \a warning to the log and keeps it for the outcome.
  void warn( const QString &warning, QgsProcessingFeedback *feedback );
  //! Writes the layers asked for and returns the outputs.
  QVariantMap writeOutputs( const QVariantMap &parameters, QgsProcessingContext &context, const ApproachStudy &study,
                            const CrossingPlan &plan, const QueuePlan &queues, const CordonFeature &cordon,
                            const QgsCoordinateReferenceSystem &outputCrs, const QgsCoordinateTransform &metricToOutput,
                            QgsProcessingFeedback *feedback ) const;
  //! The cordon's feature: its geometry (metric frame) and the plan's figures.
  CordonFeature cordonFeature( const QgsGeometry &cordon, const EventArea &event, const CrossingPlan &plan ) const;
  //! The report's figures.
  PerimeterReportData reportData( const EventArea &event, const QgsGeometry &cordon, const CrossingPlan &plan,
                                  const QueuePlan &queues ) const;
  //! Writes OUTPUT_REPORT when asked for; returns its path (empty when not asked for).
  QString writeReport( const QVariantMap &parameters, QgsProcessingContext &context ) const;
  //! The key figures in the log.
  void reportSummary( QgsProcessingFeedback *feedback ) const;
  //! The queues' key figures in the log.
  void reportQueueSummary( const QueuePlan &queues, QgsProcessingFeedback *feedback ) const;

  CrowdSettings mCrowd;            //!< the crowd and the planning rules
  domain::ThreatType mThreat;      //!< the chart's row
  bool mStandoffFromChart = false; //!< STANDOFF_M not set: the chart's mandatory distance
  double mStandoffM = 0;           //!< a vehicle stopped by a barrier stays this far from the event area
  double mBarrierLineM = 0;        //!< the barrier line stands this far out: the standoff + the allowed penetration
  QueueSettings mQueue;            //!< the queues' figures
  PerimeterOutcome mOutcome;       //!< what the last run found
};

} // namespace eventsecurity
