#pragma once

// The Processing provider "Event security" (id eventsecurity) and its algorithm groups.

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

//! The id of a toolbox group ("blast").
QString groupId( AlgorithmGroup group );
//! The translated name of a toolbox group ("Blast threat").
QString groupName( AlgorithmGroup group );

/**
 * Provider of every Event Security Planner algorithm. Algorithms use Q_DECLARE_TR_FUNCTIONS( ClassName )
 * so their strings get a translation context of their own.
 */
class EventSecurityProvider : public QgsProcessingProvider
{
  Q_OBJECT

public:
  //! The provider; initialises the algorithms' Qt resources (icons).
  explicit EventSecurityProvider( QObject *parent = nullptr );

  //! "eventsecurity", the prefix of every algorithm id.
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
