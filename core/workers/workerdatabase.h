#pragma once

#include "storage/database.h"

#include <QString>
#include <memory>

namespace pd::ui {

// Opens and closes Database connections one at a time across all threads of the window: creating
// Qt Sql driver connections concurrently is not thread-safe before Qt 6.5 (QTBUG-112961). Every
// connection stays on the thread that opened it; a worker opens its own on the same file.
Result<std::unique_ptr<Database>> openDatabase(const QString &location,
                                               Database::Access access = Database::Access::ReadWrite);
// Makes a new database file (File › New, the first start); openDatabase never does.
Result<std::unique_ptr<Database>> createDatabase(const QString &location);
void closeDatabase(std::unique_ptr<Database> &db);
// The password of a team database (a postgresql:// location), for every connection this process
// opens to it: the window's and its workers'. Kept in memory only; an empty one forgets it.
void setServerPassword(const QString &location, const QString &password);
QString serverPassword(const QString &location);

// Closes the connection on scope exit, under the same lock as openDatabase.
class ScopedDatabase {
public:
    explicit ScopedDatabase(std::unique_ptr<Database> db)
        : m_db(std::move(db))
    {
    }
    ~ScopedDatabase() { closeDatabase(m_db); }
    ScopedDatabase(const ScopedDatabase &) = delete;
    ScopedDatabase &operator=(const ScopedDatabase &) = delete;
    Database &operator*() const { return *m_db; }
    Database *operator->() const { return m_db.get(); }

private:
    std::unique_ptr<Database> m_db;
};

} // namespace pd::ui
