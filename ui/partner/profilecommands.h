#pragma once

#include "profilevalidator.h"

#include <QUndoCommand>
#include <QVariant>

namespace pd::ui {

class ProfileForm;

// One edit of one profile field. Consecutive keystrokes in the same field merge into one
// command, so Undo takes back a word typed, not a letter.
class SetProfileFieldCommand final : public QUndoCommand {
public:
    SetProfileFieldCommand(ProfileForm *form, ProfileField field, QVariant before, QVariant after, bool typing);

    void undo() override;
    void redo() override;
    int id() const override { return 0x5044; }
    bool mergeWith(const QUndoCommand *other) override;

    ProfileField field() const { return m_field; }

private:
    ProfileForm *m_form;
    ProfileField m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_typing;
};

} // namespace pd::ui
