#include "sourcesnapshot.h"

#include <qgsexception.h>
#include <qgsexpressioncontextscopegenerator.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsproperty.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerfeatureiterator.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace eventsecurity
{

namespace
{
// The translation context of this file's texts (lupdate reads it from the class).
struct SourceSnapshotTexts
{
  Q_DECLARE_TR_FUNCTIONS( SourceSnapshotTexts )
};

//! The name a user knows a parameter by: "Venue, where the crowd stands (VENUE)".
QString parameterLabel( const QgsProcessingParameterDefinition &definition )
{
  return QStringLiteral( "%1 (%2)" ).arg( definition.description(), definition.name() );
}

//! What the user gave: a layer's name when it is a layer, else the text (a path, a URI or a layer id).
struct LayerReference
{
  QgsVectorLayer *layer = nullptr;
  QString text;
  bool empty = false;
};

// The value of a feature source parameter, its options taken out, as QgsProcessingUtils::variantToSource reads it.
LayerReference referenceOf( const QgsProcessingParameterDefinition &definition, QVariant value,
                            const QgsProcessingContext &context, SourceRequest &request )
{
  if ( value.canConvert<QgsProcessingFeatureSourceDefinition>() )
  {
    const QgsProcessingFeatureSourceDefinition source = qvariant_cast<QgsProcessingFeatureSourceDefinition>( value );
    request.selectedOnly = source.selectedFeaturesOnly;
    request.featureLimit = source.featureLimit;
    request.overrideGeometryCheck =
        source.flags & QgsProcessingFeatureSourceDefinition::FlagOverrideDefaultGeometryCheck;
    request.geometryCheck = source.geometryCheck;
    value = source.source;
  }
  else if ( value.canConvert<QgsProcessingOutputLayerDefinition>() )
    value = qvariant_cast<QgsProcessingOutputLayerDefinition>( value ).sink;

  LayerReference reference;
  if ( auto *layer = qobject_cast<QgsVectorLayer *>( qvariant_cast<QObject *>( value ) ) )
    reference.layer = layer;
  else if ( value.canConvert<QgsProperty>() )
    reference.text =
        value.value<QgsProperty>().valueAsString( context.expressionContext(), definition.defaultValue().toString() );
  else if ( !value.isValid() || value.toString().isEmpty() )
  {
    const QVariant fallback = definition.defaultValue();
    reference.layer = qobject_cast<QgsVectorLayer *>( qvariant_cast<QObject *>( fallback ) );
    reference.text = reference.layer ? QString() : fallback.toString();
  }
  else
    reference.text = value.toString();
  reference.empty = !reference.layer && reference.text.isEmpty();
  return reference;
}

QString missingLayerMessage( const QgsProcessingParameterDefinition &definition, const QString &text )
{
  const bool looksLikeFile = text.contains( '/' ) || text.contains( '\\' ) || text.contains( '|' );
  if ( looksLikeFile && !QFileInfo::exists( text.section( '|', 0, 0 ) ) )
    return SourceSnapshotTexts::tr( "%1: the file %2 does not exist (moved or deleted?): choose the layer again." )
        .arg( parameterLabel( definition ), text );
  if ( looksLikeFile || text.contains( '=' ) )
    return SourceSnapshotTexts::tr( "%1: the layer %2 could not be opened: check that it is a readable vector layer." )
        .arg( parameterLabel( definition ), text );
  return SourceSnapshotTexts::tr( "%1: the layer is no longer in the project (was it removed?): choose it again." )
      .arg( parameterLabel( definition ) );
}
} // namespace

SourceSnapshot::SourceSnapshot( const QgsVectorLayer &layer, bool selectedOnly )
    : mName( layer.name() ), mCrs( layer.crs() ), mFields( layer.fields() ), mWkbType( layer.wkbType() ),
      mSpatialIndex( layer.hasSpatialIndex() ), mScope( layer.createExpressionContextScope() ),
      mLayerSource( layer.source() ), mProviderType( layer.providerType() )
{
  QgsVectorLayer &readable = const_cast<QgsVectorLayer &>( layer ); // the selected source's API takes a non-const layer
  if ( selectedOnly )
  {
    mSelectedFeatures = std::make_unique<QgsVectorLayerSelectedFeatureSource>( &readable );
    mFeatureCount = layer.selectedFeatureCount();
    mExtent = readable.boundingBoxOfSelected();
  }
  else
  {
    mAllFeatures = std::make_unique<QgsVectorLayerFeatureSource>( &layer );
    mFeatureCount = layer.featureCount();
    mExtent = layer.extent();
  }
}

SourceSnapshot::~SourceSnapshot() = default;

QgsFeatureIterator SourceSnapshot::getFeatures( const QgsFeatureRequest &request ) const
{
  return mSelectedFeatures ? mSelectedFeatures->getFeatures( request ) : mAllFeatures->getFeatures( request );
}

QgsExpressionContextScope *SourceSnapshot::createExpressionContextScope() const
{
  return mScope ? new QgsExpressionContextScope( *mScope ) : nullptr;
}

namespace
{
// The snapshot of the layer \a reference names (not empty), taken as \a request asks.
ParameterSnapshot snapshotOf( const QgsProcessingParameterDefinition &definition, const LayerReference &reference,
                              const SourceRequest &request, QgsProcessingContext &context )
{
  ParameterSnapshot taken;
  taken.request = request;
  QgsVectorLayer *layer = reference.layer;
  if ( !layer )
    layer = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString(
        reference.text, context, true, QgsProcessingUtils::LayerHint::Vector ) );
  if ( !layer )
    throw QgsProcessingException( missingLayerMessage( definition, reference.text ) );
  if ( !layer->isValid() || !layer->dataProvider() )
    throw QgsProcessingException(
        SourceSnapshotTexts::tr( "%1: the layer “%2” cannot be read (its data source is not available)." )
            .arg( parameterLabel( definition ), layer->name() ) );
  taken.snapshot = std::make_shared<const SourceSnapshot>( *layer, taken.request.selectedOnly );
  return taken;
}

// The elements of a multiple-layer parameter's value: a list as given, one value otherwise, none when empty.
QVariantList listElements( const QVariant &value )
{
  if ( value.userType() == QMetaType::QVariantList )
    return value.toList();
  if ( value.userType() == QMetaType::QStringList )
  {
    QVariantList elements;
    for ( const QString &text : value.toStringList() )
      elements << text;
    return elements;
  }
  if ( !value.isValid() || ( value.userType() == QMetaType::QString && value.toString().isEmpty() ) )
    return {};
  return { value };
}
} // namespace

