#include "workerdatabase.h"

#include <QMutex>
#include <QMutexLocker>

namespace pd::ui {

namespace {
QMutex &connectionMutex()
{
    static QMutex mutex;
    return mutex;
}
} // namespace

Result<std::unique_ptr<Database>> openDatabase(const QString &location, Database::Access access)
{
    QMutexLocker lock(&connectionMutex());
    return Database::open(location, access);
}

void closeDatabase(std::unique_ptr<Database> &db)
{
    if (!db)
        return;
    QMutexLocker lock(&connectionMutex());
    db.reset();
}

} // namespace pd::ui
