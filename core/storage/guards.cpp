#include "guards.h"

#include "database.h"
#include "../payouts/schema.h"

namespace pd::schema
{

namespace
{

// What an issued NFR key keeps for good; only the override reason and revocation may change.
const QString kNfrIssued
    = QStringLiteral("partner_id, serial, tier, product, modules, issued_on, valid_until, "
                     "modules_until, token, signer_key_id, issued_by");

struct Guard {
    QString table;
    QString name; // the trigger's name, after the table's
    QString events; // "UPDATE OR DELETE", "DELETE", "UPDATE OF ..."
    QString message;
};

// The append-only tables guarded by version 6; later versions guard theirs with appendOnlyGuards.
const QStringList &version6AppendOnly()
{
    static const QStringList tables { QStringLiteral("credit_ledger"), QStringLiteral("tier_history"),
        QStringLiteral("customer_moves") };
    return tables;
}

QList<Guard> appendOnlyRowGuards(bool sqlite, const QString &table)
{
    const QString message = table + QStringLiteral(" is append-only");
    if (sqlite)
        return { Guard { table, QStringLiteral("no_update"), QStringLiteral("UPDATE"), message },
            Guard { table, QStringLiteral("no_delete"), QStringLiteral("DELETE"), message } };
    return { Guard { table, QStringLiteral("append_only"), QStringLiteral("UPDATE OR DELETE"), message } };
}

QList<Guard> rowGuards(bool sqlite)
{
    QList<Guard> out;
    for (const QString &table : version6AppendOnly())
        out << appendOnlyRowGuards(sqlite, table);
    out << Guard { QStringLiteral("nfr_keys"), QStringLiteral("no_delete"), QStringLiteral("DELETE"),
        QStringLiteral("NFR keys are never deleted: revoke them") }
        << Guard { QStringLiteral("nfr_keys"), QStringLiteral("issued"),
               QStringLiteral("UPDATE OF ") + kNfrIssued,
               QStringLiteral("an issued NFR key does not change: revoke it and issue another") }
        << Guard { QStringLiteral("credit_accounts"), QStringLiteral("no_delete"), QStringLiteral("DELETE"),
               QStringLiteral("credit balances are never deleted") };
    // SQLite: anyone who may write the file may prune, so only rewriting entries is refused.
    // PostgreSQL: the grants keep everyone but the owner's prune function from change_log.
    if (sqlite)
        out << Guard { QStringLiteral("change_log"), QStringLiteral("no_update"), QStringLiteral("UPDATE"),
            QStringLiteral("change_log is append-only") };
    return out;
}

QStringList sqliteTriggers(const QList<Guard> &guards)
{
    QStringList out;
    for (const Guard &g : guards) {
        out << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_%2 BEFORE %3 ON %1 BEGIN "
                              "SELECT RAISE(ABORT, '%4'); END")
                   .arg(g.table, g.name, g.events, g.message);
    }
    return out;
}

QStringList postgresTriggers(const QList<Guard> &guards)
{
    QStringList out;
    for (const Guard &g : guards) {
        out << QStringLiteral("DROP TRIGGER IF EXISTS %1_%2 ON %1").arg(g.table, g.name)
            << QStringLiteral("CREATE TRIGGER %1_%2 BEFORE %3 ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION partnerdesk_append_only('%4')")
                   .arg(g.table, g.name, g.events, g.message);
    }
    return out;
}

// Row triggers do not fire on TRUNCATE.
QStringList postgresNoTruncate(const QStringList &tables)
{
    QStringList out;
    for (const QString &table : tables) {
        out << QStringLiteral("DROP TRIGGER IF EXISTS %1_no_truncate ON %1").arg(table)
            << QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 FOR EACH STATEMENT "
                              "EXECUTE FUNCTION partnerdesk_append_only('%1 is never emptied')")
                   .arg(table);
    }
    return out;
}

// format() puts the schema's name (%1$I) into the function, so that nothing in it is looked up
// through the caller's search path: a temporary table named change_log cannot stand in.
QString pruneFunctionDefinition()
{
    return QStringLiteral("DO $do$ BEGIN EXECUTE format($f$"
                          "CREATE OR REPLACE FUNCTION %1$I.")
        + pruneFunction()
        + QStringLiteral(
            "(prune_before date) RETURNS bigint "
            "LANGUAGE plpgsql SECURITY DEFINER SET search_path = %1$I, pg_temp AS $b$ "
            "DECLARE cutoff text := to_char(prune_before, 'YYYY-MM-DD'); removed bigint; last_seq bigint; "
            "last_txid bigint; "
            "BEGIN PERFORM pg_catalog.pg_advisory_xact_lock(%2$s); "
            "WITH gone AS (DELETE FROM %1$I.change_log WHERE logged_at < cutoff RETURNING seq, txid) "
            "SELECT count(*), coalesce(max(seq), 0), coalesce(max(txid), 0) INTO removed, last_seq, "
            "last_txid FROM gone; "
            "INSERT INTO %1$I.meta AS m (key, value) VALUES ('change_log_pruned_before', cutoff) "
            "ON CONFLICT (key) DO UPDATE SET value = greatest(m.value, excluded.value); "
            "INSERT INTO %1$I.meta AS m (key, value) VALUES ('change_log_pruned_seq', last_seq::text) "
            "ON CONFLICT (key) DO UPDATE SET value = greatest(m.value::bigint, "
            "excluded.value::bigint)::text; "
            "INSERT INTO %1$I.meta AS m (key, value) VALUES ('change_log_pruned_txid', last_txid::text) "
            "ON CONFLICT (key) DO UPDATE SET value = greatest(m.value::bigint, "
            "excluded.value::bigint)::text; "
            "RETURN removed; END $b$ $f$, current_schema(), ")
        + QString::number(Database::kPruneChangeLogLock) + QStringLiteral("); END $do$");
}

