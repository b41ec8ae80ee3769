#include "statement.h"

#include "money.h"
#include "payouts/closing.h"
#include "storage/store.h"
#include "translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <algorithm>

namespace pd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Statement)
};
} // namespace

QString tierOn(const Partner &partner, const QList<TierChange> &history, const QDate &date)
{
    // history is ordered by effective date; the last change on or before the date decides.
    QString tier;
    for (const TierChange &c : history) {
        if (c.effectiveOn <= date)
            tier = c.toTier;
        else if (tier.isEmpty())
            return c.fromTier; // before the first change: the tier it changed from
        else
            break;
    }
    return tier.isEmpty() ? partner.tierKey : tier;
}

Rate rebateRateOf(const Program &program, const QString &tierKey)
{
    const QJsonValue rebate = program.benefit(QStringLiteral("quarterly_rebate"), tierKey);
    // A percentage: converted only when it is one (a huge double does not fit an int).
    if (rebate.isDouble() && rebate.toDouble() >= 0 && rebate.toDouble() <= 100)
        return Rate { int(rebate.toDouble() * 100) };
    return {};
}

bool applyCommission(StatementLine &line, const Money &perUnit)
{
    line.rate = Rate {};
    line.perUnit = Money {};
    line.reward = Money { 0, line.sale.unitPrice.currency };
    if (perUnit.currency != line.sale.unitPrice.currency) {
        line.note = Tr::tr("the commission of %1 per unit is in %2 and this sale is in %3: no commission")
                        .arg(perUnit.display(formattingLocale()), perUnit.currency, line.sale.unitPrice.currency);
        return false;
    }
    const auto reward = multiplied(perUnit, line.sale.quantity);
    if (!reward) {
        line.note = reward.error().message;
        return false;
    }
    line.perUnit = perUnit;
    line.reward = *reward;
    return true;
}

Money StatementLine::spifTotal() const
{
    Money sum { 0, amount.currency };
    for (const SpifBonus &b : spif)
        sum.minor += b.amount.minor;
    return sum;
}

StatementLine rewardFor(const Sale &sale, const Program &program, const QString &tierKey)
{
    StatementLine line;
    line.sale = sale;
    line.tierKey = tierKey;
    line.reward = line.amount = Money { 0, sale.unitPrice.currency };
    const auto amount = sale.amount();
    if (!amount) {
        line.note = amount.error().message;
        return line;
    }
    line.amount = *amount;
    const Tier *tier = program.tier(tierKey);
    if (!tier) {
        line.note = Tr::tr("tier \"%1\" is not in the program").arg(tierKey);
        return line;
    }
    auto rule = tier->rates.constFind(sale.productLine);
    if (sale.renewal) {
        const auto renewal = tier->rates.constFind(QStringLiteral("renewal"));
        if (renewal != tier->rates.constEnd())
            rule = renewal;
    }
    if (rule == tier->rates.constEnd()) {
        line.note = Tr::tr("no reward rate for this product line in tier %1").arg(tier->name);
        return line;
    }
    if (rule->kind == RateKind::Commission) {
        if (rule->perUnit.minor <= 0)
            line.note = Tr::tr("commission negotiated per partner: no amount is set for this partner");
        else if (applyCommission(line, Money { rule->perUnit.minor, program.currency }))
            line.note = Tr::tr("commission of %1 per unit").arg(line.perUnit.display(formattingLocale()));
        return line;
    }
    if (rule->kind != RateKind::Reward) {
        line.note = rule->note.isEmpty() ? Tr::tr("the tier gives a discount on this line, not a reward") : rule->note;
        return line;
    }
    line.rate = rule->min;
    if (rule->isRange())
        line.note = Tr::tr("range %1: the lower bound applies until a partner rate is set")
                        .arg(percentRangeDisplay(rule->min.bp, rule->max.bp, formattingLocale()));
    const auto reward = applyRate(line.amount, line.rate);
    if (reward)
        line.reward = *reward;
    else
        line.note = reward.error().message;
    return line;
}

