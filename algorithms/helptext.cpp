#include "helptext.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace eventsecurity
{

namespace
{
// A text as HTML on one line: QGIS's dialog would turn a line break into a paragraph break.
QString escaped( const QString &text )
{
  return text.toHtmlEscaped().replace( QLatin1Char( '\n' ), QLatin1Char( ' ' ) );
}

// Each item a paragraph, so it takes the paragraphs' colour in QGIS's dialog (its style sheet sets p's only), with
// less space around it than a paragraph has.
QString listHtml( const QString &tag, const QStringList &items )
{
  QString html = QStringLiteral( "<%1>" ).arg( tag );
  for ( const QString &item : items )
    html += QStringLiteral( "<li><p style=\"margin-top:4px; margin-bottom:4px\">%1</p></li>" ).arg( item );
  return html + QStringLiteral( "</%1>" ).arg( tag );
}

QStringList escaped( const QStringList &texts )
{
  QStringList html;
  for ( const QString &text : texts )
    html << escaped( text );
  return html;
}
} // namespace

HelpBlocks &HelpBlocks::paragraph( const QString &text )
{
  return add( Kind::Paragraph, { escaped( text ) } );
}

HelpBlocks &HelpBlocks::list( const QStringList &items )
{
  return add( Kind::List, escaped( items ) );
}

HelpBlocks &HelpBlocks::named( const QString &name, const QString &text )
{
  return add( Kind::List, { QStringLiteral( "<b>%1</b> – %2" ).arg( escaped( name ), escaped( text ) ) } );
}

HelpBlocks &HelpBlocks::steps( const QStringList &items )
{
  return add( Kind::Steps, escaped( items ) );
}

HelpBlocks &HelpBlocks::add( Kind kind, const QStringList &html )
{
  // Items added in turns (by the parts of the model that each bring theirs) make one list.
  if ( kind == Kind::List && !mBlocks.empty() && mBlocks.back().kind == Kind::List )
    mBlocks.back().html << html;
  else
    mBlocks.push_back( { kind, html } );
  return *this;
}

QString HelpBlocks::html() const
{
  QString html;
  for ( const Block &block : mBlocks )
  {
    switch ( block.kind )
    {
    case Kind::Paragraph:
      html += QStringLiteral( "<p>%1</p>" ).arg( block.html.first() );
      break;
    case Kind::List:
      html += listHtml( QStringLiteral( "ul" ), block.html );
      break;
    case Kind::Steps:
      html += listHtml( QStringLiteral( "ol" ), block.html );
      break;
    }
  }
  return html;
}

HelpPage::Section &HelpPage::section( Part part )
{
  Section &section = mParts[static_cast<std::size_t>( part )];
  if ( section.title.isEmpty() )
    section.title = partTitle( part );
  return section;
}

HelpBlocks &HelpPage::blocks( Part part, const QString &title )
{
  std::deque<Subsection> &subsections = section( part ).subsections;
  if ( !title.isEmpty() || subsections.empty() )
    subsections.push_back( { title, HelpBlocks() } );
  return subsections.back().blocks;
}

HelpBlocks &HelpPage::closing( const QString &title )
{
  mClosing.push_back( { title, { { QString(), HelpBlocks() } } } );
  return mClosing.back().subsections.back().blocks;
}

QString HelpPage::partTitle( Part part )
{
  switch ( part )
  {
  case Part::WhatItDoes:
    return tr( "What it does" );
  case Part::Model:
    return tr( "The model" );
  case Part::Outputs:
    return tr( "Outputs" );
  case Part::Sources:
    return tr( "Sources" );
  case Part::JudgementCalls:
    return tr( "Judgement calls" );
  case Part::Limits:
    return tr( "Limits" );
  }
  return QString();
}

QString HelpPage::sectionHtml( const Section &section )
{
  QString body;
  for ( const Subsection &subsection : section.subsections )
  {
    if ( subsection.blocks.isEmpty() )
      continue;
    if ( !subsection.title.isEmpty() )
      body += QStringLiteral( "<h4>%1</h4>" ).arg( escaped( subsection.title ) );
    body += subsection.blocks.html();
  }
  return body.isEmpty() ? QString() : QStringLiteral( "<h3>%1</h3>" ).arg( escaped( section.title ) ) + body;
}

QString HelpPage::html() const
{
  // QGIS's dialog puts the help inside a paragraph of its own: an empty one first closes it, so the first heading
  // is not coloured as that paragraph's text.
  QString html = QStringLiteral( "<p></p>" );
  for ( std::size_t i = 0; i < mParts.size(); ++i )
  {
    Section section = mParts[i];
    // Said once, above the list, rather than in every item.
    if ( static_cast<Part>( i ) == Part::JudgementCalls && !section.subsections.empty() )
      section.subsections.push_front(
          { QString(), HelpBlocks().paragraph( tr( "Defaults that are judgement calls of this tool, each with its "
                                                   "parameter: set them for the site." ) ) } );
    html += sectionHtml( section );
  }
  for ( const Section &section : mClosing )
    html += sectionHtml( section );
  return html;
}

namespace
{
QString underlined( const QString &title, QChar line )
{
  return title + QLatin1Char( '\n' ) + QString( title.size(), line );
}

QString blockText( const QTextBlock &block )
{
  QString text = block.text();
  text.replace( QChar::LineSeparator, QLatin1Char( '\n' ) ).replace( QChar::Nbsp, QLatin1Char( ' ' ) );
  return text.trimmed();
}
} // namespace

QString helpPlainText( const QString &html )
{
  QTextDocument document;
  document.setHtml( html );
  QStringList out;
  bool previousWasItem = false;
  for ( QTextBlock block = document.begin(); block.isValid(); block = block.next() )
  {
    const QString text = blockText( block );
    if ( text.isEmpty() )
      continue;
    const QTextList *list = block.textList();
    QString line;
    if ( block.blockFormat().headingLevel() > 0 )
      line = underlined( text, block.blockFormat().headingLevel() <= 3 ? QLatin1Char( '~' ) : QLatin1Char( '.' ) );
    else if ( list && list->format().style() == QTextListFormat::ListDecimal )
      line = QStringLiteral( "%1. %2" ).arg( list->itemNumber( block ) + 1 ).arg( text );
    else if ( list )
      line = QStringLiteral( "- " ) + text;
    else
      line = text;
    // Items of a list follow each other; every other block is set apart by a blank line.
    if ( !out.isEmpty() && !( list && previousWasItem ) )
      out << QString();
    out << line;
    previousWasItem = list != nullptr;
  }
  return out.join( QLatin1Char( '\n' ) );
}

} // namespace eventsecurity
