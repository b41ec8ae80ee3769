#pragma once

#include "checkeddialog.h"
#include "licensing/entitlements.h"
#include "licensing/licence.h"
#include "records.h"

#include <functional>
#include <optional>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pd::ui {

class CustomerPicker;

// One new entry of the activation-credit ledger: a purchase (credits and the discount inside the
// tier's range, with the fiat price shown as it will be recorded), a consumption (credits and
// the customer onboarded) or a correction of an earlier entry (signed credits, reason). What is
// wrong is marked and said as the user types (in a correction, once the user has touched the
// field), with OK disabled; with a submitter set, OK writes
// through it and a refusal from core (a balance that would go below zero) is shown in the
// dialog, which stays open.
class CreditEntryDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    enum class Mode { Buy, Consume, Correct };

    CreditEntryDialog(Mode mode, const CreditDiscountRange &range, const QString &currency,
        const QList<Customer> &customers, qint64 correctsId, const QDate &today, QWidget *parent = nullptr);

    qint64 credits() const;
    std::optional<Rate> discount() const;
    qint64 customerId() const;
    qint64 paidMinor() const; // corrections: the fiat correction in minor units
    QDate date() const;
    QString note() const;

    using Submitter = std::function<Result<CreditEntry>(const CreditEntryDialog &)>;
    void setSubmitter(Submitter submit) { m_submit = std::move(submit); }
    // Why OK is disabled, or the refusal of the last OK; empty when neither.
    QString problem() const;

    void accept() override;

private:
    void revalidate() override;

    Mode m_mode;
    CreditDiscountRange m_range;
    QString m_currency;
    QSpinBox *m_credits;
    QDoubleSpinBox *m_discount = nullptr;
    CustomerPicker *m_customer = nullptr;
    QLineEdit *m_paid = nullptr;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLabel *m_price;
    QString m_issue; // why OK is disabled
    Submitter m_submit;
};

} // namespace pd::ui
