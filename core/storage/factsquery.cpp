#include "factsquery.h"

#include "cursor.h"
#include "sql.h"

#include <algorithm>
#include <array>
#include <vector>

namespace pd {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

int digits(QByteArrayView s, int from, int count)
{
    int n = 0;
    for (int i = from; i < from + count && i < s.size(); ++i)
        n = n * 10 + (s.at(i) - '0');
    return n;
}

// Month number (facts.h) of an ISO date "YYYY-MM-DD" as stored.
int monthOfIso(QByteArrayView date)
{
    return digits(date, 0, 4) * 12 + digits(date, 5, 2) - 1;
}

// A handful of distinct texts (currencies, product lines, event kinds) seen in millions of rows:
// each is compared as bytes and turned into a QString once.
class Interned {
public:
    int index(QByteArrayView bytes)
    {
        for (int i = 0; i < int(m_bytes.size()); ++i) {
            if (m_bytes[i] == bytes)
                return i;
        }
        m_bytes.push_back(bytes.toByteArray());
        m_strings << QString::fromUtf8(bytes);
        return int(m_bytes.size()) - 1;
    }
    const QString &string(int i) const { return m_strings.at(i); }

private:
    std::vector<QByteArray> m_bytes;
    QStringList m_strings;
};

// The sales rows of the longest span any window needs, one partner after another: each live
// line with its window position, and whether it counts as a deal. A return counts on its own
// date (its negative amount makes the sums net); it takes a deal away (-1) only when it leaves
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

// Folds one partner's sales rows into its windows: per window, the sums by currency, product
// line and renewal flag of the window and of the window before it; the customers active in
// each (net amount above zero, or zero with a net quantity above zero: a purchase returned in
// full makes no active customer); and the months with a sale in the recent span.
class SalesFold {
public:
    SalesFold(const FactsRequest &request, const QList<int> &windows)
        : m_windows(windows)
        , m_needMonths(request.needSalesMonths)
        , m_recentFrom(iso(request.asOf.addMonths(-request.recentMonths)).toUtf8())
    {
        for (const int months : windows) {
            // Month ends clamp: the window before ends where the window starts, whatever its length.
            const QDate mid = request.asOf.addMonths(-months);
            m_starts.push_back(iso(mid.addMonths(-months)).toUtf8());
            m_mids.push_back(iso(mid).toUtf8());
        }
        m_sums.resize(windows.size());
        m_touched.resize(windows.size());
    }

    // The earliest date any part of the fold needs (exclusive).
    QString earliest() const
    {
        QByteArray from = m_recentFrom;
        for (const QByteArray &s : m_starts)
            from = std::min(from, s);
        return QString::fromLatin1(from);
    }

    void add(const sql::Cursor &row, PartnerFacts &facts)
    {
        const qint64 customer = row.int64(1);
        const QByteArrayView soldOn = row.text(2);
        const int currency = m_texts.index(row.text(3));
        const int product = m_texts.index(row.text(4));
        const bool renewal = row.int64(5) != 0;
        const qint64 amount = row.int64(6);
        const qint64 quantity = row.int64(7);
        const qint64 deal = row.int64(8);
        int slot = -1;
        for (int w = 0; w < int(m_windows.size()); ++w) {
            if (!(soldOn > QByteArrayView(m_starts[w])))
                continue;
            m_touched[w] = true;
            const bool current = soldOn > QByteArrayView(m_mids[w]);
            Sum &sum = findSum(m_sums[w], currency, product, renewal, current);
            sum.amount += amount;
            sum.lines += deal;
            if (slot < 0)
                slot = customerSlot(customer);
            CustomerSums &c = m_customers[std::size_t(slot) * m_windows.size() + w];
            c.amount[current] += amount;
            c.quantity[current] += quantity;
        }
        if (m_needMonths && soldOn > QByteArrayView(m_recentFrom))
            facts.salesMonths.insert(monthOfIso(soldOn));
    }

