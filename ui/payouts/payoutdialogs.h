#pragma once

#include "licences/checkeddialog.h"
#include "payouts/payoutledger.h"

#include <QDate>
#include <functional>

class QDateEdit;
class QLineEdit;

namespace pd::ui
{

// "Payable 12: Acme (P-1), 2026-Q3, 1 234,50 €": how the dialogs name the payable they act on.
QString payableSummary(const Payable &p);

// Approve…: shows the payable and who approves it; OK hands over to `approve` (PayoutLedger,
// through the Payouts view). A refusal from core is shown in the dialog, which stays open.
class ApproveDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    using Approver = std::function<Result<Payable>()>;
    ApproveDialog(
        const Payable &payable, const QString &approvedBy, Approver approve, QWidget *parent = nullptr);

    QString problem() const;
    void accept() override;

private:
    void revalidate() override;

    Approver m_approve;
};

// Mark Paid…: asks the payment date (from the approval's day to `today`) and the payment
// reference (required); OK hands both to `pay`. A refusal from core is shown in the dialog.
class PaymentDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    using Payer = std::function<Result<Payable>(const QDate &paidOn, const QString &reference)>;
    PaymentDialog(const Payable &payable, const QDate &today, Payer pay, QWidget *parent = nullptr);

    QDate paidOn() const;
    QString reference() const;
    // Why OK is disabled, or the refusal of the last OK; empty when neither.
    QString problem() const;
    void accept() override;

private:
    void revalidate() override;

    Payer m_pay;
    QDateEdit *m_date;
    QLineEdit *m_reference;
    QString m_issue;
};

} // namespace pd::ui
