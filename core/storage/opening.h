#pragma once
// Internal to core/storage: the refusals Database::open shares between SQLite files and servers.

#include "../result.h"

#include <QString>
#include <optional>

namespace pd::opening
{

// Qt Sql connection names are process-wide: each Database gets its own.
QString nextConnectionName();

Error notADatabase(const QString &name);
Error emptyFile(const QString &name); // a zero-byte file or an SQLite file without tables
Error damaged(const QString &name);
Error newerDatabase(const QString &name, int version);
Error olderReadOnly(const QString &name);
// Why SQLite could not read a file it opened, from its (extended) result code: locked, damaged,
// not a database, a read-only folder, an interrupted change; nullopt for any other cause.
std::optional<Error> unreadable(int sqliteCode, const QString &name);

} // namespace pd::opening
