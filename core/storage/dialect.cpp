#include "dialect.h"

namespace pd::sql
{

QString Dialect::countTables() const
{
    return isSQLite()
        ? QStringLiteral("SELECT count(*) FROM sqlite_master")
        : QStringLiteral(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
}

QString Dialect::tableExists() const
{
    return isSQLite()
        ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
        : QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                         "AND table_name = ?");
}

QStringList Dialect::changeTrackingSupport() const
{
    if (isSQLite())
        return {};
    // SECURITY DEFINER: a sales rep may add notes but not write change_log itself; the function
    // runs as the schema owner. format() names the schema (%1$I) in the function, and pg_temp
    // comes last in its search path, so that a temporary table named change_log in the writer's
    // session cannot take the entries. Nobody may call it except as a trigger.
    return { QStringLiteral(
                 "DO $do$ BEGIN EXECUTE format($f$"
                 "CREATE OR REPLACE FUNCTION %1$I.partnerdesk_log_change() RETURNS trigger LANGUAGE plpgsql "
                 "SECURITY DEFINER SET search_path = %1$I, pg_temp AS $b$ BEGIN "
                 "IF TG_OP = 'DELETE' THEN "
                 "INSERT INTO %1$I.change_log (table_name, row_id, txid) "
                 "VALUES (TG_TABLE_NAME, OLD.id, pg_catalog.txid_current()); "
                 "ELSE "
                 "INSERT INTO %1$I.change_log (table_name, row_id, txid) "
                 "VALUES (TG_TABLE_NAME, NEW.id, pg_catalog.txid_current()); "
                 "END IF; RETURN NULL; END $b$ $f$, current_schema()); END $do$"),
        // Rows a statement inserts (a COPY of a million sales among them) are logged by one
        // statement-level trigger reading the statement's new rows as a table (schema version 10).
        QStringLiteral(
            "DO $do$ BEGIN EXECUTE format($f$"
            "CREATE OR REPLACE FUNCTION %1$I.partnerdesk_log_new_rows() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = %1$I, pg_temp AS $b$ BEGIN "
            "INSERT INTO %1$I.change_log (table_name, row_id, txid) "
            "SELECT TG_TABLE_NAME, id, pg_catalog.txid_current() FROM new_rows; "
            "RETURN NULL; END $b$ $f$, current_schema()); END $do$"),
        QStringLiteral("REVOKE EXECUTE ON FUNCTION partnerdesk_log_change(), partnerdesk_log_new_rows() FROM PUBLIC") };
}

QStringList Dialect::changeTracking(const QString &table) const
{
    if (isPostgres())
        return { QStringLiteral("DROP TRIGGER IF EXISTS %1_log ON %1").arg(table),
            QStringLiteral("DROP TRIGGER IF EXISTS %1_log_insert ON %1").arg(table),
            QStringLiteral("CREATE TRIGGER %1_log AFTER UPDATE OR DELETE ON %1 FOR EACH ROW "
                           "EXECUTE FUNCTION partnerdesk_log_change()")
                .arg(table),
            QStringLiteral("CREATE TRIGGER %1_log_insert AFTER INSERT ON %1 REFERENCING NEW TABLE AS new_rows "
                           "FOR EACH STATEMENT EXECUTE FUNCTION partnerdesk_log_new_rows()")
                .arg(table) };
    // No insert trigger: it would slow bulk imports of sales, and SQLite's single writer makes new
    // rows findable by id. tail_id (the table's highest id after a delete) tells the offline
    // refresh where ids may be handed out again.
    return {
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_log_update AFTER UPDATE ON %1 BEGIN "
                       "INSERT INTO change_log (table_name, row_id) VALUES ('%1', NEW.id); END")
            .arg(table),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_log_delete AFTER DELETE ON %1 BEGIN "
                       "INSERT INTO change_log (table_name, row_id, tail_id) "
                       "VALUES ('%1', OLD.id, coalesce((SELECT max(id) FROM %1), 0)); END")
            .arg(table),
    };
}

QStringList Dialect::changeLogTimes() const
{
    // Entries logged before the upgrade get its time: they are at least that old.
    const QStringList out {
        isSQLite() ? QStringLiteral("ALTER TABLE change_log ADD COLUMN logged_at TEXT")
                   : QStringLiteral("ALTER TABLE change_log ADD COLUMN IF NOT EXISTS logged_at TEXT"),
        QStringLiteral("UPDATE change_log SET logged_at = %1 WHERE logged_at IS NULL").arg(nowText()),
    };
    if (isSQLite())
        return out;
    return out
        + QStringList {
              QStringLiteral("ALTER TABLE change_log ALTER COLUMN logged_at SET DEFAULT %1").arg(nowText())
          };
}

QStringList Dialect::changeTrackingWithTime(const QString &table) const
{
    if (isPostgres())
        return {}; // the column's default fills it in
    return {
        QStringLiteral("DROP TRIGGER IF EXISTS %1_log_update").arg(table),
        QStringLiteral("DROP TRIGGER IF EXISTS %1_log_delete").arg(table),
        QStringLiteral(
            "CREATE TRIGGER %1_log_update AFTER UPDATE ON %1 BEGIN "
            "INSERT INTO change_log (table_name, row_id, logged_at) VALUES ('%1', NEW.id, %2); END")
            .arg(table, nowText()),
        QStringLiteral("CREATE TRIGGER %1_log_delete AFTER DELETE ON %1 BEGIN "
                       "INSERT INTO change_log (table_name, row_id, tail_id, logged_at) "
                       "VALUES ('%1', OLD.id, coalesce((SELECT max(id) FROM %1), 0), %2); END")
            .arg(table, nowText()),
    };
}

} // namespace pd::sql
