#include "securitylayoutalgorithm.h"

#include "eventsecuritycompat.h"
#include "eventsecurityprovider.h"
#include "perimeterdesignalgorithm.h"
#include "securitylayoutprint.h"
#include "securitylayoutstyles.h"
#include "standoffzonesalgorithm.h"
#include "threatcatalogue.h"
#include "vehicleapproachalgorithm.h"

#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsprintlayout.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

namespace eventsecurity
{
namespace
{
// Parameters passed through unchanged to the child algorithms that have them (same names, same defaults).
const char *const kStandoffParameters[] = { "THREAT" };
const char *const kPerimeterParameters[] = {
    "ATTENDANCE",      "ARRIVAL_MINUTES", "DENSITY",    "LANE_RATE_PPH",         "FLOW_RATE",
    "EGRESS_MINUTES",  "THREAT",          "VEHICLE",    "START_SPEED_KMH",       "SEARCH_DISTANCE_M",
    "WIDTH_FIELD",     "DEFAULT_WIDTH_M", "NAME_FIELD", "PEDESTRIAN_EXPRESSION", "EXCLUDE_EXPRESSION",
    "EMERGENCY_GATES", "FRICTION" };
const char *const kApproachParameters[] = { "VEHICLE",         "START_SPEED_KMH", "SEARCH_DISTANCE_M", "WIDTH_FIELD",
                                            "DEFAULT_WIDTH_M", "FRICTION",        "EXCLUDE_EXPRESSION" };

// A step's feedback that keeps the child's error message, to say which step failed and why.
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

// Runs a child algorithm from the registry in this algorithm's context (its temporary outputs stay there).
QVariantMap runChild( const QString &id, const QVariantMap &parameters, const QString &stepName,
                      QgsProcessingContext &context, StepFeedback &feedback )
{
  std::unique_ptr<QgsProcessingAlgorithm> child( QgsApplication::processingRegistry()->createAlgorithmById( id ) );
  if ( !child )
    throw QgsProcessingException(
        SecurityLayoutAlgorithm::tr( "The algorithm %1 is missing: reinstall the Event Security Planner." ).arg( id ) );
  QString message;
  if ( !child->checkParameterValues( parameters, context, &message ) )
    throw QgsProcessingException( SecurityLayoutAlgorithm::tr( "%1: %2" ).arg( stepName, message ) );
  feedback.pushInfo( SecurityLayoutAlgorithm::tr( "— %1 (%2)" ).arg( stepName, id ) );
  feedback.lastError.clear();
  bool ok = false;
  const QVariantMap results = child->run( parameters, context, &feedback, &ok );
  if ( feedback.isCanceled() )
    return {};
  if ( !ok )
    throw QgsProcessingException( SecurityLayoutAlgorithm::tr( "%1 failed: %2" )
                                      .arg( stepName, feedback.lastError.isEmpty()
                                                          ? SecurityLayoutAlgorithm::tr( "see the log" )
                                                          : feedback.lastError ) );
  return results;
}

QgsVectorLayer *childLayer( const QVariantMap &results, const char *output, QgsProcessingContext &context )
{
  const QString value = results.value( QString::fromLatin1( output ) ).toString();
  return value.isEmpty() ? nullptr
                         : qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( value, context ) );
}

// Writes layer as table name of the GeoPackage at path (the first table replaces the file).
void writeTable( QgsVectorLayer *layer, const QString &path, const QString &name, bool replaceFile,
                 const QgsCoordinateTransformContext &transformContext, QgsFeedback *feedback,
                 const QgsRectangle &filterExtent = QgsRectangle() )
{
  QgsVectorFileWriter::SaveVectorOptions options;
  options.feedback = feedback; // a cancel stops a long write
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = name;
  options.fileEncoding = QStringLiteral( "UTF-8" );
  options.filterExtent = filterExtent;
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

std::unique_ptr<QgsVectorLayer> openTable( const QString &path, const QString &name, bool loadDefaultStyle = false )
{
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = loadDefaultStyle;
  return std::make_unique<QgsVectorLayer>( path + QStringLiteral( "|layername=" ) + name, name, QStringLiteral( "ogr" ),
                                           options );
}

QString number( double value, int decimals = 0 )
{
  return QLocale().toString( value, 'f', decimals );
}

// The blast and vehicle approach sections the perimeter report does not have, from the written layers.
QString extraReportSections( const QString &gpkg )
{
  QString html;
  // Blast zones.
  struct Zone
  {
    QString effect;
    double innerM = 0, outerM = 0, kpa = -1;
    int buildings = 0;
    double closedM = 0;
  };
  std::map<QString, Zone> zones;
  if ( std::unique_ptr<QgsVectorLayer> layer = openTable( gpkg, QStringLiteral( "standoff_zones" ) ); layer->isValid() )
  {
    QgsFeatureIterator it = layer->getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
    QgsFeature f;
    while ( it.nextFeature( f ) )
    {
      Zone &zone = zones[f.attribute( QStringLiteral( "zone" ) ).toString()];
      zone.effect = f.attribute( QStringLiteral( "effect" ) ).toString();
      zone.innerM = f.attribute( QStringLiteral( "inner_m" ) ).toDouble();
      zone.outerM = f.attribute( QStringLiteral( "outer_m" ) ).toDouble();
      const QVariant kpa = f.attribute( QStringLiteral( "overpressure_kpa" ) );
      zone.kpa = kpa.isNull() ? -1 : kpa.toDouble();
    }
  }
  auto countInto = [&]( const QString &table, const std::function<void( Zone &, const QgsFeature & )> &add )
  {
    std::unique_ptr<QgsVectorLayer> layer = openTable( gpkg, table );
    if ( !layer->isValid() )
      return;
    QgsFeatureIterator it = layer->getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
    QgsFeature f;
    while ( it.nextFeature( f ) )
    {
      const auto zone = zones.find( f.attribute( QStringLiteral( "zone" ) ).toString() );
      if ( zone != zones.end() )
        add( zone->second, f );
    }
  };
  countInto( QStringLiteral( "exposed_buildings" ), []( Zone &z, const QgsFeature & ) { ++z.buildings; } );
  countInto( QStringLiteral( "road_closures" ), []( Zone &z, const QgsFeature &f )
             { z.closedM += f.attribute( QStringLiteral( "length_m" ) ).toDouble(); } );
  std::vector<Zone> ordered;
  for ( const auto &entry : zones )
    ordered.push_back( entry.second );
  std::sort( ordered.begin(), ordered.end(), []( const Zone &a, const Zone &b ) { return a.outerM < b.outerM; } );

  html += "<h2>" + SecurityLayoutAlgorithm::tr( "Bomb stand-off zones around the venue" ).toHtmlEscaped() + "</h2>\n<p>" +
          SecurityLayoutAlgorithm::tr( "The zones of the bomb threat stand-off chart (NCTC/DHS 2013), drawn around the event area: inside "
                 "the mandatory evacuation distance no one stays and no vehicle is allowed; between it and the "
                 "preferred distance people shelter inside buildings, away from windows. The overpressure at each "
                 "zone's outer edge is the Kingery-Bulmash incident overpressure (Swisdak 1994)." )
              .toHtmlEscaped() +
          "</p>\n<table><tr><th>" + SecurityLayoutAlgorithm::tr( "Zone" ).toHtmlEscaped() + "</th><th>" +
          SecurityLayoutAlgorithm::tr( "From (m)" ).toHtmlEscaped() + "</th><th>" + SecurityLayoutAlgorithm::tr( "To (m)" ).toHtmlEscaped() + "</th><th>" +
          SecurityLayoutAlgorithm::tr( "Overpressure at the outer edge (kPa)" ).toHtmlEscaped() + "</th><th>" +
          SecurityLayoutAlgorithm::tr( "Buildings" ).toHtmlEscaped() + "</th><th>" + SecurityLayoutAlgorithm::tr( "Roads to close (m)" ).toHtmlEscaped() +
          "</th></tr>\n";
  for ( const Zone &zone : ordered )
    html += "<tr><td>" + zone.effect.toHtmlEscaped() + "</td><td>" + number( zone.innerM ) + "</td><td>" +
            number( zone.outerM ) + "</td><td>" + ( zone.kpa >= 0 ? number( zone.kpa, 1 ) : QStringLiteral( "-" ) ) +
            "</td><td>" + QString::number( zone.buildings ) + "</td><td>" + number( zone.closedM ) + "</td></tr>\n";
  html += "</table>\n";

  // Vehicle approach to the cordon.
  struct Impact
  {
    double kmh = 0, runupM = 0, energyKj = 0, angleDeg = 0;
    QString astm, iwa, pas68;
  };
  std::vector<Impact> impacts;
  if ( std::unique_ptr<QgsVectorLayer> layer = openTable( gpkg, QStringLiteral( "impact_points" ) ); layer->isValid() )
  {
    QgsFeatureIterator it = layer->getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
    QgsFeature f;
    while ( it.nextFeature( f ) )
      impacts.push_back( { f.attribute( QStringLiteral( "impact_kmh" ) ).toDouble(),
                           f.attribute( QStringLiteral( "runup_m" ) ).toDouble(),
                           f.attribute( QStringLiteral( "energy_kj" ) ).toDouble(),
                           f.attribute( QStringLiteral( "angle_deg" ) ).toDouble(),
                           f.attribute( QStringLiteral( "rating_astm" ) ).toString(),
                           f.attribute( QStringLiteral( "rating_iwa" ) ).toString(),
                           f.attribute( QStringLiteral( "rating_pas68" ) ).toString() } );
  }
  std::sort( impacts.begin(), impacts.end(), []( const Impact &a, const Impact &b ) { return a.kmh > b.kmh; } );
  constexpr std::size_t kListed = 10;
  html += "<h2>" + SecurityLayoutAlgorithm::tr( "Hostile vehicle approach to the cordon" ).toHtmlEscaped() + "</h2>\n<p>" +
          SecurityLayoutAlgorithm::tr( "The vehicle approach analysis (eventsecurity:vehicleapproach) finds, for each of the %1 places where "
                 "a street reaches the cordon, the highest speed a hostile vehicle can reach there over any route "
                 "and the run-up it needs; the map shows these routes coloured by speed. The fastest are listed "
                 "here." )
              .arg( impacts.size() )
              .toHtmlEscaped() +
          "</p>\n";
  if ( !impacts.empty() )
  {
    html += "<table><tr><th>" + SecurityLayoutAlgorithm::tr( "Impact speed (km/h)" ).toHtmlEscaped() + "</th><th>" +
            SecurityLayoutAlgorithm::tr( "Run-up (m)" ).toHtmlEscaped() + "</th><th>" + SecurityLayoutAlgorithm::tr( "Energy (kJ)" ).toHtmlEscaped() + "</th><th>" +
            SecurityLayoutAlgorithm::tr( "Angle (°)" ).toHtmlEscaped() + "</th><th>ASTM F2656</th><th>IWA 14-1</th><th>PAS 68</th></tr>\n";
    for ( std::size_t i = 0; i < std::min( kListed, impacts.size() ); ++i )
    {
      const Impact &impact = impacts[i];
      html += "<tr><td>" + number( impact.kmh ) + "</td><td>" + number( impact.runupM ) + "</td><td>" +
              number( impact.energyKj ) + "</td><td>" + number( impact.angleDeg ) + "</td><td>" +
              impact.astm.toHtmlEscaped() + "</td><td>" + impact.iwa.toHtmlEscaped() + "</td><td>" +
              impact.pas68.toHtmlEscaped() + "</td></tr>\n";
    }
    html += "</table>\n";
  }
  return html;
}

// The perimeter report with the event's name, and the blast and approach sections before its sources.
void extendReport( const QString &reportPath, const QString &gpkg, const QString &eventName )
{
  QFile file( reportPath );
  if ( !file.open( QIODevice::ReadOnly ) )
    throw QgsProcessingException( SecurityLayoutAlgorithm::tr( "Could not read the perimeter report %1: %2" )
                                      .arg( reportPath, file.errorString() ) );
  QString html = QString::fromUtf8( file.readAll() );
  file.close();
  const QString intro =
      "<p><b>" +
      SecurityLayoutAlgorithm::tr( "Security layout of the event \"%1\"." ).arg( eventName ).toHtmlEscaped() + "</b> " +
      SecurityLayoutAlgorithm::tr( "The layers are in the GeoPackage %1; the map is in the PDF." )
          .arg( QFileInfo( gpkg ).fileName() )
          .toHtmlEscaped() +
      "</p>\n";
  const int afterTitle = html.indexOf( QLatin1String( "</h1>" ) );
  if ( afterTitle >= 0 )
    html.insert( afterTitle + 5, "\n" + intro );
  // The perimeter report ends with its sources: the new sections go before them (or before the end).
  int at = html.lastIndexOf( QLatin1String( "<h2>" ) );
  if ( at < 0 )
    at = html.lastIndexOf( QLatin1String( "</body>" ) );
  if ( at < 0 )
    at = html.size();
  html.insert( at, extraReportSections( gpkg ) );
  if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
    throw QgsProcessingException(
        SecurityLayoutAlgorithm::tr( "Could not write the report %1: %2" ).arg( reportPath, file.errorString() ) );
  file.write( html.toUtf8() );
}

} // namespace

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

QString SecurityLayoutAlgorithm::shortHelpString() const
{
  return tr(
      "The whole security layout of one venue in one run: the bomb stand-off zones, the vehicle-exclusion cordon "
      "with its crash-rated barriers, emergency gates and pedestrian entries, and the fastest hostile vehicle routes "
      "to the cordon; written as one styled GeoPackage, an HTML report and an A3 PDF map.\n\n"
      "<b>Steps.</b> 1. Standoff zones (eventsecurity:standoffzones, stand-off chart method) around VENUE for THREAT, "
      "with the road closures on NETWORK and the exposed BUILDINGS. 2. Perimeter design "
      "(eventsecurity:perimeterdesign) "
      "of VENUE for ATTENDANCE: the cordon at STANDOFF_M (not set: the chart's mandatory distance for THREAT), the "
      "crossings, barriers and entries. 3. Vehicle approach (eventsecurity:vehicleapproach) of VEHICLE to the cordon. "
      "The other parameters are those of the steps, with the same defaults: see their help for the model, the sources "
      "and the judgement calls. THREAT lists the chart's threats only (a custom charge cannot size a cordon).\n\n"
      "<b>GeoPackage (OUTPUT_GPKG).</b> One table per result, each with its style saved as the default in the "
      "GeoPackage (layer_styles), so QGIS shows it styled when the file is opened. Top to bottom: entries "
      "(lanes, gate_width_m; labelled), crossings (kind), barriers (coloured by ASTM F2656 rating), impact_points and "
      "critical_routes (coloured by impact speed in classes at the test speeds 32/48/64/80 km/h), cordon, "
      "road_closures, exposed_buildings (only with BUILDINGS), approach_speeds (max_kmh on every street), "
      "standoff_zones (red to yellow). The LAYERS output lists the tables written, in that order, separated by ';'.\n\n"
      "<b>Report (OUTPUT_REPORT).</b> The perimeter design report with the stand-off zones (distance, overpressure, "
      "buildings, roads to close) and the fastest vehicle approaches.\n\n"
      "<b>PDF (OUTPUT_PDF, optional).</b> An A3 landscape sheet: the map of the cordon, barriers, entries and the "
      "mandatory evacuation zone over the input streets and buildings, the legend, scale bar, north arrow, the key "
      "figures, the sources and the date. DATA_CREDIT is the map data credit; left empty it is \"© OpenStreetMap "
      "contributors\" when the inputs look like OpenStreetMap data (an osm_id field), otherwise none.\n\n"
      "<b>Key figures.</b> CAPACITY (persons the event area holds), LANES (search lanes), BARRIERS (fixed vehicle "
      "barriers), EMERGENCY_GATES, ENTRIES, CLOSED_ROAD_M (roads closed to vehicles), MAX_IMPACT_KMH (fastest impact "
      "at the cordon), STANDOFF_M_USED. A planning aid, not a substitute for a qualified security adviser." );
}

SecurityLayoutAlgorithm *SecurityLayoutAlgorithm::createInstance() const
{
  return new SecurityLayoutAlgorithm();
}

void SecurityLayoutAlgorithm::initAlgorithm( const QVariantMap & )
{
  // The steps' own parameter definitions: one source for each default, range and description.
  const std::unique_ptr<QgsProcessingAlgorithm> standoff( StandoffZonesAlgorithm().create() );
  const std::unique_ptr<QgsProcessingAlgorithm> perimeter( PerimeterDesignAlgorithm().create() );
  const std::unique_ptr<QgsProcessingAlgorithm> approach( VehicleApproachAlgorithm().create() );
  auto addFrom = [this]( const QgsProcessingAlgorithm &child, const char *name, bool advanced )
  {
    std::unique_ptr<QgsProcessingParameterDefinition> definition(
        child.parameterDefinition( QString::fromLatin1( name ) )->clone() );
    if ( advanced )
      definition->setFlags( definition->flags() | compat::FlagAdvanced );
    addParameter( definition.release() );
  };

  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "VENUE" ),
                                                         tr( "Venue, where the crowd stands (polygons)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorPolygon ) ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "NETWORK" ), tr( "Street network (lines)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorLine ) ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "BUILDINGS" ), tr( "Buildings (polygons)" ),
                                                         QList<int>() << static_cast<int>( compat::VectorPolygon ),
                                                         QVariant(), true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "EVENT_NAME" ), tr( "Event name" ), tr( "Event" ) ) );
  addFrom( *perimeter, "ATTENDANCE", false );
  addFrom( *perimeter, "ARRIVAL_MINUTES", false );

  // The stand-off chart's threats, as numbered in eventsecurity:standoffzones, without its custom charge.
  std::unique_ptr<QgsProcessingParameterEnum> threat( dynamic_cast<QgsProcessingParameterEnum *>(
      standoff->parameterDefinition( QStringLiteral( "THREAT" ) )->clone() ) );
  threat->setOptions( threat->options().mid( 0, static_cast<int>( domain::threatTypes().size() ) ) );
  addParameter( threat.release() );
  addFrom( *approach, "VEHICLE", false );
  // A plain number: metres on the ground whatever the venue's CRS.
  addParameter( new QgsProcessingParameterNumber(
      QStringLiteral( "STANDOFF_M" ), perimeter->parameterDefinition( QStringLiteral( "STANDOFF_M" ) )->description(),
      compat::Double, QVariant(), true, 0.0 ) );

  for ( const char *name : { "DENSITY", "LANE_RATE_PPH", "FLOW_RATE", "EGRESS_MINUTES", "EMERGENCY_GATES", "NAME_FIELD",
                             "PEDESTRIAN_EXPRESSION" } )
    addFrom( *perimeter, name, true );
  for ( const char *name :
        { "START_SPEED_KMH", "SEARCH_DISTANCE_M", "WIDTH_FIELD", "DEFAULT_WIDTH_M", "FRICTION", "EXCLUDE_EXPRESSION" } )
    addFrom( *approach, name, true );
  auto credit = std::make_unique<QgsProcessingParameterString>( QStringLiteral( "DATA_CREDIT" ),
                                                                tr( "Map data credit on the PDF (empty = automatic)" ),
                                                                QVariant(), false, true );
  credit->setFlags( credit->flags() | compat::FlagAdvanced );
  addParameter( credit.release() );

  addParameter(
      new QgsProcessingParameterFileDestination( QStringLiteral( "OUTPUT_GPKG" ), tr( "Security layout (GeoPackage)" ),
                                                 tr( "GeoPackage (*.gpkg)" ), QgsProcessing::TEMPORARY_OUTPUT ) );
  auto pdf = std::make_unique<QgsProcessingParameterFileDestination>(
      QStringLiteral( "OUTPUT_PDF" ), tr( "Print layout (PDF)" ), tr( "PDF files (*.pdf)" ), QVariant(), true );
  pdf->setCreateByDefault( false ); // printing takes a while: only when asked for ("Skip output" in the dialog)
  addParameter( pdf.release() );
  addParameter( new QgsProcessingParameterFileDestination(
      QStringLiteral( "OUTPUT_REPORT" ), tr( "Report" ), tr( "HTML files (*.html *.htm)" ),
      QgsProcessing::TEMPORARY_OUTPUT, true ) ); // optional, so a caller may leave it out: then a temporary file

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
  addOutput( new QgsProcessingOutputString( QStringLiteral( "LAYERS" ),
                                            tr( "GeoPackage layers, top to bottom (';' separated)" ) ) );
}

