// The refresh half of Sync: find what changed in the source since the copy's watermark, remove
// what left, write what is new or changed. Each changed row is fetched again by id, so handling
// a change twice does no harm: the copy ends up as the source's current snapshot.
#include "offlinesync.h"

namespace pd::offline
{

namespace
{

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::OfflineCopy)
};

const QString kPartners = QStringLiteral("partners");
const QString kStaff = QStringLiteral("staff");

} // namespace

Result<QHash<QString, QSet<qint64>>> Sync::changedRows(const Watermark &since)
{
    if (since.backend != m_source.backend())
        return fail(Error::Code::InvalidInput,
            Tr::tr("The offline copy was taken from another kind of database than %1; take a new copy.")
                .arg(m_source.displayName()));
    const QStringList tracked = trackedTables();
    QHash<QString, QSet<qint64>> changed;
    if (since.backend == Backend::PostgreSQL) {
        // Every transaction the last snapshot did not see has an id at or above its xmin; some
        // that it did see may be included too, which is harmless.
        sql::Statement log(
            m_source, QStringLiteral("SELECT table_name, row_id FROM change_log WHERE txid >= ?"));
        if (auto r = log.run({ since.xmin }); !r)
            return std::unexpected(r.error());
        while (log.query().next()) {
            const QString table = log.query().value(0).toString();
            if (tracked.contains(table))
                changed[table].insert(log.query().value(1).toLongLong());
        }
        return changed;
    }

    // SQLite logs updates and deletes; new rows have ids above the highest the copy saw. A
    // delete may let SQLite hand out lower ids again (max(id) + 1), so the search starts below
    // the table's highest id after that delete.
    QHash<QString, qint64> from = since.maxIds;
    sql::Statement log(
        m_source, QStringLiteral("SELECT table_name, row_id, tail_id FROM change_log WHERE seq > ?"));
    if (auto r = log.run({ since.seq }); !r)
        return std::unexpected(r.error());
    while (log.query().next()) {
        const QString table = log.query().value(0).toString();
        if (!tracked.contains(table))
            continue;
        changed[table].insert(log.query().value(1).toLongLong());
        const QVariant tail = log.query().value(2);
        if (!tail.isNull())
            from[table] = std::min(from.value(table, 0), tail.toLongLong());
    }
    for (const QString &table : tracked) {
        sql::Statement fresh(m_source, QStringLiteral("SELECT id FROM %1 WHERE id > ?").arg(table));
        if (auto r = fresh.run({ from.value(table, 0) }); !r)
            return std::unexpected(r.error());
        while (fresh.query().next())
            changed[table].insert(fresh.query().value(0).toLongLong());
    }
    return changed;
}

Result<void> Sync::removeGone(const QHash<QString, QSet<qint64>> &changed)
{
    QSet<qint64> goneParents; // partners that left the copy
    QSet<qint64> goneStaff;
    auto deleteInCopy = [&](const QString &statement) -> Result<void> {
        sql::Statement st(m_copy, statement);
        if (auto r = st.run({}); !r)
            return r;
        m_summary.deleted += std::max(0, st.query().numRowsAffected());
        return {};
    };
    for (const QString &table : trackedTables()) {
        for (const QList<qint64> &chunk : chunked(changed.value(table))) {
            const auto present = idsIn(m_copy, table, chunk, {});
            if (!present)
                return std::unexpected(present.error());
            if (!present->isEmpty()) {
                // Deleted in the source, or no longer within the copy's filter.
                const QList<qint64> candidates(present->begin(), present->end());
                const auto kept = idsIn(m_source, table, candidates, scope(table));
                if (!kept)
                    return std::unexpected(kept.error());
                QList<qint64> gone;
                for (const qint64 id : candidates) {
                    if (!kept->contains(id))
                        gone << id;
                }
                if (!gone.isEmpty()) {
                    if (auto r = deleteInCopy(
                            QStringLiteral("DELETE FROM %1 WHERE id IN (%2)").arg(table, idList(gone)));
                        !r)
                        return r;
                    if (table == kPartners)
                        goneParents.unite(QSet<qint64>(gone.begin(), gone.end()));
                    else if (table == kStaff)
                        goneStaff.unite(QSet<qint64>(gone.begin(), gone.end()));
                }
            }
            if (auto r = step(chunk.size()); !r)
                return r;
        }
    }
    // What belonged to the partners that left goes with them, unless it also belongs to one
    // that stays (a customer move between two partners). Children first: certifications are
    // found through the staff they hang on.
    const QList<TableSpec> &specs = dependentTables();
    for (auto spec = specs.crbegin(); spec != specs.crend(); ++spec) {
        for (const QList<qint64> &chunk : chunked(goneParents)) {
            if (auto r = deleteInCopy(QStringLiteral("DELETE FROM %1 WHERE (%2) AND NOT (%3)")
                                          .arg(spec->name, ownedBy(*spec, idList(chunk)).sql,
                                              ownedBy(*spec, QStringLiteral("SELECT id FROM partners")).sql));
                !r)
                return r;
        }
        if (spec->parentTable == kStaff) {
            for (const QList<qint64> &chunk : chunked(goneStaff)) {
                if (auto r = deleteInCopy(QStringLiteral("DELETE FROM %1 WHERE %2 IN (%3)")
                                              .arg(spec->name, spec->parentColumn, idList(chunk)));
                    !r)
                    return r;
            }
        }
    }
    return {};
}

