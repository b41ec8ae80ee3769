// Database::open for a PostgreSQL server. The schema version lives in the meta table (there is
// no file header); everything after the checks is shared with SQLite files.
#include "database.h"
#include "dialect.h"
#include "opening.h"
#include "serverlocation.h"
#include "sql.h"

#include <QCoreApplication>

namespace pd
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Database)
};
} // namespace

Result<std::unique_ptr<Database>> Database::openServer(
    const QString &location, const Options &options, int targetVersion)
{
    auto loc = ServerLocation::parse(location);
    if (!loc)
        return std::unexpected(loc.error());
    const QString name = loc->displayName();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Error::Code::Storage,
            Tr::tr("The Qt PostgreSQL driver (QPSQL) is not installed; it is needed for %1.").arg(name));

    const QString connection = opening::nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(loc->host);
        if (loc->port > 0)
            db.setPort(loc->port);
        db.setDatabaseName(loc->database);
        db.setUserName(loc->user);
        db.setPassword(options.password.isEmpty() ? loc->password : options.password);
        db.setConnectOptions(loc->connectOptions());
        // numeric values (sums of bigint) arrive as exact strings rather than doubles.
        db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    }
    std::unique_ptr<Database> self(new Database(loc->url(), connection, options.access, Backend::PostgreSQL));
    self->m_displayName = name;
    QSqlDatabase db = sql::connection(*self);
    if (!db.open()) {
        // libpq's own words say what failed (refused, timed out, password); they never hold the password.
        return fail(Error::Code::Storage,
            Tr::tr("Could not connect to the team database (%1): %2")
                .arg(name, db.lastError().databaseText().trimmed()));
    }
    // The server's notices and warnings ("trigger ... does not exist, skipping") would go to stderr
    // through libpq; errors come back as results anyway.
    if (auto r = sql::exec(*self, QStringLiteral("SET client_min_messages = error")); !r)
        return std::unexpected(r.error());
    const auto user = sql::scalar(*self, QStringLiteral("SELECT current_user"));
    if (!user)
        return std::unexpected(user.error());
    self->m_userName = user->toString();

    const sql::Dialect dialect { Backend::PostgreSQL };
    const auto tables = sql::scalar(*self, dialect.countTables());
    const auto hasMeta = sql::scalar(*self, dialect.tableExists(), { QStringLiteral("meta") });
    if (!tables || !hasMeta)
        return std::unexpected(tables ? hasMeta.error() : tables.error());
    int current = 0;
    if (!hasMeta->isNull()) {
        const auto application
            = sql::scalar(*self, QStringLiteral("SELECT value FROM meta WHERE key = 'application'"));
        if (!application)
            return std::unexpected(application.error());
        if (application->toString() != QLatin1StringView("PartnerDesk"))
            return std::unexpected(opening::notADatabase(name));
        const auto version = self->storedVersion();
        if (!version)
            return std::unexpected(version.error());
        current = *version;
    } else if (tables->toInt() > 0) {
        return std::unexpected(opening::notADatabase(name));
    }
    if (current > kSchemaVersion)
        return std::unexpected(opening::newerDatabase(name, current));

    if (options.access == Access::ReadOnly) {
        if (current == 0)
            return fail(Error::Code::NotFound, Tr::tr("%1 holds no PartnerDesk data yet.").arg(name));
        if (current < kSchemaVersion)
            return std::unexpected(opening::olderReadOnly(name));
        // The server then refuses every write of this connection, as SQLite's read-only mode does.
        if (auto r = sql::exec(*self, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
            !r)
            return std::unexpected(r.error());
        return self;
    }
    if (current < targetVersion) {
        if (auto r = self->migrate(current, targetVersion); !r)
            return std::unexpected(r.error());
    }
    return self;
}

} // namespace pd