QList<StatementLine> returnLines(const StatementLine &original, const QList<Sale> &returns)
{
    QList<StatementLine> out;
    qint64 left = original.sale.voided.isVoid() ? 0 : original.reward.minor; // reward not yet clawed back
    for (const Sale &r : returns) {
        StatementLine line;
        line.sale = r;
        line.returnsReference = original.sale.reference;
        line.returnsSoldOn = original.sale.soldOn;
        line.returnsQuantity = original.sale.quantity;
        line.tierKey = original.tierKey;
        line.rate = original.rate;
        line.note = original.note;
        line.reward = line.amount = Money { 0, r.unitPrice.currency };
        const auto amount = r.amount();
        if (!amount) {
            line.note = amount.error().message;
            out << line;
            continue;
        }
        line.amount = *amount;
        if (original.sale.voided.isVoid()) {
            line.rate = Rate {};
            line.note = Tr::tr("the returned line %1 is voided: no reward to claw back").arg(original.sale.reference);
        } else if (r.unitPrice.currency != original.reward.currency) {
            line.rate = Rate {};
            line.note = Tr::tr("the returned line %1 is in another currency: no reward to claw back")
                            .arg(original.sale.reference);
        } else if (original.rate.bp != 0 || original.perUnit.minor != 0) {
            // A commission claws back per unit returned, a percentage on the returned amount.
            line.perUnit = original.perUnit;
            const auto clawback = original.perUnit.minor != 0 ? multiplied(original.perUnit, r.quantity)
                                                              : applyRate(line.amount, line.rate);
            if (!clawback) {
                line.note = clawback.error().message;
            } else {
                line.reward.minor = std::max(clawback->minor, -left);
                if (line.reward.minor != clawback->minor)
                    line.note = Tr::tr("limited to the reward left on the returned line %1").arg(original.sale.reference);
                left += line.reward.minor;
            }
        }
        out << line;
    }
    return out;
}

Result<QHash<qint64, StatementLine>> returnLinesAmong(Store &store, const QList<Sale> &sales, const RewardContext &ctx)
{
    QList<qint64> originalIds;
    for (const Sale &s : sales) {
        if (s.isReturn() && !originalIds.contains(s.returnsId))
            originalIds << s.returnsId;
    }
    QHash<qint64, StatementLine> out;
    if (originalIds.isEmpty())
        return out;
    const auto related = store.returnedSales(originalIds);
    if (!related)
        return std::unexpected(related.error());
    QHash<qint64, Sale> originals;
    QHash<qint64, QList<Sale>> returnsOf;
    for (const Sale &s : *related) {
        if (originalIds.contains(s.id))
            originals.insert(s.id, s);
        if (s.isReturn())
            returnsOf[s.returnsId] << s;
    }
    for (const qint64 id : std::as_const(originalIds)) {
        const auto original = originals.constFind(id);
        if (original == originals.cend())
            continue; // the schema's foreign key keeps the original; nothing to claw back against
        const StatementLine earned = lineFor(*original, ctx);
        QList<StatementLine> lines = returnLines(earned, returnsOf.value(id));
        for (StatementLine &line : lines)
            line.spif = spifBonuses(line, ctx.program.key, ctx.campaigns);
        limitSpifTakeBacks(earned, lines);
        for (const StatementLine &line : std::as_const(lines))
            out.insert(line.sale.id, line);
    }
    return out;
}

namespace {

Result<void> addTo(Money &total, const Money &amount)
{
    const auto s = sum(total, amount);
    if (!s)
        return std::unexpected(s.error());
    total = *s;
    return {};
}

} // namespace

Result<Money> StatementTotal::earned() const
{
    Money total { 0, currency };
    for (const Money &m : { rewards, rebate, spif, adjustments }) {
        if (auto r = addTo(total, m); !r)
            return std::unexpected(r.error());
    }
    return total;
}

namespace {

// The partner's own part of its context: the partner, its tier history and its overrides.
Result<RewardContext> partnerContext(Store &store, qint64 partnerId)
{
    RewardContext ctx;
    const auto partner = store.partner(partnerId);
    if (!partner)
        return std::unexpected(partner.error());
    ctx.partner = *partner;
    const auto history = store.tierHistory(partnerId);
    if (!history)
        return std::unexpected(history.error());
    ctx.history = *history;
    const auto overrides = RateOverrideStore(store.database()).forPartner(partnerId);
    if (!overrides)
        return std::unexpected(overrides.error());
    ctx.overrides = *overrides;
    return ctx;
}

} // namespace

Result<RewardContext> rewardContext(Store &store, qint64 partnerId)
{
    auto ctx = partnerContext(store, partnerId);
    if (!ctx)
        return ctx;
    const auto program = store.program(ctx->partner.programKey);
    if (!program)
        return std::unexpected(program.error());
    ctx->program = program->program;
    const auto campaigns = SpifStore(store.database()).campaigns();
    if (!campaigns)
        return std::unexpected(campaigns.error());
    ctx->campaigns = *campaigns;
    return ctx;
}

Result<RewardTerms> rewardTerms(Store &store)
{
    RewardTerms terms;
    const auto programs = store.programs();
    if (!programs)
        return std::unexpected(programs.error());
    for (const StoredProgram &p : *programs)
        terms.programs.insert(p.program.key, p.program);
    const auto campaigns = SpifStore(store.database()).campaigns();
    if (!campaigns)
        return std::unexpected(campaigns.error());
    terms.campaigns = *campaigns;
    return terms;
}

Result<RewardContext> rewardContext(Store &store, qint64 partnerId, const RewardTerms &terms)
{
    auto ctx = partnerContext(store, partnerId);
    if (!ctx)
        return ctx;
    const auto program = terms.programs.constFind(ctx->partner.programKey);
    if (program == terms.programs.cend()) {
        const auto stored = store.program(ctx->partner.programKey); // not among the terms: the store's answer
        if (!stored)
            return std::unexpected(stored.error());
        ctx->program = stored->program;
    } else {
        ctx->program = *program;
    }
    ctx->campaigns = terms.campaigns;
    return ctx;
}

