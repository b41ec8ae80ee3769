#include "profile.h"

#include "catalog.h"

#include <cmath>

namespace pd::gen {

namespace {

// The smallest value that meets a count or money requirement.
qint64 needed(const Requirement &r, qint64 threshold)
{
    return r.comparison == Comparison::MoreThan ? threshold + 1 : threshold;
}

class Planner {
public:
    Planner(const Program &program, const ExchangeRates &rates, const QDate &today, ProfilePlan &plan)
        : m_program(program)
        , m_rates(rates)
        , m_today(today)
        , m_plan(plan)
    {
    }

    // The sales a requirement needs, in the program currency; nullopt when it cannot be converted.
    std::optional<qint64> salesNeeded(const Requirement &r) const
    {
        const auto converted = m_rates.convert(r.money, m_program.currency, m_today);
        if (!converted)
            return std::nullopt;
        return needed(r, converted->minor);
    }

    qint64 countNeeded(const Requirement &r) const { return needed(r, r.count); }
    qint32 percentNeeded(const Requirement &r) const { return qint32(needed(r, r.percent.bp)); }

    bool isScore(Metric m) const { return m == Metric::Nps || m == Metric::Satisfaction || m == Metric::Advocacy; }

    void must(const Requirement &r)
    {
        ProfilePlan &p = m_plan;
        switch (r.metric) {
        case Metric::Sales:
            if (const auto n = salesNeeded(r))
                p.minRevenue = std::max(p.minRevenue, *n);
            break;
        case Metric::CertifiedTechnical:
            p.mustTechnical = std::max<int>(p.mustTechnical, int(countNeeded(r)));
            break;
        case Metric::CertifiedSales:
            p.mustSales = std::max<int>(p.mustSales, int(countNeeded(r)));
            break;
        case Metric::RenewalDeals:
            p.mustRenewals = std::max<int>(p.mustRenewals, int(countNeeded(r)));
            break;
        case Metric::ActiveCustomers:
            p.mustActive = std::max<int>(p.mustActive, int(countNeeded(r)));
            break;
        case Metric::MonthsInProgram:
            p.mustMonths = std::max<int>(p.mustMonths, int(countNeeded(r)));
            break;
        case Metric::Event: {
            EventPlan &e = p.events[r.event];
            if (eventLevel(r) > e.must) {
                e.must = eventLevel(r);
                e.period = r.periodMonths;
            }
            break;
        }
        default:
            if (isScore(r.metric)) {
                auto &b = p.scoreBounds[r.metric];
                if (b == std::pair<qint32, qint32>())
                    b = { -10000, 10000 };
                b.first = std::max(b.first, percentNeeded(r));
            }
            break; // growth and retention follow from the revenue and customer mix
        }
    }

    bool isFailing(const Requirement &r) const
    {
        const ProfilePlan &p = m_plan;
        switch (r.metric) {
        case Metric::Sales: {
            const auto n = salesNeeded(r);
            return n && p.maxRevenue >= 0 && p.maxRevenue <= *n;
        }
        case Metric::CertifiedTechnical:
            return p.maxTechnical < countNeeded(r);
        case Metric::CertifiedSales:
            return p.maxSales < countNeeded(r);
        case Metric::RenewalDeals:
            return p.maxRenewals < countNeeded(r);
        case Metric::ActiveCustomers:
            return p.maxActive < countNeeded(r);
        case Metric::MonthsInProgram:
            return p.maxMonths < countNeeded(r);
        case Metric::Event: {
            const EventPlan e = p.events.value(r.event);
            if (r.condition == Condition::WhenWebsite && !p.needsWebsite)
                return false;
            return e.fail != NoEvent && e.fail <= eventLevel(r);
        }
        default:
            if (isScore(r.metric) && p.scoreBounds.contains(r.metric))
                return p.scoreBounds.value(r.metric).second < percentNeeded(r);
            return false;
        }
    }

