#include "securitylayoutalgorithm.h"

#include "eventsecuritycompat.h"
#include "eventsecurityprovider.h"
#include "numberformat.h"
#include "perimeterdesignalgorithm.h"
#include "planprint.h"
#include "planreport.h"
#include "planstyles.h"
#include "standoffzonesalgorithm.h"
#include "threatcatalogue.h"
#include "vehicledynamics.h"

#include <qgscoordinatetransform.h>
#include <qgsmemoryproviderutils.h>
#include <qgsprintlayout.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <map>

namespace eventsecurity
{
namespace
{
//! How the layout makes a step: which algorithm, its title, the parameters it takes from layout parameters of
//! another name, and values of its own. Every other parameter of the step that the layout has too is passed on.
struct StepDefinition
{
  PlanStep step;
  const char *title; // untranslated
  std::function<QgsProcessingAlgorithm *()> create;
  std::map<QString, QString> renamed; // the step's parameter <- the layout's
  QVariantMap fixed;
};

const std::vector<StepDefinition> &stepDefinitions()
{
  static const std::vector<StepDefinition> steps = {
      { PlanStep::StandoffZones,
        QT_TRANSLATE_NOOP( "SecurityLayoutAlgorithm", "Standoff zones" ),
        [] { return StandoffZonesAlgorithm().create(); },
        { { QStringLiteral( "INPUT" ), QStringLiteral( "VENUE" ) },
          { QStringLiteral( "ROADS" ), QStringLiteral( "NETWORK" ) } },
        { { QStringLiteral( "METHOD" ), 0 } } }, // the stand-off chart
      { PlanStep::PerimeterDesign,
        QT_TRANSLATE_NOOP( "SecurityLayoutAlgorithm", "Perimeter design" ),
        [] { return PerimeterDesignAlgorithm().create(); },
        { { QStringLiteral( "EVENT_AREA" ), QStringLiteral( "VENUE" ) } },
        {} },
  };
  return steps;
}

//! A parameter of the layout declared by a step, the step's own definition (one source for each default, range
//! and description).
struct StepParameter
{
  const char *name;
  PlanStep from;
  bool advanced;
};

// In the order the dialog and the dock show them; STANDOFF_M and THREAT are the layout's own (see addStepParameters).
// Every other parameter of the perimeter design follows them, advanced.
const StepParameter kBasicParameters[] = { { "ATTENDANCE", PlanStep::PerimeterDesign, false },
                                           { "ARRIVAL_MINUTES", PlanStep::PerimeterDesign, false } };
const StepParameter kMoreParameters[] = {
    { "VEHICLE", PlanStep::PerimeterDesign, false },
    { "OPEN_AREAS", PlanStep::PerimeterDesign, false },
    { "OBSTACLES", PlanStep::PerimeterDesign, false },
    { "STANDOFF_M", PlanStep::PerimeterDesign, false },
    { "PENETRATION_M", PlanStep::PerimeterDesign, false },
    { "ARRIVAL_PEAK_FACTOR", PlanStep::PerimeterDesign, true },
    { "DENSITY", PlanStep::PerimeterDesign, true },
    { "LANE_RATE_PPH", PlanStep::PerimeterDesign, true },
    { "FLOW_RATE", PlanStep::PerimeterDesign, true },
    { "EGRESS_MINUTES", PlanStep::PerimeterDesign, true },
    { "EMERGENCY_GATES", PlanStep::PerimeterDesign, true },
    { "NAME_FIELD", PlanStep::PerimeterDesign, true },
    { "PEDESTRIAN_EXPRESSION", PlanStep::PerimeterDesign, true },
    { "START_SPEED_KMH", PlanStep::PerimeterDesign, true },
    { "SEARCH_DISTANCE_M", PlanStep::PerimeterDesign, true },
    { "WIDTH_FIELD", PlanStep::PerimeterDesign, true },
    { "DEFAULT_WIDTH_M", PlanStep::PerimeterDesign, true },
    { "FRICTION", PlanStep::PerimeterDesign, true },
    { "EXCLUDE_EXPRESSION", PlanStep::PerimeterDesign, true },
    { "SAMPLES", PlanStep::PerimeterDesign, true },
    { "RATING_PERCENTILE", PlanStep::PerimeterDesign, true },
};

const StepDefinition &definitionOf( PlanStep step )
{
  const auto &steps = stepDefinitions();
  return *std::find_if( steps.begin(), steps.end(), [step]( const StepDefinition &d ) { return d.step == step; } );
}

// A step's feedback that keeps the step's error message, to say which step failed and why.
class StepFeedback : public QgsProcessingMultiStepFeedback
{
public:
  using QgsProcessingMultiStepFeedback::QgsProcessingMultiStepFeedback;
  void reportError( const QString &error, bool fatalError = false ) override
  {
    lastError = error;
    QgsProcessingMultiStepFeedback::reportError( error, fatalError );
  }
  QString lastError;
};

QgsVectorLayer *stepLayer( const QVariantMap &results, const char *output, QgsProcessingContext &context )
{
  const QString value = results.value( QString::fromLatin1( output ) ).toString();
  return value.isEmpty() ? nullptr
                         : qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( value, context ) );
}

// Writes layer as table name of the GeoPackage at path (the first table replaces the file).
void writeTable( QgsVectorLayer *layer, const QString &path, const QString &name, bool replaceFile,
                 const QgsCoordinateTransformContext &transformContext, QgsFeedback *feedback )
{
  QgsVectorFileWriter::SaveVectorOptions options;
  options.feedback = feedback; // a cancel stops a long write
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = name;
  options.fileEncoding = QStringLiteral( "UTF-8" );
  options.actionOnExistingFile =
      replaceFile ? QgsVectorFileWriter::CreateOrOverwriteFile : QgsVectorFileWriter::CreateOrOverwriteLayer;
  QString error;
  const QgsVectorFileWriter::WriterError result =
      QgsVectorFileWriter::writeAsVectorFormatV3( layer, path, transformContext, options, &error );
  if ( result == QgsVectorFileWriter::Canceled )
    return;
  if ( result != QgsVectorFileWriter::NoError )
    throw QgsProcessingException(
        SecurityLayoutAlgorithm::tr( "Could not write the layer %1 to %2: %3" ).arg( name, path, error ) );
}

std::unique_ptr<QgsVectorLayer> openTable( const QString &path, const QString &name )
{
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  return std::make_unique<QgsVectorLayer>( path + QStringLiteral( "|layername=" ) + name, name, QStringLiteral( "ogr" ),
                                           options );
}

//! The features of \a layer that have a geometry, at most 1 (rows without one, such as an entry without a queue, are
//! not drawn; the GeoPackage stores them as empty geometries).
long long drawnFeatureCount( const QgsVectorLayer &layer )
{
  QgsFeatureIterator it =
      layer.getFeatures( QgsFeatureRequest()
                             .setFilterExpression( QStringLiteral( "NOT is_empty_or_null( $geometry )" ) )
                             .setNoAttributes()
                             .setLimit( 1 ) );
  QgsFeature feature;
  return it.nextFeature( feature ) ? 1 : 0;
}

//! The features of \a source inside \a clip (in the source's CRS), geometry only, as a memory layer for the print.
QgsVectorLayer *printCopy( const QgsFeatureSource &source, const QgsRectangle &clip, const QString &title )
{
  QgsVectorLayer *layer =
      QgsMemoryProviderUtils::createMemoryLayer( title, QgsFields(), source.wkbType(), source.sourceCrs() );
  QgsFeatureList features;
  QgsFeatureIterator it = source.getFeatures( QgsFeatureRequest().setFilterRect( clip ).setNoAttributes() );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    QgsFeature copy( layer->fields() );
    copy.setGeometry( feature.geometry() );
    features << copy;
  }
  layer->dataProvider()->addFeatures( features );
  layer->updateExtents();
  return layer;
}
} // namespace

