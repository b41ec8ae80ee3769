// Closing a quarter (QuarterClosing::preview and close): one transaction freezes every partner's
// statement with its adjustments, records what each line was given (closed_lines) and creates
// the payables.
#include "closing.h"

#include "../storage/sql.h"
#include "../storage/store.h"
#include "closingtr.h"
#include "frozenjson.h"
#include "payoutledger.h"

#include <QHash>
#include <QMap>

namespace pd {

namespace {

// Advisory lock key of closing (sql::lockTransaction): two managers closing at once take turns,
// and the second then finds the quarter closed.
constexpr qint64 kCloseQuarterLock = Database::kApplicationId + 16;

Error cancelled(const Quarter &quarter)
{
    return Error { Error::Code::Cancelled, ClosingTr::tr("Closing %1 was cancelled; nothing was written.").arg(quarter.text()) };
}

Result<void> add(Money &total, const Money &amount)
{
    if (total.currency.isEmpty())
        total = Money { 0, amount.currency };
    const auto s = sum(total, amount);
    if (!s)
        return std::unexpected(s.error());
    total = *s;
    return {};
}

// Adds one statement to the preview's totals per program and currency.
Result<void> count(QMap<std::pair<QString, QString>, CloseTotal> &totals, const QuarterStatement &st)
{
    for (const StatementTotal &t : st.totals) {
        CloseTotal &c = totals[{ st.partner.programKey, t.currency }];
        c.programKey = st.partner.programKey;
        c.currency = t.currency;
        ++c.partners;
        c.lines += t.lines;
        for (auto [into, amount] : { std::pair { &c.sales, &t.sales }, std::pair { &c.rewards, &t.rewards },
                                     std::pair { &c.rebate, &t.rebate }, std::pair { &c.spif, &t.spif },
                                     std::pair { &c.adjustments, &t.adjustments } }) {
            if (auto r = add(*into, *amount); !r)
                return r;
        }
    }
    return {};
}

// Writes one frozen statement: its document and the closed_lines rows of its lines and adjustments.
class Freezer
{
public:
    explicit Freezer(Database &db)
        : m_statement(db, QStringLiteral("INSERT INTO closed_statements (partner_id, quarter, document) VALUES (?, ?, ?)"))
        , m_line(db, QStringLiteral("INSERT INTO closed_lines (partner_id, quarter, sale_id, sale_quarter, kind, currency, "
                                    "reward_minor, rebate_minor, spif_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    {
    }

    Result<void> write(const QuarterStatement &st, const std::optional<Evaluation> &evaluation)
    {
        const QString quarter = st.quarter.text();
        if (auto r = m_statement.run({ st.partner.id, quarter, QString::fromUtf8(frozenToJson(st, evaluation)) }); !r)
            return r;
        for (const StatementLine &l : st.lines) {
            const auto rebate = applyRate(l.amount, st.rebateRate);
            if (!rebate)
                return std::unexpected(rebate.error());
            if (auto r = row(st, l.sale, QStringLiteral("line"), l.reward, rebate->minor, l.spifTotal().minor); !r)
                return r;
        }
        for (const StatementAdjustment &a : st.adjustments) {
            const QString kind = a.kind == AdjustmentKind::Void ? QStringLiteral("void") : QStringLiteral("late");
            if (auto r = row(st, a.line.sale, kind, a.reward, a.rebate.minor, a.spif.minor); !r)
                return r;
        }
        return {};
    }

private:
    Result<void> row(const QuarterStatement &st, const Sale &sale, const QString &kind, const Money &reward,
                     qint64 rebate, qint64 spif)
    {
        return m_line.run({ st.partner.id, st.quarter.text(), sale.id, Quarter::containing(sale.soldOn).text(), kind,
                            reward.currency, reward.minor, rebate, spif });
    }

    sql::Statement m_statement;
    sql::Statement m_line;
};

} // namespace

Result<void> QuarterClosing::statementsToFreeze(const Quarter &quarter, const QDateTime &closedAt, const QString &by,
                                                const ProgressFn &progress, ClosePreview &preview,
                                                const std::function<Result<void>(const QuarterStatement &)> &each) const
{
    const auto ids = m_store.partnerIds();
    if (!ids)
        return std::unexpected(ids.error());
    // The quarters whose late changes this close books: the closed ones before it (read once).
    auto closedBefore = closedQuarters();
    if (!closedBefore)
        return std::unexpected(closedBefore.error());
    closedBefore->removeIf([&](const QuarterCloseInfo &c) { return c.quarter.first() >= quarter.first(); });
    // The programs and SPIF campaigns every partner's statement reads, read once.
    const auto terms = rewardTerms(m_store);
    if (!terms)
        return std::unexpected(terms.error());
    preview = ClosePreview {};
    preview.quarter = quarter;
    preview.partners = ids->size();
    QMap<std::pair<QString, QString>, CloseTotal> totals;
    qint64 done = 0;
    if (!reportProgress(progress, done, ids->size()))
        return std::unexpected(cancelled(quarter));
    for (const qint64 id : *ids) {
        const auto ctx = rewardContext(m_store, id, *terms);
        if (!ctx)
            return std::unexpected(ctx.error());
        auto st = computeStatement(m_store, *ctx, quarter);
        if (!st)
            return std::unexpected(st.error());
        const auto adjustments = adjustmentsWithin(*ctx, *closedBefore);
        if (!adjustments)
            return std::unexpected(adjustments.error());
        st->adjustments = *adjustments;
        if (auto r = addAdjustmentTotals(*st); !r)
            return r;
        st->closed = true;
        st->closedAt = closedAt;
        st->closedBy = by;
        if (auto r = count(totals, *st); !r)
            return r;
        if (each) {
            if (auto r = each(*st); !r)
                return r;
        }
        if (!reportProgress(progress, ++done, ids->size()))
            return std::unexpected(cancelled(quarter));
    }
    preview.totals = totals.values();
    return {};
}

Result<ClosePreview> QuarterClosing::preview(const Quarter &quarter, const QDate &today, const ProgressFn &progress) const
{
    ClosePreview out;
    const auto r = m_store.database().snapshot([&]() -> Result<void> {
        if (auto ok = checkClosable(quarter, today); !ok)
            return ok;
        return statementsToFreeze(quarter, {}, {}, progress, out, {});
    });
    if (!r)
        return std::unexpected(r.error());
    return out;
}

Result<ClosePreview> QuarterClosing::close(const Quarter &quarter, const QDate &today, const QString &by,
                                           const ProgressFn &progress)
{
    Database &db = m_store.database();
    ClosePreview out;
    const auto r = db.transaction([&]() -> Result<void> {
        if (auto ok = sql::lockTransaction(db, kCloseQuarterLock); !ok)
            return ok;
        // Checked under the lock: a second manager closing the same quarter finds it closed.
        if (auto ok = checkClosable(quarter, today); !ok)
            return ok;
        const auto lastSale = sql::scalar(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM sales"));
        if (!lastSale)
            return std::unexpected(lastSale.error());
        const QString closedAtText = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QDateTime closedAt = QDateTime::fromString(closedAtText, Qt::ISODateWithMs);
        if (auto ok = sql::exec(db, QStringLiteral("INSERT INTO quarter_closes (quarter, closed_at, closed_by, last_sale_id) "
                                                   "VALUES (?, ?, ?, ?)"),
                                { quarter.text(), closedAtText, by, lastSale->toLongLong() });
            !ok)
            return ok;
        // The tier evaluations as of the quarter's last day, frozen beside the statements.
        QHash<qint64, Evaluation> evaluations;
        if (auto ok = TierEngine(m_store).evaluateEach(quarter.last(), [&](Evaluation &&e) { evaluations.insert(e.partnerId, std::move(e)); });
            !ok)
            return ok;
        Freezer freezer(db);
        QList<PayableDraft> drafts;
        const auto frozen = statementsToFreeze(quarter, closedAt, by, progress, out, [&](const QuarterStatement &st) -> Result<void> {
            const auto evaluation = evaluations.constFind(st.partner.id);
            if (auto w = freezer.write(st, evaluation != evaluations.cend() ? std::optional { *evaluation } : std::nullopt); !w)
                return w;
            for (const StatementTotal &t : st.totals)
                drafts << PayableDraft { st.partner.id, t.currency, t.rewards.minor, t.rebate.minor, t.spif.minor,
                                         t.adjustments.minor };
            return {};
        });
        if (!frozen)
            return frozen;
        const auto payables = PayoutLedger(db).createWithin(quarter, drafts, by);
        if (!payables)
            return std::unexpected(payables.error());
        out.payables = payables->size();
        return {};
    });
    if (!r)
        return std::unexpected(r.error());
    return out;
}

} // namespace pd
