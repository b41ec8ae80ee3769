// history --partner ID: a partner's tier changes and the fields re-syncs changed, oldest first.
#include "cli.h"
#include "licensing_cli.h"
#include "storage/store.h"

#include <QLocale>
#include <algorithm>

namespace pd::cli
{

namespace
{

struct Line {
    QDateTime at;
    QString by;
    QString text;
};

QString quoted(const QString &value)
{
    return u'"' + value + u'"';
}

} // namespace

int runHistory(Context &c)
{
    if (!c.args.isEmpty() || !lic::isSet(c, QStringLiteral("partner")))
        return c.usage(Tr::tr("Use: history --partner ID"));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    const auto partner = lic::partner(c, store);
    if (!partner)
        return c.fail(partner.error());
    const auto tiers = store.tierHistory(partner->id);
    if (!tiers)
        return c.fail(tiers.error());
    const auto fields = store.recordChanges(partner->id);
    if (!fields)
        return c.fail(fields.error());
    QList<Line> lines;
    for (const TierChange &t : *tiers)
        lines << Line {
            t.recordedAt, t.changedBy,
            Tr::tr("tier %1 -> %2 from %3 (%4)").arg(t.fromTier, t.toTier, isoDate(t.effectiveOn), t.reason)
        };
    for (const RecordChange &f : *fields) {
        const QString record = f.kind == RecordChange::Kind::Customer
            ? Tr::tr("customer %1").arg(f.recordCode)
            : Tr::tr("partner %1").arg(f.recordCode);
        lines << Line { f.changedAt, f.changedBy,
            Tr::tr("%1 %2: %3 -> %4 (from %5)")
                .arg(record, f.field, quoted(f.oldValue), quoted(f.newValue), f.source) };
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.at < b.at; });
    const QLocale locale;
    c.out << Tr::tr("History of %1 (%2): %n change(s)", nullptr, int(lines.size()))
                 .arg(partner->name, partner->code)
          << '\n';
    for (const Line &l : std::as_const(lines))
        c.out << locale.toString(l.at.toLocalTime(), QLocale::ShortFormat) << "  " << l.by << "  " << l.text
              << '\n';
    return Ok;
}

} // namespace pd::cli