SecurityLayoutAlgorithm::SecurityLayoutAlgorithm() = default;
SecurityLayoutAlgorithm::~SecurityLayoutAlgorithm() = default;

QString SecurityLayoutAlgorithm::name() const
{
  return QStringLiteral( "securitylayout" );
}

QString SecurityLayoutAlgorithm::displayName() const
{
  return tr( "Event security layout" );
}

QStringList SecurityLayoutAlgorithm::tags() const
{
  return tr( "event,security,layout,plan,cordon,barrier,standoff,blast,vehicle,hvm,entries,pdf,print,report" )
      .split( ',' );
}

QString SecurityLayoutAlgorithm::group() const
{
  return groupName( AlgorithmGroup::Layout );
}

QString SecurityLayoutAlgorithm::groupId() const
{
  return eventsecurity::groupId( AlgorithmGroup::Layout );
}

SecurityLayoutAlgorithm *SecurityLayoutAlgorithm::createInstance() const
{
  return new SecurityLayoutAlgorithm();
}

void SecurityLayoutAlgorithm::initAlgorithm( const QVariantMap & )
{
  addInputParameters();
  addStepParameters();
  addOutputParameters();
}

void SecurityLayoutAlgorithm::addInputParameters()
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "VENUE" ),
                                                         tr( "Venue, where the crowd stands (polygons)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorPolygon ) ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "NETWORK" ), tr( "Street network (lines)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorLine ) ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "BUILDINGS" ), tr( "Buildings (polygons)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorPolygon ),
                                                         QVariant(), true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "EVENT_NAME" ), tr( "Event name" ), tr( "Event" ) ) );
}

