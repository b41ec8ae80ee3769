#include "backgroundjob.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace pd::ui {

namespace {
thread_local BackgroundJob *t_current = nullptr;
}

BackgroundJob *BackgroundJob::current()
{
    return t_current;
}

BackgroundJob::BackgroundJob(QString title, Work work, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_work(std::move(work))
{
}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundJob::start()
{
    Q_ASSERT(!m_thread);
    m_running = true;
    m_thread = QThread::create([this] {
        t_current = this;
        const ProgressFn progress = [this](qint64 done, qint64 total) {
            m_done.store(done, std::memory_order_relaxed);
            m_total.store(total, std::memory_order_relaxed);
            return !m_cancel.load(std::memory_order_relaxed);
        };
        Result<void> r = m_work(progress);
        if (r) {
            m_ok = true;
        } else {
            m_ok = false;
            m_error = r.error();
        }
    });
    // finished() is emitted on the worker thread; the queued connection brings it to ours, and
    // the thread's exit orders the writes above before the handler reads them.
    connect(m_thread, &QThread::finished, this, &BackgroundJob::onThreadFinished, Qt::QueuedConnection);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &BackgroundJob::pollProgress);
    m_poll->start();
    m_thread->start();
}

void BackgroundJob::cancel()
{
    m_cancel = true;
}

void BackgroundJob::waitForFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    QCoreApplication::sendPostedEvents(this);
    if (m_running)
        onThreadFinished();
}

void BackgroundJob::postPartialResult()
{
    // Queued to this object: dropped with it if the job is deleted first (its destructor waits
    // for the thread, so the work cannot outlive it).
    QMetaObject::invokeMethod(this, [this] { emit partialResult(); }, Qt::QueuedConnection);
}

void BackgroundJob::postStatus(const QString &text)
{
    QMetaObject::invokeMethod(this, [this, text] { emit statusChanged(text); }, Qt::QueuedConnection);
}

void BackgroundJob::pollProgress()
{
    const qint64 done = m_done.load(std::memory_order_relaxed);
    const qint64 total = m_total.load(std::memory_order_relaxed);
    if (done == m_lastDone && total == m_lastTotal)
        return;
    m_lastDone = done;
    m_lastTotal = total;
    emit progressChanged(done, total);
}

void BackgroundJob::onThreadFinished()
{
    if (!m_running)
        return;
    m_running = false;
    m_poll->stop();
    pollProgress();
    emit finished();
}

} // namespace pd::ui
