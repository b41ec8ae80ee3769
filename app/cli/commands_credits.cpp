// credits buy | consume | correct | balance | ledger
#include "licensing/creditservice.h"
#include "licensing_cli.h"
#include "storage/database.h"
#include "storage/store.h"
#include "translations.h"

#include <QLocale>

namespace pd::cli {

namespace {

using namespace lic;

void printEntry(Context &c, const CreditEntry &e)
{
    const QLocale locale;
    c.out << '#' << e.id << "  " << isoDate(e.entryOn) << "  " << creditEntryKindLabel(e.kind) << "  "
          << (e.credits > 0 ? QStringLiteral("+") : QString()) << groupedNumber(e.credits, locale) << "  "
          << Tr::tr("balance %1").arg(groupedNumber(e.balanceAfter, locale));
    if (e.kind == CreditEntryKind::Purchase)
        c.out << "  " << Tr::tr("paid %1 at %2 off").arg(e.paid.display(locale), percentDisplay(e.discount.bp, locale));
    else if (e.paid.minor != 0)
        c.out << "  " << Tr::tr("paid %1").arg(e.paid.display(locale));
    if (!e.customerCode.isEmpty())
        c.out << "  " << Tr::tr("customer %1").arg(e.customerCode);
    if (e.correctsId > 0)
        c.out << "  " << Tr::tr("corrects #%1").arg(e.correctsId);
    if (!e.note.isEmpty())
        c.out << "  \"" << e.note << '"';
    c.out << "  (" << e.recordedBy << ")\n";
}

} // namespace

int runCredits(Context &c)
{
    const QString sub = c.args.value(0);
    const QStringList subs { QStringLiteral("buy"), QStringLiteral("consume"), QStringLiteral("correct"),
        QStringLiteral("balance"), QStringLiteral("ledger") };
    if (c.args.size() != 1 || !subs.contains(sub) || !isSet(c, QStringLiteral("partner")))
        return c.usage(Tr::tr("Use: credits buy|consume|correct|balance|ledger --partner ID [...]"));
    const auto on = date(c, QStringLiteral("on"));
    if (!on)
        return c.usage(Tr::tr("--on needs a date as YYYY-MM-DD."));
    const bool moves = sub == QLatin1StringView("buy") || sub == QLatin1StringView("consume")
        || sub == QLatin1StringView("correct");
    const auto credits = number(c, QStringLiteral("credits"));
    if (moves && !credits)
        return c.usage(Tr::tr("credits %1 needs --credits N.").arg(sub));
    if (sub == QLatin1StringView("consume") && !isSet(c, QStringLiteral("customer")))
        return c.usage(Tr::tr("credits consume needs --customer CODE."));
    if (sub == QLatin1StringView("correct")
        && (!isSet(c, QStringLiteral("corrects")) || !isSet(c, QStringLiteral("reason"))))
        return c.usage(Tr::tr("credits correct needs --corrects ENTRY and --reason TEXT."));
    std::optional<Rate> discount;
    if (isSet(c, QStringLiteral("discount"))) {
        const auto rate = Rate::parsePercent(value(c, QStringLiteral("discount")));
        if (!rate)
            return c.fail(rate.error());
        discount = *rate;
    }
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    const auto partner = lic::partner(c, store);
    if (!partner)
        return c.fail(partner.error());
    CreditService service(store);
    const QLocale locale;
    if (sub == QLatin1StringView("balance")) {
        const auto balance = service.balance(partner->id);
        if (!balance)
            return c.fail(balance.error());
        c.out << Tr::tr("%1 (%2): %3 credit(s)", nullptr, pluralCount(*balance))
                     .arg(partner->name, partner->code, locale.toString(*balance))
              << '\n';
        return Ok;
    }
    if (sub == QLatin1StringView("ledger")) {
        const auto entries = service.ledger(partner->id);
        if (!entries)
            return c.fail(entries.error());
        for (const CreditEntry &e : *entries)
            printEntry(c, e);
        if (entries->isEmpty())
            c.out << Tr::tr("No credit entries.") << '\n';
        return Ok;
    }
    Result<CreditEntry> entry;
    if (sub == QLatin1StringView("buy")) {
        entry = service.buy(
            partner->id, *credits, discount, *on, c.author(), value(c, QStringLiteral("note")));
    } else if (sub == QLatin1StringView("consume")) {
        const auto customer = lic::customer(store, value(c, QStringLiteral("customer")));
        if (!customer)
            return c.fail(customer.error());
        entry = service.consume(
            partner->id, *credits, customer->id, *on, c.author(), value(c, QStringLiteral("note")));
    } else {
        const auto corrects = number(c, QStringLiteral("corrects"));
        if (!corrects)
            return c.usage(Tr::tr("--corrects needs an entry number."));
        qint64 paidMinor = 0;
        if (isSet(c, QStringLiteral("paid"))) {
            const auto program = store.program(partner->programKey);
            if (!program)
                return c.fail(program.error());
            const auto paid = Money::parse(value(c, QStringLiteral("paid")), program->program.currency);
            if (!paid)
                return c.fail(paid.error());
            paidMinor = paid->minor;
        }
        entry = service.correct(
            partner->id, *corrects, *credits, paidMinor, *on, value(c, QStringLiteral("reason")), c.author());
    }
    if (!entry)
        return c.fail(entry.error());
    printEntry(c, *entry);
    return Ok;
}

} // namespace pd::cli
