// The adjustments of late changes to closed quarters (QuarterClosing::pendingAdjustments).
//
// closed_lines records what each closed statement gave each sale line: 'line' and 'late' rows
// give (count +1), 'void' rows take back (count -1). A line dated in a closed quarter is
// - live and not accounted for (net count 0): a late line, + what it earns now;
// - voided and still accounted for (net count > 0): a void, - what the closed rows gave it.
// A correction (void + new line) is thus one void and one late line.
#include "closing.h"

#include "../storage/sql.h"
#include "../storage/store.h"
#include "frozenjson.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace pd {

namespace {

struct Booked {
    int count = 0;
    QString currency;
    qint64 reward = 0;
    qint64 rebate = 0;
    qint64 spif = 0;
};

Result<QHash<qint64, Booked>> bookedLines(Database &db, qint64 partnerId)
{
    sql::Statement st(db, QStringLiteral("SELECT sale_id, kind, currency, reward_minor, rebate_minor, spif_minor "
                                         "FROM closed_lines WHERE partner_id = ?"));
    if (auto r = st.run({ partnerId }); !r)
        return std::unexpected(r.error());
    QHash<qint64, Booked> out;
    while (st.query().next()) {
        Booked &b = out[st.query().value(0).toLongLong()];
        b.count += st.query().value(1).toString() == QLatin1String("void") ? -1 : 1;
        b.currency = st.query().value(2).toString();
        b.reward += st.query().value(3).toLongLong();
        b.rebate += st.query().value(4).toLongLong();
        b.spif += st.query().value(5).toLongLong();
    }
    return out;
}

// The partner's frozen statements, by quarter text.
Result<QMap<QString, QuarterStatement>> frozenStatements(Database &db, qint64 partnerId)
{
    sql::Statement st(db, QStringLiteral("SELECT quarter, document FROM closed_statements WHERE partner_id = ?"));
    if (auto r = st.run({ partnerId }); !r)
        return std::unexpected(r.error());
    QMap<QString, QuarterStatement> out;
    while (st.query().next()) {
        const auto doc = frozenFromJson(st.query().value(1).toString().toUtf8());
        if (!doc)
            return std::unexpected(doc.error());
        out.insert(st.query().value(0).toString(), doc->statement);
    }
    return out;
}

// The line as a frozen statement holds it (its own line or a late line it booked); the latest
// statement wins. nullopt when none holds it.
std::optional<StatementLine> frozenLine(const QMap<QString, QuarterStatement> &frozen, qint64 saleId)
{
    for (auto it = frozen.cend(); it != frozen.cbegin();) {
        --it;
        for (const StatementAdjustment &a : it->adjustments) {
            if (a.kind == AdjustmentKind::LateLine && a.line.sale.id == saleId)
                return a.line;
        }
        for (const StatementLine &l : it->lines) {
            if (l.sale.id == saleId)
                return l;
        }
    }
    return std::nullopt;
}

} // namespace

Result<QList<StatementAdjustment>> QuarterClosing::pendingAdjustments(const RewardContext &ctx) const
{
    const auto closed = closedQuarters();
    if (!closed)
        return std::unexpected(closed.error());
    return adjustmentsWithin(ctx, *closed);
}

Result<QList<StatementAdjustment>> QuarterClosing::adjustmentsWithin(const RewardContext &ctx,
                                                                      const QList<QuarterCloseInfo> &closed) const
{
    if (closed.isEmpty())
        return QList<StatementAdjustment> {};
    // Closed quarters follow each other from the first: one range. Earlier dates are before the ledger.
    const auto sales = m_store.sales(ctx.partner.id, closed.constFirst().quarter.first(),
                                     closed.constLast().quarter.last(), Voided::Included);
    if (!sales)
        return std::unexpected(sales.error());
    const auto booked = bookedLines(m_store.database(), ctx.partner.id);
    if (!booked)
        return std::unexpected(booked.error());

    QList<Sale> late;
    QSet<qint64> lateIds;
    QSet<qint64> voidedIds;
    for (const Sale &s : *sales) {
        const int count = booked->value(s.id).count;
        if (!s.voided.isVoid() && count <= 0) {
            late << s;
            lateIds.insert(s.id);
        } else if (s.voided.isVoid() && count > 0) {
            voidedIds.insert(s.id);
        }
    }
    QList<StatementAdjustment> out;
    if (lateIds.isEmpty() && voidedIds.isEmpty())
        return out;

    const auto frozen = frozenStatements(m_store.database(), ctx.partner.id);
    if (!frozen)
        return std::unexpected(frozen.error());
    const auto returns = returnLinesAmong(m_store, late, ctx);
    if (!returns)
        return std::unexpected(returns.error());
    for (const Sale &s : *sales) {
        StatementAdjustment a;
        a.fromQuarter = Quarter::containing(s.soldOn);
        const QString currency = s.unitPrice.currency;
        if (lateIds.contains(s.id)) {
            a.kind = AdjustmentKind::LateLine;
            const auto returned = returns->constFind(s.id);
            a.line = returned != returns->cend() ? *returned : lineFor(s, ctx);
            a.reward = a.line.reward;
            const auto statement = frozen->constFind(a.fromQuarter.text());
            const Rate rebateRate = statement != frozen->cend()
                ? statement->rebateRate
                : rebateRateOf(ctx.program, tierOn(ctx.partner, ctx.history, a.fromQuarter.last()));
            const auto rebate = applyRate(a.line.amount, rebateRate);
            if (!rebate)
                return std::unexpected(rebate.error());
            a.rebate = *rebate;
            a.spif = Money { a.line.spifTotal().minor, currency };
        } else if (voidedIds.contains(s.id)) {
            const Booked b = booked->value(s.id);
            a.kind = AdjustmentKind::Void;
            a.line = frozenLine(*frozen, s.id).value_or(lineFor(s, ctx));
            a.line.sale.voided = s.voided;
            a.reward = Money { -b.reward, b.currency };
            a.rebate = Money { -b.rebate, b.currency };
            a.spif = Money { -b.spif, b.currency };
        } else {
            continue;
        }
        out << a;
    }
    return out;
}

} // namespace pd
