// eventsecurity:perimeterdesign — the vehicle-exclusion cordon around an event, the barriers, emergency
// gates and pedestrian entries where the streets cross it, sized for the crowd, and a report for the city.
#ifndef PERIMETERDESIGNALGORITHM_H
#define PERIMETERDESIGNALGORITHM_H

#include "threatcatalogue.h"
#include "vehicleclasses.h"

#include "eventsecurityalgorithm.h"

#include <QCoreApplication>

namespace eventsecurity
{

/**
 * Grows the event area by the standoff into a buildable cordon, finds where the street network crosses
 * it, rates a barrier at each crossing with the vehicle approach search (approachsearch.h), chooses the
 * emergency gates and pedestrian entries (perimeterplan.h), sizes the search lanes and exits (crowd.h),
 * states the residual blast risk (kingerybulmash.h, threatcatalogue.h) and writes an HTML report.
 */
class PerimeterDesignAlgorithm : public EventSecurityAlgorithm
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

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                         QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;

private:
  double mAttendance = 0;
  double mArrivalMinutes = 0;
  double mDensity = 0;
  double mLaneRatePerHour = 0;
  double mFlowRate = 0;
  double mEgressMinutes = 0;
  domain::ThreatType mThreat;
  bool mStandoffFromChart = false; // STANDOFF_M not set: the chart's mandatory distance
  double mStandoffM = 0;
  domain::VehicleClass mVehicle;
  double mStartSpeedMs = 0;
  double mSearchDistanceM = 0;
  double mDefaultWidthM = 0;
  double mFriction = 0;
  double mToleranceM = 0;
  int mGateCount = 0;
  int mMinimumEntries = 0;
  double mGateSeparationDeg = 0;
};

} // namespace eventsecurity

#endif
