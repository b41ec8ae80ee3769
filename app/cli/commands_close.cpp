// close: freeze a quarter's statements and create its payables (issue 16); close list.
#include "cli.h"

#include "dates.h"
#include "payouts/closing.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QLocale>

namespace pd::cli {

namespace {

void printTotals(Context &c, const ClosePreview &p)
{
    const QLocale locale;
    for (const CloseTotal &t : p.totals) {
        c.out << "  " << t.programKey << "  " << t.currency << ": "
              << Tr::tr("%n partner(s)", nullptr, int(t.partners)) << ", " << Tr::tr("%n line(s)", nullptr, int(t.lines))
              << ", "
              << Tr::tr("sales %1, rewards %2, rebate %3, SPIF %4, adjustments %5")
                     .arg(t.sales.display(locale), t.rewards.display(locale), t.rebate.display(locale),
                          t.spif.display(locale), t.adjustments.display(locale))
              << '\n';
    }
    if (p.totals.isEmpty())
        c.out << "  " << Tr::tr("No sales and no adjustments in this quarter.") << '\n';
}

int runCloseList(Context &c, QuarterClosing &closing)
{
    const auto closed = closing.closedQuarters();
    if (!closed)
        return c.fail(closed.error());
    const QLocale locale;
    for (const QuarterCloseInfo &info : *closed)
        c.out << info.quarter.text() << "  "
              << Tr::tr("closed on %1 by %2").arg(displayDate(info.closedAt.toUTC().date(), locale), info.closedBy) << '\n';
    if (closed->isEmpty())
        c.out << Tr::tr("No quarter is closed yet.") << '\n';
    return Ok;
}

} // namespace

int runClose(Context &c)
{
    const bool list = c.args == QStringList { QStringLiteral("list") };
    if (list && (c.parser.isSet(QStringLiteral("quarter")) || c.parser.isSet(QStringLiteral("preview"))))
        return c.usage(Tr::tr("close list takes no other option."));
    if (!list && (!c.args.isEmpty() || !c.parser.isSet(QStringLiteral("quarter"))))
        return c.usage(Tr::tr("Use: close --quarter YYYY-QN [--preview] [--today DATE] [--by NAME] | close list."));
    QDate today = QDate::currentDate();
    if (c.parser.isSet(QStringLiteral("today"))) {
        today = parseIsoDate(c.parser.value(QStringLiteral("today")));
        if (!today.isValid())
            return c.usage(Tr::tr("--today takes a date like 2026-10-05."));
    }
    std::optional<Quarter> quarter;
    if (!list) {
        quarter = Quarter::parse(c.parser.value(QStringLiteral("quarter")));
        if (!quarter)
            return c.usage(Tr::tr("\"%1\" is not a quarter; write it as 2026-Q3.").arg(c.parser.value(QStringLiteral("quarter"))));
    }
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    QuarterClosing closing(store);
    if (list)
        return runCloseList(c, closing);
    if (c.parser.isSet(QStringLiteral("preview"))) {
        const auto preview = closing.preview(*quarter, today);
        if (!preview)
            return c.fail(preview.error());
        c.out << Tr::tr("Closing %1 would freeze %n statement(s) (nothing written):", nullptr, int(preview->partners))
                     .arg(quarter->text())
              << '\n';
        printTotals(c, *preview);
        return Ok;
    }
    const auto closed = closing.close(*quarter, today, c.author());
    if (!closed)
        return c.fail(closed.error());
    printTotals(c, *closed);
    c.out << Tr::tr("Closed %1:").arg(quarter->text()) << ' '
          << Tr::tr("%n statement(s) frozen", nullptr, int(closed->partners)) << ", "
          << Tr::tr("%n payable(s)", nullptr, int(closed->payables)) << '\n';
    return Ok;
}

} // namespace pd::cli
