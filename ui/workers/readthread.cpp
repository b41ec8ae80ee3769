#include "readthread.h"

#include "storage/store.h"
#include "workers/workerdatabase.h"

#include <QThread>
#include <memory>

namespace pd::ui {

// The thread's connection: touched on the thread only.
class ReadThread::Context final : public QObject {
public:
    Result<Store *> store(const QString &location)
    {
        if (m_db && location == m_location)
            return m_store.get();
        close();
        auto opened = openDatabase(location);
        if (!opened)
            return std::unexpected(opened.error());
        m_db = std::move(*opened);
        m_store = std::make_unique<Store>(*m_db);
        m_location = location;
        return m_store.get();
    }
    void close()
    {
        m_store.reset();
        closeDatabase(m_db);
        m_location.clear();
    }

private:
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

ReadThread::ReadThread(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_context(new Context)
{
    m_thread->setObjectName(QStringLiteral("ReadThread"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

ReadThread::~ReadThread()
{
    closeConnection();
    m_thread->quit();
    m_thread->wait();
    delete m_context; // its thread has finished: nothing else touches it
}

void ReadThread::run(const QString &location, Read read)
{
    QMetaObject::invokeMethod(
        m_context,
        [context = m_context, location, read = std::move(read)] {
            if (!read(context->store(location)))
                context->close();
        },
        Qt::QueuedConnection);
}

void ReadThread::closeConnection()
{
    QMetaObject::invokeMethod(m_context, [context = m_context] { context->close(); }, Qt::BlockingQueuedConnection);
}

} // namespace pd::ui
