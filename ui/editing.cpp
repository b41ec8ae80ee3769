#include "editing.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace pd::ui {

namespace {

// The control's own tips, kept while the read-only reason stands in for them.
constexpr char kOwnToolTip[] = "pdWritableToolTip";
constexpr char kOwnStatusTip[] = "pdWritableStatusTip";

template<typename Control>
void apply(Control *control, bool enabled, const QString &reason)
{
    if (!control)
        return;
    const bool marked = control->property(kOwnToolTip).isValid();
    if (reason.isEmpty()) {
        if (marked) {
            control->setToolTip(control->property(kOwnToolTip).toString());
            control->setStatusTip(control->property(kOwnStatusTip).toString());
            control->setProperty(kOwnToolTip, QVariant());
            control->setProperty(kOwnStatusTip, QVariant());
        }
        control->setEnabled(enabled);
        return;
    }
    if (!marked) {
        control->setProperty(kOwnToolTip, control->toolTip());
        control->setProperty(kOwnStatusTip, control->statusTip());
    }
    control->setEnabled(false);
    control->setToolTip(reason);
    control->setStatusTip(reason);
}

} // namespace

void setEditingEnabled(QAction *action, bool enabled, const QString &readOnlyReason)
{
    apply(action, enabled, readOnlyReason);
}

void setEditingEnabled(QWidget *widget, bool enabled, const QString &readOnlyReason)
{
    apply(widget, enabled, readOnlyReason);
}

} // namespace pd::ui
