#include "narrowcombobox.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QScreen>
#include <QStylePainter>

#include <algorithm>

namespace eventsecurity
{

namespace
{
// Judgement call: the narrowest a combo box may get, in characters (its text is then elided, its tooltip whole).
constexpr int kNarrowComboCharacters = 6;
// QGIS's frame around a combo box a layer is dragged over (QgsMapLayerComboBox::paintEvent).
constexpr int kDropFrameWidth = 2;

//! The placeholder in place of the current entry when there is none, as QComboBox paints it.
void usePlaceholder( const QComboBox *combo, QStyleOptionComboBox &option )
{
  if ( combo->currentIndex() < 0 && !combo->placeholderText().isEmpty() )
  {
    option.palette.setBrush( QPalette::ButtonText, option.palette.placeholderText() );
    option.currentText = combo->placeholderText();
  }
}

//! The list opens at least as wide as its widest entry, within the screen.
void fitPopupToEntries( QComboBox *combo )
{
  QAbstractItemView *view = combo->view();
  // The delegates' size hints do not always count the whole text (QGIS's layer list): measured here too.
  int widest = view->sizeHintForColumn( combo->modelColumn() );
  const QFontMetrics metrics = view->fontMetrics();
  const int iconWidth = combo->iconSize().width() + 4;
  for ( int row = 0; row < combo->count(); ++row )
  {
    const int icon = combo->itemIcon( row ).isNull() ? 0 : iconWidth;
    widest = std::max( widest, metrics.horizontalAdvance( combo->itemText( row ) ) + icon );
  }
  const int margins = 2 * view->frameWidth() + 4 * view->style()->pixelMetric( QStyle::PM_FocusFrameHMargin ) +
                      view->style()->pixelMetric( QStyle::PM_ScrollBarExtent, nullptr, view );
  const int screenWidth = combo->screen() ? combo->screen()->availableGeometry().width() : widest + margins;
  view->setMinimumWidth( std::min( widest + margins, screenWidth ) );
}

} // namespace

QString elidedComboText( const QComboBox *combo, QStyleOptionComboBox option )
{
  usePlaceholder( combo, option );
  QRect field = combo->style()->subControlRect( QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo );
  // The styles draw the icon, a gap (4 px in Qt's common style, 6 px with a style sheet) and the text 1 px in.
  int width = field.width() - 2;
  if ( !option.currentIcon.isNull() )
    width -= option.iconSize.width() + 6;
  return option.fontMetrics.elidedText( option.currentText, Qt::ElideRight, std::max( width, 0 ) );
}

void paintElidedCombo( QComboBox *combo, QStyleOptionComboBox option, bool highlight )
{
  // QComboBox::paintEvent with the text elided.
  QStylePainter painter( combo );
  painter.setPen( combo->palette().color( QPalette::Text ) );
  painter.drawComplexControl( QStyle::CC_ComboBox, option );
  const QString shown = elidedComboText( combo, option );
  usePlaceholder( combo, option );
  option.currentText = shown;
  painter.drawControl( QStyle::CE_ComboBoxLabel, option );
  if ( highlight )
  {
    painter.setPen( QPen( combo->palette().highlight(), kDropFrameWidth ) );
    painter.drawRect( combo->rect().adjusted( kDropFrameWidth, kDropFrameWidth, -kDropFrameWidth, -kDropFrameWidth ) );
  }
}

void setUpNarrowCombo( QComboBox *combo )
{
  combo->setSizeAdjustPolicy( QComboBox::AdjustToMinimumContentsLengthWithIcon );
  combo->setMinimumContentsLength( kNarrowComboCharacters );
  combo->view()->setTextElideMode( Qt::ElideMiddle ); // what is still too wide for the screen
  QAbstractItemModel *model = combo->model();
  const auto fit = [combo] { fitPopupToEntries( combo ); };
  QObject::connect( model, &QAbstractItemModel::rowsInserted, combo, fit );
  QObject::connect( model, &QAbstractItemModel::rowsRemoved, combo, fit );
  QObject::connect( model, &QAbstractItemModel::modelReset, combo, fit );
  QObject::connect( model, &QAbstractItemModel::dataChanged, combo, fit );
  QObject::connect( model, &QAbstractItemModel::layoutChanged, combo, fit );
  fit();
}

void showCurrentTextInToolTip( QComboBox *combo, const QString &description )
{
  const auto update = [combo, description]
  {
    const QString text = combo->currentText();
    combo->setToolTip( text.isEmpty() ? description : QStringLiteral( "%1\n\n%2" ).arg( text, description ) );
  };
  // Also when the current entry is renamed (a layer) or the list refilled.
  QObject::connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), combo, update );
  QObject::connect( combo->model(), &QAbstractItemModel::dataChanged, combo, update );
  QObject::connect( combo->model(), &QAbstractItemModel::modelReset, combo, update );
  update();
}

} // namespace eventsecurity