QVariantMap SecurityLayoutAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context,
                                                       QgsProcessingFeedback *feedback )
{
  mGeoPackagePath = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_GPKG" ), context );
  mPdfPath = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_PDF" ), context );
  const QString reportPath = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_REPORT" ), context );
  if ( mGeoPackagePath.isEmpty() )
    throw QgsProcessingException( tr( "OUTPUT_GPKG is empty: give the GeoPackage file to write (.gpkg)." ) );
  mEventName = parameterAsString( parameters, QStringLiteral( "EVENT_NAME" ), context ).trimmed();
  if ( mEventName.isEmpty() )
    mEventName = tr( "Event" );
  const QVariant buildings = parameters.value( QStringLiteral( "BUILDINGS" ) );
  const bool withBuildings = buildings.isValid() && !buildings.toString().isEmpty();

  StepFeedback steps( 4, feedback );
  const QString temporary = QgsProcessing::TEMPORARY_OUTPUT;
  auto passThrough = [&]( QVariantMap &child, const auto &names )
  {
    for ( const char *name : names )
      if ( parameters.contains( QString::fromLatin1( name ) ) )
        child.insert( QString::fromLatin1( name ), parameters.value( QString::fromLatin1( name ) ) );
  };

  // 1. Stand-off zones, closures and exposed buildings.
  QVariantMap standoffParameters{ { QStringLiteral( "INPUT" ), parameters.value( QStringLiteral( "VENUE" ) ) },
                                  { QStringLiteral( "METHOD" ), 0 },
                                  { QStringLiteral( "ROADS" ), parameters.value( QStringLiteral( "NETWORK" ) ) },
                                  { QStringLiteral( "OUTPUT" ), temporary },
                                  { QStringLiteral( "OUTPUT_ROADS" ), temporary } };
  passThrough( standoffParameters, kStandoffParameters );
  if ( withBuildings )
  {
    standoffParameters.insert( QStringLiteral( "BUILDINGS" ), buildings );
    standoffParameters.insert( QStringLiteral( "OUTPUT_BUILDINGS" ), temporary );
  }
  steps.setCurrentStep( 0 );
  const QVariantMap standoff = runChild( QStringLiteral( "eventsecurity:standoffzones" ), standoffParameters,
                                         tr( "Standoff zones" ), context, steps );
  if ( feedback->isCanceled() )
    return {};

  // 2. The perimeter: cordon, crossings, barriers, entries, report.
  QVariantMap perimeterParameters{ { QStringLiteral( "EVENT_AREA" ), parameters.value( QStringLiteral( "VENUE" ) ) },
                                   { QStringLiteral( "NETWORK" ), parameters.value( QStringLiteral( "NETWORK" ) ) },
                                   { QStringLiteral( "OUTPUT_PERIMETER" ), temporary },
                                   { QStringLiteral( "OUTPUT_CROSSINGS" ), temporary },
                                   { QStringLiteral( "OUTPUT_BARRIERS" ), temporary },
                                   { QStringLiteral( "OUTPUT_ENTRIES" ), temporary },
                                   { QStringLiteral( "OUTPUT_REPORT" ), reportPath } };
  passThrough( perimeterParameters, kPerimeterParameters );
  const QVariant standoffM = parameters.value( QStringLiteral( "STANDOFF_M" ) );
  if ( standoffM.isValid() && !standoffM.isNull() && !standoffM.toString().trimmed().isEmpty() )
    perimeterParameters.insert( QStringLiteral( "STANDOFF_M" ), standoffM );
  steps.setCurrentStep( 1 );
  const QVariantMap perimeter = runChild( QStringLiteral( "eventsecurity:perimeterdesign" ), perimeterParameters,
                                          tr( "Perimeter design" ), context, steps );
  if ( feedback->isCanceled() )
    return {};
  QgsVectorLayer *cordon = childLayer( perimeter, "OUTPUT_PERIMETER", context );
  if ( !cordon )
    throw QgsProcessingException( tr( "Perimeter design gave no cordon: see the log." ) );

  // 3. Hostile vehicle approach to the cordon, where the barriers stand.
  QVariantMap approachParameters{ { QStringLiteral( "NETWORK" ), parameters.value( QStringLiteral( "NETWORK" ) ) },
                                  { QStringLiteral( "PROTECTED_AREA" ), cordon->id() },
                                  { QStringLiteral( "OUTPUT_POINTS" ), temporary },
                                  { QStringLiteral( "OUTPUT_ROUTES" ), temporary },
                                  { QStringLiteral( "OUTPUT_NETWORK" ), temporary } };
  passThrough( approachParameters, kApproachParameters );
  steps.setCurrentStep( 2 );
  // Where no street crosses the cordon there is no approach to assess (perimeter design said so in its
  // log and report): the layout is made without it rather than refused.
  QVariantMap approach;
  const QgsVectorLayer *crossings = childLayer( perimeter, "OUTPUT_CROSSINGS", context );
  if ( crossings && crossings->featureCount() > 0 )
    approach = runChild( QStringLiteral( "eventsecurity:vehicleapproach" ), approachParameters,
                         tr( "Vehicle approach" ), context, steps );
  else
    feedback->pushWarning( tr( "No street crosses the cordon: the vehicle approach step is left out." ) );
  if ( feedback->isCanceled() )
    return {};

  // 4. One GeoPackage, bottom layer first, each table with its default style.
  steps.setCurrentStep( 3 );
  const std::map<QString, QgsVectorLayer *> produced = {
      { QStringLiteral( "standoff_zones" ), childLayer( standoff, "OUTPUT", context ) },
      { QStringLiteral( "road_closures" ), childLayer( standoff, "OUTPUT_ROADS", context ) },
      { QStringLiteral( "exposed_buildings" ), childLayer( standoff, "OUTPUT_BUILDINGS", context ) },
      { QStringLiteral( "approach_speeds" ), childLayer( approach, "OUTPUT_NETWORK", context ) },
      { QStringLiteral( "critical_routes" ), childLayer( approach, "OUTPUT_ROUTES", context ) },
      { QStringLiteral( "impact_points" ), childLayer( approach, "OUTPUT_POINTS", context ) },
      { QStringLiteral( "cordon" ), cordon },
      { QStringLiteral( "barriers" ), childLayer( perimeter, "OUTPUT_BARRIERS", context ) },
      { QStringLiteral( "crossings" ), childLayer( perimeter, "OUTPUT_CROSSINGS", context ) },
      { QStringLiteral( "entries" ), childLayer( perimeter, "OUTPUT_ENTRIES", context ) } };
  QStringList written; // top to bottom
  QStringList bottomUp = securityLayoutLayerNames();
  std::reverse( bottomUp.begin(), bottomUp.end() );
  for ( const QString &name : bottomUp )
  {
    QgsVectorLayer *layer = produced.at( name );
    if ( !layer )
      continue;
    writeTable( layer, mGeoPackagePath, name, written.isEmpty(), context.transformContext(), feedback );
    written.prepend( name );
    steps.setProgress( 50.0 * ( bottomUp.indexOf( name ) + 1 ) / bottomUp.size() );
    if ( feedback->isCanceled() )
      return {};
  }
  for ( const QString &name : written )
  {
    std::unique_ptr<QgsVectorLayer> layer = openTable( mGeoPackagePath, name );
    if ( !layer->isValid() )
      throw QgsProcessingException(
          tr( "Could not open the layer %1 just written to %2." ).arg( name, mGeoPackagePath ) );
    applySecurityLayoutStyle( layer.get(), name );
    QString error;
    if ( !saveDefaultStyleInGeoPackage( layer.get(), &error ) )
      throw QgsProcessingException(
          tr( "Could not save the style of %1 in %2: %3" ).arg( name, mGeoPackagePath, error ) );
  }
  steps.setProgress( 80 );

  // The report, and what the PDF needs (made in postProcessAlgorithm, on the main thread).
  if ( !reportPath.isEmpty() )
    extendReport( reportPath, mGeoPackagePath, mEventName );
  QList<QgsMapLayer *> inputs;
  for ( const char *name : { "VENUE", "NETWORK", "BUILDINGS" } )
    if ( QgsVectorLayer *layer = parameterAsVectorLayer( parameters, QString::fromLatin1( name ), context ) )
      inputs << layer;
  mDataCredit = parameterAsString( parameters, QStringLiteral( "DATA_CREDIT" ), context ).trimmed();
  if ( mDataCredit.isEmpty() )
    mDataCredit = defaultDataCredit( inputs );
  mBaseMapPath.clear();
  if ( !mPdfPath.isEmpty() )
  {
    // The inputs under the print's map, clipped to the sheet, in a file of their own: the PDF step needs
    // no input layer object (they belong to this thread, or to the project).
    SecurityLayoutContent content;
    if ( setSecurityLayoutExtent( mGeoPackagePath, content ) )
    {
      mBaseMapPath = QgsProcessingUtils::generateTempFilename( QStringLiteral( "security_layout_basemap.gpkg" ) );
      const QStringList baseNames = { QStringLiteral( "venue" ), QStringLiteral( "streets" ),
                                      QStringLiteral( "buildings" ) };
      bool first = true;
      for ( int i = 0; i < baseNames.size(); ++i )
      {
        QgsVectorLayer *layer = parameterAsVectorLayer( parameters,
                                                        i == 0   ? QStringLiteral( "VENUE" )
                                                        : i == 1 ? QStringLiteral( "NETWORK" )
                                                                 : QStringLiteral( "BUILDINGS" ),
                                                        context );
        if ( !layer )
          continue;
        QgsRectangle sheet = content.extent;
        sheet.scale( 1.5 ); // the map frame keeps the extent's centre; a margin covers its rounding
        const QgsRectangle clip = QgsCoordinateTransform( content.crs, layer->crs(), context.transformContext() )
                                      .transformBoundingBox( sheet );
        writeTable( layer, mBaseMapPath, baseNames.at( i ), first, context.transformContext(), feedback, clip );
        first = false;
        if ( feedback->isCanceled() )
          return {};
      }
    }
  }
  steps.setProgress( 100 );

  const SecurityLayoutFigures figures = readSecurityLayoutFigures( mGeoPackagePath );
  feedback->pushInfo(
      tr( "Security layout written to %1: %2." ).arg( mGeoPackagePath, written.join( QStringLiteral( ", " ) ) ) );
  feedback->pushInfo(
      tr( "Capacity %1, %2 search lanes at %3 entries, %4 vehicle barriers, %5 emergency gates, "
          "fastest impact %6 km/h, %7 m of road closed, standoff %8 m." )
          .arg( number( std::floor( figures.capacity ) ) )
          .arg( figures.lanes )
          .arg( figures.entries )
          .arg( figures.barriers )
          .arg( figures.emergencyGates )
          .arg( number( figures.maxImpactKmh ), number( figures.closedRoadM ), number( figures.standoffM ) ) );

  mResults.clear();
  mResults.insert( QStringLiteral( "OUTPUT_GPKG" ), mGeoPackagePath );
  if ( !reportPath.isEmpty() )
    mResults.insert( QStringLiteral( "OUTPUT_REPORT" ), reportPath );
  mResults.insert( QStringLiteral( "CAPACITY" ), figures.capacity );
  mResults.insert( QStringLiteral( "LANES" ), figures.lanes );
  mResults.insert( QStringLiteral( "ENTRIES" ), figures.entries );
  mResults.insert( QStringLiteral( "BARRIERS" ), figures.barriers );
  mResults.insert( QStringLiteral( "EMERGENCY_GATES" ), figures.emergencyGates );
  mResults.insert( QStringLiteral( "CLOSED_ROAD_M" ), figures.closedRoadM );
  mResults.insert( QStringLiteral( "MAX_IMPACT_KMH" ), figures.maxImpactKmh );
  mResults.insert( QStringLiteral( "STANDOFF_M_USED" ), figures.standoffM );
  mResults.insert( QStringLiteral( "LAYERS" ), written.join( ';' ) );
  return mResults;
}

