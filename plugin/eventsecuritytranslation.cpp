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
  // "fr_BE" falls back to "fr"; QTranslator::load tries the longest match first.
  auto translator = std::make_unique<QTranslator>();
  if ( !translator->load( QStringLiteral( "eventsecurity_" ) + wanted, QStringLiteral( ":/eventsecurity/i18n" ) ) )
  {
    // No translation: the English texts, with the English plural forms of their counts (eventsecurity_en.ts).
    if ( translator->load( QStringLiteral( "eventsecurity_en" ), QStringLiteral( ":/eventsecurity/i18n" ) ) )
    {
      QCoreApplication::installTranslator( translator.get() );
      installedTranslator() = std::move( translator );
    }
    return QString();
  }

  const QString language = wanted.left( 2 );
  QCoreApplication::installTranslator( translator.get() );
  installedTranslator() = std::move( translator );
  return language;
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
