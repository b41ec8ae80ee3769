#pragma once
// Internal to core/storage: the schema, as numbered steps.

#include "dialect.h"

#include <QStringList>

namespace pd::schema {

// The statements that bring a schema from version - 1 to `version`. Each step runs inside one
// transaction together with the version stamp, so a failed step leaves the previous version.
QStringList stepStatements(int version, const sql::Dialect &dialect);

} // namespace pd::schema
