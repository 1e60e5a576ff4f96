// The dock's results section: the key figures of the last plan and the buttons that open its print layout,
// export its PDF and open its HTML report, and the queues outside the cordon. It shows outputs only; it computes
// nothing.
#pragma once

#include <QMap>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace eventsecurity
{

class PlanResultsWidget : public QWidget
{
  Q_OBJECT

public:
  //! The text shown for an output's value (an invalid value: the output is there without a value).
  using FigureText = QString ( * )( const QVariant &value );

  explicit PlanResultsWidget( QWidget *parent = nullptr );

  //! Shows the figures of \a results (the outputs of eventsecurity:securitylayout).
  void setResults( const QVariantMap &results );

  //! The text shown for output \a outputName ("" when the output has no row or no value).
  QString figureText( const QString &outputName ) const;

  //! Enables the layout and PDF buttons, or disables them with \a whyNot as their tooltip.
  void setPrintable( bool printable, const QString &whyNot = QString() );

signals:
  void openLayoutRequested();
  void exportPdfRequested();

private:
  struct FigureLabel
  {
    QLabel *value = nullptr;
    FigureText text = nullptr;
  };

  void addFigure( QFormLayout *form, const char *output, const QString &label, FigureText text );
  void openReport();

  QMap<QString, FigureLabel> mFigures; //!< output name -> its value's label and text
  QPushButton *mOpenLayout = nullptr;
  QPushButton *mExportPdf = nullptr;
  QPushButton *mOpenReport = nullptr;
  QString mReportPath;
};

} // namespace eventsecurity
