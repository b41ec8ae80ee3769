#include "sql.h"

#include "dates.h"
#include "sqlitecodes.h"

#include <QCoreApplication>

namespace pd::sql {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Database)
};

// The innermost transaction scope of each database; a database is used by one thread.
thread_local QHash<const Database *, TransactionScope *> t_scopes;
} // namespace

TransactionScope::TransactionScope(const Database &db)
    : m_db(db)
    , m_outer(t_scopes.value(&db))
{
    t_scopes.insert(&db, this);
}

TransactionScope::~TransactionScope()
{
    if (m_outer)
        t_scopes.insert(&m_db, m_outer);
    else
        t_scopes.remove(&m_db);
    m_held.clear(); // the transaction has ended: the driver frees them now
}

QSqlDatabase connection(const Database &db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}

Failure failureOf(const QSqlError &error)
{
    // PostgreSQL's codes are five-character SQLSTATEs, SQLite's numbers below 10000.
    const QString native = error.nativeErrorCode();
    bool number = false;
    const int code = native.toInt(&number);
    if (!number || native.size() >= 5)
        return Failure::Other;
    switch (sqlite::primary(code)) {
    case sqlite::kBusy:
    case sqlite::kLocked:
        return Failure::Busy;
    case sqlite::kFull:
        return Failure::Full;
    case sqlite::kReadOnly:
        return Failure::ReadOnly;
    case sqlite::kIoErr:
        return Failure::Io;
    default:
        return Failure::Other;
    }
}

Error storageError(const QSqlError &error, Operation operation, const QString &subject, const QString &database)
{
    const QString detail = error.text().trimmed();
    // SQLSTATE 42501, insufficient_privilege: the server's grants, not the window, said no.
    if (error.nativeErrorCode() == QLatin1StringView("42501"))
        return Error { Error::Code::PermissionDenied,
                       Tr::tr("Your database role may only read partner records and add notes; ask a manager to make "
                              "this change.") };
    if (!database.isEmpty() && operation != Operation::Open) {
        switch (failureOf(error)) {
        case Failure::Busy:
            return Error { Error::Code::Busy,
                           Tr::tr("The database %1 is locked by another program that is writing to it (another "
                                  "PartnerDesk window, a partnerdesk-cli command or a backup). Try again when it "
                                  "has finished.")
                               .arg(database) };
        case Failure::Full:
            return Error { Error::Code::WriteFailed,
                           Tr::tr("The disk holding the database %1 is full. Free some disk space, then try again.")
                               .arg(database) };
        case Failure::ReadOnly:
            return Error { Error::Code::WriteFailed,
                           Tr::tr("The database %1 cannot be written: the file or its folder is read-only for you. "
                                  "Make both writable, then try again.")
                               .arg(database) };
        case Failure::Io:
            return Error { Error::Code::WriteFailed,
                           Tr::tr("The database %1 could not be read or written: the disk reported an input/output "
                                  "error (%2). Check the disk or network drive, then try again.")
                               .arg(database, detail) };
        case Failure::Other:
            break;
        }
    }
    Error::Code code = Error::Code::Storage;
    if (detail.contains(QLatin1StringView("readonly"), Qt::CaseInsensitive)
        || detail.contains(QLatin1StringView("read-only"), Qt::CaseInsensitive)) {
        return Error { code, operation == Operation::Open
                                 ? Tr::tr("The database %1 is read-only and could not be opened.").arg(subject)
                                 : Tr::tr("The database is open read-only; changes are not allowed.") };
    }
    QString message;
    switch (operation) {
    case Operation::Open:
        message = Tr::tr("The database %1 could not be opened: %2").arg(subject, detail);
        break;
    case Operation::BeginTransaction:
        message = Tr::tr("The database could not start a transaction: %1").arg(detail);
        break;
    case Operation::Commit:
        message = Tr::tr("The database could not save the changes: %1").arg(detail);
        break;
    case Operation::Run:
        message = Tr::tr("The database could not run the statement \"%1\": %2").arg(subject, detail);
        break;
    case Operation::WriteOfflineCopy:
        message = Tr::tr("The offline copy could not be written: %1").arg(detail);
        break;
    }
    return Error { code, message };
}

// A null QString binds as SQL NULL; text columns hold "" for "empty", NULL only for absent
// dates, so strings are bound as non-null.
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(QLatin1StringView("")));
    return v;
}

