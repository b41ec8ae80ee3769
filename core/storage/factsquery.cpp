#include "factsquery.h"

#include "sql.h"

namespace pd {

namespace {

struct Query {
    QString sql;
    QVariantList params;
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Sales of a window and of the window before it, split by the `cur` flag.
Query salesQuery(const sql::Dialect &dialect, const QDate &asOf, int months, const QString &partnerFilter)
{
    const QDate mid = asOf.addMonths(-months);
    const QDate start = mid.addMonths(-months);
    // `cur` is 0/1 on SQLite and a boolean on PostgreSQL; both read as bool.
    return { QStringLiteral("SELECT partner_id, currency, product_line, renewal, sold_on > ? AS cur, "
                            "%2, count(*) FROM sales WHERE sold_on > ? AND sold_on <= ?%1 "
                            "GROUP BY partner_id, currency, product_line, renewal, cur")
                 .arg(partnerFilter, dialect.sumBigint(QStringLiteral("amount_minor"))),
             { iso(mid), iso(start), iso(asOf) } };
}

// Distinct customers of the window, of the window before, and of both.
Query customersQuery(const QDate &asOf, int months, const QString &partnerFilter)
{
    const QDate mid = asOf.addMonths(-months);
    const QDate start = mid.addMonths(-months);
    return { QStringLiteral("SELECT partner_id, sum(cur), sum(prev), sum(cur * prev) FROM ("
                            "SELECT partner_id, customer_id, max(CASE WHEN sold_on > ? THEN 1 ELSE 0 END) AS cur, "
                            "max(CASE WHEN sold_on <= ? THEN 1 ELSE 0 END) AS prev FROM sales "
                            "WHERE sold_on > ? AND sold_on <= ?%1 GROUP BY partner_id, customer_id) AS c "
                            "GROUP BY partner_id")
                 .arg(partnerFilter),
             { iso(mid), iso(mid), iso(start), iso(asOf) } };
}

Query certifiedQuery(const QDate &asOf, const QString &partnerFilter)
{
    return { QStringLiteral("SELECT s.partner_id, s.role, count(DISTINCT s.id) FROM staff s "
                            "JOIN certifications c ON c.staff_id = s.id WHERE c.passed_on <= ? "
                            "AND (c.expires_on IS NULL OR c.expires_on > ?)%1 GROUP BY s.partner_id, s.role")
                 .arg(QString(partnerFilter).replace(QLatin1StringView("partner_id"), QLatin1StringView("s.partner_id"))),
             { iso(asOf), iso(asOf) } };
}

Query eventMonthsQuery(const QDate &asOf, int months, const QString &partnerFilter)
{
    return { QStringLiteral("SELECT partner_id, kind, substr(occurred_on, 1, 7) AS month FROM compliance_events "
                            "WHERE occurred_on > ? AND occurred_on <= ?%1 GROUP BY partner_id, kind, month")
                 .arg(partnerFilter),
             { iso(asOf.addMonths(-months)), iso(asOf) } };
}

Query firstEventQuery(const QDate &asOf, const QString &partnerFilter)
{
    return { QStringLiteral("SELECT partner_id, kind, min(occurred_on), max(occurred_on) FROM compliance_events WHERE occurred_on <= ?%1 "
                            "GROUP BY partner_id, kind")
                 .arg(partnerFilter),
             { iso(asOf) } };
}

Query salesMonthsQuery(const QDate &asOf, int months, const QString &partnerFilter)
{
    return { QStringLiteral("SELECT partner_id, substr(sold_on, 1, 7) AS month FROM sales WHERE sold_on > ? "
                            "AND sold_on <= ?%1 GROUP BY partner_id, month")
                 .arg(partnerFilter),
             { iso(asOf.addMonths(-months)), iso(asOf) } };
}

Query scoresQuery(const QDate &asOf, const QString &partnerFilter)
{
    return { QStringLiteral("SELECT partner_id, metric, measured_on, value_bp FROM scores WHERE measured_on <= ?%1 "
                            "ORDER BY partner_id, metric, measured_on, id")
                 .arg(partnerFilter),
             { iso(asOf) } };
}

int monthOf(const QString &yyyyMm)
{
    return yyyyMm.left(4).toInt() * 12 + yyyyMm.mid(5, 2).toInt() - 1;
}

QList<int> sortedWindows(const FactsRequest &request)
{
    QSet<int> windows = request.windowMonths;
    windows.insert(12);
    QList<int> out(windows.begin(), windows.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

FactsQuery::FactsQuery(Database &db)
    : m_db(db)
{
}

Result<QHash<qint64, PartnerFacts>> FactsQuery::run(const FactsRequest &request, std::optional<qint64> partnerId)
{
    if (partnerId)
        return gather(request, QStringLiteral(" AND partner_id = ?"), { *partnerId });
    return gather(request, {}, {});
}

Result<QHash<qint64, PartnerFacts>> FactsQuery::runRange(const FactsRequest &request, qint64 firstId, qint64 lastId)
{
    return gather(request, QStringLiteral(" AND partner_id >= ? AND partner_id <= ?"), { firstId, lastId });
}

Result<QHash<qint64, PartnerFacts>> FactsQuery::gather(
    const FactsRequest &request, const QString &filter, const QVariantList &filterValues)
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

QStringList FactsQuery::statementsForBenchmark(const FactsRequest &request)
{
    QList<Query> queries;
    for (const int months : sortedWindows(request)) {
        queries << salesQuery(sql::Dialect {}, request.asOf, months, {}) << customersQuery(request.asOf, months, {});
    }
    queries << certifiedQuery(request.asOf, {}) << eventMonthsQuery(request.asOf, request.recentMonths, {})
            << firstEventQuery(request.asOf, {});
    if (request.needSalesMonths)
        queries << salesMonthsQuery(request.asOf, request.recentMonths, {});
    queries << scoresQuery(request.asOf, {});
    QStringList out;
    for (const Query &q : queries) {
        QString text = q.sql;
        for (const QVariant &p : q.params)
            text.replace(text.indexOf(u'?'), 1, u'\'' + p.toString() + u'\'');
        out << text + u';';
    }
    return out;
}

} // namespace pd
