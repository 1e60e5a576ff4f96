#include "eventsecuritytranslation.h"

#include <qgsapplication.h>

#include <QCoreApplication>
#include <QTranslator>

#include <memory>

// The .qm files live in a Qt resource of this static library.
static void initTranslationResources()
{
  Q_INIT_RESOURCE( eventsecurity_i18n );
}

namespace eventsecurity
{

namespace
{
std::unique_ptr<QTranslator> &installedTranslator()
{
  static std::unique_ptr<QTranslator> translator;
  return translator;
}
} // namespace

QString installTranslator( const QString &locale )
{
  initTranslationResources();
  removeTranslator();

  const QString wanted = locale.isEmpty() ? QgsApplication::locale() : locale;
  const QString folder = QStringLiteral( ":/eventsecurity/i18n" );
  // "fr_BE" falls back to "fr"; QTranslator::load tries the longest match first. English, and a language
  // without a translation, get the English plural forms ("1 entry", not the source's "1 entries").
  auto translator = std::make_unique<QTranslator>();
  QString language = wanted.left( 2 );
  if ( !translator->load( QStringLiteral( "eventsecurity_" ) + wanted, folder ) )
  {
    language.clear();
    if ( !translator->load( QStringLiteral( "eventsecurity_en" ), folder ) )
      return QString();
  }
  QCoreApplication::installTranslator( translator.get() );
  installedTranslator() = std::move( translator );
  return language == QLatin1String( "en" ) ? QString() : language;
}

void removeTranslator()
{
  if ( installedTranslator() )
  {
    QCoreApplication::removeTranslator( installedTranslator().get() );
    installedTranslator().reset();
  }
}

} // namespace eventsecurity