Statement::Statement(const Database &db, const QString &sql)
    : m_db(&db)
    , m_query(connection(db))
    , m_sql(sql)
    , m_database(db.displayName())
{
    m_query.setForwardOnly(true);
    if (db.backend() == Backend::PostgreSQL && !sql.contains(u'?')) {
        m_direct = true;
        m_prepared = true;
        return;
    }
    m_prepared = m_query.prepare(sql);
}

Statement::~Statement()
{
    TransactionScope *scope = t_scopes.value(m_db);
    if (scope && scope->m_failed && !m_direct)
        scope->m_held.push_back(std::move(m_query));
}

Error Statement::error() const
{
    return storageError(m_query.lastError(), Operation::Run, m_sql.left(60), m_database);
}

Result<void> Statement::failed()
{
    // PostgreSQL refuses everything after this in the transaction.
    if (TransactionScope *scope = t_scopes.value(m_db); scope && m_db->backend() == Backend::PostgreSQL)
        scope->m_failed = true;
    return std::unexpected(error());
}

Result<void> Statement::run(std::initializer_list<QVariant> values)
{
    if (!m_prepared)
        return failed();
    if (m_direct)
        return run(QVariantList(values));
    int i = 0;
    for (const QVariant &v : values)
        m_query.bindValue(i++, bindable(v));
    if (!m_query.exec())
        return failed();
    return {};
}

Result<void> Statement::run(const QVariantList &values)
{
    if (!m_prepared)
        return failed();
    if (m_direct) {
        if (!values.isEmpty() || !m_query.exec(m_sql))
            return failed();
        return {};
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), bindable(values.at(i)));
    if (!m_query.exec())
        return failed();
    return {};
}

Result<QVariant> scalar(const Database &db, const QString &sql, const QVariantList &values)
{
    Statement st(db, sql);
    if (auto r = st.run(values); !r)
        return std::unexpected(r.error());
    if (!st.query().next())
        return QVariant();
    return st.query().value(0);
}

Result<void> exec(const Database &db, const QString &sql, const QVariantList &values)
{
    Statement st(db, sql);
    return st.run(values);
}

Result<void> execAll(const Database &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto r = exec(db, statement); !r)
            return r;
    }
    return {};
}

Result<QStringList> dropIndexes(const Database &db, const QString &condition)
{
    Statement list(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL%1 "
                                      "ORDER BY name")
                           .arg(condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition));
    if (auto r = list.run({}); !r)
        return std::unexpected(r.error());
    QStringList names, definitions;
    while (list.query().next()) {
        names << list.query().value(0).toString();
        definitions << list.query().value(1).toString();
    }
    list.query().finish();
    for (const QString &name : std::as_const(names)) {
        if (auto r = exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !r)
            return std::unexpected(r.error());
    }
    return definitions;
}

Result<void> lockTransaction(const Database &db, qint64 key)
{
    const QString lock = dialect(db).transactionLock(key);
    return lock.isEmpty() ? Result<void> {} : exec(db, lock);
}

Result<void> beginWrite(const Database &db, int timeoutMs, const std::function<void(bool waiting)> &notice)
{
    const auto setTimeout = [&db](int ms) { return exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(ms)); };
    const int first = qMin(timeoutMs, kBusyNoticeMs);
    if (auto r = setTimeout(first); !r)
        return r;
    Result<void> begun = exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun && begun.error().code == Error::Code::Busy && timeoutMs > first) {
        if (notice)
            notice(true);
        begun = setTimeout(timeoutMs - first);
        if (begun)
            begun = exec(db, QStringLiteral("BEGIN IMMEDIATE"));
        if (notice)
            notice(false);
    }
    // The connection's other statements wait the whole timeout again.
    const Result<void> restored = setTimeout(timeoutMs);
    if (begun && !restored) {
        (void)endTransaction(db, false);
        return restored;
    }
    return begun;
}

Result<void> endTransaction(const Database &db, bool commit)
{
    Statement st(db, commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (st.isValid() && st.query().exec())
        return {};
    return std::unexpected(storageError(st.query().lastError(), Operation::Commit, {}, db.displayName()));
}

Result<QString> meta(const Database &db, const QString &key)
{
    const auto v = scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key });
    if (!v)
        return std::unexpected(v.error());
    return v->toString();
}

Result<void> setMeta(const Database &db, const QString &key, const QString &value)
{
    return exec(db,
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { key, value });
}

Result<qint64> insertReturningId(const Database &db, const QString &sql, const QVariantList &values)
{
    const auto id = scalar(db, sql + QStringLiteral(" RETURNING id"), values);
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant();
}

} // namespace pd::sql
