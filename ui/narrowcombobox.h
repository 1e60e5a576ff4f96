// Combo boxes for a dock that may be 300 px wide or less: the current entry elided with "…" rather than cut, its
// full text in the tooltip, and the list as wide as its widest entry (issue 15: "the combo boxes cut their
// entries").
#pragma once

#include <QComboBox>
#include <QDragEnterEvent>
#include <QStyleOptionComboBox>

namespace eventsecurity
{

//! The text a combo box shows for \a option: its current entry (or placeholder) elided to the edit field.
QString elidedComboText( const QComboBox *combo, QStyleOptionComboBox option );

//! Paints \a combo as QComboBox does, with elidedComboText(); \a highlight: QGIS's frame of a layer being dropped.
void paintElidedCombo( QComboBox *combo, QStyleOptionComboBox option, bool highlight );

//! Lets \a combo be as narrow as a few characters, and opens its list as wide as its widest entry (within the screen).
void setUpNarrowCombo( QComboBox *combo );

//! Gives \a combo the full text of its current entry as its tooltip, followed by \a description.
void showCurrentTextInToolTip( QComboBox *combo, const QString &description );

/**
 * A combo box (QComboBox or QGIS's QgsMapLayerComboBox) that elides its current entry instead of cutting it.
 * QGIS's layer combo box frames itself while a layer is dragged over it: kept here.
 */
template <class Combo> class ElidingComboBox : public Combo
{
public:
  explicit ElidingComboBox( QWidget *parent = nullptr ) : Combo( parent ) {}

  //! The text shown in the box: the current entry, elided when the box is narrower.
  QString shownText() const
  {
    QStyleOptionComboBox option;
    this->initStyleOption( &option );
    return elidedComboText( this, option );
  }

protected:
  void paintEvent( QPaintEvent * ) override
  {
    QStyleOptionComboBox option;
    this->initStyleOption( &option );
    paintElidedCombo( this, option, mDropping );
  }
  void dragEnterEvent( QDragEnterEvent *event ) override
  {
    Combo::dragEnterEvent( event );
    mDropping = event->isAccepted();
    this->update();
  }
  void dragLeaveEvent( QDragLeaveEvent *event ) override
  {
    Combo::dragLeaveEvent( event );
    mDropping = false;
    this->update();
  }
  void dropEvent( QDropEvent *event ) override
  {
    Combo::dropEvent( event );
    mDropping = false;
    this->update();
  }

private:
  bool mDropping = false;
};

} // namespace eventsecurity
