#include "migrations.h"

#include "guards.h"
#include "../payouts/schema.h"

namespace pd::schema {

namespace {

QStringList version1(const sql::Dialect &dialect)
{
    const QString kId = dialect.idColumn();
    const QString kMoney = dialect.bigint();
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE programs (id %1, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                       "definition TEXT NOT NULL, builtin INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL)")
            .arg(kId),
        QStringLiteral("CREATE TABLE partners (id %1, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                       "country TEXT NOT NULL, region TEXT NOT NULL DEFAULT '', category TEXT NOT NULL, "
                       "subcategory TEXT NOT NULL DEFAULT '', program_id INTEGER NOT NULL REFERENCES programs(id), "
                       "tier TEXT NOT NULL, tier_since TEXT NOT NULL, joined_on TEXT NOT NULL, "
                       "territory TEXT NOT NULL DEFAULT '', brand TEXT NOT NULL DEFAULT '', "
                       "website TEXT NOT NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 1)")
            .arg(kId),
        QStringLiteral("CREATE INDEX partners_program ON partners(program_id)"),
        QStringLiteral("CREATE TABLE contacts (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id) "
                       "ON DELETE CASCADE, name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', "
                       "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '')")
            .arg(kId),
        QStringLiteral("CREATE INDEX contacts_partner ON contacts(partner_id)"),
        QStringLiteral("CREATE TABLE staff (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id) "
                       "ON DELETE CASCADE, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '', "
                       "role TEXT NOT NULL CHECK (role IN ('technical', 'sales')))")
            .arg(kId),
        QStringLiteral("CREATE UNIQUE INDEX staff_identity ON staff(partner_id, name, email)"),
        QStringLiteral("CREATE TABLE certifications (id %1, staff_id INTEGER NOT NULL REFERENCES staff(id) "
                       "ON DELETE CASCADE, certificate TEXT NOT NULL, passed_on TEXT NOT NULL, expires_on TEXT, "
                       "UNIQUE (staff_id, certificate, passed_on))")
            .arg(kId),
        QStringLiteral("CREATE TABLE customers (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id), "
                       "code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, country TEXT NOT NULL DEFAULT '')")
            .arg(kId),
        QStringLiteral("CREATE INDEX customers_partner ON customers(partner_id)"),
        QStringLiteral("CREATE TABLE sales (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id), "
                       "customer_id INTEGER NOT NULL REFERENCES customers(id), sold_on TEXT NOT NULL, "
                       "product_line TEXT NOT NULL, unit_price_minor %2 NOT NULL CHECK (unit_price_minor >= 0), "
                       "currency TEXT NOT NULL, quantity INTEGER NOT NULL CHECK (quantity > 0), "
                       "renewal INTEGER NOT NULL DEFAULT 0, amount_minor %2 NOT NULL)")
            .arg(kId, kMoney),
        QStringLiteral("CREATE INDEX sales_partner_date ON sales(partner_id, sold_on)"),
        QStringLiteral("CREATE INDEX sales_customer ON sales(customer_id)"),
        QStringLiteral("CREATE TABLE compliance_events (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id) "
                       "ON DELETE CASCADE, kind TEXT NOT NULL, occurred_on TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')")
            .arg(kId),
        QStringLiteral("CREATE INDEX events_partner ON compliance_events(partner_id, kind, occurred_on)"),
        QStringLiteral("CREATE TABLE tier_history (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id) "
                       "ON DELETE CASCADE, from_tier TEXT NOT NULL, to_tier TEXT NOT NULL, effective_on TEXT NOT NULL, "
                       "reason TEXT NOT NULL, changed_by TEXT NOT NULL, recorded_at TEXT NOT NULL)")
            .arg(kId),
        QStringLiteral("CREATE INDEX tier_history_partner ON tier_history(partner_id, effective_on)"),
    };
}

// Version 2: the user-maintained exchange-rate table and recorded KPI scores (NPS, satisfaction,
// advocacy), which version 1 kept outside the database.
QStringList version2(const sql::Dialect &dialect)
{
    const QString kId = dialect.idColumn();
    const QString kMoney = dialect.bigint();
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS fx_rates (rate_date TEXT NOT NULL, base TEXT NOT NULL, "
                       "quote TEXT NOT NULL, rate_micros %1 NOT NULL CHECK (rate_micros > 0), "
                       "PRIMARY KEY (rate_date, base, quote))")
            .arg(kMoney),
        QStringLiteral("CREATE TABLE IF NOT EXISTS scores (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id) "
                       "ON DELETE CASCADE, metric TEXT NOT NULL, measured_on TEXT NOT NULL, value_bp INTEGER NOT NULL)")
            .arg(kId),
        QStringLiteral("CREATE INDEX IF NOT EXISTS scores_partner ON scores(partner_id, metric, measured_on)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sales_date ON sales(sold_on)"),
    };
}

