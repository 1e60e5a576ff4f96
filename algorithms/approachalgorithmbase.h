#pragma once

#include "approachranges.h"
#include "approachsearch.h"
#include "barrierratings.h"
#include "bendgeometry.h"
#include "eventsecurityalgorithm.h"
#include "opengroundinput.h"
#include "physicalbounds.h"
#include "vehicleclasses.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace eventsecurity
{

class ApproachStudy;
class HelpPage;
class MetricFrame;

//! The hostile vehicle approach model's settings: what the algorithms that study an approach share.
struct ApproachSettings
{
  //! The chosen class, with the algorithm's overrides applied (ROLLOVER_G in rolloverThresholdG).
  domain::VehicleClass vehicle;
  double startSpeedMs = 0;    //!< speed entering the study area where a street has no speed limit (START_SPEED_KMH)
  double searchDistanceM = 0; //!< how far around the protected area streets are studied
  double defaultWidthM = 0;   //!< carriageway width of a street without a width value
  double friction = 0;        //!< tyre-road friction coefficient of the bend limit
  //! Inner kerb radius of junction corners (KERB_RADIUS_M; 0 = a sharp corner).
  double kerbRadiusM = domain::kDefaultKerbRadiusM;
  //! Vertices this close to a straight line make no bend (DIGITISING_TOLERANCE_M).
  double digitisingToleranceM = domain::kDefaultDigitisingToleranceM;
  //! How far a vehicle may get past a barrier line, written into the ratings (PENETRATION_M).
  double allowedPenetrationM = domain::kDefaultAllowedPenetrationM;
  double toleranceM = 0;         //!< street ends closer than this are joined
  bool respectOneway = false;    //!< hostile drivers ignore one-way rules unless this is set
  QString widthField;            //!< streets' width field (empty: DEFAULT_WIDTH_M for all)
  QString maxspeedField;         //!< streets' speed limit field, OSM maxspeed values (empty: START_SPEED_KMH for all)
  QString onewayField;           //!< OSM-style one-way field (empty: every street two-way)
  QString excludeExpression;     //!< streets left out of the vehicle model (e.g. bollarded)
  QString pedestrianExpression;  //!< footways and pedestrian streets
  QString nameField;             //!< the streets' name field
  OpenGroundSettings openGround; //!< OBSTACLE_RADIUS_M, REMOVABLE_EXPRESSION... (issue 13, opengroundinput.h)
  ImpactRangeSettings ranges;    //!< the ranged run (SAMPLES > 0) or none (approachranges.h)

  //! The entry speed where a street has no speed limit: START_SPEED_KMH, at most the vehicle's top speed.
  double entrySpeedMs() const;
  //! The entry speed of a street with speed limit \a limitKmh (+infinity: none), START_SPEED_KMH without one; at
  //! most the vehicle's top speed.
  double entrySpeedMs( const std::optional<double> &limitKmh ) const;
  /**
   * The entry speed of a street with speed limit \a limitKmh (as above) times \a factor, at most \a topSpeedMs: a
   * sample of the ranged run (entry speed factor, the sample's vmax).
   */
  double entrySpeedMs( const std::optional<double> &limitKmh, double factor, double topSpeedMs ) const;
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

public:
  /**
   * The shared parameters' part of an algorithm's help: the model of entry speeds, bends and junctions and the
   * ratings with their penetration, its sources and judgement calls (addApproachSourcesAndJudgementCalls()).
   */
  static void addApproachModelHelp( HelpPage &page );
  //! The approach model's sources and judgement calls alone, for a help that refers to the model elsewhere.
  static void addApproachSourcesAndJudgementCalls( HelpPage &page );
  //! What the approach model leaves out and the values it refuses.
  static void addApproachLimits( HelpPage &page );
  //! The ranged run's part of the help: SAMPLES and the other range parameters, the fields, the judgement calls.
  static void addImpactRangesHelp( HelpPage &page );
  //! The open ground's part of the help (OPEN_AREAS, OBSTACLES and their settings): the model, the defaults, the
  //! limits.
  static void addOpenGroundHelp( HelpPage &page );

protected:
  //! NETWORK: the street lines.
  void addNetworkParameter();
  //! VEHICLE: a row of the vehicle table (default: the 7.5 t truck).
  void addVehicleParameter();
  /**
   * START_SPEED_KMH, MAXSPEED_FIELD, SEARCH_DISTANCE_M, WIDTH_FIELD, DEFAULT_WIDTH_M, KERB_RADIUS_M, PENETRATION_M,
   * EXCLUDE_EXPRESSION, and the advanced FRICTION, ROLLOVER_G, TOLERANCE_M and DIGITISING_TOLERANCE_M; then the open
   * ground's (addOpenGroundParameters()) and the ranged run's (addImpactRangeParameters()).
   */
  void addApproachParameters();

  /**
   * Reads and checks the shared parameters into mApproach (in prepare, after the snapshots: MAXSPEED_FIELD
   * defaults to the network's field "maxspeed" when it has one); throws naming the parameter to fix.
   */
  void loadApproachParameters( const QVariantMap &parameters, QgsProcessingContext &context );

  /**
   * Number parameter \a name, greater than 0 (or 0 too when \a zeroAllowed) and no more than any real \a quantity
   * has (domain physicalbounds.h); throws a message naming the parameter, the limit and its reason.
   */
  double boundedParameter( const QVariantMap &parameters, const QString &name, domain::PhysicalQuantity quantity,
                           const QString &meaning, bool zeroAllowed, const QgsProcessingContext &context ) const;

  // Open ground (issue 13): opengroundparameters.cpp.
  /**
   * The open-ground layers for the study (OPEN_AREAS, OBSTACLES), each with its transform into \a frame, read from
   * the snapshots; \a sources keeps their features for the run. Throws when OPEN_AREAS is not polygons or an
   * obstacle layer has no geometry.
   */
  OpenGroundLayers openGroundLayers( const MetricFrame &frame, const QgsProcessingContext &context,
                                     std::vector<std::unique_ptr<QgsProcessingFeatureSource>> &sources ) const;
  //! The open ground's warnings (also added to \a warnings, when given) and notes in the log.
  static void reportOpenGround( const ApproachStudy &study, QgsProcessingFeedback *feedback,
                                QStringList *warnings = nullptr );

  //! The shared parameters as read in prepare, for the ApproachStudy of processChecked().
  ApproachSettings mApproach;

private:
  //! ROLLOVER_G applied to mApproach.vehicle.
  void loadRolloverOverride( const QVariantMap &parameters, QgsProcessingContext &context );
  /**
   * SAMPLES (0 = the deterministic run), and the advanced SEED, RATING_PERCENTILE, ACCEL_SPREAD_PCT,
   * MAX_SPEED_SPREAD_PCT, FRICTION_SPREAD_PCT, ENTRY_SPEED_SPREAD_PCT, RANGE_SHAPE and MAX_SAMPLING_MINUTES.
   */
  void addImpactRangeParameters();
  //! Reads and checks the ranged run's parameters into mApproach.ranges; throws naming the parameter to fix.
  void loadImpactRangeParameters( const QVariantMap &parameters, QgsProcessingContext &context );
  //! Spread parameter \a name in percent, 0 to 90; as a fraction.
  double spreadParameter( const QVariantMap &parameters, const char *name, QgsProcessingContext &context ) const;
  //! Whole number parameter \a name from 0 to \a maximum; throws naming it.
  double wholeNumberParameter( const QVariantMap &parameters, const char *name, double maximum,
                               QgsProcessingContext &context ) const;
  /**
   * OPEN_AREAS and OBSTACLES, and the advanced OBSTACLE_RADIUS_M, OBSTACLE_RADIUS_FIELD, REMOVABLE_EXPRESSION,
   * REMOVABLE_BARRIERS_OPEN and IMPACT_SPACING_M (opengroundparameters.cpp).
   */
  void addOpenGroundParameters();
  //! Reads and checks the open ground's settings into mApproach.openGround; throws naming the parameter to fix.
  void loadOpenGroundParameters( const QVariantMap &parameters, QgsProcessingContext &context );
};

} // namespace eventsecurity
