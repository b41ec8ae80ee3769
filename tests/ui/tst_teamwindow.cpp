// The team database in the window: a save conflict between two sessions on one SQLite file is
// merged field by field in the conflict dialog (nothing overwritten silently); offline copies
// are taken and refreshed off the UI thread and open read-only, with every editing control of the
// window disabled and saying why; the Connect dialog's fields.
#include "licences/certificationsview.h"
#include "licences/creditsview.h"
#include "licences/licencesview.h"
#include "licences/nfrkeysview.h"
#include "mainwindow.h"
#include "partner/partnerpage.h"
#include "partner/profileform.h"
#include "partnerbrowser.h"
#include "program/programeditor.h"
#include "session.h"
#include "storage/changelog.h"
#include "storage/offline.h"
#include "team/conflictdialog.h"
#include "team/connectdialog.h"
#include "team/offlinedialog.h"
#include "team/teamactions.h"
#include "pagewait.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace pd;
using namespace pd::ui;

class TestTeamWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void conflictDialogDefaultsAndMerge();
    void conflictBetweenTwoSessionsIsMerged();
    void conflictKeepEditingWritesNothing();
    void offlineCopyTakeRefreshReadOnly();
    void offlineCopyWindowDisablesEveryEdit();
    void refreshOfPrunedCopyIsRefused();
    void takeOfflineAsksBeforeReplacing();
    void connectDialogBuildsLocationWithoutPassword();

private:
    struct Window {
        std::unique_ptr<Session> session;
        std::unique_ptr<PartnerPage> page;
    };
    Window openWindow();
    static QLineEdit *field(PartnerPage &page, ProfileField f)
    {
        return qobject_cast<QLineEdit *>(page.profileForm()->fieldWidget(f));
    }
    static void retype(PartnerPage &page, ProfileField f, const QString &text)
    {
        QLineEdit *edit = field(page, f);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    // Answers the next conflict dialog with `act` once it is shown.
    static void whenConflictDialogShows(std::function<void(ConflictDialog *)> act)
    {
        QTimer::singleShot(0, qApp, [act] {
            if (auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget()))
                act(dialog);
        });
    }

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_partnerId = 0;
};

void TestTeamWindow::initTestCase()
{
    // The whole window reads and writes settings (recent files, geometry): not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PartnerDeskTest"));
    QApplication::setApplicationName(QStringLiteral("PartnerDeskTeamWindowTest"));
    QSettings().clear();
}

