#include "workerdatabase.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace pd::ui {

namespace {
QMutex &connectionMutex()
{
    static QMutex mutex;
    return mutex;
}
// Guarded by connectionMutex().
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> table;
    return table;
}
} // namespace

Result<std::unique_ptr<Database>> openDatabase(const QString &location, Database::Access access)
{
    QMutexLocker lock(&connectionMutex());
    return Database::open(location, Database::Options { access, passwords().value(location) });
}

Result<std::unique_ptr<Database>> createDatabase(const QString &location)
{
    QMutexLocker lock(&connectionMutex());
    return Database::create(location);
}

void setServerPassword(const QString &location, const QString &password)
{
    QMutexLocker lock(&connectionMutex());
    if (password.isEmpty())
        passwords().remove(location);
    else
        passwords().insert(location, password);
}

QString serverPassword(const QString &location)
{
    QMutexLocker lock(&connectionMutex());
    return passwords().value(location);
}

void closeDatabase(std::unique_ptr<Database> &db)
{
    if (!db)
        return;
    QMutexLocker lock(&connectionMutex());
    db.reset();
}

} // namespace pd::ui
