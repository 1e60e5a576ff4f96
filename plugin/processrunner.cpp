#include "processrunner.h"

#include "eventsecuritycompat.h"
#include "eventsecurityprovider.h"
#include "helptext.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace eventsecurity
{

namespace
{

enum ExitCode
{
  Success = 0,
  BadInput = 1,
  RunFailed = 2,
};

/**
 * Prints the log and a coarse progress bar (0...10...20...) to stderr, and keeps the log for --json in
 * qgis_process's shape ("errors", "warning", "info"). As in qgis_process, an error the algorithm reports and
 * goes on after (reportError, not fatal) is printed "ERROR:" but decides no exit code: only the run's outcome does.
 */
class ConsoleFeedback : public QgsProcessingFeedback
{
public:
  explicit ConsoleFeedback( QTextStream &err, bool quiet ) : mErr( err ), mQuiet( quiet )
  {
    connect( this, &QgsFeedback::progressChanged, this,
             [this]( double progress )
             {
               const int step = static_cast<int>( progress / 10 );
               while ( !mQuiet && mLastStep < step && mLastStep < 10 )
               {
                 ++mLastStep;
                 mErr << ( mLastStep * 10 ) << ( mLastStep < 10 ? "..." : "\n" );
                 mErr.flush();
               }
             } );
  }

  void reportError( const QString &error, bool fatalError = false ) override
  {
    mErr << "ERROR: " << error << '\n';
    mErr.flush();
    mErrors << error;
    QgsProcessingFeedback::reportError( error, fatalError );
  }
  void pushWarning( const QString &warning ) override
  {
    mErr << "WARNING: " << warning << '\n';
    mWarnings << warning;
    QgsProcessingFeedback::pushWarning( warning );
  }
  void pushInfo( const QString &info ) override
  {
    if ( !mQuiet )
      mErr << info << '\n';
    mInfo << info;
    QgsProcessingFeedback::pushInfo( info );
  }

  //! The log as qgis_process --json gives it: a list for each kind of message there was.
  QJsonObject jsonLog() const
  {
    QJsonObject log;
    const std::pair<const char *, const QStringList *> kinds[] = {
        { "errors", &mErrors }, { "warning", &mWarnings }, { "info", &mInfo } };
    for ( const auto &[key, messages] : kinds )
      if ( !messages->isEmpty() )
        log.insert( QString::fromLatin1( key ), QJsonArray::fromStringList( *messages ) );
    return log;
  }

private:
  QTextStream &mErr;
  bool mQuiet = false;
  int mLastStep = 0;
  QStringList mErrors;
  QStringList mWarnings;
  QStringList mInfo;
};

QJsonValue toJson( const QVariant &value )
{
  if ( value.userType() == qMetaTypeId<QgsProcessingOutputLayerDefinition>() )
    return value.value<QgsProcessingOutputLayerDefinition>().sink.staticValue().toString();
  if ( value.userType() == qMetaTypeId<QgsProcessingFeatureSourceDefinition>() )
    return value.value<QgsProcessingFeatureSourceDefinition>().source.staticValue().toString();
  return QJsonValue::fromVariant( value );
}

QJsonObject toJson( const QVariantMap &map )
{
  QJsonObject object;
  for ( auto it = map.constBegin(); it != map.constEnd(); ++it )
    object.insert( it.key(), toJson( it.value() ) );
  return object;
}

} // namespace

ProcessRunner::ProcessRunner( QTextStream &out, QTextStream &err ) : mOut( out ), mErr( err ) {}

QString ProcessRunner::usage()
{
  return QStringLiteral(
      "Usage: eventsecurity_process [--json] COMMAND\n"
      "  list                          list the available algorithms\n"
      "  help ALGORITHM|MODEL.model3   show an algorithm's parameters, outputs and help\n"
      "  run ALGORITHM|MODEL.model3 --PARAM=value ... [--json]\n"
      "                                run it; outputs not given are written to temporary files\n"
      "  --version                     show the versions\n"
      "Algorithm ids look like eventsecurity:standoffzones or native:buffer. Layers are given as qgis_process\n"
      "takes them: a file, FILE|layername=NAME, or a provider URI such as postgres://dbname=... table=\"s\".\"t\" "
      "(geom);\n"
      "an output can also be a PostGIS table: postgres://dbname=... table=\"s\".\"t\" (geom).\n"
      "Messages go to stderr: WARNING: is something to check in a result; ERROR: is an error the algorithm\n"
      "reported (as in qgis_process, it fails the run only when the algorithm stops).\n"
      "Exit codes: 0 the algorithm ran to its end and wrote every output named on the command line;\n"
      "1 bad command line, algorithm, model or parameter value; 2 the algorithm failed, or an output named on\n"
      "the command line was not written (qgis_process exits 1 in both cases).\n" );
}

int ProcessRunner::execute( const QStringList &arguments )
{
  QStringList args;
  for ( const QString &argument : arguments )
  {
    if ( argument == QLatin1String( "--json" ) )
      mJson = true;
    else
      args << argument;
  }

  if ( args.isEmpty() || args.first() == QLatin1String( "--help" ) || args.first() == QLatin1String( "-h" ) )
  {
    ( args.isEmpty() ? mErr : mOut ) << usage();
    return args.isEmpty() ? BadInput : Success;
  }

  const QString command = args.takeFirst();
  if ( command == QLatin1String( "--version" ) )
  {
    mOut << "eventsecurity_process " << EVENTSECURITY_VERSION << '\n'
         << "QGIS " << Qgis::version() << '\n'
         << "Qt " << qVersion() << '\n';
    return Success;
  }
  if ( command == QLatin1String( "list" ) )
    return list();
  if ( command == QLatin1String( "help" ) || command == QLatin1String( "run" ) )
  {
    if ( args.isEmpty() )
    {
      mErr << "Error: '" << command << "' needs an algorithm id or a .model3 file.\n" << usage();
      return BadInput;
    }
    const QString target = args.takeFirst();
    return command == QLatin1String( "help" ) ? help( target ) : run( target, args );
  }

  mErr << "Error: unknown command '" << command << "'.\n" << usage();
  return BadInput;
}

int ProcessRunner::list()
{
  QList<QgsProcessingProvider *> providers = QgsApplication::processingRegistry()->providers();
  std::stable_sort( providers.begin(), providers.end(),
                    []( QgsProcessingProvider *a, QgsProcessingProvider *b ) {
                      return a->id() == EventSecurityProvider::providerId() &&
                             b->id() != EventSecurityProvider::providerId();
                    } );

  QJsonObject jsonProviders;
  for ( QgsProcessingProvider *provider : std::as_const( providers ) )
  {
    QJsonObject jsonAlgorithms;
    if ( !mJson )
      mOut << provider->name() << '\n';
    for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
    {
      if ( mJson )
      {
        jsonAlgorithms.insert( algorithm->id(), QJsonObject{ { QStringLiteral( "name" ), algorithm->displayName() },
                                                             { QStringLiteral( "group" ), algorithm->group() } } );
      }
      else
        mOut << '\t' << algorithm->id() << '\t' << algorithm->displayName() << '\n';
    }
    if ( mJson )
      jsonProviders.insert( provider->id(), QJsonObject{ { QStringLiteral( "name" ), provider->name() },
                                                         { QStringLiteral( "algorithms" ), jsonAlgorithms } } );
    else
      mOut << '\n';
  }
  if ( mJson )
    mOut << QJsonDocument( QJsonObject{ { QStringLiteral( "providers" ), jsonProviders } } ).toJson();
  return Success;
}

std::unique_ptr<QgsProcessingAlgorithm> ProcessRunner::loadAlgorithm( const QString &algorithmOrModel )
{
  if ( algorithmOrModel.endsWith( QLatin1String( ".model3" ), Qt::CaseInsensitive ) )
  {
    auto model = std::make_unique<QgsProcessingModelAlgorithm>();
    if ( !QFileInfo::exists( algorithmOrModel ) || !model->fromFile( algorithmOrModel ) )
    {
      mErr << "Error: could not read the model file '" << algorithmOrModel << "'.\n";
      return nullptr;
    }
    // A model's child algorithms must exist in this runner.
    QStringList missing;
    const QMap<QString, QgsProcessingModelChildAlgorithm> children = model->childAlgorithms();
    for ( const QgsProcessingModelChildAlgorithm &child : children )
    {
      if ( !QgsApplication::processingRegistry()->algorithmById( child.algorithmId() ) )
        missing << child.algorithmId();
    }
    if ( !missing.isEmpty() )
    {
      mErr << "Error: the model uses algorithms this runner does not have: " << missing.join( QLatin1String( ", " ) )
           << ".\n";
      return nullptr;
    }
    model->initAlgorithm();
    return model;
  }

  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( algorithmOrModel );
  if ( !algorithm )
  {
    mErr << "Error: no algorithm with id '" << algorithmOrModel
         << "'. Run 'eventsecurity_process list' to see the algorithms.\n";
    return nullptr;
  }
  return std::unique_ptr<QgsProcessingAlgorithm>( algorithm->create() );
}

int ProcessRunner::help( const QString &algorithmOrModel )
{
  const std::unique_ptr<QgsProcessingAlgorithm> algorithm = loadAlgorithm( algorithmOrModel );
  if ( !algorithm )
    return BadInput;

  if ( mJson )
  {
    QJsonArray parameters;
    for ( const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions() )
      parameters.append( QJsonObject::fromVariantMap( parameter->toVariantMap() ) );
    QJsonArray outputs;
    for ( const QgsProcessingOutputDefinition *output : algorithm->outputDefinitions() )
      outputs.append( QJsonObject{ { QStringLiteral( "name" ), output->name() },
                                   { QStringLiteral( "type" ), output->type() },
                                   { QStringLiteral( "description" ), output->description() } } );
    mOut << QJsonDocument( QJsonObject{ { QStringLiteral( "id" ), algorithm->id() },
                                        { QStringLiteral( "name" ), algorithm->displayName() },
                                        { QStringLiteral( "help" ), algorithm->shortHelpString() },
                                        { QStringLiteral( "parameters" ), parameters },
                                        { QStringLiteral( "outputs" ), outputs } } )
                .toJson();
    return Success;
  }

  mOut << algorithm->displayName() << " (" << algorithm->id() << ")\n\n";
  const QString helpText = helpPlainText( algorithm->shortHelpString() );
  if ( !helpText.isEmpty() )
    mOut << "Description\n-----------\n" << helpText << "\n\n";

  mOut << "Parameters\n----------\n";
  for ( const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions() )
  {
    if ( parameter->flags() & QgsProcessingParameterDefinition::FlagHidden )
      continue;
    mOut << parameter->name() << ": " << parameter->description();
    if ( parameter->flags() & QgsProcessingParameterDefinition::FlagOptional )
      mOut << " (optional)";
    mOut << "\n\tType: " << parameter->type();
    if ( const auto *enumParameter = dynamic_cast<const QgsProcessingParameterEnum *>( parameter ) )
    {
      const QStringList options = enumParameter->options();
      for ( int i = 0; i < options.size(); ++i )
        mOut << "\n\t\t" << i << ": " << options.at( i );
    }
    if ( parameter->defaultValue().isValid() )
      mOut << "\n\tDefault: " << parameter->defaultValue().toString();
    mOut << "\n\n";
  }
  mOut << "Outputs\n-------\n";
  for ( const QgsProcessingOutputDefinition *output : algorithm->outputDefinitions() )
    mOut << output->name() << ": " << output->description() << " (" << output->type() << ")\n";
  return Success;
}

bool ProcessRunner::parseParameters( const QgsProcessingAlgorithm &algorithm, const QStringList &arguments,
                                     QVariantMap &parameters )
{
  bool afterSeparator = false;
  for ( const QString &argument : arguments )
  {
    if ( argument == QLatin1String( "--" ) )
    {
      afterSeparator = true;
      continue;
    }
    QString assignment = argument;
    if ( assignment.startsWith( QLatin1String( "--" ) ) )
      assignment = assignment.mid( 2 );
    else if ( !afterSeparator )
    {
      mErr << "Error: unexpected argument '" << argument << "'; parameters are given as --NAME=value.\n";
      return false;
    }
    const int equals = assignment.indexOf( '=' );
    if ( equals <= 0 )
    {
      mErr << "Error: parameter '" << argument << "' has no value; write --NAME=value.\n";
      return false;
    }
    const QString name = assignment.left( equals );
    const QString value = assignment.mid( equals + 1 );
    const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition( name );
    if ( !definition )
    {
      QStringList names;
      for ( const QgsProcessingParameterDefinition *parameter : algorithm.parameterDefinitions() )
        names << parameter->name();
      mErr << "Error: '" << algorithm.id() << "' has no parameter '" << name
           << "'. Its parameters are: " << names.join( QLatin1String( ", " ) ) << ".\n";
      return false;
    }
    // A repeated parameter (multiple layers, matrices) becomes a list.
    if ( parameters.contains( definition->name() ) )
    {
      QVariantList list = parameters.value( definition->name() ).userType() == QMetaType::QVariantList
                              ? parameters.value( definition->name() ).toList()
                              : QVariantList{ parameters.value( definition->name() ) };
      list << value;
      parameters.insert( definition->name(), list );
    }
    else
      parameters.insert( definition->name(), value );
  }
  return true;
}

QStringList ProcessRunner::missingOutputs( const QgsProcessingAlgorithm &algorithm, const QStringList &arguments,
                                           const QVariantMap &results )
{
  QStringList missing;
  for ( const QgsProcessingParameterDefinition *definition : algorithm.destinationParameterDefinitions() )
  {
    // Named by the user (not one the runner sent to its temporary folder), and an output of that name exists.
    const bool named =
        std::any_of( arguments.begin(), arguments.end(),
                     [definition]( const QString &argument )
                     {
                       return argument.startsWith( QStringLiteral( "--%1=" ).arg( definition->name() ) ) ||
                              argument.startsWith( definition->name() + '=' );
                     } );
    if ( named && algorithm.outputDefinition( definition->name() ) &&
         results.value( definition->name() ).toString().isEmpty() )
      missing << definition->name();
  }
  return missing;
}

int ProcessRunner::run( const QString &algorithmOrModel, const QStringList &parameterArguments )
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm = loadAlgorithm( algorithmOrModel );
  if ( !algorithm )
    return BadInput;

  QVariantMap parameters;
  if ( !parseParameters( *algorithm, parameterArguments, parameters ) )
    return BadInput;

  // Outputs that were not named but are made anyway (required, or optional and created by default, as
  // in QGIS's dialog) go to files in a new folder under the system's temporary folder, kept after the
  // runner exits (QGIS's own processing temp folder is removed at exit).
  std::unique_ptr<QTemporaryDir> outputFolder;
  for ( const QgsProcessingParameterDefinition *definition : algorithm->destinationParameterDefinitions() )
  {
    const auto *destination = static_cast<const QgsProcessingDestinationParameter *>( definition );
    const bool optional = definition->flags() & compat::FlagOptional;
    if ( parameters.contains( definition->name() ) || ( optional && !destination->createByDefault() ) )
      continue;
    if ( !outputFolder )
    {
      outputFolder =
          std::make_unique<QTemporaryDir>( QDir::temp().filePath( QStringLiteral( "eventsecurity_process-XXXXXX" ) ) );
      outputFolder->setAutoRemove( false );
    }
    QString fileName = definition->name() + '.' + destination->defaultFileExtension();
    fileName.replace( ':', '_' ); // model outputs are named child:output
    parameters.insert( definition->name(), outputFolder->filePath( fileName ) );
  }

  auto project = std::make_unique<QgsProject>();
  auto context = std::make_unique<QgsProcessingContext>();
  context->setProject( project.get() );
  ConsoleFeedback feedback( mErr, mJson );

  QString message;
  if ( !algorithm->checkParameterValues( parameters, *context, &message ) )
  {
    mErr << "Error: incorrect parameter value for '" << algorithm->id() << "': " << message << '\n';
    return BadInput;
  }

  bool ok = false;
  const QVariantMap results = algorithm->run( parameters, *context, &feedback, &ok );
  if ( !ok )
  {
    mErr << "Error: '" << algorithm->id() << "' failed (see the messages above).\n";
    return RunFailed;
  }
  const QStringList notWritten = missingOutputs( *algorithm, parameterArguments, results );
  if ( !notWritten.isEmpty() )
  {
    mErr << "Error: '" << algorithm->id() << "' did not write " << notWritten.join( QLatin1String( ", " ) )
         << ", named on the command line (see the messages above).\n";
    return RunFailed;
  }

  if ( mJson )
  {
    mOut << QJsonDocument( QJsonObject{ { QStringLiteral( "algorithm" ), algorithm->id() },
                                        { QStringLiteral( "inputs" ), toJson( parameters ) },
                                        { QStringLiteral( "results" ), toJson( results ) },
                                        { QStringLiteral( "log" ), feedback.jsonLog() } } )
                .toJson();
  }
  else
  {
    mOut << "\nResults\n-------\n";
    for ( auto it = results.constBegin(); it != results.constEnd(); ++it )
      mOut << it.key() << ":\t" << toJson( it.value() ).toVariant().toString() << '\n';
  }
  // Layers loaded by the run live in the context; free them before QGIS exits.
  context.reset();
  project.reset();
  return Success;
}

} // namespace eventsecurity
