#include "htmlreport.h"

namespace eventsecurity
{

namespace
{
// Readable on screen and on paper; warnings in dark red, sources small and grey.
const char *const kStyle = "body{font-family:sans-serif;max-width:60em;margin:1em auto;line-height:1.4}"
                           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:left}"
                           ".warn{color:#a00;font-weight:bold}.src{color:#555;font-size:90%}";

QString element( const char *tag, const QString &html, const char *cssClass = nullptr )
{
  const QString open =
      cssClass ? QStringLiteral( "<%1 class=\"%2\">" ).arg( QLatin1String( tag ), QLatin1String( cssClass ) )
               : QStringLiteral( "<%1>" ).arg( QLatin1String( tag ) );
  return open + html + QStringLiteral( "</%1>" ).arg( QLatin1String( tag ) );
}

QString cells( const char *tag, const QStringList &texts )
{
  QString html;
  for ( const QString &text : texts )
    html += element( tag, text.toHtmlEscaped() );
  return html;
}
} // namespace

HtmlParagraph &HtmlParagraph::text( const QString &sentence )
{
  mRuns << sentence.toHtmlEscaped();
  return *this;
}

HtmlParagraph &HtmlParagraph::warning( const QString &sentence )
{
  mRuns << element( "span", sentence.toHtmlEscaped(), "warn" );
  return *this;
}

HtmlParagraph &HtmlParagraph::strong( const QString &sentence )
{
  mRuns << element( "b", sentence.toHtmlEscaped() );
  return *this;
}

HtmlTable::HtmlTable( const QStringList &header )
    : mColumns( static_cast<int>( header.size() ) ), mHtml( element( "tr", cells( "th", header ) ) + '\n' )
{
}

HtmlTable &HtmlTable::row( const QStringList &texts )
{
  mHtml += element( "tr", cells( "td", texts ) ) + '\n';
  return *this;
}

HtmlTable &HtmlTable::rowEndingWith( const QStringList &texts, const QString &spanning )
{
  const QString last = QStringLiteral( "<td colspan=\"%1\">%2</td>" )
                           .arg( mColumns - static_cast<int>( texts.size() ) )
                           .arg( spanning.toHtmlEscaped() );
  mHtml += element( "tr", cells( "td", texts ) + last ) + '\n';
  return *this;
}

HtmlReport::HtmlReport( const QString &title )
    : mHtml( QStringLiteral( "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">" ) +
             element( "title", title.toHtmlEscaped() ) + element( "style", QString::fromLatin1( kStyle ) ) +
             QStringLiteral( "</head><body>\n" ) )
{
}

void HtmlReport::heading( const QString &text )
{
  mHtml += element( "h1", text.toHtmlEscaped() ) + '\n';
}

void HtmlReport::section( const QString &text )
{
  mHtml += element( "h2", text.toHtmlEscaped() ) + '\n';
}

void HtmlReport::paragraph( const HtmlParagraph &paragraph )
{
  mHtml += element( "p", paragraph.mRuns.join( ' ' ) ) + '\n';
}

void HtmlReport::note( const QString &text )
{
  mHtml += element( "p", text.toHtmlEscaped(), "src" ) + '\n';
}

void HtmlReport::warning( const QString &text )
{
  mHtml += element( "p", text.toHtmlEscaped(), "warn" ) + '\n';
}

void HtmlReport::table( const HtmlTable &table )
{
  mHtml += element( "table", table.mHtml ) + '\n';
}

int HtmlReport::addSource( const QString &text )
{
  mSources << text;
  return static_cast<int>( mSources.size() );
}

QString HtmlReport::cite( int number )
{
  return QStringLiteral( "[%1]" ).arg( number );
}

void HtmlReport::sources( const QString &heading )
{
  section( heading );
  QString list = QStringLiteral( "\n" );
  for ( const QString &source : mSources )
    list += element( "li", source.toHtmlEscaped() ) + '\n';
  mHtml += element( "ol", list, "src" ) + '\n';
}

QString HtmlReport::html() const
{
  return mHtml + QStringLiteral( "</body></html>\n" );
}

} // namespace eventsecurity
