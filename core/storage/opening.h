#pragma once
// Internal to core/storage: the refusals Database::open shares between SQLite files and servers.

#include "../result.h"

#include <QString>

namespace pd::opening
{

// Qt Sql connection names are process-wide: each Database gets its own.
QString nextConnectionName();

Error notADatabase(const QString &name);
Error newerDatabase(const QString &name, int version);
Error olderReadOnly(const QString &name);

} // namespace pd::opening
