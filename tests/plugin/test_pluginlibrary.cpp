// The plugin library as QGIS 3.22's plugin registry meets it: dlopen, then the C functions of qgisplugin.h;
// and its refusal to load into a QGIS release other than the one it was built for.
#include "qgisversioncheck.h"

#include <qgis.h>
#include <qgsconfig.h>
#include <qgsapplication.h>
#include <qgsmessagelog.h>

#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QTest>

#include <dlfcn.h>

class QgisInterface;
class QgisPlugin;

class TestPluginLibrary : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void cleanupTestCase();
  void exportsEveryFunctionQgisLooksUp();
  void metadataFunctionsAgreeWithMetadataTxt();
  void iconIsInTheLibrary();
  void versionMismatch_data();
  void versionMismatch();
  void loadsIntoTheQgisItWasBuiltFor();
  void refusesAnotherQgisWithAClearMessage();
  void cleanup();

private:
  template <typename Function> Function *symbol( const char *name )
  {
    return reinterpret_cast<Function *>( dlsym( mHandle, name ) );
  }
  QString metadataValue( const QString &key ) const;

  void *mHandle = nullptr;
};

void TestPluginLibrary::initTestCase()
{
  // RTLD_NOW: every symbol the library needs must resolve, as when QGIS loads it.
  mHandle = dlopen( PLUGIN_PATH, RTLD_NOW | RTLD_LOCAL );
  QVERIFY2( mHandle, dlerror() );
}

void TestPluginLibrary::cleanupTestCase()
{
  // Not dlclose'd: Qt keeps references to the library's static QStrings and resources until exit.
}

void TestPluginLibrary::exportsEveryFunctionQgisLooksUp()
{
  const char *names[] = { "classFactory", "name",         "description", "category",    "version", "icon",
                          "type",         "experimental", "create_date", "update_date", "unload" };
  for ( const char *name : names )
    QVERIFY2( dlsym( mHandle, name ), name );
}

QString TestPluginLibrary::metadataValue( const QString &key ) const
{
  QFile file( QStringLiteral( METADATA_PATH ) );
  if ( !file.open( QIODevice::ReadOnly | QIODevice::Text ) )
    return QString();
  const QRegularExpression line( QStringLiteral( "^%1=(.*)$" ).arg( key ), QRegularExpression::MultilineOption );
  return line.match( QString::fromUtf8( file.readAll() ) ).captured( 1 ).trimmed();
}

void TestPluginLibrary::metadataFunctionsAgreeWithMetadataTxt()
{
  using StringFunction = const QString *();
  QCOMPARE( *symbol<StringFunction>( "name" )(), metadataValue( QStringLiteral( "name" ) ) );
  QCOMPARE( *symbol<StringFunction>( "version" )(), metadataValue( QStringLiteral( "version" ) ) );
  QCOMPARE( *symbol<StringFunction>( "category" )(), metadataValue( QStringLiteral( "category" ) ) );
  QCOMPARE( symbol<StringFunction>( "experimental" )()->toLower(),
            metadataValue( QStringLiteral( "experimental" ) ).toLower() );
  QVERIFY( symbol<StringFunction>( "description" )()->contains( QStringLiteral( "blast standoff zones" ) ) );
  // QgisPlugin::UI == 1: QGIS skips libraries whose type() is missing.
  QCOMPARE( symbol<int()>( "type" )(), 1 );
}

void TestPluginLibrary::iconIsInTheLibrary()
{
  using StringFunction = const QString *();
  const QString icon = *symbol<StringFunction>( "icon" )();
  QVERIFY( icon.startsWith( QLatin1String( ":/" ) ) );
  QFile file( icon );
  QVERIFY2( file.open( QIODevice::ReadOnly ), qPrintable( icon ) );
  QVERIFY( file.readAll().contains( "<svg" ) );
}

void TestPluginLibrary::versionMismatch_data()
{
  QTest::addColumn<int>( "built" );
  QTest::addColumn<int>( "running" );
  QTest::addColumn<int>( "simulated" );
  QTest::addColumn<QString>( "named" ); // the running release the message must name; empty: no refusal
  QTest::newRow( "same release" ) << 32216 << 32216 << 0 << QString();
  // Debian's libqgis_core.so.3.22.16 changes name with every release: a patch release is another ABI.
  QTest::newRow( "patch release" ) << 32216 << 32217 << 0 << QStringLiteral( "3.22.17" );
  QTest::newRow( "newer minor" ) << 32216 << 32800 << 0 << QStringLiteral( "3.28.0" );
  QTest::newRow( "QGIS 4" ) << 32216 << 40000 << 0 << QStringLiteral( "4.0.0" );
  QTest::newRow( "older" ) << 33400 << 32216 << 0 << QStringLiteral( "3.22.16" );
  QTest::newRow( "simulated other" ) << 32216 << 32216 << 33410 << QStringLiteral( "3.34.10" );
  QTest::newRow( "simulated cannot lift" ) << 32216 << 32800 << 32216 << QStringLiteral( "3.28.0" );
}

