// The PostGIS suite's server, as the CTest fixture (postgis_fixture.sh) started it.
#pragma once

#include <QFile>
#include <QString>

namespace eventsecurity::test
{

//! The libpq connection of the fixture's server (host, port, dbname, user), or empty when it is not running.
inline QString postgisConnection()
{
  QFile state( QStringLiteral( POSTGIS_STATE_FILE ) );
  if ( !state.open( QIODevice::ReadOnly | QIODevice::Text ) )
    return QString();
  while ( !state.atEnd() )
  {
    const QString line = QString::fromUtf8( state.readLine() ).trimmed();
    if ( line.startsWith( QLatin1String( "conninfo=" ) ) )
      return line.mid( 9 );
  }
  return QString();
}

//! A QGIS postgres provider URI of table public.\a table (geometry column "geom"), as the Data Source Manager writes
//! it.
inline QString postgisTableUri( const QString &table )
{
  return QStringLiteral( "%1 table=\"public\".\"%2\" (geom)" ).arg( postgisConnection(), table );
}

} // namespace eventsecurity::test
