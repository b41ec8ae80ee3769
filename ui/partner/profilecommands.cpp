#include "profilecommands.h"

#include "profileform.h"

#include <QCoreApplication>

namespace pd::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::SetProfileFieldCommand)
};
} // namespace

SetProfileFieldCommand::SetProfileFieldCommand(ProfileForm *form, ProfileField field, QVariant before, QVariant after,
                                               bool typing)
    : m_form(form)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_typing(typing)
{
    setText(Tr::tr("Edit %1").arg(ProfileValidator::fieldLabel(field).toLower()));
}

void SetProfileFieldCommand::undo()
{
    m_form->applyFieldValue(m_field, m_before);
}

void SetProfileFieldCommand::redo()
{
    m_form->applyFieldValue(m_field, m_after);
}

bool SetProfileFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetProfileFieldCommand *>(other);
    if (!m_typing || !next->m_typing || next->m_field != m_field || next->m_form != m_form)
        return false;
    m_after = next->m_after;
    // Typing back to where the field started leaves nothing to undo.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace pd::ui
