#include "actionbutton.h"

#include <QAction>
#include <QPushButton>

namespace pd::ui {

QPushButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    const auto sync = [button, action] {
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    };
    sync();
    QObject::connect(action, &QAction::changed, button, sync);
    QObject::connect(button, &QPushButton::clicked, action, [action] { action->trigger(); });
    return button;
}

} // namespace pd::ui
