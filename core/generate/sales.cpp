#include "sales.h"

#include "facts.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pd::gen {

namespace {

struct Draft {
    QString line;
    bool renewal = false;
    PriceItem item;
    qint64 quantity = 1;
};

class LinePicker {
public:
    LinePicker(const SalesInput &in)
        : m_in(in)
    {
        for (const LineWeight &w : in.lines) {
            m_weights.push_back(w.weight);
            if (w.renewable)
                m_renewable << w.line;
        }
        if (m_renewable.isEmpty() && !in.lines.isEmpty())
            m_renewable << in.lines.first().line;
    }

    QString pickLine(bool renewal, Random &rng) const
    {
        if (renewal)
            return m_renewable.at(rng.range(qsizetype(0), m_renewable.size() - 1));
        return m_in.lines.at(rng.weighted(m_weights)).line;
    }

    const QList<PriceItem> &items(const QString &line, bool renewal)
    {
        const QString key = line + (renewal ? QStringLiteral("/r") : QString());
        auto it = m_prices.find(key);
        if (it == m_prices.end())
            it = m_prices.insert(key, priceList(m_in.programKey, line, renewal, m_in.currency));
        return *it;
    }

private:
    const SalesInput &m_in;
    std::vector<double> m_weights;
    QStringList m_renewable;
    QHash<QString, QList<PriceItem>> m_prices;
};

qint64 total(const QList<Draft> &drafts)
{
    qint64 sum = 0;
    for (const Draft &d : drafts)
        sum += d.item.minor * d.quantity;
    return sum;
}

// Lines whose amounts add up to about `target`: each line gets a share, a price-list item that fits
// the share and a quantity; then quantities are adjusted, large items first, to close the gap.
QList<Draft> fitLines(int count, int renewals, qint64 target, LinePicker &picker, Random &rng)
{
    QList<Draft> drafts;
    if (count <= 0)
        return drafts;
    std::vector<double> shares(static_cast<size_t>(count));
    double sum = 0;
    for (double &s : shares)
        sum += (s = rng.real(0.4, 1.6));
    for (int i = 0; i < count; ++i) {
        Draft d;
        d.renewal = i < renewals;
        d.line = picker.pickLine(d.renewal, rng);
        const QList<PriceItem> &items = picker.items(d.line, d.renewal);
        const double share = double(target) * shares[size_t(i)] / sum;
        qsizetype fit = 0; // the dearest item whose minimum quantity fits the share
        for (qsizetype k = 0; k < items.size(); ++k) {
            if (double(items.at(k).minor) * items.at(k).minQty <= share)
                fit = k;
        }
        if (fit > 0 && rng.chance(0.35))
            --fit;
        d.item = items.at(fit);
        d.quantity = std::clamp<qint64>(std::llround(share / double(d.item.minor)), d.item.minQty, d.item.maxQty);
        drafts << d;
    }
    // Close the gap: coarse steps on the dearest items, then fine steps on the cheapest.
    QList<qsizetype> order(drafts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return drafts.at(a).item.minor > drafts.at(b).item.minor; });
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype k = 0; k < order.size(); ++k) {
            Draft &d = drafts[order.at(pass == 0 ? k : order.size() - 1 - k)];
            const qint64 gap = target - total(drafts);
            const qint64 step = pass == 0 ? gap / d.item.minor : std::llround(double(gap) / double(d.item.minor));
            if (step == 0)
                continue;
            // Quantities may exceed the usual maximum a little to land on the target.
            d.quantity = std::clamp<qint64>(d.quantity + step, d.item.minQty, qint64(d.item.maxQty) * 3);
        }
    }
    return drafts;
}

QDate randomDayIn(const QDate &after, const QDate &until, Random &rng)
{
    const qint64 days = after.daysTo(until);
    return days <= 0 ? until : after.addDays(rng.range(qint64(1), days));
}

} // namespace

QList<Sale> buildSales(const SalesInput &in, Random &rng)
{
    QList<Sale> out;
    if (in.lines.isEmpty() || in.customers <= 0)
        return out;
    LinePicker picker(in);
    const QDate yearAgo = in.today.addMonths(-12);
    const QDate twoYearsAgo = in.today.addMonths(-24);

    auto place = [&](const QList<Draft> &drafts, QDate after, const QDate &until, bool trailing) {
        if (in.joinedOn.isValid() && in.joinedOn.addDays(-1) > after)
            after = in.joinedOn.addDays(-1);
        for (qsizetype i = 0; i < drafts.size(); ++i) {
            const Draft &d = drafts.at(i);
            QDate day = randomDayIn(after, until, rng);
            if (trailing && i == 0 && in.forceMonth >= 0) {
                const QDate first(in.forceMonth / 12, in.forceMonth % 12 + 1, 1);
                day = randomDayIn(std::max(after, first.addDays(-1)), std::min(until, first.addDays(first.daysInMonth() - 1)), rng);
            }
            for (int attempt = 0; attempt < 24 && monthNumber(day) == in.avoidMonth; ++attempt)
                day = randomDayIn(after, until, rng);
            Sale s;
            // Bigger customers buy more often: a skewed pick of the customer.
            s.customerId = std::min<qint64>(in.customers - 1, qint64(std::pow(rng.real(), 1.6) * in.customers));
            s.soldOn = day;
            s.productLine = d.line;
            s.unitPrice = Money { d.item.minor, in.currency };
            s.quantity = int(d.quantity);
            s.renewal = d.renewal;
            out << s;
        }
    };

    QList<Draft> trailing = fitLines(in.trailingLines, in.renewals, in.trailingTarget, picker, rng);
    // If the fit overshoots the upper bound, drop quantities from the dearest lines; if it stays
    // under the lower bound, the cheapest item grows. Both stop at the price list's granularity.
    for (int guard = 0; guard < 64 && in.trailingHi >= 0 && total(trailing) >= in.trailingHi; ++guard) {
        auto it = std::max_element(trailing.begin(), trailing.end(), [](const Draft &a, const Draft &b) {
            return (a.quantity > a.item.minQty ? a.item.minor : 0) < (b.quantity > b.item.minQty ? b.item.minor : 0);
        });
        if (it == trailing.end() || it->quantity <= it->item.minQty)
            break;
        --it->quantity;
    }
    for (int guard = 0; guard < 64 && !trailing.isEmpty() && total(trailing) < in.trailingLo; ++guard) {
        auto it = std::min_element(trailing.begin(), trailing.end(),
                                   [](const Draft &a, const Draft &b) { return a.item.minor < b.item.minor; });
        const qint64 gap = in.trailingLo - total(trailing);
        it->quantity += std::max<qint64>(1, (gap + it->item.minor - 1) / it->item.minor);
    }
    place(trailing, yearAgo, in.today, true);
    // The caller gives previous lines only to partners who joined before that year.
    if (in.previousLines > 0)
        place(fitLines(in.previousLines, in.previousRenewals, in.previousTarget, picker, rng), twoYearsAgo, yearAgo, false);
    return out;
}

} // namespace pd::gen
