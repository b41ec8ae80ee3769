#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace pd::ui {

class Session;
class SpifModel;

// The SPIF campaigns of the open database (Program › SPIF Campaigns…): a list with Add, Edit,
// Remove, Import and Export. On a read-only database the editing buttons are disabled and say why.
// What fails (a refusal of core, a file that cannot be read) is shown under the list.
class SpifCampaignsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SpifCampaignsDialog(Session *session, QWidget *parent = nullptr);

    SpifModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }
    QString message() const; // the last refusal or confirmation shown under the list

    // What the buttons do once a file is chosen or the removal confirmed; false when refused.
    bool importFrom(const QString &path);
    bool exportTo(const QString &key, const QString &path);
    bool removeCampaign(const QString &key);
    bool select(const QString &key);

private:
    void reload();
    void updateButtons();
    QString currentKey() const;
    void say(const QString &text, bool problem);
    void openEditor(bool isNew);

    Session *m_session;
    SpifModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_export;
    QLabel *m_message; // a refusal
    QLabel *m_done;    // a confirmation
};

} // namespace pd::ui
