#pragma once
// The payout ledger (issue 16, point 3): closing a quarter creates one payable per partner and
// currency (rewards + rebate + SPIF + adjustments, plus any negative balance carried from the
// partner's previous payable in that currency). A payable is never paid negative: a negative sum
// is carried forward and the payable is for zero. States owed -> approved (who, when) -> paid
// (date, payment reference); payables and their state changes are append-only, enforced by the
// database on SQLite and PostgreSQL.

#include "../dates.h"
#include "../money.h"
#include "../result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace pd {

class Database;

enum class PayoutState {
    Carried,  // nothing to pay: the sum was zero or negative (carried forward)
    Owed,
    Approved,
    Paid,
};
QString payoutStateKey(PayoutState state); // "carried", "owed", "approved", "paid"
std::optional<PayoutState> payoutStateFromKey(const QString &key);
QString payoutStateName(PayoutState state); // translated, for people: "Carried", "Owed", ...

struct Payable {
    qint64 id = 0;
    qint64 partnerId = 0;
    QString partnerCode;
    QString partnerName;
    QString owner;       // the partner's account owner
    QString programKey;
    Quarter quarter;
    QString currency;
    qint64 rewardsMinor = 0;
    qint64 rebateMinor = 0;
    qint64 spifMinor = 0;
    qint64 adjustmentsMinor = 0;
    qint64 carriedInMinor = 0;  // <= 0: the negative balance of the previous payable
    qint64 amountMinor = 0;     // >= 0: what is paid
    qint64 carriedOutMinor = 0; // <= 0: what the next payable starts from
    QDateTime createdAt;
    QString createdBy;
    PayoutState state = PayoutState::Owed;
    QDateTime approvedAt;
    QString approvedBy;
    QDate paidOn;
    QString paymentReference;
    QDateTime paidAt;
    QString paidBy;

    Money amount() const { return Money { amountMinor, currency }; }
};

// What closing passes for one partner and currency.
struct PayableDraft {
    qint64 partnerId = 0;
    QString currency;
    qint64 rewardsMinor = 0;
    qint64 rebateMinor = 0;
    qint64 spifMinor = 0;
    qint64 adjustmentsMinor = 0;
};

struct PayoutFilter {
    std::optional<PayoutState> state;
    std::optional<Quarter> quarter;
    QString currency;  // empty: any
    QString owner;     // empty: any
    qint64 partnerId = 0; // 0: any
};

class PayoutLedger
{
public:
    explicit PayoutLedger(Database &db);

    // Inside the closing transaction: one payable per draft, carrying the partner's negative
    // balance in that currency from its latest payable (also for a partner and currency without a
    // draft this quarter, which gets a payable of its carried balance alone: nothing is lost).
    Result<QList<Payable>> createWithin(const Quarter &quarter, const QList<PayableDraft> &drafts, const QString &by);

    Result<QList<Payable>> list(const PayoutFilter &filter = {}) const; // by quarter, partner code, currency
    Result<Payable> payable(qint64 id) const;
    // owed -> approved; refused for any other state.
    Result<Payable> approve(qint64 id, const QString &by);
    // approved -> paid; needs the payment date (not before the approval) and reference.
    Result<Payable> pay(qint64 id, const QDate &paidOn, const QString &paymentReference, const QString &by);

private:
    Database &m_db;
};

} // namespace pd