void TestTeamWindow::init()
{
    m_db = std::make_unique<TestDatabase>();
    auto db = Database::create(m_db->path());
    QVERIFY(db.has_value());
    Store store(**db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    Partner p;
    p.code = QStringLiteral("P-1");
    p.name = QStringLiteral("Acme");
    p.country = QStringLiteral("ES");
    p.category = PartnerCategory::Channel;
    p.programKey = QStringLiteral("reseller-status");
    p.tierKey = QStringLiteral("authorized");
    p.tierSince = QDate(2025, 1, 1);
    p.joinedOn = QDate(2024, 3, 1);
    const auto id = store.insertPartner(p);
    QVERIFY(id.has_value());
    m_partnerId = *id;
}

void TestTeamWindow::cleanup()
{
    m_db.reset();
}

TestTeamWindow::Window TestTeamWindow::openWindow()
{
    Window w;
    w.session = std::make_unique<Session>();
    w.session->setToday(TestDatabase::today());
    if (!w.session->open(m_db->path()))
        return {};
    w.page = std::make_unique<PartnerPage>(w.session.get());
    if (!w.page->showPartner(m_partnerId) || !QTest::qWaitFor([&] { return !w.page->isLoading(); }, 20000))
        return {};
    return w;
}

void TestTeamWindow::conflictDialogDefaultsAndMerge()
{
    Partner base;
    base.id = 1;
    base.name = QStringLiteral("Acme");
    base.region = QStringLiteral("North");
    base.website = QStringLiteral("acme.es");
    base.rowVersion = 1;
    Partner theirs = base;
    theirs.name = QStringLiteral("Acme Global"); // changed by both
    theirs.region = QStringLiteral("South"); // changed by them only
    theirs.rowVersion = 2;
    Partner mine = base;
    mine.name = QStringLiteral("Acme Iberia");
    mine.website = QStringLiteral("https://acme.com"); // changed by me only

    ConflictDialog dialog(base, mine, theirs);
    QCOMPARE(dialog.fields(), (QList<ProfileField> { ProfileField::Name, ProfileField::Region, ProfileField::Website }));
    QVERIFY(dialog.changedByBoth(ProfileField::Name));
    QVERIFY(!dialog.changedByBoth(ProfileField::Region));
    QCOMPARE(dialog.choice(ProfileField::Name), ConflictDialog::Choice::Mine);
    QCOMPARE(dialog.choice(ProfileField::Region), ConflictDialog::Choice::Theirs);
    QCOMPARE(dialog.choice(ProfileField::Website), ConflictDialog::Choice::Mine);
    Partner merged = dialog.merged();
    QCOMPARE(merged.name, QStringLiteral("Acme Iberia"));
    QCOMPARE(merged.region, QStringLiteral("South"));
    QCOMPARE(merged.website, QStringLiteral("https://acme.com"));
    QCOMPARE(merged.rowVersion, 2); // on top of the stored row

    dialog.findChild<QPushButton *>(QStringLiteral("allTheirs"))->click();
    merged = dialog.merged();
    QCOMPARE(merged.name, QStringLiteral("Acme Global"));
    QCOMPARE(merged.website, QStringLiteral("acme.es"));
    dialog.findChild<QPushButton *>(QStringLiteral("allMine"))->click();
    QCOMPARE(dialog.merged().region, QStringLiteral("North"));
    dialog.choose(ProfileField::Region, ConflictDialog::Choice::Theirs);
    QCOMPARE(dialog.merged().region, QStringLiteral("South"));
}

void TestTeamWindow::conflictBetweenTwoSessionsIsMerged()
{
    Window a = openWindow();
    Window b = openWindow();
    QVERIFY(a.page && b.page);

    // Two windows on one file: A saves first.
    retype(*a.page, ProfileField::Name, QStringLiteral("Acme Global"));
    retype(*a.page, ProfileField::Region, QStringLiteral("South"));
    const auto first = a.page->saveProfile();
    QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().message));

    // B edited the same partner meanwhile: its save meets the conflict dialog.
    retype(*b.page, ProfileField::Name, QStringLiteral("Acme Iberia"));
    retype(*b.page, ProfileField::Website, QStringLiteral("https://acme.com"));
    QList<ProfileField> shown;
    whenConflictDialogShows([&shown](ConflictDialog *dialog) {
        shown = dialog->fields();
        dialog->choose(ProfileField::Name, ConflictDialog::Choice::Theirs);
        dialog->findChild<QPushButton *>(QStringLiteral("saveChosen"))->click();
    });
    QVERIFY(b.page->isModified());
    QVERIFY2(b.page->profileForm()->isValid(), qPrintable(b.page->profileForm()->issues().value(0).message));
    QVERIFY(b.page->saveAction()->isEnabled());
    b.page->saveAction()->trigger();
    QCOMPARE(shown, (QList<ProfileField> { ProfileField::Name, ProfileField::Region, ProfileField::Website }));
    WAIT_FOR_PAGE(b.page); // the page reads the merged partner again

    const Partner stored = *b.session->store().partner(m_partnerId);
    QCOMPARE(stored.name, QStringLiteral("Acme Global")); // theirs, chosen
    QCOMPARE(stored.region, QStringLiteral("South")); // theirs, changed by them only
    QCOMPARE(stored.website, QStringLiteral("https://acme.com")); // mine
    QCOMPARE(stored.rowVersion, 3);
    QVERIFY(!b.page->isModified());
    QCOMPARE(b.page->profileForm()->saved().website, QStringLiteral("https://acme.com"));
}

