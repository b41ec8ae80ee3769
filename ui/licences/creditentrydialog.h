#pragma once

#include "licensing/entitlements.h"
#include "records.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::ui {

// One new entry of the activation-credit ledger: a purchase (credits and the discount inside the
// tier's range, with the fiat price shown as it will be recorded), a consumption (credits and
// the customer onboarded) or a correction of an earlier entry (signed credits, reason).
class CreditEntryDialog final : public QDialog
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

private:
    void update();

    Mode m_mode;
    CreditDiscountRange m_range;
    QString m_currency;
    QSpinBox *m_credits;
    QDoubleSpinBox *m_discount = nullptr;
    QComboBox *m_customer = nullptr;
    QLineEdit *m_paid = nullptr;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLabel *m_price;
    QPushButton *m_ok = nullptr;
};

} // namespace pd::ui
