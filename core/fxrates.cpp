#include "fxrates.h"

#include <QCoreApplication>
#include <algorithm>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ExchangeRates)
};

QString pairKey(const QString &base, const QString &quote)
{
    return base + u'/' + quote;
}

const FxRate *latestOnOrBefore(const QList<FxRate> &list, const QDate &on)
{
    auto it = std::upper_bound(list.begin(), list.end(), on,
                               [](const QDate &d, const FxRate &r) { return d < r.date; });
    return it == list.begin() ? nullptr : &*(it - 1);
}

qint64 pow10(int n)
{
    qint64 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

} // namespace

ExchangeRates::ExchangeRates(const QList<FxRate> &rates)
{
    for (const FxRate &r : rates)
        add(r);
}

void ExchangeRates::add(const FxRate &rate)
{
    QList<FxRate> &list = m_rates[pairKey(rate.base, rate.quote)];
    auto it = std::lower_bound(list.begin(), list.end(), rate.date,
                               [](const FxRate &r, const QDate &d) { return r.date < d; });
    if (it != list.end() && it->date == rate.date)
        *it = rate;
    else
        list.insert(it, rate);
}

Result<Money> ExchangeRates::convert(const Money &amount, const QString &toCurrency, const QDate &on) const
{
    if (amount.currency == toCurrency)
        return amount;
    const auto from = Currency::find(amount.currency);
    const auto to = Currency::find(toCurrency);
    if (!from)
        return std::unexpected(from.error());
    if (!to)
        return std::unexpected(to.error());
    // amount [from minor] * rate [to per from] * 10^(to.digits - from.digits)
    const int shift = to->digits - from->digits;
    const FxRate *direct = latestOnOrBefore(m_rates.value(pairKey(amount.currency, toCurrency)), on);
    const FxRate *inverse
        = direct ? nullptr : latestOnOrBefore(m_rates.value(pairKey(toCurrency, amount.currency)), on);
    if (direct || inverse) {
        const qint64 rate = direct ? direct->micros : inverse->micros;
        const qint64 up = shift > 0 ? pow10(shift) : 1;
        const qint64 down = shift < 0 ? pow10(-shift) : 1;
        // rate micros < 10^18 and a shift of at most 3 digits: only the products below can overflow
        const auto mul = direct ? checkedMul(rate, up) : std::optional<qint64>(1000000 * up);
        const auto div = direct ? std::optional<qint64>(1000000 * down) : checkedMul(rate, down);
        const auto converted = mul && div ? mulDivRounded(amount.minor, *mul, *div) : std::nullopt;
        if (!converted || !inMoneyRange(*converted))
            return std::unexpected(amountOutOfRange(
                Tr::tr("%1 %2 in %3").arg(amount.plainText(), amount.currency, toCurrency), toCurrency));
        return Money { *converted, toCurrency };
    }
    return fail(Error::Code::MissingRate,
                Tr::tr("No exchange rate from %1 to %2 on or before %3. Add it to the exchange-rate table.")
                    .arg(amount.currency, toCurrency, on.toString(Qt::ISODate)));
}

} // namespace pd
