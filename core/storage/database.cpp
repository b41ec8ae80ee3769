#include "database.h"

#include "crashpoint.h"
#include "files.h"
#include "logging.h"
#include "migrations.h"
#include "opening.h"
#include "sql.h"
#include "teamroles.h"
#include "username.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtEndian>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Database)
};

// What the 100-byte SQLite header says, read without opening the file as a database.
struct Header {
    bool exists = false;
    bool readable = false;
    QString readError;
    bool empty = true;
    bool sqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
    bool shorter = false; // smaller than its header says: cut short, or being written right now
};

Header readHeader(const QString &path)
{
    Header h;
    QFile f(path);
    if (!f.exists())
        return h;
    h.exists = true;
    if (!f.open(QIODevice::ReadOnly)) {
        h.readError = f.errorString();
        return h;
    }
    h.readable = true;
    const QByteArray bytes = f.read(100);
    h.empty = bytes.isEmpty();
    h.sqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayView("SQLite format 3\0", 16));
    if (h.sqlite) {
        h.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
        h.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
        // The page count at offset 28 is valid when the number at 92 equals the change counter.
        const quint32 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
        const quint32 pages = qFromBigEndian<quint32>(bytes.constData() + 28);
        const bool valid = qFromBigEndian<quint32>(bytes.constData() + 92)
            == qFromBigEndian<quint32>(bytes.constData() + 24);
        h.shorter = valid && f.size() < qint64(pages) * (pageSize == 1 ? 65536 : pageSize);
    }
    return h;
}

} // namespace


using opening::newerDatabase;
using opening::nextConnectionName;
using opening::notADatabase;

namespace {

// The first statements on a file: a failure says why the file cannot be used (locked, damaged...).
Result<QVariant> firstRead(const Database &db, const QString &statement)
{
    QSqlQuery query(sql::connection(db));
    if (query.exec(statement))
        return query.next() ? query.value(0) : QVariant();
    const QSqlError error = query.lastError();
    if (auto why = opening::unreadable(error.nativeErrorCode().toInt(), db.displayName()))
        return std::unexpected(*why);
    return std::unexpected(sql::storageError(error, sql::Operation::Open, db.displayName()));
}

// Team databases log to pd.team, files to pd.storage.
const QLoggingCategory &category(bool server)
{
    return server ? lcTeam() : lcStorage();
}

Result<std::unique_ptr<Database>> logOpened(Result<std::unique_ptr<Database>> db, bool server)
{
    if (!db) {
        qCWarning(category(server)).noquote() << "Opening a database failed:" << db.error().message;
        return db;
    }
    const Database &opened = **db;
    qCInfo(category(server)).noquote() << (server ? "Team database connected:" : "Database opened:")
                                       << opened.displayName() << "as" << opened.userName() << "(schema"
                                       << opened.schemaVersion() << (opened.isReadOnly() ? "read-only)" : "read-write)");
    return db;
}

} // namespace

Database::Database(QString location, QString connection, Access access, Backend backend)
    : m_location(std::move(location))
    , m_connection(std::move(connection))
    , m_access(access)
    , m_backend(backend)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
            const bool server = m_backend == Backend::PostgreSQL;
            qCInfo(category(server)).noquote() << (server ? "Team database disconnected:" : "Database closed:")
                                               << m_displayName;
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

void Database::removeFile(const QString &path)
{
    files::removeWithSideFiles(path);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Access access)
{
    return openImpl(location, Options { access, {} }, kSchemaVersion);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    return openImpl(location, options, kSchemaVersion);
}

