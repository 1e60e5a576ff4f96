#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace eventsecurity
{

// Text measured as a QGIS 3.22 print layout label draws it: QgsLayoutUtils::drawText() lays the text out with
// QPainter::drawText() in the font set to 10 times its size in pixels (QGIS's FONT_WORKAROUND_SCALE) and paints it
// at a tenth, so the same font and layout code measure it here. Sizes in millimetres.

//! Width in mm of one line of \a text in \a font.
double labelTextWidthMm( const QFont &font, const QString &text );

//! Height in mm that \a lines take in \a font, one line each (no wrapping), as a label draws them.
double labelTextHeightMm( const QFont &font, const QStringList &lines );

/**
 * \a text broken into lines no wider than \a widthMm in \a font. Each paragraph ('\n') starts a line, with \a bullet
 * (e.g. "• ") if given, its further lines indented as far with non-breaking spaces. Lines break at ordinary spaces
 * only, so words glued by non-breaking spaces (unbreakable()) stay on one line. A word wider than \a widthMm gets
 * a line of its own and is wider than \a widthMm: check with labelLinesFit().
 */
QStringList wrapLabelText( const QFont &font, const QString &text, double widthMm, const QString &bullet = QString() );

//! Whether every line of \a lines is at most \a widthMm wide in \a font.
bool labelLinesFit( const QFont &font, const QStringList &lines, double widthMm );

//! \a text cut with an ellipsis ("…") to at most \a widthMm in \a font; unchanged if it fits.
QString elideLabelText( const QFont &font, const QString &text, double widthMm );

//! \a text with its spaces made non-breaking (U+00A0): neither wrapLabelText() nor Qt breaks a line there.
QString unbreakable( const QString &text );

//! \a font at \a scale times its point size.
QFont scaledFont( const QFont &font, double scale );

} // namespace eventsecurity