    bool canFail(const Requirement &r) const
    {
        const ProfilePlan &p = m_plan;
        switch (r.metric) {
        case Metric::Sales: {
            // Room for sales comfortably between what lower tiers need and this threshold.
            const auto n = salesNeeded(r);
            return n && *n > 0 && double(*n) > double(p.minRevenue) * 1.12 + 100;
        }
        case Metric::CertifiedTechnical:
            return countNeeded(r) > p.mustTechnical;
        case Metric::CertifiedSales:
            return countNeeded(r) > p.mustSales;
        case Metric::RenewalDeals:
            return countNeeded(r) > p.mustRenewals;
        case Metric::ActiveCustomers:
            return countNeeded(r) > p.mustActive;
        case Metric::MonthsInProgram:
            return countNeeded(r) > p.mustMonths && countNeeded(r) > 1;
        case Metric::Event:
            return eventLevel(r) > p.events.value(r.event).must;
        default:
            if (isScore(r.metric)) {
                const qint32 floor = p.scoreBounds.value(r.metric, { -10000, 10000 }).first;
                return percentNeeded(r) > floor + 300;
            }
            return false; // growth and retention are not steered
        }
    }

    void fail(const Requirement &r)
    {
        ProfilePlan &p = m_plan;
        auto lower = [](int &bound, qint64 value) { bound = int(std::min<qint64>(bound, value)); };
        switch (r.metric) {
        case Metric::Sales:
            if (const auto n = salesNeeded(r))
                p.maxRevenue = p.maxRevenue < 0 ? *n : std::min(p.maxRevenue, *n);
            break;
        case Metric::CertifiedTechnical:
            lower(p.maxTechnical, countNeeded(r) - 1);
            break;
        case Metric::CertifiedSales:
            lower(p.maxSales, countNeeded(r) - 1);
            break;
        case Metric::RenewalDeals:
            lower(p.maxRenewals, countNeeded(r) - 1);
            break;
        case Metric::ActiveCustomers:
            lower(p.maxActive, countNeeded(r) - 1);
            break;
        case Metric::MonthsInProgram:
            lower(p.maxMonths, countNeeded(r) - 1);
            break;
        case Metric::Event: {
            EventPlan &e = p.events[r.event];
            if (e.fail == NoEvent || eventLevel(r) < e.fail) {
                e.fail = eventLevel(r);
                e.period = r.periodMonths;
            }
            if (r.condition == Condition::WhenWebsite)
                p.needsWebsite = true;
            break;
        }
        default:
            if (isScore(r.metric)) {
                auto &b = p.scoreBounds[r.metric];
                if (b == std::pair<qint32, qint32>())
                    b = { -10000, 10000 };
                b.second = std::min(b.second, percentNeeded(r) - 1);
            }
            break;
        }
    }

private:
    const Program &m_program;
    const ExchangeRates &m_rates;
    QDate m_today;
    ProfilePlan &m_plan;
};

// Picks which requirement of a tier the partner misses.
const Requirement *chooseFailure(const QList<const Requirement *> &candidates, const PlanRequest &request,
                                 bool preferSales, Random &rng)
{
    if (candidates.isEmpty())
        return nullptr;
    if (request.preferFail) {
        for (const Requirement *r : candidates) {
            if (r->metric == *request.preferFail
                && (r->metric != Metric::Event || !request.preferFailEvent || r->event == *request.preferFailEvent))
                return r;
        }
    }
    const Requirement *sales = nullptr;
    QList<const Requirement *> others;
    for (const Requirement *r : candidates) {
        if (r->metric == Metric::Sales)
            sales = r;
        else
            others << r;
    }
    if (sales && (preferSales || others.isEmpty() || rng.chance(0.6)))
        return sales;
    if (others.isEmpty())
        return sales;
    return others.at(rng.range(qsizetype(0), others.size() - 1));
}

void chooseRevenue(const Program &program, ProfilePlan &p, double nearRatio, Random &rng)
{
    const double scale = std::pow(10.0, Currency::find(program.currency).value_or(Currency {}).digits);
    const double lo = double(p.minRevenue);
    const double hi = double(p.maxRevenue);
    double r = 0;
    if (p.scenario == Scenario::NearThreshold && p.maxRevenue > 0) {
        r = hi * (nearRatio > 0 ? nearRatio : rng.real(0.94, 0.985));
        if (r < lo * 1.02)
            r = (lo + hi) / 2;
    } else if (p.maxRevenue > 0 && lo > 0) {
        const double a = lo * 1.04, b = hi * 0.95;
        r = a < b ? rng.real(a, b) : (lo + hi) / 2;
    } else if (p.maxRevenue > 0) {
        r = hi * rng.real(0.2, 0.9);
    } else if (lo > 0) {
        r = lo * rng.real(1.05, 1.9);
    } else {
        const auto [a, b] = typicalRevenue(program.key, std::max(p.storedTier, p.qualifiedTier));
        r = rng.real(a, b) * scale;
        if (p.maxRevenue == 0)
            r = 0;
    }
    p.revenue = std::llround(r);
    p.previousRevenue = std::llround(r * rng.real(0.55, 1.15));
    // A few dormant partners: nothing sold this year although they sold before.
    if (lo == 0 && p.scenario == Scenario::Match && p.qualifiedTier == 0 && rng.chance(0.04)) {
        p.previousRevenue = std::max(p.previousRevenue, p.revenue);
        p.revenue = 0;
    }
}

} // namespace

int eventLevel(const Requirement &r)
{
    switch (r.cadence) {
    case Cadence::Ever:
        return Once;
    case Cadence::Period:
        return InPeriod;
    case Cadence::Quarterly:
        return EveryQuarter;
    case Cadence::Monthly:
        return r.condition == Condition::WhenSales ? EveryMonthWithSales : EveryMonth;
    }
    return Once;
}

ProfilePlan planProfile(const Program &program, const PlanRequest &request, const ExchangeRates &rates,
                        const QDate &today, Random &rng)
{
    ProfilePlan plan;
    const int tiers = int(program.tiers.size());
    plan.storedTier = std::clamp(request.storedTier, 0, std::max(0, tiers - 1));
    plan.scenario = request.scenario;
    int qualified = plan.storedTier;
    if (plan.scenario == Scenario::Upgrade) {
        if (qualified + 1 < tiers && program.tiers.at(qualified + 1).admission == Admission::Automatic)
            ++qualified;
        else
            plan.scenario = Scenario::Match;
    } else if (plan.scenario == Scenario::Below) {
        --qualified;
    }
    plan.qualifiedTier = qualified;

    Planner planner(program, rates, today, plan);
    for (int t = 0; t <= qualified && t < tiers; ++t) {
        for (const Requirement &r : program.tiers.at(t).requirements)
            planner.must(r);
    }
    // Every tier above the qualified one that the engine could propose misses something.
    for (int t = std::max(0, qualified + 1); t < tiers; ++t) {
        const Tier &tier = program.tiers.at(t);
        if (tier.admission != Admission::Automatic && t > plan.storedTier)
            continue;
        bool failing = false;
        QList<const Requirement *> candidates;
        for (const Requirement &r : tier.requirements) {
            failing |= planner.isFailing(r);
            if (planner.canFail(r))
                candidates << &r;
        }
        if (failing)
            continue;
        const bool first = t == qualified + 1;
        bool preferSales = first && plan.scenario == Scenario::NearThreshold;
        if (preferSales && std::none_of(candidates.begin(), candidates.end(),
                                        [](const Requirement *r) { return r->metric == Metric::Sales; })) {
            plan.scenario = Scenario::Match;
            preferSales = false;
        }
        PlanRequest choice = request;
        if (!first)
            choice.preferFail.reset();
        if (const Requirement *r = chooseFailure(candidates, choice, preferSales, rng))
            planner.fail(*r);
        else if (first && qualified < plan.storedTier) {
            // Nothing of the stored tier can be missed: lower tiers' requirements imply it.
            plan.scenario = Scenario::Match;
            plan.qualifiedTier = t;
        }
    }
    if (plan.scenario == Scenario::NearThreshold && plan.maxRevenue <= 0)
        plan.scenario = Scenario::Match;
    chooseRevenue(program, plan, request.nearRatio, rng);
    return plan;
}

} // namespace pd::gen
