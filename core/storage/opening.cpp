#include "opening.h"

#include "database.h"
#include "sqlitecodes.h"

#include <QAtomicInt>
#include <QCoreApplication>

namespace pd::opening
{

namespace
{

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Database)
};

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
    switch (sqlite::primary(sqliteCode)) {
    case sqlite::kBusy:
    case sqlite::kLocked:
        return Error { Error::Code::Busy,
                       Tr::tr("%1 is in use: another program kept it locked for more than %n second(s). Try again "
                              "when it is done. It was not changed.",
                              nullptr, Database::kBusyTimeoutMs / 1000)
                           .arg(name) };
    case sqlite::kCorrupt:
        return damaged(name);
    case sqlite::kNotADb:
        return notADatabase(name);
    default:
        break;
    }
    switch (sqliteCode) {
    case sqlite::kReadOnlyRollback:
    case sqlite::kReadOnlyRecovery:
        return Error { Error::Code::InterruptedWrite,
                       Tr::tr("%1 holds a change that was interrupted (the -journal or -wal file beside it). It "
                              "can be read only after that change is rolled back, which needs write access to the "
                              "file and its folder. It was not changed.")
                           .arg(name) };
    case sqlite::kReadOnlyCantLock:
    case sqlite::kReadOnlyCantInit:
    case sqlite::kReadOnlyDirectory:
        return Error { Error::Code::FolderReadOnly,
                       Tr::tr("%1 is in a folder PartnerDesk may not write to, and this database needs its -wal and "
                              "-shm files beside it. Copy it to a folder you can write to. It was not changed.")
                           .arg(name) };
    default:
        return std::nullopt;
    }
}

} // namespace pd::opening
