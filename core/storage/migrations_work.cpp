// The schema steps that SQL statements alone cannot take.
#include "database.h"
#include "migrations.h"
#include "salelookup.h"
#include "sql.h"

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

// The tables PostgreSQL logs changes of (a trigger named after the table, "_log"), their
// triggers made again as Dialect::changeTracking now makes them.
Result<void> version10(Database &db)
{
    const sql::Dialect dialect { db.backend() };
    if (!dialect.isPostgres())
        return {};
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
        for (const QString &statement : dialect.changeTracking(table)) {
            if (auto r = sql::exec(db, statement); !r)
                return r;
        }
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
    }
    return {};
}

} // namespace pd::schema
