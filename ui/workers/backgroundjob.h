#pragma once

#include "progress.h"
#include "result.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

class QThread;
class QTimer;

namespace pd::ui {

// Runs one piece of long work on its own thread so the window never freezes. The work gets a
// ProgressFn that reports into atomics (read by a timer on the UI thread, so a fast loop cannot
// flood the event queue) and returns false once cancel() was called. The work passes results
// back through state its closure captures; read it in the finished() handler. Work the user
// waits for behind a progress dialog runs through runJobWithProgress() (jobprogress.h).
// Work that touches the database opens its own connection (see workerdatabase.h).
class BackgroundJob final : public QObject {
    Q_OBJECT

public:
    using Work = std::function<Result<void>(const ProgressFn &progress)>;

    BackgroundJob(QString title, Work work, QObject *parent = nullptr);
    ~BackgroundJob() override; // cancels and waits for the thread

    QString title() const { return m_title; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelRequested() const { return m_cancel.load(); }
    // After finished(): whether the work succeeded and, if not, why (Error::Code::Cancelled
    // when the user stopped it).
    bool succeeded() const { return m_ok; }
    const Error &error() const { return m_error; }
    // Blocks until the work is done; for tests and the benchmark only.
    void waitForFinished();
    // For the work, on its thread: emits partialResult() on the job's thread. The work hands the
    // part over through its captured state, as for finished(), and must not touch it afterwards.
    void postPartialResult();
    // For the work, on its thread: emits statusChanged(text) on the job's thread, telling why the
    // work is stalled (such as waiting for another program's write); an empty text ends that.
    void postStatus(const QString &text);
    // On the work's thread: the job running it (nullptr on any other thread).
    static BackgroundJob *current();

signals:
    void progressChanged(qint64 done, qint64 total);
    void partialResult();
    void statusChanged(const QString &text);
    void finished();

private:
    void pollProgress();
    void onThreadFinished();

    QString m_title;
    Work m_work;
    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
    std::atomic_bool m_cancel { false };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    qint64 m_lastDone = -1;
    qint64 m_lastTotal = -1;
    bool m_running = false;
    bool m_ok = false;
    Error m_error;
};

} // namespace pd::ui
