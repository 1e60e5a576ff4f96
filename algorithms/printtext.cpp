#include "printtext.h"

#include <qgslayoututils.h>

#include <QFontMetricsF>
#include <QRectF>

#include <limits>

namespace eventsecurity
{
namespace
{
// QGIS's FONT_WORKAROUND_SCALE (src/core/layout/qgslayoututils.cpp, 3.22): layout text is laid out in a font of
// 10 times its size in pixels (1 px = 1 mm), then painted at a tenth.
constexpr double kFontWorkaroundScale = 10;
constexpr QChar kNoBreakSpace( 0x00A0 );
} // namespace

double labelTextWidthMm( const QFont &font, const QString &text )
{
  return QgsLayoutUtils::textWidthMM( font, text );
}

double labelTextHeightMm( const QFont &font, const QStringList &lines )
{
  if ( lines.isEmpty() )
    return 0;
  // QPainter::drawText( rect, flags, text ), which the label calls, and this boundingRect() share Qt's layout code.
  const QFontMetricsF metrics( QgsLayoutUtils::scaledFontPixelSize( font ) );
  const double unbounded = std::numeric_limits<int>::max() / 4.0;
  const QRectF bounds =
      metrics.boundingRect( QRectF( 0, 0, unbounded, unbounded ), Qt::AlignLeft | Qt::AlignTop, lines.join( '\n' ) );
  return bounds.height() / kFontWorkaroundScale;
}

namespace
{
// Non-breaking spaces (then narrow ones, U+202F) as wide as \a text, to within a narrow space.
QString indentAsWideAs( const QFont &font, const QString &text )
{
  const double widthMm = labelTextWidthMm( font, text );
  QString indent;
  for ( const QChar space : { kNoBreakSpace, QChar( 0x202F ) } )
    while ( labelTextWidthMm( font, indent + space ) <= widthMm )
      indent += space;
  return indent;
}
} // namespace

QStringList wrapLabelText( const QFont &font, const QString &text, double widthMm, const QString &bullet )
{
  const QString indent = bullet.isEmpty() ? QString() : indentAsWideAs( font, bullet );
  QStringList lines;
  for ( const QString &paragraph : text.split( '\n' ) )
  {
    QString line = bullet;
    bool lineEmpty = true;
    for ( const QString &word : paragraph.split( ' ', Qt::SkipEmptyParts ) )
    {
      const QString longer = lineEmpty ? line + word : line + ' ' + word;
      if ( !lineEmpty && labelTextWidthMm( font, longer ) > widthMm )
      {
        lines << line;
        line = indent + word;
      }
      else
        line = longer;
      lineEmpty = false;
    }
    lines << line;
  }
  return lines;
}

bool labelLinesFit( const QFont &font, const QStringList &lines, double widthMm )
{
  for ( const QString &line : lines )
    if ( labelTextWidthMm( font, line ) > widthMm )
      return false;
  return true;
}

QString elideLabelText( const QFont &font, const QString &text, double widthMm )
{
  if ( labelTextWidthMm( font, text ) <= widthMm )
    return text;
  const QFontMetricsF metrics( QgsLayoutUtils::scaledFontPixelSize( font ) );
  return metrics.elidedText( text, Qt::ElideRight, widthMm * kFontWorkaroundScale );
}

QString unbreakable( const QString &text )
{
  QString glued = text;
  glued.replace( ' ', kNoBreakSpace );
  return glued;
}

QFont scaledFont( const QFont &font, double scale )
{
  QFont scaled = font;
  scaled.setPointSizeF( font.pointSizeF() * scale );
  return scaled;
}

} // namespace eventsecurity
