#include "nfrrevokedialog.h"

#include "fieldcheck.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

NfrRevokeDialog::NfrRevokeDialog(const QString &serial, Revoker revoke, QWidget *parent)
    : QDialog(parent)
    , m_revoke(std::move(revoke))
    , m_reason(new QLineEdit(this))
    , m_problem(makeErrorLabel(this))
{
    setWindowTitle(tr("Revoke NFR Key"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_problem->setObjectName(QStringLiteral("problem"));
    auto *question = new QLabel(tr("Why is %1 revoked?").arg(serial), this);
    question->setWordWrap(true);
    question->setBuddy(m_reason);
    auto *kept = new QLabel(tr("The reason is kept with the key, and a check of the key reports it."), this);
    kept->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Revoke"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NfrRevokeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &NfrRevokeDialog::update);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_reason);
    layout->addWidget(kept);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    update();
}

QString NfrRevokeDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString NfrRevokeDialog::problem() const
{
    return m_problem->text();
}

void NfrRevokeDialog::update()
{
    const QString problem
        = reason().isEmpty() ? licensingText("Give the reason for revoking the NFR key.") : QString();
    markField(m_reason, problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
    growToFit(this);
}

void NfrRevokeDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    const auto revoked = m_revoke(reason());
    if (!revoked) {
        m_problem->setText(revoked.error().message);
        m_problem->show();
        growToFit(this);
        return;
    }
    QDialog::accept();
}

} // namespace pd::ui
