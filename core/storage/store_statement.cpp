// The lines that the returns on a statement or review return (issue 15): live lines come from
// Store::sales.
#include "rows.h"
#include "sql.h"
#include "store.h"

namespace pd {

using sql::selectAll;

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
            rows::saleSelect()
                + QStringLiteral("WHERE id IN (%1) OR (returns_id IN (%1) AND voided_at IS NULL) ORDER BY sold_on, id")
                      .arg(marks),
            values + values, rows::saleFrom);
        if (!rows)
            return std::unexpected(rows.error());
        out += *rows;
    }
    return out;
}

} // namespace pd
