// The View › Language menu of the main window and the rebuild of the window in a new language.
#include "dashboard.h"
#include "mainwindow.h"
#include "partner/partnerpage.h"
#include "partnerbrowser.h"
#include "payouts/payoutsview.h"
#include "program/programdraft.h"
#include "program/programeditor.h"
#include "session.h"
#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace pd::ui {

namespace {

const QString kLanguageKey = QStringLiteral("language");

// "" is the system's locale. A language the system already speaks keeps the system's country
// (Mexican Spanish stays Mexican); otherwise the language's main country.
QLocale localeForLanguage(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty())
        return system;
    const QLocale chosen(language);
    if (chosen.language() == system.language())
        return system;
    return chosen;
}

} // namespace

QString MainWindow::savedLanguage()
{
    const QString language = QSettings().value(kLanguageKey).toString();
    return availableLanguages().contains(language) ? language : QString();
}

void MainWindow::applySavedLanguage()
{
    installTranslations(localeForLanguage(savedLanguage()));
}

bool MainWindow::setLanguage(const QString &language)
{
    if (!language.isEmpty() && !availableLanguages().contains(language))
        return false;
    if (language == m_language)
        return true;
    // The views are built again: unsaved edits would be lost.
    if (!maybeSaveAll())
        return false;
    m_language = language;
    QSettings().setValue(kLanguageKey, language);
    // Posts QEvent::LanguageChange to every window; changeEvent rebuilds this one.
    installTranslations(localeForLanguage(language));
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    // Also sent when a review export installs and removes its own translator: the window's
    // language has not changed then, and nothing is rebuilt.
    if (event->type() == QEvent::LanguageChange && !m_rebuildPending
        && translationsLocale().name() != m_builtLocale) {
        // Not now: QWidget sends the event on to the children this would delete.
        m_rebuildPending = true;
        QMetaObject::invokeMethod(this, &MainWindow::rebuildForLanguage, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::createLanguageMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    // Each language is named in itself, so that it can be found whatever the window shows.
    const QList<std::pair<QString, QString>> choices {
        { QString(), tr("&System") },
        { QStringLiteral("en"), QStringLiteral("&English") },
        { QStringLiteral("es"), QStringLiteral("Es&pañol") },
        { QStringLiteral("ru"), QStringLiteral("&Русский") },
    };
    for (const auto &[language, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("language_") + (language.isEmpty() ? QStringLiteral("system") : language));
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == m_language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language, group] {
            if (!setLanguage(language)) {
                for (QAction *a : group->actions())
                    a->setChecked(a->data().toString() == m_language);
            }
        });
    }
}

void MainWindow::destroyViews()
{
    // Everything buildViews() made: the menus and the window's actions, then the views.
    const auto menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus);
    m_recentMenu = nullptr;
    qDeleteAll(m_windowActions);
    m_windowActions.clear();
    // The views' signals must not reach this window while they are deleted.
    const QList<QObject *> senders { m_browser, m_page, m_dashboard, m_programs, m_payouts, m_page->undoStack(),
                                     m_programs->draft(), m_page->saveAction(), m_programs->saveAction() };
    for (QObject *sender : senders)
        disconnect(sender, nullptr, this, nullptr);
    m_undoGroup->removeStack(m_page->undoStack());
    const QSignalBlocker blockTabs(m_tabs);
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    delete m_dashboard; // holds the browser's model
    delete m_programs;
    delete m_payouts;
    m_payouts = nullptr;
    delete m_split;     // the browser and the partner page
    m_dashboard = nullptr;
    m_programs = nullptr;
    m_split = nullptr;
    m_browser = nullptr;
    m_page = nullptr;
    m_shownPartner = 0;
}

void MainWindow::rebuildForLanguage()
{
    m_rebuildPending = false;
    const QString locale = translationsLocale().name();
    if (locale == m_builtLocale)
        return;
    m_builtLocale = locale;

    // What the user sees, to show it again.
    const int view = m_tabs->currentIndex();
    const qint64 partner = m_browser->currentPartnerId() ? m_browser->currentPartnerId() : m_shownPartner;
    const QByteArray split = m_split->saveState();
    const QByteArray header = m_browser->saveHeaderState();
    const QString filter = m_browser->filterEdit()->text();
    const QList<QAction *> quick = m_browser->quickFilterActions();
    const qsizetype quickIndex = std::find_if(quick.begin(), quick.end(), [](QAction *a) { return a->isChecked(); })
                                 - quick.begin();
    const QByteArray page = m_page->saveState();
    const QByteArray programs = m_programs->saveState();
    const QString program = m_programs->programKey();
    const QByteArray dashboardSplit = m_dashboard->splitter()->saveState();
    const QString dashboardProgram = m_dashboard->programKey();

    destroyViews();
    // Built-in programs show their names in the new language.
    if (m_session->isOpen())
        (void)m_session->reloadPrograms();
    buildViews();

    m_split->restoreState(split);
    m_browser->restoreHeaderState(header);
    m_browser->filterEdit()->setText(filter);
    if (quickIndex < quick.size() && quickIndex < m_browser->quickFilterActions().size())
        m_browser->quickFilterActions().at(quickIndex)->trigger();
    m_page->restoreState(page);
    m_programs->restoreState(programs);
    m_dashboard->splitter()->restoreState(dashboardSplit);
    m_dashboard->setProgramKey(dashboardProgram);
    if (m_session->isOpen()) {
        if (!program.isEmpty() && m_session->program(program))
            m_programs->selectProgram(program);
        else if (!m_session->programs().isEmpty())
            m_programs->selectProgram(m_session->programs().constFirst().program.key);
        m_browser->reload();
        if (partner)
            m_browser->selectPartner(partner);
    }
    m_tabs->setCurrentIndex(view);
    m_undoGroup->setActiveStack(view == 0 ? m_page->undoStack() : nullptr);
    updateTitle();
    updateSaveAction();
}

} // namespace pd::ui
