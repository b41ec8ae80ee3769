#include "reasondialog.h"

#include "fieldcheck.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pd::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &what, const QString &okText, QWidget *parent)
    : CheckedDialog(parent)
    , m_fields(new QFormLayout)
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(title);
    m_reason->setObjectName(QStringLiteral("reason"));
    problemLabel()->setObjectName(QStringLiteral("problem"));
    auto *record = new QLabel(what, this);
    record->setObjectName(QStringLiteral("record"));
    record->setWordWrap(true);
    record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = record->font();
    bold.setBold(true);
    record->setFont(bold);
    auto *kept
        = new QLabel(tr("Nothing is deleted: the record stays in the partner's history, voided, with who "
                        "voided it, when and why, and leaves the figures and statements."),
            this);
    kept->setWordWrap(true);
    auto *reasonForm = new QFormLayout;
    reasonForm->addRow(tr("&Reason:"), m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &ReasonDialog::fieldChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(record);
    layout->addLayout(m_fields);
    layout->addLayout(reasonForm);
    layout->addWidget(kept);
    addFooter(layout, okText);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    watch(m_reason);
    revalidate();
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString ReasonDialog::problem() const
{
    return m_refusal.isEmpty() ? m_issue : m_refusal;
}

void ReasonDialog::setProblem(const QString &text)
{
    m_refusal = text;
    showProblem(text);
}

void ReasonDialog::fieldChanged()
{
    m_refusal.clear();
    revalidate();
}

void ReasonDialog::revalidate()
{
    const QString fields = fieldProblem();
    const QString missing
        = reason().isEmpty() ? tr("Give the reason: it is kept with the record.") : QString();
    m_issue = fields.isEmpty() ? missing : fields;
    const bool shown = mark(m_reason, missing);
    showProblem(!fields.isEmpty() ? fields : shown ? missing : m_refusal);
    checked(m_issue.isEmpty());
}

} // namespace pd::ui
