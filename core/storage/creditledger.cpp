#include "creditledger.h"

#include "../crashpoint.h"
#include "../translations.h"

#include "licencesql.h"

#include <QHash>
#include <QLocale>

namespace pd {

using licsql::idOrNull;
using licsql::selectAll;
using sql::dateOf;
using sql::dateValue;

namespace {

const QString kEntrySelect
    = QStringLiteral("SELECT e.id, e.partner_id, e.kind, e.entry_on, e.credits, e.discount_bp, e.paid_minor, "
                     "e.currency, e.customer_id, "
                     "e.corrects_id, e.note, e.recorded_by, e.recorded_at, e.balance_after, c.code "
                     "FROM credit_ledger e LEFT JOIN customers c ON c.id = e.customer_id ");

CreditEntry entryFrom(const QSqlQuery &q)
{
    CreditEntry e;
    e.id = q.value(0).toLongLong();
    e.partnerId = q.value(1).toLongLong();
    e.kind = creditEntryKindFromKey(q.value(2).toString()).value_or(CreditEntryKind::Correction);
    e.entryOn = dateOf(q.value(3));
    e.credits = q.value(4).toLongLong();
    e.discount = Rate { q.value(5).toInt() };
    e.paid = Money { q.value(6).toLongLong(), q.value(7).toString() };
    e.customerId = q.value(8).toLongLong();
    e.correctsId = q.value(9).toLongLong();
    e.note = q.value(10).toString();
    e.recordedBy = q.value(11).toString();
    e.recordedAt = licsql::timestampOf(q.value(12));
    e.balanceAfter = q.value(13).toLongLong();
    e.customerCode = q.value(14).toString();
    return e;
}

} // namespace

CreditLedger::CreditLedger(Database &db)
    : m_db(db)
{
}

Result<CreditEntry> CreditLedger::append(const CreditEntry &e)
{
    CreditEntry stored;
    const auto r = m_db.transaction([&]() -> Result<void> {
        auto written = appendWithin(e);
        if (!written)
            return std::unexpected(written.error());
        stored = *written;
        return {};
    });
    if (!r)
        return std::unexpected(r.error());
    return stored;
}

Result<CreditEntry> CreditLedger::appendWithin(const CreditEntry &e)
{
    // Writing first takes the database's write lock (SQLite) before anything is read, so the
    // balance read below is the latest one and no other writer can change it before commit. The
    // guarded UPDATE is what enforces "never below zero" (PostgreSQL re-checks it on the locked
    // row); the CHECK constraints are the last line of defence.
    if (auto r = sql::exec(m_db,
            QStringLiteral("INSERT INTO credit_accounts (partner_id, balance) VALUES (?, 0) "
                           "ON CONFLICT (partner_id) DO NOTHING"),
            { e.partnerId });
        !r)
        return std::unexpected(r.error());
    sql::Statement move(m_db,
        QStringLiteral("UPDATE credit_accounts SET balance = balance + ? "
                       "WHERE partner_id = ? AND balance + ? >= 0"));
    if (auto r = move.run({ e.credits, e.partnerId, e.credits }); !r)
        return std::unexpected(r.error());
    const bool moved = move.query().numRowsAffected() == 1;
    const auto balance = sql::scalar(
        m_db, QStringLiteral("SELECT balance FROM credit_accounts WHERE partner_id = ?"), { e.partnerId });
    if (!balance)
        return std::unexpected(balance.error());
    if (!moved) {
        const QLocale locale = formattingLocale();
        const qint64 have = balance->toLongLong();
        return fail(Error::Code::InvalidInput,
            licsql::Tr::tr(
                "Refused: the balance is %1 credits and this entry takes %2; %3 credits are missing. "
                "The balance can never go below zero.")
                .arg(locale.toString(have), locale.toString(-e.credits),
                    locale.toString(-(have + e.credits))));
    }
    CreditEntry out = e;
    out.balanceAfter = balance->toLongLong();
    const QString now = licsql::timestampNow();
    out.recordedAt = licsql::timestampOf(now);
    const auto id = sql::insertReturningId(m_db,
        QStringLiteral("INSERT INTO credit_ledger (partner_id, kind, entry_on, credits, discount_bp, "
                       "paid_minor, currency, "
                       "customer_id, corrects_id, note, recorded_by, recorded_at, balance_after) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { e.partnerId, creditEntryKindKey(e.kind), dateValue(e.entryOn), e.credits, e.discount.bp,
            e.paid.minor, e.paid.currency, idOrNull(e.customerId), idOrNull(e.correctsId), e.note,
            e.recordedBy, now, out.balanceAfter });
    if (!id)
        return std::unexpected(id.error());
    crashPoint("credits.after-insert");
    out.id = *id;
    return out;
}

Result<qint64> CreditLedger::balance(qint64 partnerId) const
{
    const auto b = sql::scalar(
        m_db, QStringLiteral("SELECT balance FROM credit_accounts WHERE partner_id = ?"), { partnerId });
    if (!b)
        return std::unexpected(b.error());
    return b->isNull() ? 0 : b->toLongLong();
}

Result<QList<CreditEntry>> CreditLedger::entries(qint64 partnerId) const
{
    return selectAll<CreditEntry>(m_db, kEntrySelect + QStringLiteral("WHERE e.partner_id = ? ORDER BY e.id"),
        { partnerId }, entryFrom);
}

Result<CreditEntry> CreditLedger::entry(qint64 id) const
{
    const auto rows
        = selectAll<CreditEntry>(m_db, kEntrySelect + QStringLiteral("WHERE e.id = ?"), { id }, entryFrom);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(Error::Code::NotFound, licsql::Tr::tr("There is no credit ledger entry %1.").arg(id));
    return rows->first();
}

Result<QStringList> CreditLedger::audit() const
{
    const auto all = selectAll<CreditEntry>(
        m_db, kEntrySelect + QStringLiteral("ORDER BY e.partner_id, e.id"), {}, entryFrom);
    if (!all)
        return std::unexpected(all.error());
    QStringList problems;
    QHash<qint64, qint64> running;
    for (const CreditEntry &e : *all) {
        qint64 &sum = running[e.partnerId];
        const auto next = checkedAdd(sum, e.credits); // damaged rows may hold anything
        if (!next) {
            problems << licsql::Tr::tr("Credit entry %1: the running sum of %2 credits overflows.").arg(e.id).arg(e.credits);
            continue;
        }
        sum = *next;
        if (sum != e.balanceAfter)
            problems << licsql::Tr::tr("Credit entry %1: balance after is %2, the running sum is %3.")
                            .arg(e.id)
                            .arg(e.balanceAfter)
                            .arg(sum);
    }
    sql::Statement accounts(m_db, QStringLiteral("SELECT partner_id, balance FROM credit_accounts"));
    if (auto r = accounts.run({}); !r)
        return std::unexpected(r.error());
    QHash<qint64, qint64> seen;
    while (accounts.query().next())
        seen.insert(accounts.query().value(0).toLongLong(), accounts.query().value(1).toLongLong());
    for (auto it = running.cbegin(); it != running.cend(); ++it) {
        if (seen.value(it.key(), -1) != it.value())
            problems << licsql::Tr::tr("Partner %1: the credit balance is %2, its entries add up to %3.")
                            .arg(it.key())
                            .arg(seen.value(it.key(), 0))
                            .arg(it.value());
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (!running.contains(it.key()) && it.value() != 0)
            problems << licsql::Tr::tr("Partner %1: the credit balance is %2 with no entries.")
                            .arg(it.key())
                            .arg(it.value());
    }
    return problems;
}

} // namespace pd
