// The plugin library as QGIS 3.22's plugin registry meets it: dlopen, then the C functions of qgisplugin.h.
#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QTest>

#include <dlfcn.h>

class TestPluginLibrary : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void cleanupTestCase();
  void exportsEveryFunctionQgisLooksUp();
  void metadataFunctionsAgreeWithMetadataTxt();
  void iconIsInTheLibrary();

private:
  template<typename Function> Function *symbol( const char *name )
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
  const char *names[] = { "classFactory", "name", "description", "category", "version", "icon",
                          "type", "experimental", "create_date", "update_date", "unload" };
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

QTEST_GUILESS_MAIN( TestPluginLibrary )
#include "test_pluginlibrary.moc"
