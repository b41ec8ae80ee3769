#include "actionbutton.h"

#include <QAction>
#include <QPushButton>
#include <QToolButton>

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

QToolButton *actionToolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace pd::ui
