// Reading, validating and writing program definitions (JSON).
#include "money.h"
#include "program.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Program)
};

// Bounds of the whole numbers of a definition.
constexpr qint64 kMaxPeriodMonths = 120;
constexpr qint64 kMaxMonths = 1200;         // months in a program, in a partnership
constexpr qint64 kMaxCount = 1'000'000'000; // certified people, customers, deals

const QRegularExpression &keyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,47}$"));
    return re;
}

// Walks a parsed document and collects every problem with its JSON path.
class Reader {
public:
    QList<ProgramIssue> issues;

    void problem(const QString &path, const QString &message) { issues.append({ path, message }); }

    QString text(const QJsonObject &o, const QString &path, const char *name, bool required)
    {
        const QJsonValue v = o.value(QLatin1StringView(name));
        const QString p = path + u'.' + QLatin1StringView(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(p, Tr::tr("is required"));
            return {};
        }
        if (!v.isString()) {
            problem(p, Tr::tr("must be a text"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            problem(p, Tr::tr("must not be empty"));
        return v.toString();
    }

    QString key(const QJsonObject &o, const QString &path, const char *name = "key")
    {
        const QString k = text(o, path, name, true);
        if (!k.isEmpty() && !keyPattern().match(k).hasMatch())
            problem(path + u'.' + QLatin1StringView(name),
                    Tr::tr("\"%1\" is not a valid key (lower-case letters, digits, '_' and '-')").arg(k));
        return k;
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *name, bool required)
    {
        const QJsonValue v = o.value(QLatin1StringView(name));
        if (v.isUndefined()) {
            if (required)
                problem(path + u'.' + QLatin1StringView(name), Tr::tr("is required"));
            return {};
        }
        if (!v.isArray()) {
            problem(path + u'.' + QLatin1StringView(name), Tr::tr("must be a list"));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            problem(path, Tr::tr("must be an object"));
            return {};
        }
        return v.toObject();
    }

    template<typename E>
    E choice(const QJsonObject &o, const QString &path, const char *name, E fallback,
             std::optional<E> (*lookup)(const QString &), const QStringList &allowed)
    {
        const QString t = text(o, path, name, false);
        if (t.isEmpty())
            return fallback;
        if (const auto e = lookup(t))
            return *e;
        problem(path + u'.' + QLatin1StringView(name),
                Tr::tr("\"%1\" is not one of: %2").arg(t, allowed.join(QStringLiteral(", "))));
        return fallback;
    }

    Rate percent(const QJsonValue &v, const QString &path)
    {
        QString t;
        if (v.isString())
            t = v.toString();
        else if (v.isDouble())
            t = QString::number(v.toDouble(), 'f', 2);
        else {
            problem(path, Tr::tr("must be a percentage"));
            return {};
        }
        const auto r = Rate::parsePercent(t);
        if (!r) {
            problem(path, r.error().message);
            return {};
        }
        return *r;
    }

    Money money(const QJsonValue &v, const QString &path)
    {
        // Not an object: object() said so. An empty one is checked as any other (amount required).
        const QJsonObject o = object(v, path);
        if (!v.isObject())
            return {};
        const QString amount = text(o, path, "amount", true);
        const QString currency = text(o, path, "currency", true);
        if (amount.isEmpty() || currency.isEmpty())
            return {};
        const auto m = Money::parse(amount, currency);
        if (!m) {
            problem(path, m.error().message);
            return {};
        }
        if (m->minor < 0)
            problem(path + QStringLiteral(".amount"), Tr::tr("must not be negative"));
        return *m;
    }

    // A whole number in [min, max] (both within ±2^53, exact as doubles). JSON numbers are
    // doubles: the range and integrality are checked on the double, before any conversion.
    qint64 whole(const QJsonValue &v, const QString &path, qint64 min, qint64 max)
    {
        const double d = v.toDouble(); // NaN for a value that is not a number
        if (!v.isDouble() || !(d >= double(min) && d <= double(max)) || d != std::trunc(d)) {
            problem(path, Tr::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return min;
        }
        return qint64(d);
    }

    // A key of a keyed list (tiers, product lines, benefits, brands, levels) seen before.
    void unique(QSet<QString> &seen, const QString &key, const QString &path)
    {
        if (!key.isEmpty() && seen.contains(key))
            problem(path + QStringLiteral(".key"), Tr::tr("\"%1\" appears twice").arg(key));
        seen.insert(key);
    }

    Requirement requirement(const QJsonValue &value, const QString &path, const Program &program);
    RateRule rate(const QJsonValue &value, const QString &path, const QString &currency);
    void commission(RateRule &rule, const QJsonValue &value, const QString &path, const QString &currency);
    Tier tier(const QJsonValue &value, const QString &path, const Program &program);
};


QStringList metricKeys()
{
    QStringList out;
    for (int i = 0; i <= int(Metric::Event); ++i)
        out << metricKey(Metric(i));
    return out;
}

Requirement Reader::requirement(const QJsonValue &value, const QString &path, const Program &program)
{
    Requirement r;
    const QJsonObject o = object(value, path);
    if (!value.isObject()) // an empty object is checked as any other: it has no threshold
        return r;
    r.metric = choice<Metric>(o, path, "metric", Metric::Sales, metricFromKey, metricKeys());
    r.note = text(o, path, "note", false);
    if (o.contains(QLatin1StringView("periodMonths")))
        r.periodMonths = int(whole(o.value(QLatin1StringView("periodMonths")), path + QStringLiteral(".periodMonths"), 1,
                                   kMaxPeriodMonths));
    const QJsonArray lines = array(o, path, "productLines", false);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).toString();
        if (!program.hasProductLine(line))
            problem(path + QStringLiteral(".productLines[%1]").arg(i),
                    Tr::tr("\"%1\" is not a product line of this program").arg(line));
        r.productLines << line;
    }
    const MetricKind kind = metricKind(r.metric);
    if (kind == MetricKind::Event) {
        r.event = choice<EventKind>(o, path, "event", EventKind::ContractSigned, eventFromKey, eventKeys());
        if (!o.contains(QLatin1StringView("event")))
            problem(path + QStringLiteral(".event"), Tr::tr("is required"));
        r.cadence = choice<Cadence>(o, path, "cadence", Cadence::Ever, cadenceFromKey,
                                    { QStringLiteral("ever"), QStringLiteral("period"), QStringLiteral("quarterly"),
                                      QStringLiteral("monthly") });
        r.condition = choice<Condition>(o, path, "when", Condition::Always, conditionFromKey,
                                        { QStringLiteral("always"), QStringLiteral("when_sales"),
                                          QStringLiteral("when_website") });
        return r;
    }
    const bool atLeast = o.contains(QLatin1StringView("atLeast"));
    const bool moreThan = o.contains(QLatin1StringView("moreThan"));
    if (atLeast == moreThan) {
        problem(path, Tr::tr("needs exactly one threshold, \"atLeast\" or \"moreThan\""));
        return r;
    }
    r.comparison = atLeast ? Comparison::AtLeast : Comparison::MoreThan;
    const QString name = atLeast ? QStringLiteral("atLeast") : QStringLiteral("moreThan");
    const QJsonValue threshold = o.value(name);
    const QString tpath = path + u'.' + name;
    switch (kind) {
    case MetricKind::Money:
        r.money = money(threshold, tpath);
        break;
    case MetricKind::Count:
        r.count = whole(threshold, tpath, 0, kMaxCount);
        break;
    case MetricKind::Months:
        r.count = whole(threshold, tpath, 0, kMaxMonths);
        break;
    case MetricKind::Percent:
        r.percent = percent(threshold, tpath);
        break;
    case MetricKind::Event:
        break;
    }
    return r;
}

// A commission: {"perUnit": "250.00"} in the program's currency, or "negotiated" (perUnit 0: the
// amount is set per partner by a rate override).
void Reader::commission(RateRule &rule, const QJsonValue &value, const QString &path, const QString &currency)
{
    rule.kind = RateKind::Commission;
    rule.perUnit = Money { 0, currency };
    if (value.isString() && value.toString() == QLatin1StringView("negotiated"))
        return;
    if (!value.isObject()) {
        problem(path, Tr::tr("must be {\"perUnit\": \"amount\"} or \"negotiated\""));
        return;
    }
    const QJsonValue amount = value.toObject().value(QLatin1StringView("perUnit"));
    const QString apath = path + QStringLiteral(".perUnit");
    if (!amount.isString()) {
        problem(apath, Tr::tr("must be an amount in the program's currency, as a text (\"250.00\")"));
        return;
    }
    if (!Currency::find(currency))
        return; // the program's currency is reported at $.currency
    const auto m = Money::parse(amount.toString(), currency);
    if (!m) {
        problem(apath, m.error().message);
        return;
    }
    if (m->minor < 0) {
        problem(apath, Tr::tr("must not be negative"));
        return;
    }
    rule.perUnit = *m;
}

RateRule Reader::rate(const QJsonValue &value, const QString &path, const QString &currency)
{
    RateRule rule;
    const QJsonObject o = object(value, path);
    rule.note = text(o, path, "note", false);
    const bool reward = o.contains(QLatin1StringView("reward"));
    const bool discount = o.contains(QLatin1StringView("discount"));
    const bool commissionGiven = o.contains(QLatin1StringView("commission"));
    if (int(reward) + int(discount) + int(commissionGiven) > 1) {
        problem(path, Tr::tr("has more than one of a reward, a discount and a commission; give one"));
        return rule;
    }
    if (!reward && !discount && !commissionGiven) {
        if (rule.note.isEmpty())
            problem(path, Tr::tr("needs a \"reward\", a \"discount\", a \"commission\" or a \"note\""));
        return rule;
    }
    if (commissionGiven) {
        commission(rule, o.value(QLatin1StringView("commission")), path + QStringLiteral(".commission"), currency);
        return rule;
    }
    rule.kind = reward ? RateKind::Reward : RateKind::Discount;
    const QString name = reward ? QStringLiteral("reward") : QStringLiteral("discount");
    const QJsonValue v = o.value(name);
    const QString vpath = path + u'.' + name;
    if (v.isObject()) {
        const QJsonObject range = v.toObject();
        rule.min = percent(range.value(QLatin1StringView("min")), vpath + QStringLiteral(".min"));
        rule.max = percent(range.value(QLatin1StringView("max")), vpath + QStringLiteral(".max"));
        if (rule.min > rule.max)
            problem(vpath, Tr::tr("the minimum %1 is above the maximum %2")
                               .arg(percentDisplay(rule.min.bp, formattingLocale()),
                                    percentDisplay(rule.max.bp, formattingLocale())));
    } else {
        rule.min = rule.max = percent(v, vpath);
    }
    return rule;
}

Tier Reader::tier(const QJsonValue &value, const QString &path, const Program &program)
{
    Tier t;
    const QJsonObject o = object(value, path);
    if (!value.isObject()) // an empty object is checked as any other: it has no key
        return t;
    t.key = key(o, path);
    t.name = text(o, path, "name", true);
    t.description = text(o, path, "description", false);
    const QString admission = text(o, path, "admission", false);
    if (const auto known = admissionFromKey(admission))
        t.admission = *known;
    else if (!admission.isEmpty())
        problem(path + QStringLiteral(".admission"),
                Tr::tr("\"%1\" is not one of: automatic, review, invitation").arg(admission));
    const QString territory = text(o, path, "territory", false);
    if (territory == QLatin1StringView("regional"))
        t.territory = Territory::Regional;
    else if (territory == QLatin1StringView("country"))
        t.territory = Territory::Country;
    else if (!territory.isEmpty() && territory != QLatin1StringView("none"))
        problem(path + QStringLiteral(".territory"),
                Tr::tr("\"%1\" is not one of: none, regional, country").arg(territory));
    const QJsonArray reqs = array(o, path, "requirements", false);
    for (qsizetype i = 0; i < reqs.size(); ++i)
        t.requirements << requirement(reqs.at(i), path + QStringLiteral(".requirements[%1]").arg(i), program);
    const QJsonArray targets = array(o, path, "targets", false);
    for (qsizetype i = 0; i < targets.size(); ++i)
        t.targets << requirement(targets.at(i), path + QStringLiteral(".targets[%1]").arg(i), program);
    const QJsonValue rates = o.value(QLatin1StringView("rates"));
    if (!rates.isUndefined()) {
        const QJsonObject ro = object(rates, path + QStringLiteral(".rates"));
        for (auto it = ro.begin(); it != ro.end(); ++it) {
            const QString rpath = path + QStringLiteral(".rates.") + it.key();
            if (it.key() != QLatin1StringView("renewal") && !program.hasProductLine(it.key()))
                problem(rpath, Tr::tr("\"%1\" is not a product line of this program").arg(it.key()));
            t.rates.insert(it.key(), rate(it.value(), rpath, program.currency));
        }
    }
    return t;
}

QJsonValue moneyJson(const Money &m)
{
    return QJsonObject { { QStringLiteral("amount"), m.plainText() }, { QStringLiteral("currency"), m.currency } };
}

QJsonObject requirementJson(const Requirement &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("metric"), metricKey(r.metric));
    if (r.metric == Metric::Event) {
        o.insert(QStringLiteral("event"), eventKey(r.event));
        o.insert(QStringLiteral("cadence"), cadenceKey(r.cadence));
        if (r.condition != Condition::Always)
            o.insert(QStringLiteral("when"), conditionKey(r.condition));
    } else {
        QJsonValue threshold;
        switch (metricKind(r.metric)) {
        case MetricKind::Money:
            threshold = moneyJson(r.money);
            break;
        case MetricKind::Percent:
            threshold = r.percent.percentText();
            break;
        default:
            threshold = double(r.count);
            break;
        }
        o.insert(r.comparison == Comparison::AtLeast ? QStringLiteral("atLeast") : QStringLiteral("moreThan"),
                 threshold);
    }
    if (r.periodMonths != 12 && r.metric != Metric::MonthsInProgram)
        o.insert(QStringLiteral("periodMonths"), r.periodMonths);
    if (!r.productLines.isEmpty())
        o.insert(QStringLiteral("productLines"), QJsonArray::fromStringList(r.productLines));
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    return o;
}

QJsonObject rateJson(const RateRule &rule)
{
    QJsonObject o;
    if (rule.kind == RateKind::Commission) {
        o.insert(QStringLiteral("commission"),
                 rule.perUnit.minor > 0 ? QJsonValue(QJsonObject { { QStringLiteral("perUnit"), rule.perUnit.plainText() } })
                                        : QJsonValue(QStringLiteral("negotiated")));
    } else if (rule.kind != RateKind::None) {
        const QJsonValue v = rule.isRange()
            ? QJsonValue(QJsonObject { { QStringLiteral("min"), rule.min.percentText() },
                                       { QStringLiteral("max"), rule.max.percentText() } })
            : QJsonValue(rule.min.percentText());
        o.insert(rule.kind == RateKind::Reward ? QStringLiteral("reward") : QStringLiteral("discount"), v);
    }
    if (!rule.note.isEmpty())
        o.insert(QStringLiteral("note"), rule.note);
    return o;
}

QString territoryKey(Territory t)
{
    switch (t) {
    case Territory::None:
        return QStringLiteral("none");
    case Territory::Regional:
        return QStringLiteral("regional");
    case Territory::Country:
        return QStringLiteral("country");
    }
    return {};
}

} // namespace

