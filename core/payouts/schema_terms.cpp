// Schema version 8, terms: SPIF campaigns (definitions kept as JSON, like programs), partners'
// negotiated rate overrides (append-only) and each partner's account owner.
#include "../storage/guards.h"
#include "schema.h"

namespace pd::schema {

QStringList termsSchema(const sql::Dialect &dialect)
{
    const QString kId = dialect.idColumn();
    const QString kMoney = dialect.bigint();
    QStringList out {
        QStringLiteral("CREATE TABLE IF NOT EXISTS spif_campaigns (id %1, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                       "definition TEXT NOT NULL, updated_at TEXT NOT NULL)")
            .arg(kId),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS rate_overrides (id %1, partner_id INTEGER NOT NULL REFERENCES partners(id), "
            "product_line TEXT NOT NULL, effective_on TEXT NOT NULL, "
            "kind TEXT NOT NULL CHECK (kind IN ('rate', 'fixed', 'program')), rate_bp INTEGER, fixed_minor %2, "
            "currency TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL CHECK (reason <> ''), "
            "recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, "
            "CHECK ((kind = 'rate' AND rate_bp BETWEEN 0 AND 10000 AND fixed_minor IS NULL) "
            "OR (kind = 'fixed' AND fixed_minor >= 0 AND currency <> '' AND rate_bp IS NULL) "
            "OR (kind = 'program' AND rate_bp IS NULL AND fixed_minor IS NULL)))")
            .arg(kId, kMoney),
        QStringLiteral("CREATE INDEX IF NOT EXISTS rate_overrides_partner ON rate_overrides(partner_id, product_line, "
                       "effective_on)"),
        QStringLiteral("ALTER TABLE partners ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
    };
    out << dialect.changeTracking(QStringLiteral("rate_overrides"))
        << dialect.changeTrackingWithTime(QStringLiteral("rate_overrides"))
        << appendOnlyGuards(dialect, QStringLiteral("rate_overrides"));
    return out;
}

const QStringList &version8AppendOnly()
{
    static const QStringList tables { QStringLiteral("quarter_closes"), QStringLiteral("closed_statements"),
        QStringLiteral("closed_lines"), QStringLiteral("payables"), QStringLiteral("payout_events"),
        QStringLiteral("rate_overrides") };
    return tables;
}

} // namespace pd::schema
