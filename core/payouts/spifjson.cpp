// Reading, validating and writing SPIF campaign definitions (JSON, resources/docs/spif.md).
#include "spif.h"

#include "../dates.h"
#include "../translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Spif)
};

const QRegularExpression &keyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,47}$"));
    return re;
}

// Walks a parsed definition and collects every problem with its JSON path.
class Reader
{
public:
    QList<SpifIssue> issues;

    void problem(const QString &path, const QString &message) { issues.append({ path, message }); }

    void onlyKnown(const QJsonObject &o, const QString &path, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                problem(path + u'.' + it.key(), Tr::tr("is not a field of a SPIF campaign (known: %1)")
                                                    .arg(known.join(QStringLiteral(", "))));
        }
    }

    QString text(const QJsonObject &o, const QString &path, const QString &name, bool required)
    {
        const QJsonValue v = o.value(name);
        const QString p = path + u'.' + name;
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

    QDate date(const QJsonObject &o, const QString &name)
    {
        const QString t = text(o, QStringLiteral("$"), name, true);
        if (t.isEmpty())
            return {};
        const QDate d = parseIsoDate(t);
        if (!d.isValid())
            problem(QStringLiteral("$.") + name, Tr::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(t));
        return d;
    }

    // A list of keys, each once.
    QStringList keys(const QJsonObject &o, const QString &name)
    {
        const QString path = QStringLiteral("$.") + name;
        const QJsonValue v = o.value(name);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            problem(path, Tr::tr("must be a list"));
            return {};
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = path + QStringLiteral("[%1]").arg(i);
            const QString k = a.at(i).toString();
            if (!a.at(i).isString() || !keyPattern().match(k).hasMatch())
                problem(p, Tr::tr("must be a key (lower-case letters, digits, '_' and '-')"));
            else if (out.contains(k))
                problem(p, Tr::tr("\"%1\" appears twice").arg(k));
            else
                out << k;
        }
        return out;
    }

    void bonus(const QJsonValue &v, SpifCampaign &c);
};

void Reader::bonus(const QJsonValue &v, SpifCampaign &c)
{
    const QString path = QStringLiteral("$.bonus");
    if (v.isUndefined()) {
        problem(path, Tr::tr("is required"));
        return;
    }
    if (!v.isObject()) {
        problem(path, Tr::tr("must be an object"));
        return;
    }
    const QJsonObject o = v.toObject();
    const QString kind = text(o, path, QStringLiteral("kind"), true);
    if (kind == QLatin1StringView("percent")) {
        c.bonusKind = SpifBonusKind::Percent;
        onlyKnown(o, path, { QStringLiteral("kind"), QStringLiteral("percent") });
        const QJsonValue p = o.value(QLatin1StringView("percent"));
        if (p.isUndefined()) {
            problem(path + QStringLiteral(".percent"), Tr::tr("is required"));
            return;
        }
        const QString text = p.isDouble() ? QString::number(p.toDouble(), 'f', 2) : p.toString();
        const auto rate = Rate::parsePercent(text);
        if ((!p.isString() && !p.isDouble()) || text.trimmed().startsWith(u'-'))
            problem(path + QStringLiteral(".percent"), Tr::tr("must be a percentage from 0 to 100"));
        else if (!rate)
            problem(path + QStringLiteral(".percent"), rate.error().message);
        else
            c.percent = *rate;
        return;
    }
    if (kind == QLatin1StringView("perUnit") || kind == QLatin1StringView("perLine")) {
        c.bonusKind = kind == QLatin1StringView("perUnit") ? SpifBonusKind::PerUnit : SpifBonusKind::PerLine;
        onlyKnown(o, path, { QStringLiteral("kind"), QStringLiteral("amount"), QStringLiteral("currency") });
        const QString amount = text(o, path, QStringLiteral("amount"), true);
        const QString currency = text(o, path, QStringLiteral("currency"), true);
        bool currencyKnown = false;
        if (!currency.isEmpty()) {
            if (const auto cur = Currency::find(currency); !cur)
                problem(path + QStringLiteral(".currency"), cur.error().message);
            else
                currencyKnown = true;
        }
        if (amount.isEmpty() || !currencyKnown)
            return;
        const auto m = Money::parse(amount, currency);
        if (!m)
            problem(path + QStringLiteral(".amount"), m.error().message);
        else if (m->minor < 0)
            problem(path + QStringLiteral(".amount"), Tr::tr("must not be negative"));
        else
            c.amount = *m;
        return;
    }
    if (!kind.isEmpty())
        problem(path + QStringLiteral(".kind"), Tr::tr("\"%1\" is not one of: perUnit, perLine, percent").arg(kind));
}

} // namespace

QString spifKindKey(SpifBonusKind kind)
{
    switch (kind) {
    case SpifBonusKind::PerUnit:
        return QStringLiteral("perUnit");
    case SpifBonusKind::PerLine:
        return QStringLiteral("perLine");
    case SpifBonusKind::Percent:
        return QStringLiteral("percent");
    }
    return {};
}

