// The payout ledger's state changes: owed -> approved -> paid, each one payout_events row. The
// database refuses the same transitions (schema_payouts.cpp); these checks give the reasons.
#include "../storage/licencesql.h"
#include "../translations.h"
#include "payoutledger.h"
#include "payoutsql.h"

namespace pd
{

using payoutsql::Tr;

namespace
{

constexpr qsizetype kMaxReferenceLength = 100;

// "Payable 12 (P-ACME, 2026-Q3, EUR)": how every refusal names the payable.
QString named(const Payable &p)
{
    return Tr::tr("Payable %1 (%2, %3, %4)").arg(p.id).arg(p.partnerCode, p.quarter.text(), p.currency);
}

std::unexpected<Error> refused(const QString &why)
{
    return std::unexpected(Error { Error::Code::InvalidInput, why });
}

// The day of an approval, as the database compares it with a payment date (UTC).
QDate approvalDay(const Payable &p)
{
    return p.approvedAt.toUTC().date();
}

} // namespace

Result<Payable> PayoutLedger::approve(qint64 id, const QString &by)
{
    Payable out;
    const auto done = m_db.transaction([&]() -> Result<void> {
        auto p = payable(id);
        if (!p)
            return std::unexpected(p.error());
        if (p->state != PayoutState::Owed)
            return refused(Tr::tr("%1 cannot be approved: it is %2, and only an owed payable is approved.")
                               .arg(named(*p), payoutStateName(p->state).toLower()));
        if (by.trimmed().isEmpty())
            return refused(
                Tr::tr("%1 cannot be approved without the name of who approves it.").arg(named(*p)));
        // ON CONFLICT: a concurrent approval that committed first wins; this one then adds nothing.
        const auto added = sql::scalar(m_db,
            QStringLiteral(
                "INSERT INTO payout_events (payable_id, partner_id, state, recorded_at, recorded_by) "
                "VALUES (?, ?, 'approved', ?, ?) ON CONFLICT (payable_id, state) DO NOTHING RETURNING id"),
            { p->id, p->partnerId, licsql::timestampNow(), by.trimmed() });
        if (!added)
            return std::unexpected(added.error());
        auto after = payable(id);
        if (!after)
            return std::unexpected(after.error());
        if (added->isNull())
            return fail(Error::Code::Conflict,
                Tr::tr("%1 was approved meanwhile by %2; nothing was changed.")
                    .arg(named(*after), after->approvedBy));
        out = *after;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

Result<Payable> PayoutLedger::pay(
    qint64 id, const QDate &paidOn, const QString &paymentReference, const QString &by)
{
    const QString reference = paymentReference.trimmed();
    const QLocale locale = formattingLocale();
    Payable out;
    const auto done = m_db.transaction([&]() -> Result<void> {
        auto p = payable(id);
        if (!p)
            return std::unexpected(p.error());
        if (p->state != PayoutState::Approved)
            return refused(Tr::tr("%1 cannot be paid: it is %2, and only an approved payable is paid.")
                               .arg(named(*p), payoutStateName(p->state).toLower()));
        if (by.trimmed().isEmpty())
            return refused(
                Tr::tr("%1 cannot be paid without the name of who records the payment.").arg(named(*p)));
        if (!paidOn.isValid())
            return refused(Tr::tr("%1 cannot be paid without the payment date.").arg(named(*p)));
        if (paidOn < approvalDay(*p))
            return refused(
                Tr::tr("%1 cannot be paid on %2: it was approved on %3, and a payment is never dated before "
                       "its approval.")
                    .arg(named(*p), displayDate(paidOn, locale), displayDate(approvalDay(*p), locale)));
        // Today wherever the clock is: the local date or UTC's, whichever is later.
        const QDate today = std::max(QDate::currentDate(), QDateTime::currentDateTimeUtc().date());
        if (paidOn > today)
            return refused(Tr::tr(
                "%1 cannot be paid on %2: the date is in the future. Record a payment once it is made.")
                               .arg(named(*p), displayDate(paidOn, locale)));
        if (reference.isEmpty())
            return refused(Tr::tr("%1 cannot be paid without a payment reference.").arg(named(*p)));
        if (reference.size() > kMaxReferenceLength)
            return refused(
                Tr::tr("%1 cannot be paid: the payment reference has %2 characters, at most %3 are allowed.")
                    .arg(named(*p), locale.toString(reference.size()), locale.toString(kMaxReferenceLength)));
        const auto added = sql::scalar(m_db,
            QStringLiteral(
                "INSERT INTO payout_events (payable_id, partner_id, state, recorded_at, recorded_by, "
                "paid_on, payment_reference) VALUES (?, ?, 'paid', ?, ?, ?, ?) "
                "ON CONFLICT (payable_id, state) DO NOTHING RETURNING id"),
            { p->id, p->partnerId, licsql::timestampNow(), by.trimmed(), sql::dateValue(paidOn), reference });
        if (!added)
            return std::unexpected(added.error());
        auto after = payable(id);
        if (!after)
            return std::unexpected(after.error());
        if (added->isNull())
            return fail(Error::Code::Conflict,
                Tr::tr("%1 was paid meanwhile (reference %2, recorded by %3); nothing was changed.")
                    .arg(named(*after), after->paymentReference, after->paidBy));
        out = *after;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

} // namespace pd