void TestTeamWindow::conflictKeepEditingWritesNothing()
{
    Window a = openWindow();
    Window b = openWindow();
    QVERIFY(a.page && b.page);
    retype(*a.page, ProfileField::Name, QStringLiteral("Acme Global"));
    const auto first = a.page->saveProfile();
    QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().message));
    retype(*b.page, ProfileField::Name, QStringLiteral("Acme Iberia"));
    whenConflictDialogShows([](ConflictDialog *dialog) { dialog->reject(); });
    b.page->saveAction()->trigger();
    QCOMPARE(b.session->store().partner(m_partnerId)->name, QStringLiteral("Acme Global"));
    QCOMPARE(b.session->store().partner(m_partnerId)->rowVersion, 2);
    QVERIFY(b.page->isModified()); // the user's edit is still there
    QCOMPARE(b.page->profileForm()->draft().name, QStringLiteral("Acme Iberia"));
}

void TestTeamWindow::offlineCopyTakeRefreshReadOnly()
{
    Window source = openWindow();
    QVERIFY(source.page);
    QWidget window;
    QString opened;
    Session copySession;
    copySession.setToday(TestDatabase::today());
    TeamActions team(
        source.session.get(), &window,
        [&](const QString &location) {
            opened = location;
            return copySession.open(location).has_value();
        },
        [] { return true; });
    QVERIFY(team.takeOfflineAction()->isEnabled());
    QVERIFY(!team.refreshOfflineAction()->isEnabled());

    // Take: off the UI thread, then the copy opens read-only and says since when.
    const QString file = QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/offline.sqlite");
    QSignalSpy done(&team, &TeamActions::offlineJobFinished);
    team.takeOffline(file, OfflineFilter { {}, {}, QStringLiteral("ES") });
    QVERIFY(done.wait(60000));
    QCOMPARE(done.takeFirst().at(0).toBool(), true);
    QCOMPARE(opened, file);
    QVERIFY(copySession.isReadOnly());
    QVERIFY(copySession.offlineInfo().has_value());
    QCOMPARE(copySession.offlineInfo()->filter.country, QStringLiteral("ES"));
    QCOMPARE(copySession.store().partnerCount().value_or(0), 1);

    // The copy's window: editing is disabled.
    TeamActions copyTeam(&copySession, &window, [&](const QString &l) { return copySession.open(l).has_value(); },
                         [] { return true; });
    QVERIFY(copyTeam.offlineText().startsWith(QStringLiteral("Offline since ")));
    QVERIFY(copyTeam.refreshOfflineAction()->isEnabled());
    QVERIFY(!copyTeam.takeOfflineAction()->isEnabled());
    QAction importAction;
    copyTeam.addEditingAction(&importAction);
    QVERIFY(!importAction.isEnabled());
    PartnerPage copyPage(&copySession);
    QVERIFY(copyPage.showPartner(m_partnerId));
    WAIT_FOR_PAGE(&copyPage);
    QVERIFY(!copyPage.changeTierAction()->isEnabled());
    QVERIFY(!copyPage.profileForm()->isEnabled());

    // The source changes; a refresh (again off the UI thread) brings the change.
    Partner p = *source.session->store().partner(m_partnerId);
    p.name = QStringLiteral("Acme Refreshed");
    QVERIFY(source.session->store().updatePartner(p).has_value());
    QVERIFY(copyTeam.refreshOffline() != nullptr);
    QSignalSpy refreshed(&copyTeam, &TeamActions::offlineJobFinished);
    QVERIFY(refreshed.wait(60000));
    QCOMPARE(refreshed.takeFirst().at(0).toBool(), true);
    QCOMPARE(copySession.store().partner(m_partnerId)->name, QStringLiteral("Acme Refreshed"));
    QVERIFY(copySession.isReadOnly());
}

namespace {

// The window on `location`, with its browser loaded and `partnerId` on the partner page, on its
// Licences tab (the licensing tabs read when one of them is shown).
bool openMainWindow(MainWindow &window, const QString &location, qint64 partnerId)
{
    window.session()->setToday(TestDatabase::today());
    QSignalSpy ready(&window, &MainWindow::ready);
    if (!window.openDatabase(location) || !ready.wait(60000))
        return false;
    PartnerPage *page = window.partnerPage();
    if (!page->showPartner(partnerId) || page->partnerId() != partnerId
        || !QTest::qWaitFor([page] { return !page->isLoading(); }, 20000))
        return false;
    page->tabs()->setCurrentIndex(PartnerPage::LicencesTab);
    return page->licencesView() != nullptr;
}

// Every action of the licensing tabs that writes.
QList<QAction *> licensingEditActions(PartnerPage *page)
{
    QList<QAction *> out;
    out << page->licencesView()->editActions() << page->nfrKeysView()->editActions()
        << page->creditsView()->editActions() << page->certificationsView()->editActions();
    return out;
}

} // namespace