StatementLine lineFor(const Sale &sale, const RewardContext &ctx)
{
    StatementLine line = rewardFor(sale, ctx.program, tierOn(ctx.partner, ctx.history, sale.soldOn));
    applyOverride(line, ctx.overrides);
    line.spif = spifBonuses(line, ctx.program.key, ctx.campaigns);
    return line;
}

Result<QuarterStatement> computeStatement(Store &store, const RewardContext &ctx, const Quarter &quarter)
{
    const auto sales = store.sales(ctx.partner.id, quarter.first(), quarter.last());
    if (!sales)
        return std::unexpected(sales.error());
    const auto returns = returnLinesAmong(store, *sales, ctx);
    if (!returns)
        return std::unexpected(returns.error());

    QuarterStatement st;
    st.partner = ctx.partner;
    st.programName = ctx.program.name;
    st.quarter = quarter;
    st.tierAtQuarterEnd = tierOn(ctx.partner, ctx.history, quarter.last());
    st.rebateRate = rebateRateOf(ctx.program, st.tierAtQuarterEnd);

    QMap<QString, StatementTotal> totals;
    for (const Sale &s : *sales) {
        const auto returned = returns->constFind(s.id);
        const StatementLine line = returned != returns->cend() ? *returned : lineFor(s, ctx);
        StatementTotal &t = totals[s.unitPrice.currency];
        if (t.currency.isEmpty()) {
            t.currency = s.unitPrice.currency;
            t.sales = t.rewards = t.rebate = t.spif = t.adjustments = Money { 0, t.currency };
        }
        ++t.lines;
        const auto amount = s.amount();
        if (!amount)
            return std::unexpected(amount.error());
        if (auto r = addTo(t.sales, *amount); !r)
            return std::unexpected(r.error());
        if (auto r = addTo(t.rewards, line.reward); !r)
            return std::unexpected(r.error());
        for (const SpifBonus &b : line.spif) {
            if (auto r = addTo(t.spif, b.amount); !r)
                return std::unexpected(r.error());
        }
        st.lines << line;
    }
    for (StatementTotal &t : totals) {
        const auto rebateAmount = applyRate(t.sales, st.rebateRate);
        if (!rebateAmount)
            return std::unexpected(rebateAmount.error());
        t.rebate = *rebateAmount;
        st.totals << t;
    }
    return st;
}

Result<void> addAdjustmentTotals(QuarterStatement &st)
{
    for (const StatementAdjustment &a : std::as_const(st.adjustments)) {
        auto t = std::find_if(st.totals.begin(), st.totals.end(),
                              [&](const StatementTotal &x) { return x.currency == a.reward.currency; });
        if (t == st.totals.end()) {
            StatementTotal fresh;
            fresh.currency = a.reward.currency;
            fresh.sales = fresh.rewards = fresh.rebate = fresh.spif = fresh.adjustments = Money { 0, fresh.currency };
            t = st.totals.insert(std::lower_bound(st.totals.begin(), st.totals.end(), fresh.currency,
                                                  [](const StatementTotal &x, const QString &c) { return x.currency < c; }),
                                 fresh);
        }
        for (const Money &m : { a.reward, a.rebate, a.spif }) {
            if (auto r = addTo(t->adjustments, m); !r)
                return r;
        }
    }
    return {};
}

Result<QuarterStatement> buildStatement(Store &store, qint64 partnerId, const Quarter &quarter)
{
    // Issue 16: a closed quarter reads its frozen statement. The first open quarter (the one right
    // after the latest closed quarter) adds the adjustments of late changes to closed quarters
    // (QuarterClosing, core/payouts/closing.cpp); later open quarters and quarters before the
    // first closed one have none: the next close books them on the first open quarter.
    QuarterClosing closing(store);
    const auto frozen = closing.frozenStatement(partnerId, quarter);
    if (!frozen)
        return std::unexpected(frozen.error());
    if (*frozen)
        return **frozen;
    const auto ctx = rewardContext(store, partnerId);
    if (!ctx)
        return std::unexpected(ctx.error());
    auto st = computeStatement(store, *ctx, quarter);
    if (!st)
        return st;
    const auto closed = closing.closedQuarters();
    if (!closed)
        return std::unexpected(closed.error());
    if (closed->isEmpty() || quarterAfter(closed->constLast().quarter).text() != quarter.text())
        return st;
    const auto adjustments = closing.pendingAdjustments(*ctx);
    if (!adjustments)
        return std::unexpected(adjustments.error());
    st->adjustments = *adjustments;
    if (auto r = addAdjustmentTotals(*st); !r)
        return std::unexpected(r.error());
    return st;
}

} // namespace pd
