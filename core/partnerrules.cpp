#include "partnerrules.h"

#include "countries.h"
#include "program.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::PartnerRules)
};

using Code = PartnerProblem::Code;

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    // A host without a dot ("https://acme") is almost always a typing slip, not an intranet.
    return url.isValid() && (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"))
        && url.host().contains(QLatin1Char('.'));
}

} // namespace

QList<PartnerProblem> validatePartner(const Partner &p, const Program *program, const QDate &today)
{
    QList<PartnerProblem> out;
    auto problem = [&out](PartnerField field, Code code) -> PartnerProblem & {
        PartnerProblem &added = out.emplace_back();
        added.field = field;
        added.code = code;
        return added;
    };
    auto tooLong = [&](PartnerField field, const QString &text, int limit) {
        if (text.size() > limit)
            problem(field, Code::TooLong).limit = limit;
    };

    // The code is not trimmed: it is what others type to find the partner, spaces included.
    static const QRegularExpression codeCharacters(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (p.code.trimmed().isEmpty())
        problem(PartnerField::Code, Code::Missing);
    else if (p.code.contains(space))
        problem(PartnerField::Code, Code::HasSpaces);
    else if (p.code.size() > kMaxPartnerCode)
        problem(PartnerField::Code, Code::TooLong).limit = kMaxPartnerCode;
    else if (!codeCharacters.match(p.code).hasMatch())
        problem(PartnerField::Code, Code::BadCharacters).value = p.code;

    if (p.name.trimmed().isEmpty())
        problem(PartnerField::Name, Code::Missing);
    else
        tooLong(PartnerField::Name, p.name.trimmed(), kMaxPartnerName);

    if (p.country.isEmpty())
        problem(PartnerField::Country, Code::Missing);
    else if (!isCountryCode(p.country))
        problem(PartnerField::Country, Code::UnknownCountry).value = p.country;

    tooLong(PartnerField::Region, p.region, kMaxPartnerText);

    if (!p.subcategory.isEmpty() && !subcategoryKeys(p.category).contains(p.subcategory)) {
        PartnerProblem &bad = problem(PartnerField::Subcategory, Code::NotASubcategory);
        bad.value = p.subcategory;
        bad.subject = categoryKey(p.category);
        bad.allowed = subcategoryKeys(p.category);
    }

    if (!p.joinedOn.isValid())
        problem(PartnerField::JoinedOn, Code::Missing);
    else if (p.joinedOn > today)
        problem(PartnerField::JoinedOn, Code::InFuture).date = today;
    else if (p.tierSince.isValid() && p.joinedOn > p.tierSince)
        problem(PartnerField::JoinedOn, Code::AfterTierSince).date = p.tierSince;

    if (program) {
        const Tier *tier = program->tier(p.tierKey);
        if (!p.territory.trimmed().isEmpty() && tier && tier->territory == Territory::None)
            problem(PartnerField::Territory, Code::NoTerritory).subject = tier->name;
    }
    tooLong(PartnerField::Territory, p.territory, kMaxPartnerText);

    if (program && !p.brand.isEmpty()) {
        QStringList brands;
        for (const Brand &b : program->brands)
            brands << b.key;
        if (brands.isEmpty()) {
            problem(PartnerField::Brand, Code::NoBrands).subject = program->name;
        } else if (!brands.contains(p.brand)) {
            PartnerProblem &bad = problem(PartnerField::Brand, Code::UnknownBrand);
            bad.value = p.brand;
            bad.subject = program->name;
            bad.allowed = brands;
        }
    }

    if (!p.website.isEmpty() && !isWebAddress(p.website))
        problem(PartnerField::Website, Code::BadWebsite).value = p.website;
    tooLong(PartnerField::Owner, p.owner.trimmed(), kMaxPartnerName);
    return out;
}

QString partnerProblemText(const PartnerProblem &problem)
{
    const PartnerField field = problem.field;
    switch (problem.code) {
    case Code::Missing:
        switch (field) {
        case PartnerField::Code:
            return Tr::tr("Enter the partner's code.");
        case PartnerField::Name:
            return Tr::tr("Enter the partner's name.");
        case PartnerField::Country:
            return Tr::tr("Enter the two-letter country code (ISO 3166), such as ES or RU.");
        case PartnerField::JoinedOn:
            return Tr::tr("Enter the date the partner joined the program.");
        default:
            return Tr::tr("Fill in this field.");
        }
    case Code::TooLong:
        switch (field) {
        case PartnerField::Name:
            return Tr::tr("A name has at most %n character(s).", nullptr, problem.limit);
        case PartnerField::Region:
            return Tr::tr("A region has at most %n character(s).", nullptr, problem.limit);
        case PartnerField::Territory:
            return Tr::tr("A territory has at most %n character(s).", nullptr, problem.limit);
        case PartnerField::Owner:
            return Tr::tr("An account owner's name has at most %n character(s).", nullptr, problem.limit);
        default:
            break; // a code: the sentence below names every rule of codes
        }
        [[fallthrough]];
    case Code::HasSpaces:
    case Code::BadCharacters:
        static_assert(kMaxPartnerCode == 32, "the sentence below states the limit");
        return Tr::tr("A code has up to 32 letters, digits, '.', '_' or '-', and no spaces.");
    case Code::InFuture:
        return Tr::tr("The joining date cannot be in the future.");
    case Code::AfterTierSince:
        return Tr::tr("The partner cannot join after it got its current tier (%1).")
            .arg(QLocale().toString(problem.date, QLocale::ShortFormat));
    case Code::UnknownCountry:
        return Tr::tr("\"%1\" is not a country code. Enter two capital letters (ISO 3166), such as ES or RU.")
            .arg(problem.value);
    case Code::NotASubcategory:
        return Tr::tr("\"%1\" is not a subcategory of %2 (%3).")
            .arg(problem.value, categoryLabel(categoryFromKey(problem.subject).value_or(PartnerCategory::Channel)),
                 problem.allowed.join(QStringLiteral(", ")));
    case Code::NoTerritory:
        return Tr::tr("Tier %1 holds no territory. Leave the territory empty or change the tier first.")
            .arg(problem.subject);
    case Code::NoBrands:
        return Tr::tr("Program %1 has no brands. Leave the brand empty.").arg(problem.subject);
    case Code::UnknownBrand:
        return Tr::tr("\"%1\" is not a brand of program %2 (%3).")
            .arg(problem.value, problem.subject, problem.allowed.join(QStringLiteral(", ")));
    case Code::BadWebsite:
        return Tr::tr("Enter a full web address such as https://example.com, or leave it empty.");
    }
    return {};
}

} // namespace pd
