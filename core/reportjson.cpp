#include "reportjson.h"

#include <QJsonArray>

namespace pd {

namespace {

QString unitOf(const Requirement &r)
{
    switch (metricKind(r.metric)) {
    case MetricKind::Money:
        return r.money.currency;
    case MetricKind::Count:
        return QStringLiteral("count");
    case MetricKind::Months:
        return QStringLiteral("months");
    case MetricKind::Percent:
        return QStringLiteral("basis_points");
    case MetricKind::Event:
        return r.cadence == Cadence::Monthly     ? QStringLiteral("months")
               : r.cadence == Cadence::Quarterly ? QStringLiteral("quarters")
                                                 : QStringLiteral("events");
    }
    return {};
}

QJsonValue amountValue(const Requirement &r, qint64 v)
{
    if (metricKind(r.metric) == MetricKind::Money)
        return Money { v, r.money.currency }.plainText();
    return double(v);
}

QJsonObject checkToJson(const RequirementCheck &c)
{
    const Requirement &r = c.requirement;
    QJsonObject o { { QStringLiteral("metric"), metricKey(r.metric) },
                    { QStringLiteral("description"), c.description },
                    { QStringLiteral("met"), c.met },
                    { QStringLiteral("unit"), unitOf(r) },
                    { QStringLiteral("actual"), c.unknown ? QJsonValue() : amountValue(r, c.actual) },
                    { QStringLiteral("actualText"), c.actualText } };
    if (r.metric == Metric::Event)
        o.insert(QStringLiteral("event"), eventKey(r.event));
    if (!c.met) {
        o.insert(QStringLiteral("gap"), c.unknown ? QJsonValue() : amountValue(r, c.gap));
        o.insert(QStringLiteral("gapText"), c.gapText);
    }
    return o;
}

} // namespace

QString tierMoveKey(TierMove move)
{
    switch (move) {
    case TierMove::None:
        return QStringLiteral("none");
    case TierMove::Upgrade:
        return QStringLiteral("upgrade");
    case TierMove::Demotion:
        return QStringLiteral("demotion");
    }
    return {};
}

QJsonObject moneyToJson(const Money &m)
{
    return { { QStringLiteral("amount"), m.plainText() }, { QStringLiteral("currency"), m.currency } };
}

QJsonObject evaluationToJson(const Evaluation &e)
{
    QJsonObject o { { QStringLiteral("partner"), e.partnerCode },
                    { QStringLiteral("name"), e.partnerName },
                    { QStringLiteral("program"), e.programKey },
                    { QStringLiteral("asOf"), e.asOf.toString(Qt::ISODate) },
                    { QStringLiteral("currentTier"), e.currentTier } };
    if (e.error) {
        o.insert(QStringLiteral("error"), e.error->message);
        return o;
    }
    o.insert(QStringLiteral("proposedTier"), e.proposedTier);
    o.insert(QStringLiteral("change"), tierMoveKey(e.move));
    o.insert(QStringLiteral("trailingRevenue"), moneyToJson(e.trailingRevenue));
    o.insert(QStringLiteral("nextTier"), e.nextTier.isEmpty() ? QJsonValue() : QJsonValue(e.nextTier));
    if (!e.nextTierNote.isEmpty())
        o.insert(QStringLiteral("nextTierNote"), e.nextTierNote);
    QJsonArray gaps;
    for (const RequirementCheck &c : e.gaps)
        gaps.append(checkToJson(c));
    o.insert(QStringLiteral("gaps"), gaps);
    return o;
}

QJsonObject statementToJson(const QuarterStatement &s)
{
    QJsonArray lines;
    for (const StatementLine &l : s.lines) {
        QJsonObject line { { QStringLiteral("date"), l.sale.soldOn.toString(Qt::ISODate) },
                           { QStringLiteral("productLine"), l.sale.productLine },
                           { QStringLiteral("renewal"), l.sale.renewal },
                           { QStringLiteral("quantity"), l.sale.quantity },
                           { QStringLiteral("unitPrice"), moneyToJson(l.sale.unitPrice) },
                           { QStringLiteral("amount"), moneyToJson(l.amount) },
                           { QStringLiteral("tier"), l.tierKey },
                           { QStringLiteral("ratePercent"), l.rate.percentText() },
                           { QStringLiteral("reward"), moneyToJson(l.reward) } };
        if (!l.sale.reference.isEmpty())
            line.insert(QStringLiteral("reference"), l.sale.reference);
        if (l.sale.isReturn()) {
            line.insert(QStringLiteral("returnsReference"), l.returnsReference);
            line.insert(QStringLiteral("returnsDate"), l.returnsSoldOn.toString(Qt::ISODate));
        }
        if (l.perUnit.minor != 0)
            line.insert(QStringLiteral("commissionPerUnit"), moneyToJson(l.perUnit));
        if (l.overrideId != 0)
            line.insert(QStringLiteral("negotiatedRateId"), double(l.overrideId));
        if (!l.note.isEmpty())
            line.insert(QStringLiteral("note"), l.note);
        if (!l.spif.isEmpty()) {
            QJsonArray spif;
            for (const SpifBonus &b : l.spif)
                spif.append(QJsonObject { { QStringLiteral("campaign"), b.campaignKey },
                                          { QStringLiteral("amount"), moneyToJson(b.amount) } });
            line.insert(QStringLiteral("spif"), spif);
        }
        lines.append(line);
    }
    QJsonArray adjustments;
    for (const StatementAdjustment &a : s.adjustments)
        adjustments.append(QJsonObject { { QStringLiteral("kind"), a.kind == AdjustmentKind::Void ? QStringLiteral("void")
                                                                                                   : QStringLiteral("late") },
                                         { QStringLiteral("fromQuarter"), a.fromQuarter.text() },
                                         { QStringLiteral("date"), a.line.sale.soldOn.toString(Qt::ISODate) },
                                         { QStringLiteral("reference"), a.line.sale.reference },
                                         { QStringLiteral("productLine"), a.line.sale.productLine },
                                         { QStringLiteral("amount"), moneyToJson(a.line.amount) },
                                         { QStringLiteral("reward"), moneyToJson(a.reward) },
                                         { QStringLiteral("rebate"), moneyToJson(a.rebate) },
                                         { QStringLiteral("spif"), moneyToJson(a.spif) } });
    QJsonArray totals;
    for (const StatementTotal &t : s.totals) {
        const auto earned = t.earned();
        totals.append(QJsonObject { { QStringLiteral("currency"), t.currency },
                                    { QStringLiteral("lines"), double(t.lines) },
                                    { QStringLiteral("sales"), t.sales.plainText() },
                                    { QStringLiteral("rewards"), t.rewards.plainText() },
                                    { QStringLiteral("rebate"), t.rebate.plainText() },
                                    { QStringLiteral("spif"), t.spif.plainText() },
                                    { QStringLiteral("adjustments"), t.adjustments.plainText() },
                                    { QStringLiteral("earned"), earned ? QJsonValue(earned->plainText()) : QJsonValue() } });
    }
    return { { QStringLiteral("partner"), s.partner.code },
             { QStringLiteral("name"), s.partner.name },
             { QStringLiteral("program"), s.partner.programKey },
             { QStringLiteral("quarter"), s.quarter.text() },
             { QStringLiteral("tierAtQuarterEnd"), s.tierAtQuarterEnd },
             { QStringLiteral("rebatePercent"), s.rebateRate.percentText() },
             { QStringLiteral("lines"), lines },
             { QStringLiteral("adjustments"), adjustments },
             { QStringLiteral("totals"), totals },
             { QStringLiteral("closed"), s.closed },
             { QStringLiteral("closedAt"), s.closed ? QJsonValue(s.closedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue() },
             { QStringLiteral("closedBy"), s.closed ? QJsonValue(s.closedBy) : QJsonValue() } };
}

} // namespace pd
