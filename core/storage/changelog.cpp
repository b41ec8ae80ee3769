#include "changelog.h"

#include "guards.h"
#include "offline.h"
#include "sql.h"

namespace pd
{

namespace
{

// What the meta table says about the pruned horizon.
const QString kBefore = QStringLiteral("change_log_pruned_before");
const QString kSeq = QStringLiteral("change_log_pruned_seq");
const QString kTxid = QStringLiteral("change_log_pruned_txid");

using sql::setMeta;

// PostgreSQL: only the owner's function deletes from change_log, and it records the horizon in
// the same transaction (see schema::pruneFunction). Returns how many entries went.
Result<qint64> pruneOnServer(Database &db, const QDate &before)
{
    const auto removed
        = sql::scalar(db, QStringLiteral("SELECT %1(CAST(? AS date))").arg(schema::pruneFunction()),
            { before.toString(Qt::ISODate) });
    if (!removed)
        return std::unexpected(removed.error());
    return removed->toLongLong();
}

// SQLite: the transaction's first read fixes what it sees, and a writer that logged in between
// makes the delete fail rather than remove uncounted rows.
Result<qint64> pruneInFile(Database &db, const QDate &before, ChangeLogHorizon next)
{
    const QString cutoff = before.toString(Qt::ISODate);
    sql::Statement st(
        db, QStringLiteral("SELECT count(*), coalesce(max(seq), 0) FROM change_log WHERE logged_at < ?"));
    if (auto r = st.run({ cutoff }); !r)
        return std::unexpected(r.error());
    qint64 count = 0;
    if (st.query().next()) {
        count = st.query().value(0).toLongLong();
        next.seq = std::max(next.seq, st.query().value(1).toLongLong());
    }
    st.query().finish();
    if (count > 0) {
        if (auto r = sql::exec(db, QStringLiteral("DELETE FROM change_log WHERE logged_at < ?"), { cutoff });
            !r)
            return std::unexpected(r.error());
    }
    next.before = before;
    for (const auto &[key, value] : { std::pair { kBefore, next.before.toString(Qt::ISODate) },
             std::pair { kSeq, QString::number(next.seq) },
             std::pair { kTxid, QString::number(next.txid) } }) {
        if (auto r = setMeta(db, key, value); !r)
            return std::unexpected(r.error());
    }
    return count;
}

} // namespace

Result<std::optional<ChangeLogHorizon>> ChangeLog::horizon(Database &db)
{
    sql::Statement st(db, QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?, ?)"));
    if (auto r = st.run({ kBefore, kSeq, kTxid }); !r)
        return std::unexpected(r.error());
    QHash<QString, QString> values;
    while (st.query().next())
        values.insert(st.query().value(0).toString(), st.query().value(1).toString());
    if (!values.contains(kBefore))
        return std::optional<ChangeLogHorizon> {};
    return ChangeLogHorizon { QDate::fromString(values.value(kBefore), Qt::ISODate),
        values.value(kSeq).toLongLong(), values.value(kTxid).toLongLong() };
}

Result<qint64> ChangeLog::size(Database &db)
{
    const auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM change_log"));
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<PruneSummary> ChangeLog::prune(Database &db, const QDate &before, const QDate &today)
{
    if (!before.isValid())
        return fail(
            Error::Code::InvalidInput, tr("The date to prune the change history before is not valid."));
    if (before > today)
        return fail(Error::Code::InvalidInput,
            tr("The change history can be pruned up to today (%1) at the latest, not %2.")
                .arg(today.toString(Qt::ISODate), before.toString(Qt::ISODate)));
    const auto offline = offlineInfo(db);
    if (!offline)
        return std::unexpected(offline.error());
    if (*offline)
        return fail(Error::Code::InvalidInput,
            tr("%1 is an offline copy: prune the change history of the database it was taken from.")
                .arg(db.displayName()));

    PruneSummary summary;
    const auto done = db.transaction([&]() -> Result<void> {
        // Concurrent prunes take turns (PostgreSQL): each merges its horizon with the last one.
        if (auto r = sql::lockTransaction(db, Database::kPruneChangeLogLock); !r)
            return r;
        const auto last = horizon(db);
        if (!last)
            return std::unexpected(last.error());
        if (*last && (*last)->before >= before) {
            summary.horizon = **last; // already pruned that far
            return {};
        }
        // Entries are stamped "2026-12-03T09:30:12.345Z": every one of an earlier day sorts below.
        const auto removed = sql::dialect(db).isPostgres()
            ? pruneOnServer(db, before)
            : pruneInFile(db, before, last->value_or(ChangeLogHorizon {}));
        if (!removed)
            return std::unexpected(removed.error());
        const auto next = horizon(db);
        if (!next)
            return std::unexpected(next.error());
        summary.removed = *removed;
        summary.horizon = next->value_or(ChangeLogHorizon {});
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return summary;
}

} // namespace pd
