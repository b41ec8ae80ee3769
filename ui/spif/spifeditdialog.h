#pragma once

#include "licences/checkeddialog.h"
#include "payouts/spif.h"
#include "storage/store.h"

#include <QHash>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace pd::ui {

// Adds or edits one SPIF campaign. What the user types is checked as core checks a campaign's
// JSON (validateSpifJson) and against the stored programs (SpifStore::check), and each message is
// shown beside its field; OK saves through `save`, whose refusal is shown above the buttons.
class SpifEditDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    using Checker = std::function<Result<QList<SpifIssue>>(const SpifCampaign &)>;
    using Saver = std::function<Result<void>(const SpifCampaign &)>;

    // `campaign`: the one to edit, or the defaults of a new one (`isNew`: its key can be typed).
    SpifEditDialog(const QList<StoredProgram> &programs, const SpifCampaign &campaign, bool isNew, Checker check,
                   Saver save, QWidget *parent = nullptr);

    // The campaign as the fields describe it (valid once OK is enabled).
    SpifCampaign campaign() const { return m_campaign; }
    // The message shown beside a field (by its object name: "key", "tiers", "amount", ...),
    // empty when it passes.
    QString issue(const QString &field) const { return m_issues.value(field); }
    QString refusal() const;

    void accept() override;

protected:
    void revalidate() override;

private:
    QByteArray definition() const; // the fields as a campaign's JSON
    void fillChoices();            // tiers and product lines of the checked programs
    void kindChanged();
    QWidget *fieldOf(const QString &path) const;

    QList<StoredProgram> m_programs;
    Checker m_check;
    Saver m_save;
    SpifCampaign m_campaign;
    QHash<QString, QString> m_issues;
    QHash<QWidget *, QLabel *> m_errors; // the label beside each field
    QHash<QListWidget *, QStringList> m_chosen; // the tiers and lines checked, shown or not
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_key;
    QLineEdit *m_description;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QListWidget *m_programList;
    QListWidget *m_tiers;
    QListWidget *m_lines;
    QCheckBox *m_renewals;
    QComboBox *m_kind;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QLineEdit *m_percent;
};

} // namespace pd::ui
