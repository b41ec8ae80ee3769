#include "plan.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pd::gen {

namespace {

// Demo partners that show each kind of result of a tier evaluation, in this order.
struct Showcase {
    const char *program;
    const char *country;
    int tier;
    Scenario scenario;
    std::optional<Metric> fail = std::nullopt;
    std::optional<EventKind> event = std::nullopt;
    double near = 0;
};

const Showcase kShowcase[] = {
    // 480,000 RUB against the 500,000 RUB Certified threshold.
    { "reseller-status", "RU", 0, Scenario::NearThreshold, Metric::Sales, std::nullopt, 0.96 },
    { "reseller-status", "RU", 1, Scenario::Upgrade },
    { "reseller-status", "RU", 2, Scenario::Below, Metric::Event, EventKind::JointPromotion },
    { "reseller-status", "RU", 1, Scenario::Below, Metric::CertifiedTechnical },
    { "reseller-status", "RU", 1, Scenario::Match, Metric::CertifiedSales },
    { "reseller-status", "RU", 0, Scenario::Upgrade },
    { "reseller-status", "RU", 2, Scenario::Match },
    { "reseller-status", "RU", 1, Scenario::NearThreshold, Metric::Sales, std::nullopt, 0.97 },
    { "reseller-status", "RU", 1, Scenario::Match, Metric::Event, EventKind::MonthlyReport },
    { "revenue-band", "US", 0, Scenario::NearThreshold, Metric::Sales, std::nullopt, 0.96 },
    { "revenue-band", "MX", 1, Scenario::Upgrade },
    { "revenue-band", "ES", 2, Scenario::Below },
    { "marketplace-developer", "MX", 0, Scenario::Upgrade },
    { "marketplace-developer", "CL", 1, Scenario::Below, Metric::Event, EventKind::PortalRegistration },
    { "activation-credits", "US", 3, Scenario::Match },
    { "activation-credits", "CL", 2, Scenario::Match },
    { "activation-credits", "ES", 1, Scenario::Match },
};

template<typename T, typename F>
qsizetype pickWeighted(const QList<T> &items, F weightOf, Random &rng)
{
    std::vector<double> w;
    for (const T &item : items)
        w.push_back(weightOf(item));
    return rng.weighted(w);
}

double usdOf(qint64 minor, const QString &currency)
{
    const int digits = Currency::find(currency).value_or(Currency {}).digits;
    return double(minor) / std::pow(10.0, digits) * usdValue(currency);
}

// Shares `budget` lines among sales windows in proportion to their value, at least one line per
// window with sales while the budget lasts, and at most one line per 20 USD of value (so lines
// stay priced like real ones) until every window is full.
std::vector<qint64> allocate(const std::vector<double> &values, qint64 budget)
{
    const size_t n = values.size();
    std::vector<qint64> lines(n, 0), cap(n, 0);
    for (size_t i = 0; i < n; ++i)
        cap[i] = std::max<qint64>(1, qint64(values[i] / 20.0));
    for (size_t i = 0; i < n && budget > 0; ++i) {
        if (values[i] > 0) {
            lines[i] = 1;
            --budget;
        }
    }
    for (int round = 0; round < 8 && budget > 0; ++round) {
        double total = 0;
        for (size_t i = 0; i < n; ++i)
            total += lines[i] < cap[i] ? values[i] : 0;
        if (total <= 0)
            break;
        std::vector<std::pair<double, size_t>> remainders;
        qint64 given = 0;
        for (size_t i = 0; i < n; ++i) {
            if (lines[i] >= cap[i] || values[i] <= 0)
                continue;
            const double want = double(budget) * values[i] / total;
            const qint64 add = std::min<qint64>(qint64(want), cap[i] - lines[i]);
            lines[i] += add;
            given += add;
            if (lines[i] < cap[i])
                remainders.emplace_back(want - double(qint64(want)), i);
        }
        budget -= given;
        // Largest remainders first; ties by position so the result does not depend on the sort.
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (size_t k = 0; k < remainders.size() && budget > 0 && (given == 0 || round == 7); ++k) {
            ++lines[remainders[k].second];
            --budget;
        }
    }
    // More lines than values justify: spread the rest evenly over windows with sales, or all.
    const bool anyValue = std::any_of(values.begin(), values.end(), [](double v) { return v > 0; });
    for (size_t i = 0; budget > 0 && n > 0; i = (i + 1) % n) {
        if (!anyValue || values[i] > 0) {
            ++lines[i];
            --budget;
        }
    }
    return lines;
}

} // namespace