void TestTeamWindow::offlineCopyWindowDisablesEveryEdit()
{
    const QString file = QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/readonly-copy.sqlite");
    {
        auto source = Database::open(m_db->path());
        QVERIFY(source.has_value());
        const auto taken = OfflineCopy::take(**source, file, {});
        QVERIFY2(taken.has_value(), qPrintable(taken ? QString() : taken.error().message));
    }

    // The source in the window: the same controls are there to edit with.
    {
        MainWindow window;
        QVERIFY(openMainWindow(window, m_db->path(), m_partnerId));
        QVERIFY(!window.session()->isReadOnly());
        QVERIFY(window.session()->readOnlyReason().isEmpty());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importCsv"))->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importProgramJson"))->isEnabled());
        QVERIFY(window.partnerPage()->changeTierAction()->isEnabled());
        QVERIFY(window.partnerPage()->profileForm()->isEnabled());
        QVERIFY(window.partnerPage()->licencesView()->recordAction()->isEnabled());
        QVERIFY(window.partnerPage()->nfrKeysView()->issueAction()->isEnabled());
        ProgramEditor *programs = window.programEditor();
        QVERIFY(programs->newAction()->isEnabled());
        QVERIFY(programs->importAction()->isEnabled());
        QVERIFY(programs->tiersView()->editTriggers() != QAbstractItemView::NoEditTriggers);
        QVERIFY(!programs->readOnlyNote()->isVisibleTo(programs));
    }

    MainWindow window;
    QVERIFY(openMainWindow(window, file, m_partnerId));
    Session *session = window.session();
    QVERIFY(session->isReadOnly());
    QVERIFY(session->offlineInfo().has_value());
    const QString reason = session->readOnlyReason();
    QVERIFY2(reason.contains(QStringLiteral("offline copy")), qPrintable(reason));

    // Disabled, each saying why.
    auto disabledWithReason = [&reason](QAction *action) {
        if (action->isEnabled())
            return QStringLiteral("%1 is enabled").arg(action->text());
        if (action->toolTip() != reason || action->statusTip() != reason)
            return QStringLiteral("%1 says \"%2\"").arg(action->text(), action->toolTip());
        return QString();
    };
    QList<QAction *> editing { window.findChild<QAction *>(QStringLiteral("importCsv")),
        window.findChild<QAction *>(QStringLiteral("importProgramJson")) };
    PartnerPage *page = window.partnerPage();
    editing << page->saveAction() << page->revertAction() << page->changeTierAction()
            << page->applyProposedAction();
    ProgramEditor *programs = window.programEditor();
    editing << programs->newAction() << programs->importAction() << programs->saveAction()
            << programs->revertAction();
    editing << licensingEditActions(page);
    for (QAction *action : std::as_const(editing)) {
        QVERIFY(action);
        const QString problem = disabledWithReason(action);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The partner page: the profile cannot be edited; its buttons tell why.
    QVERIFY(!page->profileForm()->isEnabled());
    QCOMPARE(page->profileForm()->toolTip(), reason);
    const QList<QPushButton *> pageButtons = page->findChildren<QPushButton *>();
    const auto changeTierButton = std::find_if(pageButtons.cbegin(), pageButtons.cend(),
        [&](QPushButton *b) { return b->text() == page->changeTierAction()->text(); });
    QVERIFY(changeTierButton != pageButtons.cend());
    QVERIFY(!(*changeTierButton)->isEnabled());
    QCOMPARE((*changeTierButton)->toolTip(), reason);

    // The program editor: programs are shown and exported, never edited.
    QVERIFY(programs->exportAction()->isEnabled());
    QVERIFY(programs->readOnlyNote()->isVisibleTo(programs));
    QCOMPARE(programs->readOnlyNote()->text(), reason);
    for (QTableView *view : programs->tabs()->findChildren<QTableView *>())
        QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
    for (QPushButton *button : programs->tabs()->findChildren<QPushButton *>()) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        QCOMPARE(button->toolTip(), reason);
    }
    for (QLineEdit *edit : programs->tabs()->findChildren<QLineEdit *>()) {
        if (!edit->parentWidget()->inherits("QAbstractSpinBox") && !edit->parentWidget()->inherits("QComboBox"))
            QVERIFY2(edit->isReadOnly(), qPrintable(edit->objectName()));
    }
    for (QPlainTextEdit *edit : programs->tabs()->findChildren<QPlainTextEdit *>())
        QVERIFY(edit->isReadOnly());

    // The status bar says why too.
    bool explained = false;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        explained = explained || label->toolTip() == reason;
    QVERIFY(explained);

    // The operations behind the actions refuse as well, and nothing is written.
    const auto saved = page->saveProfile();
    QVERIFY(!saved.has_value()); // a partner shown and the database read-only: refused up front
    QCOMPARE(saved.error().message, reason);
    const auto moved = page->changeTier(QStringLiteral("gold"), TestDatabase::today(), QStringLiteral("test"));
    QVERIFY(!moved.has_value());
    QCOMPARE(moved.error().message, reason);
    const auto program = programs->save();
    QVERIFY(!program.has_value());
    QCOMPARE(program.error().message, reason);
    QCOMPARE(session->store().partner(m_partnerId)->tierKey, QStringLiteral("authorized"));

    // Back on a writable database, the same controls edit again with their own tips.
    QSignalSpy ready(&window, &MainWindow::ready);
    QVERIFY(window.openDatabase(m_db->path()));
    QVERIFY(ready.wait(60000));
    QVERIFY(!session->isReadOnly());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importCsv"))->isEnabled());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importCsv"))->toolTip() != reason);
    QVERIFY(programs->newAction()->isEnabled());
    QCOMPARE(programs->newAction()->toolTip(), QStringLiteral("Start a new program definition"));
    QVERIFY(!programs->readOnlyNote()->isVisibleTo(programs));
    QVERIFY(programs->tiersView()->editTriggers() != QAbstractItemView::NoEditTriggers);
}

