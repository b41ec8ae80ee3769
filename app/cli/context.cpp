#include "cli.h"

#include "logging.h"

#include "storage/database.h"
#include "storage/offlineopen.h"
#include "storage/serverlocation.h"
#include "username.h"

#include <QFileInfo>

namespace pd::cli {

std::unique_ptr<Database> Context::open(bool create) const
{
    if (!create && !Database::isServerLocation(dbPath) && !QFileInfo::exists(dbPath)) {
        err << Tr::tr("%1 does not exist. Create it with: partnerdesk-cli --db %1 init").arg(dbPath) << '\n';
        return nullptr;
    }
    // Only init (and generate) make a new database; every other command refuses a missing or
    // empty file.
    auto opened = openReadOnlyIfOffline(dbPath, [create](const QString &location, Database::Access access) {
        const bool makeNew = create && access == Database::Access::ReadWrite;
        return Database::open(location, Database::Options { access, {}, makeNew });
    });
    if (!opened) {
        err << opened.error().message << '\n';
        return nullptr;
    }
    std::unique_ptr<Database> db = std::move(opened->db);
    // A write waits for another program's write to the same file; say so once the wait is long.
    db->setBusyNotice([stream = &err, name = db->displayName()](bool waiting) {
        if (waiting)
            *stream << Tr::tr("Waiting for another program to finish writing %1…").arg(name) << Qt::endl;
    });
    return db;
}

void Context::warnAboutPasswordInLocation() const
{
    if (!Database::isServerLocation(dbPath))
        return;
    const auto location = ServerLocation::parse(dbPath);
    if (location && !location->password.isEmpty())
        err << Tr::tr("Warning: the password in --db can be seen by other users of this computer in the process "
                      "list. Leave it out and set PGPASSWORD or put it in ~/.pgpass instead.")
            << Qt::endl;
}

QString Context::author() const
{
    if (parser.isSet(QStringLiteral("by")))
        return parser.value(QStringLiteral("by"));
    const QString user = currentUserName();
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

bool isGlobalOption(const QString &name)
{
    for (const char *global : { "db", "lang", "verbose", "log-file" }) {
        if (name == QLatin1StringView(global))
            return true;
    }
    return false;
}

void setUpLogging(const QCommandLineParser &parser)
{
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    const QString file = parser.value(QStringLiteral("log-file"));
    if (file.isEmpty() && !verbose)
        return;
    log::setVerbosity(verbose ? log::Verbosity::Debug : log::Verbosity::Normal);
    if (file.isEmpty())
        log::installStderr();
    else if (verbose)
        log::installFileAndStderr({ file });
    else
        log::installFile({ file }, false);
    const QStringList positional = parser.positionalArguments();
    qCInfo(lcCli).noquote() << "partnerdesk-cli" << QCoreApplication::applicationVersion()
                            << (positional.isEmpty() ? QString() : positional.first());
    qCDebug(lcCli).noquote() << "options:" << parser.optionNames().join(QStringLiteral(", "));
}

int Context::fail(const Error &e) const
{
    qCWarning(lcCli).noquote() << "failed:" << e.message;
    err << e.message << '\n';
    return BadInput;
}

int Context::usage(const QString &message) const
{
    qCWarning(lcCli).noquote() << "usage error:" << message;
    err << message << '\n' << Tr::tr("Run partnerdesk-cli --help for usage.") << '\n';
    return Usage;
}

} // namespace pd::cli
