// eventsecurity:vehicleapproach — the fastest a hostile vehicle can hit each point where the street network
// meets a protected area, the route that gets there, and the barrier rating that stops it.
#ifndef VEHICLEAPPROACHALGORITHM_H
#define VEHICLEAPPROACHALGORITHM_H

#include "vehicleclasses.h"

#include "eventsecurityalgorithm.h"

#include <QCoreApplication>

namespace eventsecurity
{

/**
 * Builds the street graph of the network around the protected area once, runs the maximum approach speed
 * search of algorithms/domain/approachsearch.h on it and writes the impact points (with the barrier
 * ratings of barrierratings.h), the critical routes (LineStringM, M = km/h) and the speed on every street.
 */
class VehicleApproachAlgorithm : public EventSecurityAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( VehicleApproachAlgorithm )

public:
  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString group() const override;
  QString groupId() const override;
  QString shortHelpString() const override;
  VehicleApproachAlgorithm *createInstance() const override;

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                         QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;

private:
  domain::VehicleClass mVehicle; // the chosen class with the overrides applied
  double mStartSpeedMs = 0;
  double mSearchDistanceM = 0;
  double mFriction = 0;
  double mDefaultWidthM = 0;
  double mToleranceM = 0;
  bool mRespectOneway = false;
};

} // namespace eventsecurity

#endif