// Version 3: licensing (issue 4): licences sold through partners, NFR demo keys, the
// activation-credit ledger with its per-partner balance, customer moves and partner
// certification levels.
QStringList version3(const sql::Dialect &dialect)
{
    const QString kId = dialect.idColumn();
    const QString kMoney = dialect.bigint();
    QStringList out {
        QStringLiteral("CREATE TABLE IF NOT EXISTS licences (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id), "
                       "customer_id INTEGER REFERENCES customers(id), kind TEXT NOT NULL CHECK (kind IN ('resale', 'internal')), "
                       "product_line TEXT NOT NULL, product TEXT NOT NULL, edition TEXT NOT NULL DEFAULT '', "
                       "modules TEXT NOT NULL DEFAULT '', seats INTEGER NOT NULL CHECK (seats > 0), sold_on TEXT NOT NULL, "
                       "starts_on TEXT NOT NULL, ends_on TEXT, renews_id INTEGER UNIQUE REFERENCES licences(id), "
                       "unit_price_minor %2 NOT NULL CHECK (unit_price_minor >= 0), currency TEXT NOT NULL, "
                       "discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp >= 0 AND discount_bp <= 10000), "
                       "paid_minor %2 NOT NULL CHECK (paid_minor >= 0), sale_id INTEGER UNIQUE REFERENCES sales(id), "
                       "note TEXT NOT NULL DEFAULT '', "
                       "CHECK (ends_on IS NULL OR ends_on >= starts_on), "
                       "CHECK ((kind = 'resale' AND customer_id IS NOT NULL AND sale_id IS NOT NULL) "
                       "OR (kind = 'internal' AND customer_id IS NULL AND sale_id IS NULL)))")
            .arg(kId, kMoney),
        QStringLiteral("CREATE INDEX IF NOT EXISTS licences_partner ON licences(partner_id, ends_on)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS licences_customer ON licences(customer_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS licences_ends ON licences(ends_on)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS nfr_keys (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id), "
                       "serial TEXT NOT NULL UNIQUE, tier TEXT NOT NULL, product TEXT NOT NULL, "
                       "modules TEXT NOT NULL DEFAULT '', issued_on TEXT NOT NULL, valid_until TEXT NOT NULL, "
                       "modules_until TEXT, token TEXT NOT NULL, signer_key_id TEXT NOT NULL, issued_by TEXT NOT NULL, "
                       "override_reason TEXT NOT NULL DEFAULT '', revoked_on TEXT, revoke_reason TEXT NOT NULL DEFAULT '', "
                       "revoked_by TEXT NOT NULL DEFAULT '', CHECK (valid_until >= issued_on))")
            .arg(kId),
        QStringLiteral("CREATE INDEX IF NOT EXISTS nfr_keys_partner ON nfr_keys(partner_id, valid_until)"),
        // The balance is kept beside the ledger so that one guarded UPDATE both checks and takes
        // the credits (never below zero), whatever the engine's isolation; it always equals the
        // sum of the partner's ledger entries.
        QStringLiteral("CREATE TABLE IF NOT EXISTS credit_accounts (id %1, partner_id INTEGER NOT NULL UNIQUE "
                       "REFERENCES partners(id), balance %2 NOT NULL CHECK (balance >= 0))")
            .arg(kId, kMoney),
        QStringLiteral("CREATE TABLE IF NOT EXISTS credit_ledger (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id), "
                       "kind TEXT NOT NULL CHECK (kind IN ('purchase', 'consumption', 'correction')), entry_on TEXT NOT NULL, "
                       "credits %2 NOT NULL, discount_bp INTEGER NOT NULL DEFAULT 0, paid_minor %2 NOT NULL DEFAULT 0, "
                       "currency TEXT NOT NULL DEFAULT '', customer_id INTEGER REFERENCES customers(id), "
                       "corrects_id INTEGER REFERENCES credit_ledger(id), note TEXT NOT NULL DEFAULT '', "
                       "recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, "
                       "balance_after %2 NOT NULL CHECK (balance_after >= 0), "
                       "CHECK ((kind = 'purchase' AND credits > 0 AND paid_minor >= 0) "
                       "OR (kind = 'consumption' AND credits < 0 AND customer_id IS NOT NULL) "
                       "OR (kind = 'correction' AND corrects_id IS NOT NULL)))")
            .arg(dialect.increasingIdColumn(), kMoney),
        QStringLiteral("CREATE INDEX IF NOT EXISTS credit_ledger_partner ON credit_ledger(partner_id, id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS customer_moves (id %1, customer_id INTEGER NOT NULL REFERENCES customers(id), "
                       "from_partner_id INTEGER NOT NULL REFERENCES partners(id), "
                       "to_partner_id INTEGER NOT NULL REFERENCES partners(id), moved_on TEXT NOT NULL, reason TEXT NOT NULL, "
                       "moved_by TEXT NOT NULL, recorded_at TEXT NOT NULL, CHECK (from_partner_id <> to_partner_id))")
            .arg(kId),
        QStringLiteral("CREATE INDEX IF NOT EXISTS customer_moves_customer ON customer_moves(customer_id, id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS partner_certifications (id %1, partner_id INTEGER NOT NULL "
                       "REFERENCES partners(id) ON DELETE CASCADE, level TEXT NOT NULL, awarded_on TEXT NOT NULL, "
                       "expires_on TEXT, awarded_by TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
                       "UNIQUE (partner_id, level, awarded_on), CHECK (expires_on IS NULL OR expires_on > awarded_on))")
            .arg(kId),
        QStringLiteral("CREATE INDEX IF NOT EXISTS partner_certifications_expires ON partner_certifications(expires_on)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS certifications_expires ON certifications(expires_on)"),
    };
    // The ledger is append-only: corrections are new entries. The engine refuses edits too, so
    // no code path (nor a hand-run statement) can rewrite a partner's credit history.
    if (dialect.isSQLite()) {
        out << QStringLiteral("CREATE TRIGGER IF NOT EXISTS credit_ledger_no_update BEFORE UPDATE ON credit_ledger "
                              "BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END")
            << QStringLiteral("CREATE TRIGGER IF NOT EXISTS credit_ledger_no_delete BEFORE DELETE ON credit_ledger "
                              "BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END");
    } else {
        out << QStringLiteral("CREATE OR REPLACE FUNCTION partnerdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                              "$$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$")
            << QStringLiteral("DROP TRIGGER IF EXISTS credit_ledger_append_only ON credit_ledger")
            << QStringLiteral("CREATE TRIGGER credit_ledger_append_only BEFORE UPDATE OR DELETE ON credit_ledger "
                              "FOR EACH ROW EXECUTE FUNCTION partnerdesk_append_only()");
    }
    return out;
}

// The tables an offline copy holds rows of, as of version 4. Programs and exchange rates are few
// and copied whole each time, so they are not tracked.
QStringList trackedAtVersion4()
{
    QStringList out;
    for (const char *table : { "partners", "contacts", "staff", "certifications", "customers", "sales",
                               "compliance_events", "tier_history", "scores", "partner_notes", "licences", "nfr_keys",
                               "credit_accounts", "credit_ledger", "customer_moves", "partner_certifications" })
        out << QString::fromLatin1(table);
    return out;
}

// Version 4: the team database (issue 8). Notes that sales reps may add to partner records, and
// change tracking for offline copies: every change to a copied table is logged in change_log so
// that a copy's refresh fetches only what changed (see offline.cpp and Dialect::changeTracking).
// database_id tells a copy's refresh that it still talks to the database it was taken from.
QStringList version4(const sql::Dialect &dialect)
{
    QStringList out {
        QStringLiteral("CREATE TABLE IF NOT EXISTS partner_notes (id %1, partner_id %2 NOT NULL REFERENCES partners(id) "
                       "ON DELETE CASCADE, author TEXT NOT NULL, written_at TEXT NOT NULL, body TEXT NOT NULL)")
            .arg(dialect.idColumn(), dialect.bigint()),
        QStringLiteral("CREATE INDEX IF NOT EXISTS partner_notes_partner ON partner_notes(partner_id, written_at)"),
        // txid: the writing transaction (PostgreSQL); tail_id: the table's highest id after a
        // delete (SQLite). Each engine fills its own column.
        QStringLiteral("CREATE TABLE IF NOT EXISTS change_log (seq %1, table_name TEXT NOT NULL, row_id %2 NOT NULL, "
                       "txid %2, tail_id %2)")
            .arg(dialect.increasingIdColumn(), dialect.bigint()),
        QStringLiteral("INSERT INTO meta (key, value) SELECT 'database_id', %1 "
                       "WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'database_id')")
            .arg(dialect.randomId()),
    };
    if (dialect.isPostgres())
        out << QStringLiteral("CREATE INDEX IF NOT EXISTS change_log_txid ON change_log(txid)");
    out << dialect.changeTrackingSupport();
    for (const QString &table : trackedAtVersion4())
        out << dialect.changeTracking(table);
    return out;
}

// Version 5: each change_log entry says when it was logged, so that an administrator can prune
// the old ones (ChangeLog::prune, which records the pruned horizon in meta). One transaction with
// the version number, like every step: SQLite's ADD COLUMN has no IF NOT EXISTS.
QStringList version5(const sql::Dialect &dialect)
{
    QStringList out = dialect.changeLogTimes();
    for (const QString &table : trackedAtVersion4())
        out << dialect.changeTrackingWithTime(table);
    return out;
}

// Version 6: the engine refuses rewriting the audit and money tables (issue 14): the append-only
// tables lose no row and change none, not even through TRUNCATE; NFR keys and credit balances are
// never deleted; the change log is pruned only through its function (PostgreSQL), which records
// the horizon with the delete; and the change-log function looks nothing up through the writer's
// search path. The team roles' grants follow (refreshTeamGrants, after every upgrade).
QStringList version6(const sql::Dialect &dialect)
{
    return guardStatements(dialect);
}

// Version 7: sales records that can be trusted (issue 15). A sale line carries its billing
// reference, unique among live lines (SaleReferences fills the old lines' references and then
// creates that index, see migrations_work.cpp); a return is a line of negative quantity naming the
// line it returns; sales, licences, events, certifications and scores are voided (never deleted)
// and corrected by a new row naming the one it replaces; record_changes logs each field that a
// re-sync changed on a partner or customer.
QStringList version7(const sql::Dialect &dialect)
{
    QStringList out;
    for (const char *table : { "sales", "licences", "compliance_events", "certifications", "scores" }) {
        const QString t = QString::fromLatin1(table);
        out << QStringLiteral("ALTER TABLE %1 ADD COLUMN voided_at TEXT").arg(t)
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN voided_by TEXT NOT NULL DEFAULT ''").arg(t)
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''").arg(t)
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN corrects_id INTEGER REFERENCES %1(id)").arg(t);
    }
    out << QStringLiteral("ALTER TABLE sales ADD COLUMN reference TEXT NOT NULL DEFAULT ''")
        << QStringLiteral("ALTER TABLE sales ADD COLUMN returns_id INTEGER REFERENCES sales(id)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS sales_returns ON sales(returns_id) WHERE returns_id IS NOT NULL")
        << QStringLiteral("CREATE TABLE IF NOT EXISTS record_changes (id %1, partner_id INTEGER NOT NULL "
                          "REFERENCES partners(id), record_kind TEXT NOT NULL CHECK (record_kind IN ('partner', "
                          "'customer')), record_id %2 NOT NULL, field TEXT NOT NULL, old_value TEXT NOT NULL, "
                          "new_value TEXT NOT NULL, changed_by TEXT NOT NULL, changed_at TEXT NOT NULL, "
                          "source TEXT NOT NULL DEFAULT '')")
               .arg(dialect.idColumn(), dialect.bigint())
        << QStringLiteral("CREATE INDEX IF NOT EXISTS record_changes_partner ON record_changes(partner_id, id)");
    // A return's quantity is negative: only a return's (quantity > 0 otherwise). PostgreSQL swaps the
    // constraint; SQLite's CHECK is rewritten in place (migrations_work.cpp), its documented way
    // of dropping a constraint without copying the table.
    if (dialect.isPostgres())
        out << QStringLiteral("ALTER TABLE sales DROP CONSTRAINT IF EXISTS sales_quantity_check")
            << QStringLiteral("ALTER TABLE sales ADD CONSTRAINT sales_quantity_check "
                          "CHECK (quantity > 0 OR (quantity < 0 AND returns_id IS NOT NULL))");
    out << dialect.changeTracking(QStringLiteral("record_changes"))
        << dialect.changeTrackingWithTime(QStringLiteral("record_changes"))
        << appendOnlyGuards(dialect, QStringLiteral("record_changes"));
    return out;
}

// Version 8: closed quarters and payouts (issue 16): frozen statements, the payout ledger, SPIF
// campaigns, negotiated rate overrides and each partner's account owner (core/payouts/schema_*.cpp).
QStringList version8(const sql::Dialect &dialect)
{
    return closingSchema(dialect) + payoutSchema(dialect) + termsSchema(dialect);
}

// A partner's certificates, voided ones included (the partner page), found by their staff member
// instead of a scan of every certificate: the live-only unique index does not serve them. The
// events index gains voided_at, so that the evaluation's scan of live events (partner, kind,
// date) reads the index alone, not a table row per event.
QStringList version9()
{
    return { QStringLiteral("CREATE INDEX IF NOT EXISTS certifications_staff ON certifications(staff_id)"),
             QStringLiteral("DROP INDEX IF EXISTS events_partner"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS events_partner_live ON compliance_events(partner_id, kind, "
                            "occurred_on, voided_at)") };
}

// Version 10: the team database at scale (issue 22). On PostgreSQL, inserted rows are logged for
// offline copies by one trigger per statement instead of one per row (Dialect::changeTracking;
// the tables' triggers are made again by stepWork), and dates are stored as dates (stepWork
// turns the text columns that hold dates into date columns), so the server checks them; the payout events'
// checks compare their paid_on as ISO text whichever type it has. Nothing changes on SQLite.
QStringList version10(const sql::Dialect &dialect)
{
    if (dialect.isSQLite())
        return {};
    return dialect.changeTrackingSupport() + payoutEventChecksPostgres();
}

// Version 11: SQLite loses the sales date index (issue 17). Only the evaluation's scan of a window
// of dates, over every partner, could use it, and without statistics SQLite always did: it read
// the window through the index and sorted it by partner in a temporary B-tree, where a pass over
// the partner-and-date index gives the same rows already in partner order (5 times less work on
// a million lines). A sales import spent a quarter of its index rebuilding on it. PostgreSQL plans
// by its statistics and keeps it.
QStringList version11(const sql::Dialect &dialect)
{
    if (dialect.isPostgres())
        return {};
    return { QStringLiteral("DROP INDEX IF EXISTS sales_date") };
}

} // namespace

QStringList stepStatements(int version, const sql::Dialect &dialect)
{
    switch (version) {
    case 1:
        return version1(dialect);
    case 2:
        return version2(dialect);
    case 3:
        return version3(dialect);
    case 4:
        return version4(dialect);
    case 5:
        return version5(dialect);
    case 6:
        return version6(dialect);
    case 7:
        return version7(dialect);
    case 8:
        return version8(dialect);
    case 9:
        return version9();
    case 10:
        return version10(dialect);
    case 11:
        return version11(dialect);
    }
    return {};
}

} // namespace pd::schema
