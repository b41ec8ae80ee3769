#include "nfrrevokedialog.h"

#include "fieldcheck.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pd::ui {

NfrRevokeDialog::NfrRevokeDialog(const QString &serial, Revoker revoke, QWidget *parent)
    : CheckedDialog(parent)
    , m_revoke(std::move(revoke))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Revoke NFR Key"));
    m_reason->setObjectName(QStringLiteral("reason"));
    problemLabel()->setObjectName(QStringLiteral("problem"));
    auto *question = new QLabel(tr("Why is %1 revoked?").arg(serial), this);
    question->setWordWrap(true);
    question->setBuddy(m_reason);
    auto *kept = new QLabel(tr("The reason is kept with the key, and a check of the key reports it."), this);
    kept->setWordWrap(true);
    connect(m_reason, &QLineEdit::textChanged, this, &NfrRevokeDialog::revalidate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_reason);
    layout->addWidget(kept);
    addFooter(layout, tr("Revoke"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    watch(m_reason);
    revalidate();
}

QString NfrRevokeDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString NfrRevokeDialog::problem() const
{
    const QString shown = problemLabel()->text();
    return shown.isEmpty() ? m_issue : shown;
}

void NfrRevokeDialog::revalidate()
{
    m_issue = reason().isEmpty() ? licensingText("Give the reason for revoking the NFR key.") : QString();
    showProblem(mark(m_reason, m_issue) ? m_issue : QString());
    checked(m_issue.isEmpty());
}

void NfrRevokeDialog::accept()
{
    if (!readyToAccept() || refused(m_revoke(reason())))
        return;
    QDialog::accept();
}

} // namespace pd::ui
