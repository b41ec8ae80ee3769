#include "factsrows.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <tuple>

namespace pd {

namespace {

int digits(QByteArrayView s, int from, int count)
{
    int n = 0;
    for (int i = from; i < from + count && i < s.size(); ++i)
        n = n * 10 + (s.at(i) - '0');
    return n;
}

// Month number (facts.h) of a yyyymmdd number.
int monthOf(int date)
{
    return date / 10000 * 12 + date / 100 % 100 - 1;
}

QDate dateOf(int date)
{
    return QDate(date / 10000, date / 100 % 100, date % 100);
}

QList<int> sortedWindows(const FactsRequest &request)
{
    QSet<int> windows = request.windowMonths;
    windows.insert(12);
    QList<int> out(windows.begin(), windows.end());
    std::sort(out.begin(), out.end());
    return out;
}

// Month ends clamp: the window before ends where the window starts, whatever its length.
QDate windowStart(const QDate &asOf, int months)
{
    return asOf.addMonths(-months);
}

QDate previousWindowStart(const QDate &asOf, int months)
{
    return windowStart(asOf, months).addMonths(-months);
}

template <class Row>
std::pair<const Row *, const Row *> rowsOf(const std::vector<Row> &rows, qint64 partner)
{
    const auto [from, to] = std::equal_range(rows.begin(), rows.end(), Row { partner },
                                             [](const Row &a, const Row &b) { return a.partner < b.partner; });
    return { rows.data() + (from - rows.begin()), rows.data() + (to - rows.begin()) };
}

} // namespace

QDate earliestSale(const FactsRequest &request)
{
    QDate from = request.asOf.addMonths(-request.recentMonths);
    for (const int months : sortedWindows(request))
        from = std::min(from, previousWindowStart(request.asOf, months));
    return from;
}

int dateNumber(QByteArrayView iso)
{
    return digits(iso, 0, 4) * 10000 + digits(iso, 5, 2) * 100 + digits(iso, 8, 2);
}

int dateNumber(const QDate &date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

std::vector<qint64> FactsRows::partners() const
{
    std::vector<qint64> out;
    const auto collect = [&out](const auto &rows) {
        for (const auto &row : rows) {
            if (out.empty() || out.back() != row.partner)
                out.push_back(row.partner);
        }
    };
    collect(sales);
    collect(events);
    collect(certified);
    collect(scores);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// One partner's sales lines folded into its windows: per window, the sums by currency, product
// line and renewal flag of the window and of the window before it; the customers active in each
// (net amount above zero, or zero with a net quantity above zero: a purchase returned in full
// makes no active customer); and the months with a sale in the recent span. A return counts on
// its own date, its negative amount making the sums net.
struct FactsFolder::Impl {
    explicit Impl(const FactsRows &r)
        : rows(r)
        , windows(sortedWindows(r.request))
        , recentFrom(dateNumber(r.request.asOf.addMonths(-r.request.recentMonths)))
    {
        for (const int months : windows) {
            starts.push_back(dateNumber(previousWindowStart(r.request.asOf, months)));
            mids.push_back(dateNumber(windowStart(r.request.asOf, months)));
        }
        sums.resize(std::size_t(windows.size()));
        touched.resize(std::size_t(windows.size()));
    }

    void addSale(const FactsRows::Sale &s, PartnerFacts &facts)
    {
        int slot = -1;
        for (std::size_t w = 0; w < std::size_t(windows.size()); ++w) {
            if (s.soldOn <= starts[w])
                continue;
            touched[w] = true;
            const bool current = s.soldOn > mids[w];
            Sum &sum = findSum(sums[w], s.currency, s.product, s.renewal, current);
            sum.amount += s.amount;
            sum.lines += s.deal;
            if (slot < 0)
                slot = customerSlot(s.customer);
            CustomerSums &c = customers[std::size_t(slot) * std::size_t(windows.size()) + w];
            c.amount[current] += s.amount;
            c.quantity[current] += s.quantity;
        }
        if (rows.request.needSalesMonths && s.soldOn > recentFrom)
            facts.salesMonths.insert(monthOf(s.soldOn));
    }

    void finishSales(PartnerFacts &facts)
    {
        for (std::size_t w = 0; w < std::size_t(windows.size()); ++w) {
            if (!touched[w])
                continue;
            WindowFacts &out = facts.windows[windows[qsizetype(w)]];
            const QStringList &texts = rows.texts;
            std::sort(sums[w].begin(), sums[w].end(), [&texts](const Sum &a, const Sum &b) {
                return std::tuple(texts.at(a.currency), texts.at(a.product), a.renewal)
                    < std::tuple(texts.at(b.currency), texts.at(b.product), b.renewal);
            });
            for (const Sum &s : sums[w]) {
                (s.current ? out.sales : out.previousSales)
                    << SalesAggregate { texts.at(s.currency), texts.at(s.product), s.renewal, s.amount, s.lines };
            }
            for (std::size_t c = 0; c < customerIds.size(); ++c) {
                const CustomerSums &cs = customers[c * std::size_t(windows.size()) + w];
                const bool now = cs.active(true);
                const bool before = cs.active(false);
                out.activeCustomers += now;
                out.previousCustomers += before;
                out.retainedCustomers += now && before;
            }
            sums[w].clear();
            touched[w] = false;
        }
        customerIds.clear();
        customerSlots.clear();
        customers.clear();
    }

    // Per kind the first and the last date on or before the as-of date, and the months with an
    // event in the recent span.
    void foldEvents(const FactsRows::Event *from, const FactsRows::Event *to, PartnerFacts &facts)
    {
        std::array<std::pair<int, int>, 16> spans {}; // by EventKind: first, last (0: none)
        for (const FactsRows::Event *e = from; e != to; ++e) {
            auto &[first, last] = spans[std::size_t(e->kind)];
            if (first == 0 || e->date < first)
                first = e->date;
            if (e->date > last)
                last = e->date;
            if (e->date > recentFrom)
                facts.eventMonths[e->kind].insert(monthOf(e->date));
        }
        for (std::size_t k = 0; k < spans.size(); ++k) {
            if (spans[k].first == 0)
                continue;
            facts.firstEvent.insert(EventKind(k), dateOf(spans[k].first));
            facts.lastEvent.insert(EventKind(k), dateOf(spans[k].second));
        }
    }

    struct Sum {
        qint16 currency;
        qint16 product;
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

    static Sum &findSum(std::vector<Sum> &list, qint16 currency, qint16 product, bool renewal, bool current)
    {
        for (Sum &s : list) {
            if (s.currency == currency && s.product == product && s.renewal == renewal && s.current == current)
                return s;
        }
        list.push_back(Sum { currency, product, renewal, current });
        return list.back();
    }

    int customerSlot(qint64 customer)
    {
        const auto it = customerSlots.constFind(customer);
        if (it != customerSlots.cend())
            return *it;
        const int slot = int(customerIds.size());
        customerSlots.insert(customer, slot);
        customerIds.push_back(customer);
        customers.resize(customers.size() + std::size_t(windows.size()));
        return slot;
    }

    const FactsRows &rows;
    const QList<int> windows;
    const int recentFrom;
    std::vector<int> starts; // per window: the window before it starts after this date
    std::vector<int> mids;   // per window: the window starts after this date
    std::vector<std::vector<Sum>> sums;
    std::vector<bool> touched;
    QHash<qint64, int> customerSlots;
    std::vector<qint64> customerIds;
    std::vector<CustomerSums> customers; // slot * windows + window
};

FactsFolder::FactsFolder(const FactsRows &rows)
    : d(std::make_unique<Impl>(rows))
{
}

FactsFolder::~FactsFolder() = default;

PartnerFacts FactsFolder::facts(qint64 partnerId)
{
    PartnerFacts facts;
    const FactsRows &rows = d->rows;
    const auto [salesFrom, salesTo] = rowsOf(rows.sales, partnerId);
    for (const FactsRows::Sale *s = salesFrom; s != salesTo; ++s)
        d->addSale(*s, facts);
    d->finishSales(facts);
    const auto [eventsFrom, eventsTo] = rowsOf(rows.events, partnerId);
    d->foldEvents(eventsFrom, eventsTo, facts);
    if (const auto [from, to] = rowsOf(rows.certified, partnerId); from != to) {
        facts.certifiedSales = from->sales;
        facts.certifiedTechnical = from->technical;
    }
    const auto [scoresFrom, scoresTo] = rowsOf(rows.scores, partnerId);
    for (const FactsRows::Score *s = scoresFrom; s != scoresTo; ++s)
        facts.latestScores.insert(s->metric, { dateOf(s->measuredOn), Rate { s->valueBp } });
    return facts;
}

} // namespace pd
