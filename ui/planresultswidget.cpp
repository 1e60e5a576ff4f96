#include "planresultswidget.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace eventsecurity
{

namespace
{
struct Figure
{
  const char *output;
  QString label;
  PlanResultsWidget::FigureText text;
};

//! A number in the user's locale with \a decimals decimals ("31,736", "1.3").
QString number( const QVariant &value, int decimals = 0 )
{
  return QLocale().toString( value.toDouble(), 'f', decimals );
}

QString plainNumber( const QVariant &value )
{
  return number( value );
}

QString metres( const QVariant &value )
{
  return PlanResultsWidget::tr( "%1 m" ).arg( number( value ) );
}

QString speed( const QVariant &value )
{
  return PlanResultsWidget::tr( "%1 km/h" ).arg( number( value ) );
}

QString persons( const QVariant &value )
{
  // Whole persons the area holds, rounded down as the print and the report do: never more than it holds.
  return PlanResultsWidget::tr( "%1 persons" ).arg( number( std::floor( value.toDouble() ) ) );
}

// The barrier line along the stretches of the cordon open ground reaches (none without OPEN_AREAS).
QString openGroundBarrier( const QVariant &value )
{
  return value.toDouble() > 0 ? metres( value ) : PlanResultsWidget::tr( "none" );
}

// The queues outside the cordon at the arrival peak (perimeter design's queues, summed by the layout).
QString queues( const QVariant &value )
{
  const int count = value.toInt();
  return count == 0 ? PlanResultsWidget::tr( "none: the search lanes keep up with the arrivals" )
                    : PlanResultsWidget::tr( "at %n entries", nullptr, count );
}

QString exposedQueues( const QVariant &value )
{
  const int count = value.toInt();
  return count == 0
             ? PlanResultsWidget::tr( "none" )
             : PlanResultsWidget::tr( "%n queues a hostile vehicle or a vehicle bomb can reach", nullptr, count );
}

QString longestQueue( const QVariant &value )
{
  return value.toDouble() > 0 ? metres( value ) : PlanResultsWidget::tr( "none" );
}

QString longestWait( const QVariant &value )
{
  // No value: the arrivals outpace the lanes, and a queue grows until the peak is over.
  if ( value.isNull() )
    return PlanResultsWidget::tr( "endless: a queue never clears" );
  if ( value.toDouble() <= 0 )
    return PlanResultsWidget::tr( "none" );
  // One decimal below 10 minutes ("1.3 min"), as the print's figures and the queues' labels write a wait.
  return PlanResultsWidget::tr( "%1 min" ).arg( number( value, value.toDouble() < 10 ? 1 : 0 ) );
}

QString queueImpact( const QVariant &value )
{
  return value.toDouble() > 0 ? speed( value ) : PlanResultsWidget::tr( "no vehicle reaches a queue" );
}
} // namespace

PlanResultsWidget::PlanResultsWidget( QWidget *parent ) : QWidget( parent )
{
  const QList<Figure> figures = {
      { "STANDOFF_M_USED", tr( "Standoff distance" ), metres },
      { "CAPACITY", tr( "Venue capacity" ), persons },
      { "LANES", tr( "Search lanes" ), plainNumber },
      { "EMERGENCY_GATES", tr( "Emergency gates" ), plainNumber },
      { "BARRIERS", tr( "Vehicle barriers" ), plainNumber },
      { "BARRIER_LENGTH_M", tr( "Barrier length" ), metres },
      { "OPEN_GROUND_BARRIER_M", tr( "Of it on open ground" ), openGroundBarrier },
      { "MAX_IMPACT_KMH", tr( "Fastest impact" ), speed },
      { "CLOSED_ROAD_M", tr( "Roads closed" ), metres },
  };
  const QList<Figure> queueFigures = {
      { "QUEUES", tr( "Queues at the peak" ), queues },
      { "QUEUES_EXPOSED", tr( "Exposed" ), exposedQueues },
      { "LONGEST_QUEUE_M", tr( "Longest queue" ), longestQueue },
      { "LONGEST_WAIT_MIN", tr( "Longest wait" ), longestWait },
      { "MAX_QUEUE_IMPACT_KMH", tr( "Fastest vehicle at a queue" ), queueImpact },
  };

  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  auto *form = new QFormLayout();
  form->setRowWrapPolicy( QFormLayout::WrapLongRows );
  for ( const Figure &figure : figures )
    addFigure( form, figure.output, figure.label, figure.text );
  auto *queuesHeading = new QLabel( tr( "Queues outside the cordon" ), this );
  queuesHeading->setObjectName( QStringLiteral( "mQueuesHeading" ) );
  queuesHeading->setStyleSheet( QStringLiteral( "QLabel { font-weight: bold; }" ) );
  queuesHeading->setWordWrap( true );
  queuesHeading->setToolTip( tr( "The people waiting at the search lanes outside the cordon at the arrival peak, and "
                                 "whether a hostile vehicle or a vehicle bomb can reach them. The plan's queues layer "
                                 "shows them: red where exposed, amber elsewhere." ) );
  form->addRow( queuesHeading );
  for ( const Figure &figure : queueFigures )
    addFigure( form, figure.output, figure.label, figure.text );
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

void PlanResultsWidget::addFigure( QFormLayout *form, const char *output, const QString &label, FigureText text )
{
  auto *value = new QLabel( this );
  value->setObjectName( QStringLiteral( "figure_%1" ).arg( QLatin1String( output ) ) );
  value->setWordWrap( true );
  value->setTextInteractionFlags( Qt::TextSelectableByMouse );
  form->addRow( label, value );
  mFigures.insert( QLatin1String( output ), { value, text } );
}

void PlanResultsWidget::setResults( const QVariantMap &results )
{
  // An output missing from the results is "not available"; one present without a value is the figure's own
  // case (a queue that never clears).
  for ( auto it = mFigures.constBegin(); it != mFigures.constEnd(); ++it )
    it->value->setText( results.contains( it.key() ) ? it->text( results.value( it.key() ) ) : tr( "not available" ) );
  mReportPath = results.value( QStringLiteral( "OUTPUT_REPORT" ) ).toString();
  mOpenReport->setEnabled( !mReportPath.isEmpty() );
}

QString PlanResultsWidget::figureText( const QString &outputName ) const
{
  const auto it = mFigures.constFind( outputName );
  return it == mFigures.constEnd() ? QString() : it->value->text();
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
