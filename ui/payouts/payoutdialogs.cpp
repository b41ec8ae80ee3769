#include "payoutdialogs.h"

#include "fieldcheck.h"
#include "formatting.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pd::ui
{

QString payableSummary(const Payable &p)
{
    return ApproveDialog::tr("Payable %1: %2 (%3), %4, %5")
        .arg(p.id)
        .arg(p.partnerName, p.partnerCode, p.quarter.text(), formatMoney(p.amountMinor, p.currency));
}

namespace
{

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

ApproveDialog::ApproveDialog(
    const Payable &payable, const QString &approvedBy, Approver approve, QWidget *parent)
    : CheckedDialog(parent)
    , m_approve(std::move(approve))
{
    setWindowTitle(tr("Approve Payout"));
    problemLabel()->setObjectName(QStringLiteral("problem"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        wrapped(tr("Approve the payout of %1 to %2?")
                    .arg(formatMoney(payable.amountMinor, payable.currency), payable.partnerName),
            this));
    layout->addWidget(wrapped(payableSummary(payable), this));
    layout->addWidget(wrapped(tr("Approved by %1. An approval is final: it is recorded with its time and "
                                 "cannot be withdrawn.")
                                  .arg(approvedBy),
        this));
    addFooter(layout, tr("Approve"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    revalidate();
}

QString ApproveDialog::problem() const
{
    return problemLabel()->text();
}

void ApproveDialog::revalidate()
{
    checked(true);
}

void ApproveDialog::accept()
{
    if (refused(m_approve()))
        return;
    QDialog::accept();
}

PaymentDialog::PaymentDialog(const Payable &payable, const QDate &today, Payer pay, QWidget *parent)
    : CheckedDialog(parent)
    , m_pay(std::move(pay))
    , m_date(new QDateEdit(today, this))
    , m_reference(new QLineEdit(this))
{
    setWindowTitle(tr("Mark Payout Paid"));
    m_date->setObjectName(QStringLiteral("paidOn"));
    m_reference->setObjectName(QStringLiteral("reference"));
    problemLabel()->setObjectName(QStringLiteral("problem"));
    setUpDateEdit(m_date);
    // A payment is dated between its approval and today: other dates cannot be picked.
    const QDate approved = payable.approvedAt.toUTC().date();
    m_date->setDateRange(approved.isValid() ? std::min(approved, today) : today.addYears(-10), today);
    m_date->setDate(today);
    m_reference->setPlaceholderText(tr("The bank transfer's or remittance's reference"));

    auto *form = new QFormLayout;
    form->addRow(tr("Payment &date:"), m_date);
    form->addRow(tr("Payment &reference:"), m_reference);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(payableSummary(payable), this));
    if (payable.approvedAt.isValid())
        layout->addWidget(
            wrapped(tr("Approved on %1 by %2.").arg(formatDate(approved), payable.approvedBy), this));
    layout->addLayout(form);
    addFooter(layout, tr("Mark Paid"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    connect(m_reference, &QLineEdit::textChanged, this, &PaymentDialog::revalidate);
    connect(m_date, &QDateEdit::dateChanged, this, &PaymentDialog::revalidate);
    watch(m_reference);
    revalidate();
}

QDate PaymentDialog::paidOn() const
{
    return m_date->date();
}

QString PaymentDialog::reference() const
{
    return m_reference->text().trimmed();
}

QString PaymentDialog::problem() const
{
    const QString shown = problemLabel()->text();
    return shown.isEmpty() ? m_issue : shown;
}

void PaymentDialog::revalidate()
{
    m_issue = reference().isEmpty() ? tr("Enter the payment reference (of the bank transfer, for instance).")
                                    : QString();
    showProblem(mark(m_reference, m_issue) ? m_issue : QString());
    checked(m_issue.isEmpty());
}

void PaymentDialog::accept()
{
    if (!readyToAccept() || refused(m_pay(paidOn(), reference())))
        return;
    QDialog::accept();
}

} // namespace pd::ui
