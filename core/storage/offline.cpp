#include "offline.h"

#include "crashpoint.h"
#include "files.h"
#include "logging.h"
#include "offlinesync.h"
#include "sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <filesystem>

namespace pd
{

namespace
{

// What the copy's meta table says about it.
const QString kSource = QStringLiteral("offline_source");
const QString kSourceId = QStringLiteral("offline_source_id");
const QString kFilter = QStringLiteral("offline_filter");
const QString kTakenAt = QStringLiteral("offline_taken_at");
const QString kRefreshedAt = QStringLiteral("offline_refreshed_at");
const QString kWatermark = QStringLiteral("offline_watermark");

using sql::meta;
using sql::setMeta;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The file a take writes into: removed on every way out but success, with its journal.
class PartialFile
{
public:
    explicit PartialFile(QString path)
        : m_path(std::move(path))
    {
        files::removeWithSideFiles(m_path); // left by an earlier take that was killed
    }
    ~PartialFile()
    {
        if (!m_kept)
            files::removeWithSideFiles(m_path);
    }
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;
    const QString &path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

// Where a copy says it comes from: a file's absolute path, or a server's URL without password.
QString sourceLocation(const QString &location)
{
    return Database::isServerLocation(location) ? location : QFileInfo(location).absoluteFilePath();
}

// An offline copy, what it says about itself, and its source.
struct Pair {
    std::unique_ptr<Database> copy;
    std::unique_ptr<Database> source;
    OfflineInfo info;
};

Result<Pair> openPair(const QString &file, Database::Access copyAccess, const QString &sourcePassword)
{
    if (!QFileInfo::exists(file))
        return fail(
            Error::Code::NotFound, OfflineCopy::tr("%1 does not exist.").arg(QDir::toNativeSeparators(file)));
    auto copy = Database::open(file, copyAccess);
    if (!copy)
        return std::unexpected(copy.error());
    const auto info = offlineInfo(**copy);
    if (!info)
        return std::unexpected(info.error());
    if (!*info)
        return fail(Error::Code::InvalidInput,
            OfflineCopy::tr("%1 is not an offline copy.").arg((*copy)->displayName()));
    auto source
        = Database::open((*info)->source, Database::Options { Database::Access::ReadOnly, sourcePassword });
    if (!source)
        return std::unexpected(source.error());
    return Pair { std::move(*copy), std::move(*source), **info };
}

// The changes since the copy's watermark must still be in the source's log: a prune may have
// removed them (ChangeLog::prune).
void logOutcome(const char *work, const QString &file, const Result<OfflineSummary> &summary, qint64 ms)
{
    if (summary)
        qCInfo(lcTeam).noquote() << "Offline" << work << "of" << QDir::toNativeSeparators(file) << "finished in" << ms
                                 << "ms:" << summary->partners << "partners," << summary->written << "rows written,"
                                 << summary->deleted << "deleted";
    else
        qCWarning(lcTeam).noquote() << "Offline" << work << "of" << QDir::toNativeSeparators(file) << "failed after" << ms
                                    << "ms:" << summary.error().message;
}

Result<void> historyReaches(Database &source, const offline::Watermark &since)
{
    const auto pruned = ChangeLog::horizon(source);
    if (!pruned)
        return std::unexpected(pruned.error());
    if (*pruned && since.predates(**pruned))
        return fail(Error::Code::InvalidInput,
            OfflineCopy::tr(
                "This offline copy is older than the team database's change history (pruned up to "
                "%1); take it offline again.")
                .arg((*pruned)->before.toString(Qt::ISODate)));
    return {};
}

} // namespace

QString OfflineFilter::toJson() const
{
    QJsonObject o;
    if (!territory.isEmpty())
        o.insert(QStringLiteral("territory"), territory);
    if (!programKey.isEmpty())
        o.insert(QStringLiteral("program"), programKey);
    if (!country.isEmpty())
        o.insert(QStringLiteral("country"), country);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

OfflineFilter OfflineFilter::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    return OfflineFilter { o.value(QStringLiteral("territory")).toString(),
        o.value(QStringLiteral("program")).toString(), o.value(QStringLiteral("country")).toString() };
}

QString OfflineFilter::description() const
{
    if (isEmpty())
        return OfflineCopy::tr("all partners");
    QStringList parts;
    if (!territory.isEmpty())
        parts << OfflineCopy::tr("territory %1").arg(territory);
    if (!programKey.isEmpty())
        parts << OfflineCopy::tr("program %1").arg(programKey);
    if (!country.isEmpty())
        parts << OfflineCopy::tr("country %1").arg(country);
    return parts.join(QStringLiteral(", "));
}

Result<std::optional<OfflineInfo>> offlineInfo(Database &db)
{
    sql::Statement st(db, QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?, ?, ?)"));
    if (auto r = st.run({ kSource, kFilter, kTakenAt, kRefreshedAt }); !r)
        return std::unexpected(r.error());
    QHash<QString, QString> values;
    while (st.query().next())
        values.insert(st.query().value(0).toString(), st.query().value(1).toString());
    if (!values.contains(kSource))
        return std::optional<OfflineInfo> {};
    return OfflineInfo { values.value(kSource), OfflineFilter::fromJson(values.value(kFilter)),
        QDateTime::fromString(values.value(kTakenAt), Qt::ISODateWithMs),
        QDateTime::fromString(values.value(kRefreshedAt), Qt::ISODateWithMs) };
}

Result<std::optional<OfflineInfo>> OfflineCopy::existingCopy(const QString &file)
{
    const QFileInfo target(file);
    if (!target.exists())
        return std::optional<OfflineInfo> {};
    const QString name = QDir::toNativeSeparators(target.absoluteFilePath());
    const auto notACopy = [&] {
        return fail(Error::Code::NotADatabase,
            tr("%1 already exists and is not an offline copy; it is not replaced. Choose another file. It was "
               "not changed.")
                .arg(name));
    };
    if (!target.isFile())
        return notACopy();
    // Opened for writing: SQLite first rolls back a change that was interrupted there (a refresh
    // stopped in its commit), so the copy is whole again before it is looked at or replaced.
    auto db = Database::open(file);
    if (!db)
        return db.error().code == Error::Code::NotADatabase ? notACopy() : std::unexpected(db.error());
    const auto info = offlineInfo(**db);
    if (!info)
        return std::unexpected(info.error());
    if (!*info)
        return fail(Error::Code::InvalidInput,
            tr("%1 is a PartnerDesk database with its own records, not an offline copy; it is not replaced. "
               "Choose another file. It was not changed.")
                .arg(name));
    return *info;
}

bool OfflineCopy::isCopyOf(const OfflineInfo &info, const QString &location)
{
    return info.source == sourceLocation(location);
}

Result<OfflineSummary> OfflineCopy::take(Database &source, const QString &file, const OfflineFilter &filter,
    const ProgressFn &progress, Replace replace)
{
    qCInfo(lcTeam).noquote() << "Offline take of" << source.displayName() << "into" << QDir::toNativeSeparators(file)
                             << "started; filter:" << filter.toJson();
    QElapsedTimer timer;
    timer.start();
    auto summary = takeCopy(source, file, filter, progress, replace);
    logOutcome("take", file, summary, timer.elapsed());
    return summary;
}

Result<OfflineSummary> OfflineCopy::takeCopy(Database &source, const QString &file, const OfflineFilter &filter,
    const ProgressFn &progress, Replace replace)
{
    if (source.location() == QLatin1StringView(":memory:"))
        return fail(
            Error::Code::InvalidInput, tr("A database in memory cannot be the source of an offline copy."));
    if (source.schemaVersion() != Database::kSchemaVersion)
        return std::unexpected(Error { Error::Code::InvalidInput,
            tr("%1 must be upgraded before an offline copy can be taken from it.")
                .arg(source.displayName()) });
    const auto already = offlineInfo(source);
    if (!already)
        return std::unexpected(already.error());
    if (*already)
        return fail(Error::Code::InvalidInput,
            tr("%1 is itself an offline copy; take the copy from the team database.")
                .arg(source.displayName()));
    const QString from = sourceLocation(source.location());
    const QString target = QFileInfo(file).absoluteFilePath();
    if (target == from)
        return fail(
            Error::Code::InvalidInput, tr("An offline copy cannot replace the database it is taken from."));
    const auto existing = existingCopy(target);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && !isCopyOf(**existing, source.location()) && replace != Replace::AnyCopy)
        return fail(Error::Code::Conflict,
            tr("%1 is an offline copy of %2, not of %3. It was not changed.")
                .arg(QDir::toNativeSeparators(target), (*existing)->source, source.displayName()));