QList<ProgramIssue> validateProgramJson(const QByteArray &json, Program *out)
{
    Reader rd;
    if (json.size() > kMaxProgramBytes) {
        rd.problem(QStringLiteral("$"), Tr::tr("the definition is larger than %1 bytes, the most a program may hold")
                                            .arg(kMaxProgramBytes));
        return rd.issues;
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        // Report the line and column of the syntax error, which is what an editor shows.
        const qsizetype upto = qMin<qsizetype>(perr.offset, json.size());
        const qsizetype line = json.left(upto).count('\n') + 1;
        const qsizetype column = upto - json.left(upto).lastIndexOf('\n');
        rd.problem(QStringLiteral("$"), Tr::tr("not valid JSON at line %1, column %2: %3")
                                              .arg(line).arg(column).arg(perr.errorString()));
        return rd.issues;
    }
    if (!doc.isObject()) {
        rd.problem(QStringLiteral("$"), Tr::tr("must be an object"));
        return rd.issues;
    }
    const QJsonObject root = doc.object();
    const QString rootPath = QStringLiteral("$");
    Program p;
    const QJsonValue format = root.value(QLatin1StringView("format"));
    if (format.isUndefined())
        rd.problem(QStringLiteral("$.format"), Tr::tr("is required"));
    else if (format.toInt(-1) != Program::kFormat)
        rd.problem(QStringLiteral("$.format"),
                   Tr::tr("format %1 is not supported (this version reads format %2)")
                       .arg(format.toVariant().toString()).arg(Program::kFormat));
    p.key = rd.key(root, rootPath);
    p.name = rd.text(root, rootPath, "name", true);
    p.description = rd.text(root, rootPath, "description", false);
    p.currency = rd.text(root, rootPath, "currency", true);
    if (!p.currency.isEmpty()) {
        if (const auto c = Currency::find(p.currency); !c)
            rd.problem(QStringLiteral("$.currency"), c.error().message);
    }
    p.usesCredits = root.value(QLatin1StringView("usesCredits")).toBool(false);

    QSet<QString> seen;
    const QJsonArray lines = rd.array(root, rootPath, "productLines", true);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString path = QStringLiteral("$.productLines[%1]").arg(i);
        const QJsonObject o = rd.object(lines.at(i), path);
        ProductLine pl { rd.key(o, path), rd.text(o, path, "name", true) };
        if (pl.key == QLatin1StringView("renewal"))
            rd.problem(path + QStringLiteral(".key"), Tr::tr("\"renewal\" is reserved for the renewal rate"));
        rd.unique(seen, pl.key, path);
        p.productLines << pl;
    }

    const QJsonArray tiers = rd.array(root, rootPath, "tiers", true);
    if (tiers.isEmpty() && root.contains(QLatin1StringView("tiers")))
        rd.problem(QStringLiteral("$.tiers"), Tr::tr("needs at least one tier"));
    seen.clear();
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QString path = QStringLiteral("$.tiers[%1]").arg(i);
        Tier t = rd.tier(tiers.at(i), path, p);
        rd.unique(seen, t.key, path);
        p.tiers << t;
    }
    if (!p.tiers.isEmpty() && p.tiers.first().admission != Admission::Automatic)
        rd.problem(QStringLiteral("$.tiers[0].admission"), Tr::tr("the first tier is where partners start: it must be automatic"));

    const QJsonArray benefits = rd.array(root, rootPath, "benefits", false);
    QSet<QString> benefitKeys;
    for (qsizetype i = 0; i < benefits.size(); ++i) {
        const QString path = QStringLiteral("$.benefits[%1]").arg(i);
        const QJsonObject o = rd.object(benefits.at(i), path);
        BenefitRow row { rd.key(o, path), rd.text(o, path, "label", true), rd.text(o, path, "unit", false), {} };
        rd.unique(benefitKeys, row.key, path);
        const QJsonObject values = rd.object(o.value(QLatin1StringView("values")), path + QStringLiteral(".values"));
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (p.tierIndex(it.key()) < 0)
                rd.problem(path + QStringLiteral(".values.") + it.key(),
                           Tr::tr("\"%1\" is not a tier of this program").arg(it.key()));
            else if (it.value().isArray() || it.value().isObject())
                rd.problem(path + QStringLiteral(".values.") + it.key(),
                           Tr::tr("must be yes/no, a number, a text or null"));
            row.byTier.insert(it.key(), it.value());
        }
        p.benefits << row;
    }

    const QJsonArray brands = rd.array(root, rootPath, "brands", false);
    seen.clear();
    for (qsizetype i = 0; i < brands.size(); ++i) {
        const QString path = QStringLiteral("$.brands[%1]").arg(i);
        const QJsonObject o = rd.object(brands.at(i), path);
        Brand b { rd.key(o, path), rd.text(o, path, "name", true), {} };
        rd.unique(seen, b.key, path);
        for (const QJsonValue &r : rd.array(o, path, "regions", false))
            b.regions << r.toString();
        p.brands << b;
    }

    const QJsonArray levels = rd.array(root, rootPath, "certificationLevels", false);
    seen.clear();
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString path = QStringLiteral("$.certificationLevels[%1]").arg(i);
        const QJsonObject o = rd.object(levels.at(i), path);
        CertificationLevel l { rd.key(o, path), rd.text(o, path, "name", true), rd.text(o, path, "requires", false),
                               int(rd.whole(o.value(QLatin1StringView("monthsInPartnership")),
                                            path + QStringLiteral(".monthsInPartnership"), 0, kMaxMonths)) };
        rd.unique(seen, l.key, path);
        p.certificationLevels << l;
    }

    if (out)
        *out = p;
    return rd.issues;
}

