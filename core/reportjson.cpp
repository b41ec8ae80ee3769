#include "reportjson.h"

#include "jsonwriter.h"
#include "requirementtext.h"

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

void writeAmount(JsonWriter &w, const Requirement &r, qint64 v)
{
    if (metricKind(r.metric) == MetricKind::Money)
        w.value(Money { v, r.money.currency }.plainText());
    else
        w.value(v);
}

QLatin1StringView key(const char *name)
{
    return QLatin1StringView(name);
}

// The requirement's threshold in its unit (events: 1, once per period).
void writeTarget(JsonWriter &w, const Requirement &r)
{
    switch (metricKind(r.metric)) {
    case MetricKind::Money:
        w.value(r.money.plainText());
        return;
    case MetricKind::Count:
    case MetricKind::Months:
        w.value(r.count);
        return;
    case MetricKind::Percent:
        w.value(qint64(r.percent.bp));
        return;
    case MetricKind::Event:
        w.value(qint64(1));
        return;
    }
}

// Members in sorted order, as QJsonObject keeps them (JsonWriter). Codes, numbers and ISO dates
// are the same in every language; only actualText, description and gapText follow `text`.
void writeCheck(JsonWriter &w, const RequirementCheck &c, const TextContext &text)
{
    const Requirement &r = c.requirement;
    w.beginObject();
    w.key(key("actual"));
    if (c.unknown)
        w.null();
    else
        writeAmount(w, r, c.actual);
    w.key(key("actualText"));
    w.value(actualText(c, text));
    if (r.metric == Metric::Event) {
        w.key(key("cadence"));
        w.value(cadenceKey(r.cadence));
    }
    w.key(key("description"));
    w.value(requirementText(r, text));
    if (r.metric == Metric::Event) {
        w.key(key("event"));
        w.value(eventKey(r.event));
        if (c.eventOn.isValid()) {
            w.key(key("eventOn"));
            w.value(c.eventOn.toString(Qt::ISODate));
        }
    }
    if (!c.met) {
        w.key(key("gap"));
        if (c.unknown)
            w.null();
        else
            writeAmount(w, r, c.gap);
        w.key(key("gapText"));
        w.value(gapText(c, text));
    }
    w.key(key("met"));
    w.value(c.met);
    w.key(key("metric"));
    w.value(metricKey(r.metric));
    if (!c.missingPeriods.isEmpty()) {
        w.key(key("missing"));
        w.beginArray();
        for (const QDate &d : c.missingPeriods)
            w.value(periodKey(d, r.cadence));
        w.endArray();
    }
    if (c.notApplicable) {
        w.key(key("notApplicable"));
        w.value(true);
    }
    w.key(key("periodMonths"));
    w.value(qint64(r.periodMonths));
    w.key(key("target"));
    writeTarget(w, r);
    w.key(key("unit"));
    w.value(unitOf(r));
    w.endObject();
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

QByteArray evaluationJson(const Evaluation &e, const TextContext &textIn, int depth)
{
    JsonWriter w(depth);
    const auto text = [&w](const char *name, const QString &value) {
        w.key(key(name));
        w.value(value);
    };
    w.beginObject();
    text("asOf", e.asOf.toString(Qt::ISODate));
    if (!e.error)
        text("change", tierMoveKey(e.move));
    text("currentTier", e.currentTier);
    if (e.error) {
        text("error", e.error->message);
    } else {
        w.key(key("gaps"));
        w.beginArray();
        for (const RequirementCheck &c : e.gaps)
            writeCheck(w, c, textIn);
        w.endArray();
    }
    text("name", e.partnerName);
    if (!e.error) {
        w.key(key("nextTier"));
        if (e.nextTier.isEmpty())
            w.null();
        else
            w.value(e.nextTier);
        if (e.nextTierAdmission != Admission::Automatic) {
            text("nextTierAdmission", admissionKey(e.nextTierAdmission));
            text("nextTierNote", nextTierNote(e, textIn));
        }
    }
    text("partner", e.partnerCode);
    text("program", e.programKey);
    if (!e.error) {
        text("proposedTier", e.proposedTier);
        w.key(key("trailingRevenue"));
        w.beginObject();
        text("amount", e.trailingRevenue.plainText());
        text("currency", e.trailingRevenue.currency);
        w.endObject();
    }
    w.endObject();
    return w.bytes();
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