    PartialFile partial(target + QStringLiteral(".partial"));
    OfflineSummary summary;
    Result<void> written;
    {
        auto copy = Database::create(partial.path());
        if (!copy)
            return std::unexpected(copy.error());
        // A rollback journal rather than a write-ahead log: the copy is one file that can be
        // replaced, and read where no -shm file can be written.
        written = sql::exec(**copy, QStringLiteral("PRAGMA journal_mode = DELETE"));
        offline::Sync sync(source, **copy, filter, progress);
        if (written)
            written = sync.prepareCopy();
        if (written)
            written = sync.attachSource();
        if (written)
            written = source.snapshot([&]() -> Result<void> {
                return (*copy)->transaction([&]() -> Result<void> {
                    const QString takenAt = now();
                    const auto mark = sync.watermark();
                    if (!mark)
                        return std::unexpected(mark.error());
                    const auto sourceId = meta(source, QStringLiteral("database_id"));
                    if (!sourceId)
                        return std::unexpected(sourceId.error());
                    if (auto r = sync.copyEverything(); !r)
                        return r;
                    for (const auto &[key, value] :
                        { std::pair { kSource, from }, std::pair { kSourceId, *sourceId },
                            std::pair { kFilter, filter.toJson() }, std::pair { kTakenAt, takenAt },
                            std::pair { kRefreshedAt, takenAt }, std::pair { kWatermark, mark->toJson() } }) {
                        if (auto r = setMeta(**copy, key, value); !r)
                            return r;
                    }
                    const auto partners = sync.partnerCount();
                    if (!partners)
                        return std::unexpected(partners.error());
                    summary = sync.summary();
                    summary.partners = *partners;
                    return {};
                });
            });
    }
    if (!written)
        return std::unexpected(written.error());
    // A change beside the target (a refresh begun meanwhile) would be applied to the new file:
    // it is never removed; the take stops instead.
    if (files::hasPendingChange(target))
        return fail(Error::Code::Busy,
            tr("%1 is being changed by another program; try again when it is done. It was not changed.")
                .arg(QDir::toNativeSeparators(target)));
    crashPoint("offline-take.before-rename");
    std::error_code error;
    // Replaces an older copy in one step: a reader sees the old file or the new one, never half.
    std::filesystem::rename(std::filesystem::path(partial.path().toStdU16String()),
        std::filesystem::path(target.toStdU16String()), error);
    if (error)
        return fail(Error::Code::Storage,
            tr("The offline copy could not be moved into place as %1: %2")
                .arg(QDir::toNativeSeparators(target), QString::fromStdString(error.message())));
    partial.keep();
    files::syncFolder(target);
    return summary;
}

Result<OfflineSummary> OfflineCopy::refresh(
    const QString &file, const QString &sourcePassword, const ProgressFn &progress)
{
    qCInfo(lcTeam).noquote() << "Offline refresh of" << QDir::toNativeSeparators(file) << "started";
    QElapsedTimer timer;
    timer.start();
    auto summary = refreshCopy(file, sourcePassword, progress);
    logOutcome("refresh", file, summary, timer.elapsed());
    return summary;
}

Result<OfflineSummary> OfflineCopy::refreshCopy(
    const QString &file, const QString &sourcePassword, const ProgressFn &progress)
{
    auto pair = openPair(file, Database::Access::ReadWrite, sourcePassword);
    if (!pair)
        return std::unexpected(pair.error());
    Database &copy = *pair->copy;
    Database &source = *pair->source;
    const auto markText = meta(copy, kWatermark);
    const auto sourceIdOfCopy = meta(copy, kSourceId);
    if (!markText || !sourceIdOfCopy)
        return std::unexpected(markText ? sourceIdOfCopy.error() : markText.error());
    const auto since = offline::Watermark::fromJson(*markText);
    if (!since)
        return fail(Error::Code::InvalidInput,
            tr("%1 does not say how far it is up to date; take a new copy.").arg(copy.displayName()));

    // Before anything touches the copy.
    if (auto r = historyReaches(source, *since); !r)
        return std::unexpected(r.error());
    offline::Sync sync(source, copy, pair->info.filter, progress);
    if (auto r = sync.prepareCopy(); !r)
        return std::unexpected(r.error());
    OfflineSummary summary;
    const auto done = source.snapshot([&]() -> Result<void> {
        return copy.transaction([&]() -> Result<void> {
            const QString refreshedAt = now();
            const auto sourceId = meta(source, QStringLiteral("database_id"));
            if (!sourceId)
                return std::unexpected(sourceId.error());
            if (*sourceId != *sourceIdOfCopy)
                return fail(Error::Code::InvalidInput,
                    tr("%1 is not the database this copy was taken from (it was recreated or replaced); take "
                       "a "
                       "new copy.")
                        .arg(source.displayName()));
            // Again inside the snapshot: the log may have been pruned since the first look.
            if (auto r = historyReaches(source, *since); !r)
                return r;
            const auto mark = sync.watermark();
            if (!mark)
                return std::unexpected(mark.error());
            if (auto r = sync.applyChanges(*since); !r)
                return r;
            if (auto r = setMeta(copy, kWatermark, mark->toJson()); !r)
                return r;
            if (auto r = setMeta(copy, kRefreshedAt, refreshedAt); !r)
                return r;
            const auto partners = sync.partnerCount();
            if (!partners)
                return std::unexpected(partners.error());
            summary = sync.summary();
            summary.partners = *partners;
            crashPoint("offline-refresh.before-commit");
            return {};
        });
    });
    if (!done)
        return std::unexpected(done.error());
    crashPoint("offline-refresh.committed");
    return summary;
}

Result<QStringList> OfflineCopy::differences(const QString &file, const QString &sourcePassword)
{
    auto pair = openPair(file, Database::Access::ReadOnly, sourcePassword);
    if (!pair)
        return std::unexpected(pair.error());
    offline::Sync sync(*pair->source, *pair->copy, pair->info.filter, {});
    return sync.differingTables();
}

} // namespace pd
