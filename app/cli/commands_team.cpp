// admin, offline, notes: the team database on PostgreSQL and offline copies for sales reps
#include "cli.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/offline.h"
#include "storage/store.h"
#include "storage/teamroles.h"

#include <QLocale>

namespace pd::cli
{

namespace
{

void printSummary(Context &c, const OfflineSummary &s, const QString &file)
{
    c.out << Tr::tr("%n partner(s) in the offline copy %1", nullptr, int(s.partners)).arg(file) << '\n'
          << Tr::tr("%n row(s) written", nullptr, int(s.written)) << ", "
          << Tr::tr("%n row(s) removed", nullptr, int(s.deleted)) << '\n';
}

bool filterGiven(const Context &c)
{
    for (const char *name : { "territory", "program", "country" }) {
        if (c.parser.isSet(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

// --partner takes the partner's code or its numeric id.
Result<qint64> partnerId(Context &c, Store &store)
{
    const QString value = c.parser.value(QStringLiteral("partner"));
    const auto byCode = store.partnerByCode(value);
    if (byCode)
        return byCode->id;
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok)
        return std::unexpected(byCode.error());
    const auto byId = store.partner(id);
    if (!byId)
        return std::unexpected(byId.error());
    return byId->id;
}

// admin prune-changes: the change log offline copies refresh from, cut back to a date (--before)
// or to the last N days (--days, for a scheduled run).
int runPruneChanges(Context &c)
{
    const bool byDate = c.parser.isSet(QStringLiteral("before"));
    const bool byDays = c.parser.isSet(QStringLiteral("days"));
    if (byDate == byDays)
        return c.usage(Tr::tr("admin prune-changes needs either --before DATE or --days N."));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QDate before;
    if (byDate) {
        const QString value = c.parser.value(QStringLiteral("before"));
        before = QDate::fromString(value, Qt::ISODate);
        if (!before.isValid())
            return c.usage(Tr::tr("--before takes a date such as 2026-01-31, not \"%1\".").arg(value));
    } else {
        bool ok = false;
        const QString value = c.parser.value(QStringLiteral("days"));
        const int days = value.toInt(&ok);
        if (!ok || days < 0)
            return c.usage(Tr::tr("--days takes a number of days (0 or more), not \"%1\".").arg(value));
        before = today.addDays(-days);
    }
    auto db = c.open();
    if (!db)
        return BadInput;
    const auto pruned = ChangeLog::prune(*db, before, today);
    if (!pruned)
        return c.fail(pruned.error());
    c.out << Tr::tr("Removed %n change-log entry(s) logged before %1 from %2.", nullptr, int(pruned->removed))
                 .arg(pruned->horizon.before.toString(Qt::ISODate), db->displayName())
          << '\n'
          << Tr::tr("Offline copies last taken or refreshed before %1 must be taken again.")
                 .arg(pruned->horizon.before.toString(Qt::ISODate))
          << '\n';
    return Ok;
}

} // namespace

int runAdmin(Context &c)
{
    const QString action = c.args.value(0);
    if (action == QLatin1StringView("roles") && c.args.size() == 1) {
        auto db = c.open();
        if (!db)
            return BadInput;
        if (auto r = createTeamRoles(*db); !r)
            return c.fail(r.error());
        c.out << Tr::tr("The roles %1 and %2 are ready on %3.")
                     .arg(teamRoleName(TeamRole::Manager), teamRoleName(TeamRole::Rep), db->displayName())
              << '\n';
        return Ok;
    }
    if (action == QLatin1StringView("grant") && c.args.size() == 3) {
        const auto role = teamRoleFromKey(c.args.at(2));
        if (!role)
            return c.usage(Tr::tr("admin grant needs USER and a role: manager or rep."));
        auto db = c.open();
        if (!db)
            return BadInput;
        if (auto r = grantTeamRole(*db, c.args.at(1), *role); !r)
            return c.fail(r.error());
        c.out << Tr::tr("%1 is now a member of %2.").arg(c.args.at(1), teamRoleName(*role)) << '\n';
        return Ok;
    }
    if (action == QLatin1StringView("prune-changes") && c.args.size() == 1)
        return runPruneChanges(c);
    return c.usage(Tr::tr("Use: admin roles | admin grant USER manager|rep | "
                          "admin prune-changes (--before DATE | --days N)"));
}

int runOffline(Context &c)
{
    const QString action = c.args.value(0);
    if (action == QLatin1StringView("take") && c.args.size() == 2) {
        OfflineFilter filter { c.parser.value(QStringLiteral("territory")),
            c.parser.value(QStringLiteral("program")), c.parser.value(QStringLiteral("country")) };
        auto db = c.open();
        if (!db)
            return BadInput;
        const bool replace = c.parser.isSet(QStringLiteral("replace"));
        const auto summary = OfflineCopy::take(*db, c.args.at(1), filter, {},
            replace ? OfflineCopy::Replace::AnyCopy : OfflineCopy::Replace::OwnCopy);
        if (!summary && summary.error().code == Error::Code::Conflict) {
            c.err << summary.error().message << '\n'
                  << Tr::tr("Give --replace to replace it with a copy of %1.").arg(db->displayName()) << '\n';
            return BadInput;
        }
        if (!summary)
            return c.fail(summary.error());
        c.out << Tr::tr("Took an offline copy of %1 (%2).").arg(db->displayName(), filter.description())
              << '\n';
        printSummary(c, *summary, c.args.at(1));
        return Ok;
    }
    if (filterGiven(c) || c.parser.isSet(QStringLiteral("replace")))
        return c.usage(Tr::tr("--territory, --program, --country and --replace apply to \"offline take\"."));
    if (action == QLatin1StringView("refresh") && c.args.size() == 1) {
        // The source's password, if it needs one, comes from PGPASSWORD or ~/.pgpass.
        const auto summary = OfflineCopy::refresh(c.dbPath);
        if (!summary)
            return c.fail(summary.error());
        printSummary(c, *summary, c.dbPath);
        return Ok;
    }
    if (action == QLatin1StringView("verify") && c.args.size() == 1) {
        const auto differing = OfflineCopy::differences(c.dbPath);
        if (!differing)
            return c.fail(differing.error());
        if (!differing->isEmpty()) {
            c.out << Tr::tr("The offline copy differs from its source in: %1. Run: offline refresh")
                         .arg(differing->join(QStringLiteral(", ")))
                  << '\n';
            return BadInput;
        }
        c.out << Tr::tr("The offline copy matches its source.") << '\n';
        return Ok;
    }
    if (action == QLatin1StringView("info") && c.args.size() == 1) {
        auto db = c.open();
        if (!db)
            return BadInput;
        const auto info = offlineInfo(*db);
        if (!info)
            return c.fail(info.error());
        if (!*info) {
            c.err << Tr::tr("%1 is not an offline copy.").arg(db->displayName()) << '\n';
            return BadInput;
        }
        const QLocale locale;
        c.out
            << Tr::tr("Offline copy of %1").arg((*info)->source) << '\n'
            << Tr::tr("Partners: %1").arg((*info)->filter.description()) << '\n'
            << Tr::tr("Taken: %1").arg(locale.toString((*info)->takenAt.toLocalTime(), QLocale::ShortFormat))
            << '\n'
            << Tr::tr("Offline since: %1")
                   .arg(locale.toString((*info)->refreshedAt.toLocalTime(), QLocale::ShortFormat))
            << '\n';
        return Ok;
    }
    return c.usage(
        Tr::tr("Use: offline take FILE [--territory T] [--program KEY] [--country CC] [--replace] | "
               "offline refresh | offline info | offline verify"));
}

int runNotes(Context &c)
{
    const bool add = c.args.value(0) == QLatin1StringView("add");
    if (!c.parser.isSet(QStringLiteral("partner")) || (add ? c.args.size() != 2 : !c.args.isEmpty()))
        return c.usage(Tr::tr("Use: notes --partner ID | notes add --partner ID TEXT"));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    const auto id = partnerId(c, store);
    if (!id)
        return c.fail(id.error());
    if (add) {
        const auto note = store.addNote(*id, c.args.at(1));
        if (!note)
            return c.fail(note.error());
        c.out << Tr::tr("Note %1 added.").arg(*note) << '\n';
        return Ok;
    }
    const auto notes = store.notes(*id);
    if (!notes)
        return c.fail(notes.error());
    const QLocale locale;
    for (const PartnerNote &n : *notes)
        c.out << locale.toString(n.writtenAt.toLocalTime(), QLocale::ShortFormat) << "  " << n.author << "  "
              << n.body << '\n';
    return Ok;
}

} // namespace pd::cli
