#include "salestream.h"

#include "sql.h"
#include "sqlitedirect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <array>

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

Result<void> runDirect(const Database &db, const SaleStream::RowFn &row)
{
    auto st = sql::DirectStatement::prepare(db, SaleStream::query());
    if (!st)
        return std::unexpected(st.error());
    sql::DirectStatement &q = **st;
    while (q.next()) {
        const SaleStreamRow r { q.text(SoldOn), q.text(Partner), q.text(Customer), q.text(ProductLine),
            q.int64(UnitPrice), q.text(Currency), q.int64(Quantity), q.int64(Renewal) != 0, q.text(Reference),
            q.text(Returns) };
        if (!row(r))
            return {};
    }
    return q.finished();
}

Result<void> runPortable(const Database &db, const SaleStream::RowFn &row)
{
    sql::Statement st(db, SaleStream::query());
    if (auto r = st.run({}); !r)
        return r;
    QSqlQuery &q = st.query();
    constexpr std::array kTexts { SoldOn, Partner, Customer, ProductLine, Currency, Reference, Returns };
    std::array<QByteArray, kTexts.size()> text; // the row's texts in UTF-8, alive during the call
    while (q.next()) {
        for (std::size_t i = 0; i < kTexts.size(); ++i)
            text[i] = q.value(kTexts[i]).toString().toUtf8(); // NULL is the empty text
        const SaleStreamRow r { text[0], text[1], text[2], text[3], q.value(UnitPrice).toLongLong(), text[4],
            q.value(Quantity).toLongLong(), q.value(Renewal).toBool(), text[5], text[6] };
        if (!row(r))
            return {};
    }
    if (q.lastError().isValid())
        return fail(Error::Code::Storage, q.lastError().text());
    return {};
}

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
    return sql::DirectStatement::available(db) ? runDirect(db, row) : runPortable(db, row);
}

} // namespace pd
