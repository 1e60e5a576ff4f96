#include "benchsupport.h"

#include "eventsecurityprovider.h"

#include <qgsapplication.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingregistry.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace eventsecurity::bench
{

namespace
{
QgsApplication *sApplication = nullptr;
}

BenchQgis::BenchQgis( int &argc, char **argv )
{
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  sApplication = new QgsApplication( argc, argv, false );
  QgsApplication::init();
  QgsApplication::initQgis();
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  registry->addProvider( new QgsNativeAlgorithms( registry ) );
  registry->addProvider( new EventSecurityProvider( registry ) );
}

BenchQgis::~BenchQgis()
{
  QgsApplication::exitQgis();
  delete sApplication;
  sApplication = nullptr;
}

double timeSeconds( const std::function<void()> &work )
{
  const auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>( std::chrono::steady_clock::now() - start ).count();
}

double bestOfSeconds( int repeats, const std::function<void()> &work )
{
  double best = timeSeconds( work );
  for ( int i = 1; i < repeats; ++i )
    best = std::min( best, timeSeconds( work ) );
  return best;
}

double peakMemoryMiB()
{
  rusage usage{};
  getrusage( RUSAGE_SELF, &usage );
  return static_cast<double>( usage.ru_maxrss ) / 1024.0; // ru_maxrss is in KiB on Linux
}

QVariantMap runOrDie( const QString &algorithmId, const QVariantMap &parameters, QgsProcessingContext &context )
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById( algorithmId ) );
  if ( !algorithm )
  {
    std::fprintf( stderr, "no algorithm %s\n", qPrintable( algorithmId ) );
    std::exit( 1 );
  }
  QgsProcessingFeedback feedback;
  bool ok = false;
  const QVariantMap results = algorithm->run( parameters, context, &feedback, &ok );
  if ( !ok )
  {
    std::fprintf( stderr, "%s failed:\n%s\n", qPrintable( algorithmId ), qPrintable( feedback.textLog() ) );
    std::exit( 1 );
  }
  return results;
}

} // namespace eventsecurity::bench
