#include "teamactions.h"

#include "connectdialog.h"
#include "editing.h"
#include "offlinedialog.h"
#include "passwordstore.h"
#include "session.h"
#include "storage/database.h"
#include "storage/serverlocation.h"
#include "workers/jobprogress.h"
#include "workers/workerdatabase.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <memory>

namespace pd::ui {

namespace {

// Whether libpq has a password source of its own: PGPASSWORD or a password file (PGPASSFILE,
// else ~/.pgpass, on Windows %APPDATA%/postgresql/pgpass.conf).
bool libpqMayFindPassword()
{
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return true;
    QString file = qEnvironmentVariable("PGPASSFILE");
    if (file.isEmpty()) {
#ifdef Q_OS_WIN
        file = qEnvironmentVariable("APPDATA") + QStringLiteral("/postgresql/pgpass.conf");
#else
        file = QDir::homePath() + QStringLiteral("/.pgpass");
#endif
    }
    return QFileInfo::exists(file);
}

} // namespace

TeamActions::TeamActions(Session *session, QWidget *window, OpenFn open, MaybeSaveFn maybeSave)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_open(std::move(open))
    , m_maybeSave(std::move(maybeSave))
    , m_connect(new QAction(this))
    , m_takeOffline(new QAction(this))
    , m_refreshOffline(new QAction(this))
{
    m_connect->setObjectName(QStringLiteral("connectTeamDatabase"));
    m_takeOffline->setObjectName(QStringLiteral("takeOffline"));
    m_refreshOffline->setObjectName(QStringLiteral("refreshOffline"));
    retranslate();
    window->installEventFilter(this);
    connect(m_connect, &QAction::triggered, this, [this] {
        if (m_maybeSave())
            connectWithDialog();
    });
    connect(m_takeOffline, &QAction::triggered, this, &TeamActions::takeOfflineWithDialog);
    connect(m_refreshOffline, &QAction::triggered, this, [this] {
        if (m_maybeSave())
            refreshOffline();
    });
    connect(m_session, &Session::opened, this, &TeamActions::updateActions);
    connect(m_session, &Session::closed, this, &TeamActions::updateActions);
    connect(m_session, &Session::readOnlyChanged, this, &TeamActions::updateActions);
    updateActions();
}

void TeamActions::retranslate()
{
    m_connect->setText(tr("Connect to &Team Database…"));
    m_takeOffline->setText(tr("&Take Offline…"));
    m_refreshOffline->setText(tr("Re&fresh Offline Copy"));
    m_takeOffline->setStatusTip(tr("Copy partners into a file that opens without a network"));
    m_refreshOffline->setStatusTip(tr("Fetch what changed in the team database since the copy was taken"));
}

bool TeamActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TeamActions::addEditingAction(QAction *action)
{
    m_editing.removeAll(nullptr); // actions deleted by a language switch's rebuild
    m_editing << action;
    updateActions();
}

void TeamActions::updateActions()
{
    const bool open = m_session->isOpen();
    const bool offline = m_session->offlineInfo().has_value();
    m_connect->setEnabled(!m_busy);
    m_takeOffline->setEnabled(open && !offline && !m_busy);
    m_refreshOffline->setEnabled(offline && !m_busy);
    for (const QPointer<QAction> &a : std::as_const(m_editing))
        setEditingEnabled(a.data(), open, m_session->readOnlyReason());
}

QString TeamActions::shortName(const QString &location)
{
    if (!Database::isServerLocation(location))
        return QFileInfo(location).fileName();
    const auto loc = ServerLocation::parse(location);
    return loc ? loc->displayName() : location;
}

QString TeamActions::offlineText() const
{
    const auto &info = m_session->offlineInfo();
    if (!info)
        return {};
    return tr("Offline since %1")
        .arg(QLocale().toString(info->refreshedAt.toLocalTime(), QLocale::ShortFormat));
}

QString TeamActions::passwordFor(const QString &location)
{
    QString password = serverPassword(location);
    if (!password.isEmpty())
        return password;
    const auto saved = PasswordStore::read(location);
    if (!saved) {
        emit statusMessage(saved.error().message);
        return {};
    }
    if (!saved->isEmpty())
        setServerPassword(location, *saved);
    return *saved;
}

void TeamActions::connectTo(const QString &location)
{
    if (!passwordFor(location).isEmpty() && m_open(location))
        return;
    connectWithDialog(location);
}

bool TeamActions::connectToUrl(const QString &url)
{
    const auto loc = ServerLocation::parse(url);
    if (!loc) {
        QMessageBox::warning(m_window, tr("Connect to Team Database"), loc.error().message);
        return false;
    }
    const QString location = loc->url(); // without the password: the key of the one in memory
    if (!loc->password.isEmpty())
        setServerPassword(location, loc->password);
    // Tried first when a password may be found (else the keychain's, else libpq's own) or none
    // may be needed (a Unix socket's peer login); otherwise asked for at once.
    const bool socket = loc->host.isEmpty() || loc->host.startsWith(u'/');
    if (!passwordFor(location).isEmpty() || libpqMayFindPassword() || socket) {
        if (m_open(location))
            return true;
        return connectWithDialog(location, tr("Not connected. Check the fields and try again."));
    }
    return connectWithDialog(location);
}

bool TeamActions::connectWithDialog(const QString &location, const QString &message)
{
    ConnectDialog dialog(m_window);
    if (!location.isEmpty()) {
        if (const auto loc = ServerLocation::parse(location))
            dialog.setLocation(*loc);
        dialog.setPassword(serverPassword(location));
    }
    dialog.setMessage(message);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return false;
        const QString url = dialog.location().url();
        setServerPassword(url, dialog.password());
        // The window reports a failure with the server's own words; the dialog then comes back.
        if (!m_open(url)) {
            dialog.setMessage(tr("Not connected. Check the fields and try again."));
            continue;
        }
        if (dialog.rememberPassword() && !dialog.password().isEmpty()) {
            if (auto r = PasswordStore::write(url, dialog.password()); !r)
                emit statusMessage(r.error().message);
        } else if (PasswordStore::keychainAvailable()) {
            PasswordStore::forget(url);
        }
        return true;
    }
}

