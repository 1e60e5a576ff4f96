#include "gatedlayout.h"

#include <qgsexception.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace eventsecurity::test
{

Gate &gate()
{
  static Gate instance;
  return instance;
}

CannedPlan &cannedPlan()
{
  static CannedPlan instance;
  return instance;
}

void GatedLayoutAlgorithm::initAlgorithm( const QVariantMap & )
{
  for ( const auto &parameter : cannedPlan().parameters )
  {
    QgsProcessingParameterDefinition *copy = parameter->clone();
    if ( copy->name() == QLatin1String( "ATTENDANCE" ) )
      copy->setDefaultValue( cannedPlan().attendanceDefault );
    addParameter( copy );
  }
  addOutput( new QgsProcessingOutputString( QStringLiteral( "WARNINGS" ), QStringLiteral( "Warnings" ) ) );
}

QVariantMap GatedLayoutAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                                    QgsProcessingFeedback *feedback )
{
  Gate &theGate = gate();
  theGate.running = true;
  QElapsedTimer waited;
  waited.start();
  while ( !theGate.open && !feedback->isCanceled() && waited.elapsed() < 120000 )
    QThread::msleep( 5 );
  theGate.running = false;
  if ( feedback->isCanceled() )
    return {};
  if ( !theGate.failWith.isEmpty() )
    throw QgsProcessingException( theGate.failWith );

  const QString geopackage = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_GPKG" ), context );
  const QString report = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_REPORT" ), context );
  QFile::remove( geopackage );
  if ( !QFile::copy( cannedPlan().geopackage, geopackage ) )
    throw QgsProcessingException( QStringLiteral( "could not copy the canned plan to %1" ).arg( geopackage ) );
  QFile reportFile( report );
  if ( reportFile.open( QIODevice::WriteOnly ) )
    reportFile.write( "<html><body>canned report</body></html>" );
  QVariantMap results = cannedPlan().results;
  results.insert( QStringLiteral( "OUTPUT_GPKG" ), geopackage );
  results.insert( QStringLiteral( "OUTPUT_REPORT" ), report );
  results.insert( QStringLiteral( "WARNINGS" ), theGate.warnings );
  return results;
}

} // namespace eventsecurity::test
