// What the robustness suites share (issue 7): the algorithms the eventsecurity provider registers, a valid
// parameter set built from an algorithm's own parameter definitions, input layers of each geometry shape,
// layer checksums, a guarded run and what counts as a clear error or a valid output.
// Nothing here names an algorithm: a new one is covered the day the provider registers it.
#ifndef ROBUSTNESS_H
#define ROBUSTNESS_H

#include "testsupport.h"

#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace eventsecurity::test
{

//! Ids of every algorithm the eventsecurity provider registers (e.g. "eventsecurity:standoffzones").
QStringList providerAlgorithmIds();

//! The algorithm's definition as registered (owned by the registry).
const QgsProcessingAlgorithm *registeredAlgorithm( const QString &id );

enum class Shape
{
  Point,
  Line,
  Polygon
};

QString shapeName( Shape shape );

//! The geometry shapes a feature source parameter accepts ("any geometry" accepts all three).
QList<Shape> acceptedShapes( const QgsProcessingParameterFeatureSource &parameter );

//! The shape the baseline gives a source: polygon if accepted, else line, else point.
Shape preferredShape( const QgsProcessingParameterFeatureSource &parameter );

//! The shape the baseline gives a multiple-layer parameter's one layer: its layer type's, a point for any geometry.
Shape listShape( const QgsProcessingParameterMultipleLayers &parameter );

//! Keeps the layers a test makes alive for as long as the runs that use them.
class LayerStore
{
public:
  QgsVectorLayer *keep( std::unique_ptr<QgsVectorLayer> layer );
  //! A layer loaded once per store (e.g. a sample file), kept for copying.
  QgsVectorLayer *cachedSource( const QString &path );

private:
  std::vector<std::unique_ptr<QgsVectorLayer>> mLayers;
  QMap<QString, QgsVectorLayer *> mSources;
};

//! Makes a valid input layer of a shape (the sample venue, or a large synthetic network).
using LayerMaker = std::function<QgsVectorLayer *( Shape shape, LayerStore &store )>;

/**
 * A small valid layer from the sample venue (data/montevideo, EPSG:4326), copied into a memory layer made in
 * the calling thread: the venue polygon, the roads, or a point at the venue's centroid.
 */
QgsVectorLayer *sampleLayer( Shape shape, LayerStore &store );

/**
 * A large synthetic input in UTM 21S (EPSG:32721) for cancellation: lines are a \a gridSize x \a gridSize
 * street grid (5 m blocks, one feature per block side); polygons are one 200 m venue in its middle;
 * points are the venue's centre.
 */
QgsVectorLayer *largeSyntheticLayer( Shape shape, LayerStore &store, int gridSize = 300 );

/**
 * A valid parameter set for \a algorithm, built from its parameter definitions alone: sources get a layer
 * of their preferred shape from \a makeLayer, multiple-layer parameters a list of one (listShape()), sinks "memory:",
 * file/vector/folder destinations paths in \a outputDir, every other parameter its default value.
 */
QVariantMap baselineParameters( const QgsProcessingAlgorithm &algorithm, const LayerMaker &makeLayer, LayerStore &store,
                                const QTemporaryDir &outputDir );

//! A checksum of every feature of a layer: id, attributes and geometry (WKB), plus the CRS and field names.
QByteArray layerChecksum( QgsVectorLayer *layer );

//! Checksums of the layers among \a parameters' values (each layer of a list too).
QMap<QString, QByteArray> inputChecksums( const QVariantMap &parameters );

//! runAlgorithm() that also turns any exception escaping the algorithm into a failure (never into a crash).
struct GuardedRun
{
  AlgorithmRun run;
  QString escapedException; //!< non-empty when something other than a QgsProcessingException escaped
};
GuardedRun runGuarded( const QString &id, const QVariantMap &parameters, QgsProcessingContext &context );

/**
 * Why the outputs of a successful run are not valid, or an empty string: every vector output named in the
 * results must resolve to a valid layer whose geometries have only finite coordinates, and every file output
 * must exist.
 */
QString invalidOutput( const QgsProcessingAlgorithm &algorithm, const AlgorithmRun &run,
                       QgsProcessingContext &context );

/**
 * A clear error: the run failed with a non-empty message that names what to fix — the parameter's name
 * (e.g. "NETWORK"), its description up to the first '(' or ',' (e.g. "Street network"), or one of
 * \a problemWords (e.g. "empty", "NaN", "CRS"), all case-insensitive.
 */
bool isClearError( const QString &message, const QgsProcessingParameterDefinition &parameter,
                   const QStringList &problemWords );

//! A short, one-line version of a message for tables.
QString oneLine( const QString &message, int maxLength = 110 );

//! Sorted, comparable content of the vector outputs of a run (for serial vs. concurrent comparisons).
QMap<QString, QByteArray> outputChecksums( const QgsProcessingAlgorithm &algorithm, const AlgorithmRun &run,
                                           QgsProcessingContext &context );

/**
 * Aborts the process (with \a label on stderr) if it is still alive after \a seconds: a hang becomes a
 * test failure that names the case, never a CI job that runs until its own timeout.
 * ROBUSTNESS_HANG_SECONDS overrides the limit (sanitizer builds are slower).
 */
class Watchdog
{
public:
  Watchdog( const QString &label, int seconds = 120 );
  ~Watchdog();
  Watchdog( const Watchdog & ) = delete;
  Watchdog &operator=( const Watchdog & ) = delete;

private:
  struct State;
  std::unique_ptr<State> mState;
};

} // namespace eventsecurity::test

#endif
