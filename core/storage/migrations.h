#pragma once
// Internal to core/storage: the schema, as numbered steps.

#include "../result.h"
#include "dialect.h"

#include <QStringList>

namespace pd {
class Database;
}

namespace pd::schema {

// The statements that bring a schema from version - 1 to `version`. Each step runs inside one
// transaction together with the version stamp, so a failed step leaves the previous version.
QStringList stepStatements(int version, const sql::Dialect &dialect);

// What a step does beyond its statements, in C++ (migrations_work.cpp): runs after them, in the
// same transaction.
Result<void> stepWork(int version, Database &db);

// Version 7's voids (migrations_voids.cpp): live-only unique keys for staff certificates and
// licence renewals, and the guards on voided and money-bearing rows. Runs last in the step:
// from then on no sales or licences row may be rewritten.
Result<void> voidsWork(Database &db);

} // namespace pd::schema
