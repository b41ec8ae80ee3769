#include "migrations.h"

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

} // namespace

QStringList stepStatements(int version, const sql::Dialect &dialect)
{
    switch (version) {
    case 1:
        return version1(dialect);
    case 2:
        return version2(dialect);
    }
    return {};
}

} // namespace pd::schema