void SecurityLayoutAlgorithm::addStepParameters()
{
  std::map<PlanStep, std::unique_ptr<QgsProcessingAlgorithm>> steps;
  for ( const StepDefinition &definition : stepDefinitions() )
    steps[definition.step].reset( definition.create() );
  auto addFrom = [&]( const StepParameter &parameter )
  {
    const QgsProcessingParameterDefinition *definition =
        steps[parameter.from]->parameterDefinition( QString::fromLatin1( parameter.name ) );
    if ( !definition )
      throw QgsProcessingException( QStringLiteral( "%1 has no parameter %2" )
                                        .arg( steps[parameter.from]->id(), QString::fromLatin1( parameter.name ) ) );
    std::unique_ptr<QgsProcessingParameterDefinition> copy( definition->clone() );
    if ( parameter.advanced )
      copy->setFlags( copy->flags() | compat::FlagAdvanced );
    addParameter( copy.release() );
  };
  for ( const StepParameter &parameter : kBasicParameters )
    addFrom( parameter );
  // The stand-off chart's threats, as numbered in eventsecurity:standoffzones, without its custom charge (a custom
  // charge cannot size a cordon).
  std::unique_ptr<QgsProcessingParameterEnum> threat( dynamic_cast<QgsProcessingParameterEnum *>(
      steps[PlanStep::StandoffZones]->parameterDefinition( QStringLiteral( "THREAT" ) )->clone() ) );
  threat->setOptions( threat->options().mid( 0, static_cast<int>( domain::threatTypes().size() ) ) );
  addParameter( threat.release() );
  for ( const StepParameter &parameter : kMoreParameters )
  {
    if ( QLatin1String( parameter.name ) != QLatin1String( "STANDOFF_M" ) )
    {
      addFrom( parameter );
      continue;
    }
    // A plain number: metres on the ground whatever the venue's CRS; never negative.
    addParameter( new QgsProcessingParameterNumber(
        QStringLiteral( "STANDOFF_M" ),
        steps[parameter.from]->parameterDefinition( QStringLiteral( "STANDOFF_M" ) )->description(), compat::Double,
        QVariant(), true, 0.0 ) );
  }
  // Every other parameter of the perimeter design (those the approach study gains too), so that none is left at its
  // default unseen; its inputs come from the layout's own (VENUE), its outputs are the layout's tables.
  const StepDefinition &perimeter = definitionOf( PlanStep::PerimeterDesign );
  for ( const QgsProcessingParameterDefinition *definition : steps[PlanStep::PerimeterDesign]->parameterDefinitions() )
  {
    const QByteArray name = definition->name().toLatin1();
    if ( !definition->isDestination() && !parameterDefinition( definition->name() ) &&
         !perimeter.renamed.count( definition->name() ) )
      addFrom( { name.constData(), PlanStep::PerimeterDesign, true } );
  }
  auto credit = std::make_unique<QgsProcessingParameterString>( QStringLiteral( "DATA_CREDIT" ),
                                                                tr( "Map data credit on the PDF (empty = automatic)" ),
                                                                QVariant(), false, true );
  credit->setFlags( credit->flags() | compat::FlagAdvanced );
  addParameter( credit.release() );
}

