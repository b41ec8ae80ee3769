#include "salelookup.h"

#include "../io/salereference.h"
#include "sql.h"

namespace pd
{

namespace
{

// A line and the reference of the line it returns (a join on the primary key).
const QString kSelect = QStringLiteral(
    "SELECT s.id, s.partner_id, s.customer_id, s.sold_on, s.product_line, s.unit_price_minor, s.currency, "
    "s.quantity, s.renewal, s.returns_id, s.voided_at IS NOT NULL, s.reference, o.reference FROM sales s "
    "LEFT JOIN sales o ON o.id = s.returns_id");

StoredSaleLine lineOf(const QSqlQuery &q)
{
    return StoredSaleLine { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
        sql::dateOf(q.value(3)), q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(),
        q.value(7).toInt(), q.value(8).toInt() != 0, q.value(9).toLongLong(), q.value(12).toString(),
        q.value(10).toInt() != 0 };
}

} // namespace

struct SaleLookup::Impl {
    explicit Impl(Database &database)
        : db(database)
        // The condition on voided_at lets both SQLite and PostgreSQL use the partial unique index.
        , live(database,
              kSelect + QStringLiteral(" WHERE s.reference = ? AND s.voided_at IS NULL"))
        , returned(database,
              QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM sales WHERE returns_id = ? "
                             "AND voided_at IS NULL"))
    {
    }

    Database &db;
    sql::Statement live;
    sql::Statement returned;
    QHash<QString, QList<StoredSaleLine>> voided;
};

SaleLookup::SaleLookup(Database &db)
    : d(std::make_unique<Impl>(db))
{
}

SaleLookup::~SaleLookup() = default;

Result<void> SaleLookup::load()
{
    sql::Statement st(
        d->db, kSelect + QStringLiteral(" WHERE s.voided_at IS NOT NULL ORDER BY s.id"));
    if (auto r = st.run({}); !r)
        return r;
    while (st.query().next())
        d->voided[st.query().value(11).toString()] << lineOf(st.query());
    return {};
}

Result<std::optional<StoredSaleLine>> SaleLookup::live(const QString &reference)
{
    if (auto r = d->live.run({ reference }); !r)
        return std::unexpected(r.error());
    std::optional<StoredSaleLine> out;
    if (d->live.query().next())
        out = lineOf(d->live.query());
    d->live.query().finish();
    return out;
}

QList<StoredSaleLine> SaleLookup::voided(const QString &reference) const
{
    return d->voided.value(reference);
}

Result<qint64> SaleLookup::returned(qint64 lineId)
{
    if (auto r = d->returned.run({ lineId }); !r)
        return std::unexpected(r.error());
    const qint64 sum = d->returned.query().next() ? d->returned.query().value(0).toLongLong() : 0;
    d->returned.query().finish();
    return -sum;
}

namespace schema
{

Result<void> addSaleReferences(Database &db)
{
    // In slices by id, so that a million lines never sit in memory at once; the deriver keeps
    // counting identical lines across slices.
    constexpr int kSlice = 10000;
    sql::Statement read(db,
        QStringLiteral("SELECT s.id, s.sold_on, p.code, c.code, s.product_line, s.unit_price_minor, "
                       "s.currency, s.quantity, s.renewal FROM sales s "
                       "JOIN partners p ON p.id = s.partner_id "
                       "JOIN customers c ON c.id = s.customer_id WHERE s.id > ? ORDER BY s.id LIMIT %1")
            .arg(kSlice));
    sql::Statement write(db, QStringLiteral("UPDATE sales SET reference = ? WHERE id = ?"));
    SaleReferenceDeriver deriver;
    qint64 after = 0;
    for (;;) {
        if (auto r = read.run({ after }); !r)
            return r;
        QList<std::pair<qint64, QString>> slice;
        while (read.query().next()) {
            const QSqlQuery &q = read.query();
            SaleLineFields line { sql::dateOf(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toInt(),
                q.value(8).toInt() != 0, {} };
            slice.append({ q.value(0).toLongLong(), deriver.next(line) });
        }
        read.query().finish();
        if (slice.isEmpty())
            break;
        for (const auto &[id, reference] : std::as_const(slice)) {
            if (auto r = write.run({ reference, id }); !r)
                return r;
        }
        after = slice.last().first;
    }
    return sql::exec(db,
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS sales_reference ON sales(reference) "
                       "WHERE voided_at IS NULL"));
}

} // namespace schema

} // namespace pd
