#include "cli.h"

#include "storage/database.h"
#include "storage/offlineopen.h"
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
    return std::move(opened->db);
}

QString Context::author() const
{
    if (parser.isSet(QStringLiteral("by")))
        return parser.value(QStringLiteral("by"));
    const QString user = currentUserName();
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

int Context::fail(const Error &e) const
{
    err << e.message << '\n';
    return BadInput;
}

int Context::usage(const QString &message) const
{
    err << message << '\n' << Tr::tr("Run partnerdesk-cli --help for usage.") << '\n';
    return Usage;
}

} // namespace pd::cli
