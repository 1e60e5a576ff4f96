#pragma once

#include <qgsexpressioncontextscopegenerator.h>
#include <qgsfeaturerequest.h>
#include <qgsfeaturesource.h>
#include <qgsfields.h>
#include <qgsrectangle.h>

#include <QString>
#include <QVariantMap>

#include <memory>
#include <vector>

class QgsProcessingContext;
class QgsProcessingFeatureSource;
class QgsProcessingParameterDefinition;
class QgsVectorLayer;
class QgsVectorLayerFeatureSource;
class QgsVectorLayerSelectedFeatureSource;

namespace eventsecurity
{

/**
 * A vector layer's features and metadata, taken on the layer's thread (QGIS's main thread for project layers)
 * and read afterwards from any thread, after the layer itself may have been deleted.
 *
 * The features come from a QgsVectorLayerFeatureSource, the snapshot QGIS's map renderer takes of a layer to
 * draw it on a worker thread (a copy of the provider's source, the edit buffer and the joins); CRS, fields,
 * geometry type, feature count, extent, name, the spatial index flag and the expression context scope are
 * copied when the snapshot is taken. With \a selectedOnly, only the features selected at that moment.
 * Nothing of it refers to the layer afterwards.
 */
class SourceSnapshot : public QgsFeatureSource, public QgsExpressionContextScopeGenerator
{
public:
  //! Takes the snapshot of \a layer (valid, on its thread); with \a selectedOnly, of its selected features.
  SourceSnapshot( const QgsVectorLayer &layer, bool selectedOnly );
  ~SourceSnapshot() override;
  //! Not copyable: one snapshot per layer and parameter, shared by pointer.
  SourceSnapshot( const SourceSnapshot & ) = delete;
  //! Not copyable.
  SourceSnapshot &operator=( const SourceSnapshot & ) = delete;

  QgsFeatureIterator getFeatures( const QgsFeatureRequest &request = QgsFeatureRequest() ) const override;
  QString sourceName() const override { return mName; }
  QgsCoordinateReferenceSystem sourceCrs() const override { return mCrs; }
  QgsFields fields() const override { return mFields; }
  QgsWkbTypes::Type wkbType() const override { return mWkbType; }
  long long featureCount() const override { return mFeatureCount; }
  QgsRectangle sourceExtent() const override { return mExtent; }
  SpatialIndexPresence hasSpatialIndex() const override { return mSpatialIndex; }
  //! A copy of the layer's expression context scope as it was when the snapshot was taken.
  QgsExpressionContextScope *createExpressionContextScope() const override;

  //! The layer's data source (path or URI) and provider key, e.g. to recognise OpenStreetMap data.
  QString layerSource() const { return mLayerSource; }
  //! The layer's data provider key ("ogr", "memory", "postgres"...).
  QString providerType() const { return mProviderType; }

private:
  // QgsVectorLayerFeatureSource::getFeatures() is not const; iterating does not change the snapshot.
  mutable std::unique_ptr<QgsVectorLayerFeatureSource> mAllFeatures;
  std::unique_ptr<QgsVectorLayerSelectedFeatureSource> mSelectedFeatures;
  QString mName;                                            //!< the layer's name, as the user knows it
  QgsCoordinateReferenceSystem mCrs;                        //!< the layer's CRS
  QgsFields mFields;                                        //!< the layer's fields
  QgsWkbTypes::Type mWkbType = QgsWkbTypes::Unknown;        //!< the layer's geometry type
  long long mFeatureCount = 0;                              //!< of the layer, or of the selection
  QgsRectangle mExtent;                                     //!< of the layer, or of the selection
  SpatialIndexPresence mSpatialIndex = SpatialIndexUnknown; //!< as the layer said
  std::unique_ptr<QgsExpressionContextScope> mScope;
  QString mLayerSource;  //!< the layer's data source
  QString mProviderType; //!< the layer's provider key
};

/**
 * How a feature source parameter asked for its features: selected features only, a feature limit, and an
 * invalid geometry check of its own (QgsProcessingFeatureSourceDefinition's options).
 */
struct SourceRequest
{
  bool selectedOnly = false;   //!< only the features selected at prepare
  long long featureLimit = -1; //!< at most this many features (-1: all)
  bool overrideGeometryCheck = false;
  QgsFeatureRequest::InvalidGeometryCheck geometryCheck =
      QgsFeatureRequest::GeometryAbortOnInvalid; //!< when overridden
};

//! A snapshot and how its parameter asked for it.
struct ParameterSnapshot
{
  std::shared_ptr<const SourceSnapshot> snapshot;
  SourceRequest request; //!< how the parameter asked for it
};

/**
 * Resolves the value of feature source parameter \a definition in \a parameters as QGIS does
 * (QgsProcessingUtils::variantToSource: a layer object, a layer id or name of the context's project, a file
 * path or provider URI loaded into the context's temporary layer store, a QgsProperty, a
 * QgsProcessingFeatureSourceDefinition or a model's output definition, else the default value) and takes its
 * snapshot. Must run on the thread of \a context (QGIS's main thread when the context is the dock's or the
 * toolbox's). Returns an empty snapshot when an optional parameter is left empty; throws a
 * QgsProcessingException that names the parameter and the layer as the user knows it when the layer cannot
 * be found or read.
 */
ParameterSnapshot takeParameterSnapshot( const QgsProcessingParameterDefinition &definition,
                                         const QVariantMap &parameters, QgsProcessingContext &context );

/**
 * The snapshots of every vector layer of multiple-layer parameter \a definition (QgsProcessingParameterMultipleLayers)
 * in \a parameters, one per layer in the order given: each element resolved as takeParameterSnapshot() resolves a
 * feature source (a layer object, a layer id or name, a path or URI, a QgsProcessingFeatureSourceDefinition with its
 * options). Must run on the thread of \a context. Empty for an optional parameter left empty; throws a
 * QgsProcessingException naming the parameter and the layer when one cannot be found or read, or is not a vector layer.
 */
std::vector<ParameterSnapshot> takeLayerListSnapshots( const QgsProcessingParameterDefinition &definition,
                                                       const QVariantMap &parameters, QgsProcessingContext &context );

/**
 * The snapshot wrapped as a QgsProcessingFeatureSource for \a context, the context of the run that reads it:
 * the context's invalid geometry handling (or the parameter's own) and the parameter's feature limit apply,
 * as they do to QgsProcessingAlgorithm::parameterAsSource(). The snapshot must outlive the returned source.
 */
std::unique_ptr<QgsProcessingFeatureSource> processingSource( const ParameterSnapshot &snapshot,
                                                              const QgsProcessingContext &context );

} // namespace eventsecurity