std::vector<PartnerSeed> planPartners(const PlanOptions &options, const QList<Program> &programs,
                                      const ExchangeRates &rates)
{
    std::vector<PartnerSeed> seeds(size_t(options.partners));
    Random rng(Random::streamSeed(options.seed, 0));
    QList<ProgramShare> shares;
    for (const ProgramShare &s : programShares()) {
        if (std::any_of(programs.begin(), programs.end(), [&](const Program &p) { return p.key == s.key; }))
            shares << s;
    }
    auto programIndex = [&](const QString &key) {
        for (qsizetype i = 0; i < programs.size(); ++i) {
            if (programs.at(i).key == key)
                return int(i);
        }
        return -1;
    };
    // Partners of programs whose tiers are granted by review never move, so the other programs
    // carry a little more than the share of moves wanted overall.
    const QList<std::pair<Scenario, double>> scenarios { { Scenario::Match, 0.68 },
                                                         { Scenario::Upgrade, 0.12 },
                                                         { Scenario::Below, 0.14 },
                                                         { Scenario::NearThreshold, 0.06 } };
    const qsizetype showcase = options.demo ? qsizetype(std::size(kShowcase)) : 0;
    for (qsizetype i = 0; i < qsizetype(seeds.size()); ++i) {
        PartnerSeed &seed = seeds[size_t(i)];
        seed.number = i + 1;
        PlanRequest request;
        int program = -1;
        QString country;
        if (i < showcase) {
            const Showcase &s = kShowcase[i];
            program = programIndex(QString::fromLatin1(s.program));
            country = QString::fromLatin1(s.country);
            request = PlanRequest { s.tier, s.scenario, s.fail, s.event, s.near };
        }
        if (program < 0) {
            const QString key = shares.at(pickWeighted(shares, [](const ProgramShare &s) { return s.weight; }, rng)).key;
            program = programIndex(key);
            request.scenario = scenarios.at(pickWeighted(scenarios, [](const auto &s) { return s.second; }, rng)).first;
            const QList<double> tierWeights = tierShares(int(programs.at(program).tiers.size()));
            request.storedTier = int(rng.weighted(tierWeights));
            country.clear();
        }
        seed.program = program;
        const Program &p = programs.at(program);
        const QList<Market> markets = marketsOf(p.key);
        seed.market = markets.first();
        if (country.isEmpty())
            seed.market = markets.at(pickWeighted(markets, [](const Market &m) { return m.weight; }, rng));
        for (const Market &m : markets) {
            if (m.country == country)
                seed.market = m;
        }
        Random planRng(Random::streamSeed(options.seed, quint64(seed.number) * 2));
        seed.plan = planProfile(p, request, rates, options.today, planRng);
        // Newcomers: a tenth of the partners that simply hold the lowest tier joined this year;
        // plans that miss something over a year of history need partners with that history.
        bool longPlans = seed.plan.mustMonths > 0;
        for (const EventPlan &e : seed.plan.events)
            longPlans |= e.fail >= InPeriod;
        seed.recent = !longPlans && seed.plan.storedTier == 0 && seed.plan.scenario == Scenario::Match
                      && i >= showcase && rng.chance(0.1);
        if (seed.recent)
            seed.plan.previousRevenue = 0;
        seed.tierHistory = options.demo && seed.plan.storedTier > 0 && rng.chance(0.2);
    }

    std::vector<double> values(seeds.size() * 2);
    for (size_t i = 0; i < seeds.size(); ++i) {
        const QString &currency = programs.at(seeds[i].program).currency;
        values[i] = usdOf(seeds[i].plan.revenue, currency);
        values[seeds.size() + i] = usdOf(seeds[i].plan.previousRevenue, currency);
    }
    const std::vector<qint64> lines = allocate(values, options.sales);
    for (size_t i = 0; i < seeds.size(); ++i) {
        seeds[i].trailingLines = int(lines[i]);
        seeds[i].previousLines = int(lines[seeds.size() + i]);
    }
    return seeds;
}

} // namespace pd::gen
