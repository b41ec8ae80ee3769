// payouts list | approve | pay | export: the payout ledger (issue 16).
#include "cli.h"
#include "licensing_cli.h"
#include "payouts/payoutledger.h"
#include "payouts/payoutreport.h"
#include "storage/database.h"
#include "storage/store.h"
#include "translations.h"

#include <QDir>
#include <QLocale>

namespace pd::cli
{

namespace
{

// --state, --quarter, --currency, --owner, --partner; an error message when one is malformed.
Result<PayoutFilter> filterOf(Context &c, Store &store)
{
    PayoutFilter f;
    if (lic::isSet(c, QStringLiteral("state"))) {
        const QString key = lic::value(c, QStringLiteral("state")).trimmed().toLower();
        f.state = payoutStateFromKey(key);
        if (!f.state)
            return fail(Error::Code::InvalidInput,
                Tr::tr("\"%1\" is not a payout state; use owed, approved, paid or carried.")
                    .arg(lic::value(c, QStringLiteral("state"))));
    }
    if (lic::isSet(c, QStringLiteral("quarter"))) {
        f.quarter = Quarter::parse(lic::value(c, QStringLiteral("quarter")));
        if (!f.quarter)
            return fail(Error::Code::InvalidInput,
                Tr::tr("\"%1\" is not a quarter; write it as 2026-Q3.")
                    .arg(lic::value(c, QStringLiteral("quarter"))));
    }
    if (lic::isSet(c, QStringLiteral("currency"))) {
        const auto currency = Currency::find(lic::value(c, QStringLiteral("currency")).trimmed().toUpper());
        if (!currency)
            return std::unexpected(currency.error());
        f.currency = currency->code;
    }
    f.owner = lic::value(c, QStringLiteral("owner")).trimmed();
    if (lic::isSet(c, QStringLiteral("partner"))) {
        const auto partner = lic::partner(c, store);
        if (!partner)
            return std::unexpected(partner.error());
        f.partnerId = partner->id;
    }
    return f;
}

// Columns padded to their widest cell; `right` marks the columns of amounts.
void printTable(Context &c, const QList<QStringList> &rows, const QList<bool> &right)
{
    QList<qsizetype> width(right.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            width[i] = std::max(width[i], row[i].size());
    }
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (right[i] ? row[i].rightJustified(width[i]) : row[i].leftJustified(width[i]));
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(u' '))
            line.chop(1);
        c.out << line << '\n';
    }
}

QString approvedText(const Payable &p, const QLocale &locale)
{
    return p.approvedAt.isValid()
        ? Tr::tr("%1 by %2").arg(displayDate(p.approvedAt.toUTC().date(), locale), p.approvedBy)
        : QString();
}

QString paidText(const Payable &p, const QLocale &locale)
{
    return p.paidOn.isValid() ? Tr::tr("%1, ref. %2").arg(displayDate(p.paidOn, locale), p.paymentReference)
                              : QString();
}

int list(Context &c, const QList<Payable> &payables)
{
    if (payables.isEmpty()) {
        c.out << Tr::tr("No payables.") << '\n';
        return Ok;
    }
    const QLocale locale;
    QList<QStringList> rows { { Tr::tr("ID"), Tr::tr("Partner"), Tr::tr("Owner"), Tr::tr("Quarter"),
        Tr::tr("Amount"), Tr::tr("Carried forward"), Tr::tr("State"), Tr::tr("Approved"), Tr::tr("Paid") } };
    for (const Payable &p : payables)
        rows << QStringList { QString::number(p.id), p.partnerCode, p.owner, p.quarter.text(),
            p.amount().display(locale), Money { p.carriedOutMinor, p.currency }.display(locale),
            payoutStateName(p.state), approvedText(p, locale), paidText(p, locale) };
    printTable(c, rows, { true, false, false, false, true, true, false, false, false });
    const auto totals = payoutTotals(payables);
    if (!totals)
        return c.fail(totals.error());
    c.out << '\n';
    QList<QStringList> sums { { Tr::tr("Currency"), Tr::tr("Payables"), Tr::tr("Owed"), Tr::tr("Approved"),
        Tr::tr("Paid"), Tr::tr("Carried forward") } };
    for (const PayoutTotal &t : *totals) {
        const auto money = [&](qint64 minor) { return Money { minor, t.currency }.display(locale); };
        sums << QStringList { t.currency, locale.toString(t.payables), money(t.owedMinor),
            money(t.approvedMinor), money(t.paidMinor), money(t.carriedOutMinor) };
    }
    printTable(c, sums, { false, true, true, true, true, true });
    return Ok;
}

