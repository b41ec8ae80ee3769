#include "tierengine.h"

#include "requirementcheck.h"
#include "storage/factsquery.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::TierEngine)
};

// Which windows and months the programs' requirements need.
FactsRequest requestFor(const QList<StoredProgram> &programs, const QDate &asOf)
{
    FactsRequest request;
    request.asOf = asOf;
    request.windowMonths.insert(12);
    for (const StoredProgram &sp : programs) {
        for (const Tier &t : sp.program.tiers) {
            for (const QList<Requirement> *list : { &t.requirements, &t.targets }) {
                for (const Requirement &r : *list) {
                    if (r.metric == Metric::Event) {
                        request.recentMonths = std::max(request.recentMonths, r.periodMonths + 1);
                        request.needSalesMonths |= r.condition == Condition::WhenSales;
                    } else {
                        request.windowMonths.insert(r.periodMonths);
                    }
                }
            }
        }
    }
    return request;
}

} // namespace

Evaluation evaluatePartner(const Partner &partner, const Program &program, const PartnerFacts &facts,
                           const ExchangeRates &rates, const QDate &asOf)
{
    Evaluation e;
    e.partnerId = partner.id;
    e.partnerCode = partner.code;
    e.partnerName = partner.name;
    e.programKey = program.key;
    e.asOf = asOf;
    e.currentTier = partner.tierKey;

    const auto revenue = sumSales(facts.windows.value(12).sales, {}, program.currency, rates, asOf);
    if (!revenue) {
        e.error = revenue.error();
        return e;
    }
    e.trailingRevenue = *revenue;

    for (const Tier &tier : program.tiers) {
        TierCheck tc;
        tc.tierKey = tier.key;
        tc.qualifies = true;
        for (const Requirement &r : tier.requirements) {
            auto c = checkRequirement(r, partner, facts, rates, program.currency, asOf);
            if (!c) {
                e.error = c.error();
                return e;
            }
            tc.qualifies &= c->met;
            tc.requirements << *c;
        }
        for (const Requirement &r : tier.targets) {
            auto c = checkRequirement(r, partner, facts, rates, program.currency, asOf);
            if (!c) {
                e.error = c.error();
                return e;
            }
            tc.targets << *c;
        }
        e.tiers << tc;
    }

    // The highest tier whose requirements are met. Tiers that are not automatic (vendor review,
    // invitation) are kept by a partner who holds them or a higher tier, but never proposed.
    const int current = program.tierIndex(partner.tierKey);
    int proposed = 0;
    for (int i = int(program.tiers.size()) - 1; i > 0; --i) {
        const bool eligible = program.tiers.at(i).admission == Admission::Automatic || i <= current;
        if (eligible && e.tiers.at(i).qualifies) {
            proposed = i;
            break;
        }
    }
    e.proposedTier = program.tiers.at(proposed).key;
    if (current >= 0 && proposed != current)
        e.move = proposed > current ? TierMove::Upgrade : TierMove::Demotion;
    else if (current < 0)
        e.move = TierMove::Upgrade; // a partner without a valid tier gets one

    if (proposed + 1 < program.tiers.size()) {
        const Tier &next = program.tiers.at(proposed + 1);
        e.nextTier = next.key;
        for (const RequirementCheck &c : e.tiers.at(proposed + 1).requirements) {
            if (!c.met)
                e.gaps << c;
        }
        e.nextTierAdmission = next.admission;
        e.nextTierName = next.name;
    }
    return e;
}

TierEngine::TierEngine(Store &store)
    : m_store(store)
{
}

TierEngine::~TierEngine() = default;

Result<QList<Evaluation>> TierEngine::evaluateAll(const QDate &asOf, const ProgressFn &progress)
{
    QList<Evaluation> out;
    if (auto r = run(std::nullopt, asOf, [&out](Evaluation &&e) { out << std::move(e); }, progress); !r)
        return std::unexpected(r.error());
    return out;
}

Result<void> TierEngine::evaluateEach(const QDate &asOf, const EvaluationSink &each, const ProgressFn &progress)
{
    return run(std::nullopt, asOf, each, progress);
}

Result<Evaluation> TierEngine::evaluate(qint64 partnerId, const QDate &asOf)
{
    std::optional<Evaluation> one;
    if (auto r = run(partnerId, asOf, [&one](Evaluation &&e) { one = std::move(e); }, {}); !r)
        return std::unexpected(r.error());
    if (!one)
        return fail(Error::Code::NotFound, Tr::tr("There is no partner with id %1.").arg(partnerId));
    return std::move(*one);
}

Result<void> TierEngine::run(std::optional<qint64> partnerId, const QDate &asOf, const EvaluationSink &each,
                             const ProgressFn &progress)
{
    return run(
        partnerId, asOf, [](Evaluation &&e) { return std::any(std::move(e)); },
        [&each](std::any &&kept) { each(std::any_cast<Evaluation>(std::move(kept))); }, progress);
}

