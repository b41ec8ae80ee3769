#pragma once

#include <QString>

class QAction;
class QWidget;

namespace pd::ui {

// An editing control (an action, a button) on a database the window may not write to: an offline
// copy, a database opened read-only, a sales rep's connection (Session::readOnlyReason()). It is
// then disabled and its tool tip and status tip say why; once the reason is empty again it takes
// `enabled` and its own tips back. Views call this wherever they update their editing controls.
void setEditingEnabled(QAction *action, bool enabled, const QString &readOnlyReason);
void setEditingEnabled(QWidget *widget, bool enabled, const QString &readOnlyReason);

} // namespace pd::ui