void TestTeamWindow::refreshOfPrunedCopyIsRefused()
{
    // The team database's change history was pruned past the copy: Refresh says so, and the copy
    // stays as it was.
    const QString file = QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/pruned-copy.sqlite");
    const QDate tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1);
    {
        auto source = Database::open(m_db->path());
        QVERIFY(source.has_value());
        QVERIFY(OfflineCopy::take(**source, file, {}).has_value());
        Store store(**source);
        Partner p = *store.partner(m_partnerId);
        p.name = QStringLiteral("Acme Pruned");
        QVERIFY(store.updatePartner(p).has_value());
        const auto pruned = ChangeLog::prune(**source, tomorrow, tomorrow); // everything logged so far
        QVERIFY2(pruned.has_value(), qPrintable(pruned ? QString() : pruned.error().message));
        QVERIFY(pruned->removed >= 1);
    }
    auto hash = [&file] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    };
    const QByteArray before = hash();

    QWidget window;
    Session copySession;
    copySession.setToday(TestDatabase::today());
    QVERIFY(copySession.open(file).has_value());
    TeamActions team(&copySession, &window, [&](const QString &l) { return copySession.open(l).has_value(); },
                     [] { return true; });
    QString shown;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    answer.start();
    QSignalSpy done(&team, &TeamActions::offlineJobFinished);
    QVERIFY(team.refreshOffline() != nullptr);
    QVERIFY(done.wait(60000));
    QCOMPARE(done.takeFirst().at(0).toBool(), false);
    QVERIFY2(shown.startsWith(QStringLiteral("This offline copy is older than the team database's change history "
                                             "(pruned up to %1); take it offline again.")
                                  .arg(tomorrow.toString(Qt::ISODate))),
             qPrintable(shown));
    QCOMPARE(copySession.store().partner(m_partnerId)->name, QStringLiteral("Acme"));
    QCOMPARE(hash(), before);
}

