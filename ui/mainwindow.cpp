#include "mainwindow.h"

#include "closing/closequarterdialog.h"
#include "dashboard.h"
#include "partner/partnerpage.h"
#include "partnerbrowser.h"
#include "payouts/payoutsview.h"
#include "program/programdraft.h"
#include "program/programeditor.h"
#include "recentfiles.h"
#include "report/qbrdialog.h"
#include "session.h"
#include "spif/spifcampaignsdialog.h"
#include "storage/database.h"
#include "team/teamactions.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

namespace pd::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_recent(new RecentFiles(this))
    , m_tabs(new QTabWidget(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_dbLabel(new QLabel(this))
    , m_language(savedLanguage())
    , m_builtLocale(translationsLocale().name())
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_dbLabel);
    m_team = new TeamActions(
        m_session, this, [this](const QString &location) { return openDatabase(location); },
        [this] { return maybeSaveAll(); });
    connect(m_team, &TeamActions::statusMessage, this, &MainWindow::showStatus);

    buildViews();

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // Undo and redo act on the partner page only while it is shown: on its profile edits, or
        // on the voids and corrections of its record tabs.
        m_undoGroup->setActiveStack(index == 0 ? m_page->activeUndoStack() : nullptr);
        updateSaveAction();
    });
    connect(m_session, &Session::opened, this, &MainWindow::updateTitle);
    connect(m_session, &Session::closed, this, &MainWindow::updateTitle);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (!maybeSaveAll())
            return;
        if (Database::isServerLocation(path))
            m_team->connectTo(path); // the password from the keychain, else the Connect dialog
        else
            openDatabase(path);
    });
    readSettings();
    updateTitle();
    updateSaveAction();
}

void MainWindow::buildViews()
{
    createViews();
    const QList<QAction *> before = findChildren<QAction *>(Qt::FindDirectChildrenOnly);
    createActions();
    for (QAction *action : findChildren<QAction *>(Qt::FindDirectChildrenOnly)) {
        if (!before.contains(action))
            m_windowActions << action;
    }
    createMenus();
}

