#include "pgcopy.h"

#include "driversymbols.h"
#include "sql.h"

#include <QSqlDriver>
#include <QSqlError>
#include <atomic>
#include <mutex>

namespace pd::sql {

namespace {

struct PGconn;
struct PGresult;
struct PGcancel;

// From libpq-fe.h, which is stable ABI: result statuses and error fields.
constexpr int kCommandOk = 1;
constexpr int kCopyOut = 3;
constexpr int kCopyIn = 4;
constexpr int kFieldSqlState = 'C';
constexpr int kFieldPrimary = 'M';
constexpr int kFieldDetail = 'D';
constexpr int kFieldContext = 'W';

struct Api {
    PGresult *(*exec)(PGconn *, const char *) = nullptr;
    int (*resultStatus)(const PGresult *) = nullptr;
    char *(*resultErrorField)(const PGresult *, int) = nullptr;
    void (*clear)(PGresult *) = nullptr;
    PGresult *(*getResult)(PGconn *) = nullptr;
    int (*putCopyData)(PGconn *, const char *, int) = nullptr;
    int (*putCopyEnd)(PGconn *, const char *) = nullptr;
    int (*getCopyData)(PGconn *, char **, int) = nullptr;
    void (*freemem)(void *) = nullptr;
    char *(*errorMessage)(const PGconn *) = nullptr;
    PGcancel *(*getCancel)(PGconn *) = nullptr;
    int (*cancel)(PGcancel *, char *, int) = nullptr;
    void (*freeCancel)(PGcancel *) = nullptr;
    bool complete = false;
};

const Api &api(const QSqlDriver *driver)
{
    static Api a;
    static std::once_flag once;
    std::call_once(once, [driver] {
        bool complete = true;
        const wchar_t *dll = L"libpq.dll";
        resolveDriverSymbol(driver, a.exec, "PQexec", complete, dll);
        resolveDriverSymbol(driver, a.resultStatus, "PQresultStatus", complete, dll);
        resolveDriverSymbol(driver, a.resultErrorField, "PQresultErrorField", complete, dll);
        resolveDriverSymbol(driver, a.clear, "PQclear", complete, dll);
        resolveDriverSymbol(driver, a.getResult, "PQgetResult", complete, dll);
        resolveDriverSymbol(driver, a.putCopyData, "PQputCopyData", complete, dll);
        resolveDriverSymbol(driver, a.putCopyEnd, "PQputCopyEnd", complete, dll);
        resolveDriverSymbol(driver, a.getCopyData, "PQgetCopyData", complete, dll);
        resolveDriverSymbol(driver, a.freemem, "PQfreemem", complete, dll);
        resolveDriverSymbol(driver, a.errorMessage, "PQerrorMessage", complete, dll);
        resolveDriverSymbol(driver, a.getCancel, "PQgetCancel", complete, dll);
        resolveDriverSymbol(driver, a.cancel, "PQcancel", complete, dll);
        resolveDriverSymbol(driver, a.freeCancel, "PQfreeCancel", complete, dll);
        a.complete = complete;
    });
    return a;
}

std::atomic<const Api *> g_api = nullptr;
std::atomic<bool> g_enabled { qEnvironmentVariableIsEmpty("PD_NO_PG_COPY") };

const Api &lib()
{
    return *g_api.load(std::memory_order_acquire);
}

PGconn *connectionHandle(const Database &db)
{
    if (db.backend() != Backend::PostgreSQL)
        return nullptr;
    const QVariant handle = connection(db).driver()->handle();
    // Qt declares the handle's type by libpq's struct name (pg_conn*), which PGconn names.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

QString field(const PGresult *result, int code)
{
    const char *text = result ? lib().resultErrorField(result, code) : nullptr;
    return text ? QString::fromUtf8(text) : QString();
}

// The error of `result` (or of the connection when there is none), as Database errors read.
Error failure(const Database &db, PGconn *connection, const PGresult *result, const QString &sql)
{
    QString text = field(result, kFieldPrimary);
    if (text.isEmpty())
        text = QString::fromUtf8(lib().errorMessage(connection)).trimmed();
    if (const QString detail = field(result, kFieldDetail); !detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(detail);
    const QSqlError e(QString(), text, QSqlError::StatementError, field(result, kFieldSqlState));
    return storageError(e, Operation::Run, sql.left(60), db.displayName());
}

// The row a COPY FROM failure names: its context reads "COPY sales, line 12, column ...".
qint64 refusedLine(const PGresult *result)
{
    const QString context = field(result, kFieldContext);
    const qsizetype at = context.indexOf(QLatin1StringView(", line "));
    if (!context.startsWith(QLatin1StringView("COPY ")) || at < 0)
        return 0;
    qsizetype end = at + 7;
    while (end < context.size() && context.at(end).isDigit())
        ++end;
    return context.mid(at + 7, end - at - 7).toLongLong();
}

// Reads the results left after a COPY; the first failure among them, if any.
std::optional<Error> lastResults(const Database &db, PGconn *connection, const QString &sql, qint64 *refusedRow)
{
    std::optional<Error> error;
    while (PGresult *result = lib().getResult(connection)) {
        if (!error && lib().resultStatus(result) != kCommandOk) {
            error = failure(db, connection, result, sql);
            if (refusedRow)
                *refusedRow = refusedLine(result);
        }
        lib().clear(result);
    }
    return error;
}

// Runs a COPY statement; its error unless the server is then ready to copy in the direction
// `expected` says (kCopyIn, kCopyOut). `subject` names the statement in the error.
std::optional<Error> start(const Database &db, PGconn *connection, const QString &sql, int expected,
                           const QString &subject)
{
    PGresult *started = lib().exec(connection, sql.toUtf8().constData());
    std::optional<Error> error;
    if (!started || lib().resultStatus(started) != expected)
        error = failure(db, connection, started, subject);
    if (started)
        lib().clear(started);
    return error;
}

} // namespace

bool PgCopy::available(const Database &db)
{
    if (!g_enabled || !connectionHandle(db))
        return false;
    const Api &a = api(connection(db).driver());
    if (a.complete)
        g_api.store(&a, std::memory_order_release);
    return a.complete;
}

void PgCopy::setEnabled(bool enabled)
{
    g_enabled = enabled;
}

Result<qint64> PgCopy::in(const Database &db, const QString &copySql, QByteArrayView rows, qint64 *refusedRow)
{
    Q_ASSERT(g_api.load());
    if (refusedRow)
        *refusedRow = 0;
    PGconn *connection = connectionHandle(db);
    if (auto e = start(db, connection, copySql, kCopyIn, copySql))
        return std::unexpected(*e);
    // Sent in pieces: libpq buffers each one, and an int holds a piece's size.
    constexpr qsizetype kPiece = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; sent && at < rows.size(); at += kPiece) {
        const QByteArrayView piece = rows.sliced(at, qMin(kPiece, rows.size() - at));
        sent = lib().putCopyData(connection, piece.data(), int(piece.size())) == 1;
    }
    // A failed send ends the copy as failed, so that the server writes nothing of it.
    lib().putCopyEnd(connection, sent ? nullptr : "the client could not send the rows");
    if (auto error = lastResults(db, connection, copySql, refusedRow))
        return std::unexpected(*error);
    return qint64(rows.count('\n'));
}

Result<std::unique_ptr<PgCopyOut>> PgCopyOut::open(const Database &db, const QString &query)
{
    Q_ASSERT(g_api.load());
    PGconn *connection = connectionHandle(db);
    if (auto e = start(db, connection, QStringLiteral("COPY (%1) TO STDOUT").arg(query), kCopyOut, query))
        return std::unexpected(*e);
    return std::unique_ptr<PgCopyOut>(new PgCopyOut(db, connection, query));
}

PgCopyOut::PgCopyOut(const Database &db, void *connection, const QString &query)
    : m_db(db)
    , m_connection(connection)
    , m_query(query)
{
}

PgCopyOut::~PgCopyOut()
{
    release();
    if (!m_open)
        return;
    auto *connection = static_cast<PGconn *>(m_connection);
    // Asks the server to stop sending, then reads what it sent meanwhile up to the error.
    if (PGcancel *cancel = lib().getCancel(connection)) {
        char why[256];
        lib().cancel(cancel, why, int(sizeof why));
        lib().freeCancel(cancel);
    }
    char *buffer = nullptr;
    while (lib().getCopyData(connection, &buffer, 0) > 0)
        lib().freemem(buffer);
    lastResults(m_db, connection, m_query, nullptr);
}

void PgCopyOut::release()
{
    if (m_buffer)
        lib().freemem(m_buffer);
    m_buffer = nullptr;
    m_line = {};
}

bool PgCopyOut::next()
{
    release();
    if (!m_open)
        return false;
    auto *connection = static_cast<PGconn *>(m_connection);
    const int size = lib().getCopyData(connection, &m_buffer, 0);
    if (size > 0) {
        // Each piece is one whole row with its newline.
        m_line = QByteArrayView(m_buffer, size > 0 && m_buffer[size - 1] == '\n' ? size - 1 : size);
        return true;
    }
    m_open = false;
    m_error = lastResults(m_db, connection, m_query, nullptr);
    if (!m_error && size == -2)
        m_error = failure(m_db, connection, nullptr, m_query);
    return false;
}

Result<void> PgCopyOut::finished() const
{
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

} // namespace pd::sql
