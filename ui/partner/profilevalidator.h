#pragma once

#include "partnerrules.h"
#include "program.h"
#include "records.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace pd::ui {

// The fields of a partner's profile that the user edits.
using ProfileField = PartnerField;

struct FieldIssue {
    ProfileField field;
    QString message; // translated, says what is wrong and what to enter
};

// Checks a partner's profile as the user types, by core's rules (partnerrules.h). Pure: no
// widgets, no database.
class ProfileValidator {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::ProfileValidator)

public:
    // `program` may be null when the partner's program is unknown; `today` bounds dates.
    static QList<FieldIssue> validate(const Partner &partner, const Program *program, const QDate &today);
    static QString fieldLabel(ProfileField field);

    // Reads and writes one field of a Partner as a QVariant (QString, QDate or int category).
    static QVariant value(const Partner &partner, ProfileField field);
    static void setValue(Partner &partner, ProfileField field, const QVariant &value);
};

} // namespace pd::ui
