// The dock's results section: the key figures of the last plan and the buttons that open its print layout,
// export its PDF and open its HTML report. It shows outputs only; it computes nothing.
#pragma once

#include <QMap>
#include <QVariantMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace eventsecurity
{

class PlanResultsWidget : public QWidget
{
  Q_OBJECT

public:
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
  void openReport();

  QMap<QString, QLabel *> mFigures; //!< output name -> value label
  QPushButton *mOpenLayout = nullptr;
  QPushButton *mExportPdf = nullptr;
  QPushButton *mOpenReport = nullptr;
  QString mReportPath;
};

} // namespace eventsecurity