void MainWindow::createViews()
{
    // The tabs' current-changed handler needs the window's actions, which may not exist yet.
    const QSignalBlocker blockTabs(m_tabs);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_browser = new PartnerBrowser(m_session, m_split);
    m_page = new PartnerPage(m_session, m_split);
    m_split->addWidget(m_browser);
    m_split->addWidget(m_page);
    // The browser's columns need more room than the partner page's form: 11 : 9 as the window grows.
    m_split->setStretchFactor(0, 11);
    m_split->setStretchFactor(1, 9);
    m_split->setChildrenCollapsible(false);
    m_dashboard = new Dashboard(m_session, m_browser->model(), this);
    m_programs = new ProgramEditor(m_session, this);

    m_tabs->addTab(m_split, tr("Partners"));
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(m_programs, tr("Programs"));
    m_payouts = new PayoutsView(m_session, this);
    m_tabs->addTab(m_payouts, tr("Payouts"));
    connect(m_payouts, &PayoutsView::statusMessage, this, &MainWindow::showStatus);
    connect(m_payouts, &PayoutsView::partnerActivated, this, [this](qint64 id) {
        showView(View::Partners);
        m_browser->selectPartner(id);
    });

    m_undoGroup->addStack(m_page->undoStack());
    m_undoGroup->addStack(m_page->recordUndoStack());
    m_undoGroup->setActiveStack(m_page->activeUndoStack());
    connect(m_page, &PartnerPage::activeUndoStackChanged, this, [this](QUndoStack *stack) {
        if (m_tabs->currentIndex() == 0)
            m_undoGroup->setActiveStack(stack);
    });

    connect(m_browser, &PartnerBrowser::currentPartnerChanged, this, &MainWindow::onCurrentPartnerChanged);
    connect(m_browser, &PartnerBrowser::partnerActivated, this, [this](qint64 id) {
        onCurrentPartnerChanged(id);
        m_page->tabs()->currentWidget()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_browser, &PartnerBrowser::statusMessage, this, &MainWindow::showStatus);
    connect(m_browser, &PartnerBrowser::tableLoaded, this, [this] {
        if (m_browser->currentPartnerId() == 0 && m_browser->proxy()->rowCount() > 0)
            m_browser->view()->selectRow(0);
        emit ready();
    });
    connect(m_page, &PartnerPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_programs, &ProgramEditor::statusMessage, this, &MainWindow::showStatus);
    // New requirements change every partner's standing.
    connect(m_programs, &ProgramEditor::programSaved, m_browser, &PartnerBrowser::reevaluate);
    connect(m_programs, &ProgramEditor::programSaved, m_page, &PartnerPage::reload);
    connect(m_page->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_programs->draft(), &ProgramDraft::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_page->saveAction(), &QAction::changed, this, &MainWindow::updateSaveAction);
    connect(m_programs->saveAction(), &QAction::changed, this, &MainWindow::updateSaveAction);
}

MainWindow::~MainWindow()
{
    // Children are deleted before this window's connections: keep them from calling back.
    disconnect(m_page->undoStack(), nullptr, this, nullptr);
    disconnect(m_programs->draft(), nullptr, this, nullptr);
    disconnect(m_page->saveAction(), nullptr, this, nullptr);
    disconnect(m_programs->saveAction(), nullptr, this, nullptr);
    disconnect(m_tabs, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    m_new = new QAction(tr("&New Database…"), this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::newDatabase);
    m_open = new QAction(tr("&Open Database…"), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    m_importCsv = new QAction(tr("&Import CSV…"), this);
    m_importCsv->setObjectName(QStringLiteral("importCsv"));
    m_importCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importCsv, &QAction::triggered, this, &MainWindow::importCsv);
    m_exportCsv = new QAction(tr("&Export CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    m_save = new QAction(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] {
        QAction *target = m_tabs->currentWidget() == m_programs ? m_programs->saveAction() : m_page->saveAction();
        if (target->isEnabled())
            target->trigger();
    });
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, plus the platform's own redo key (Ctrl+Y on Windows).
    QList<QKeySequence> redoKeys { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) };
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(k))
            redoKeys << k;
    }
    m_redo->setShortcuts(redoKeys);
    m_find = new QAction(tr("&Find Partner"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        showView(View::Partners);
        m_browser->focusFilter();
    });

    m_viewPartners = new QAction(tr("&Partners"), this);
    m_viewPartners->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_viewPartners, &QAction::triggered, this, [this] { showView(View::Partners); });
    m_viewDashboard = new QAction(tr("&Dashboard"), this);
    m_viewDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_viewDashboard, &QAction::triggered, this, [this] { showView(View::Dashboard); });
    m_viewPrograms = new QAction(tr("P&rograms"), this);
    m_viewPrograms->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_viewPrograms, &QAction::triggered, this, [this] { showView(View::Programs); });
    m_viewPayouts = new QAction(tr("Pa&youts"), this);
    m_viewPayouts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_viewPayouts, &QAction::triggered, this, [this] { showView(View::Payouts); });

    m_about = new QAction(tr("&About PartnerDesk"), this);
    m_about->setObjectName(QStringLiteral("about"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
    m_openLogFolder = new QAction(tr("Open &Log Folder"), this);
    m_openLogFolder->setObjectName(QStringLiteral("openLogFolder"));
    m_openLogFolder->setStatusTip(tr("Show the folder of PartnerDesk's log, to attach it to a support request."));
    connect(m_openLogFolder, &QAction::triggered, this, &MainWindow::openLogFolder);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_recent->populate(m_recentMenu); });
    m_recent->populate(m_recentMenu); // so the menu is keyboard-reachable before its first show
    file->addAction(m_team->connectAction());
    file->addSeparator();
    file->addAction(m_team->takeOfflineAction());
    file->addAction(m_team->refreshOfflineAction());
    m_team->addEditingAction(m_importCsv); // disabled on a read-only (offline) database
    file->addSeparator();
    file->addAction(m_save);
    file->addSeparator();
    file->addAction(m_importCsv);
    file->addAction(m_exportCsv);
    file->addSeparator();
    QAction *importProgram = file->addAction(tr("Import &Program JSON…"));
    importProgram->setObjectName(QStringLiteral("importProgramJson"));
    connect(importProgram, &QAction::triggered, this, [this] {
        showView(View::Programs);
        m_programs->importAction()->trigger();
    });
    m_team->addEditingAction(importProgram);
    QAction *exportProgram = file->addAction(tr("Export Program &JSON…"));
    connect(exportProgram, &QAction::triggered, this, [this] {
        showView(View::Programs);
        m_programs->exportAction()->trigger();
    });
    file->addSeparator();
    QAction *exportReview = file->addAction(tr("Export &Quarterly Review…"));
    exportReview->setObjectName(QStringLiteral("exportQuarterlyReview"));
    connect(exportReview, &QAction::triggered, this, [this] {
        QbrDialog dialog(m_session, m_browser->currentPartnerId(), this);
        dialog.setFilteredPartners(m_browser->visiblePartnerIds());
        dialog.exec();
    });
    QAction *statements = file->addAction(tr("Partner &Statements…"));
    statements->setObjectName(QStringLiteral("partnerStatements"));
    connect(statements, &QAction::triggered, this, [this] {
        QbrDialog dialog(m_session, m_browser->currentPartnerId(), this, ReportKind::Statement);
        dialog.setFilteredPartners(m_browser->visiblePartnerIds());
        dialog.exec();
    });
    QAction *closeQuarter = file->addAction(tr("C&lose Quarter…"));
    closeQuarter->setObjectName(QStringLiteral("closeQuarter"));
    connect(closeQuarter, &QAction::triggered, this, [this] {
        if (!m_session->isOpen())
            return;
        CloseQuarterDialog dialog(m_session, this);
        dialog.exec();
    });
    m_team->addEditingAction(closeQuarter);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_viewPartners);
    view->addAction(m_viewDashboard);
    view->addAction(m_viewPrograms);
    view->addAction(m_viewPayouts);
    view->addSeparator();
    QMenu *quick = view->addMenu(tr("&Quick Filter"));
    quick->addActions(m_browser->quickFilterActions());
    view->addAction(m_browser->reevaluateAction());
    view->addSeparator();
    createLanguageMenu(view);

    QMenu *partner = menuBar()->addMenu(tr("&Partner"));
    partner->addAction(m_page->saveAction());
    partner->addAction(m_page->revertAction());
    partner->addSeparator();
    partner->addAction(m_page->changeTierAction());
    partner->addAction(m_page->applyProposedAction());

    QMenu *program = menuBar()->addMenu(tr("P&rogram"));
    program->addAction(m_programs->newAction());
    program->addAction(m_programs->saveAction());
    program->addAction(m_programs->revertAction());
    program->addSeparator();
    program->addAction(m_programs->importAction());
    program->addAction(m_programs->exportAction());
    program->addSeparator();
    QAction *spif = program->addAction(tr("SPIF &Campaigns…"));
    spif->setObjectName(QStringLiteral("spifCampaigns"));
    connect(spif, &QAction::triggered, this, [this] {
        if (!m_session->isOpen())
            return;
        SpifCampaignsDialog dialog(m_session, this);
        dialog.exec();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_openLogFolder);
    help->addAction(m_about);
}

