#pragma once

#include "../progress.h"
#include "../result.h"
#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace pd
{

// Which partners an offline copy holds: all, or those matching every field that is set.
struct OfflineFilter {
    QString territory;
    QString programKey;
    QString country; // ISO 3166-1 alpha-2

    bool isEmpty() const { return territory.isEmpty() && programKey.isEmpty() && country.isEmpty(); }
    QString toJson() const;
    static OfflineFilter fromJson(const QString &json);
    QString description() const; // translated: "all partners", "territory LATAM, country BR"
};

// What an offline copy says about itself; the window shows "offline since <refreshedAt>".
struct OfflineInfo {
    QString source; // the team database it was taken from (never with a password)
    OfflineFilter filter;
    QDateTime takenAt; // UTC, when it was first taken
    QDateTime refreshedAt; // UTC, the moment its data is from (its last take or refresh)
};

struct OfflineSummary {
    qint64 partners = 0; // partners in the copy afterwards
    qint64 written = 0; // rows copied (take) or inserted/updated (refresh)
    qint64 deleted = 0; // rows removed from the copy (refresh)
};

// An offline copy is a PartnerDesk SQLite file with the same schema and ids as its source (a team
// database, or another file) holding the programs, exchange rates and the filtered partners with
// every row that belongs to them. It is opened read-only: Database::open(file, ReadOnly).
//
// Both operations report progress; when the callback returns false they stop with
// Error::Code::Cancelled and leave the file as it was.
class OfflineCopy
{
    Q_DECLARE_TR_FUNCTIONS(pd::OfflineCopy)

public:
    // Which existing offline copy a take may replace without being asked: one of the same source
    // (OwnCopy), or one of any source (AnyCopy, `offline take --replace`).
    enum class Replace { OwnCopy, AnyCopy };

    // Copies the source into `file`. It is written beside the target as FILE.partial (readable
    // by its owner only), removed again on any failure, and renamed into place only when
    // complete. An existing `file` must be an offline copy (see `replace`); anything else there
    // is refused untouched (existingCopy).
    static Result<OfflineSummary> take(Database &source, const QString &file, const OfflineFilter &filter,
        const ProgressFn &progress = {}, Replace replace = Replace::OwnCopy);
    // What a take into `file` would replace: nothing (nullopt) or an offline copy. A file that is
    // not a database (Error::Code::NotADatabase), a PartnerDesk database with its own records
    // (InvalidInput) or one that cannot be read (Locked, Damaged, ...) is an error. A change
    // interrupted in the copy is rolled back first.
    static Result<std::optional<OfflineInfo>> existingCopy(const QString &file);
    // Whether `info` says it was taken from `location` (a file or a server, as Database::location).
    static bool isCopyOf(const OfflineInfo &info, const QString &location);
    // Brings `file` up to date with its source, fetching only the rows that changed since the last
    // take or refresh (new, changed and deleted ones). All changes land in one transaction: an
    // interrupted refresh leaves the previous copy intact. `sourcePassword` is for a PostgreSQL
    // source (else the URL's, PGPASSWORD or ~/.pgpass).
    static Result<OfflineSummary> refresh(
        const QString &file, const QString &sourcePassword = {}, const ProgressFn &progress = {});
    // Compares `file` with its source: the tables whose rows differ (empty: the copy is up to date).
    static Result<QStringList> differences(const QString &file, const QString &sourcePassword = {});

private:
    // take and refresh without their log lines
    static Result<OfflineSummary> takeCopy(Database &source, const QString &file, const OfflineFilter &filter,
        const ProgressFn &progress, Replace replace);
    static Result<OfflineSummary> refreshCopy(
        const QString &file, const QString &sourcePassword, const ProgressFn &progress);
};

// Tells whether `db` is an offline copy, and of what; nullopt for any other database.
Result<std::optional<OfflineInfo>> offlineInfo(Database &db);

} // namespace pd
