#include "payoutsql.h"

#include "../storage/licencesql.h"

namespace pd::payoutsql
{

// At most one event of each state per payable (UNIQUE (payable_id, state)), so the joins keep
// one row per payable.
const QString &selectPayables()
{
    static const QString text = QStringLiteral(
        "SELECT b.id, b.partner_id, p.code, p.name, p.owner, g.key, b.quarter, b.currency, b.rewards_minor, "
        "b.rebate_minor, b.spif_minor, b.adjustments_minor, b.carried_in_minor, b.amount_minor, "
        "b.carried_out_minor, b.created_at, b.created_by, a.recorded_at, a.recorded_by, d.paid_on, "
        "d.payment_reference, d.recorded_at, d.recorded_by "
        "FROM payables b JOIN partners p ON p.id = b.partner_id JOIN programs g ON g.id = p.program_id "
        "LEFT JOIN payout_events a ON a.payable_id = b.id AND a.state = 'approved' "
        "LEFT JOIN payout_events d ON d.payable_id = b.id AND d.state = 'paid'");
    return text;
}

Payable payableFrom(const QSqlQuery &q)
{
    Payable p;
    p.id = q.value(0).toLongLong();
    p.partnerId = q.value(1).toLongLong();
    p.partnerCode = q.value(2).toString();
    p.partnerName = q.value(3).toString();
    p.owner = q.value(4).toString();
    p.programKey = q.value(5).toString();
    p.quarter = Quarter::parse(q.value(6).toString()).value_or(Quarter {});
    p.currency = q.value(7).toString();
    p.rewardsMinor = q.value(8).toLongLong();
    p.rebateMinor = q.value(9).toLongLong();
    p.spifMinor = q.value(10).toLongLong();
    p.adjustmentsMinor = q.value(11).toLongLong();
    p.carriedInMinor = q.value(12).toLongLong();
    p.amountMinor = q.value(13).toLongLong();
    p.carriedOutMinor = q.value(14).toLongLong();
    p.createdAt = licsql::timestampOf(q.value(15));
    p.createdBy = q.value(16).toString();
    p.approvedAt = licsql::timestampOf(q.value(17));
    p.approvedBy = q.value(18).toString();
    p.paidOn = sql::dateOf(q.value(19));
    p.paymentReference = q.value(20).toString();
    p.paidAt = licsql::timestampOf(q.value(21));
    p.paidBy = q.value(22).toString();
    if (!q.value(21).isNull())
        p.state = PayoutState::Paid;
    else if (!q.value(17).isNull())
        p.state = PayoutState::Approved;
    else
        p.state = p.amountMinor > 0 ? PayoutState::Owed : PayoutState::Carried;
    return p;
}

QString stateCondition(PayoutState state)
{
    switch (state) {
    case PayoutState::Carried:
        return QStringLiteral("(d.id IS NULL AND a.id IS NULL AND b.amount_minor = 0)");
    case PayoutState::Owed:
        return QStringLiteral("(d.id IS NULL AND a.id IS NULL AND b.amount_minor > 0)");
    case PayoutState::Approved:
        return QStringLiteral("(d.id IS NULL AND a.id IS NOT NULL)");
    case PayoutState::Paid:
        return QStringLiteral("d.id IS NOT NULL");
    }
    return {};
}

} // namespace pd::payoutsql
