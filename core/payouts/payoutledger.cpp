#include "payoutledger.h"

#include "../storage/licencesql.h"
#include "payoutsql.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace pd
{

using payoutsql::Tr;

QString payoutStateKey(PayoutState state)
{
    switch (state) {
    case PayoutState::Carried:
        return QStringLiteral("carried");
    case PayoutState::Owed:
        return QStringLiteral("owed");
    case PayoutState::Approved:
        return QStringLiteral("approved");
    case PayoutState::Paid:
        return QStringLiteral("paid");
    }
    return {};
}

std::optional<PayoutState> payoutStateFromKey(const QString &key)
{
    for (const PayoutState s :
        { PayoutState::Carried, PayoutState::Owed, PayoutState::Approved, PayoutState::Paid }) {
        if (payoutStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString payoutStateName(PayoutState state)
{
    switch (state) {
    case PayoutState::Carried:
        return Tr::tr("Carried");
    case PayoutState::Owed:
        return Tr::tr("Owed");
    case PayoutState::Approved:
        return Tr::tr("Approved");
    case PayoutState::Paid:
        return Tr::tr("Paid");
    }
    return {};
}

namespace
{

using Key = std::pair<qint64, QString>; // partner, currency

// What one payable is made of before it is stored.
struct Row {
    qint64 partnerId = 0;
    QString currency;
    qint64 rewards = 0, rebate = 0, spif = 0, adjustments = 0, carriedIn = 0, amount = 0, carriedOut = 0;
};

// The negative balance each partner carries in each currency out of its latest payable before
// `quarter`: what that partner's next payable in the currency starts from.
Result<QHash<Key, qint64>> carriedBalances(const Database &db, const Quarter &quarter)
{
    sql::Statement st(db,
        QStringLiteral("SELECT b.partner_id, b.currency, b.carried_out_minor FROM payables b "
                       "WHERE b.carried_out_minor < 0 AND b.quarter = (SELECT max(c.quarter) FROM payables c "
                       "WHERE c.partner_id = b.partner_id AND c.currency = b.currency AND c.quarter < ?)"));
    if (auto r = st.run({ quarter.text() }); !r)
        return std::unexpected(r.error());
    QHash<Key, qint64> out;
    while (st.query().next())
        out.insert(Key { st.query().value(0).toLongLong(), st.query().value(1).toString() },
            st.query().value(2).toLongLong());
    return out;
}

// rewards + rebate + SPIF + adjustments + carried in, checked; split into what is paid (never
// negative) and what is carried forward (never positive).
Result<Row> rowFor(const PayableDraft &d, qint64 carriedIn)
{
    Row row { d.partnerId, d.currency, d.rewardsMinor, d.rebateMinor, d.spifMinor, d.adjustmentsMinor,
        carriedIn };
    Money total { 0, d.currency };
    for (const qint64 part : { row.rewards, row.rebate, row.spif, row.adjustments, row.carriedIn }) {
        auto next = sum(total, Money { part, d.currency });
        if (!next)
            return std::unexpected(next.error());
        total = *next;
    }
    row.amount = std::max<qint64>(total.minor, 0);
    row.carriedOut = std::min<qint64>(total.minor, 0);
    return row;
}

} // namespace

PayoutLedger::PayoutLedger(Database &db)
    : m_db(db)
{
}

Result<QList<Payable>> PayoutLedger::createWithin(
    const Quarter &quarter, const QList<PayableDraft> &drafts, const QString &by)
{
    const auto carried = carriedBalances(m_db, quarter);
    if (!carried)
        return std::unexpected(carried.error());
    QSet<Key> drafted;
    QList<Row> rows;
    for (const PayableDraft &d : drafts) {
        const Key key { d.partnerId, d.currency };
        if (drafted.contains(key))
            return fail(Error::Code::InvalidInput,
                Tr::tr(
                    "Partner %1 has two payables in %2 for %3; a quarter has one per partner and currency.")
                    .arg(d.partnerId)
                    .arg(d.currency, quarter.text()));
        drafted.insert(key);
        if (auto currency = Currency::find(d.currency); !currency)
            return std::unexpected(currency.error());
        auto row = rowFor(d, carried->value(key, 0));
        if (!row)
            return std::unexpected(row.error());
        const bool empty = row->rewards == 0 && row->rebate == 0 && row->spif == 0 && row->adjustments == 0
            && row->carriedIn == 0;
        if (!empty)
            rows << *row;
    }
    // A negative balance with nothing earned against it this quarter is carried on as it is.
    for (auto it = carried->cbegin(); it != carried->cend(); ++it) {
        if (!drafted.contains(it.key()))
            rows << Row { it.key().first, it.key().second, 0, 0, 0, 0, it.value(), 0, it.value() };
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.partnerId, a.currency) < std::tie(b.partnerId, b.currency);
    });

    const QString now = licsql::timestampNow();
    sql::Statement insert(m_db,
        QStringLiteral(
            "INSERT INTO payables (partner_id, quarter, currency, rewards_minor, rebate_minor, spif_minor, "
            "adjustments_minor, carried_in_minor, amount_minor, carried_out_minor, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSet<qint64> ids;
    for (const Row &r : std::as_const(rows)) {
        if (auto done = insert.run({ r.partnerId, quarter.text(), r.currency, r.rewards, r.rebate, r.spif,
                r.adjustments, r.carriedIn, r.amount, r.carriedOut, now, by });
            !done)
            return std::unexpected(done.error());
        if (insert.query().next())
            ids.insert(insert.query().value(0).toLongLong());
    }
    PayoutFilter filter;
    filter.quarter = quarter;
    auto all = list(filter);
    if (!all)
        return std::unexpected(all.error());
    QList<Payable> out;
    for (const Payable &p : std::as_const(*all)) {
        if (ids.contains(p.id))
            out << p;
    }
    return out;
}

Result<QList<Payable>> PayoutLedger::list(const PayoutFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.state)
        where << payoutsql::stateCondition(*filter.state);
    if (filter.quarter) {
        where << QStringLiteral("b.quarter = ?");
        values << filter.quarter->text();
    }
    if (!filter.currency.isEmpty()) {
        where << QStringLiteral("b.currency = ?");
        values << filter.currency.toUpper();
    }
    if (!filter.owner.isEmpty()) {
        where << QStringLiteral("p.owner = ?");
        values << filter.owner;
    }
    if (filter.partnerId > 0) {
        where << QStringLiteral("b.partner_id = ?");
        values << filter.partnerId;
    }
    QString text = payoutsql::selectPayables();
    if (!where.isEmpty())
        text += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    text += QStringLiteral(" ORDER BY b.quarter, p.code, b.currency");
    return sql::selectAll<Payable>(m_db, text, values, payoutsql::payableFrom);
}

Result<Payable> PayoutLedger::payable(qint64 id) const
{
    const auto rows = sql::selectAll<Payable>(m_db,
        payoutsql::selectPayables() + QStringLiteral(" WHERE b.id = ?"), { id }, payoutsql::payableFrom);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(Error::Code::NotFound, Tr::tr("There is no payable %1.").arg(id));
    return rows->first();
}

} // namespace pd
