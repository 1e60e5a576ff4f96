#pragma once

#include <QString>
#include <QStringList>

namespace eventsecurity
{

//! Sentences of one paragraph, some of them warnings or in bold, joined by single spaces.
class HtmlParagraph
{
public:
  //! A sentence in plain text.
  HtmlParagraph &text( const QString &sentence );
  //! A sentence the reader must not miss (red, bold).
  HtmlParagraph &warning( const QString &sentence );
  //! A sentence in bold.
  HtmlParagraph &strong( const QString &sentence );

private:
  friend class HtmlReport;
  QStringList mRuns; //!< HTML, escaped
};

//! A table: a header row, then rows of cells.
class HtmlTable
{
public:
  //! A table whose header row has the cells \a header.
  explicit HtmlTable( const QStringList &header );
  //! A row of plain-text cells.
  HtmlTable &row( const QStringList &cells );
  //! A row of plain-text cells whose last cell spans the columns left.
  HtmlTable &rowEndingWith( const QStringList &cells, const QString &spanning );

private:
  friend class HtmlReport;
  int mColumns = 0; //!< of the header
  QString mHtml;    //!< the rows so far, escaped
};

/**
 * A report in plain HTML, written in order: a title, sections, paragraphs, notes, tables, and numbered sources
 * that paragraphs cite as "[n]". Every text is given plain and escaped here, once.
 */
class HtmlReport
{
public:
  //! A report whose document title (the browser tab) is \a title.
  explicit HtmlReport( const QString &title );

  //! The report's heading (h1).
  void heading( const QString &text );
  //! A section heading (h2).
  void section( const QString &text );
  //! A paragraph of sentences.
  void paragraph( const HtmlParagraph &paragraph );
  //! A paragraph in the small grey print of sources and caveats.
  void note( const QString &text );
  //! A paragraph that is a warning as a whole.
  void warning( const QString &text );
  //! A table.
  void table( const HtmlTable &table );

  //! Adds a source to the numbered list and returns its number (1 for the first).
  int addSource( const QString &text );
  //! How a paragraph cites source \a number: "[n]".
  static QString cite( int number );
  //! The section \a heading with the numbered sources added so far.
  void sources( const QString &heading );

  //! The whole document.
  QString html() const;

private:
  QString mHtml;        //!< the document so far
  QStringList mSources; //!< numbered from 1
};

} // namespace eventsecurity