void SecurityLayoutAlgorithm::addOutputParameters()
{
  addParameter(
      new QgsProcessingParameterFileDestination( QStringLiteral( "OUTPUT_GPKG" ), tr( "Security layout (GeoPackage)" ),
                                                 tr( "GeoPackage (*.gpkg)" ), QgsProcessing::TEMPORARY_OUTPUT ) );
  auto pdf = std::make_unique<QgsProcessingParameterFileDestination>(
      QStringLiteral( "OUTPUT_PDF" ), tr( "Print layout (PDF)" ), tr( "PDF files (*.pdf)" ), QVariant(), true );
  pdf->setCreateByDefault( false ); // printing takes a while: only when asked for ("Skip output" in the dialog)
  addParameter( pdf.release() );
  addParameter( new QgsProcessingParameterFileDestination(
      QStringLiteral( "OUTPUT_REPORT" ), tr( "Report" ), tr( "HTML files (*.html *.htm)" ),
      QgsProcessing::TEMPORARY_OUTPUT,
      true ) ); // optional, so a caller may leave it out: then a temporary file

  addOutput(
      new QgsProcessingOutputNumber( QStringLiteral( "CAPACITY" ), tr( "Crowd capacity of the venue (persons)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "LANES" ), tr( "Search lanes" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "ENTRIES" ), tr( "Pedestrian entries" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "BARRIERS" ), tr( "Vehicle barriers" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "EMERGENCY_GATES" ), tr( "Emergency gates" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "CLOSED_ROAD_M" ), tr( "Roads closed to vehicles (m)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "MAX_IMPACT_KMH" ),
                                            tr( "Fastest vehicle impact at the cordon (km/h)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "STANDOFF_M_USED" ), tr( "Vehicle standoff used (m)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "BARRIER_LINE_M" ),
                                            tr( "Barrier line from the venue: standoff + penetration (m)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "BARRIER_LENGTH_M" ),
                                            tr( "Crash-rated barrier line the plan needs, in all (m)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "OPEN_GROUND_BARRIER_M" ),
                                            tr( "Of it, along open ground (m)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "EVACUATION_MIN" ),
                                            tr( "Evacuation through every entry (minutes)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "EVACUATION_LARGEST_LOST_MIN" ),
                                            tr( "Evacuation with the largest entry blocked (minutes)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "QUEUES" ),
                                            tr( "Entries with a queue outside the cordon at the peak" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "QUEUES_EXPOSED" ),
                                            tr( "Queues exposed to a hostile vehicle or a vehicle bomb" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "LONGEST_QUEUE_M" ),
                                            tr( "Longest queue outside the cordon (m)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "LONGEST_WAIT_MIN" ),
                                            tr( "Longest wait at an entry (minutes)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "MAX_QUEUE_IMPACT_KMH" ),
                                            tr( "Fastest vehicle reaching a queue (km/h)" ) ) );
  addOutput( new QgsProcessingOutputString( QStringLiteral( "LAYERS" ),
                                            tr( "GeoPackage layers, top to bottom (';' separated)" ) ) );
  addOutput( new QgsProcessingOutputString(
      QStringLiteral( "WARNINGS" ), tr( "Warnings: outcomes that make no plan or an unsafe one, one a line" ) ) );
}

bool SecurityLayoutAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                              QgsProcessingFeedback *feedback )
{
  mGeoPackagePath = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_GPKG" ), context );
  if ( mGeoPackagePath.isEmpty() )
    throw QgsProcessingException( tr( "OUTPUT_GPKG is empty: give the GeoPackage file to write (.gpkg)." ) );
  mPdfPath = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_PDF" ), context );
  mReportPath = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_REPORT" ), context );
  mEventName = parameterAsString( parameters, QStringLiteral( "EVENT_NAME" ), context ).trimmed();
  if ( mEventName.isEmpty() )
    mEventName = tr( "Event" );
  mDataCredit = parameterAsString( parameters, QStringLiteral( "DATA_CREDIT" ), context ).trimmed();
  if ( mDataCredit.isEmpty() )
  {
    QList<DataSourceInfo> inputs;
    for ( const PlanBaseLayer &base : planBaseLayers() )
      if ( const SourceSnapshot *input = inputSnapshot( QString::fromLatin1( base.parameter ) ) )
        inputs << DataSourceInfo{ input->fields(), input->layerSource(), input->providerType() };
    mDataCredit = defaultDataCredit( inputs );
  }
  prepareSteps( parameters, context, feedback );
  return true;
}

QVariantMap SecurityLayoutAlgorithm::stepParameters( PlanStep step, const QgsProcessingAlgorithm &child,
                                                     const QVariantMap &parameters ) const
{
  const StepDefinition &definition = definitionOf( step );
  QVariantMap values = definition.fixed;
  for ( const QgsProcessingParameterDefinition *parameter : child.parameterDefinitions() )
  {
    const QString name = parameter->name();
    if ( parameter->isDestination() )
    {
      // The outputs a table of the GeoPackage needs, as temporary layers of this run.
      const auto &layers = planLayers();
      if ( std::any_of( layers.begin(), layers.end(),
                        [&]( const PlanLayer &layer )
                        { return layer.step == step && name == QLatin1String( layer.output ); } ) )
        values.insert( name, QgsProcessing::TEMPORARY_OUTPUT );
      continue;
    }
    const auto renamed = definition.renamed.find( name );
    const QString layoutName = renamed == definition.renamed.end() ? name : renamed->second;
    if ( !values.contains( name ) && parameterDefinition( layoutName ) && parameters.contains( layoutName ) )
      values.insert( name, parameters.value( layoutName ) );
  }
  return values;
}

void SecurityLayoutAlgorithm::prepareSteps( const QVariantMap &parameters, QgsProcessingContext &context,
                                            QgsProcessingFeedback *feedback )
{
  mSteps.clear();
  StepFeedback stepFeedback( static_cast<int>( stepDefinitions().size() ), feedback );
  for ( const StepDefinition &definition : stepDefinitions() )
  {
    Step step{ definition.step,
               tr( definition.title ),
               std::unique_ptr<QgsProcessingAlgorithm>( definition.create() ),
               {},
               {} };
    step.parameters = stepParameters( definition.step, *step.algorithm, parameters );
    QString message;
    if ( !step.algorithm->checkParameterValues( step.parameters, context, &message ) )
      throw QgsProcessingException( tr( "%1: %2" ).arg( step.title, message ) );
    stepFeedback.lastError.clear();
    // The step takes its own snapshots of the inputs, here on the thread of the context (the main thread).
    if ( !step.algorithm->prepare( step.parameters, context, &stepFeedback ) )
      throw QgsProcessingException(
          tr( "%1 failed: %2" )
              .arg( step.title, stepFeedback.lastError.isEmpty() ? tr( "see the log" ) : stepFeedback.lastError ) );
    mSteps.push_back( std::move( step ) );
  }
}

const SecurityLayoutAlgorithm::Step &SecurityLayoutAlgorithm::step( PlanStep which ) const
{
  return *std::find_if( mSteps.begin(), mSteps.end(), [which]( const Step &s ) { return s.step == which; } );
}

const StandoffZonesAlgorithm &SecurityLayoutAlgorithm::standoff() const
{
  return dynamic_cast<const StandoffZonesAlgorithm &>( *step( PlanStep::StandoffZones ).algorithm );
}

const PerimeterDesignAlgorithm &SecurityLayoutAlgorithm::perimeter() const
{
  return dynamic_cast<const PerimeterDesignAlgorithm &>( *step( PlanStep::PerimeterDesign ).algorithm );
}

QVariantMap SecurityLayoutAlgorithm::processChecked( const QVariantMap &, QgsProcessingContext &context,
                                                     QgsProcessingFeedback *feedback )
{
  StepFeedback steps( static_cast<int>( mSteps.size() ) + 1, feedback );
  for ( std::size_t i = 0; i < mSteps.size(); ++i )
  {
    if ( feedback->isCanceled() )
      return {};
    Step &current = mSteps[i];
    steps.setCurrentStep( static_cast<int>( i ) );
    steps.pushInfo( tr( "— %1 (%2)" ).arg( current.title, current.algorithm->id() ) );
    try
    {
      current.results = current.algorithm->runPrepared( current.parameters, context, &steps );
    }
    catch ( QgsProcessingException &e )
    {
      throw QgsProcessingException( tr( "%1 failed: %2" ).arg( current.title, e.what() ) );
    }
  }
  if ( feedback->isCanceled() )
    return {};
  if ( !stepLayer( step( PlanStep::PerimeterDesign ).results, "OUTPUT_PERIMETER", context ) )
    throw QgsProcessingException( tr( "Perimeter design gave no cordon: see the log." ) );

  steps.setCurrentStep( static_cast<int>( mSteps.size() ) );
  const QStringList written = writeGeoPackage( context, &steps );
  if ( feedback->isCanceled() )
    return {};
  steps.setProgress( 80 );
  writeReport();
  steps.setProgress( 100 );
  mResults = results( written, feedback );
  return mResults;
}

QStringList SecurityLayoutAlgorithm::writeGeoPackage( QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  // The vehicle approach tables only where a street or open ground reaches the cordon.
  const PerimeterReportData &report = perimeter().outcome().report;
  const bool approach = !report.plan.crossings.empty() || !report.openGround.stretches.empty();
  QStringList written; // top to bottom
  const std::vector<PlanLayer> &layers = planLayers();
  for ( auto layer = layers.rbegin(); layer != layers.rend(); ++layer ) // bottom layer first
  {
    QgsVectorLayer *result = stepLayer( step( layer->step ).results, layer->output, context );
    if ( !result || ( layer->approach && !approach ) )
      continue;
    // The stretches only when open ground was given: without it the layout is exactly as before issue 13.
    if ( QLatin1String( layer->output ) == QLatin1String( "OUTPUT_STRETCHES" ) && !report.openGround.studied )
      continue;
    const QString table = QString::fromLatin1( layer->table );
    writeTable( result, mGeoPackagePath, table, written.isEmpty(), context.transformContext(), feedback );
    written.prepend( table );
    feedback->setProgress( 50.0 * static_cast<double>( layers.rend() - layer ) / layers.size() );
    if ( feedback->isCanceled() )
      return written;
  }
  // Each table with its default style.
  for ( const QString &table : written )
  {
    std::unique_ptr<QgsVectorLayer> layer = openTable( mGeoPackagePath, table );
    if ( !layer->isValid() )
      throw QgsProcessingException(
          tr( "Could not open the layer %1 just written to %2." ).arg( table, mGeoPackagePath ) );
    applyPlanLayerStyle( layer.get(), table );
    QString error;
    if ( !saveDefaultStyleInGeoPackage( layer.get(), &error ) )
      throw QgsProcessingException(
          tr( "Could not save the style of %1 in %2: %3" ).arg( table, mGeoPackagePath, error ) );
  }
  return written;
}

void SecurityLayoutAlgorithm::writeReport() const
{
  if ( mReportPath.isEmpty() )
    return;
  PlanReportData data;
  data.eventName = mEventName;
  data.geoPackageFileName = QFileInfo( mGeoPackagePath ).fileName();
  data.perimeter = perimeter().outcome().report;
  data.zones = standoff().zoneSummaries();
  const domain::VehicleClass &vehicle = data.perimeter.vehicle;
  for ( const EdgeImpact &impact : perimeter().outcome().edgeImpacts )
    if ( impact.impact.reachable )
      data.impacts.push_back( { domain::msToKmh( impact.impact.speedMs ), impact.impact.routeM, impact.impact.runupM,
                                domain::kineticEnergyKj( vehicle.massKg, impact.impact.speedMs ),
                                impact.impact.angleDeg, QString::fromStdString( impact.ratings.astm ),
                                QString::fromStdString( impact.ratings.iwa ),
                                QString::fromStdString( impact.ratings.pas68 ) } );
  QFile file( mReportPath );
  if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
    throw QgsProcessingException( tr( "Could not write the report %1: %2" ).arg( mReportPath, file.errorString() ) );
  file.write( planReport( data ).toUtf8() );
}

QVariantMap SecurityLayoutAlgorithm::results( const QStringList &written, QgsProcessingFeedback *feedback ) const
{
  const PlanFigures figures = readPlanFigures( mGeoPackagePath );
  feedback->pushInfo(
      tr( "Security layout written to %1: %2." ).arg( mGeoPackagePath, written.join( QStringLiteral( ", " ) ) ) );
  feedback->pushInfo( tr( "Capacity %1, %2 search lanes at %3 entries, %4 vehicle barriers, %5 emergency gates, "
                          "fastest impact %6 km/h, %7 m of road closed, standoff %8 m, barrier line %9 m out." )
                          .arg( localeNumber( std::floor( figures.capacity ) ) )
                          .arg( figures.lanes )
                          .arg( figures.entries )
                          .arg( figures.barriers )
                          .arg( figures.emergencyGates )
                          .arg( localeNumber( figures.maxImpactKmh ), localeNumber( figures.closedRoadM ),
                                localeNumber( figures.standoffM ), localeNumber( figures.barrierLineM, 1 ) ) );
  feedback->pushInfo( tr( "Queues outside the cordon: %1, %2 exposed; the longest %3 m, the longest wait %4; the "
                          "fastest vehicle at a queue %5 km/h." )
                          .arg( figures.queues )
                          .arg( figures.queuesExposed )
                          .arg( localeNumber( figures.longestQueueM ),
                                std::isfinite( figures.longestWaitMin )
                                    ? tr( "%1 min" ).arg( localeNumber( figures.longestWaitMin, 1 ) )
                                    : tr( "endless (a queue never clears)" ),
                                localeNumber( figures.maxQueueImpactKmh ) ) );
  QVariantMap results;
  results.insert( QStringLiteral( "OUTPUT_GPKG" ), mGeoPackagePath );
  if ( !mReportPath.isEmpty() )
    results.insert( QStringLiteral( "OUTPUT_REPORT" ), mReportPath );
  results.insert( QStringLiteral( "CAPACITY" ), figures.capacity );
  results.insert( QStringLiteral( "LANES" ), figures.lanes );
  results.insert( QStringLiteral( "ENTRIES" ), figures.entries );
  results.insert( QStringLiteral( "BARRIERS" ), figures.barriers );
  results.insert( QStringLiteral( "EMERGENCY_GATES" ), figures.emergencyGates );
  results.insert( QStringLiteral( "CLOSED_ROAD_M" ), figures.closedRoadM );
  results.insert( QStringLiteral( "MAX_IMPACT_KMH" ), figures.maxImpactKmh );
  results.insert( QStringLiteral( "STANDOFF_M_USED" ), figures.standoffM );
  results.insert( QStringLiteral( "BARRIER_LINE_M" ), figures.barrierLineM );
  results.insert( QStringLiteral( "BARRIER_LENGTH_M" ), figures.barrierLengthM );
  results.insert( QStringLiteral( "OPEN_GROUND_BARRIER_M" ), figures.openGroundBarrierM );
  results.insert( QStringLiteral( "EVACUATION_MIN" ),
                  figures.evacuationMinutes ? QVariant( *figures.evacuationMinutes ) : QVariant() );
  results.insert( QStringLiteral( "EVACUATION_LARGEST_LOST_MIN" ),
                  figures.evacuationLargestLostMinutes ? QVariant( *figures.evacuationLargestLostMinutes )
                                                       : QVariant() );
  results.insert( QStringLiteral( "QUEUES" ), figures.queues );
  results.insert( QStringLiteral( "QUEUES_EXPOSED" ), figures.queuesExposed );
  results.insert( QStringLiteral( "LONGEST_QUEUE_M" ), figures.longestQueueM );
  results.insert( QStringLiteral( "LONGEST_WAIT_MIN" ),
                  std::isfinite( figures.longestWaitMin ) ? QVariant( figures.longestWaitMin ) : QVariant() );
  results.insert( QStringLiteral( "MAX_QUEUE_IMPACT_KMH" ), figures.maxQueueImpactKmh );
  results.insert( QStringLiteral( "LAYERS" ), written.join( ';' ) );
  results.insert( QStringLiteral( "WARNINGS" ), perimeter().outcome().warnings.join( '\n' ) );
  return results;
}

QVariantMap SecurityLayoutAlgorithm::postProcessChecked( QgsProcessingContext &context,
                                                         QgsProcessingFeedback *feedback )
{
  QVariantMap results = mResults;
  if ( mPdfPath.isEmpty() || mGeoPackagePath.isEmpty() )
    return results;
  if ( QThread::currentThread() != QCoreApplication::instance()->thread() )
  {
    // QGIS always post-processes on the main thread; a caller that does not gets the layers without the PDF.
    feedback->reportError( tr( "The PDF was not made: print layouts can only be made on QGIS's main thread." ) );
    return results;
  }
  // A private project holding the styled results over the inputs: never the user's project.
  QgsProject project;
  PlanPrintContent content;
  content.eventName = mEventName;
  content.dataCredit = mDataCredit;
  content.figures = readPlanFigures( mGeoPackagePath );
  if ( !setPlanPrintExtent( mGeoPackagePath, content ) )
  {
    feedback->reportError( tr( "The PDF was not made: the GeoPackage has no cordon." ) );
    return results;
  }
  addResultLayers( project, content );
  addBaseLayers( project, content, context );
  std::unique_ptr<QgsPrintLayout> layout = buildPlanPrintLayout( &project, content );
  QString error;
  if ( !exportPlanPrintPdf( layout.get(), mPdfPath, &error ) )
  {
    feedback->reportError( tr( "Could not write the PDF %1: %2" ).arg( mPdfPath, error ) );
    return results;
  }
  feedback->pushInfo( tr( "Print layout written to %1." ).arg( mPdfPath ) );
  results.insert( QStringLiteral( "OUTPUT_PDF" ), mPdfPath );
  return results;
}

void SecurityLayoutAlgorithm::addResultLayers( QgsProject &project, PlanPrintContent &content ) const
{
  const QStringList tables = mResults.value( QStringLiteral( "LAYERS" ) ).toString().split( ';', Qt::SkipEmptyParts );
  for ( const QString &table : tables )
  {
    // The default style comes from the GeoPackage: the PDF shows exactly what QGIS shows.
    auto *layer = new QgsVectorLayer( mGeoPackagePath + QStringLiteral( "|layername=" ) + table,
                                      planLayerTitle( table ), QStringLiteral( "ogr" ) );
    project.addMapLayer( layer );
    content.mapLayers << layer;
    if ( planLayerInLegend( table, drawnFeatureCount( *layer ) ) )
      content.legendLayers << layer;
  }
}

void SecurityLayoutAlgorithm::addBaseLayers( QgsProject &project, PlanPrintContent &content,
                                             const QgsProcessingContext &context ) const
{
  // The inputs under the plan, clipped to the sheet, from the snapshots taken at prepare (the layers themselves
  // may be gone).
  QgsRectangle sheet = content.extent;
  sheet.scale( 1.5 ); // the map frame keeps the extent's centre; a margin covers its rounding
  const int zones = content.mapLayers.size() - 1;
  for ( const PlanBaseLayer &base : planBaseLayers() )
  {
    const SourceSnapshot *input = inputSnapshot( QString::fromLatin1( base.parameter ) );
    if ( !input )
      continue;
    QgsRectangle clip;
    try
    {
      clip = QgsCoordinateTransform( content.crs, input->sourceCrs(), context.transformContext() )
                 .transformBoundingBox( sheet );
    }
    catch ( QgsCsException & )
    {
      continue;
    }
    QgsVectorLayer *layer = printCopy( *input, clip, planBaseLayerTitle( base ) );
    applyBaseLayerStyle( layer, base.kind );
    project.addMapLayer( layer );
    // The event area above the blast zones' fill, so the crowd's place stays green; the rest underneath.
    if ( base.kind == BaseLayer::EventArea && zones >= 0 )
      content.mapLayers.insert( zones, layer );
    else
      content.mapLayers << layer;
    if ( base.kind == BaseLayer::EventArea || base.kind == BaseLayer::OpenAreas )
      content.legendLayers << layer;
  }
}

} // namespace eventsecurity
