#pragma once

#include "offline.h"

#include <functional>
#include <memory>
#include <optional>

namespace pd {

// A database as opened for use, and what it says about itself if it is an offline copy.
struct OpenedDatabase {
    std::unique_ptr<Database> db;
    std::optional<OfflineInfo> offline;
};
using DatabaseOpener = std::function<Result<std::unique_ptr<Database>>(const QString &, Database::Access)>;
using DatabaseCloser = std::function<void(std::unique_ptr<Database> &)>;

// Opens `location` for writing, except an offline copy, which is opened again read-only: its next
// refresh would silently undo local edits. The window and the command-line tool both open their
// databases so. `open` and `close` default to Database::open and deleting the connection (the
// window passes its own, which serialise connections across threads).
Result<OpenedDatabase> openReadOnlyIfOffline(
    const QString &location, const DatabaseOpener &open = {}, const DatabaseCloser &close = {});

} // namespace pd
