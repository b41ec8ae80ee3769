#pragma once

#include "program.h"
#include "result.h"

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTableView;

namespace pd::ui {

class BenefitMatrixModel;
class ProductLinesModel;
class ProgramDraft;
class RatesModel;
class RequirementsModel;
class Session;
class TiersModel;

// Edits a program definition: general facts and product lines, tiers with their requirements
// and success targets, rates by product line, and the benefit matrix. Every change is checked
// with the same validation (and messages) as a JSON import; Save stays disabled while the
// definition has problems.
class ProgramEditor final : public QWidget {
    Q_OBJECT

public:
    explicit ProgramEditor(Session *session, QWidget *parent = nullptr);

    ProgramDraft *draft() const { return m_draft; }
    QString programKey() const;
    void selectProgram(const QString &key);
    bool isModified() const;
    bool maybeSave();
    const QList<ProgramIssue> &issues() const { return m_issues; }
    bool isStored() const { return m_stored; }

    // The operations behind the actions, without dialogs (tests call these).
    Result<void> save();
    Result<void> importJson(const QString &path); // the program becomes the unsaved draft
    Result<void> exportJson(const QString &path) const;
    void newProgram();

    TiersModel *tiersModel() const { return m_tiersModel; }
    RequirementsModel *requirementsModel() const { return m_requirementsModel; }
    RatesModel *ratesModel() const { return m_ratesModel; }
    BenefitMatrixModel *benefitsModel() const { return m_benefitsModel; }
    ProductLinesModel *productLinesModel() const { return m_linesModel; }
    QTableView *tiersView() const { return m_tiersView; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *saveAction() const { return m_save; }
    QAction *newAction() const { return m_new; }
    QAction *revertAction() const { return m_revert; }
    QLabel *readOnlyNote() const { return m_readOnlyNote; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void statusMessage(const QString &message);
    void programSaved(const QString &key);

private:
    QWidget *createGeneralTab();
    QWidget *createTiersTab();
    QWidget *createRatesTab();
    QWidget *createBenefitsTab();
    QTableView *createTable(QAbstractItemModel *model);
    void fillProgramCombo();
    void loadStored(const QString &key);
    void showGeneral();
    void revalidate();
    void updateActions();
    void updateEditors(); // editable, or read-only with the reason shown
    void showIssue(int row);
    int currentTier() const;
    void sizeBenefitColumns();
    void importWithDialog();
    void exportWithDialog();
    void saveWithMessages();
    void addTier();
    void addRequirement(bool target);
    void removeSelected(QTableView *view, const std::function<void(int)> &remove);

    Session *m_session;
    ProgramDraft *m_draft;
    bool m_stored = false; // the draft's key exists in the database
    QList<ProgramIssue> m_issues;

    QComboBox *m_programs;
    QTabWidget *m_tabs;
    QLineEdit *m_key;
    QLineEdit *m_name;
    QComboBox *m_currency;
    QPlainTextEdit *m_description;
    QCheckBox *m_credits;
    ProductLinesModel *m_linesModel;
    TiersModel *m_tiersModel;
    RequirementsModel *m_requirementsModel;
    RequirementsModel *m_targetsModel;
    RatesModel *m_ratesModel;
    BenefitMatrixModel *m_benefitsModel;
    QTableView *m_linesView;
    QTableView *m_tiersView;
    QTableView *m_requirementsView;
    QTableView *m_targetsView;
    QTableView *m_benefitsView;
    QSplitter *m_tiersSplit;
    QLabel *m_issueCount;
    QListWidget *m_issueList;
    QLabel *m_readOnlyNote; // why nothing can be edited, on a read-only database
    QAction *m_new;
    QAction *m_import;
    QAction *m_export;
    QAction *m_save;
    QAction *m_revert;
    int m_selectedTier = 0;
};

} // namespace pd::ui
