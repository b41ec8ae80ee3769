#pragma once

#include "result.h"

#include <QObject>
#include <QString>
#include <functional>

class QThread;

namespace pd {
class Store;
}

namespace pd::ui {

// A long-lived worker thread that keeps its own connection to the window's database and runs
// short reads on it, one at a time, in the order given: for views that read on every click
// (the partner page), where a job per click would open a connection per click, which costs
// several round trips on a remote team database. The connection is opened on the first read
// (through openDatabase, one at a time across threads) and kept until closeConnection(), the
// destructor, or a read on another location.
class ReadThread final : public QObject {
    Q_OBJECT

public:
    // Runs on the thread: `store` is the thread's Store, or the error of opening the connection.
    // Returns false when a read failed: the connection is closed and the next read opens it again
    // (a team database's server may have dropped it).
    using Read = std::function<bool(Result<Store *> store)>;

    explicit ReadThread(QObject *parent = nullptr);
    ~ReadThread() override; // waits for the read under way, closes the connection

    // Queues `read`; it hands its result back itself (QMetaObject::invokeMethod to a receiver on
    // the UI thread, which drops results whose receiver is gone).
    void run(const QString &location, Read read);
    // Blocks until the read under way (if any) is done and the connection is closed; for the
    // database about to close.
    void closeConnection();

private:
    class Context;
    QThread *m_thread;
    Context *m_context; // lives on m_thread; holds the connection
};

} // namespace pd::ui
