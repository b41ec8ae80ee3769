#include "sqlitedirect.h"

#include "driversymbols.h"
#include "sql.h"
#include "utf8.h"

#include <QSqlDriver>
#include <atomic>
#include <mutex>

namespace pd::sql {

namespace {

// From sqlite3.h, which is stable ABI: result codes, column types and the destructor value
// that makes SQLite copy bound text.
constexpr int kOk = 0;
constexpr int kRow = 100;
constexpr int kDone = 101;
constexpr int kNull = 5;
using Destructor = void (*)(void *);
const Destructor kTransient = reinterpret_cast<Destructor>(static_cast<std::intptr_t>(-1));
const Destructor kStatic = nullptr;

struct Api {
    int (*prepare)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **) = nullptr;
    int (*step)(sqlite3_stmt *) = nullptr;
    int (*reset)(sqlite3_stmt *) = nullptr;
    int (*finalize)(sqlite3_stmt *) = nullptr;
    int (*bindInt64)(sqlite3_stmt *, int, long long) = nullptr;
    int (*bindText)(sqlite3_stmt *, int, const char *, int, Destructor) = nullptr;
    int (*bindNull)(sqlite3_stmt *, int) = nullptr;
    int (*columnType)(sqlite3_stmt *, int) = nullptr;
    long long (*columnInt64)(sqlite3_stmt *, int) = nullptr;
    const unsigned char *(*columnText)(sqlite3_stmt *, int) = nullptr;
    int (*columnBytes)(sqlite3_stmt *, int) = nullptr;
    int (*columnCount)(sqlite3_stmt *) = nullptr;
    long long (*lastInsertRowId)(sqlite3 *) = nullptr;
    const char *(*errmsg)(sqlite3 *) = nullptr;
    int (*extendedErrcode)(sqlite3 *) = nullptr;
    bool complete = false;
};

const Api &api(const QSqlDriver *driver)
{
    static Api a;
    static std::once_flag once;
    std::call_once(once, [driver] {
        bool complete = true;
        resolveDriverSymbol(driver, a.prepare, "sqlite3_prepare_v2", complete);
        resolveDriverSymbol(driver, a.step, "sqlite3_step", complete);
        resolveDriverSymbol(driver, a.reset, "sqlite3_reset", complete);
        resolveDriverSymbol(driver, a.finalize, "sqlite3_finalize", complete);
        resolveDriverSymbol(driver, a.bindInt64, "sqlite3_bind_int64", complete);
        resolveDriverSymbol(driver, a.bindText, "sqlite3_bind_text", complete);
        resolveDriverSymbol(driver, a.bindNull, "sqlite3_bind_null", complete);
        resolveDriverSymbol(driver, a.columnType, "sqlite3_column_type", complete);
        resolveDriverSymbol(driver, a.columnInt64, "sqlite3_column_int64", complete);
        resolveDriverSymbol(driver, a.columnText, "sqlite3_column_text", complete);
        resolveDriverSymbol(driver, a.columnBytes, "sqlite3_column_bytes", complete);
        resolveDriverSymbol(driver, a.columnCount, "sqlite3_column_count", complete);
        resolveDriverSymbol(driver, a.lastInsertRowId, "sqlite3_last_insert_rowid", complete);
        resolveDriverSymbol(driver, a.errmsg, "sqlite3_errmsg", complete);
        resolveDriverSymbol(driver, a.extendedErrcode, "sqlite3_extended_errcode", complete);
        a.complete = complete;
    });
    return a;
}

// Set by the first available() that succeeds (from any thread); the functions never change after.
std::atomic<const Api *> g_api = nullptr;

const Api &lib()
{
    return *g_api.load(std::memory_order_acquire);
}

std::atomic<bool> g_enabled { qEnvironmentVariableIsEmpty("PD_NO_DIRECT_SQLITE") };

sqlite3 *connectionHandle(const Database &db)
{
    if (db.backend() != Backend::SQLite)
        return nullptr;
    const QVariant handle = connection(db).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

void DirectStatement::setEnabled(bool enabled)
{
    g_enabled = enabled;
}

bool DirectStatement::available(const Database &db)
{
    if (!g_enabled || !connectionHandle(db))
        return false;
    const Api &a = api(connection(db).driver());
    if (a.complete)
        g_api.store(&a, std::memory_order_release);
    return a.complete;
}

Result<std::unique_ptr<DirectStatement>> DirectStatement::prepare(const Database &db, const QString &sql)
{
    Q_ASSERT(g_api.load());
    sqlite3 *handle = connectionHandle(db);
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    const int code = lib().prepare(handle, text.constData(), int(text.size()), &statement, nullptr);
    std::unique_ptr<DirectStatement> out(new DirectStatement(db, handle, statement, sql));
    if (code != kOk)
        return std::unexpected(out->error(code));
    return out;
}

DirectStatement::DirectStatement(const Database &db, sqlite3 *connection, sqlite3_stmt *statement, const QString &sql)
    : m_db(db)
    , m_connection(connection)
    , m_statement(statement)
    , m_sql(sql)
{
}

DirectStatement::~DirectStatement()
{
    if (m_statement)
        lib().finalize(m_statement);
}

Error DirectStatement::error(int code) const
{
    const QSqlError e(QString::fromUtf8(lib().errmsg(m_connection)), {}, QSqlError::StatementError,
                      QString::number(lib().extendedErrcode(m_connection) ? lib().extendedErrcode(m_connection) : code));
    return storageError(e, Operation::Run, m_sql.left(60), m_db.displayName());
}

void DirectStatement::bindInt64(int position, qint64 value)
{
    lib().bindInt64(m_statement, position, value);
}

void DirectStatement::bindUtf8(int position, QByteArrayView utf8)
{
    // A null view still binds the empty string, never NULL: columns here are NOT NULL text.
    lib().bindText(m_statement, position, utf8.data() ? utf8.data() : "", int(utf8.size()), kTransient);
}

void DirectStatement::bindUtf8InPlace(int position, QByteArrayView utf8)
{
    lib().bindText(m_statement, position, utf8.data() ? utf8.data() : "", int(utf8.size()), kStatic);
}

void DirectStatement::bindText(int position, QStringView text)
{
    // Converted into the position's own buffer, which SQLite reads in place until it is bound
    // again (SQLITE_STATIC): no allocation per value once the buffer has grown, no copy by SQLite.
    if (size_t(position) > m_texts.size())
        m_texts.resize(size_t(position));
    QByteArray &utf8 = m_texts[size_t(position) - 1];
    utf8Into(text, utf8);
    lib().bindText(m_statement, position, utf8.constData(), int(utf8.size()), kStatic);
}

void DirectStatement::bindNull(int position)
{
    lib().bindNull(m_statement, position);
}

bool DirectStatement::next()
{
    m_lastCode = lib().step(m_statement);
    return m_lastCode == kRow;
}

Result<void> DirectStatement::finished() const
{
    if (m_lastCode == kRow || m_lastCode == kDone || m_lastCode == kOk)
        return {};
    return std::unexpected(error(m_lastCode));
}

Result<void> DirectStatement::execute()
{
    while (next()) {
    }
    auto result = finished();
    reset();
    return result;
}

void DirectStatement::reset()
{
    lib().reset(m_statement);
    m_lastCode = kOk;
}

bool DirectStatement::isNull(int column) const
{
    return lib().columnType(m_statement, column) == kNull;
}

qint64 DirectStatement::int64(int column) const
{
    return lib().columnInt64(m_statement, column);
}

QByteArrayView DirectStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(lib().columnText(m_statement, column));
    return QByteArrayView(data, data ? lib().columnBytes(m_statement, column) : 0);
}

int DirectStatement::columnCount() const
{
    return lib().columnCount(m_statement);
}

qint64 DirectStatement::lastInsertRowId() const
{
    return lib().lastInsertRowId(m_connection);
}

} // namespace pd::sql
