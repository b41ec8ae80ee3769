#include "revenuechartdata.h"

#include "dates.h"

#include <QHash>
#include <QSet>

namespace pd::ui {

QList<ThresholdLine> RevenueChartData::salesThresholds(const Program &program, const ExchangeRates &rates,
                                                       const QDate &asOf, QString *message)
{
    QList<ThresholdLine> out;
    for (const Tier &tier : program.tiers) {
        for (const Requirement &r : tier.requirements) {
            if (r.metric != Metric::Sales)
                continue;
            Money threshold = r.money;
            if (threshold.currency != program.currency) {
                auto converted = rates.convert(threshold, program.currency, asOf);
                if (!converted) {
                    if (message && message->isEmpty())
                        *message = tr("The %1 threshold is not drawn: %2").arg(tier.name, converted.error().message);
                    continue;
                }
                threshold = *converted;
            }
            QStringList lines;
            for (const QString &key : r.productLines) {
                const auto it = std::find_if(program.productLines.begin(), program.productLines.end(),
                                             [&](const ProductLine &l) { return l.key == key; });
                lines << (it == program.productLines.end() ? key : it->name);
            }
            out << ThresholdLine { tier.name, threshold.minor, r.periodMonths, lines.join(QStringLiteral(", ")),
                                   r.comparison == Comparison::MoreThan };
        }
    }
    return out;
}

QDate RevenueChartData::firstDayNeeded(const QDate &asOf, int quarters)
{
    Quarter q = Quarter::containing(asOf);
    for (int i = 1; i < quarters + 3; ++i)
        q = q.previous();
    return q.first();
}

QuarterlyRevenueData RevenueChartData::quarterly(const QList<Sale> &sales, const Program &program,
                                                 const ExchangeRates &rates, const QDate &asOf, int quarters)
{
    QuarterlyRevenueData d;
    d.title = tr("Revenue by quarter, in %1").arg(program.currency);
    d.currency = program.currency;
    const auto currency = Currency::find(program.currency);
    d.digits = currency ? currency->digits : 2;

    // Quarters oldest first, with four more before them for the trailing sums.
    QList<Quarter> all;
    Quarter q = Quarter::containing(asOf);
    for (int i = 0; i < quarters + 3; ++i) {
        all.prepend(q);
        q = q.previous();
    }
    // Each quarter's sales are summed per currency and each sum converted once at the as-of
    // date's rate: the rule of the tier engine (sumSales), so the chart's trailing year and the
    // tier table's revenue agree.
    // A sum beyond the largest amount (only a damaged database holds such sales) is left out with
    // its message, like a sale without an exchange rate.
    std::optional<Error> leftOut;
    const auto add = [&leftOut](Money &total, const Result<Money> &amount) {
        const auto added = amount ? sum(total, *amount) : amount;
        if (added)
            total = *added;
        else if (!leftOut)
            leftOut = added.error();
    };
    QList<QHash<QString, Money>> byCurrency(all.size());
    for (const Sale &s : sales) {
        const Quarter sq = Quarter::containing(s.soldOn);
        const auto it = std::find_if(all.begin(), all.end(),
                                     [&](const Quarter &x) { return x.year == sq.year && x.number == sq.number; });
        if (it != all.end()) {
            QHash<QString, Money> &quarter = byCurrency[it - all.begin()];
            const QString &code = s.unitPrice.currency;
            add(quarter.insert(code, quarter.value(code, Money { 0, code })).value(), s.amount());
        }
    }
    QList<Money> sums(all.size(), Money { 0, program.currency });
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (const Money &subtotal : byCurrency.at(i))
            add(sums[i], rates.convert(subtotal, program.currency, asOf));
    }
    for (qsizetype i = 3; i < all.size(); ++i) {
        d.quarters << all.at(i).text();
        d.revenue << sums.at(i).minor;
        Money trailing { 0, program.currency };
        for (qsizetype k = i - 3; k <= i; ++k)
            add(trailing, sums.at(k));
        d.trailing12 << trailing.minor;
    }
    QString thresholdMessage;
    d.thresholds = salesThresholds(program, rates, asOf, &thresholdMessage);
    if (leftOut && leftOut->code == Error::Code::MissingRate)
        d.message = tr("Some sales are left out: %1 Add the rate under exchange rates and reopen the partner.")
                        .arg(leftOut->message);
    else if (leftOut)
        d.message = tr("Some sales are left out: %1").arg(leftOut->message);
    else if (!thresholdMessage.isEmpty())
        d.message = thresholdMessage;
    else if (sales.isEmpty())
        d.message = tr("No sales in the last %n quarter(s).", nullptr, quarters);
    return d;
}

} // namespace pd::ui
