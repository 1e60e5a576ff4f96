#include "planmessages.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace eventsecurity
{

namespace
{
QString translate( const char *text )
{
  return QCoreApplication::translate( "PlanMessages", text );
}

//! Parameter names of the layout and its steps -> the dock's labels for what the planner chose.
QList<QPair<QString, QString>> parameterLabels()
{
  const QString venue = translate( "the venue layer" );
  const QString streets = translate( "the street layer" );
  return { { QStringLiteral( "VENUE" ), venue },
           { QStringLiteral( "EVENT_AREA" ), venue },
           { QStringLiteral( "INPUT" ), venue },
           { QStringLiteral( "NETWORK" ), streets },
           { QStringLiteral( "ROADS" ), streets },
           { QStringLiteral( "BUILDINGS" ), translate( "the buildings layer" ) },
           { QStringLiteral( "PROTECTED_AREA" ), translate( "the cordon" ) },
           { QStringLiteral( "ATTENDANCE" ), translate( "the attendance" ) },
           { QStringLiteral( "ARRIVAL_MINUTES" ), translate( "the arrival window" ) },
           { QStringLiteral( "EVENT_NAME" ), translate( "the event name" ) },
           { QStringLiteral( "STANDOFF_M" ), translate( "the standoff" ) },
           { QStringLiteral( "THREAT" ), translate( "the explosive" ) },
           { QStringLiteral( "VEHICLE" ), translate( "the vehicle" ) } };
}

QString inPlainWords( QString error, const QMap<QString, QString> &layerNames )
{
  for ( auto it = layerNames.constBegin(); it != layerNames.constEnd(); ++it )
    error.replace( it.key(), QStringLiteral( "\"%1\"" ).arg( it.value() ) );
  for ( const auto &[name, label] : parameterLabels() )
    error.replace( QRegularExpression( QStringLiteral( "\\b%1\\b" ).arg( name ) ), label );
  return error.trimmed();
}
} // namespace

QString plainErrors( const QStringList &errors, const QMap<QString, QString> &layerNames )
{
  QStringList plain;
  for ( const QString &error : errors )
  {
    const QString text = inPlainWords( error, layerNames );
    if ( !text.isEmpty() && !plain.contains( text ) )
      plain << text;
  }
  QStringList once;
  for ( const QString &text : plain )
  {
    const bool insideAnother =
        std::any_of( plain.cbegin(), plain.cend(),
                     [&text]( const QString &other ) { return other != text && other.contains( text ); } );
    if ( !insideAnother )
      once << text;
  }
  return once.join( '\n' );
}

QStringList planWarnings( const QVariant &warningsOutput )
{
  QStringList warnings;
  for ( const QString &line : warningsOutput.toString().split( '\n' ) )
    if ( !line.trimmed().isEmpty() )
      warnings << line.trimmed();
  return warnings;
}

} // namespace eventsecurity
