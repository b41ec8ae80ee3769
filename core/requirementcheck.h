#pragma once

#include "facts.h"
#include "fxrates.h"
#include "tierengine.h"

namespace pd {

// Checks one requirement against one partner's facts on an as-of date. Money is converted to
// the requirement's currency (growth: to `programCurrency`) with `rates`; a missing rate is
// returned as an error. The check holds values only (requirementtext.h makes its sentences).
Result<RequirementCheck> checkRequirement(const Requirement &requirement, const Partner &partner,
                                          const PartnerFacts &facts, const ExchangeRates &rates,
                                          const QString &programCurrency, const QDate &asOf);

// Sum of a window's sales in `currency` (each currency converted on the as-of date), optionally
// restricted to product lines; renewalsOnly counts only renewal lines.
Result<Money> sumSales(const QList<SalesAggregate> &sales, const QStringList &productLines, const QString &currency,
                       const ExchangeRates &rates, const QDate &asOf);

} // namespace pd
