// Loads the plugin's translations (i18n/*.qm, compiled into the library) for QGIS's user locale.
#ifndef EVENTSECURITYTRANSLATION_H
#define EVENTSECURITYTRANSLATION_H

#include <QString>

namespace eventsecurity
{

/**
 * Installs the translator for \a locale (e.g. "fr", "it_IT"; empty = QGIS's user locale,
 * QgsApplication::locale()) on the application, replacing a previous one.
 * Returns the language actually loaded ("fr"), or an empty string when none matches (English: then the English
 * plural forms are loaded, so counts still read "1 point", "2 points").
 */
QString installTranslator( const QString &locale = QString() );

//! Removes the translator installed by installTranslator(), if any.
void removeTranslator();

} // namespace eventsecurity

#endif