// A credit balance is only ever what the partner's latest ledger entry says it is after: checked
// when the transaction commits, so that the balance update and its ledger entry (CreditLedger)
// go together, and a balance changed without an entry is refused.
QStringList balanceMatchesLedger()
{
    return {
        QStringLiteral(
            "DO $do$ BEGIN EXECUTE format($f$"
            "CREATE OR REPLACE FUNCTION %1$I.partnerdesk_balance_matches_ledger() RETURNS trigger "
            "LANGUAGE plpgsql SET search_path = %1$I, pg_temp AS $b$ "
            "DECLARE held bigint; logged bigint; "
            "BEGIN SELECT balance INTO held FROM %1$I.credit_accounts WHERE partner_id = NEW.partner_id; "
            "SELECT balance_after INTO logged FROM %1$I.credit_ledger WHERE partner_id = NEW.partner_id "
            "ORDER BY id DESC LIMIT 1; "
            "IF held IS DISTINCT FROM coalesce(logged, 0) THEN RAISE EXCEPTION "
            "'the credit balance of partner %% (%%) differs from its ledger (%%)', NEW.partner_id, held, "
            "coalesce(logged, 0); END IF; RETURN NULL; END $b$ $f$, current_schema()); END $do$"),
        QStringLiteral("REVOKE EXECUTE ON FUNCTION partnerdesk_balance_matches_ledger() FROM PUBLIC"),
        QStringLiteral("DROP TRIGGER IF EXISTS credit_accounts_match_ledger ON credit_accounts"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER credit_accounts_match_ledger AFTER INSERT OR UPDATE ON "
                       "credit_accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                       "EXECUTE FUNCTION partnerdesk_balance_matches_ledger()")
    };
}

QStringList postgresGuards()
{
    const sql::Dialect dialect { Backend::PostgreSQL };
    QStringList out = dialect.changeTrackingSupport();
    out << QStringLiteral(
        "CREATE OR REPLACE FUNCTION partnerdesk_append_only() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = pg_catalog, pg_temp AS "
        "$$ BEGIN RAISE EXCEPTION '%', coalesce(TG_ARGV[0], TG_TABLE_NAME || ' is append-only'); END $$")
        << pruneFunctionDefinition()
        << QStringLiteral("REVOKE EXECUTE ON FUNCTION partnerdesk_append_only(), %1(date) FROM PUBLIC")
               .arg(pruneFunction());
    out << postgresTriggers(rowGuards(false)) << balanceMatchesLedger();
    QStringList emptied = version6AppendOnly();
    emptied << QStringLiteral("nfr_keys") << QStringLiteral("credit_accounts")
            << QStringLiteral("change_log");
    return out << postgresNoTruncate(emptied);
}

} // namespace

const QStringList &appendOnlyTables()
{
    static const QStringList tables
        = version6AppendOnly() + QStringList { QStringLiteral("record_changes") } + version8AppendOnly();
    return tables;
}

QStringList guardStatements(const sql::Dialect &dialect)
{
    return dialect.isSQLite() ? sqliteTriggers(rowGuards(true)) : postgresGuards();
}

QStringList appendOnlyGuards(const sql::Dialect &dialect, const QString &table)
{
    if (dialect.isSQLite())
        return sqliteTriggers(appendOnlyRowGuards(true, table));
    return postgresTriggers(appendOnlyRowGuards(false, table)) << postgresNoTruncate({ table });
}

QString pruneFunction()
{
    return QStringLiteral("partnerdesk_prune_changes");
}

} // namespace pd::schema