ParameterSnapshot takeParameterSnapshot( const QgsProcessingParameterDefinition &definition,
                                         const QVariantMap &parameters, QgsProcessingContext &context )
{
  SourceRequest request;
  const LayerReference reference = referenceOf( definition, parameters.value( definition.name() ), context, request );
  if ( reference.empty )
  {
    if ( definition.flags() & QgsProcessingParameterDefinition::FlagOptional )
      return ParameterSnapshot();
    throw QgsProcessingException(
        SourceSnapshotTexts::tr( "%1 is required: choose a layer." ).arg( parameterLabel( definition ) ) );
  }
  return snapshotOf( definition, reference, request, context );
}

std::vector<ParameterSnapshot> takeLayerListSnapshots( const QgsProcessingParameterDefinition &definition,
                                                       const QVariantMap &parameters, QgsProcessingContext &context )
{
  QVariantList elements = listElements( parameters.value( definition.name() ) );
  if ( elements.isEmpty() )
    elements = listElements( definition.defaultValue() );
  std::vector<ParameterSnapshot> taken;
  for ( const QVariant &element : elements )
  {
    SourceRequest request;
    const LayerReference reference = referenceOf( definition, element, context, request );
    if ( !reference.empty )
      taken.push_back( snapshotOf( definition, reference, request, context ) );
  }
  if ( taken.empty() && !( definition.flags() & QgsProcessingParameterDefinition::FlagOptional ) )
    throw QgsProcessingException(
        SourceSnapshotTexts::tr( "%1 is required: choose at least one layer." ).arg( parameterLabel( definition ) ) );
  return taken;
}

std::unique_ptr<QgsProcessingFeatureSource> processingSource( const ParameterSnapshot &snapshot,
                                                              const QgsProcessingContext &context )
{
  if ( !snapshot.snapshot )
    return nullptr;
  // The wrapper reads the snapshot and does not own it (the algorithm keeps it for the whole run).
  auto *readable = const_cast<SourceSnapshot *>( snapshot.snapshot.get() );
  auto source = std::make_unique<QgsProcessingFeatureSource>( readable, context, false, snapshot.request.featureLimit );
  if ( snapshot.request.overrideGeometryCheck )
    source->setInvalidGeometryCheck( snapshot.request.geometryCheck );
  return source;
}

} // namespace eventsecurity
