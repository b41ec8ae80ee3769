// Schema version 8, payouts: one payable per partner, currency and closed quarter, and the
// state changes of each (approved, paid). The database itself keeps the state machine: an event
// belongs to its payable's partner, only a payable with an amount is approved, and only an
// approved one is paid, on or after the approval's (UTC) day.
#include "../storage/guards.h"
#include "schema.h"

namespace pd::schema {

namespace {

const QString kNotOwnPartner = QStringLiteral("a payout event belongs to its payable''s partner");
const QString kNothingToApprove = QStringLiteral("only a payable with an amount to pay is approved");
const QString kNotApproved = QStringLiteral("a payable is paid only once approved, on or after the approval''s day");
const QString kBadDate = QStringLiteral("a payment date is a YYYY-MM-DD date");
const QString kBrokenChain = QStringLiteral(
    "a payable carries in what its partner''s previous payable in that currency carried out, and none comes after it");

// The chain of balances: a payable's carried-in balance is what the same partner's latest
// payable in that currency before its quarter carried out (none: zero), and payables are added in
// quarter order. Both sides of the condition read only the partner's payables in that currency.
const QString kChainBroken = QStringLiteral(
    "NEW.carried_in_minor IS DISTINCT FROM coalesce((SELECT p.carried_out_minor FROM %1payables p "
    "WHERE p.partner_id = NEW.partner_id AND p.currency = NEW.currency AND p.quarter < NEW.quarter "
    "ORDER BY p.quarter DESC LIMIT 1), 0) OR EXISTS (SELECT 1 FROM %1payables p WHERE p.partner_id = NEW.partner_id "
    "AND p.currency = NEW.currency AND p.quarter > NEW.quarter)");

QStringList sqliteStateMachine()
{
    return { QStringLiteral(
        "CREATE TRIGGER IF NOT EXISTS payout_events_states BEFORE INSERT ON payout_events BEGIN "
        "SELECT RAISE(ABORT, '%1') WHERE NEW.partner_id IS NOT (SELECT partner_id FROM payables WHERE id = NEW.payable_id); "
        "SELECT RAISE(ABORT, '%2') WHERE NEW.state = 'approved' "
        "AND coalesce((SELECT amount_minor FROM payables WHERE id = NEW.payable_id), 0) <= 0; "
        "SELECT RAISE(ABORT, '%4') WHERE NEW.state = 'paid' AND date(NEW.paid_on) IS NOT NEW.paid_on; "
        "SELECT RAISE(ABORT, '%3') WHERE NEW.state = 'paid' AND NOT EXISTS (SELECT 1 FROM payout_events e "
        "WHERE e.payable_id = NEW.payable_id AND e.state = 'approved' AND substr(e.recorded_at, 1, 10) <= NEW.paid_on); "
        "END")
                 .arg(kNotOwnPartner, kNothingToApprove, kNotApproved, kBadDate),
             QStringLiteral("CREATE TRIGGER IF NOT EXISTS payables_chain BEFORE INSERT ON payables BEGIN "
                            "SELECT RAISE(ABORT, '%1') WHERE %2; END")
                 .arg(kBrokenChain, QString(kChainBroken).replace(QStringLiteral("IS DISTINCT FROM"),
                                                                   QStringLiteral("IS NOT")).arg(QString())) };
}

// format() puts the schema's name into the function, as guards.cpp does, so that nothing in it
// is looked up through the inserting user's search path.
QStringList postgresStateMachine()
{
    return {
        QStringLiteral("DO $do$ BEGIN EXECUTE format($f$"
                       "CREATE OR REPLACE FUNCTION %1$I.partnerdesk_payout_event_states() RETURNS trigger "
                       "LANGUAGE plpgsql SET search_path = %1$I, pg_temp SET datestyle = ISO AS $b$ "
                       "DECLARE payee bigint; amount bigint; bad_date boolean; "
                       "BEGIN SELECT partner_id, amount_minor INTO payee, amount FROM %1$I.payables "
                       "WHERE id = NEW.payable_id; "
                       "IF payee IS DISTINCT FROM NEW.partner_id THEN RAISE EXCEPTION '")
            + kNotOwnPartner
            + QStringLiteral("'; END IF; IF NEW.state = 'approved' AND coalesce(amount, 0) <= 0 THEN RAISE EXCEPTION '")
            + kNothingToApprove
            + QStringLiteral("'; END IF; IF NEW.state = 'paid' THEN "
                             "BEGIN bad_date := NEW.paid_on::text !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' "
                             "OR to_char(NEW.paid_on::date, 'YYYY-MM-DD') <> NEW.paid_on::text; "
                             "EXCEPTION WHEN others THEN bad_date := true; END; "
                             "IF bad_date THEN RAISE EXCEPTION '")
            + kBadDate
            + QStringLiteral("'; END IF; IF NOT EXISTS (SELECT 1 FROM %1$I.payout_events e "
                             "WHERE e.payable_id = NEW.payable_id AND e.state = 'approved' "
                             "AND left(e.recorded_at, 10) <= NEW.paid_on::text) THEN RAISE EXCEPTION '")
            + kNotApproved
            + QStringLiteral("'; END IF; END IF; RETURN NEW; END $b$ $f$, current_schema()); END $do$"),
        QStringLiteral("REVOKE EXECUTE ON FUNCTION partnerdesk_payout_event_states() FROM PUBLIC"),
        QStringLiteral("DROP TRIGGER IF EXISTS payout_events_states ON payout_events"),
        QStringLiteral("CREATE TRIGGER payout_events_states BEFORE INSERT ON payout_events FOR EACH ROW "
                       "EXECUTE FUNCTION partnerdesk_payout_event_states()"),
        QStringLiteral("DO $do$ BEGIN EXECUTE format($f$"
                       "CREATE OR REPLACE FUNCTION %1$I.partnerdesk_payable_chain() RETURNS trigger "
                       "LANGUAGE plpgsql SET search_path = %1$I, pg_temp AS $b$ BEGIN IF ")
            + QString(kChainBroken).arg(QStringLiteral("%1$I."))
            + QStringLiteral(" THEN RAISE EXCEPTION '") + kBrokenChain
            + QStringLiteral("'; END IF; RETURN NEW; END $b$ $f$, current_schema()); END $do$"),
        QStringLiteral("REVOKE EXECUTE ON FUNCTION partnerdesk_payable_chain() FROM PUBLIC"),
        QStringLiteral("DROP TRIGGER IF EXISTS payables_chain ON payables"),
        QStringLiteral("CREATE TRIGGER payables_chain BEFORE INSERT ON payables FOR EACH ROW "
                       "EXECUTE FUNCTION partnerdesk_payable_chain()"),
    };
}

} // namespace

QStringList payoutSchema(const sql::Dialect &dialect)
{
    const QString kId = dialect.idColumn();
    const QString kMoney = dialect.bigint();
    QStringList out {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS payables (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id), "
            "quarter TEXT NOT NULL REFERENCES quarter_closes(quarter), currency TEXT NOT NULL, "
            "rewards_minor %2 NOT NULL, rebate_minor %2 NOT NULL, spif_minor %2 NOT NULL, adjustments_minor %2 NOT NULL, "
            "carried_in_minor %2 NOT NULL CHECK (carried_in_minor <= 0), "
            "amount_minor %2 NOT NULL CHECK (amount_minor >= 0), "
            "carried_out_minor %2 NOT NULL CHECK (carried_out_minor <= 0), "
            "created_at TEXT NOT NULL, created_by TEXT NOT NULL, UNIQUE (partner_id, quarter, currency), "
            "CHECK (amount_minor = 0 OR carried_out_minor = 0), "
            "CHECK (amount_minor + carried_out_minor = rewards_minor + rebate_minor + spif_minor + adjustments_minor "
            "+ carried_in_minor))")
            .arg(kId, kMoney),
        QStringLiteral("CREATE INDEX IF NOT EXISTS payables_partner ON payables(partner_id, currency, quarter)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS payout_events (id %1, payable_id INTEGER NOT NULL REFERENCES payables(id), "
            "partner_id INTEGER NOT NULL REFERENCES partners(id), state TEXT NOT NULL CHECK (state IN ('approved', 'paid')), "
            "recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, paid_on TEXT, payment_reference TEXT NOT NULL DEFAULT '', "
            "UNIQUE (payable_id, state), "
            "CHECK (state = 'approved' OR (paid_on IS NOT NULL AND payment_reference <> '')), "
            "CHECK (state = 'paid' OR (paid_on IS NULL AND payment_reference = '')), "
            "CHECK (length(payment_reference) <= 100), CHECK (recorded_by <> ''))")
            .arg(dialect.increasingIdColumn()),
    };
    for (const char *table : { "payables", "payout_events" }) {
        const QString t = QString::fromLatin1(table);
        out << dialect.changeTracking(t) << dialect.changeTrackingWithTime(t) << appendOnlyGuards(dialect, t);
    }
    out << (dialect.isSQLite() ? sqliteStateMachine() : postgresStateMachine());
    return out;
}

QStringList payoutEventChecksPostgres()
{
    return postgresStateMachine();
}

} // namespace pd::schema