QVariantMap SecurityLayoutAlgorithm::postProcessChecked( QgsProcessingContext &, QgsProcessingFeedback *feedback )
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
  SecurityLayoutContent content;
  content.eventName = mEventName;
  content.dataCredit = mDataCredit;
  content.figures = readSecurityLayoutFigures( mGeoPackagePath );
  if ( !setSecurityLayoutExtent( mGeoPackagePath, content ) )
  {
    feedback->reportError( tr( "The PDF was not made: the GeoPackage has no cordon." ) );
    return results;
  }
  const QStringList layerNames =
      mResults.value( QStringLiteral( "LAYERS" ) ).toString().split( ';', Qt::SkipEmptyParts );
  for ( const QString &name : layerNames )
  {
    // The default style comes from the GeoPackage: the PDF shows exactly what QGIS shows.
    auto *layer = new QgsVectorLayer( mGeoPackagePath + QStringLiteral( "|layername=" ) + name,
                                      securityLayoutLayerTitle( name ), QStringLiteral( "ogr" ) );
    project.addMapLayer( layer );
    content.mapLayers << layer;
    if ( securityLayoutLayerInLegend( name, layer->featureCount() ) )
      content.legendLayers << layer;
  }
  if ( !mBaseMapPath.isEmpty() )
  {
    const std::pair<const char *, BaseLayer> base[] = {
        { "venue", BaseLayer::EventArea }, { "buildings", BaseLayer::Buildings }, { "streets", BaseLayer::Streets } };
    for ( const auto &[name, kind] : base )
    {
      QgsVectorLayer::LayerOptions options;
      options.loadDefaultStyle = false;
      auto *layer = new QgsVectorLayer( mBaseMapPath + QStringLiteral( "|layername=" ) + QString::fromLatin1( name ),
                                        kind == BaseLayer::EventArea   ? tr( "Event area" )
                                        : kind == BaseLayer::Buildings ? tr( "Buildings" )
                                                                       : tr( "Streets" ),
                                        QStringLiteral( "ogr" ), options );
      if ( !layer->isValid() )
      {
        delete layer;
        continue;
      }
      applyBaseLayerStyle( layer, kind );
      project.addMapLayer( layer );
      // The event area above the blast zones' fill, so the crowd's place stays green; the rest underneath.
      const int zones = content.mapLayers.size() - 1;
      if ( kind == BaseLayer::EventArea && zones >= 0 )
        content.mapLayers.insert( zones, layer );
      else
        content.mapLayers << layer;
      if ( kind == BaseLayer::EventArea )
        content.legendLayers << layer;
    }
  }
  std::unique_ptr<QgsPrintLayout> layout = buildSecurityLayout( &project, content );
  QString error;
  if ( !exportSecurityLayoutPdf( layout.get(), mPdfPath, &error ) )
  {
    feedback->reportError( tr( "Could not write the PDF %1: %2" ).arg( mPdfPath, error ) );
    return results;
  }
  feedback->pushInfo( tr( "Print layout written to %1." ).arg( mPdfPath ) );
  results.insert( QStringLiteral( "OUTPUT_PDF" ), mPdfPath );
  return results;
}

} // namespace eventsecurity
