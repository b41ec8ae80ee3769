#pragma once

class QAction;
class QPushButton;
class QToolButton;
class QWidget;

namespace pd::ui {

// A push button that shows and triggers an action: its text (with the mnemonic), tool tip,
// enabled and visible state follow the action, so disabling the action disables the button.
QPushButton *actionButton(QAction *action, QWidget *parent);
// The same as a text-only tool button (the action is its default action), for tool rows.
QToolButton *actionToolButton(QAction *action, QWidget *parent);

} // namespace pd::ui
