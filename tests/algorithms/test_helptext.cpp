// The algorithms' help (shortHelpString) as HTML in parts a user scans for: the page builder's HTML and plain
// text, and every algorithm's help as QGIS 3.22's algorithm dialog lays it out.
#include "helptext.h"
#include "testsupport.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

using eventsecurity::HelpPage;

class TestHelpText : public QObject
{
  Q_OBJECT

private slots:
  void pageHtml();
  void pagePlainText();
  void judgementCallsOnlyWhenThereAreSome();
  void algorithmHelp_data();
  void algorithmHelp();

private:
  static HelpPage samplePage();
};

HelpPage TestHelpText::samplePage()
{
  HelpPage page;
  page.whatItDoes().paragraph( QStringLiteral( "Draws A & B <fast>." ) );
  page.model( QStringLiteral( "Part one" ) )
      .paragraph( QStringLiteral( "First." ) )
      .list( { QStringLiteral( "a;" ), QStringLiteral( "b;" ) } )
      .list( { QStringLiteral( "c." ) } );
  page.model( QStringLiteral( "Part two" ) ).steps( { QStringLiteral( "Go." ), QStringLiteral( "Stop." ) } );
  page.outputs().named( QStringLiteral( "OUTPUT" ), QStringLiteral( "the zones." ) );
  page.judgementCalls().named( QStringLiteral( "WIDTH_M" ), QStringLiteral( "7 m: two lanes." ) );
  page.limits().list( { QStringLiteral( "None known." ) } );
  page.closing( QStringLiteral( "In short" ) ).paragraph( QStringLiteral( "It draws." ) );
  return page;
}

void TestHelpText::pageHtml()
{
  // Worked out by hand from the builder's rules: the empty paragraph first (it closes the paragraph QGIS's dialog
  // opens around the help), escaped texts, items in their own paragraphs, lists added in turns merged into one, the
  // judgement calls' heading line said once, the closing section last.
  const QString item = QStringLiteral( "<li><p style=\"margin-top:4px; margin-bottom:4px\">%1</p></li>" );
  const QString expected =
      QStringLiteral( "<p></p><h3>What it does</h3><p>Draws A &amp; B &lt;fast&gt;.</p>"
                      "<h3>The model</h3><h4>Part one</h4><p>First.</p><ul>" ) +
      item.arg( QStringLiteral( "a;" ) ) + item.arg( QStringLiteral( "b;" ) ) + item.arg( QStringLiteral( "c." ) ) +
      QStringLiteral( "</ul><h4>Part two</h4><ol>" ) + item.arg( QStringLiteral( "Go." ) ) +
      item.arg( QStringLiteral( "Stop." ) ) + QStringLiteral( "</ol><h3>Outputs</h3><ul>" ) +
      item.arg( QStringLiteral( "<b>OUTPUT</b> – the zones." ) ) +
      QStringLiteral( "</ul><h3>Judgement calls</h3><p>Defaults that are judgement calls of this tool, each with its "
                      "parameter: set them for the site.</p><ul>" ) +
      item.arg( QStringLiteral( "<b>WIDTH_M</b> – 7 m: two lanes." ) ) + QStringLiteral( "</ul><h3>Limits</h3><ul>" ) +
      item.arg( QStringLiteral( "None known." ) ) + QStringLiteral( "</ul><h3>In short</h3><p>It draws.</p>" );
  QCOMPARE( samplePage().html(), expected );
}

void TestHelpText::pagePlainText()
{
  // What `eventsecurity_process help` prints: headings underlined, items as "- " or "1. " lines, blank lines
  // between blocks but not between the items of a list.
  const QString expected = QStringLiteral( "What it does\n~~~~~~~~~~~~\n\n"
                                           "Draws A & B <fast>.\n\n"
                                           "The model\n~~~~~~~~~\n\n"
                                           "Part one\n........\n\n"
                                           "First.\n\n"
                                           "- a;\n- b;\n- c.\n\n"
                                           "Part two\n........\n\n"
                                           "1. Go.\n2. Stop.\n\n"
                                           "Outputs\n~~~~~~~\n\n"
                                           "- OUTPUT – the zones.\n\n"
                                           "Judgement calls\n~~~~~~~~~~~~~~~\n\n"
                                           "Defaults that are judgement calls of this tool, each with its parameter: "
                                           "set them for the site.\n\n"
                                           "- WIDTH_M – 7 m: two lanes.\n\n"
                                           "Limits\n~~~~~~\n\n"
                                           "- None known.\n\n"
                                           "In short\n~~~~~~~~\n\n"
                                           "It draws." );
  QCOMPARE( eventsecurity::helpPlainText( samplePage().html() ), expected );
}

