#include "factsquery.h"

#include "cursor.h"
#include "sql.h"

#include <vector>

namespace pd {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A handful of distinct texts (currencies, product lines, kinds, metrics) seen in millions of
// rows: each is compared as bytes and turned into a QString once.
class Interned {
public:
    explicit Interned(QStringList &strings)
        : m_strings(strings)
    {
    }
    int index(QByteArrayView bytes)
    {
        for (int i = 0; i < int(m_bytes.size()); ++i) {
            if (m_bytes[std::size_t(i)] == bytes)
                return m_first + i;
        }
        m_bytes.push_back(bytes.toByteArray());
        m_strings << QString::fromUtf8(bytes);
        return m_first + int(m_bytes.size()) - 1;
    }

private:
    QStringList &m_strings;
    const int m_first = int(m_strings.size());
    std::vector<QByteArray> m_bytes;
};

// The sales rows of the longest span any window needs, one partner after another, each live
// line with whether it counts as a deal. A return takes a deal away (-1) only when it leaves
// nothing of its original, i.e. when it takes the original's net quantity (the original plus its
// live returns up to and including this one) to zero or below; the subquery runs for returns only.
QString salesScan(const QString &partnerFilter)
{
    const QString netAfter = QStringLiteral(
        "((SELECT o.quantity FROM sales o WHERE o.id = s.returns_id) + (SELECT sum(r.quantity) FROM sales r "
        "WHERE r.returns_id = s.returns_id AND r.voided_at IS NULL AND (r.sold_on < s.sold_on "
        "OR (r.sold_on = s.sold_on AND r.id <= s.id))))");
    return QStringLiteral("SELECT partner_id, customer_id, sold_on, currency, product_line, renewal, amount_minor, "
                          "quantity, CASE WHEN returns_id IS NULL THEN 1 WHEN %2 <= 0 AND %2 - s.quantity > 0 "
                          "THEN -1 ELSE 0 END FROM sales s WHERE sold_on > ? AND sold_on <= ? AND voided_at IS NULL%1 "
                          "ORDER BY partner_id")
        .arg(partnerFilter, netAfter);
}

// Every partner's facts of the rows, by partner.
QHash<qint64, PartnerFacts> fold(const FactsRows &rows)
{
    QHash<qint64, PartnerFacts> out;
    FactsFolder folder(rows);
    for (const qint64 id : rows.partners())
        out.insert(id, folder.facts(id));
    return out;
}

} // namespace

FactsQuery::FactsQuery(Database &db)
    : m_db(db)
{
}

Result<QHash<qint64, PartnerFacts>> FactsQuery::run(const FactsRequest &request, std::optional<qint64> partnerId)
{
    const auto rows = partnerId ? read(request, QStringLiteral(" AND partner_id = ?"), { *partnerId })
                                : read(request, {}, {});
    if (!rows)
        return std::unexpected(rows.error());
    return fold(*rows);
}

Result<QHash<qint64, PartnerFacts>> FactsQuery::runRange(const FactsRequest &request, qint64 firstId, qint64 lastId)
{
    const auto rows = readRange(request, firstId, lastId);
    if (!rows)
        return std::unexpected(rows.error());
    return fold(*rows);
}

Result<FactsRows> FactsQuery::readRange(const FactsRequest &request, qint64 firstId, qint64 lastId)
{
    return read(request, QStringLiteral(" AND partner_id >= ? AND partner_id <= ?"), { firstId, lastId });
}

Result<FactsRows> FactsQuery::read(const FactsRequest &request, const QString &filter, const QVariantList &filterValues)
{
    FactsRows rows;
    rows.request = request;
    // Runs a query, handing each row to `add`.
    auto scan = [&](const QString &sql, const QVariantList &params, auto add) -> Result<void> {
        auto cursor = sql::Cursor::open(m_db, sql, params + filterValues);
        if (!cursor)
            return std::unexpected(cursor.error());
        while ((*cursor)->next())
            add(**cursor);
        return (*cursor)->finished();
    };

    Interned texts(rows.texts);
    auto r = scan(salesScan(filter), { iso(earliestSale(request)), iso(request.asOf) }, [&](const sql::Cursor &row) {
        rows.sales.push_back(FactsRows::Sale { row.int64(0), row.int64(1), row.int64(6), row.int64(7),
                                               dateNumber(row.text(2)), qint16(texts.index(row.text(3))),
                                               qint16(texts.index(row.text(4))), qint8(row.int64(8)),
                                               row.int64(5) != 0 });
    });
    if (r) {
        QStringList kindKeys;
        Interned kinds(kindKeys);
        std::vector<std::optional<EventKind>> kindOf;
        r = scan(QStringLiteral("SELECT partner_id, kind, occurred_on FROM compliance_events WHERE occurred_on <= ? "
                                "AND voided_at IS NULL%1 ORDER BY partner_id")
                     .arg(filter),
                 { iso(request.asOf) }, [&](const sql::Cursor &row) {
                     const int k = kinds.index(row.text(1));
                     if (k >= int(kindOf.size()))
                         kindOf.push_back(eventFromKey(kindKeys.at(k)));
                     if (const std::optional<EventKind> kind = kindOf[std::size_t(k)])
                         rows.events.push_back(FactsRows::Event { row.int64(0), *kind, dateNumber(row.text(2)) });
                 });
    }
    if (r) {
        // Staff holding a valid certificate on the as-of date, by role.
        r = scan(QStringLiteral("SELECT s.partner_id, s.role, count(DISTINCT s.id) FROM staff s "
                                "JOIN certifications c ON c.staff_id = s.id WHERE c.passed_on <= ? "
                                "AND (c.expires_on IS NULL OR c.expires_on > ?) AND c.voided_at IS NULL%1 "
                                "GROUP BY s.partner_id, s.role ORDER BY s.partner_id")
                     .arg(QString(filter).replace(QLatin1StringView("partner_id"), QLatin1StringView("s.partner_id"))),
                 { iso(request.asOf), iso(request.asOf) }, [&](const sql::Cursor &row) {
                     const qint64 partner = row.int64(0);
                     if (rows.certified.empty() || rows.certified.back().partner != partner)
                         rows.certified.push_back(FactsRows::Certified { partner });
                     (row.text(1) == QByteArrayView("sales") ? rows.certified.back().sales
                                                             : rows.certified.back().technical) = int(row.int64(2));
                 });
    }
    if (r) {
        // Scores on or before the as-of date in order: a metric's last one is its latest.
        QStringList metricKeys;
        Interned metrics(metricKeys);
        std::vector<std::optional<Metric>> metricOf;
        r = scan(QStringLiteral("SELECT partner_id, metric, measured_on, value_bp FROM scores WHERE measured_on <= ? "
                                "AND voided_at IS NULL%1 ORDER BY partner_id, metric, measured_on, id")
                     .arg(filter),
                 { iso(request.asOf) }, [&](const sql::Cursor &row) {
                     const int m = metrics.index(row.text(1));
                     if (m >= int(metricOf.size()))
                         metricOf.push_back(metricFromKey(metricKeys.at(m)));
                     if (const std::optional<Metric> metric = metricOf[std::size_t(m)])
                         rows.scores.push_back(FactsRows::Score { row.int64(0), *metric, dateNumber(row.text(2)),
                                                                  int(row.int64(3)) });
                 });
    }
    if (!r)
        return std::unexpected(r.error());
    return rows;
}

} // namespace pd
