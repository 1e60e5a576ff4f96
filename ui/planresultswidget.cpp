#include "planresultswidget.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace eventsecurity
{

namespace
{
struct Figure
{
  const char *output;
  QString label;
  QString unit; //!< "%1 m" style; empty: the value alone
};

//! A number rounded to whole units in the user's locale; text passes unchanged.
QString formatValue( const QVariant &value, const QString &unit )
{
  bool isNumber = false;
  const double number = value.toDouble( &isNumber );
  const QString text =
      isNumber && value.userType() != QMetaType::QString ? QLocale().toString( number, 'f', 0 ) : value.toString();
  return unit.isEmpty() || !isNumber ? text : unit.arg( text );
}
} // namespace

PlanResultsWidget::PlanResultsWidget( QWidget *parent ) : QWidget( parent )
{
  const QList<Figure> figures = {
      { "STANDOFF_M_USED", tr( "Standoff distance" ), tr( "%1 m" ) },
      { "CAPACITY", tr( "Venue capacity" ), tr( "%1 persons" ) },
      { "LANES", tr( "Search lanes" ), QString() },
      { "EMERGENCY_GATES", tr( "Emergency gates" ), QString() },
      { "BARRIERS", tr( "Vehicle barriers" ), QString() },
      { "MAX_IMPACT_KMH", tr( "Fastest impact" ), tr( "%1 km/h" ) },
      { "CLOSED_ROAD_M", tr( "Roads closed" ), tr( "%1 m" ) },
  };

  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  auto *form = new QFormLayout();
  form->setRowWrapPolicy( QFormLayout::WrapLongRows );
  for ( const Figure &figure : figures )
  {
    auto *value = new QLabel( this );
    value->setObjectName( QStringLiteral( "figure_%1" ).arg( QLatin1String( figure.output ) ) );
    value->setWordWrap( true );
    value->setTextInteractionFlags( Qt::TextSelectableByMouse );
    value->setProperty( "unit", figure.unit );
    form->addRow( figure.label, value );
    mFigures.insert( QLatin1String( figure.output ), value );
  }
  layout->addLayout( form );

  // One column: side by side they would be wider than a dock of 300 px.
  auto *buttons = new QGridLayout();
  mOpenLayout = new QPushButton( tr( "Open Layout" ), this );
  mOpenLayout->setObjectName( QStringLiteral( "mOpenLayoutButton" ) );
  mExportPdf = new QPushButton( tr( "Export PDF…" ), this );
  mExportPdf->setObjectName( QStringLiteral( "mExportPdfButton" ) );
  setPrintable( true );
  mOpenReport = new QPushButton( tr( "Report" ), this );
  mOpenReport->setObjectName( QStringLiteral( "mOpenReportButton" ) );
  mOpenReport->setToolTip( tr( "Open the plan's report (figures, sources, assumptions) in the web browser" ) );
  buttons->addWidget( mOpenLayout, 0, 0 );
  buttons->addWidget( mExportPdf, 1, 0 );
  buttons->addWidget( mOpenReport, 2, 0 );
  layout->addLayout( buttons );

  connect( mOpenLayout, &QPushButton::clicked, this, &PlanResultsWidget::openLayoutRequested );
  connect( mExportPdf, &QPushButton::clicked, this, &PlanResultsWidget::exportPdfRequested );
  connect( mOpenReport, &QPushButton::clicked, this, &PlanResultsWidget::openReport );
}

void PlanResultsWidget::setResults( const QVariantMap &results )
{
  for ( auto it = mFigures.constBegin(); it != mFigures.constEnd(); ++it )
  {
    const QVariant value = results.value( it.key() );
    it.value()->setText( value.isValid() ? formatValue( value, it.value()->property( "unit" ).toString() )
                                         : tr( "not available" ) );
  }
  mReportPath = results.value( QStringLiteral( "OUTPUT_REPORT" ) ).toString();
  mOpenReport->setEnabled( !mReportPath.isEmpty() );
}

QString PlanResultsWidget::figureText( const QString &outputName ) const
{
  const QLabel *label = mFigures.value( outputName );
  return label ? label->text() : QString();
}

void PlanResultsWidget::setPrintable( bool printable, const QString &whyNot )
{
  mOpenLayout->setEnabled( printable );
  mExportPdf->setEnabled( printable );
  mOpenLayout->setToolTip( printable ? tr( "Open the printable layout of this plan in QGIS's layout designer" )
                                     : whyNot );
  mExportPdf->setToolTip( printable ? tr( "Save the printable layout of this plan as a PDF file" ) : whyNot );
}

void PlanResultsWidget::openReport()
{
  QDesktopServices::openUrl( QUrl::fromLocalFile( mReportPath ) );
}

} // namespace eventsecurity
