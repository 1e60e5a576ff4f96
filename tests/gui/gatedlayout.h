// A stand-in for eventsecurity:securitylayout in the dock's offscreen tests: the real algorithm's parameters, a
// plan the real algorithm wrote once (its GeoPackage and outputs), and a gate the test opens. The plan "runs"
// on the task's thread until the test lets it finish, fail or be cancelled, so the project can change at a
// known moment. It reads no layer after it has started, as issue 14 asks of the real algorithms.
#pragma once

#include <qgsprocessingalgorithm.h>
#include <qgsprocessingprovider.h>

#include <QVariantMap>

#include <atomic>
#include <memory>
#include <vector>

namespace eventsecurity::test
{

//! What the next gated plan does once the gate opens (set by the test, read by the task's thread).
struct Gate
{
  std::atomic<bool> open{ false };
  std::atomic<bool> running{ false }; //!< the plan is waiting at the gate
  QString failWith;                   //!< the error to fail with ("" = succeed); set before the plan starts
  QString warnings;                   //!< the WARNINGS output; set before the plan starts
};
Gate &gate();

//! The outputs of the real plan the stand-in hands out (GeoPackage copied to OUTPUT_GPKG each time).
struct CannedPlan
{
  QString geopackage;
  QVariantMap results;
  std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> parameters; //!< the real algorithm's
  QVariant attendanceDefault; //!< the stand-in's ATTENDANCE default (invalid: none)
};
CannedPlan &cannedPlan();

class GatedLayoutAlgorithm : public QgsProcessingAlgorithm
{
public:
  QString name() const override { return QStringLiteral( "securitylayout" ); }
  QString displayName() const override { return QStringLiteral( "Gated security layout" ); }
  GatedLayoutAlgorithm *createInstance() const override { return new GatedLayoutAlgorithm(); }
  void initAlgorithm( const QVariantMap & ) override;

protected:
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;
};

//! Registered as "eventsecurity" in place of the real provider: the dock finds the stand-in.
class GatedProvider : public QgsProcessingProvider
{
public:
  QString id() const override { return QStringLiteral( "eventsecurity" ); }
  QString name() const override { return QStringLiteral( "Gated event security" ); }

protected:
  void loadAlgorithms() override { addAlgorithm( new GatedLayoutAlgorithm() ); }
};

} // namespace eventsecurity::test