Result<void> TierEngine::run(std::optional<qint64> partnerId, const QDate &asOf, const Reduce &reduce,
                             const KeptSink &each, const ProgressFn &progress)
{
    if (!asOf.isValid())
        return fail(Error::Code::InvalidInput, Tr::tr("The as-of date is not a valid date."));
    const auto programs = m_store.programs();
    if (!programs)
        return std::unexpected(programs.error());
    QHash<QString, const Program *> byKey;
    for (const StoredProgram &sp : *programs)
        byKey.insert(sp.program.key, &sp.program);
    const auto fx = m_store.fxRates();
    if (!fx)
        return std::unexpected(fx.error());
    const ExchangeRates rates(*fx);

    const FactsRequest request = requestFor(*programs, asOf);
    FactsQuery query(m_store.database());
    // Pure and thread-safe: reads only its arguments, the programs and the rates.
    auto evaluateOne = [&byKey, &rates, &asOf](const Partner &p, auto &&factsOf) {
        const Program *program = byKey.value(p.programKey);
        if (!program) {
            Evaluation e;
            e.partnerId = p.id;
            e.partnerCode = p.code;
            e.partnerName = p.name;
            e.programKey = p.programKey;
            e.currentTier = p.tierKey;
            e.error = Error { Error::Code::NotFound, Tr::tr("There is no program \"%1\".").arg(p.programKey) };
            return e;
        }
        return evaluatePartner(p, *program, factsOf(p.id), rates, asOf);
    };

    if (partnerId) {
        auto p = m_store.partner(*partnerId);
        if (!p)
            return std::unexpected(p.error());
        auto facts = query.run(request, partnerId);
        if (!facts)
            return std::unexpected(facts.error());
        each(reduce(evaluateOne(*p, [&facts](qint64 id) { return facts->value(id); })));
        return {};
    }

    // Every partner, in slices of consecutive ids: the same set-based queries restricted to an id
    // range, so that only two slices' partners and facts are in memory at a time. While this
    // thread reads a slice's facts, worker threads evaluate the slice before it; evaluations
    // are reduced there and handed to `each` on this thread, in partner order. The slice's facts and
    // evaluations are freed by the workers too: this thread only reads.
    constexpr int kSlice = 4096;
    const auto total = m_store.partnerCount();
    if (!total)
        return std::unexpected(total.error());
    if (!reportProgress(progress, 0, *total))
        return fail(Error::Code::Cancelled, Tr::tr("Evaluation cancelled."));
    struct Slice {
        QList<Partner> partners;
        FactsRows facts;
        std::vector<std::any> kept;
        std::atomic<int> running = 0;
    };
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    std::unique_ptr<Slice> evaluating;
    std::vector<std::thread> workers;
    auto startWorkers = [&](Slice &slice) {
        // The last worker to finish frees the slice's partners: never read them here once one runs.
        const qsizetype count = slice.partners.size();
        slice.kept.resize(std::size_t(count));
        const qsizetype chunk = (count + threads - 1) / threads;
        slice.running = int((count + chunk - 1) / chunk);
        for (qsizetype from = 0; from < count; from += chunk) {
            workers.emplace_back([&slice, &evaluateOne, &reduce, from, to = std::min(from + chunk, count)] {
                FactsFolder folder(slice.facts);
                const auto factsOf = [&folder](qint64 id) { return folder.facts(id); };
                for (qsizetype i = from; i < to; ++i)
                    slice.kept[std::size_t(i)] = reduce(evaluateOne(slice.partners.at(i), factsOf));
                if (slice.running.fetch_sub(1) == 1) { // the last worker of the slice
                    slice.facts = {};
                    slice.partners = {};
                }
            });
        }
    };
    auto joinWorkers = [&workers] {
        for (std::thread &t : workers)
            t.join();
        workers.clear();
    };
    qint64 done = 0;
    qint64 after = 0;
    for (;;) {
        auto next = std::make_unique<Slice>();
        auto partners = m_store.partnersAfter(after, kSlice);
        Result<FactsRows> facts = FactsRows {};
        if (partners && !partners->isEmpty())
            facts = query.readRange(request, partners->first().id, partners->last().id);
        joinWorkers();
        if (evaluating) {
            for (std::any &kept : evaluating->kept)
                each(std::move(kept));
            done += qint64(evaluating->kept.size());
            evaluating.reset();
            if (!reportProgress(progress, std::min(done, *total), *total))
                return fail(Error::Code::Cancelled, Tr::tr("Evaluation cancelled."));
        }
        if (!partners)
            return std::unexpected(partners.error());
        if (!facts)
            return std::unexpected(facts.error());
        if (partners->isEmpty())
            break;
        after = partners->last().id;
        next->partners = std::move(*partners);
        next->facts = std::move(*facts);
        evaluating = std::move(next);
        startWorkers(*evaluating);
    }
    reportProgress(progress, *total, *total);
    return {};
}

Result<void> TierEngine::apply(const Evaluation &evaluation, const QString &reason, const QString &changedBy)
{
    if (evaluation.error)
        return std::unexpected(*evaluation.error);
    if (evaluation.move == TierMove::None)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("Partner \"%1\" already holds the proposed tier.").arg(evaluation.partnerName));
    const auto partner = m_store.partner(evaluation.partnerId);
    if (!partner)
        return std::unexpected(partner.error());
    if (partner->tierKey != evaluation.currentTier)
        return fail(Error::Code::Conflict,
                    Tr::tr("Partner \"%1\" changed tier since it was evaluated; evaluate it again.")
                        .arg(evaluation.partnerName));
    return m_store.applyTierChange(evaluation.partnerId, evaluation.proposedTier, evaluation.asOf, reason, changedBy,
                                   partner->rowVersion);
}

} // namespace pd
