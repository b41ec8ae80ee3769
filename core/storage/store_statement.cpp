// The sale lines statements and reviews read: live lines with their references and the lines
// they return (issue 15). The history readers (Store::sales) are separate.
#include "sql.h"
#include "store.h"

#include <QTimeZone>

namespace pd {

using sql::dateOf;
using sql::dateValue;
using sql::selectAll;

namespace {

const QString kSaleColumns = QStringLiteral(
    "SELECT id, partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, quantity, renewal, "
    "reference, returns_id, voided_at FROM sales ");

Sale saleFrom(const QSqlQuery &q)
{
    Sale s;
    s.id = q.value(0).toLongLong();
    s.partnerId = q.value(1).toLongLong();
    s.customerId = q.value(2).toLongLong();
    s.soldOn = dateOf(q.value(3));
    s.productLine = q.value(4).toString();
    s.unitPrice = Money { q.value(5).toLongLong(), q.value(6).toString() };
    s.quantity = q.value(7).toInt();
    s.renewal = q.value(8).toBool();
    s.reference = q.value(9).toString();
    s.returnsId = q.value(10).toLongLong();
    if (!q.value(11).isNull()) {
        // Only whether the line is voided matters here; a time in another form still voids it.
        const QDateTime at = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        s.voided.at = at.isValid() ? at : QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
    }
    return s;
}

} // namespace

Result<QList<Sale>> Store::liveSales(qint64 partnerId, const QDate &from, const QDate &to) const
{
    return selectAll<Sale>(m_db,
        kSaleColumns
            + QStringLiteral("WHERE partner_id = ? AND sold_on >= ? AND sold_on <= ? AND voided_at IS NULL "
                             "ORDER BY sold_on, id"),
        { partnerId, dateValue(from), dateValue(to) }, saleFrom);
}

Result<QList<Sale>> Store::returnedSales(const QList<qint64> &ids) const
{
    // In slices, so that no statement binds more values than a backend takes.
    constexpr qsizetype kSlice = 500;
    QList<Sale> out;
    for (qsizetype first = 0; first < ids.size(); first += kSlice) {
        const QList<qint64> slice = ids.mid(first, kSlice);
        QVariantList values;
        for (const qint64 id : slice)
            values << id;
        const QString marks = QStringList(slice.size(), QStringLiteral("?")).join(u',');
        const auto rows = selectAll<Sale>(m_db,
            kSaleColumns
                + QStringLiteral("WHERE id IN (%1) OR (returns_id IN (%1) AND voided_at IS NULL) ORDER BY sold_on, id")
                      .arg(marks),
            values + values, saleFrom);
        if (!rows)
            return std::unexpected(rows.error());
        out += *rows;
    }
    return out;
}

} // namespace pd