void TestPluginLibrary::versionMismatch()
{
  QFETCH( int, built );
  QFETCH( int, running );
  QFETCH( int, simulated );
  QFETCH( QString, named );
  const QString why = eventsecurity::qgisVersionMismatch( built, running, simulated );
  if ( named.isEmpty() )
  {
    QVERIFY2( why.isEmpty(), qPrintable( why ) );
    return;
  }
  QVERIFY2( why.contains( QStringLiteral( "built for QGIS %1 and this is QGIS %2" )
                              .arg( eventsecurity::qgisVersionText( built ), named ) ),
            qPrintable( why ) );
  QVERIFY( why.contains( QStringLiteral( "was not loaded" ) ) );
}

void TestPluginLibrary::loadsIntoTheQgisItWasBuiltFor()
{
  // This test runs in the QGIS it was built with: Qgis::version() starts with the headers' release.
  QVERIFY( QString( Qgis::version() ).startsWith( eventsecurity::qgisVersionText( _QGIS_VERSION_INT ) + '-' ) );
  using Factory = QgisPlugin *( QgisInterface * );
  QgisPlugin *plugin = symbol<Factory>( "classFactory" )( nullptr );
  QVERIFY( plugin );
  symbol<void( QgisPlugin * )>( "unload" )( plugin );
}

void TestPluginLibrary::refusesAnotherQgisWithAClearMessage()
{
  QStringList critical;
  const QMetaObject::Connection logged =
      connect( QgsApplication::messageLog(),
               static_cast<void ( QgsMessageLog::* )( const QString &, const QString &, Qgis::MessageLevel )>(
                   &QgsMessageLog::messageReceived ),
               this,
               [&critical]( const QString &message, const QString &tag, Qgis::MessageLevel level )
               {
                 if ( level == Qgis::MessageLevel::Critical )
                   critical << tag + QStringLiteral( ": " ) + message;
               } );
  qputenv( eventsecurity::simulatedQgisVersionVariable(), "32800" ); // as if QGIS 3.28.0 had loaded it
  // QGIS's registry asks the type first: to one it does not know (not QgisPlugin::UI = 1) it stops there.
  const int type = symbol<int()>( "type" )();
  // Any other caller of the factory gets no plugin.
  using Factory = QgisPlugin *( QgisInterface * );
  QgisPlugin *plugin = symbol<Factory>( "classFactory" )( nullptr );
  disconnect( logged );
  QCOMPARE( type, 0 );
  QVERIFY( !plugin );

  // The release this library was built for, as QGIS itself names it ("3.22.16-Białowieża").
  const QString built = QString( Qgis::version() ).section( '-', 0, 0 );
  const QString expected = QStringLiteral( "built for QGIS %1 and this is QGIS 3.28.0" ).arg( built );
  QCOMPARE( critical.size(), 2 ); // once for each
  for ( const QString &message : std::as_const( critical ) )
  {
    QVERIFY2( message.startsWith( QStringLiteral( "Plugins: The Event Security Planner was not loaded" ) ),
              qPrintable( message ) );
    QVERIFY2( message.contains( expected ), qPrintable( message ) );
  }
  // The Plugin Manager shows the description: the same reason.
  using StringFunction = const QString *();
  QVERIFY2( symbol<StringFunction>( "description" )()->contains( expected ),
            qPrintable( *symbol<StringFunction>( "description" )() ) );
  // Metadata QGIS needs to list the plugin is still there.
  QCOMPARE( *symbol<StringFunction>( "name" )(), metadataValue( QStringLiteral( "name" ) ) );
}

void TestPluginLibrary::cleanup()
{
  qunsetenv( eventsecurity::simulatedQgisVersionVariable() );
}

// A QGIS session (offscreen, no GUI): QGIS's message log is where the plugin explains a refusal.
int main( int argc, char *argv[] )
{
  QgsApplication application( argc, argv, false );
  QgsApplication::init();
  QgsApplication::initQgis();
  int result = 0;
  {
    TestPluginLibrary test;
    result = QTest::qExec( &test, argc, argv );
  }
  QgsApplication::exitQgis();
  return result;
}
#include "test_pluginlibrary.moc"
