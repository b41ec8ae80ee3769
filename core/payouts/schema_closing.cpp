// Schema version 8, closed quarters: which quarters are closed, every partner's frozen statement
// of each, and which reward each sale line was given by which closed statement (the basis of
// the adjustments of late changes).
#include "../storage/guards.h"
#include "schema.h"

namespace pd::schema {

QStringList closingSchema(const sql::Dialect &dialect)
{
    const QString kId = dialect.idColumn();
    const QString kMoney = dialect.bigint();
    QStringList out {
        QStringLiteral("CREATE TABLE IF NOT EXISTS quarter_closes (id %1, quarter TEXT NOT NULL UNIQUE, "
                       "closed_at TEXT NOT NULL, closed_by TEXT NOT NULL, last_sale_id %2 NOT NULL DEFAULT 0)")
            .arg(kId, kMoney),
        // document: the statement as frozen (JSON), read back unchanged for ever.
        QStringLiteral("CREATE TABLE IF NOT EXISTS closed_statements (id %1, partner_id INTEGER NOT NULL "
                       "REFERENCES partners(id), quarter TEXT NOT NULL REFERENCES quarter_closes(quarter), "
                       "document TEXT NOT NULL, UNIQUE (partner_id, quarter))")
            .arg(kId),
        // One row per line a closed statement gave a reward to (kind 'line': the quarter's own
        // lines; 'late': a late line booked as an adjustment) or took one back from ('void').
        // quarter: the closed statement holding the row; sale_quarter: the quarter of the line's date.
        QStringLiteral("CREATE TABLE IF NOT EXISTS closed_lines (id %1, partner_id INTEGER NOT NULL "
                       "REFERENCES partners(id), quarter TEXT NOT NULL, sale_id INTEGER NOT NULL REFERENCES sales(id), "
                       "sale_quarter TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('line', 'late', 'void')), "
                       "currency TEXT NOT NULL, reward_minor %2 NOT NULL, rebate_minor %2 NOT NULL DEFAULT 0, "
                       "spif_minor %2 NOT NULL DEFAULT 0)")
            .arg(kId, kMoney),
        QStringLiteral("CREATE INDEX IF NOT EXISTS closed_lines_partner ON closed_lines(partner_id, sale_id)"),
    };
    for (const char *table : { "closed_statements", "closed_lines" }) {
        const QString t = QString::fromLatin1(table);
        out << dialect.changeTracking(t) << dialect.changeTrackingWithTime(t);
    }
    for (const char *table : { "quarter_closes", "closed_statements", "closed_lines" })
        out << appendOnlyGuards(dialect, QString::fromLatin1(table));
    return out;
}

} // namespace pd::schema