Result<void> Sync::writeChanged(const QHash<QString, QSet<qint64>> &changed)
{
    QSet<qint64> newPartners; // partners that entered the copy: all their rows come along
    QSet<qint64> newStaff;
    for (const QString &table : trackedTables()) {
        const Condition within = scope(table);
        for (const QList<qint64> &chunk : chunked(changed.value(table))) {
            const auto present = idsIn(m_copy, table, chunk, {});
            if (!present)
                return std::unexpected(present.error());
            Condition where { QStringLiteral("id IN (%1)").arg(idList(chunk)), within.params };
            if (!within.sql.isEmpty())
                where.sql += QStringLiteral(" AND (%1)").arg(within.sql);
            const auto written = pump(table, where, true);
            if (!written)
                return std::unexpected(written.error());
            for (const qint64 id : *written) {
                if (present->contains(id))
                    continue;
                if (table == kPartners)
                    newPartners << id;
                else if (table == kStaff)
                    newStaff << id;
            }
        }
        if (table == kPartners)
            continue;
        const auto spec = std::find_if(dependentTables().cbegin(), dependentTables().cend(),
            [&](const TableSpec &s) { return s.name == table; });
        for (const QList<qint64> &chunk : chunked(newPartners)) {
            if (auto r = pump(table, ownedBy(*spec, idList(chunk)), true); !r)
                return std::unexpected(r.error());
        }
        if (spec->parentTable == kStaff) {
            for (const QList<qint64> &chunk : chunked(newStaff)) {
                if (auto r = pump(table,
                        Condition { QStringLiteral("%1 IN (%2)").arg(spec->parentColumn, idList(chunk)), {} },
                        true);
                    !r)
                    return std::unexpected(r.error());
            }
        }
    }
    return {};
}

Result<void> Sync::syncWholeTables()
{
    // Programs and exchange rates are few: copied whole, and not counted as changes.
    const qint64 counted = m_summary.written;
    const auto programs = pump(QStringLiteral("programs"), {}, true);
    if (!programs)
        return std::unexpected(programs.error());
    if (auto r = execCopy(programs->isEmpty()
                ? QStringLiteral("DELETE FROM programs")
                : QStringLiteral("DELETE FROM programs WHERE id NOT IN (%1)").arg(idList(*programs)));
        !r)
        return r;
    if (auto r = execCopy(QStringLiteral("DELETE FROM fx_rates")); !r)
        return r;
    if (auto r = pump(QStringLiteral("fx_rates"), {}, false); !r)
        return std::unexpected(r.error());
    // SPIF campaigns are few and edited like programs; closed quarters are only ever added.
    const auto campaigns = pump(QStringLiteral("spif_campaigns"), {}, true);
    if (!campaigns)
        return std::unexpected(campaigns.error());
    if (auto r = execCopy(campaigns->isEmpty()
                ? QStringLiteral("DELETE FROM spif_campaigns")
                : QStringLiteral("DELETE FROM spif_campaigns WHERE id NOT IN (%1)").arg(idList(*campaigns)));
        !r)
        return r;
    const auto lastClose = sql::scalar(m_copy, QStringLiteral("SELECT coalesce(max(id), 0) FROM quarter_closes"));
    if (!lastClose)
        return std::unexpected(lastClose.error());
    if (auto r = pump(QStringLiteral("quarter_closes"),
                      Condition { QStringLiteral("id > ?"), { lastClose->toLongLong() } }, false);
        !r)
        return std::unexpected(r.error());
    m_summary.written = counted;
    return {};
}

Result<void> Sync::applyChanges(const Watermark &since)
{
    const auto changed = changedRows(since);
    if (!changed)
        return std::unexpected(changed.error());
    m_total = 0;
    for (const QSet<qint64> &ids : *changed)
        m_total += 2 * ids.size(); // looked at once for removal, once for writing
    if (auto r = step(0); !r)
        return r;
    if (auto r = syncWholeTables(); !r)
        return r;
    if (auto r = removeGone(*changed); !r)
        return r;
    if (auto r = writeChanged(*changed); !r)
        return r;
    return step(0);
}

} // namespace pd::offline