QList<SpifIssue> validateSpifJson(const QByteArray &json, SpifCampaign *out)
{
    Reader rd;
    const QString root = QStringLiteral("$");
    if (json.size() > kMaxSpifBytes) {
        rd.problem(root, Tr::tr("the definition is larger than %1 bytes, the most a SPIF campaign may hold").arg(kMaxSpifBytes));
        return rd.issues;
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        const qsizetype upto = qMin<qsizetype>(perr.offset, json.size());
        const qsizetype line = json.left(upto).count('\n') + 1;
        const qsizetype column = upto - json.left(upto).lastIndexOf('\n');
        rd.problem(root, Tr::tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(perr.errorString()));
        return rd.issues;
    }
    if (!doc.isObject()) {
        rd.problem(root, Tr::tr("must be an object"));
        return rd.issues;
    }
    const QJsonObject o = doc.object();
    rd.onlyKnown(o, root,
                 { QStringLiteral("format"), QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("description"),
                   QStringLiteral("from"), QStringLiteral("until"), QStringLiteral("programs"), QStringLiteral("tiers"),
                   QStringLiteral("productLines"), QStringLiteral("renewals"), QStringLiteral("bonus") });
    const QJsonValue format = o.value(QLatin1StringView("format"));
    if (format.isUndefined())
        rd.problem(QStringLiteral("$.format"), Tr::tr("is required"));
    else if (format.toInt(-1) != SpifCampaign::kFormat)
        rd.problem(QStringLiteral("$.format"), Tr::tr("format %1 is not supported (this version reads format %2)")
                                                    .arg(format.toVariant().toString())
                                                    .arg(SpifCampaign::kFormat));
    SpifCampaign c;
    c.key = rd.text(o, root, QStringLiteral("key"), true);
    if (!c.key.isEmpty() && !keyPattern().match(c.key).hasMatch())
        rd.problem(QStringLiteral("$.key"),
                   Tr::tr("\"%1\" is not a valid key (lower-case letters, digits, '_' and '-')").arg(c.key));
    c.name = rd.text(o, root, QStringLiteral("name"), true);
    c.description = rd.text(o, root, QStringLiteral("description"), false);
    c.from = rd.date(o, QStringLiteral("from"));
    c.until = rd.date(o, QStringLiteral("until"));
    if (c.from.isValid() && c.until.isValid() && c.until < c.from)
        rd.problem(QStringLiteral("$.until"), Tr::tr("%1 is before the start, %2").arg(isoDate(c.until), isoDate(c.from)));
    c.programs = rd.keys(o, QStringLiteral("programs"));
    const QJsonValue programs = o.value(QLatin1StringView("programs"));
    if (programs.isUndefined())
        rd.problem(QStringLiteral("$.programs"), Tr::tr("is required: the programs the campaign is open to"));
    else if (programs.isArray() && programs.toArray().isEmpty()) // not a list: keys() said so
        rd.problem(QStringLiteral("$.programs"), Tr::tr("needs at least one program"));
    c.tiers = rd.keys(o, QStringLiteral("tiers"));
    c.productLines = rd.keys(o, QStringLiteral("productLines"));
    const QJsonValue renewals = o.value(QLatin1StringView("renewals"));
    if (!renewals.isUndefined() && !renewals.isBool())
        rd.problem(QStringLiteral("$.renewals"), Tr::tr("must be true or false"));
    c.renewals = renewals.toBool(true);
    rd.bonus(o.value(QLatin1StringView("bonus")), c);
    if (out)
        *out = c;
    return rd.issues;
}

Result<SpifCampaign> spifFromJson(const QByteArray &json, const QString &source)
{
    SpifCampaign c;
    const QList<SpifIssue> issues = validateSpifJson(json, &c);
    if (issues.isEmpty())
        return c;
    return std::unexpected(definitionError(issues, source));
}

Result<SpifCampaign> spifFromFile(const QString &path)
{
    const auto bytes = readDefinitionFile(path, kMaxSpifBytes);
    if (!bytes)
        return std::unexpected(bytes.error());
    return spifFromJson(*bytes, QDir::toNativeSeparators(path));
}

QByteArray spifToJson(const SpifCampaign &c)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), SpifCampaign::kFormat);
    root.insert(QStringLiteral("key"), c.key);
    root.insert(QStringLiteral("name"), c.name);
    if (!c.description.isEmpty())
        root.insert(QStringLiteral("description"), c.description);
    root.insert(QStringLiteral("from"), isoDate(c.from));
    root.insert(QStringLiteral("until"), isoDate(c.until));
    root.insert(QStringLiteral("programs"), QJsonArray::fromStringList(c.programs));
    root.insert(QStringLiteral("tiers"), QJsonArray::fromStringList(c.tiers));
    root.insert(QStringLiteral("productLines"), QJsonArray::fromStringList(c.productLines));
    root.insert(QStringLiteral("renewals"), c.renewals);
    QJsonObject bonus { { QStringLiteral("kind"), spifKindKey(c.bonusKind) } };
    if (c.bonusKind == SpifBonusKind::Percent) {
        bonus.insert(QStringLiteral("percent"), c.percent.percentText());
    } else {
        bonus.insert(QStringLiteral("amount"), c.amount.plainText());
        bonus.insert(QStringLiteral("currency"), c.amount.currency);
    }
    root.insert(QStringLiteral("bonus"), bonus);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pd
