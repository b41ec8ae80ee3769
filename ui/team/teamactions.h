#pragma once

#include "storage/offline.h"
#include "workers/backgroundjob.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QWidget;

namespace pd::ui {

class Session;

// The team-database entries of the File menu and what they do: Connect to Team Database (the
// password in the system keychain), Take Offline and Refresh Offline Copy (background jobs with
// progress and cancel). The window opens databases through `open` (which reports its own
// errors) and asks about unsaved edits through `maybeSave`.
class TeamActions final : public QObject {
    Q_OBJECT

public:
    using OpenFn = std::function<bool(const QString &location)>;
    using MaybeSaveFn = std::function<bool()>;

    TeamActions(Session *session, QWidget *window, OpenFn open, MaybeSaveFn maybeSave);

    QAction *connectAction() const { return m_connect; }
    QAction *takeOfflineAction() const { return m_takeOffline; }
    QAction *refreshOfflineAction() const { return m_refreshOffline; }
    // Actions that write (import, ...): disabled while the open database is read-only, their
    // tips saying why (Session::readOnlyReason).
    void addEditingAction(QAction *action);

    // Reopens a team database (a recent entry): with the password this run already knows or
    // the keychain holds, else after asking in the Connect dialog.
    void connectTo(const QString &location);
    // A postgresql:// URL the window was started with: connects as the Connect dialog would, with
    // the URL's password (kept in memory only, never in settings or Open Recent), else the
    // keychain's, else libpq's own (PGPASSWORD, ~/.pgpass); with none of them (and no Unix
    // socket), or when that fails, the Connect dialog comes, filled in. Whether it is open.
    bool connectToUrl(const QString &url);
    bool connectWithDialog(const QString &location = {}, const QString &message = {});

    // "Offline since 22/11/2026 09:15" for an offline copy, else empty.
    QString offlineText() const;
    // A short name for titles and recent entries: a file's name, or 'database "x" on host'.
    static QString shortName(const QString &location);

    // Start the background jobs (the dialogs call these; so do tests). The copy opens when done.
    BackgroundJob *takeOffline(const QString &file, const OfflineFilter &filter,
                               OfflineCopy::Replace replace = OfflineCopy::Replace::OwnCopy);
    BackgroundJob *refreshOffline();

signals:
    void statusMessage(const QString &message);
    void offlineJobFinished(bool succeeded);

protected:
    // The window's LanguageChange: the actions take the new language's texts.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    // Whether a take may write `file`: nothing is there, or an offline copy the user agrees to
    // replace. Anything else there is refused with a message (nullopt, as is a "No").
    std::optional<OfflineCopy::Replace> confirmTarget(const QString &file);
    void takeOfflineWithDialog();
    BackgroundJob *runOfflineJob(const QString &title, const QString &label, BackgroundJob::Work work,
                                 const QString &file, const QString &cancelled, const QString &unchanged,
                                 std::function<QString()> done);
    void updateActions();
    QString passwordFor(const QString &location);

    Session *m_session;
    QWidget *m_window;
    OpenFn m_open;
    MaybeSaveFn m_maybeSave;
    QAction *m_connect;
    QAction *m_takeOffline;
    QAction *m_refreshOffline;
    QList<QPointer<QAction>> m_editing;
    bool m_busy = false;
};

} // namespace pd::ui
