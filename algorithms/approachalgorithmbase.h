#pragma once

#include "eventsecurityalgorithm.h"
#include "vehicleclasses.h"

#include <QCoreApplication>
#include <QString>

namespace eventsecurity
{

//! The hostile vehicle approach model's settings: what the algorithms that study an approach share.
struct ApproachSettings
{
  domain::VehicleClass vehicle; //!< the chosen class, with the algorithm's overrides applied
  double startSpeedMs = 0;      //!< speed entering the study area (START_SPEED_KMH)
  double searchDistanceM = 0;   //!< how far around the protected area streets are studied
  double defaultWidthM = 0;     //!< carriageway width of a street without a width value
  double friction = 0;          //!< tyre-road friction coefficient of the bend limit
  double toleranceM = 0;        //!< street ends closer than this are joined
  bool respectOneway = false;   //!< hostile drivers ignore one-way rules unless this is set
  QString widthField;           //!< streets' width field (empty: DEFAULT_WIDTH_M for all)
  QString onewayField;          //!< OSM-style one-way field (empty: every street two-way)
  QString excludeExpression;    //!< streets left out of the vehicle model (e.g. bollarded)
  QString pedestrianExpression; //!< footways and pedestrian streets
  QString nameField;            //!< the streets' name field

  //! The entry speed the search uses: START_SPEED_KMH, at most the vehicle's top speed.
  double entrySpeedMs() const;
};

/**
 * Base of the algorithms that study a hostile vehicle approach over a street network (vehicle approach,
 * perimeter design), as QgsNetworkAnalysisAlgorithmBase is for QGIS's network analysis: the parameters they
 * share are declared and read here, once, so the algorithms can never disagree about a label, a bound or a
 * default (the model and its sources are in approachstudy.h).
 */
class ApproachAlgorithmBase : public EventSecurityAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( ApproachAlgorithmBase )

protected:
  //! NETWORK: the street lines.
  void addNetworkParameter();
  //! VEHICLE: a row of the vehicle table (default: the 7.5 t truck).
  void addVehicleParameter();
  /**
   * START_SPEED_KMH, SEARCH_DISTANCE_M, WIDTH_FIELD, DEFAULT_WIDTH_M, EXCLUDE_EXPRESSION, and the advanced
   * FRICTION and TOLERANCE_M.
   */
  void addApproachParameters();

  //! Reads and checks the shared parameters into mApproach (in prepare); throws naming the parameter to fix.
  void loadApproachParameters( const QVariantMap &parameters, QgsProcessingContext &context );

  //! The shared parameters as read in prepare, for the ApproachStudy of processChecked().
  ApproachSettings mApproach;
};

} // namespace eventsecurity
