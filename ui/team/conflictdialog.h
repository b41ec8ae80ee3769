#pragma once

#include "partner/profilevalidator.h"
#include "records.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;

namespace pd {
class Store;
}

namespace pd::ui {

// Shown when saving a partner finds that someone else saved it first (its row version moved on):
// each field where the stored value ("theirs") and the user's edit ("mine") differ, side by side,
// with a choice per field and for all of them. Nothing is written until the user picks Save, and
// then only the merge of the choices, on top of the stored row (so its new row version).
class ConflictDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Choice { Theirs, Mine };

    // base: the partner as the user's edit started from it; mine: the edit; theirs: as stored now.
    ConflictDialog(const Partner &base, const Partner &mine, const Partner &theirs, QWidget *parent = nullptr);

    // The profile fields that differ between two partners, in the form's order.
    static QList<ProfileField> differingFields(const Partner &a, const Partner &b);
    // What a field shows in the dialog ("" shown as "(empty)").
    static QString displayValue(const Partner &p, ProfileField field);

    const QList<ProfileField> &fields() const { return m_fields; }
    bool changedByBoth(ProfileField field) const;
    Choice choice(ProfileField field) const;
    void choose(ProfileField field, Choice choice);
    void chooseAll(Choice choice);
    // Theirs, with the fields where Mine was chosen taken from the edit.
    Partner merged() const;

private:
    Partner m_base;
    Partner m_mine;
    Partner m_theirs;
    QList<ProfileField> m_fields;
    QHash<ProfileField, QButtonGroup *> m_groups;
};

struct ConflictOutcome {
    bool saved = false; // false: the user went back to editing; nothing was written
    Partner partner; // when saved: the partner as stored now
};

// After Store::updatePartner refused `mine` with a conflict: reads the stored partner, lets the
// user merge in a ConflictDialog and saves the merge, again as long as others keep saving first.
Result<ConflictOutcome> resolvePartnerConflict(Store &store, const Partner &base, const Partner &mine,
                                               QWidget *parent);

} // namespace pd::ui
