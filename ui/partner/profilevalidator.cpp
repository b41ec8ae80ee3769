#include "profilevalidator.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace pd::ui {

namespace {
constexpr int kMaxName = 200;
constexpr int kMaxText = 100;
} // namespace

QList<FieldIssue> ProfileValidator::validate(const Partner &p, const Program *program, const QDate &today)
{
    QList<FieldIssue> issues;
    auto issue = [&](ProfileField f, const QString &message) { issues.append(FieldIssue { f, message }); };

    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    const QString code = p.code.trimmed();
    if (code.isEmpty())
        issue(ProfileField::Code, tr("Enter the partner's code."));
    else if (!codePattern.match(code).hasMatch())
        issue(ProfileField::Code, tr("A code has up to 32 letters, digits, '.', '_' or '-', and no spaces."));

    const QString name = p.name.trimmed();
    if (name.isEmpty())
        issue(ProfileField::Name, tr("Enter the partner's name."));
    else if (name.size() > kMaxName)
        issue(ProfileField::Name, tr("A name has at most %n character(s).", nullptr, kMaxName));

    static const QRegularExpression countryPattern(QStringLiteral("^[A-Z]{2}$"));
    if (p.country.isEmpty())
        issue(ProfileField::Country, tr("Enter the two-letter country code (ISO 3166), such as ES or RU."));
    else if (!countryPattern.match(p.country).hasMatch() || QLocale::codeToTerritory(p.country) == QLocale::AnyTerritory)
        issue(ProfileField::Country,
              tr("\"%1\" is not a country code. Enter two capital letters (ISO 3166), such as ES or RU.").arg(p.country));

    if (p.region.size() > kMaxText)
        issue(ProfileField::Region, tr("A region has at most %n character(s).", nullptr, kMaxText));

    if (!p.subcategory.isEmpty() && !subcategoryKeys(p.category).contains(p.subcategory))
        issue(ProfileField::Subcategory,
              tr("\"%1\" is not a subcategory of %2.").arg(subcategoryLabel(p.subcategory), categoryLabel(p.category)));

    if (!p.joinedOn.isValid())
        issue(ProfileField::JoinedOn, tr("Enter the date the partner joined the program."));
    else if (p.joinedOn > today)
        issue(ProfileField::JoinedOn, tr("The joining date cannot be in the future."));
    else if (p.tierSince.isValid() && p.joinedOn > p.tierSince)
        issue(ProfileField::JoinedOn, tr("The partner cannot join after it got its current tier (%1).")
                                          .arg(QLocale().toString(p.tierSince, QLocale::ShortFormat)));

    if (program) {
        const Tier *tier = program->tier(p.tierKey);
        if (!p.territory.trimmed().isEmpty() && tier && tier->territory == Territory::None)
            issue(ProfileField::Territory,
                  tr("Tier %1 holds no territory. Leave the territory empty or change the tier first.").arg(tier->name));
        if (!p.brand.isEmpty()) {
            QStringList brands;
            for (const Brand &b : program->brands)
                brands << b.key;
            if (brands.isEmpty())
                issue(ProfileField::Brand, tr("Program %1 has no brands. Leave the brand empty.").arg(program->name));
            else if (!brands.contains(p.brand))
                issue(ProfileField::Brand, tr("\"%1\" is not a brand of program %2 (%3).")
                                               .arg(p.brand, program->name, brands.join(QStringLiteral(", "))));
        }
    }
    if (p.territory.size() > kMaxText)
        issue(ProfileField::Territory, tr("A territory has at most %n character(s).", nullptr, kMaxText));

    if (!p.website.isEmpty()) {
        const QUrl url(p.website, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https"))
            || url.host().isEmpty() || !url.host().contains(QLatin1Char('.')))
            issue(ProfileField::Website, tr("Enter a full web address such as https://example.com, or leave it empty."));
    }
    if (p.owner.trimmed().size() > kMaxName)
        issue(ProfileField::Owner, tr("An account owner's name has at most %n character(s).", nullptr, kMaxName));
    return issues;
}

QString ProfileValidator::fieldLabel(ProfileField field)
{
    switch (field) {
    case ProfileField::Code:
        return tr("Code");
    case ProfileField::Name:
        return tr("Name");
    case ProfileField::Country:
        return tr("Country");
    case ProfileField::Region:
        return tr("Region");
    case ProfileField::Category:
        return tr("Category");
    case ProfileField::Subcategory:
        return tr("Subcategory");
    case ProfileField::JoinedOn:
        return tr("Joined on");
    case ProfileField::Territory:
        return tr("Territory");
    case ProfileField::Brand:
        return tr("Brand");
    case ProfileField::Website:
        return tr("Web site");
    case ProfileField::Owner:
        return tr("Account owner");
    }
    return {};
}

QVariant ProfileValidator::value(const Partner &p, ProfileField field)
{
    switch (field) {
    case ProfileField::Code:
        return p.code;
    case ProfileField::Name:
        return p.name;
    case ProfileField::Country:
        return p.country;
    case ProfileField::Region:
        return p.region;
    case ProfileField::Category:
        return int(p.category);
    case ProfileField::Subcategory:
        return p.subcategory;
    case ProfileField::JoinedOn:
        return p.joinedOn;
    case ProfileField::Territory:
        return p.territory;
    case ProfileField::Brand:
        return p.brand;
    case ProfileField::Website:
        return p.website;
    case ProfileField::Owner:
        return p.owner;
    }
    return {};
}

void ProfileValidator::setValue(Partner &p, ProfileField field, const QVariant &v)
{
    switch (field) {
    case ProfileField::Code:
        p.code = v.toString();
        break;
    case ProfileField::Name:
        p.name = v.toString();
        break;
    case ProfileField::Country:
        p.country = v.toString();
        break;
    case ProfileField::Region:
        p.region = v.toString();
        break;
    case ProfileField::Category:
        p.category = PartnerCategory(v.toInt());
        break;
    case ProfileField::Subcategory:
        p.subcategory = v.toString();
        break;
    case ProfileField::JoinedOn:
        p.joinedOn = v.toDate();
        break;
    case ProfileField::Territory:
        p.territory = v.toString();
        break;
    case ProfileField::Brand:
        p.brand = v.toString();
        break;
    case ProfileField::Website:
        p.website = v.toString();
        break;
    case ProfileField::Owner:
        p.owner = v.toString();
        break;
    }
}

} // namespace pd::ui
