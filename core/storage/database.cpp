#include "database.h"

#include "migrations.h"
#include "sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QtEndian>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Database)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("partnerdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What the 100-byte SQLite header says, read without opening the file as a database.
struct Header {
    bool exists = false;
    bool empty = true;
    bool sqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

Header readHeader(const QString &path)
{
    Header h;
    QFile f(path);
    if (!f.exists())
        return h;
    h.exists = true;
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const QByteArray bytes = f.read(100);
    h.empty = bytes.isEmpty();
    h.sqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayView("SQLite format 3\0", 16));
    if (h.sqlite) {
        h.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
        h.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    }
    return h;
}

Error notADatabase(const QString &path)
{
    return Error { Error::Code::NotADatabase,
                   Tr::tr("%1 is not a PartnerDesk database. It was not changed.").arg(QDir::toNativeSeparators(path)) };
}

Error newerDatabase(const QString &path, int version)
{
    return Error { Error::Code::NewerDatabase,
                   Tr::tr("%1 was written by a newer version of PartnerDesk (database version %2; this version "
                          "reads up to %3). Update PartnerDesk to open it. The file was not changed.")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(version)
                       .arg(Database::kSchemaVersion) };
}

} // namespace

Database::Database(QString location, QString connection, Access access)
    : m_location(std::move(location))
    , m_connection(std::move(connection))
    , m_access(access)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Access access)
{
    return openImpl(location, access, kSchemaVersion);
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &location, int version)
{
    return openImpl(location, Access::ReadWrite, version);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString &location, Access access, int targetVersion)
{
    const bool memory = location == QLatin1StringView(":memory:");
    const Header header = memory ? Header {} : readHeader(location);
    if (header.exists && !header.empty) {
        if (!header.sqlite)
            return std::unexpected(notADatabase(location));
        if (header.applicationId != kApplicationId && (header.applicationId != 0 || header.userVersion != 0))
            return std::unexpected(notADatabase(location));
        if (int(header.userVersion) > kSchemaVersion)
            return std::unexpected(newerDatabase(location, int(header.userVersion)));
    }
    if (!header.exists && access == Access::ReadOnly)
        return fail(Error::Code::NotFound,
                    Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(location)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Error::Code::Storage, Tr::tr("The Qt SQLite driver (QSQLITE) is not installed."));

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (access == Access::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
    }
    std::unique_ptr<Database> self(new Database(location, name, access));
    QSqlDatabase db = sql::connection(*self);
    if (!db.open())
        return std::unexpected(sql::storageError(db.lastError(), Tr::tr("open %1").arg(location)));

    // The header read above can lag behind a write-ahead log: ask SQLite itself before writing.
    const auto appId = sql::scalar(*self, QStringLiteral("PRAGMA application_id"));
    const auto version = sql::scalar(*self, QStringLiteral("PRAGMA user_version"));
    const auto tables = sql::scalar(*self, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId || !version || !tables)
        return std::unexpected(notADatabase(location));
    const int current = version->toInt();
    const bool ours = appId->toUInt() == kApplicationId;
    if (!ours && (current != 0 || tables->toInt() != 0))
        return std::unexpected(notADatabase(location));
    if (current > kSchemaVersion)
        return std::unexpected(newerDatabase(location, current));

    if (auto r = sql::exec(*self, QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return std::unexpected(r.error());
    if (access == Access::ReadOnly) {
        if (current < kSchemaVersion)
            return fail(Error::Code::NewerDatabase,
                        Tr::tr("%1 was written by an older version of PartnerDesk and must be upgraded before it can be "
                               "opened read-only.")
                            .arg(QDir::toNativeSeparators(location)));
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

int Database::schemaVersion() const
{
    const auto v = sql::scalar(*this, QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

Result<void> Database::migrate(int from, int to)
{
    // One transaction for the whole upgrade: either every step lands with its version, or none.
    return transaction([&]() -> Result<void> {
        for (int version = from + 1; version <= to; ++version) {
            for (const QString &statement : schema::stepStatements(version, sql::Dialect {})) {
                if (auto r = sql::exec(*this, statement); !r)
                    return std::unexpected(Error { Error::Code::Storage,
                                                   Tr::tr("Upgrading the database to version %1 failed: %2")
                                                       .arg(version)
                                                       .arg(r.error().message) });
            }
        }
        if (auto r = sql::exec(*this, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !r)
            return r;
        return sql::exec(*this, QStringLiteral("PRAGMA user_version = %1").arg(to));
    });
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = sql::connection(*this);
    if (!db.transaction())
        return std::unexpected(sql::storageError(db.lastError(), Tr::tr("start a transaction")));
    Result<void> result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const Error e = sql::storageError(db.lastError(), Tr::tr("commit"));
        db.rollback();
        return std::unexpected(e);
    }
    return {};
}

} // namespace pd
