// The frozen statement document (frozenjson.h): every field written, every field read back.
#include "frozenjson.h"

#include "../metric.h"
#include "closingtr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

using O = QJsonObject;
using A = QJsonArray;

// Minor units stay below 2^53 (kMaxMinor), so a JSON number holds them exactly.
QJsonValue money(const Money &m)
{
    return O { { "minor", double(m.minor) }, { "currency", m.currency } };
}
Money money(const QJsonValue &v)
{
    const O o = v.toObject();
    return Money { qint64(o.value("minor").toDouble()), o.value("currency").toString() };
}
QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QDate date(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime time(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
qint64 integer(const QJsonValue &v)
{
    return qint64(v.toDouble());
}

O partnerJson(const Partner &p)
{
    return { { "id", double(p.id) }, { "code", p.code }, { "name", p.name }, { "country", p.country },
             { "region", p.region }, { "category", categoryKey(p.category) }, { "subcategory", p.subcategory },
             { "programKey", p.programKey }, { "tierKey", p.tierKey }, { "tierSince", date(p.tierSince) },
             { "joinedOn", date(p.joinedOn) }, { "territory", p.territory }, { "brand", p.brand },
             { "website", p.website }, { "owner", p.owner }, { "rowVersion", double(p.rowVersion) } };
}
Partner partnerFrom(const O &o)
{
    Partner p;
    p.id = integer(o.value("id"));
    p.code = o.value("code").toString();
    p.name = o.value("name").toString();
    p.country = o.value("country").toString();
    p.region = o.value("region").toString();
    p.category = categoryFromKey(o.value("category").toString()).value_or(PartnerCategory::Channel);
    p.subcategory = o.value("subcategory").toString();
    p.programKey = o.value("programKey").toString();
    p.tierKey = o.value("tierKey").toString();
    p.tierSince = date(o.value("tierSince"));
    p.joinedOn = date(o.value("joinedOn"));
    p.territory = o.value("territory").toString();
    p.brand = o.value("brand").toString();
    p.website = o.value("website").toString();
    p.owner = o.value("owner").toString();
    p.rowVersion = integer(o.value("rowVersion"));
    return p;
}

O saleJson(const Sale &s)
{
    return { { "id", double(s.id) }, { "partnerId", double(s.partnerId) }, { "customerId", double(s.customerId) },
             { "soldOn", date(s.soldOn) }, { "productLine", s.productLine }, { "unitPrice", money(s.unitPrice) },
             { "quantity", s.quantity }, { "renewal", s.renewal }, { "reference", s.reference },
             { "returnsId", double(s.returnsId) }, { "correctsId", double(s.correctsId) },
             { "voidedAt", time(s.voided.at) }, { "voidedBy", s.voided.by }, { "voidReason", s.voided.reason } };
}
Sale saleFrom(const O &o)
{
    Sale s;
    s.id = integer(o.value("id"));
    s.partnerId = integer(o.value("partnerId"));
    s.customerId = integer(o.value("customerId"));
    s.soldOn = date(o.value("soldOn"));
    s.productLine = o.value("productLine").toString();
    s.unitPrice = money(o.value("unitPrice"));
    s.quantity = o.value("quantity").toInt();
    s.renewal = o.value("renewal").toBool();
    s.reference = o.value("reference").toString();
    s.returnsId = integer(o.value("returnsId"));
    s.correctsId = integer(o.value("correctsId"));
    s.voided.at = time(o.value("voidedAt"));
    s.voided.by = o.value("voidedBy").toString();
    s.voided.reason = o.value("voidReason").toString();
    return s;
}

O lineJson(const StatementLine &l)
{
    A spif;
    for (const SpifBonus &b : l.spif)
        spif.append(O { { "campaignKey", b.campaignKey }, { "campaignName", b.campaignName }, { "amount", money(b.amount) } });
    return { { "sale", saleJson(l.sale) }, { "returnsReference", l.returnsReference },
             { "returnsSoldOn", date(l.returnsSoldOn) }, { "amount", money(l.amount) }, { "tierKey", l.tierKey },
             { "rateBp", l.rate.bp }, { "reward", money(l.reward) }, { "note", l.note },
             { "overrideId", double(l.overrideId) }, { "spif", spif } };
}
StatementLine lineFrom(const O &o)
{
    StatementLine l;
    l.sale = saleFrom(o.value("sale").toObject());
    l.returnsReference = o.value("returnsReference").toString();
    l.returnsSoldOn = date(o.value("returnsSoldOn"));
    l.amount = money(o.value("amount"));
    l.tierKey = o.value("tierKey").toString();
    l.rate = Rate { o.value("rateBp").toInt() };
    l.reward = money(o.value("reward"));
    l.note = o.value("note").toString();
    l.overrideId = integer(o.value("overrideId"));
    for (const QJsonValue v : o.value("spif").toArray()) {
        const O b = v.toObject();
        l.spif << SpifBonus { b.value("campaignKey").toString(), b.value("campaignName").toString(), money(b.value("amount")) };
    }
    return l;
}

QString kindKey(AdjustmentKind k)
{
    return k == AdjustmentKind::Void ? QStringLiteral("void") : QStringLiteral("late");
}

O statementJson(const QuarterStatement &s)
{
    A lines, adjustments, totals;
    for (const StatementLine &l : s.lines)
        lines.append(lineJson(l));
    for (const StatementAdjustment &a : s.adjustments)
        adjustments.append(O { { "kind", kindKey(a.kind) }, { "fromQuarter", a.fromQuarter.text() },
                               { "line", lineJson(a.line) }, { "reward", money(a.reward) },
                               { "rebate", money(a.rebate) }, { "spif", money(a.spif) } });
    for (const StatementTotal &t : s.totals)
        totals.append(O { { "currency", t.currency }, { "lines", double(t.lines) }, { "sales", money(t.sales) },
                          { "rewards", money(t.rewards) }, { "rebate", money(t.rebate) }, { "spif", money(t.spif) },
                          { "adjustments", money(t.adjustments) } });
    return { { "partner", partnerJson(s.partner) }, { "programName", s.programName }, { "quarter", s.quarter.text() },
             { "tierAtQuarterEnd", s.tierAtQuarterEnd }, { "rebateBp", s.rebateRate.bp }, { "lines", lines },
             { "adjustments", adjustments }, { "totals", totals }, { "closed", s.closed },
             { "closedAt", time(s.closedAt) }, { "closedBy", s.closedBy } };
}
QuarterStatement statementFrom(const O &o)
{
    QuarterStatement s;
    s.partner = partnerFrom(o.value("partner").toObject());
    s.programName = o.value("programName").toString();
    s.quarter = Quarter::parse(o.value("quarter").toString()).value_or(Quarter {});
    s.tierAtQuarterEnd = o.value("tierAtQuarterEnd").toString();
    s.rebateRate = Rate { o.value("rebateBp").toInt() };
    for (const QJsonValue v : o.value("lines").toArray())
        s.lines << lineFrom(v.toObject());
    for (const QJsonValue v : o.value("adjustments").toArray()) {
        const O a = v.toObject();
        StatementAdjustment adj;
        adj.kind = a.value("kind").toString() == QLatin1String("void") ? AdjustmentKind::Void : AdjustmentKind::LateLine;
        adj.fromQuarter = Quarter::parse(a.value("fromQuarter").toString()).value_or(Quarter {});
        adj.line = lineFrom(a.value("line").toObject());
        adj.reward = money(a.value("reward"));
        adj.rebate = money(a.value("rebate"));
        adj.spif = money(a.value("spif"));
        s.adjustments << adj;
    }
    for (const QJsonValue v : o.value("totals").toArray()) {
        const O t = v.toObject();
        StatementTotal total;
        total.currency = t.value("currency").toString();
        total.lines = integer(t.value("lines"));
        total.sales = money(t.value("sales"));
        total.rewards = money(t.value("rewards"));
        total.rebate = money(t.value("rebate"));
        total.spif = money(t.value("spif"));
        total.adjustments = money(t.value("adjustments"));
        s.totals << total;
    }
    s.closed = o.value("closed").toBool();
    s.closedAt = time(o.value("closedAt"));
    s.closedBy = o.value("closedBy").toString();
    return s;
}

O requirementJson(const Requirement &r)
{
    return { { "metric", metricKey(r.metric) }, { "moreThan", r.comparison == Comparison::MoreThan },
             { "money", money(r.money) }, { "count", double(r.count) }, { "percentBp", r.percent.bp },
             { "periodMonths", r.periodMonths }, { "productLines", A::fromStringList(r.productLines) },
             { "event", eventKey(r.event) }, { "cadence", cadenceKey(r.cadence) },
             { "condition", conditionKey(r.condition) }, { "note", r.note } };
}
Requirement requirementFrom(const O &o)
{
    Requirement r;
    r.metric = metricFromKey(o.value("metric").toString()).value_or(Metric::Sales);
    r.comparison = o.value("moreThan").toBool() ? Comparison::MoreThan : Comparison::AtLeast;
    r.money = money(o.value("money"));
    r.count = integer(o.value("count"));
    r.percent = Rate { o.value("percentBp").toInt() };
    r.periodMonths = o.value("periodMonths").toInt();
    for (const QJsonValue v : o.value("productLines").toArray())
        r.productLines << v.toString();
    r.event = eventFromKey(o.value("event").toString()).value_or(EventKind::ContractSigned);
    r.cadence = cadenceFromKey(o.value("cadence").toString()).value_or(Cadence::Ever);
    r.condition = conditionFromKey(o.value("condition").toString()).value_or(Condition::Always);
    r.note = o.value("note").toString();
    return r;
}

A checksJson(const QList<RequirementCheck> &checks)
{
    A out;
    for (const RequirementCheck &c : checks) {
        A missing;
        for (const QDate &d : c.missingPeriods)
            missing.append(date(d));
        out.append(O { { "requirement", requirementJson(c.requirement) }, { "met", c.met },
                       { "actual", double(c.actual) }, { "gap", double(c.gap) }, { "unknown", c.unknown },
                       { "notApplicable", c.notApplicable }, { "eventOn", date(c.eventOn) },
                       { "missingPeriods", missing } });
    }
    return out;
}
QList<RequirementCheck> checksFrom(const QJsonValue &v)
{
    QList<RequirementCheck> out;
    for (const QJsonValue item : v.toArray()) {
        const O o = item.toObject();
        RequirementCheck c;
        c.requirement = requirementFrom(o.value("requirement").toObject());
        c.met = o.value("met").toBool();
        c.actual = integer(o.value("actual"));
        c.gap = integer(o.value("gap"));
        c.unknown = o.value("unknown").toBool();
        // Statements frozen before checks carried codes only hold sentences instead of these.
        c.notApplicable = o.value("notApplicable").toBool();
        c.eventOn = date(o.value("eventOn"));
        for (const QJsonValue &d : o.value("missingPeriods").toArray())
            c.missingPeriods << date(d);
        out << c;
    }
    return out;
}

QString moveKey(TierMove m)
{
    return m == TierMove::Upgrade ? QStringLiteral("upgrade") : m == TierMove::Demotion ? QStringLiteral("demotion") : QStringLiteral("none");
}

O evaluationJson(const Evaluation &e)
{
    A tiers;
    for (const TierCheck &t : e.tiers)
        tiers.append(O { { "tierKey", t.tierKey }, { "qualifies", t.qualifies },
                         { "requirements", checksJson(t.requirements) }, { "targets", checksJson(t.targets) } });
    O o { { "partnerId", double(e.partnerId) }, { "partnerCode", e.partnerCode }, { "partnerName", e.partnerName },
          { "programKey", e.programKey }, { "asOf", date(e.asOf) }, { "currentTier", e.currentTier },
          { "proposedTier", e.proposedTier }, { "move", moveKey(e.move) }, { "nextTier", e.nextTier },
          { "gaps", checksJson(e.gaps) }, { "nextTierAdmission", admissionKey(e.nextTierAdmission) },
          { "nextTierName", e.nextTierName }, { "tiers", tiers },
          { "trailingRevenue", money(e.trailingRevenue) } };
    if (e.error)
        o.insert("error", O { { "code", int(e.error->code) }, { "message", e.error->message } });
    return o;
}
Evaluation evaluationFrom(const O &o)
{
    Evaluation e;
    e.partnerId = integer(o.value("partnerId"));
    e.partnerCode = o.value("partnerCode").toString();
    e.partnerName = o.value("partnerName").toString();
    e.programKey = o.value("programKey").toString();
    e.asOf = date(o.value("asOf"));
    e.currentTier = o.value("currentTier").toString();
    e.proposedTier = o.value("proposedTier").toString();
    const QString move = o.value("move").toString();
    e.move = move == QLatin1String("upgrade") ? TierMove::Upgrade : move == QLatin1String("demotion") ? TierMove::Demotion : TierMove::None;
    e.nextTier = o.value("nextTier").toString();
    e.gaps = checksFrom(o.value("gaps"));
    e.nextTierAdmission = admissionFromKey(o.value("nextTierAdmission").toString()).value_or(Admission::Automatic);
    e.nextTierName = o.value("nextTierName").toString();
    for (const QJsonValue v : o.value("tiers").toArray()) {
        const O t = v.toObject();
        e.tiers << TierCheck { t.value("tierKey").toString(), t.value("qualifies").toBool(),
                               checksFrom(t.value("requirements")), checksFrom(t.value("targets")) };
    }
    e.trailingRevenue = money(o.value("trailingRevenue"));
    if (o.contains("error")) {
        const O err = o.value("error").toObject();
        e.error = Error { Error::Code(err.value("code").toInt()), err.value("message").toString() };
    }
    return e;
}

} // namespace

QByteArray frozenToJson(const QuarterStatement &statement, const std::optional<Evaluation> &evaluation)
{
    O root { { "statement", statementJson(statement) } };
    if (evaluation)
        root.insert("evaluation", evaluationJson(*evaluation));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<FrozenDocument> frozenFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.object().value("statement").isObject())
        return fail(Error::Code::InvalidInput, ClosingTr::tr("A closed statement's stored document is damaged: %1.")
                                                   .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                                                 : ClosingTr::tr("it holds no statement")));
    FrozenDocument out;
    out.statement = statementFrom(doc.object().value("statement").toObject());
    if (doc.object().contains("evaluation"))
        out.evaluation = evaluationFrom(doc.object().value("evaluation").toObject());
    return out;
}

} // namespace pd