    void finish(PartnerFacts &facts)
    {
        for (int w = 0; w < int(m_windows.size()); ++w) {
            if (!m_touched[w])
                continue;
            WindowFacts &out = facts.windows[m_windows[w]];
            std::sort(m_sums[w].begin(), m_sums[w].end(), [this](const Sum &a, const Sum &b) {
                return std::tuple(m_texts.string(a.currency), m_texts.string(a.product), a.renewal)
                    < std::tuple(m_texts.string(b.currency), m_texts.string(b.product), b.renewal);
            });
            for (const Sum &s : m_sums[w]) {
                (s.current ? out.sales : out.previousSales)
                    << SalesAggregate { m_texts.string(s.currency), m_texts.string(s.product), s.renewal, s.amount, s.lines };
            }
            for (std::size_t c = 0; c < m_customerIds.size(); ++c) {
                const CustomerSums &sums = m_customers[c * m_windows.size() + w];
                const bool now = sums.active(true);
                const bool before = sums.active(false);
                out.activeCustomers += now;
                out.previousCustomers += before;
                out.retainedCustomers += now && before;
            }
            m_sums[w].clear();
            m_touched[w] = false;
        }
        m_customerIds.clear();
        m_customerSlots.clear();
        m_customers.clear();
    }

private:
    struct Sum {
        int currency;
        int product;
        bool renewal;
        bool current;
        qint64 amount = 0;
        qint64 lines = 0;
    };
    struct CustomerSums {
        std::array<qint64, 2> amount {}; // [0] the window before, [1] the window
        std::array<qint64, 2> quantity {};
        bool active(bool current) const
        {
            return amount[current] > 0 || (amount[current] == 0 && quantity[current] > 0);
        }
    };

    static Sum &findSum(std::vector<Sum> &sums, int currency, int product, bool renewal, bool current)
    {
        for (Sum &s : sums) {
            if (s.currency == currency && s.product == product && s.renewal == renewal && s.current == current)
                return s;
        }
        sums.push_back(Sum { currency, product, renewal, current });
        return sums.back();
    }

    int customerSlot(qint64 customer)
    {
        const auto it = m_customerSlots.constFind(customer);
        if (it != m_customerSlots.cend())
            return *it;
        const int slot = int(m_customerIds.size());
        m_customerSlots.insert(customer, slot);
        m_customerIds.push_back(customer);
        m_customers.resize(m_customers.size() + m_windows.size());
        return slot;
    }

    const QList<int> m_windows;
    const bool m_needMonths;
    const QByteArray m_recentFrom;
    std::vector<QByteArray> m_starts; // per window: the window before it starts after this date
    std::vector<QByteArray> m_mids;   // per window: the window starts after this date
    Interned m_texts;
    std::vector<std::vector<Sum>> m_sums;
    std::vector<bool> m_touched;
    QHash<qint64, int> m_customerSlots;
    std::vector<qint64> m_customerIds;
    std::vector<CustomerSums> m_customers; // slot * windows + window
};

// Folds one partner's compliance events (on or before the as-of date): per kind the first and
// the last date, and the months with an event in the recent span.
class EventFold {
public:
    explicit EventFold(const FactsRequest &request)
        : m_recentFrom(iso(request.asOf.addMonths(-request.recentMonths)).toUtf8())
    {
    }

    void add(const sql::Cursor &row, PartnerFacts &facts)
    {
        const int kindIndex = m_kinds.index(row.text(1));
        if (kindIndex >= int(m_kindOf.size()))
            m_kindOf.push_back(eventFromKey(m_kinds.string(kindIndex)));
        const std::optional<EventKind> kind = m_kindOf[kindIndex];
        if (!kind)
            return;
        const QByteArrayView date = row.text(2);
        Span &span = m_spans[int(*kind)];
        if (!span.seen || date < QByteArrayView(span.first))
            span.first = date.toByteArray();
        if (!span.seen || date > QByteArrayView(span.last))
            span.last = date.toByteArray();
        span.seen = true;
        if (date > QByteArrayView(m_recentFrom))
            facts.eventMonths[*kind].insert(monthOfIso(date));
    }

