#pragma once

#include "../result.h"

#include <QString>
#include <functional>
#include <memory>

namespace pd {

// One open PartnerDesk database: a named Qt Sql connection owned by the thread that opened it.
// Other threads open their own Database on the same location.
class Database {
public:
    static constexpr int kSchemaVersion = 2;
    static constexpr quint32 kApplicationId = 0x50446b31; // "PDk1" in the SQLite header

    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating if needed) a database file and brings its schema up to date. A file that
    // is not a PartnerDesk database, or one written by a newer version, is refused untouched.
    static Result<std::unique_ptr<Database>> open(const QString &location, Access access = Access::ReadWrite);
    // For tests of the migration path: opens and migrates only up to `version`.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &location, int version);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString location() const { return m_location; }
    QString connectionName() const { return m_connection; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;

    // Runs `work` in one transaction: committed when it succeeds, rolled back when it fails.
    Result<void> transaction(const std::function<Result<void>()> &work);

private:
    Database(QString location, QString connection, Access access);
    Result<void> migrate(int from, int to);
    static Result<std::unique_ptr<Database>> openImpl(const QString &location, Access access, int targetVersion);

    QString m_location;
    QString m_connection;
    Access m_access;
};

} // namespace pd