void TestHelpText::judgementCallsOnlyWhenThereAreSome()
{
  HelpPage page;
  page.whatItDoes().paragraph( QStringLiteral( "Does." ) );
  page.limits().list( { QStringLiteral( "None." ) } );
  QCOMPARE( page.html(), QStringLiteral( "<p></p><h3>What it does</h3><p>Does.</p><h3>Limits</h3><ul><li><p "
                                         "style=\"margin-top:4px; margin-bottom:4px\">None.</p></li></ul>" ) );
}

void TestHelpText::algorithmHelp_data()
{
  QTest::addColumn<QString>( "id" );
  QTest::addColumn<bool>( "hasSources" );
  QTest::addColumn<bool>( "namesEveryParameter" ); // the layout leaves its steps' parameters to their help
  QTest::newRow( "standoff zones" ) << "eventsecurity:standoffzones" << true << true;
  QTest::newRow( "vehicle approach" ) << "eventsecurity:vehicleapproach" << true << true;
  QTest::newRow( "perimeter design" ) << "eventsecurity:perimeterdesign" << true << true;
  QTest::newRow( "security layout" ) << "eventsecurity:securitylayout" << false << false;
}

void TestHelpText::algorithmHelp()
{
  QFETCH( QString, id );
  QFETCH( bool, hasSources );
  QFETCH( bool, namesEveryParameter );
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( id );
  QVERIFY( algorithm );
  const QString help = algorithm->shortHelpString();

  // One line: QGIS 3.22's QgsProcessingAlgorithmDialogBase::formatHelp() wraps every line in a paragraph of its own.
  QVERIFY( !help.contains( QLatin1Char( '\n' ) ) );
  // As that dialog sets it: every item of every list still an item of a list.
  QTextDocument dialog;
  dialog.setHtml( QStringLiteral( "<h2>%1</h2><p>%2</p>" ).arg( algorithm->displayName(), help ) );
  int items = 0;
  QStringList headings;
  for ( QTextBlock block = dialog.begin(); block.isValid(); block = block.next() )
  {
    items += block.textList() ? 1 : 0;
    if ( block.blockFormat().headingLevel() == 3 )
      headings << block.text();
  }
  QCOMPARE( items, help.count( QLatin1String( "<li>" ) ) );
  QVERIFY( items > 10 );

  QStringList parts = { QStringLiteral( "What it does" ), QStringLiteral( "The model" ), QStringLiteral( "Outputs" ) };
  if ( hasSources )
    parts << QStringLiteral( "Sources" );
  parts << QStringLiteral( "Judgement calls" );
  for ( const QString &part : parts )
    QVERIFY2( headings.contains( part ), qPrintable( part ) );
  for ( int i = 1; i < parts.size(); ++i )
    QVERIFY( headings.indexOf( parts.at( i - 1 ) ) < headings.indexOf( parts.at( i ) ) );

  // Every name the judgement calls list (in bold, before the dash) is a parameter of this algorithm, and every
  // upper-case name the outputs list is one of its outputs or destination parameters: a misspelt or dropped
  // parameter fails here.
  const auto section = [&help]( const QString &title )
  {
    const int start = help.indexOf( QStringLiteral( "<h3>%1</h3>" ).arg( title ) );
    const int end = help.indexOf( QLatin1String( "<h3>" ), start + 1 );
    return help.mid( start, end < 0 ? -1 : end - start );
  };
  const QRegularExpression bold( QStringLiteral( "<b>([^<]+)</b>" ) );
  int judgementNames = 0;
  for ( auto match = bold.globalMatch( section( QStringLiteral( "Judgement calls" ) ) ); match.hasNext(); )
    for ( const QString &name : match.next().captured( 1 ).split( QStringLiteral( ", " ) ) )
    {
      QVERIFY2( algorithm->parameterDefinition( name ), qPrintable( name ) );
      ++judgementNames;
    }
  QVERIFY( judgementNames >= 1 );
  for ( auto match = bold.globalMatch( section( QStringLiteral( "Outputs" ) ) ); match.hasNext(); )
    for ( const QString &name : match.next().captured( 1 ).split( QStringLiteral( ", " ) ) )
      if ( name == name.toUpper() )
        QVERIFY2( algorithm->parameterDefinition( name ) || algorithm->outputDefinition( name ), qPrintable( name ) );
  if ( namesEveryParameter )
    for ( const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions() )
      QVERIFY2( help.contains( parameter->name() ), qPrintable( parameter->name() ) );
}

ES_TEST_MAIN( TestHelpText )
#include "test_helptext.moc"
