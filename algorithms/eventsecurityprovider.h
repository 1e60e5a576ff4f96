// The Processing provider "Event security" (id eventsecurity) and its algorithm groups.
#ifndef EVENTSECURITYPROVIDER_H
#define EVENTSECURITYPROVIDER_H

#include <qgsprocessingprovider.h>

#include <QCoreApplication>

namespace eventsecurity
{

//! The toolbox groups; each algorithm names its group through these so ids and titles stay consistent.
enum class AlgorithmGroup
{
  Blast,
  VehicleThreat,
  Perimeter,
  Layout,
};

QString groupId( AlgorithmGroup group );
QString groupName( AlgorithmGroup group );

/**
 * Provider of every Event Security Planner algorithm. Algorithms use Q_DECLARE_TR_FUNCTIONS( ClassName )
 * so their strings get a translation context of their own.
 */
class EventSecurityProvider : public QgsProcessingProvider
{
  Q_OBJECT

public:
  explicit EventSecurityProvider( QObject *parent = nullptr );

  static QString providerId() { return QStringLiteral( "eventsecurity" ); }

  QIcon icon() const override;
  QString svgIconPath() const override;
  QString id() const override;
  QString name() const override;
  QString longName() const override;
  QString helpId() const override;
  QString versionInfo() const override;
  bool supportsNonFileBasedOutput() const override { return true; }

protected:
  void loadAlgorithms() override;
};

} // namespace eventsecurity

#endif
