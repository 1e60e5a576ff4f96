#pragma once

#include "approachalgorithmbase.h"

#include <QCoreApplication>

namespace eventsecurity
{

class ApproachStudy;
struct AreaInput;
struct EdgeImpact;

/**
 * eventsecurity:vehicleapproach — the fastest a hostile vehicle can hit each point where the street network
 * meets a protected area, the route that gets there, and the barrier rating that stops it: an ApproachStudy
 * (approachstudy.h) of the protected area, written as impact points (with the ratings of barrierratings.h),
 * critical routes (LineStringM, M = km/h) and the speed on every street; with open ground (OPEN_AREAS, OBSTACLES:
 * issue 13) also along the stretches of the protected area's edge it reaches, and on its legs.
 */
class VehicleApproachAlgorithm : public ApproachAlgorithmBase
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
  //! Reads and checks the parameters, the vehicle overrides and the one-way settings.
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                       QgsProcessingFeedback *feedback ) override;
  //! The steps: read the protected area, study the approach, write the impact points, routes and speeds.
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                              QgsProcessingFeedback *feedback ) override;

private:
  //! The outputs' part of the help: each layer and its fields.
  static void addOutputsHelp( HelpPage &page );
  //! MASS_KG, ACCEL_MS2 and MAX_SPEED_KMH applied to the chosen vehicle class (each within a real vehicle's bounds).
  void applyVehicleOverrides( const QVariantMap &parameters, QgsProcessingContext &context );
  //! The protected area's polygons in the metric frame; throws when there is none with an area.
  AreaInput readProtectedArea( const QgsProcessingFeatureSource &area, const QgsCoordinateTransform &toMetric,
                               QgsProcessingFeedback *feedback ) const;
  //! Throws when no street a vehicle may drive on lies within the search distance.
  void requireDrivableStreets( const ApproachStudy &study ) const;
  //! The study's figures in the log; an error line when no street crosses the protected area's edge.
  void reportStudy( const ApproachStudy &study, QgsProcessingFeedback *feedback ) const;
  //! Writes the impact points, routes and network speeds asked for; returns the outputs.
  QVariantMap writeOutputs( const QVariantMap &parameters, QgsProcessingContext &context, const ApproachStudy &study,
                            const QgsCoordinateReferenceSystem &outputCrs, const QgsCoordinateTransform &metricToOutput,
                            QgsProcessingFeedback *feedback ) const;
  //! The vehicle and the fastest impact in the log.
  void reportSummary( const ApproachStudy &study, QgsProcessingFeedback *feedback ) const;
  //! The fastest impact's run-up, route, entry speed and ratings in the log.
  void reportFastest( const ApproachStudy &study, const EdgeImpact &fastest, QgsProcessingFeedback *feedback ) const;
  //! The open ground's impacts in the log; a warning when its fastest beats \a fastestStreetMs (-1: none).
  void reportOpenGroundImpacts( const ApproachStudy &study, double fastestStreetMs,
                                QgsProcessingFeedback *feedback ) const;
};

} // namespace eventsecurity
