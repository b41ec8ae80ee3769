#include "nfroverridedialog.h"

#include "checkeddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

NfrOverrideDialog::NfrOverrideDialog(const QString &refusal, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Beyond the NFR Entitlement"));
    auto *text = new QLabel(refusal, this);
    text->setWordWrap(true);
    auto *explain
        = new QLabel(tr("A manager can issue the key anyway. Write why: the reason is kept with the key and "
                        "shown wherever the key is listed."),
            this);
    explain->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Reason for the override"));
    m_reason->setTabChangesFocus(true);
    QDialogButtonBox *buttons = okCancelButtons(this, tr("Issue Anyway"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { m_ok->setEnabled(!reason().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(explain);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    m_reason->setFocus();
    resize(480, sizeHint().height());
}

QString NfrOverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace pd::ui
