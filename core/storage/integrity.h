#pragma once

#include "../result.h"
#include "database.h"

#include <QStringList>

namespace pd {

// Checks a database: SQLite's own integrity and foreign-key checks (a PostgreSQL server enforces
// both itself), then the domain rules that
// constraints cannot express (tiers and product lines of the partner's program, known
// currencies, certificate dates, stored amounts within kMaxMinor). Returns the problems found, translated; empty when sound.
Result<QStringList> checkIntegrity(Database &db);

} // namespace pd
