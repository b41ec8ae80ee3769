// The row copying half of Sync: source rows written into the copy, on takes and refreshes alike.
// From PostgreSQL, rows stream through COPY (sql::Cursor) and are written straight on the copy's
// SQLite (sql::DirectStatement), as text: no QVariant per value, which is what a take spent most
// of its time on. Elsewhere, or with either switched off, each value goes through QSqlQuery.
#include "cursor.h"
#include "offlinesync.h"
#include "sqlitedirect.h"

namespace pd::offline
{

namespace
{

Error copyError(const QSqlQuery &q)
{
    return sql::storageError(q.lastError(), sql::Operation::WriteOfflineCopy);
}

// SQLite's affinity of a declared column type, as far as it matters here.
bool textOrInteger(const QString &declared)
{
    const QString type = declared.toUpper();
    for (const char *word : { "INT", "CHAR", "CLOB", "TEXT" }) {
        if (type.contains(QLatin1StringView(word)))
            return true;
    }
    return false;
}

} // namespace

QString Sync::insertStatement(const QString &table, const QStringList &cols, bool upsert) const
{
    QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, cols.join(QStringLiteral(", ")),
                             QStringList(cols.size(), QStringLiteral("?")).join(u','));
    if (upsert) {
        QStringList sets;
        for (const QString &c : cols) {
            if (c != QLatin1StringView("id"))
                sets << QStringLiteral("%1 = excluded.%1").arg(c);
        }
        insert += QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ") + sets.join(QStringLiteral(", "));
    }
    return insert;
}

bool Sync::writableAsText(const QString &table)
{
    // PostgreSQL sends every value as text through COPY (dates as ISO text), and holds only texts,
    // integers and dates. Bound
    // as text, a value lands in a column of INTEGER affinity as the integer and in one of TEXT
    // affinity as the text that binding it typed stored: the copy is the same byte for byte. A
    // column of another affinity (none, REAL, NUMERIC) would keep the text, so such a table
    // takes the typed path.
    if (m_source.backend() != Backend::PostgreSQL || !sql::DirectStatement::available(m_copy))
        return false;
    if (!m_textSafe.contains(table)) {
        bool safe = true;
        sql::Statement info(m_copy, QStringLiteral("SELECT type FROM pragma_table_info(?)"));
        if (!info.run({ table }))
            safe = false;
        while (safe && info.query().next())
            safe = textOrInteger(info.query().value(0).toString());
        m_textSafe.insert(table, safe);
    }
    return m_textSafe.value(table);
}

Result<QList<qint64>> Sync::pump(const QString &table, const Condition &where, bool upsert)
{
    const QStringList cols = columns(table);
    if (cols.isEmpty())
        return QList<qint64> {};
    QString select = QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QStringLiteral(", ")), table);
    if (!where.sql.isEmpty())
        select += QStringLiteral(" WHERE ") + where.sql;
    upsert = upsert && cols.contains(QStringLiteral("id"));
    if (writableAsText(table))
        return pumpText(table, cols, select, where.params, upsert);
    return pumpValues(table, cols, select, where.params, upsert);
}

Result<QList<qint64>> Sync::pumpText(const QString &table, const QStringList &cols, const QString &select,
    const QVariantList &params, bool upsert)
{
    // Without parameters the source streams through COPY; with them (a filter) through QSqlQuery.
    auto rows = sql::Cursor::open(m_source, select, params);
    if (!rows)
        return std::unexpected(rows.error());
    auto writer = sql::DirectStatement::prepare(m_copy, insertStatement(table, cols, upsert));
    if (!writer)
        return std::unexpected(writer.error());
    const int idColumn = int(cols.indexOf(QStringLiteral("id")));
    sql::Cursor &row = **rows;
    sql::DirectStatement &insert = **writer;
    QList<qint64> written;
    while (row.next()) {
        // The row's text stays where the cursor read it until the next row: SQLite needs no copy.
        for (int i = 0; i < cols.size(); ++i) {
            if (row.isNull(i))
                insert.bindNull(i + 1);
            else
                insert.bindUtf8InPlace(i + 1, row.text(i));
        }
        if (auto r = insert.execute(); !r) {
            if (!upsert)
                return std::unexpected(r.error());
            QVariantList values;
            for (int i = 0; i < cols.size(); ++i)
                values << (row.isNull(i) ? QVariant() : QVariant(QString::fromUtf8(row.text(i))));
            if (!resolveUniqueClash(table, cols, values))
                return std::unexpected(r.error());
            if (auto again = insert.execute(); !again)
                return std::unexpected(again.error());
        }
        if (upsert)
            written << row.int64(idColumn);
        ++m_summary.written;
        if (auto r = step(); !r)
            return std::unexpected(r.error());
    }
    if (auto r = row.finished(); !r)
        return std::unexpected(r.error());
    return written;
}

Result<QList<qint64>> Sync::pumpValues(const QString &table, const QStringList &cols, const QString &select,
    const QVariantList &params, bool upsert)
{
    sql::Statement source(m_source, select);
    if (auto r = source.run(params); !r)
        return std::unexpected(r.error());
    // Values go to the copy exactly as read, NULLs included (sql::Statement would turn a null
    // string into an empty one).
    QSqlQuery writer(sql::connection(m_copy));
    if (!writer.prepare(insertStatement(table, cols, upsert)))
        return std::unexpected(copyError(writer));

    const qsizetype idColumn = cols.indexOf(QStringLiteral("id"));
    QList<qint64> written;
    QVariantList values(cols.size());
    QSqlQuery &rows = source.query();
    while (rows.next()) {
        for (int i = 0; i < cols.size(); ++i) {
            values[i] = rows.value(i);
            writer.bindValue(i, values.at(i));
        }
        if (!writer.exec()) {
            if (!upsert)
                return std::unexpected(copyError(writer));
            const Error first = copyError(writer);
            if (auto r = resolveUniqueClash(table, cols, values); !r)
                return std::unexpected(first);
            if (!writer.exec())
                return std::unexpected(copyError(writer));
        }
        if (upsert)
            written << values.at(idColumn).toLongLong();
        ++m_summary.written;
        if (auto r = step(); !r)
            return std::unexpected(r.error());
    }
    return written;
}

Result<void> Sync::resolveUniqueClash(
    const QString &table, const QStringList &cols, const QVariantList &values)
{
    // Another row of the copy still holds a unique value this row now has (two partners swapped
    // codes): that row changed too and is written again later, so it can go.
    const QVariant id = values.at(cols.indexOf(QStringLiteral("id")));
    bool removed = false;
    for (const QStringList &key : uniqueKeys(table)) {
        QStringList conditions;
        QVariantList params;
        bool hasNull = false;
        for (const QString &column : key) {
            const QVariant v = values.value(cols.indexOf(column));
            hasNull = hasNull || v.isNull();
            conditions << column + QStringLiteral(" = ?");
            params << v;
        }
        if (hasNull) // NULLs never clash
            continue;
        params << id;
        QSqlQuery remove(sql::connection(m_copy));
        if (!remove.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 AND id <> ?")
                                .arg(table, conditions.join(QStringLiteral(" AND ")))))
            return std::unexpected(copyError(remove));
        for (int i = 0; i < params.size(); ++i)
            remove.bindValue(i, params.at(i));
        if (!remove.exec())
            return std::unexpected(copyError(remove));
        removed = removed || remove.numRowsAffected() > 0;
    }
    if (!removed)
        return fail(Error::Code::Storage,
            OfflineCopy::tr("A row of %1 could not be written to the offline copy.").arg(table));
    return {};
}

} // namespace pd::offline