Result<std::unique_ptr<Database>> Database::create(const QString &location)
{
    return openImpl(location, Options { Access::ReadWrite, {}, true }, kSchemaVersion);
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &location, int version)
{
    return openImpl(location, Options { Access::ReadWrite, {}, true }, version);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString &location, const Options &options, int targetVersion)
{
    if (isServerLocation(location))
        return logOpened(openServer(location, options, targetVersion), true);
    const bool made = options.create && location != QLatin1StringView(":memory:") && !QFileInfo::exists(location);
    if (made) {
        if (auto r = files::createPrivate(location); !r)
            return logOpened(std::unexpected(r.error()), false);
        qCInfo(lcStorage).noquote() << "Database file created:" << QDir::toNativeSeparators(location);
    }
    auto db = openFile(location, options, targetVersion);
    // A database that could not be made (a full disk) leaves no empty file behind.
    if (!db && made)
        files::removeWithSideFiles(location);
    return logOpened(std::move(db), false);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &location, const Options &options, int targetVersion)
{
    const Access access = options.access;
    const QString name = QDir::toNativeSeparators(location);
    const bool memory = location == QLatin1StringView(":memory:");
    const bool creating = memory || options.create;
    const Header header = memory ? Header {} : readHeader(location);
    if (!memory && !header.exists)
        return fail(Error::Code::NotFound, Tr::tr("%1 does not exist.").arg(name));
    if (header.exists && !header.readable)
        return fail(Error::Code::Storage, Tr::tr("%1 cannot be read: %2").arg(name, header.readError));
    if (header.exists && header.empty && !creating)
        return std::unexpected(opening::emptyFile(name));
    if (header.exists && !header.empty) {
        if (!header.sqlite)
            return std::unexpected(notADatabase(name));
        if (header.applicationId != kApplicationId && (header.applicationId != 0 || header.userVersion != 0))
            return std::unexpected(notADatabase(name));
        if (int(header.userVersion) > kSchemaVersion)
            return std::unexpected(newerDatabase(name, int(header.userVersion)));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Error::Code::Storage, Tr::tr("The Qt SQLite driver (QSQLITE) is not installed."));

    const QString connection = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(location);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (access == Access::ReadOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
    }
    std::unique_ptr<Database> self(new Database(location, connection, access, Backend::SQLite));
    self->m_displayName = name;
    self->m_busyTimeout = options.busyTimeoutMs;
    self->m_userName = currentUserName();
    QSqlDatabase db = sql::connection(*self);
    if (!db.open())
        return std::unexpected(sql::storageError(db.lastError(), sql::Operation::Open, location));

    // The header read above can lag behind a write-ahead log: ask SQLite itself before writing.
    const auto appId = firstRead(*self, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return std::unexpected(appId.error());
    const auto version = firstRead(*self, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(version.error());
    const auto tables = firstRead(*self, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return std::unexpected(tables.error());
    const int current = version->toInt();
    const bool ours = appId->toUInt() == kApplicationId;
    const bool blank = !ours && current == 0 && tables->toInt() == 0;
    if (!ours && !blank)
        return std::unexpected(notADatabase(name));
    if (blank && !creating)
        return std::unexpected(opening::emptyFile(name));
    // A cut-short file reads well until a query reaches its missing pages; SQLite checks it now
    // (under its lock, so that a write in progress is not mistaken for damage).
    if (header.shorter) {
        const auto check = firstRead(*self, QStringLiteral("PRAGMA quick_check(1)"));
        if (!check)
            return std::unexpected(check.error());
        if (check->toString() != QLatin1StringView("ok"))
            return std::unexpected(opening::damaged(name));
    }
    if (current > kSchemaVersion)
        return std::unexpected(newerDatabase(name, current));

    if (auto r = sql::exec(*self, QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return std::unexpected(r.error());
    // A 64 MiB page cache (the default is 2 MiB) keeps large imports from spilling to disk.
    if (auto r = sql::exec(*self, QStringLiteral("PRAGMA cache_size = -65536")); !r)
        return std::unexpected(r.error());
    if (access == Access::ReadOnly) {
        if (current < kSchemaVersion)
            return std::unexpected(opening::olderReadOnly(name));
        return self;
    }
    if (!memory && current == 0) {
        if (auto r = sql::exec(*self, QStringLiteral("PRAGMA journal_mode = WAL")); !r)
            return std::unexpected(r.error());
    }
    if (current < targetVersion) {
        if (auto r = self->migrate(current, targetVersion); !r)
            return std::unexpected(r.error());
    }
    return self;
}

Result<int> Database::storedVersion() const
{
    if (m_backend == Backend::SQLite) {
        const auto v = sql::scalar(*this, QStringLiteral("PRAGMA user_version"));
        if (!v)
            return std::unexpected(v.error());
        return v->toInt();
    }
    const sql::Dialect dialect { m_backend };
    const auto hasMeta = sql::scalar(*this, dialect.tableExists(), { QStringLiteral("meta") });
    if (!hasMeta)
        return std::unexpected(hasMeta.error());
    if (hasMeta->isNull())
        return 0;
    const auto v = sql::scalar(*this, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

int Database::schemaVersion() const
{
    const auto v = storedVersion();
    return v ? *v : -1;
}

Result<void> Database::migrate(int from, int to)
{
    qCInfo(lcStorage).noquote() << "Upgrading" << m_displayName << "from schema" << from << "to" << to;
    QElapsedTimer timer;
    timer.start();
    const sql::Dialect dialect { m_backend };
    // One transaction for the whole upgrade: either every step lands with its version, or none.
    const Result<void> upgraded = transaction([&]() -> Result<void> {
        int current = from;
        if (dialect.isPostgres()) {
            // Several clients may open a new or old team database at once: the first upgrades it,
            // the others wait here and then find nothing left to do.
            if (auto r = sql::lockTransaction(*this, kUpgradeLock); !r)
                return r;
            const auto v = storedVersion();
            if (!v)
                return std::unexpected(v.error());
            current = *v;
            if (current > kSchemaVersion)
                return std::unexpected(newerDatabase(m_displayName, current));
            if (current >= to)
                return {};
        }
        for (int version = current + 1; version <= to; ++version) {
            for (const QString &statement : schema::stepStatements(version, dialect)) {
                if (auto r = sql::exec(*this, statement); !r) {
                    // On a server only the owner of the tables may change them.
                    if (r.error().code == Error::Code::PermissionDenied)
                        return fail(Error::Code::PermissionDenied,
                                    Tr::tr("%1 needs an upgrade to version %2 that only its owner (the user who "
                                           "created it) may run: open it once as that user.")
                                        .arg(m_displayName)
                                        .arg(version));
                    return std::unexpected(Error { Error::Code::Storage,
                                                   Tr::tr("Upgrading the database to version %1 failed: %2")
                                                       .arg(version)
                                                       .arg(r.error().message) });
                }
            }
            if (auto r = schema::stepWork(version, *this); !r)
                return fail(r.error().code, Tr::tr("Upgrading the database to version %1 failed: %2")
                                                .arg(version)
                                                .arg(r.error().message));
        }
        if (dialect.isPostgres()) {
            // The team roles' rights follow the new schema (an administrator's "admin roles" again).
            if (to == kSchemaVersion) {
                if (auto r = refreshTeamGrants(*this); !r)
                    return r;
            }
            if (auto r = sql::setMeta(*this, QStringLiteral("application"), QStringLiteral("PartnerDesk")); !r)
                return r;
            return sql::setMeta(*this, QStringLiteral("schema_version"), QString::number(to));
        }
        if (auto r = sql::exec(*this, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !r)
            return r;
        return sql::exec(*this, QStringLiteral("PRAGMA user_version = %1").arg(to));
    });
    if (upgraded)
        qCInfo(lcStorage).noquote() << "Upgraded" << m_displayName << "to schema" << to << "in" << timer.elapsed() << "ms";
    else
        qCWarning(lcStorage).noquote() << "Upgrading" << m_displayName << "failed:" << upgraded.error().message;
    return upgraded;
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = sql::connection(*this);
    // PostgreSQL keeps its own BEGIN; a read-only SQLite connection cannot take the write lock.
    const bool immediate = m_backend == Backend::SQLite && !isReadOnly();
    const auto end = [&](bool commit) -> Result<void> {
        if (immediate)
            return sql::endTransaction(*this, commit);
        if (commit ? db.commit() : db.rollback())
            return {};
        return std::unexpected(sql::storageError(db.lastError(), sql::Operation::Commit, {}, m_displayName));
    };
    if (immediate) {
        if (auto r = sql::beginWrite(*this, m_busyTimeout, m_busyNotice); !r)
            return r;
    } else if (!db.transaction()) {
        return std::unexpected(sql::storageError(db.lastError(), sql::Operation::BeginTransaction, {}, m_displayName));
    }
    const sql::TransactionScope scope(*this); // ends after the commit or rollback below
    Result<void> result = work();
    if (!result) {
        (void)end(false);
        return result;
    }
    crashPoint("db.commit");
    if (auto committed = end(true); !committed) {
        (void)end(false);
        return committed;
    }
    crashPoint("db.committed");
    return {};
}

Result<void> Database::snapshot(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = sql::connection(*this);
    if (!db.transaction())
        return std::unexpected(sql::storageError(db.lastError(), sql::Operation::BeginTransaction));
    const sql::TransactionScope scope(*this); // ends after the rollback below
    // SQLite's transactions already read one state (the first read fixes it); PostgreSQL's
    // default READ COMMITTED takes a new one per statement.
    Result<void> result;
    if (m_backend == Backend::PostgreSQL)
        result = sql::exec(*this, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    if (result)
        result = work();
    // Nothing was written: ending the transaction either way only releases it.
    db.rollback();
    return result;
}

} // namespace pd
