// Schema version 7, the voids' part (issue 15): staff certificates and licence renewals unique
// among live rows only, so that a correction or a restore may repeat a voided row's key; then
// the guards that keep voided and money-bearing rows as they are.
#include "database.h"
#include "guards.h"
#include "migrations.h"
#include "sql.h"

#include <QRegularExpression>

namespace pd::schema
{

namespace
{

// SQLite keeps a column's or table's UNIQUE constraint inside the table (an automatic index that
// cannot be dropped), and rewriting the definition in sqlite_schema is only sound for changes
// that leave the file's pages alone: that index has pages. So the table is made again, SQLite's
// documented way for any change ALTER TABLE cannot make: a new table from the stored definition
// less the constraint, the rows copied with their ids, the old table dropped, the new one renamed,
// its indexes and triggers made again. The new table's references to itself name the new table
// (the rename turns them back), so dropping the old one leaves no row pointing at it; foreign
// keys are deferred to the commit, as PRAGMA foreign_keys cannot change inside the upgrade's
// transaction. Nothing is done when the constraint is gone already.
Result<void> rebuildWithout(
    Database &db, const QString &table, const QString &constraint, const QString &replacement)
{
    const auto definition = sql::scalar(
        db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"), { table });
    if (!definition)
        return std::unexpected(definition.error());
    QString create = definition->toString();
    if (!create.contains(constraint))
        return {};
    const auto attached = sql::selectAll<QString>(db,
        QStringLiteral("SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') "
                       "AND sql IS NOT NULL"),
        { table }, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!attached)
        return std::unexpected(attached.error());
    const QString rebuilt = table + QStringLiteral("_rebuilt");
    create.replace(constraint, replacement);
    create.replace(QRegularExpression(QStringLiteral("\"?\\b%1\\b\"?").arg(table)), rebuilt);
    QStringList steps { QStringLiteral("PRAGMA defer_foreign_keys = ON"), create,
        QStringLiteral("INSERT INTO %1 SELECT * FROM %2").arg(rebuilt, table),
        QStringLiteral("DROP TABLE %1").arg(table),
        QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(rebuilt, table) };
    steps << *attached;
    for (const QString &step : steps) {
        if (auto r = sql::exec(db, step); !r)
            return r;
    }
    return {};
}

// The columns of a table that its guards keep: all but the void columns.
Result<QStringList> fixedColumns(Database &db, const QString &table)
{
    const auto columns = sql::selectAll<QString>(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"),
        { table }, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!columns)
        return std::unexpected(columns.error());
    QStringList out;
    for (const QString &c : *columns) {
        if (c != QLatin1StringView("voided_at") && c != QLatin1StringView("voided_by")
            && c != QLatin1StringView("void_reason"))
            out << c;
    }
    return out;
}

} // namespace

Result<void> voidsWork(Database &db)
{
    const sql::Dialect dialect = sql::dialect(db);
    QStringList statements;
    if (dialect.isSQLite()) {
        if (auto r = rebuildWithout(db, QStringLiteral("certifications"),
                QStringLiteral(", UNIQUE (staff_id, certificate, passed_on)"), QString());
            !r)
            return r;
        if (auto r = rebuildWithout(db, QStringLiteral("licences"),
                QStringLiteral("renews_id INTEGER UNIQUE REFERENCES"),
                QStringLiteral("renews_id INTEGER REFERENCES"));
            !r)
            return r;
    } else {
        statements << QStringLiteral("ALTER TABLE certifications DROP CONSTRAINT IF EXISTS "
                                     "certifications_staff_id_certificate_passed_on_key")
                   << QStringLiteral("ALTER TABLE licences DROP CONSTRAINT IF EXISTS licences_renews_id_key");
    }
    statements << QStringLiteral(
        "CREATE UNIQUE INDEX IF NOT EXISTS certifications_live ON certifications(staff_id, "
        "certificate, passed_on) WHERE voided_at IS NULL")
               << QStringLiteral(
                      "CREATE UNIQUE INDEX IF NOT EXISTS licences_live_renewal ON licences(renews_id) "
                      "WHERE renews_id IS NOT NULL AND voided_at IS NULL");
    QHash<QString, QStringList> fixed;
    if (dialect.isSQLite()) {
        for (const QString &table : moneyTables()) {
            const auto columns = fixedColumns(db, table);
            if (!columns)
                return std::unexpected(columns.error());
            fixed.insert(table, *columns);
        }
    }
    statements << voidGuardStatements(dialect, fixed);
    for (const QString &s : statements) {
        if (auto r = sql::exec(db, s); !r)
            return r;
    }
    return {};
}

} // namespace pd::schema
