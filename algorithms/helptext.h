#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

namespace eventsecurity
{

//! Paragraphs and lists of a help page, in order. The texts are plain; they are escaped here.
class HelpBlocks
{
public:
  //! Adds a paragraph.
  HelpBlocks &paragraph( const QString &text );
  //! Adds a bulleted list, or extends the one just added.
  HelpBlocks &list( const QStringList &items );
  //! Adds a list item that starts with \a name (a parameter or an output) in bold, then a dash and \a text.
  HelpBlocks &named( const QString &name, const QString &text );
  //! Adds a numbered list (steps in order).
  HelpBlocks &steps( const QStringList &items );

  //! The blocks as HTML, on one line.
  QString html() const;
  bool isEmpty() const { return mBlocks.empty(); }

private:
  enum class Kind
  {
    Paragraph,
    List,
    Steps
  };
  struct Block
  {
    Kind kind;
    QStringList html; // the paragraph, or the list's items
  };
  HelpBlocks &add( Kind kind, const QStringList &html );
  std::vector<Block> mBlocks;
};

/**
 * An algorithm's help (shortHelpString) in the parts a user scans for, each under its heading: what it does, the
 * model, the outputs, the sources, the judgement calls and the limits, then any closing section. A part may hold
 * subsections with headings of their own. The texts are plain sentences, so translators see no markup.
 *
 * The HTML is one line: QGIS's algorithm dialog (QgsProcessingAlgorithmDialogBase::formatHelp, QGIS 3.22) wraps
 * every line of the help in a paragraph of its own, which would cut a list apart.
 */
class HelpPage
{
  Q_DECLARE_TR_FUNCTIONS( HelpPage )

public:
  //! The parts of a page, in the order they are shown.
  enum class Part
  {
    WhatItDoes,
    Model,
    Outputs,
    Sources,
    JudgementCalls,
    Limits
  };

  /**
   * The blocks of \a part to add to: those under the subheading \a title (a new subsection), or with no title the
   * part's last subsection (one without a heading if the part has none yet).
   */
  HelpBlocks &blocks( Part part, const QString &title = QString() );

  HelpBlocks &whatItDoes() { return blocks( Part::WhatItDoes ); }
  //! A subsection of the model, under \a title.
  HelpBlocks &model( const QString &title ) { return blocks( Part::Model, title ); }
  HelpBlocks &outputs( const QString &title = QString() ) { return blocks( Part::Outputs, title ); }
  HelpBlocks &sources() { return blocks( Part::Sources ); }
  HelpBlocks &judgementCalls() { return blocks( Part::JudgementCalls ); }
  HelpBlocks &limits() { return blocks( Part::Limits ); }
  //! A section of its own after the limits, under \a title.
  HelpBlocks &closing( const QString &title );

  //! The page as HTML, on one line.
  QString html() const;

private:
  struct Subsection
  {
    QString title;
    HelpBlocks blocks;
  };
  struct Section
  {
    QString title;
    std::deque<Subsection> subsections;
  };
  static QString partTitle( Part part );
  static QString sectionHtml( const Section &section );
  Section &section( Part part );

  std::vector<Section> mParts = std::vector<Section>( 6 );
  std::deque<Section> mClosing;
};

/**
 * A help page's HTML as plain text for a terminal: headings underlined, list items as "- " (or "1. ") lines,
 * a blank line between blocks.
 */
QString helpPlainText( const QString &html );

} // namespace eventsecurity
