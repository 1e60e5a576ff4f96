// HtmlReport (algorithms/htmlreport.h), the writer every report is assembled with: each text escaped exactly
// once, sentences joined by single spaces, warnings and bold runs, tables with a spanning last cell, and
// numbered sources cited as "[n]" in the order they were added.
#include "htmlreport.h"
#include "testsupport.h"

#include <QObject>

using namespace eventsecurity;

class TestHtmlReport : public QObject
{
  Q_OBJECT

private slots:
  void escapesEachTextOnce();
  void paragraphsAndTables();
  void numberedSources();
};

void TestHtmlReport::escapesEachTextOnce()
{
  HtmlReport report( QStringLiteral( "A & B" ) );
  report.heading( QStringLiteral( "<Plaza> \"Independencia\"" ) );
  report.paragraph( HtmlParagraph().text( QStringLiteral( "1 < 2 & 3 > 2" ) ) );
  const QString html = report.html();
  QVERIFY( html.contains( QLatin1String( "<title>A &amp; B</title>" ) ) );
  QVERIFY( html.contains( QLatin1String( "<h1>&lt;Plaza&gt; &quot;Independencia&quot;</h1>\n" ) ) );
  QVERIFY( html.contains( QLatin1String( "<p>1 &lt; 2 &amp; 3 &gt; 2</p>\n" ) ) );
  QVERIFY( !html.contains( QLatin1String( "&amp;amp;" ) ) && !html.contains( QLatin1String( "&amp;lt;" ) ) );
  QVERIFY( html.startsWith( QLatin1String( "<!DOCTYPE html>\n" ) ) );
  QVERIFY( html.endsWith( QLatin1String( "</body></html>\n" ) ) );
}

void TestHtmlReport::paragraphsAndTables()
{
  HtmlReport report( QStringLiteral( "t" ) );
  report.paragraph( HtmlParagraph()
                        .strong( QStringLiteral( "Plan." ) )
                        .text( QStringLiteral( "Two." ) )
                        .warning( QStringLiteral( "Three!" ) ) );
  HtmlTable table(
      { QStringLiteral( "#" ), QStringLiteral( "Street" ), QStringLiteral( "Speed" ), QStringLiteral( "Rating" ) } );
  table.row( { QStringLiteral( "1" ), QStringLiteral( "A & B" ), QStringLiteral( "50" ), QStringLiteral( "M30" ) } );
  table.rowEndingWith( { QStringLiteral( "2" ), QStringLiteral( "C" ) }, QStringLiteral( "no route" ) );
  report.table( table );
  report.note( QStringLiteral( "small" ) );
  report.warning( QStringLiteral( "big" ) );
  const QString html = report.html();
  QVERIFY( html.contains( QLatin1String( "<p><b>Plan.</b> Two. <span class=\"warn\">Three!</span></p>\n" ) ) );
  QVERIFY(
      html.contains( QLatin1String( "<table><tr><th>#</th><th>Street</th><th>Speed</th><th>Rating</th></tr>\n"
                                    "<tr><td>1</td><td>A &amp; B</td><td>50</td><td>M30</td></tr>\n"
                                    "<tr><td>2</td><td>C</td><td colspan=\"2\">no route</td></tr>\n</table>\n" ) ) );
  QVERIFY( html.contains( QLatin1String( "<p class=\"src\">small</p>\n<p class=\"warn\">big</p>\n" ) ) );
}

void TestHtmlReport::numberedSources()
{
  HtmlReport report( QStringLiteral( "t" ) );
  const int first = report.addSource( QStringLiteral( "Green Guide" ) );
  const int second = report.addSource( QStringLiteral( "Fruin <1971>" ) );
  QCOMPARE( first, 1 );
  QCOMPARE( second, 2 );
  QCOMPARE( HtmlReport::cite( second ), QStringLiteral( "[2]" ) );
  report.sources( QStringLiteral( "Sources" ) );
  QVERIFY( report.html().contains( QLatin1String(
      "<h2>Sources</h2>\n<ol class=\"src\">\n<li>Green Guide</li>\n<li>Fruin &lt;1971&gt;</li>\n</ol>\n" ) ) );
}

ES_TEST_MAIN( TestHtmlReport )
#include "test_htmlreport.moc"
