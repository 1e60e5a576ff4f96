// eventsecurity:standoffzones — blast standoff rings around points or polygons, with road closures and
// building exposure.
#ifndef STANDOFFZONESALGORITHM_H
#define STANDOFFZONESALGORITHM_H

#include "eventsecurityalgorithm.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace eventsecurity
{

/**
 * Draws non-overlapping zones (rings) of one bomb threat around each input feature, either the NCTC/DHS
 * stand-off chart's evacuation distances or Kingery-Bulmash overpressure thresholds, and lists the road
 * stretches to close and the buildings exposed. Physics and tables live in algorithms/domain.
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
    QString key;    // machine key: mandatory_evacuation, shelter_in_place, kpa_34.5
    QString effect; // translated text
    double innerM = 0;
    double outerM = 0;
    std::optional<double> outerKpa; // incident overpressure at outerM; empty outside the fit
  };

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                         QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;

private:
  QString mThreatKey;
  double mChargeKg = 0;
  int mMethod = 0;
  std::vector<Zone> mZones;   // innermost first
  double mClosureRadiusM = 0; // roads within this distance are closed
  QString mClosureZoneKey;
};

} // namespace eventsecurity

#endif
