#pragma once

#include "licences/checkeddialog.h"

class QFormLayout;
class QLineEdit;

namespace pd::ui {

// Void… of a record tab, and the base of the Correct… dialogs: says which record it is about and
// asks why (required: OK stays disabled while the reason is empty). The write itself runs after
// the dialog closes (RecordCorrections); a refusal of core comes back through setProblem() when
// the dialog is shown again.
class ReasonDialog : public CheckedDialog {
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &what, const QString &okText, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    // Why OK is disabled, or the refusal shown; empty when neither.
    QString problem() const;
    // A refusal of core for the values as they are: shown above the buttons until a field changes.
    void setProblem(const QString &text);

protected:
    // The form of a correction, above the reason; its fields call fieldChanged() when they change.
    QFormLayout *fields() const { return m_fields; }
    void fieldChanged();
    void revalidate() override;
    // A correction's own check of its fields (empty: none fails).
    virtual QString fieldProblem() const { return {}; }

private:
    QFormLayout *m_fields;
    QLineEdit *m_reason;
    QString m_issue;
    QString m_refusal;
};

} // namespace pd::ui