void MainWindow::showView(View view)
{
    switch (view) {
    case View::Partners:
        m_tabs->setCurrentWidget(m_split);
        break;
    case View::Dashboard:
        m_tabs->setCurrentWidget(m_dashboard);
        break;
    case View::Programs:
        m_tabs->setCurrentWidget(m_programs);
        break;
    case View::Payouts:
        m_tabs->setCurrentWidget(m_payouts);
        break;
    }
}

void MainWindow::onCurrentPartnerChanged(qint64 partnerId)
{
    if (m_reselecting || partnerId == m_shownPartner)
        return;
    if (m_page->showPartner(partnerId)) {
        m_shownPartner = partnerId;
        return;
    }
    // The user kept editing the partner that is shown: put the selection back on it.
    m_reselecting = true;
    m_browser->selectPartner(m_shownPartner);
    m_reselecting = false;
}

void MainWindow::updateTitle()
{
    const QString location = m_session->location();
    setWindowModified(m_page->isModified() || m_programs->isModified());
    if (location.isEmpty()) {
        setWindowTitle(tr("PartnerDesk"));
        m_dbLabel->clear();
        m_dbLabel->setToolTip({});
        return;
    }
    const QString offline = m_team->offlineText(); // "Offline since DATE" for an offline copy
    const QString name = TeamActions::shortName(location) + (offline.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(offline));
    setWindowTitle(tr("%1[*] — PartnerDesk").arg(name));
    m_dbLabel->setText(offline.isEmpty() ? m_session->displayName() : m_session->displayName() + QStringLiteral(" — ") + offline);
    m_dbLabel->setToolTip(m_session->readOnlyReason()); // why nothing can be edited, if so
}

void MainWindow::updateSaveAction()
{
    QAction *target = m_tabs->currentWidget() == m_programs ? m_programs->saveAction() : m_page->saveAction();
    m_save->setEnabled(target->isEnabled());
    m_save->setText(target->text());
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

bool MainWindow::maybeSaveAll()
{
    return m_page->maybeSave() && m_programs->maybeSave();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveAll()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_session->close();
    event->accept();
}

void MainWindow::readSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                              : QRect(0, 0, 1280, 800);
        resize(std::min(1400, screen.width() * 9 / 10), std::min(900, screen.height() * 9 / 10));
    }
    restoreState(s.value(QStringLiteral("state")).toByteArray());
    if (!m_split->restoreState(s.value(QStringLiteral("split")).toByteArray()))
        m_split->setSizes({ 11 * width() / 20, 9 * width() / 20 });
    m_browser->restoreHeaderState(s.value(QStringLiteral("partnerHeader")).toByteArray());
    m_page->restoreState(s.value(QStringLiteral("partnerPage")).toByteArray());
    m_programs->restoreState(s.value(QStringLiteral("programEditor")).toByteArray());
    m_dashboard->splitter()->restoreState(s.value(QStringLiteral("dashboardSplit")).toByteArray());
    m_tabs->setCurrentIndex(s.value(QStringLiteral("view"), 0).toInt());
    s.endGroup();
}

void MainWindow::writeSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState());
    s.setValue(QStringLiteral("split"), m_split->saveState());
    s.setValue(QStringLiteral("partnerHeader"), m_browser->saveHeaderState());
    s.setValue(QStringLiteral("partnerPage"), m_page->saveState());
    s.setValue(QStringLiteral("programEditor"), m_programs->saveState());
    s.setValue(QStringLiteral("dashboardSplit"), m_dashboard->splitter()->saveState());
    s.setValue(QStringLiteral("view"), m_tabs->currentIndex());
    s.setValue(QStringLiteral("dashboardProgram"), m_dashboard->programKey());
    s.endGroup();
}

} // namespace pd::ui
