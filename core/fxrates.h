#pragma once

#include "money.h"
#include "records.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace pd {

// The user-maintained table of dated exchange rates. A conversion uses the latest rate of the
// pair dated on or before the requested date; when only the opposite pair is recorded, its
// inverse is used. Results are rounded to the target currency's minor unit, halves away from
// zero. A missing rate is an error naming the pair and the date: amounts are never added across
// currencies silently.
class ExchangeRates {
public:
    ExchangeRates() = default;
    explicit ExchangeRates(const QList<FxRate> &rates);
    void add(const FxRate &rate);
    Result<Money> convert(const Money &amount, const QString &toCurrency, const QDate &on) const;
    bool isEmpty() const { return m_rates.isEmpty(); }

private:
    // "BASE/QUOTE" -> rates sorted by date
    QHash<QString, QList<FxRate>> m_rates;
};

} // namespace pd