void TeamActions::takeOfflineWithDialog()
{
    if (!m_session->isOpen() || !m_maybeSave())
        return;
    QStringList keys;
    QStringList names;
    for (const StoredProgram &sp : m_session->programs()) {
        keys << sp.program.key;
        names << sp.program.name;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    OfflineDialog dialog(keys, names, folder + QStringLiteral("/partners-offline.sqlite"), m_window);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString file = QFileInfo(dialog.file()).absoluteFilePath();
        if (!Database::isServerLocation(m_session->location())
            && file == QFileInfo(m_session->location()).absoluteFilePath()) {
            QMessageBox::warning(m_window, tr("Take Offline"),
                                 tr("This database is open. Choose another file for the offline copy."));
            continue;
        }
        const auto replace = confirmTarget(file);
        if (!replace)
            continue;
        takeOffline(file, dialog.filter(), *replace);
        return;
    }
}

std::optional<OfflineCopy::Replace> TeamActions::confirmTarget(const QString &file)
{
    const auto existing = OfflineCopy::existingCopy(file);
    if (!existing) {
        QMessageBox::warning(m_window, tr("Take Offline"), existing.error().message);
        return std::nullopt;
    }
    if (!*existing)
        return OfflineCopy::Replace::OwnCopy;
    const OfflineInfo &info = **existing;
    const QString name = QDir::toNativeSeparators(file);
    const QString taken = QLocale().toString(info.takenAt.toLocalTime(), QLocale::ShortFormat);
    const bool own = OfflineCopy::isCopyOf(info, m_session->location());
    const QString question
        = own ? tr("%1 is already an offline copy of this database, taken %2. Replace it with a new copy?")
                    .arg(name, taken)
              : tr("%1 is an offline copy of another database, %2, taken %3. Replace it with a copy of this "
                   "database?")
                    .arg(name, info.source, taken);
    const auto answer = QMessageBox::question(m_window, tr("Take Offline"), question,
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return std::nullopt;
    return own ? OfflineCopy::Replace::OwnCopy : OfflineCopy::Replace::AnyCopy;
}

BackgroundJob *TeamActions::takeOffline(const QString &file, const OfflineFilter &filter, OfflineCopy::Replace replace)
{
    const QString location = m_session->location();
    auto summary = std::make_shared<OfflineSummary>();
    auto work = [location, file, filter, replace, summary](const ProgressFn &progress) -> Result<void> {
        auto opened = openDatabase(location);
        if (!opened)
            return std::unexpected(opened.error());
        ScopedDatabase db(std::move(*opened));
        auto taken = OfflineCopy::take(*db, file, filter, progress, replace);
        if (!taken)
            return std::unexpected(taken.error());
        *summary = *taken;
        return {};
    };
    return runOfflineJob(tr("Take Offline"), tr("Copying partners into %1…").arg(QFileInfo(file).fileName()), work,
                         file, tr("Taking the offline copy was cancelled; no file was written."), QString(),
                         [summary, file]() -> QString {
                             return tr("Took an offline copy of %n partner(s) into %1.", nullptr,
                                       int(summary->partners))
                                 .arg(QDir::toNativeSeparators(file));
                         });
}

// Both offline jobs end alike: the actions come back, a failure is shown (a cancel in the status
// bar) with `unchanged` below the error, and on success the copy is opened and `done` says
// what was written.
BackgroundJob *TeamActions::runOfflineJob(const QString &title, const QString &label, BackgroundJob::Work work,
                                          const QString &file, const QString &cancelled, const QString &unchanged,
                                          std::function<QString()> done)
{
    m_busy = true;
    updateActions();
    return runJobWithProgress(m_window, title, label, std::move(work),
                              [this, file, cancelled, unchanged, done](const BackgroundJob &job) {
        m_busy = false;
        updateActions();
        if (!job.succeeded()) {
            if (job.error().code == Error::Code::Cancelled)
                emit statusMessage(cancelled);
            else
                QMessageBox::warning(m_window, job.title(),
                                     unchanged.isEmpty() ? job.error().message
                                                         : QStringLiteral("%1\n\n%2").arg(job.error().message, unchanged));
            emit offlineJobFinished(false);
            return;
        }
        const bool opened = m_open(file);
        if (opened)
            emit statusMessage(done());
        emit offlineJobFinished(opened);
    });
}

BackgroundJob *TeamActions::refreshOffline()
{
    const auto &info = m_session->offlineInfo();
    if (!info)
        return nullptr;
    const QString file = m_session->location();
    const QString password = Database::isServerLocation(info->source) ? passwordFor(info->source) : QString();
    auto summary = std::make_shared<OfflineSummary>();
    auto work = [file, password, summary](const ProgressFn &progress) -> Result<void> {
        auto refreshed = OfflineCopy::refresh(file, password, progress);
        if (!refreshed)
            return std::unexpected(refreshed.error());
        *summary = *refreshed;
        return {};
    };
    // Reopened on success, so that every view shows the new rows.
    return runOfflineJob(tr("Refresh Offline Copy"),
                         tr("Fetching what changed since %1…")
                             .arg(QLocale().toString(info->refreshedAt.toLocalTime(), QLocale::ShortFormat)),
                         work, file, tr("Refresh cancelled; the offline copy is as it was."),
                         tr("The offline copy is as it was."), [summary]() -> QString {
                             return tr("Offline copy refreshed: %n row(s) written", nullptr, int(summary->written))
                                 + QStringLiteral(", ") + tr("%n row(s) removed.", nullptr, int(summary->deleted));
                         });
}

} // namespace pd::ui
