#include "qbrdata.h"

#include "report/revenuechartdata.h"
#include "payouts/closing.h"
#include "statementdata.h"
#include "presettexts.h"
#include "storage/creditledger.h"
#include "storage/licencestore.h"
#include "storage/store.h"

#include <QSet>

namespace pd::ui {

namespace {

std::optional<Rate> latestScore(const QList<Score> &scores, Metric metric, const Quarter &quarter)
{
    const Score *latest = nullptr;
    for (const Score &s : scores) {
        // The latest by the quarter's end, as the tier check reads it: a score is recorded once or
        // twice a year, and a quarter without one must not show "not recorded" beside "met".
        if (s.metric != metric || s.measuredOn > quarter.last())
            continue;
        if (!latest || s.measuredOn >= latest->measuredOn)
            latest = &s;
    }
    return latest ? std::optional<Rate>(latest->value) : std::nullopt;
}

Quarter nextOf(const Quarter &q)
{
    return Quarter::containing(q.last().addDays(1));
}

} // namespace

Result<QbrData> QbrCollector::collect(Store &store, const ExchangeRates &rates, qint64 partnerId,
                                      const Quarter &quarter, const QDate &issuedOn)
{
    QbrData d;
    auto partner = store.partner(partnerId);
    if (!partner)
        return std::unexpected(partner.error());
    d.partner = *partner;
    auto program = store.program(d.partner.programKey);
    if (!program)
        return std::unexpected(program.error());
    // Built-in programs in the review's language (this thread translates into it).
    d.program = translatedPreset(program->program);
    d.quarter = quarter;
    d.asOf = quarter.last();
    d.issuedOn = issuedOn;
    d.nextQuarter = nextOf(quarter);
    QuarterClosing closing(store);
    auto closeInfo = closing.closeInfo(quarter);
    if (!closeInfo)
        return std::unexpected(closeInfo.error());
    const std::optional<QuarterCloseInfo> &closed = *closeInfo;

    auto statement = buildStatement(store, partnerId, quarter); // the frozen one when closed
    if (statement) {
        d.totals = statement->totals;
        d.rebateRate = statement->rebateRate;
        for (const StatementLine &l : statement->lines) {
            if (l.sale.isReturn())
                d.returns << l;
        }
        // The tier the closed quarter ended in, not the one the partner has now.
        if (closed)
            d.partner.tierKey = statement->tierAtQuarterEnd;
    } else {
        d.warnings << tr("Rewards could not be computed: %1").arg(statement.error().message);
    }
    auto payouts = quarterPayouts(store, partnerId, quarter);
    if (payouts)
        d.payouts = *payouts;
    else
        d.warnings << tr("The payout status could not be read: %1").arg(payouts.error().message);

    const Tier *tier = d.program.tier(d.partner.tierKey);
    d.tierName = tier ? tier->name : d.partner.tierKey;
    const int index = d.program.tierIndex(d.partner.tierKey);
    if (index >= 0 && index + 1 < d.program.tiers.size())
        d.nextTierName = d.program.tiers.at(index + 1).name;

    // Revenue: the partner page's chart data, so the review and the window show the same figures.
    const QDate firstDay = RevenueChartData::firstDayNeeded(d.asOf);
    auto sales = closed ? closing.salesAsClosed(partnerId, firstDay, d.asOf, *closed)
                        : store.sales(partnerId, firstDay, d.asOf);
    if (!sales)
        return std::unexpected(sales.error());
    d.chart = RevenueChartData::quarterly(*sales, d.program, rates, d.asOf);
    d.chart.title = tr("Revenue by quarter, in %1").arg(d.program.currency);
    if (!d.chart.message.isEmpty() && !sales->isEmpty())
        d.warnings << d.chart.message;
    const qsizetype n = d.chart.revenue.size();
    d.revenueQuarter = Money { n > 0 ? d.chart.revenue.last() : 0, d.program.currency };
    d.revenueTrailing = Money { n > 0 ? d.chart.trailing12.last() : 0, d.program.currency };
    d.revenueYearAgo = Money { n > 4 ? d.chart.revenue.at(n - 5) : 0, d.program.currency };
    if (d.revenueYearAgo.minor > 0)
        d.growthBp = changeBp(d.revenueQuarter.minor, d.revenueYearAgo.minor);
    d.activeCustomers = activeCustomers(*sales, quarter.first(), d.asOf);

    auto scores = store.scores(partnerId);
    if (scores) {
        d.nps = latestScore(*scores, Metric::Nps, quarter);
        d.retention = latestScore(*scores, Metric::Retention, quarter);
    }

    // A closed quarter's tier status as frozen at the close (a quarter closed before the evaluation
    // was frozen has none: its live evaluation as of the quarter's end stands in).
    const auto evaluation = [&]() -> Result<Evaluation> {
        if (closed) {
            auto frozen = closing.frozenEvaluation(partnerId, quarter);
            if (!frozen)
                return std::unexpected(frozen.error());
            if (*frozen)
                return **frozen;
        }
        TierEngine engine(store);
        return engine.evaluate(partnerId, d.asOf);
    }();
    if (evaluation)
        d.evaluation = *evaluation;
    else
        d.warnings << tr("The tier status could not be evaluated: %1").arg(evaluation.error().message);
    if (d.evaluation.error)
        d.warnings << d.evaluation.error->message;
    // The scorecard's trailing revenue is the figure the tier status checks against the thresholds
    // (the tier engine's conversion of other currencies); the chart's may differ by the rates.
    if (evaluation && !d.evaluation.error && d.evaluation.trailingRevenue.currency == d.program.currency)
        d.revenueTrailing = d.evaluation.trailingRevenue;

    LicenceStore licences(store.database());
    auto renewals = licences.renewalsDue(partnerId, d.nextQuarter.first(), d.nextQuarter.last());
    if (renewals)
        d.renewals = *renewals;
    else
        d.warnings << tr("Licence renewals could not be read: %1").arg(renewals.error().message);
    auto keys = licences.nfrKeys(partnerId);
    if (keys) {
        for (const NfrKey &k : *keys) {
            if (!k.isRevokedOn(d.asOf) && k.validUntil >= quarter.first() && k.issuedOn <= d.asOf)
                d.nfrKeys << k;
        }
        std::sort(d.nfrKeys.begin(), d.nfrKeys.end(),
                  [](const NfrKey &a, const NfrKey &b) { return a.validUntil < b.validUntil; });
    } else {
        d.warnings << tr("NFR keys could not be read: %1").arg(keys.error().message);
    }
    auto expiring = licences.certificationsExpiring(d.asOf, int(d.asOf.daysTo(d.nextQuarter.last())), partnerId);
    if (expiring)
        d.certificationsExpiring = *expiring;
    else
        d.warnings << tr("Expiring certifications could not be read: %1").arg(expiring.error().message);

    if (d.program.usesCredits) {
        CreditLedger ledger(store.database());
        auto entries = ledger.entries(partnerId);
        if (entries) {
            for (const CreditEntry &e : *entries) {
                // By entry date, not by recording order: a correction may be recorded later.
                if (e.entryOn < quarter.first())
                    d.creditOpening += e.credits;
                else if (e.entryOn <= d.asOf)
                    d.creditMoves << e;
            }
            std::stable_sort(d.creditMoves.begin(), d.creditMoves.end(),
                             [](const CreditEntry &a, const CreditEntry &b) { return a.entryOn < b.entryOn; });
            d.creditClosing = d.creditOpening;
            for (const CreditEntry &e : d.creditMoves)
                d.creditClosing += e.credits;
        } else {
            d.warnings << tr("The credit ledger could not be read: %1").arg(entries.error().message);
        }
    }
    return d;
}

} // namespace pd::ui
