#include "salestream.h"

#include "cursor.h"
#include "sql.h"

namespace pd
{

namespace
{

enum Column {
    SoldOn,
    Partner,
    Customer,
    ProductLine,
    UnitPrice,
    Currency,
    Quantity,
    Renewal,
    Reference,
    Returns
};

} // namespace

QString SaleStream::query()
{
    return QStringLiteral(
        "SELECT s.sold_on, p.code, c.code, s.product_line, s.unit_price_minor, s.currency, "
        "s.quantity, s.renewal, s.reference, r.reference FROM sales s "
        "JOIN partners p ON p.id = s.partner_id LEFT JOIN customers c ON c.id = s.customer_id "
        "LEFT JOIN sales r ON r.id = s.returns_id AND r.partner_id = s.partner_id "
        "AND r.voided_at IS NULL WHERE s.voided_at IS NULL ORDER BY s.partner_id, s.sold_on, s.id");
}

Result<qint64> SaleStream::liveCount(const Database &db)
{
    const auto total = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sales WHERE voided_at IS NULL"));
    if (!total)
        return std::unexpected(total.error());
    return total->toLongLong();
}

Result<void> SaleStream::run(const Database &db, const RowFn &row)
{
    auto rows = sql::Cursor::open(db, query(), {});
    if (!rows)
        return std::unexpected(rows.error());
    const sql::Cursor &q = **rows;
    while ((*rows)->next()) {
        // NULL reads as the empty text (a line without a customer, a sale that returns nothing).
        const SaleStreamRow r { q.text(SoldOn), q.text(Partner), q.text(Customer), q.text(ProductLine),
            q.int64(UnitPrice), q.text(Currency), q.int64(Quantity), q.int64(Renewal) != 0, q.text(Reference),
            q.text(Returns) };
        if (!row(r))
            return {};
    }
    return (*rows)->finished();
}

} // namespace pd
