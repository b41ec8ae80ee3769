#include "profilevalidator.h"

namespace pd::ui {

QList<FieldIssue> ProfileValidator::validate(const Partner &p, const Program *program, const QDate &today)
{
    QList<FieldIssue> issues;
    for (const PartnerProblem &problem : validatePartner(p, program, today))
        issues.append(FieldIssue { problem.field, partnerProblemText(problem) });
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
