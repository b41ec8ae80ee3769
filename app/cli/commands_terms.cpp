// rates list --partner ID | rates set ...: a partner's negotiated rates (dated overrides of the
// program's rate for one product line, issue 16). Overrides are never changed: a new one supersedes.
#include "cli.h"
#include "licensing_cli.h"
#include "payouts/overrides.h"
#include "program.h"
#include "storage/store.h"

#include <QLocale>

namespace pd::cli {

namespace {

QString overrideValue(const RateOverride &o)
{
    switch (o.kind) {
    case OverrideKind::Rate:
        return Tr::tr("reward %1").arg(percentDisplay(o.rate.bp, QLocale()));
    case OverrideKind::Fixed:
        return Tr::tr("commission %1 per unit").arg(o.perUnit.display(QLocale()));
    case OverrideKind::Program:
        break;
    }
    return Tr::tr("back to the program's rate");
}

int listRates(Context &c, Store &store, const Partner &partner)
{
    const auto overrides = RateOverrideStore(store.database()).forPartner(partner.id);
    if (!overrides)
        return c.fail(overrides.error());
    c.out << Tr::tr("Negotiated rates of %1 (%2): %n", nullptr, int(overrides->size())).arg(partner.name, partner.code)
          << '\n';
    const QLocale locale;
    for (const RateOverride &o : *overrides)
        c.out << "  #" << o.id << "  " << isoDate(o.effectiveOn) << "  " << o.productLine << "  " << overrideValue(o)
              << "  " << o.reason << "  (" << o.recordedBy << ", "
              << locale.toString(o.recordedAt.toLocalTime(), QLocale::ShortFormat) << ")\n";
    return Ok;
}

int setRate(Context &c, Store &store, const Partner &partner)
{
    using namespace lic;
    const int kinds = int(isSet(c, QStringLiteral("percent"))) + int(isSet(c, QStringLiteral("per-unit")))
        + int(isSet(c, QStringLiteral("program-rate")));
    if (kinds != 1 || !isSet(c, QStringLiteral("line")) || !isSet(c, QStringLiteral("from"))
        || !isSet(c, QStringLiteral("reason")))
        return c.usage(Tr::tr("Use: rates set --partner ID --line KEY --from DATE (--percent P | --per-unit AMOUNT "
                              "[--currency C] | --program-rate) --reason TEXT [--by NAME]"));
    if (isSet(c, QStringLiteral("currency")) && !isSet(c, QStringLiteral("per-unit")))
        return c.usage(Tr::tr("--currency goes with --per-unit."));
    RateOverride o;
    o.partnerId = partner.id;
    o.productLine = value(c, QStringLiteral("line"));
    const auto from = date(c, QStringLiteral("from"));
    if (!from)
        return c.usage(Tr::tr("--from takes a date as YYYY-MM-DD, not \"%1\".").arg(value(c, QStringLiteral("from"))));
    o.effectiveOn = *from;
    o.reason = value(c, QStringLiteral("reason"));
    o.recordedBy = c.author();
    if (isSet(c, QStringLiteral("percent"))) {
        const auto rate = Rate::parsePercent(value(c, QStringLiteral("percent")));
        if (!rate)
            return c.fail(rate.error());
        o.kind = OverrideKind::Rate;
        o.rate = *rate;
    } else if (isSet(c, QStringLiteral("per-unit"))) {
        const auto program = store.program(partner.programKey);
        if (!program)
            return c.fail(program.error());
        const QString currency
            = isSet(c, QStringLiteral("currency")) ? value(c, QStringLiteral("currency")) : program->program.currency;
        const auto amount = Money::parse(value(c, QStringLiteral("per-unit")), currency);
        if (!amount)
            return c.fail(amount.error());
        o.kind = OverrideKind::Fixed;
        o.perUnit = *amount;
    } else {
        o.kind = OverrideKind::Program;
    }
    const auto added = RateOverrideStore(store.database()).add(o);
    if (!added)
        return c.fail(added.error());
    c.out << Tr::tr("Recorded #%1: %2 on %3 from %4 for %5.")
                 .arg(added->id)
                 .arg(overrideValue(*added), added->productLine, isoDate(added->effectiveOn), partner.name)
          << '\n';
    return Ok;
}

} // namespace

int runRates(Context &c)
{
    const QString sub = c.args.value(0);
    if (c.args.size() != 1 || (sub != QLatin1StringView("list") && sub != QLatin1StringView("set"))
        || !lic::isSet(c, QStringLiteral("partner")))
        return c.usage(Tr::tr("Use: rates list --partner ID | rates set --partner ID ..."));
    if (sub == QLatin1StringView("list")) {
        for (const char *name : { "line", "from", "percent", "per-unit", "currency", "program-rate", "reason", "by" }) {
            if (lic::isSet(c, QString::fromLatin1(name)))
                return c.usage(Tr::tr("The option --%1 does not apply to \"%2\".")
                                   .arg(QString::fromLatin1(name), QStringLiteral("rates list")));
        }
    }
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    const auto partner = lic::partner(c, store);
    if (!partner)
        return c.fail(partner.error());
    return sub == QLatin1StringView("list") ? listRates(c, store, *partner) : setRate(c, store, *partner);
}

} // namespace pd::cli
