#include "cli.h"

#include "storage/database.h"
#include "storage/offline.h"

#include <QFileInfo>

namespace pd::cli {

std::unique_ptr<Database> Context::open(bool create) const
{
    if (!create && !Database::isServerLocation(dbPath) && !QFileInfo::exists(dbPath)) {
        err << Tr::tr("%1 does not exist. Create it with: partnerdesk-cli --db %1 init").arg(dbPath) << '\n';
        return nullptr;
    }
    auto db = Database::open(dbPath);
    if (!db) {
        err << db.error().message << '\n';
        return nullptr;
    }
    // An offline copy is read-only: its next refresh would silently undo local edits.
    const auto offline = offlineInfo(**db);
    if (offline && *offline) {
        db->reset();
        db = Database::open(dbPath, Database::Access::ReadOnly);
        if (!db) {
            err << db.error().message << '\n';
            return nullptr;
        }
    }
    return std::move(*db);
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
