// Schema version 8, payouts: one payable per partner, currency and closed quarter, and the
// state changes of each (approved, paid). The payouts branch adds the engine's state checks.
#include "../storage/guards.h"
#include "schema.h"

namespace pd::schema {

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
            "CHECK (state = 'approved' OR (paid_on IS NOT NULL AND payment_reference <> '')))")
            .arg(dialect.increasingIdColumn()),
    };
    for (const char *table : { "payables", "payout_events" }) {
        const QString t = QString::fromLatin1(table);
        out << dialect.changeTracking(t) << dialect.changeTrackingWithTime(t) << appendOnlyGuards(dialect, t);
    }
    return out;
}

} // namespace pd::schema
