#pragma once

#include "profilevalidator.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace pd::ui {

class RecordTableModel;

// The editable profile of one partner, validated as the user types: an invalid field is marked,
// its message shown under it, and the form reports itself invalid (the page disables Save).
// Every edit is a command on the form's QUndoStack. Program and tier are shown, not edited here:
// a tier changes only through a tier change with a reason, which writes the history.
class ProfileForm final : public QWidget {
    Q_OBJECT

public:
    explicit ProfileForm(QWidget *parent = nullptr);
    ~ProfileForm() override;

    void setPartner(const Partner &partner, const Program *program, const QList<Contact> &contacts);
    void clear();
    const Partner &draft() const { return m_draft; }
    const Partner &saved() const { return m_saved; }
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;
    bool isValid() const { return m_issues.isEmpty(); }
    const QList<FieldIssue> &issues() const { return m_issues; }
    QString issueText(ProfileField field) const;
    QWidget *fieldWidget(ProfileField field) const;
    void setToday(const QDate &today) { m_today = today; }

    // After a successful save: the draft is now what is stored.
    void markSaved(qint64 rowVersion);
    // The stored partner changed underneath (a tier change): take its tier and row version and
    // keep the user's other edits.
    void rebase(const Partner &fresh);

    // Sets one field without recording a command (used by the commands themselves).
    void applyFieldValue(ProfileField field, const QVariant &value);

signals:
    void validityChanged(bool valid);
    void modifiedChanged(bool modified);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void edited(ProfileField field, const QVariant &value, bool typing);
    void showValue(ProfileField field);
    void fillSubcategories();
    void fillBrands();
    void revalidate();
    void updateReadOnlyLabels();
    void addRow(QFormLayout *form, ProfileField field, QWidget *editor, QWidget *row = nullptr);

    QUndoStack *m_undo;
    Partner m_draft;
    Partner m_saved;
    const Program *m_program = nullptr;
    QDate m_today;
    QList<FieldIssue> m_issues;
    bool m_lastValid = true;

    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_country;
    QLineEdit *m_region;
    QComboBox *m_category;
    QComboBox *m_subcategory;
    QDateEdit *m_joinedOn;
    QLineEdit *m_territory;
    QComboBox *m_brand;
    QLineEdit *m_website;
    QLineEdit *m_owner;
    QLabel *m_programLabel;
    QLabel *m_tier;
    QLabel *m_countryName;
    QHash<ProfileField, QWidget *> m_editors;
    QHash<ProfileField, QLabel *> m_errors;
    RecordTableModel *m_contacts;
    QTableView *m_contactsView;
};

} // namespace pd::ui
