#pragma once

#include "../result.h"
#include "backend.h"

#include <QString>
#include <functional>
#include <memory>

namespace pd {

// One open PartnerDesk database: a named Qt Sql connection owned by the thread that opened it.
// Other threads open their own Database on the same location.
//
// A location is an SQLite file (or ":memory:"), or a PostgreSQL server written as a URL:
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=require]
//   postgresql://USER@/DATABASE?host=/run/postgresql&port=5433   (a Unix socket folder)
// (see ServerLocation). Both hold the same schema and answer the same queries.
class Database {
public:
    static constexpr int kSchemaVersion = 11;
    static constexpr quint32 kApplicationId = 0x50446b31; // "PDk1" in the SQLite header
    // PostgreSQL advisory lock keys (sql::lockTransaction): who takes turns with whom.
    static constexpr qint64 kUpgradeLock = kApplicationId;             // schema upgrades
    static constexpr qint64 kInstallProgramsLock = kApplicationId + 1; // built-in programs
    static constexpr qint64 kPruneChangeLogLock = kApplicationId + 2;  // change-log pruning

    enum class Access { ReadWrite, ReadOnly };
    // How long a write waits for another program's write to the same SQLite file to finish.
    static constexpr int kBusyTimeoutMs = 5000;

    struct Options {
        Access access = Access::ReadWrite;
        // For a PostgreSQL location: the password (from the keychain). When empty, the URL's
        // password is used, else libpq's own sources (PGPASSWORD, ~/.pgpass).
        QString password;
        // For a file: make a new database when the file is missing, empty (zero bytes) or an
        // SQLite file without tables. Without it such a file is refused (only `init` and
        // File › New create).
        bool create = false;
        int busyTimeoutMs = kBusyTimeoutMs; // SQLite only; set it by name, never by position
    };

    // Opens a database and brings its schema up to date. A file that is missing or empty is
    // refused unless Options::create is set; a file or server database that is not a
    // PartnerDesk database, or one written by a newer version, is refused untouched; so is a
    // file that is locked, damaged or cannot be read, each with its own code. A read-only
    // database is never upgraded. A server database without tables gets the schema.
    static Result<std::unique_ptr<Database>> open(const QString &location, Access access = Access::ReadWrite);
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    // Opens with Options::create. A new file is readable by its owner only (0600 on Unix), and
    // is removed again when the database cannot be made in it (a full disk).
    static Result<std::unique_ptr<Database>> create(const QString &location);
    // For tests of the migration path: opens (creating if needed) and migrates only up to `version`.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &location, int version);
    // True when `location` names a PostgreSQL server (postgresql:// or postgres://).
    static bool isServerLocation(const QString &location);
    // Removes a database file and the -journal, -wal and -shm files beside it (File › New over
    // an existing file the user chose to replace).
    static void removeFile(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The location as opened; for a server, the URL without its password.
    QString location() const { return m_location; }
    // The location for messages: a native file path, or "database "x" on host:port".
    QString displayName() const { return m_displayName; }
    QString connectionName() const { return m_connection; }
    Backend backend() const { return m_backend; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // Who writes: the server's user name, or the operating-system user for a file.
    QString userName() const { return m_userName; }
    int schemaVersion() const;

    // Runs `work` in one transaction: committed when it succeeds, rolled back when it fails.
    // On SQLite it first takes the file's write lock, waiting up to the busy timeout for another
    // program's write to finish; a lock that never comes fails with Error::Code::Busy.
    Result<void> transaction(const std::function<Result<void>()> &work);
    // Called on this connection's thread with true when a transaction has waited about a second
    // for the write lock, and with false when that wait ends (got the lock or gave up).
    void setBusyNotice(std::function<void(bool waiting)> notice) { m_busyNotice = std::move(notice); }
    // Runs `work` in one read-only transaction in which every query sees the same state of the
    // database, whatever other connections commit meanwhile.
    Result<void> snapshot(const std::function<Result<void>()> &work);

private:
    Database(QString location, QString connection, Access access, Backend backend);
    Result<void> migrate(int from, int to);
    Result<int> storedVersion() const;
    static Result<std::unique_ptr<Database>> openImpl(const QString &location, const Options &options, int targetVersion);
    static Result<std::unique_ptr<Database>> openFile(const QString &location, const Options &options, int targetVersion);
    static Result<std::unique_ptr<Database>> openServer(const QString &location, const Options &options,
                                                        int targetVersion); // database_pg.cpp

    QString m_location;
    QString m_displayName;
    QString m_connection;
    QString m_userName;
    Access m_access;
    Backend m_backend;
    int m_busyTimeout = kBusyTimeoutMs;
    std::function<void(bool waiting)> m_busyNotice;
};

} // namespace pd
