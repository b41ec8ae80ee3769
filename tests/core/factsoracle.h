#pragma once
// The test oracle for FactsQuery: the aggregate SQL queries (one GROUP BY per fact and window) that
// gathered evaluation facts before the single-scan reader (issue 17). Tests compare the reader's
// facts with these on the demo and on generated data. Never used by the product.

#include "facts.h"
#include "storage/sql.h"

namespace pd::oracle {

namespace detail {


struct Query {
    QString sql;
    QVariantList params;
};

inline QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Sales of a window and of the window before it, split by the `cur` flag. Voided lines count
// nowhere. A return counts on its own date: its negative amount makes the sums net. The count
// (SalesAggregate::lines) is sale lines less the returns that leave nothing of their original (the return that takes
// the original's net quantity to zero), so a renewal returned in full is no longer a renewal deal
// while a partial return is only money; the subquery runs for return lines only.
inline Query salesQuery(const sql::Dialect &dialect, const QDate &asOf, int months, const QString &partnerFilter)
{
    const QDate mid = asOf.addMonths(-months);
    const QDate start = mid.addMonths(-months);
    // The original's quantity plus its live returns up to and including this one.
    const QString netAfter = QStringLiteral(
        "((SELECT o.quantity FROM sales o WHERE o.id = s.returns_id) + (SELECT sum(r.quantity) FROM sales r "
        "WHERE r.returns_id = s.returns_id AND r.voided_at IS NULL AND (r.sold_on < s.sold_on "
        "OR (r.sold_on = s.sold_on AND r.id <= s.id))))");
    // `cur` is 0/1 on SQLite and a boolean on PostgreSQL; both read as bool.
    return { QStringLiteral("SELECT partner_id, currency, product_line, renewal, sold_on > ? AS cur, %2, "
                            "sum(CASE WHEN returns_id IS NULL THEN 1 WHEN %3 <= 0 AND %3 - s.quantity > 0 THEN -1 "
                            "ELSE 0 END) FROM sales s WHERE sold_on > ? AND sold_on <= ? AND voided_at IS NULL%1 "
                            "GROUP BY partner_id, currency, product_line, renewal, cur")
                 .arg(partnerFilter, dialect.sumBigint(QStringLiteral("amount_minor")), netAfter),
             { iso(mid), iso(start), iso(asOf) } };
}

// Active customers of the window, of the window before, and of both. A customer is active in a
// window when its net amount there (sales less returns, by their own dates) is above zero, or is
// zero with a net quantity above zero (free lines): a purchase returned in full within the
// window makes no active customer, and a return of an earlier purchase counts against the window
// it falls in. Voided lines count nowhere.
inline Query customersQuery(const QDate &asOf, int months, const QString &partnerFilter)
{
    const QDate mid = asOf.addMonths(-months);
    const QDate start = mid.addMonths(-months);
    return { QStringLiteral("SELECT partner_id, sum(cur), sum(prev), sum(cur * prev) FROM ("
                            "SELECT partner_id, CASE WHEN cur_amount > 0 OR (cur_amount = 0 AND cur_quantity > 0) "
                            "THEN 1 ELSE 0 END AS cur, CASE WHEN prev_amount > 0 OR (prev_amount = 0 AND "
                            "prev_quantity > 0) THEN 1 ELSE 0 END AS prev FROM ("
                            "SELECT partner_id, customer_id, "
                            "sum(CASE WHEN sold_on > ? THEN amount_minor ELSE 0 END) AS cur_amount, "
                            "sum(CASE WHEN sold_on > ? THEN quantity ELSE 0 END) AS cur_quantity, "
                            "sum(CASE WHEN sold_on <= ? THEN amount_minor ELSE 0 END) AS prev_amount, "
                            "sum(CASE WHEN sold_on <= ? THEN quantity ELSE 0 END) AS prev_quantity FROM sales "
                            "WHERE sold_on > ? AND sold_on <= ? AND voided_at IS NULL%1 "
                            "GROUP BY partner_id, customer_id) AS n) AS c GROUP BY partner_id")
                 .arg(partnerFilter),
             { iso(mid), iso(mid), iso(mid), iso(mid), iso(start), iso(asOf) } };
}

inline Query certifiedQuery(const QDate &asOf, const QString &partnerFilter)
{
    return { QStringLiteral("SELECT s.partner_id, s.role, count(DISTINCT s.id) FROM staff s "
                            "JOIN certifications c ON c.staff_id = s.id WHERE c.passed_on <= ? "
                            "AND (c.expires_on IS NULL OR c.expires_on > ?) AND c.voided_at IS NULL%1 GROUP BY s.partner_id, s.role")
                 .arg(QString(partnerFilter).replace(QLatin1StringView("partner_id"), QLatin1StringView("s.partner_id"))),
             { iso(asOf), iso(asOf) } };
}

inline Query eventMonthsQuery(const QDate &asOf, int months, const QString &partnerFilter)
{
    return { QStringLiteral("SELECT partner_id, kind, substr(occurred_on, 1, 7) AS month FROM compliance_events "
                            "WHERE occurred_on > ? AND occurred_on <= ? AND voided_at IS NULL%1 GROUP BY partner_id, kind, month")
                 .arg(partnerFilter),
             { iso(asOf.addMonths(-months)), iso(asOf) } };
}

inline Query firstEventQuery(const QDate &asOf, const QString &partnerFilter)
{
    return { QStringLiteral("SELECT partner_id, kind, min(occurred_on), max(occurred_on) FROM compliance_events WHERE occurred_on <= ? "
                            "AND voided_at IS NULL%1 "
                            "GROUP BY partner_id, kind")
                 .arg(partnerFilter),
             { iso(asOf) } };
}

inline Query salesMonthsQuery(const QDate &asOf, int months, const QString &partnerFilter)
{
    return { QStringLiteral("SELECT partner_id, substr(sold_on, 1, 7) AS month FROM sales WHERE sold_on > ? "
                            "AND sold_on <= ? AND voided_at IS NULL%1 GROUP BY partner_id, month")
                 .arg(partnerFilter),
             { iso(asOf.addMonths(-months)), iso(asOf) } };
}

inline Query scoresQuery(const QDate &asOf, const QString &partnerFilter)
{
    return { QStringLiteral("SELECT partner_id, metric, measured_on, value_bp FROM scores WHERE measured_on <= ? "
                            "AND voided_at IS NULL%1 "
                            "ORDER BY partner_id, metric, measured_on, id")
                 .arg(partnerFilter),
             { iso(asOf) } };
}

inline int monthOf(const QString &yyyyMm)
{
    return yyyyMm.left(4).toInt() * 12 + yyyyMm.mid(5, 2).toInt() - 1;
}

inline QList<int> sortedWindows(const FactsRequest &request)
{
    QSet<int> windows = request.windowMonths;
    windows.insert(12);
    QList<int> out(windows.begin(), windows.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace detail

using namespace detail;

inline Result<QHash<qint64, PartnerFacts>> oracleFacts(Database &m_db, const FactsRequest &request, const QString &filter, const QVariantList &filterValues)
{
    QHash<qint64, PartnerFacts> facts;
    auto runQuery = [&](const Query &q, const auto &onRow) -> Result<void> {
        sql::Statement st(m_db, q.sql);
        const QVariantList params = q.params + filterValues;
        if (auto r = st.run(params); !r)
            return r;
        QSqlQuery &rows = st.query();
        while (rows.next())
            onRow(rows, facts[rows.value(0).toLongLong()]);
        return {};
    };

    // Currencies and product lines are a handful of values repeated in every partner's
    // aggregates: share one copy of each instead of one allocation per row.
    QSet<QString> strings;
    auto intern = [&strings](const QString &s) {
        const auto it = strings.constFind(s);
        return it != strings.cend() ? *it : *strings.insert(s);
    };
    for (const int months : sortedWindows(request)) {
        auto r = runQuery(salesQuery(sql::dialect(m_db), request.asOf, months, filter), [months, &intern](QSqlQuery &q, PartnerFacts &f) {
            WindowFacts &w = f.windows[months];
            SalesAggregate a { intern(q.value(1).toString()), intern(q.value(2).toString()), q.value(3).toBool(),
                               q.value(5).toLongLong(), q.value(6).toLongLong() };
            (q.value(4).toBool() ? w.sales : w.previousSales) << a;
        });
        if (!r)
            return std::unexpected(r.error());
        r = runQuery(customersQuery(request.asOf, months, filter), [months](QSqlQuery &q, PartnerFacts &f) {
            WindowFacts &w = f.windows[months];
            w.activeCustomers = q.value(1).toLongLong();
            w.previousCustomers = q.value(2).toLongLong();
            w.retainedCustomers = q.value(3).toLongLong();
        });
        if (!r)
            return std::unexpected(r.error());
    }
    auto r = runQuery(certifiedQuery(request.asOf, filter), [](QSqlQuery &q, PartnerFacts &f) {
        (q.value(1).toString() == QLatin1StringView("sales") ? f.certifiedSales : f.certifiedTechnical) = q.value(2).toInt();
    });
    if (r)
        r = runQuery(eventMonthsQuery(request.asOf, request.recentMonths, filter), [](QSqlQuery &q, PartnerFacts &f) {
            if (const auto kind = eventFromKey(q.value(1).toString()))
                f.eventMonths[*kind].insert(monthOf(q.value(2).toString()));
        });
    if (r)
        r = runQuery(firstEventQuery(request.asOf, filter), [](QSqlQuery &q, PartnerFacts &f) {
            if (const auto kind = eventFromKey(q.value(1).toString())) {
                f.firstEvent.insert(*kind, QDate::fromString(q.value(2).toString(), Qt::ISODate));
                f.lastEvent.insert(*kind, QDate::fromString(q.value(3).toString(), Qt::ISODate));
            }
        });
    if (r && request.needSalesMonths)
        r = runQuery(salesMonthsQuery(request.asOf, request.recentMonths, filter), [](QSqlQuery &q, PartnerFacts &f) {
            f.salesMonths.insert(monthOf(q.value(1).toString()));
        });
    if (r)
        r = runQuery(scoresQuery(request.asOf, filter), [](QSqlQuery &q, PartnerFacts &f) {
            if (const auto metric = metricFromKey(q.value(1).toString()))
                f.latestScores.insert(*metric, { QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                                 Rate { q.value(3).toInt() } });
        });
    if (!r)
        return std::unexpected(r.error());
    return facts;
}


} // namespace pd::oracle
