#pragma once

#include "dates.h"
#include "fxrates.h"
#include "program.h"
#include "progress.h"
#include "records.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <any>
#include <functional>
#include <optional>

namespace pd {

class Store;
struct PartnerFacts;

// One requirement checked against a partner's metrics: codes and values only, in no language.
// requirementtext.h turns them into sentences in the language it is given.
struct RequirementCheck {
    Requirement requirement;
    bool met = false;
    // The measured value in the requirement's unit: money (in the requirement's currency),
    // a count, months, or a percentage in basis points; events: the number of periods with the
    // event (monthly, quarterly) or 1 when it happened (ever, in the period).
    qint64 actual = 0;
    qint64 gap = 0;        // how much is missing, same unit; 0 when met
    bool unknown = false;  // no data (for example no NPS recorded in the period)
    bool notApplicable = false; // an event required only of partners with a web site, and none
    QDate eventOn;         // events ever: the first one; in a period: the last one; else invalid
    // Monthly and quarterly events: the first day of each inspected month (quarter) without the
    // event, oldest first.
    QList<QDate> missingPeriods;
};

struct TierCheck {
    QString tierKey;
    bool qualifies = false;  // every requirement met
    QList<RequirementCheck> requirements;
    QList<RequirementCheck> targets;
};

enum class TierMove { None, Upgrade, Demotion };

struct Evaluation {
    qint64 partnerId = 0;
    QString partnerCode;
    QString partnerName;
    QString programKey;
    QDate asOf;
    QString currentTier;
    QString proposedTier;   // the highest automatic tier whose requirements are all met
    TierMove move = TierMove::None;
    QString nextTier;       // the tier above the proposed one; empty at the top
    QList<RequirementCheck> gaps;  // the unmet requirements of nextTier
    // Review or invitation: why nextTier is not proposed automatically; else Automatic.
    Admission nextTierAdmission = Admission::Automatic;
    QString nextTierName;   // as the program defines it (presetText() shows a built-in one's)
    QList<TierCheck> tiers; // every tier of the program, lowest first
    Money trailingRevenue;  // trailing 12 months, in the program's currency
    std::optional<Error> error; // a partner that could not be evaluated (for example a missing rate)
};

// Computes partners' metrics from their records and checks them against their program.
class TierEngine {
public:
    explicit TierEngine(Store &store);
    ~TierEngine();

    // Every partner, with a few set-based queries (not one query per partner).
    Result<QList<Evaluation>> evaluateAll(const QDate &asOf, const ProgressFn &progress = {});
    // The same evaluations, handed to `each` one at a time in partner order and dropped after:
    // memory stays at one evaluation (with its requirement checks) instead of one per partner.
    // Callers keep what they show (tier, proposal, gap summary).
    using EvaluationSink = std::function<void(Evaluation &&evaluation)>;
    Result<void> evaluateEach(const QDate &asOf, const EvaluationSink &each, const ProgressFn &progress = {});
    // The same again, but `reduce` runs on the worker threads right after each evaluation, and
    // only what it keeps reaches `each` (on this thread, in partner order);
    // the evaluation is dropped on the worker. What a caller makes of every evaluation (a table
    // row, JSON, a line of text) is then made beside the evaluation instead of after it, on the
    // thread that reads the facts. `reduce` must be thread-safe: it may read only its argument
    // and data nobody changes during the run.
    template <class Kept>
    Result<void> evaluateReduced(const QDate &asOf, const std::function<Kept(Evaluation &&)> &reduce,
                                 const std::function<void(Kept &&)> &each, const ProgressFn &progress = {})
    {
        return run(
            std::nullopt, asOf, [&reduce](Evaluation &&e) { return std::any(reduce(std::move(e))); },
            [&each](std::any &&kept) { each(std::any_cast<Kept>(std::move(kept))); }, progress);
    }
    Result<Evaluation> evaluate(qint64 partnerId, const QDate &asOf);

    // Writes a proposed upgrade or demotion of one evaluation into the partner and its history.
    Result<void> apply(const Evaluation &evaluation, const QString &reason, const QString &changedBy);

private:
    using Reduce = std::function<std::any(Evaluation &&)>;
    using KeptSink = std::function<void(std::any &&)>;
    Result<void> run(std::optional<qint64> partnerId, const QDate &asOf, const Reduce &reduce, const KeptSink &each,
                     const ProgressFn &progress);
    Result<void> run(std::optional<qint64> partnerId, const QDate &asOf, const EvaluationSink &each,
                     const ProgressFn &progress);
    Store &m_store;
};

// The pure part of the engine, for tests: evaluates one partner's facts against a program.
Evaluation evaluatePartner(const Partner &partner, const Program &program, const PartnerFacts &facts,
                           const ExchangeRates &rates, const QDate &asOf);

} // namespace pd