    void finish(PartnerFacts &facts)
    {
        for (int k = 0; k < int(m_spans.size()); ++k) {
            Span &span = m_spans[k];
            if (!span.seen)
                continue;
            facts.firstEvent.insert(EventKind(k), QDate::fromString(QString::fromLatin1(span.first), Qt::ISODate));
            facts.lastEvent.insert(EventKind(k), QDate::fromString(QString::fromLatin1(span.last), Qt::ISODate));
            span.seen = false;
        }
    }

private:
    struct Span {
        bool seen = false;
        QByteArray first;
        QByteArray last;
    };
    const QByteArray m_recentFrom;
    Interned m_kinds;
    std::vector<std::optional<EventKind>> m_kindOf;
    std::array<Span, 16> m_spans; // by EventKind
};

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
    // Runs a query whose rows come partner by partner (column 0), folding each into its facts.
    auto scan = [&](const QString &sql, const QVariantList &params, auto &fold) -> Result<void> {
        auto rows = sql::Cursor::open(m_db, sql, params + filterValues);
        if (!rows)
            return std::unexpected(rows.error());
        PartnerFacts *current = nullptr;
        qint64 partner = 0;
        while ((*rows)->next()) {
            const qint64 id = (*rows)->int64(0);
            if (!current || id != partner) {
                if (current)
                    fold.finish(*current);
                partner = id;
                current = &facts[id];
            }
            fold.add(**rows, *current);
        }
        if (current)
            fold.finish(*current);
        return (*rows)->finished();
    };

    SalesFold sales(request, sortedWindows(request));
    auto r = scan(salesScan(filter), { sales.earliest(), iso(request.asOf) }, sales);
    if (r) {
        EventFold events(request);
        r = scan(QStringLiteral("SELECT partner_id, kind, occurred_on FROM compliance_events WHERE occurred_on <= ? "
                                "AND voided_at IS NULL%1 ORDER BY partner_id")
                     .arg(filter),
                 { iso(request.asOf) }, events);
    }
    if (r) {
        // Staff holding a valid certificate on the as-of date, by role.
        struct Certified {
            void add(const sql::Cursor &row, PartnerFacts &f)
            {
                (row.text(1) == QByteArrayView("sales") ? f.certifiedSales : f.certifiedTechnical) = int(row.int64(2));
            }
            void finish(PartnerFacts &) { }
        } certified;
        r = scan(QStringLiteral("SELECT s.partner_id, s.role, count(DISTINCT s.id) FROM staff s "
                                "JOIN certifications c ON c.staff_id = s.id WHERE c.passed_on <= ? "
                                "AND (c.expires_on IS NULL OR c.expires_on > ?) AND c.voided_at IS NULL%1 "
                                "GROUP BY s.partner_id, s.role ORDER BY s.partner_id")
                     .arg(QString(filter).replace(QLatin1StringView("partner_id"), QLatin1StringView("s.partner_id"))),
                 { iso(request.asOf), iso(request.asOf) }, certified);
    }
    if (r) {
        // The latest score of each metric on or before the as-of date: the last row wins.
        struct Scores {
            void add(const sql::Cursor &row, PartnerFacts &f)
            {
                if (const auto metric = metricFromKey(QString::fromUtf8(row.text(1))))
                    f.latestScores.insert(*metric, { QDate::fromString(QString::fromUtf8(row.text(2)), Qt::ISODate),
                                                     Rate { int(row.int64(3)) } });
            }
            void finish(PartnerFacts &) { }
        } scores;
        r = scan(QStringLiteral("SELECT partner_id, metric, measured_on, value_bp FROM scores WHERE measured_on <= ? "
                                "AND voided_at IS NULL%1 ORDER BY partner_id, metric, measured_on, id")
                     .arg(filter),
                 { iso(request.asOf) }, scores);
    }
    if (!r)
        return std::unexpected(r.error());
    return facts;
}

} // namespace pd