// "Payable 12 (P-A, 2026-Q1, EUR): 1,234.50 €, approved 12/7/2026 by ana"
void printPayable(Context &c, const Payable &p)
{
    const QLocale locale;
    c.out << Tr::tr("Payable %1 (%2, %3, %4): %5, %6")
                 .arg(QString::number(p.id), p.partnerCode, p.quarter.text(), p.currency,
                     p.amount().display(locale), payoutStateName(p.state).toLower());
    if (p.state == PayoutState::Approved)
        c.out << ' ' << approvedText(p, locale);
    if (p.state == PayoutState::Paid)
        c.out << ' ' << paidText(p, locale);
    c.out << '\n';
}

std::optional<qint64> payableId(Context &c)
{
    bool ok = false;
    const qint64 id = c.args.value(1).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

int runPayouts(Context &c)
{
    const QString sub = c.args.value(0);
    const bool listing = sub == QLatin1StringView("list") && c.args.size() == 1;
    const bool exporting = sub == QLatin1StringView("export") && c.args.size() == 2;
    const bool approving = sub == QLatin1StringView("approve") && c.args.size() == 2;
    const bool paying = sub == QLatin1StringView("pay") && c.args.size() == 2;
    if (!listing && !exporting && !approving && !paying)
        return c.usage(Tr::tr("Use: payouts list [filters] | export FILE.csv [filters] | approve ID | "
                              "pay ID --date YYYY-MM-DD --reference TEXT"));
    const QStringList filters { QStringLiteral("state"), QStringLiteral("quarter"),
        QStringLiteral("currency"), QStringLiteral("owner"), QStringLiteral("partner") };
    for (const QString &name : c.parser.optionNames()) {
        const bool allowed = (listing || exporting) ? filters.contains(name)
                                                    : name == QLatin1StringView("by")
                || (paying && (name == QLatin1StringView("date") || name == QLatin1StringView("reference")));
        if (!allowed && name != QLatin1StringView("db") && name != QLatin1StringView("lang"))
            return c.usage(Tr::tr("The option --%1 does not apply to \"payouts %2\".").arg(name, sub));
    }
    std::optional<qint64> id;
    if (approving || paying) {
        id = payableId(c);
        if (!id)
            return c.usage(Tr::tr("\"%1\" is not a payable number.").arg(c.args.value(1)));
    }
    std::optional<QDate> paidOn;
    if (paying) {
        if (!lic::isSet(c, QStringLiteral("date")) || !lic::isSet(c, QStringLiteral("reference")))
            return c.usage(Tr::tr("payouts pay needs --date YYYY-MM-DD and --reference TEXT."));
        paidOn = lic::date(c, QStringLiteral("date"));
        if (!paidOn)
            return c.usage(Tr::tr("--date needs a date as YYYY-MM-DD."));
    }
    auto db = c.open();
    if (!db)
        return BadInput;
    PayoutLedger ledger(*db);
    if (approving || paying) {
        const auto done = approving
            ? ledger.approve(*id, c.author())
            : ledger.pay(*id, *paidOn, lic::value(c, QStringLiteral("reference")), c.author());
        if (!done)
            return c.fail(done.error());
        printPayable(c, *done);
        return Ok;
    }
    Store store(*db);
    const auto filter = filterOf(c, store);
    if (!filter)
        return c.fail(filter.error());
    const auto payables = ledger.list(*filter);
    if (!payables)
        return c.fail(payables.error());
    if (listing)
        return list(c, *payables);
    const auto written = exportPayoutCsv(*payables, c.args.at(1));
    if (!written)
        return c.fail(written.error());
    c.out << Tr::tr("Wrote %1 payable(s) to %2.", nullptr, pluralCount(*written))
                 .arg(QLocale().toString(*written), QDir::toNativeSeparators(c.args.at(1)))
          << '\n';
    return Ok;
}

} // namespace pd::cli
