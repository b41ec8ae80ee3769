// Comparing an offline copy with its source (OfflineCopy::differences).
#include "offlinesync.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <algorithm>

namespace pd::offline
{

namespace
{

const QString kAlias = QStringLiteral("offline_copy");

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

// Detaches the copy from the source's connection on every way out.
class Attached
{
public:
    explicit Attached(Database &db)
        : m_db(db)
    {
    }
    ~Attached()
    {
        if (m_attached)
            (void)sql::exec(m_db, QStringLiteral("DETACH DATABASE %1").arg(kAlias));
    }
    Attached(const Attached &) = delete;
    Attached &operator=(const Attached &) = delete;
    Result<void> attach(const QString &file)
    {
        auto r = sql::exec(m_db, QStringLiteral("ATTACH DATABASE ? AS %1").arg(kAlias),
            { QFileInfo(file).absoluteFilePath() });
        m_attached = r.has_value();
        return r;
    }

private:
    Database &m_db;
    bool m_attached = false;
};

} // namespace

Result<QStringList> Sync::differingTables()
{
    QStringList differing;
    if (m_source.backend() == Backend::SQLite) {
        // Two SQLite files: the copy is attached to the source's connection (outside any
        // transaction, as SQLite requires) and each table compared by one statement.
        Attached attached(m_source);
        if (auto r = attached.attach(m_copy.location()); !r)
            return std::unexpected(r.error());
        if (auto r = m_source.snapshot([&]() -> Result<void> {
                for (const QString &table : wholeTables() + trackedTables()) {
                    const auto same = sameAttached(table);
                    if (!same)
                        return std::unexpected(same.error());
                    if (!*same)
                        differing << table;
                }
                return {};
            });
            !r)
            return std::unexpected(r.error());
    } else {
        QHash<QString, QByteArray> expected;
        if (auto r = m_source.snapshot([&]() -> Result<void> {
                auto d = digests(true);
                if (!d)
                    return std::unexpected(d.error());
                expected = *d;
                return {};
            });
            !r)
            return std::unexpected(r.error());
        const auto actual = digests(false);
        if (!actual)
            return std::unexpected(actual.error());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (actual->value(it.key()) != it.value())
                differing << it.key();
        }
    }
    std::sort(differing.begin(), differing.end());
    return differing;
}

// The source's rows within the filter and the copy's rows are the same set when there are as many
// of each and every source row has its exact twin in the copy. With an id (every table but
// fx_rates), the twin is looked up by id, one indexed step per row; without, by EXCEPT. Values are
// compared with IS (NULL matches only NULL) under the binary collation, so that a change of case
// is a difference too.
Result<bool> Sync::sameAttached(const QString &table)
{
    const QStringList cols = columns(table);
    const Condition where = scope(table);
    const QString filter = where.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql;
    QString missing;
    if (cols.contains(QStringLiteral("id"))) {
        // A join rather than NOT EXISTS: half the time in SQLite 3.40. The filter stays inside the
        // subquery, where its column names are not ambiguous.
        QStringList unequal { QStringLiteral("b.id IS NULL") };
        for (const QString &c : cols)
            unequal << QStringLiteral("b.%1 IS NOT a.%1 COLLATE BINARY").arg(quoted(c));
        missing = QStringLiteral("SELECT 1 FROM (SELECT * FROM main.%1%2) a LEFT JOIN %3.%1 b ON b.id = a.id "
                                 "WHERE %4")
                      .arg(quoted(table), filter, kAlias, unequal.join(QStringLiteral(" OR ")));
    } else {
        QStringList names;
        for (const QString &c : cols)
            names << quoted(c);
        missing = QStringLiteral("SELECT %2 FROM main.%1%3 EXCEPT SELECT %2 FROM %4.%1")
                      .arg(quoted(table), names.join(QStringLiteral(", ")), filter, kAlias);
    }
    const QString text
        = QStringLiteral("SELECT (SELECT count(*) FROM main.%1%2) = (SELECT count(*) FROM %3.%1) "
                         "AND NOT EXISTS (%4)")
              .arg(quoted(table), filter, kAlias, missing);
    const auto same = sql::scalar(m_source, text, where.params + where.params);
    if (!same)
        return std::unexpected(same.error());
    return same->toBool();
}

Result<QHash<QString, QByteArray>> Sync::digests(bool source)
{
    QHash<QString, QByteArray> out;
    for (const QString &table : wholeTables() + trackedTables()) {
        const QStringList cols = columns(table);
        const Condition where = source ? scope(table) : Condition {};
        sql::Statement st(source ? m_source : m_copy,
            QStringLiteral("SELECT %1 FROM %2%3")
                .arg(cols.join(QStringLiteral(", ")), table,
                    where.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql));
        if (auto r = st.run(where.params); !r)
            return std::unexpected(r.error());
        // Rows are hashed one by one and the hashes sorted: the engines may return rows in any
        // order and types differ (int or qlonglong), their text does not.
        QList<QByteArray> rows;
        while (st.query().next()) {
            QCryptographicHash row(QCryptographicHash::Sha256);
            for (int i = 0; i < cols.size(); ++i) {
                const QVariant v = st.query().value(i);
                const QByteArray text = v.isNull() ? QByteArrayLiteral("\x01null") : v.toString().toUtf8();
                row.addData(text);
                row.addData(QByteArrayView("\0", 1));
            }
            rows << row.result();
        }
        std::sort(rows.begin(), rows.end());
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const QByteArray &r : rows)
            all.addData(r);
        out.insert(table, all.result());
    }
    return out;
}

} // namespace pd::offline
