#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QUndoGroup;

namespace pd::ui {

class Dashboard;
class PartnerBrowser;
class PartnerPage;
class PayoutsView;
class ProgramEditor;
class RecentFiles;
class Session;
class TeamActions;

// The PartnerDesk window: the partner browser beside the partner page, the program dashboard
// and the program editor, with the File, Edit, View, Partner, Program and Help menus.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum class View { Partners, Dashboard, Programs, Payouts };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database named on the command line (a file, relative to the current folder, or a
    // team database's postgresql:// URL), else the last one, else the default database under the
    // application data folder (created with demo data on first run).
    void startUp(const QString &databaseArgument);
    bool openDatabase(const QString &path);
    static QString defaultDatabasePath();

    void showView(View view);
    Session *session() const { return m_session; }
    PartnerBrowser *browser() const { return m_browser; }
    PartnerPage *partnerPage() const { return m_page; }
    ProgramEditor *programEditor() const { return m_programs; }
    Dashboard *dashboard() const { return m_dashboard; }
    PayoutsView *payouts() const { return m_payouts; }
    TeamActions *team() const { return m_team; }

    // The language of the window: empty for the system's, else "en", "es" or "ru". Switching
    // asks to save unsaved edits, installs the translations, remembers the choice and rebuilds
    // the views and menus in the new language (see changeEvent). False: the user stayed.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    // At start-up, before the window exists: the language chosen last time (QSettings).
    static QString savedLanguage();
    static void applySavedLanguage();

signals:
    // After start-up: the database is open and its rows are in the browser (or it failed).
    void ready();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The views (tabs) and the window's own actions and menus: buildViews() makes them all, in the
    // constructor and, after destroyViews(), on a language change, so that every text, header,
    // chart and number is in the new language and locale. Put new window actions in
    // createActions/createMenus.
    void buildViews();
    void destroyViews();
    void createViews();
    void createActions();
    void createMenus();
    void createLanguageMenu(QMenu *parent);
    void rebuildForLanguage();
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    void updateSaveAction();
    void onCurrentPartnerChanged(qint64 partnerId);
    bool maybeSaveAll();
    void showStatus(const QString &message);

    // mainwindow_files.cpp
    void newDatabase();
    void openDatabaseDialog();
    void createDatabase(const QString &path, bool demo);
    void importCsv();
    void exportCsv();
    void about();
    void openLogFolder(); // Help › Open Log Folder: the folder of the log file, made if missing

    Session *m_session;
    RecentFiles *m_recent;
    QTabWidget *m_tabs;
    QSplitter *m_split;
    PartnerBrowser *m_browser;
    PartnerPage *m_page;
    Dashboard *m_dashboard;
    ProgramEditor *m_programs;
    PayoutsView *m_payouts = nullptr;
    QUndoGroup *m_undoGroup;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_dbLabel;
    TeamActions *m_team = nullptr; // team database and offline copies (ui/team)
    qint64 m_shownPartner = 0;
    bool m_reselecting = false;
    QString m_language;        // the choice: "" (system), "en", "es", "ru"
    QString m_builtLocale;     // the translations' locale the views and menus were built in
    bool m_rebuildPending = false;
    QList<QAction *> m_windowActions; // what createActions made, deleted on a rebuild

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_importCsv = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_save = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_viewPartners = nullptr;
    QAction *m_viewDashboard = nullptr;
    QAction *m_viewPrograms = nullptr;
    QAction *m_viewPayouts = nullptr;
    QAction *m_about = nullptr;
    QAction *m_openLogFolder = nullptr;
};

} // namespace pd::ui
