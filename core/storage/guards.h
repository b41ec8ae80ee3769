#pragma once
// Internal to core/storage: what the database engine itself refuses on the audit and money
// tables (schema version 6), and the tables that team roles may only append to.

#include "dialect.h"

#include <QHash>
#include <QStringList>

namespace pd::schema
{

// Rows are only ever added: corrections are new entries.
// credit_ledger, tier_history, customer_moves (guarded since version 6), record_changes (version 7)
const QStringList &appendOnlyTables();

// Triggers that refuse changing or removing rows of the append-only tables, deleting NFR keys or
// credit balances, rewriting an issued NFR key, and emptying any of them or the change log.
// PostgreSQL also checks at commit that a credit balance equals its latest ledger entry's
// balance_after, gets the change-log functions with a fixed search path, and no function is
// executable by PUBLIC. Re-runnable.
QStringList guardStatements(const sql::Dialect &dialect);

// Voids (schema version 7): sales and licences (they carry money) are never deleted nor emptied
// and only their void columns (voided_at, voided_by, void_reason) ever change; on every voidable
// table (voidableTables) a void is set once, from NULL, with who and why, and never changed or
// cleared, and corrects_id never changes. `fixedColumns` names, per table, the columns that
// never change (SQLite's triggers list them; PostgreSQL compares whole rows instead). Re-runnable.
const QStringList &voidableTables(); // sales, licences, compliance_events, certifications, scores
const QStringList &moneyTables();    // sales, licences
QStringList voidGuardStatements(const sql::Dialect &dialect, const QHash<QString, QStringList> &fixedColumns);
// The triggers that keep an append-only table added after version 6 (its version's step runs them;
// on PostgreSQL they use version 6's trigger function). Re-runnable.
QStringList appendOnlyGuards(const sql::Dialect &dialect, const QString &table);

// PostgreSQL: the function that prunes the change log (ChangeLog::prune). It runs as the owner
// of the tables, so that nobody else needs to delete from change_log, and it records the pruned
// horizon in the same transaction as the delete.
QString pruneFunction(); // "partnerdesk_prune_changes", taking the day (date) to prune before

} // namespace pd::schema
