// eventsecurity_process: runs the Event Security Planner algorithms (and QGIS's native ones) headless.
// qgis_process cannot load C++ plugins; this runner links the provider directly.
#include "eventsecurityprovider.h"
#include "eventsecuritytranslation.h"
#include "processrunner.h"

#include <qgsapplication.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingregistry.h>

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

int main( int argc, char *argv[] )
{
  // No display is needed: the runner never opens a window (print layouts render offscreen).
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  // Qt wants a private runtime folder; a console or CI session may have none.
  if ( qEnvironmentVariableIsEmpty( "XDG_RUNTIME_DIR" ) )
  {
    const QString runtimeDir = QDir::temp().filePath( QStringLiteral( "runtime-%1" ).arg( getuid() ) );
    QDir().mkpath( runtimeDir );
    QFile::setPermissions( runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner );
    qputenv( "XDG_RUNTIME_DIR", runtimeDir.toLocal8Bit() );
  }

  QgsApplication app( argc, argv, false, QString(), QStringLiteral( "desktop" ) );
  QgsApplication::init();
  // Without QGIS_PREFIX_PATH, QgsApplication takes the folder above the executable's as QGIS's prefix: right in
  // /usr/bin, wrong in a build tree or another install prefix, where it then loads no data provider plugin and
  // reads a layer string such as "postgres://... table=..." as a missing file. The QGIS we were built with says.
  if ( qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) )
    QgsApplication::setPrefixPath( QStringLiteral( EVENTSECURITY_QGIS_PREFIX ), true );
  QgsApplication::initQgis();
  eventsecurity::installTranslator();

  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  registry->addProvider( new QgsNativeAlgorithms( registry ) );
  registry->addProvider( new eventsecurity::EventSecurityProvider( registry ) );

  QStringList arguments = QCoreApplication::arguments();
  arguments.removeFirst();

  int exitCode = 0;
  {
    QTextStream out( stdout );
    QTextStream err( stderr );
    eventsecurity::ProcessRunner runner( out, err );
    exitCode = runner.execute( arguments );
  }

  QgsApplication::exitQgis();
  return exitCode;
}