Result<Program> programFromJson(const QByteArray &json, const QString &source)
{
    Program p;
    const QList<ProgramIssue> issues = validateProgramJson(json, &p);
    if (issues.isEmpty())
        return p;
    return std::unexpected(definitionError(issues, source));
}

Result<Program> programFromFile(const QString &path)
{
    const auto bytes = readDefinitionFile(path, kMaxProgramBytes);
    if (!bytes)
        return std::unexpected(bytes.error());
    return programFromJson(*bytes, QDir::toNativeSeparators(path));
}

QByteArray programToJson(const Program &p)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), Program::kFormat);
    root.insert(QStringLiteral("key"), p.key);
    root.insert(QStringLiteral("name"), p.name);
    if (!p.description.isEmpty())
        root.insert(QStringLiteral("description"), p.description);
    root.insert(QStringLiteral("currency"), p.currency);
    if (p.usesCredits)
        root.insert(QStringLiteral("usesCredits"), true);
    QJsonArray lines;
    for (const ProductLine &l : p.productLines)
        lines.append(QJsonObject { { QStringLiteral("key"), l.key }, { QStringLiteral("name"), l.name } });
    root.insert(QStringLiteral("productLines"), lines);
    QJsonArray tiers;
    for (const Tier &t : p.tiers) {
        QJsonObject o { { QStringLiteral("key"), t.key }, { QStringLiteral("name"), t.name } };
        if (!t.description.isEmpty())
            o.insert(QStringLiteral("description"), t.description);
        o.insert(QStringLiteral("admission"), admissionKey(t.admission));
        o.insert(QStringLiteral("territory"), territoryKey(t.territory));
        QJsonArray reqs, targets;
        for (const Requirement &r : t.requirements)
            reqs.append(requirementJson(r));
        for (const Requirement &r : t.targets)
            targets.append(requirementJson(r));
        o.insert(QStringLiteral("requirements"), reqs);
        if (!targets.isEmpty())
            o.insert(QStringLiteral("targets"), targets);
        QJsonObject rates;
        for (auto it = t.rates.begin(); it != t.rates.end(); ++it)
            rates.insert(it.key(), rateJson(it.value()));
        o.insert(QStringLiteral("rates"), rates);
        tiers.append(o);
    }
    root.insert(QStringLiteral("tiers"), tiers);
    QJsonArray benefits;
    for (const BenefitRow &b : p.benefits) {
        QJsonObject values;
        for (auto it = b.byTier.begin(); it != b.byTier.end(); ++it)
            values.insert(it.key(), it.value());
        QJsonObject o { { QStringLiteral("key"), b.key }, { QStringLiteral("label"), b.label },
                        { QStringLiteral("values"), values } };
        if (!b.unit.isEmpty())
            o.insert(QStringLiteral("unit"), b.unit);
        benefits.append(o);
    }
    root.insert(QStringLiteral("benefits"), benefits);
    if (!p.brands.isEmpty()) {
        QJsonArray brands;
        for (const Brand &b : p.brands)
            brands.append(QJsonObject { { QStringLiteral("key"), b.key }, { QStringLiteral("name"), b.name },
                                        { QStringLiteral("regions"), QJsonArray::fromStringList(b.regions) } });
        root.insert(QStringLiteral("brands"), brands);
    }
    if (!p.certificationLevels.isEmpty()) {
        QJsonArray levels;
        for (const CertificationLevel &l : p.certificationLevels)
            levels.append(QJsonObject { { QStringLiteral("key"), l.key }, { QStringLiteral("name"), l.name },
                                        { QStringLiteral("requires"), l.requires_ },
                                        { QStringLiteral("monthsInPartnership"), l.monthsInPartnership } });
        root.insert(QStringLiteral("certificationLevels"), levels);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pd
