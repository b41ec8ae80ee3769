#include "opening.h"

#include "database.h"

#include <QAtomicInt>
#include <QCoreApplication>

namespace pd::opening
{

namespace
{

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Database)
};

// SQLite's result codes (sqlite3.h); the low byte is the primary code.
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kCorrupt = 11;
constexpr int kNotADb = 26;
constexpr int kReadOnlyRecovery = 8 | (1 << 8);
constexpr int kReadOnlyCantLock = 8 | (2 << 8);
constexpr int kReadOnlyRollback = 8 | (3 << 8);
constexpr int kReadOnlyCantInit = 8 | (5 << 8);
constexpr int kReadOnlyDirectory = 8 | (6 << 8);

} // namespace

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("partnerdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error notADatabase(const QString &name)
{
    return Error { Error::Code::NotADatabase, Tr::tr("%1 is not a PartnerDesk database. It was not changed.").arg(name) };
}

Error emptyFile(const QString &name)
{
    return Error { Error::Code::NotADatabase,
                   Tr::tr("%1 is empty, not a PartnerDesk database. Create a database with \"init\" or File › New "
                          "Database. It was not changed.")
                       .arg(name) };
}

Error damaged(const QString &name)
{
    return Error { Error::Code::Damaged,
                   Tr::tr("%1 is damaged (cut short or partly overwritten) and cannot be read. Restore it from a "
                          "backup. It was not changed.")
                       .arg(name) };
}

Error newerDatabase(const QString &name, int version)
{
    return Error { Error::Code::NewerDatabase,
                   Tr::tr("%1 was written by a newer version of PartnerDesk (database version %2; this version "
                          "reads up to %3). Update PartnerDesk to open it. It was not changed.")
                       .arg(name)
                       .arg(version)
                       .arg(Database::kSchemaVersion) };
}

Error olderReadOnly(const QString &name)
{
    return Error { Error::Code::NewerDatabase,
                   Tr::tr("%1 was written by an older version of PartnerDesk and must be upgraded before it can be "
                          "opened read-only.")
                       .arg(name) };
}

std::optional<Error> unreadable(int sqliteCode, const QString &name)
{
    switch (sqliteCode & 0xff) {
    case kBusy:
    case kLocked:
        return Error { Error::Code::Busy,
                       Tr::tr("%1 is in use: another program kept it locked for more than %n second(s). Try again "
                              "when it is done. It was not changed.",
                              nullptr, Database::kBusyTimeoutMs / 1000)
                           .arg(name) };
    case kCorrupt:
        return damaged(name);
    case kNotADb:
        return notADatabase(name);
    default:
        break;
    }
    switch (sqliteCode) {
    case kReadOnlyRollback:
    case kReadOnlyRecovery:
        return Error { Error::Code::InterruptedWrite,
                       Tr::tr("%1 holds a change that was interrupted (the -journal or -wal file beside it). It "
                              "can be read only after that change is rolled back, which needs write access to the "
                              "file and its folder. It was not changed.")
                           .arg(name) };
    case kReadOnlyCantLock:
    case kReadOnlyCantInit:
    case kReadOnlyDirectory:
        return Error { Error::Code::FolderReadOnly,
                       Tr::tr("%1 is in a folder PartnerDesk may not write to, and this database needs its -wal and "
                              "-shm files beside it. Copy it to a folder you can write to. It was not changed.")
                           .arg(name) };
    default:
        return std::nullopt;
    }
}

} // namespace pd::opening
