#pragma once
// Internal to core/storage: the only header that includes Qt Sql.

#include "../result.h"
#include "database.h"
#include "dialect.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <vector>

namespace pd::sql {

QSqlDatabase connection(const Database &db);
inline Dialect dialect(const Database &db)
{
    return Dialect { db.backend() };
}
// What a driver error says about the database file as a whole rather than about one statement:
// SQLite's result codes as QSQLITE reports them in QSqlError::nativeErrorCode(). Other is any
// other error, and every PostgreSQL error.
enum class Failure { Other, Busy, Full, ReadOnly, Io };
Failure failureOf(const QSqlError &error);

// Turns a driver error into a translated Error: "read-only" and, on PostgreSQL, a role without
// the privilege (Error::Code::PermissionDenied) get their own plain messages; a locked
// (Error::Code::Busy), full, read-only or failing (Error::Code::WriteFailed) SQLite file gets one
// that names `database` (its display name), the cause and what to do.
// Each operation has its own whole sentences, so that translations need not paste phrases;
// `subject` is the database location (Open) or the statement (Run).
enum class Operation { Open, BeginTransaction, Commit, Run, WriteOfflineCopy };
Error storageError(const QSqlError &error, Operation operation, const QString &subject = {},
                   const QString &database = {});

// Starts a write transaction on SQLite with BEGIN IMMEDIATE, which takes the write lock first:
// after a deferred BEGIN that has read, SQLite fails the first write at once ("database is
// locked") rather than wait, whenever another connection writes meanwhile. Waits up to
// `timeoutMs` for the lock; `notice(true)` is called once the wait passes kBusyNoticeMs and
// `notice(false)` when it ends.
constexpr int kBusyNoticeMs = 1000;
Result<void> beginWrite(const Database &db, int timeoutMs, const std::function<void(bool waiting)> &notice);
// Ends an SQLite transaction begun by beginWrite() or BEGIN: COMMIT, or ROLLBACK.
Result<void> endTransaction(const Database &db, bool commit);

// A prepared statement; binds positional values and runs. On PostgreSQL a statement without
// placeholders runs unprepared: the server cannot PREPARE schema statements (CREATE, SET, ...).
class Statement {
public:
    Statement(const Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool isValid() const { return m_prepared; }
    Result<void> run(std::initializer_list<QVariant> values);
    Result<void> run(const QVariantList &values);
    QSqlQuery &query() { return m_query; }
    Error error() const;

private:
    Result<void> failed();

    const Database *m_db;
    QSqlQuery m_query;
    QString m_sql;
    QString m_database; // display name, for messages
    bool m_prepared = false;
    bool m_direct = false;
};

// PostgreSQL aborts a transaction at its first failed statement, and the driver can then no
// longer free the transaction's prepared statements: it prints "Unable to free statement" for
// each, before the real error is shown. Database::transaction and snapshot hold a scope while
// their work runs; statements destroyed after a failure wait in it until the transaction has
// ended, and are freed then.
class TransactionScope
{
public:
    explicit TransactionScope(const Database &db);
    ~TransactionScope();
    TransactionScope(const TransactionScope &) = delete;
    TransactionScope &operator=(const TransactionScope &) = delete;

private:
    friend class Statement;
    const Database &m_db;
    TransactionScope *m_outer;
    bool m_failed = false;
    std::vector<QSqlQuery> m_held;
};

// Runs one statement and returns the first column of its first row (or an error).
Result<QVariant> scalar(const Database &db, const QString &sql, const QVariantList &values = {});
Result<void> exec(const Database &db, const QString &sql, const QVariantList &values = {});
// Runs each statement in turn; stops at the first failure.
Result<void> execAll(const Database &db, const QStringList &statements);
// SQLite: drops the indexes that `condition` (on sqlite_master's columns, empty for all) selects
// among those created by a statement (not a primary key's or a UNIQUE constraint's), and returns
// their definitions, for execAll() to build them again after a bulk write.
Result<QStringList> dropIndexes(const Database &db, const QString &condition = {});
// Runs an INSERT with "RETURNING id" appended and returns the new id.
Result<qint64> insertReturningId(const Database &db, const QString &sql, const QVariantList &values);

// Runs a SELECT and maps each row.
template<typename T, typename F>
Result<QList<T>> selectAll(const Database &db, const QString &text, const QVariantList &values, F map)
{
    Statement st(db, text);
    if (auto r = st.run(values); !r)
        return std::unexpected(r.error());
    QList<T> out;
    while (st.query().next())
        out << map(st.query());
    return out;
}

// Holds the advisory lock `key` (Database::k...Lock) until the transaction ends, so concurrent
// clients of a team database take turns; nothing on SQLite, whose writers are serialised anyway.
Result<void> lockTransaction(const Database &db, qint64 key);

// The meta table: key/value facts about the database (schema version, offline copy, pruning).
Result<QString> meta(const Database &db, const QString &key);
Result<void> setMeta(const Database &db, const QString &key, const QString &value);

// Dates are stored as ISO 8601 text ("2026-07-01"); NULL is an absent date.
QDate dateOf(const QVariant &v);
QVariant dateValue(const QDate &d);

} // namespace pd::sql
