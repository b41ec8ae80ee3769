#include "program.h"

#include <QFile>

namespace pd {

namespace {

const char *const kBuiltinKeys[] = { "reseller-status", "activation-credits", "revenue-band",
                                     "marketplace-developer" };

} // namespace

int Program::tierIndex(const QString &tierKey) const
{
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        if (tiers.at(i).key == tierKey)
            return int(i);
    }
    return -1;
}

const Tier *Program::tier(const QString &tierKey) const
{
    const int i = tierIndex(tierKey);
    return i < 0 ? nullptr : &tiers.at(i);
}

bool Program::hasProductLine(const QString &lineKey) const
{
    return std::any_of(productLines.begin(), productLines.end(),
                       [&](const ProductLine &l) { return l.key == lineKey; });
}

QJsonValue Program::benefit(const QString &benefitKey, const QString &tierKey) const
{
    for (const BenefitRow &row : benefits) {
        if (row.key == benefitKey)
            return row.byTier.value(tierKey, QJsonValue(QJsonValue::Null));
    }
    return QJsonValue(QJsonValue::Null);
}

QString admissionKey(Admission a)
{
    switch (a) {
    case Admission::Automatic:
        return QStringLiteral("automatic");
    case Admission::Review:
        return QStringLiteral("review");
    case Admission::Invitation:
        return QStringLiteral("invitation");
    }
    return {};
}

std::optional<Admission> admissionFromKey(const QString &key)
{
    for (const Admission a : { Admission::Automatic, Admission::Review, Admission::Invitation }) {
        if (admissionKey(a) == key)
            return a;
    }
    return std::nullopt;
}

QStringList builtinProgramKeys()
{
    QStringList keys;
    for (const char *k : kBuiltinKeys)
        keys << QString::fromLatin1(k);
    return keys;
}

QList<Program> builtinPrograms()
{
    QList<Program> out;
    for (const QString &key : builtinProgramKeys()) {
        QFile f(QStringLiteral(":/programs/%1.json").arg(key));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("built-in program %s is missing from the resources", qPrintable(key));
        auto p = programFromJson(f.readAll(), f.fileName());
        if (!p)
            qFatal("built-in program %s is invalid: %s", qPrintable(key), qPrintable(p.error().message));
        out << *p;
    }
    return out;
}

} // namespace pd
