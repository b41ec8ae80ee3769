#include "offlineopen.h"

namespace pd {

Result<OpenedDatabase> openReadOnlyIfOffline(
    const QString &location, const DatabaseOpener &open, const DatabaseCloser &close)
{
    const DatabaseOpener openDb
        = open ? open : [](const QString &l, Database::Access a) { return Database::open(l, a); };
    const DatabaseCloser closeDb = close ? close : [](std::unique_ptr<Database> &db) { db.reset(); };
    auto db = openDb(location, Database::Access::ReadWrite);
    if (!db)
        return std::unexpected(db.error());
    const auto offline = offlineInfo(**db);
    if (!offline) {
        closeDb(*db);
        return std::unexpected(offline.error());
    }
    if (*offline) {
        closeDb(*db);
        db = openDb(location, Database::Access::ReadOnly);
        if (!db)
            return std::unexpected(db.error());
    }
    return OpenedDatabase { std::move(*db), *offline };
}

} // namespace pd