namespace pd::schema
{

namespace
{

// The void columns' one transition: from live (NULL, '', '') to voided with who and why.
// Written for SQLite's WHEN and PostgreSQL's IF alike (IS NOT is SQLite's IS DISTINCT FROM).
QString voidBroken(const QString &distinct)
{
    return QStringLiteral(
        "(OLD.voided_at IS NOT NULL AND (NEW.voided_at %1 OLD.voided_at OR NEW.voided_by %1 "
        "OLD.voided_by OR NEW.void_reason %1 OLD.void_reason)) "
        "OR (NEW.voided_at IS NULL AND (NEW.voided_by %1 OLD.voided_by OR NEW.void_reason %1 "
        "OLD.void_reason)) "
        "OR (OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL AND (NEW.voided_by = '' OR "
        "NEW.void_reason = ''))")
        .arg(distinct);
}

const QString kVoidOnce = QStringLiteral("a void is set once, with who and why, and never changed or undone");

QString neverDeleted(const QString &table)
{
    return table + QStringLiteral(" rows are never deleted: void them");
}

QString neverChanged(const QString &table)
{
    return table + QStringLiteral(" rows do not change: void them and add a correction");
}

QStringList sqliteVoidGuards(const QHash<QString, QStringList> &fixedColumns)
{
    QStringList out;
    for (const QString &table : voidableTables()) {
        QStringList changed;
        const QStringList fixed = moneyTables().contains(table)
            ? fixedColumns.value(table)
            : QStringList { QStringLiteral("corrects_id") };
        for (const QString &column : fixed)
            changed << QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(column);
        out << QStringLiteral("DROP TRIGGER IF EXISTS %1_fixed").arg(table)
            << QStringLiteral(
                   "CREATE TRIGGER %1_fixed BEFORE UPDATE ON %1 WHEN %2 BEGIN SELECT RAISE(ABORT, '%3'); END")
                   .arg(table, changed.join(QStringLiteral(" OR ")),
                       moneyTables().contains(table) ? neverChanged(table)
                                                     : table + QStringLiteral(".corrects_id does not change"))
            << QStringLiteral("DROP TRIGGER IF EXISTS %1_void_once").arg(table)
            << QStringLiteral("CREATE TRIGGER %1_void_once BEFORE UPDATE ON %1 WHEN %2 BEGIN SELECT "
                              "RAISE(ABORT, '%3'); END")
                   .arg(table, voidBroken(QStringLiteral("IS NOT")), kVoidOnce);
    }
    for (const QString &table : moneyTables())
        out << QStringLiteral("DROP TRIGGER IF EXISTS %1_no_delete").arg(table)
            << QStringLiteral(
                   "CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END")
                   .arg(table, neverDeleted(table));
    return out;
}

// One function for every voidable table: 'fixed' (money tables) compares the whole row but the
// void columns, so a column added later is guarded too; 'voidable' guards corrects_id.
QStringList postgresVoidGuards()
{
    QStringList out {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION partnerdesk_void_guard() RETURNS trigger LANGUAGE plpgsql "
            "SET search_path = pg_catalog, pg_temp AS $$ "
            "DECLARE voids text[] := ARRAY['voided_at', 'voided_by', 'void_reason']; BEGIN "
            "IF TG_ARGV[0] = 'fixed' THEN "
            "IF (to_jsonb(OLD) - voids) IS DISTINCT FROM (to_jsonb(NEW) - voids) THEN "
            "RAISE EXCEPTION '%', TG_TABLE_NAME || ' rows do not change: void them and add a correction'; "
            "END IF; "
            "ELSIF OLD.corrects_id IS DISTINCT FROM NEW.corrects_id THEN "
            "RAISE EXCEPTION '%', TG_TABLE_NAME || '.corrects_id does not change'; END IF; "
            "IF ")
            + voidBroken(QStringLiteral("IS DISTINCT FROM"))
            + QStringLiteral(" THEN RAISE EXCEPTION '%1'; END IF; RETURN NEW; END $$").arg(kVoidOnce),
        QStringLiteral("REVOKE EXECUTE ON FUNCTION partnerdesk_void_guard() FROM PUBLIC"),
    };
    for (const QString &table : voidableTables()) {
        out << QStringLiteral("DROP TRIGGER IF EXISTS %1_void_guard ON %1").arg(table)
            << QStringLiteral("CREATE TRIGGER %1_void_guard BEFORE UPDATE ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION partnerdesk_void_guard('%2')")
                   .arg(table,
                       moneyTables().contains(table) ? QStringLiteral("fixed") : QStringLiteral("voidable"));
    }
    for (const QString &table : moneyTables()) {
        out << QStringLiteral("DROP TRIGGER IF EXISTS %1_no_delete ON %1").arg(table)
            << QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION partnerdesk_append_only('%2')")
                   .arg(table, neverDeleted(table))
            << QStringLiteral("DROP TRIGGER IF EXISTS %1_no_truncate ON %1").arg(table)
            << QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 FOR EACH STATEMENT "
                              "EXECUTE FUNCTION partnerdesk_append_only('%1 is never emptied')")
                   .arg(table);
    }
    return out;
}

} // namespace

const QStringList &voidableTables()
{
    static const QStringList tables { QStringLiteral("sales"), QStringLiteral("licences"),
        QStringLiteral("compliance_events"), QStringLiteral("certifications"), QStringLiteral("scores") };
    return tables;
}

const QStringList &moneyTables()
{
    static const QStringList tables { QStringLiteral("sales"), QStringLiteral("licences") };
    return tables;
}

QStringList voidGuardStatements(const sql::Dialect &dialect, const QHash<QString, QStringList> &fixedColumns)
{
    return dialect.isSQLite() ? sqliteVoidGuards(fixedColumns) : postgresVoidGuards();
}

} // namespace pd::schema
