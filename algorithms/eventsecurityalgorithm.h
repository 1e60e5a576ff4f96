#pragma once

#include "eventsecuritycompat.h"
#include "sourcesnapshot.h"

#include <qgsfeaturesink.h>
#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>

#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <vector>

namespace eventsecurity
{

//! Fields of an output, from (name, type) pairs, in order.
QgsFields fieldList( std::initializer_list<std::pair<const char *, compat::FieldType>> fields );

//! The feature sink of an output parameter: where the features go, the identifier for the results, and what
//! to tell the user when a write fails. Empty (false) when an optional output was not asked for.
class OutputSink
{
public:
  //! Whether the output was asked for (a sink is open).
  explicit operator bool() const { return static_cast<bool>( mSink ); }
  //! The destination to return in the results (a layer id or a path).
  QString id() const { return mId; }
  //! Adds \a feature; throws a QgsProcessingException naming the output when the sink refuses it.
  void add( QgsFeature &feature );

private:
  friend class EventSecurityAlgorithm;
  std::unique_ptr<QgsFeatureSink> mSink;                  //!< empty: not asked for
  QString mId;                                            //!< for the results
  std::function<QString( QgsFeatureSink * )> mWriteError; //!< QgsProcessingAlgorithm::writeFeatureError()
};

/**
 * Base of every Event Security Planner algorithm. Two contracts:
 *
 * Errors. QGIS catches only QgsProcessingException around an algorithm: anything else thrown on a worker thread
 * ends QGIS, with the user's unsaved project. The domain signals bad numbers with std::invalid_argument and
 * friends; this base turns every std::exception from prepare and process into a QgsProcessingException that
 * carries its message, so the user reads what to fix. Nothing is presented after a cancel.
 *
 * A background run owns what it reads. QgsProcessingAlgRunnerTask calls prepare() on the main thread,
 * runPrepared() on a worker thread and postProcess() on the main thread again, while the user may remove a
 * layer from the project at any moment. So prepareAlgorithm() takes a snapshot of every feature source
 * parameter and of every layer of a multiple-layer parameter (SourceSnapshot: features, fields, CRS, extent, count,
 * name, selection, expression scope), and the algorithm reads its inputs only through snapshotSource(),
 * snapshotSources() and inputSnapshot(), never through parameterAsSource(), parameterAsLayerList() or
 * parameterAsVectorLayer(): no project layer is touched after prepare.
 *
 * Subclasses implement prepareChecked(), processChecked() and postProcessChecked() instead of the
 * QgsProcessingAlgorithm methods they wrap; prepareChecked() runs after the snapshots are taken.
 */
class EventSecurityAlgorithm : public QgsProcessingAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( EventSecurityAlgorithm )

protected:
  //! Takes the snapshots of every feature source parameter, then prepareChecked(); errors become
  //! QgsProcessingException.
  bool prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                         QgsProcessingFeedback *feedback ) final;
  //! processChecked(), guarded; nothing when prepare failed and the run is cancelled (as QGIS's task does).
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) final;
  //! postProcessChecked(), guarded; nothing after a cancel.
  QVariantMap postProcessAlgorithm( QgsProcessingContext &context, QgsProcessingFeedback *feedback ) final;

  //! Checks and keeps the non-layer parameters (main thread; the snapshots are taken already).
  virtual bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                               QgsProcessingFeedback *feedback );
  //! The work (any thread): reads the inputs through snapshotSource().
  virtual QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                      QgsProcessingFeedback *feedback ) = 0;
  //! After the work (main thread), not after a cancel.
  virtual QVariantMap postProcessChecked( QgsProcessingContext &context, QgsProcessingFeedback *feedback );

  /**
   * The features of feature source parameter \a name as they were at prepare, for a run in \a context (its
   * invalid geometry handling and the parameter's feature limit apply). Nullptr for an optional parameter left
   * empty. Safe on any thread, after the layer is gone.
   */
  std::unique_ptr<QgsProcessingFeatureSource> snapshotSource( const QString &name,
                                                              const QgsProcessingContext &context ) const;

  //! The snapshot of feature source parameter \a name (its layer's name, data source...), or nullptr when empty.
  const SourceSnapshot *inputSnapshot( const QString &name ) const;

  /**
   * The features of every layer of multiple-layer parameter \a name as they were at prepare, in the order given,
   * for a run in \a context (as snapshotSource()); none for an optional parameter left empty. Safe on any thread.
   */
  std::vector<std::unique_ptr<QgsProcessingFeatureSource>> snapshotSources( const QString &name,
                                                                            const QgsProcessingContext &context ) const;

  //! The snapshots of multiple-layer parameter \a name, in the order given (none when empty).
  std::vector<const SourceSnapshot *> inputSnapshots( const QString &name ) const;

  /**
   * The sink of output parameter \a name. An optional output left out gives an empty sink; a required one
   * that cannot be created throws (QgsProcessingAlgorithm::invalidSinkError()).
   */
  OutputSink createSink( const QVariantMap &parameters, const QString &name, QgsProcessingContext &context,
                         const QgsFields &fields, compat::WkbType type, const QgsCoordinateReferenceSystem &crs ) const;

  //! Number parameter \a name; throws unless it is a finite number.
  double finiteParameter( const QVariantMap &parameters, const QString &name,
                          const QgsProcessingContext &context ) const;
  //! Number parameter \a name; throws unless it is greater than 0, saying what it is (\a meaning).
  double positiveParameter( const QVariantMap &parameters, const QString &name, const QString &meaning,
                            const QgsProcessingContext &context ) const;
  //! Number parameter \a name; throws unless it is 0 or more, saying what it is (\a meaning).
  double nonNegativeParameter( const QVariantMap &parameters, const QString &name, const QString &meaning,
                               const QgsProcessingContext &context ) const;

private:
  std::map<QString, ParameterSnapshot> mSnapshots; //!< per feature source parameter, taken in prepare
  //! Per multiple-layer parameter (vector layers), one per layer, taken in prepare.
  std::map<QString, std::vector<ParameterSnapshot>> mListSnapshots;
  bool mPrepared = false; //!< prepare succeeded
};

} // namespace eventsecurity
