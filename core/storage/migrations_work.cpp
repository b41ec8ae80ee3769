// The schema steps that SQL statements alone cannot take.
#include "database.h"
#include "migrations.h"
#include "salelookup.h"
#include "sql.h"

#include <QCoreApplication>
#include <QMap>

namespace pd::schema {

namespace {

// SQLite cannot drop a CHECK constraint; its documentation's way is to rewrite the table's
// definition in sqlite_schema (the rows on disk do not change) and bump the schema version so
// that every connection reads the new definition.
Result<void> rewriteSqliteCheck(Database &db, const QString &table, const QString &from, const QString &to)
{
    const auto version = sql::scalar(db, QStringLiteral("PRAGMA schema_version"));
    if (!version)
        return std::unexpected(version.error());
    if (auto r = sql::exec(db, QStringLiteral("PRAGMA writable_schema = ON")); !r)
        return r;
    auto rewritten = sql::exec(db,
        QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ?"),
        { from, to, table });
    if (auto r = sql::exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(version->toLongLong() + 1)); !r)
        return r;
    if (auto r = sql::exec(db, QStringLiteral("PRAGMA writable_schema = OFF")); !r)
        return r;
    if (!rewritten)
        return rewritten;
    // A definition that did not hold the old text would silently keep the old constraint.
    const auto found = sql::scalar(db, QStringLiteral("SELECT instr(sql, ?) FROM sqlite_schema WHERE type = 'table' AND name = ?"),
                                   { to, table });
    if (!found)
        return std::unexpected(found.error());
    if (found->toInt() == 0)
        return fail(Error::Code::Storage, QStringLiteral("the definition of %1 has no \"%2\"").arg(table, from));
    return {};
}

Result<void> version7(Database &db)
{
    if (db.backend() == Backend::SQLite) {
        if (auto r = rewriteSqliteCheck(db, QStringLiteral("sales"), QStringLiteral("CHECK (quantity > 0)"),
                                        QStringLiteral("CHECK (quantity > 0 OR (quantity < 0 AND returns_id IS NOT NULL))"));
            !r)
            return r;
    }
    if (auto r = addSaleReferences(db); !r)
        return r;
    return voidsWork(db); // keep last: its guards refuse any later rewrite of sales or licences
}

// Every text column of the current schema named *_on, *_until, *_since or *_date (the dates of
// the schema; times are *_at and stay ISO-8601 text) becomes a date. A value that is not one
// stops the upgrade, naming its table, column and value.
Result<void> datesAsDates(Database &db)
{
    sql::Statement columns(db, QStringLiteral(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND data_type = 'text' AND column_name ~ '_(on|until|since|date)$' ORDER BY table_name, column_name"));
    if (auto r = columns.run({}); !r)
        return r;
    // A table's columns change in one statement: its checks compare them with each other.
    QMap<QString, QStringList> found;
    while (columns.query().next())
        found[columns.query().value(0).toString()] << columns.query().value(1).toString();
    columns.query().finish();
    for (auto table = found.cbegin(); table != found.cend(); ++table) {
        QStringList changes;
        for (const QString &column : table.value()) {
            // Before the change: PostgreSQL's own refusal names neither the table nor the column.
            const auto bad = sql::scalar(db, QStringLiteral("SELECT %2 FROM %1 WHERE %2 IS NOT NULL AND %2 "
                                                            "!~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' LIMIT 1")
                                                 .arg(table.key(), column));
            if (!bad)
                return std::unexpected(bad.error());
            if (!bad->isNull())
                return fail(Error::Code::Storage, QCoreApplication::translate("pd::Database",
                                                      "%1.%2 holds \"%3\", which is not a date (YYYY-MM-DD)")
                                                      .arg(table.key(), column, bad->toString()));
            changes << QStringLiteral("ALTER COLUMN %1 TYPE date USING %1::date").arg(column);
        }
        // Triggers on named columns (UPDATE OF ...) forbid changing their type: they are made
        // again, exactly as they were, after it.
        sql::Statement triggers(db, QStringLiteral("SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = "
                                                   "'%1'::regclass AND NOT tgisinternal AND cardinality(tgattr::int2[]) > 0")
                                        .arg(table.key()));
        if (auto r = triggers.run({}); !r)
            return r;
        QStringList names, definitions;
        while (triggers.query().next()) {
            names << triggers.query().value(0).toString();
            definitions << triggers.query().value(1).toString();
        }
        triggers.query().finish();
        QStringList statements;
        for (const QString &name : std::as_const(names))
            statements << QStringLiteral("DROP TRIGGER \"%1\" ON %2").arg(name, table.key());
        statements << QStringLiteral("ALTER TABLE %1 %2").arg(table.key(), changes.join(QStringLiteral(", ")));
        statements << definitions;
        if (auto r = sql::execAll(db, statements); !r)
            return r;
    }
    return {};
}

// The tables PostgreSQL logs changes of (a trigger named after the table, "_log"), their
// triggers made again as Dialect::changeTracking now makes them; dates become dates.
Result<void> version10(Database &db)
{
    const sql::Dialect dialect { db.backend() };
    if (!dialect.isPostgres())
        return {};
    if (auto r = datesAsDates(db); !r)
        return r;
    sql::Statement tables(db, QStringLiteral(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
        "AND t.tgname = c.relname || '_log' ORDER BY c.relname"));
    if (auto r = tables.run({}); !r)
        return r;
    QStringList names;
    while (tables.query().next())
        names << tables.query().value(0).toString();
    tables.query().finish();
    for (const QString &table : std::as_const(names)) {
        if (auto r = sql::execAll(db, dialect.changeTracking(table)); !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> stepWork(int version, Database &db)
{
    switch (version) {
    case 7:
        return version7(db);
    case 10:
        return version10(db);
    default: // the other versions are statements only
        return {};
    }
}

} // namespace pd::schema