void TestTeamWindow::takeOfflineAsksBeforeReplacing()
{
    // File › Take Offline into an existing file: an offline copy of another database is replaced
    // only after a Yes; a database with its own records is refused with a message.
    Window source = openWindow();
    QVERIFY(source.page);
    const QString folder = QFileInfo(m_db->path()).absolutePath();
    const QString copy = folder + QStringLiteral("/others-copy.sqlite");
    const QString ordinary = folder + QStringLiteral("/ordinary.sqlite");
    for (const QString &file : QStringList { folder + QStringLiteral("/other.sqlite"), ordinary }) {
        auto db = Database::create(file);
        QVERIFY(db.has_value());
        QVERIFY(Store(**db).installBuiltinPrograms().has_value());
        if (file != ordinary)
            QVERIFY(OfflineCopy::take(**db, copy, {}).has_value());
    }
    auto hash = [](const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    };
    const QByteArray copyBefore = hash(copy);
    const QByteArray ordinaryBefore = hash(ordinary);

    QWidget window;
    Session copySession;
    TeamActions team(source.session.get(), &window,
                     [&](const QString &l) { return copySession.open(l).has_value(); }, [] { return true; });
    QStringList files { copy, ordinary };
    QStringList shown;
    QMessageBox::StandardButton reply = QMessageBox::No;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<OfflineDialog *>(modal)) {
            if (files.isEmpty()) {
                dialog->reject();
            } else {
                dialog->setFile(files.takeFirst());
                dialog->accept();
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            shown << box->text();
            if (QAbstractButton *button = box->button(reply))
                button->click();
            else
                box->accept();
        }
    });
    driver.start();
    team.takeOfflineAction()->trigger();
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.at(0).contains(QStringLiteral("is an offline copy of another database")), qPrintable(shown.at(0)));
    QVERIFY2(shown.at(1).contains(QStringLiteral("with its own records")), qPrintable(shown.at(1)));
    QCOMPARE(hash(copy), copyBefore);
    QCOMPARE(hash(ordinary), ordinaryBefore);

    // Yes replaces it with a copy of the open database.
    files = QStringList { copy };
    reply = QMessageBox::Yes;
    QSignalSpy done(&team, &TeamActions::offlineJobFinished);
    team.takeOfflineAction()->trigger();
    QVERIFY(done.wait(60000));
    QCOMPARE(done.takeFirst().at(0).toBool(), true);
    QCOMPARE(shown.size(), 3);
    QVERIFY(copySession.offlineInfo().has_value());
    QCOMPARE(copySession.offlineInfo()->source, QFileInfo(m_db->path()).absoluteFilePath());
}

void TestTeamWindow::connectDialogBuildsLocationWithoutPassword()
{
    ConnectDialog dialog;
    dialog.hostEdit()->setText(QStringLiteral("db.example.com"));
    dialog.portEdit()->setValue(5433);
    dialog.databaseEdit()->setText(QStringLiteral("partners"));
    dialog.userEdit()->setText(QStringLiteral("ana"));
    dialog.passwordEdit()->setText(QStringLiteral("s3cret"));
    dialog.tlsModeBox()->setCurrentIndex(dialog.tlsModeBox()->findData(QStringLiteral("verify-full")));
    const QString url = dialog.location().url();
    QVERIFY2(url.startsWith(QStringLiteral("postgresql://ana@db.example.com:5433/partners")), qPrintable(url));
    QVERIFY2(url.contains(QStringLiteral("sslmode=verify-full")), qPrintable(url));
    QVERIFY(!url.contains(QStringLiteral("s3cret")));
    QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    QCOMPARE(TeamActions::shortName(url), ServerLocation::parse(url)->displayName());

    ConnectDialog again;
    again.setLocation(*ServerLocation::parse(url));
    QCOMPARE(again.hostEdit()->text(), QStringLiteral("db.example.com"));
    QCOMPARE(again.portEdit()->value(), 5433);
    QCOMPARE(again.tlsModeBox()->currentData().toString(), QStringLiteral("verify-full"));
    QVERIFY(again.passwordEdit()->text().isEmpty());
    QCOMPARE(ConnectDialog::tlsModes(),
             (QStringList { QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
                            QStringLiteral("verify-full") }));
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
