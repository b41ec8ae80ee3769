// licences list | add, renewals, customer move, certifications expiring | levels | award
#include "licensing/certificationlevels.h"
#include "licensing/licenceservice.h"
#include "licensing_cli.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QLocale>
#include <algorithm>

namespace pd::cli {

namespace lic {

void printLicence(Context &c, const LicenceListing &row)
{
    const Licence &l = row.licence;
    const QLocale locale;
    c.out << '#' << l.id << "  " << row.partnerCode << "  "
          << (l.kind == LicenceKind::InternalUse ? Tr::tr("internal use")
                                                 : row.customerCode + u' ' + row.customerName)
          << "  " << l.product;
    if (!l.edition.isEmpty())
        c.out << ' ' << l.edition;
    c.out << "  " << Tr::tr("%n seat(s)", nullptr, l.seats) << "  " << isoDate(l.startsOn) << " – "
          << (l.endsOn.isValid() ? isoDate(l.endsOn) : Tr::tr("perpetual")) << "  " << l.paid.display(locale);
    if (l.discount.bp > 0)
        c.out << ' ' << Tr::tr("(%1 off)").arg(percentDisplay(l.discount.bp, locale));
    if (l.renewsId > 0)
        c.out << "  " << Tr::tr("renews #%1").arg(l.renewsId);
    if (l.renewedById > 0)
        c.out << "  " << Tr::tr("renewed by #%1").arg(l.renewedById);
    if (!l.modules.isEmpty())
        c.out << "  [" << l.modules.join(QStringLiteral(", ")) << ']';
    if (row.responsiblePartnerId != l.partnerId)
        c.out << "  " << Tr::tr("(customer now with %1)").arg(row.responsiblePartnerCode);
    c.out << voidMark(l.voided, l.correctsId) << '\n';
}

} // namespace lic

namespace {

using namespace lic;

int addLicence(Context &c, Store &store)
{
    const bool internal = isSet(c, QStringLiteral("internal"));
    const bool ok = c.args.size() == 1 && isSet(c, QStringLiteral("partner"))
        && isSet(c, QStringLiteral("line")) && isSet(c, QStringLiteral("product"))
        && isSet(c, QStringLiteral("start")) && isSet(c, QStringLiteral("price"))
        && (internal != isSet(c, QStringLiteral("customer")));
    if (!ok)
        return c.usage(
            Tr::tr("Use: licences add --partner ID (--customer CODE | --internal) --line KEY --product NAME "
                   "--start DATE --price AMOUNT [--seats N] [--end DATE] [--currency C] [--edition E] "
                   "[--modules A,B] [--renews ID] [--sold DATE] [--note TEXT]"));
    const auto start = date(c, QStringLiteral("start"));
    const auto end = date(c, QStringLiteral("end"), QDate());
    const auto sold = date(c, QStringLiteral("sold"), QDate());
    if (!start || !end || !sold)
        return c.usage(Tr::tr("Dates are written YYYY-MM-DD."));
    const auto seats
        = isSet(c, QStringLiteral("seats")) ? number(c, QStringLiteral("seats")) : std::optional<qint64>(1);
    const auto renews
        = isSet(c, QStringLiteral("renews")) ? number(c, QStringLiteral("renews")) : std::optional<qint64>(0);
    if (!seats || *seats < 1 || *seats > 1000000 || !renews || *renews < 0)
        return c.usage(Tr::tr("--seats and --renews need whole numbers."));
    const auto partner = lic::partner(c, store);
    if (!partner)
        return c.fail(partner.error());
    const auto program = store.program(partner->programKey);
    if (!program)
        return c.fail(program.error());
    const QString currency = isSet(c, QStringLiteral("currency"))
        ? value(c, QStringLiteral("currency")).toUpper()
        : program->program.currency;
    const auto price = Money::parse(value(c, QStringLiteral("price")), currency);
    if (!price)
        return c.fail(price.error());
    Licence l;
    l.partnerId = partner->id;
    if (!internal) {
        const auto customer = lic::customer(store, value(c, QStringLiteral("customer")));
        if (!customer)
            return c.fail(customer.error());
        l.customerId = customer->id;
    }
    l.productLine = value(c, QStringLiteral("line"));
    l.product = value(c, QStringLiteral("product"));
    l.edition = value(c, QStringLiteral("edition"));
    l.modules = list(c, QStringLiteral("modules"));
    l.seats = int(*seats);
    l.startsOn = *start;
    l.endsOn = *end;
    l.soldOn = *sold;
    l.renewsId = *renews;
    l.unitPrice = *price;
    l.note = value(c, QStringLiteral("note"));
    LicenceService service(store);
    const auto recorded = internal ? service.recordInternalUse(l) : service.recordResale(l);
    if (!recorded)
        return c.fail(recorded.error());
    c.out << Tr::tr("Recorded licence #%1: %2 paid").arg(recorded->id).arg(recorded->paid.display(QLocale()));
    if (recorded->saleId > 0)
        c.out << ", "
              << Tr::tr("as sale #%1%2")
                     .arg(recorded->saleId)
                     .arg(recorded->renewsId > 0 ? Tr::tr(" (renewal)") : QString());
    if (recorded->discount.bp > 0)
        c.out << ", " << Tr::tr("internal-use discount %1").arg(percentDisplay(recorded->discount.bp, QLocale()));
    c.out << '\n';
    return Ok;
}

std::optional<qint64> partnerFilter(Context &c, Store &store, int *exitCode)
{
    if (!isSet(c, QStringLiteral("partner")))
        return 0;
    const auto partner = lic::partner(c, store);
    if (!partner) {
        *exitCode = c.fail(partner.error());
        return std::nullopt;
    }
    return partner->id;
}

} // namespace

int runLicences(Context &c)
{
    const QString sub = c.args.value(0);
    if (!((sub == QLatin1StringView("list") && c.args.size() == 1) || sub == QLatin1StringView("add")))
        return c.usage(Tr::tr("Use: licences list [--partner ID] [--voided] | licences add ..."));
    if (sub == QLatin1StringView("add") && isSet(c, QStringLiteral("voided")))
        return c.usage(Tr::tr("The option --%1 does not apply to \"%2\".").arg(QStringLiteral("voided"), sub));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    if (sub == QLatin1StringView("add"))
        return addLicence(c, store);
    int exitCode = Ok;
    const auto partnerId = partnerFilter(c, store, &exitCode);
    if (!partnerId)
        return exitCode;
    const auto rows = LicenceService(store).licences(
        *partnerId, isSet(c, QStringLiteral("voided")) ? Voided::Included : Voided::Excluded);
    if (!rows)
        return c.fail(rows.error());
    for (const LicenceListing &row : *rows)
        printLicence(c, row);
    if (rows->isEmpty())
        c.out << Tr::tr("No licences.") << '\n';
    return Ok;
}

int runRenewals(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Tr::tr("Use: renewals [--partner ID] [--days 30|60|90] [--as-of DATE]"));
    const auto asOf = date(c, QStringLiteral("as-of"));
    const auto days
        = isSet(c, QStringLiteral("days")) ? number(c, QStringLiteral("days")) : std::optional<qint64>(90);
    if (!asOf || !days || *days < 1 || *days > 366)
        return c.usage(
            Tr::tr("--as-of needs a date as YYYY-MM-DD and --days a number of days (30, 60, 90)."));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    int exitCode = Ok;
    const auto partnerId = partnerFilter(c, store, &exitCode);
    if (!partnerId)
        return exitCode;
    const auto rows = LicenceService(store).renewalsDue(*partnerId, *asOf, int(*days));
    if (!rows)
        return c.fail(rows.error());
    c.out << Tr::tr("Renewals due from %1 to %2: %n licence(s)", nullptr, int(rows->size()))
                 .arg(isoDate(*asOf), isoDate(asOf->addDays(*days)))
          << '\n';
    for (const LicenceListing &row : *rows) {
        c.out << "  " << Tr::tr("in %n day(s)", nullptr, int(asOf->daysTo(row.licence.endsOn))) << "  ";
        printLicence(c, row);
    }
    return Ok;
}

int runCustomer(Context &c)
{
    if (c.args.value(0) != QLatin1StringView("move") || c.args.size() != 2 || !isSet(c, QStringLiteral("to"))
        || !isSet(c, QStringLiteral("reason")))
        return c.usage(Tr::tr("Use: customer move CODE --to PARTNER --reason TEXT [--on DATE] [--by NAME]"));
    const auto on = date(c, QStringLiteral("on"));
    if (!on)
        return c.usage(Tr::tr("--on needs a date as YYYY-MM-DD."));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    const auto customer = lic::customer(store, c.args.at(1));
    if (!customer)
        return c.fail(customer.error());
    auto to = store.partnerByCode(value(c, QStringLiteral("to")));
    if (!to) {
        bool ok = false;
        const qint64 id = value(c, QStringLiteral("to")).toLongLong(&ok);
        if (ok)
            to = store.partner(id);
    }
    if (!to)
        return c.fail(to.error());
    const auto moved = LicenceService(store).moveCustomer(
        customer->id, to->id, *on, value(c, QStringLiteral("reason")), c.author());
    if (!moved)
        return c.fail(moved.error());
    const auto from = store.partner(moved->fromPartnerId);
    c.out << Tr::tr(
        "Moved %1 (%2) from %3 to %4 on %5. No credits were charged; its sales, licences and history stay as "
        "they were.")
                 .arg(customer->name, customer->code,
                     from ? from->code : QString::number(moved->fromPartnerId), to->code, isoDate(*on))
          << '\n';
    return Ok;
}

int runCertifications(Context &c)
{
    const QString sub = c.args.value(0);
    if (c.args.size() != 1
        || !(sub == QLatin1StringView("expiring") || sub == QLatin1StringView("levels")
            || sub == QLatin1StringView("award")))
        return c.usage(
            Tr::tr("Use: certifications expiring [--days N] [--partner ID] | levels --partner ID | "
                   "award --partner ID --level KEY [--on DATE] [--expires DATE]"));
    const auto asOf = date(c, QStringLiteral("as-of"));
    const auto on = date(c, QStringLiteral("on"));
    const auto expires = date(c, QStringLiteral("expires"), QDate());
    if (!asOf || !on || !expires)
        return c.usage(Tr::tr("Dates are written YYYY-MM-DD."));
    if (sub != QLatin1StringView("expiring") && !isSet(c, QStringLiteral("partner")))
        return c.usage(Tr::tr("certifications %1 needs --partner ID.").arg(sub));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    int exitCode = Ok;
    const auto partnerId = partnerFilter(c, store, &exitCode);
    if (!partnerId)
        return exitCode;
    CertificationLevels levels(store);
    if (sub == QLatin1StringView("expiring")) {
        const auto days = isSet(c, QStringLiteral("days")) ? number(c, QStringLiteral("days"))
                                                           : std::optional<qint64>(90);
        if (!days)
            return c.usage(Tr::tr("--days needs a number of days."));
        const auto rows = levels.expiring(*asOf, int(std::clamp<qint64>(*days, 0, 10000)), *partnerId);
        if (!rows)
            return c.fail(rows.error());
        for (const ExpiringCertification &e : *rows)
            c.out << isoDate(e.expiresOn) << "  " << e.partnerCode << "  "
                  << (e.kind == ExpiringCertification::Kind::PartnerLevel
                             ? Tr::tr("partner level %1").arg(e.certificate)
                             : Tr::tr("%1: %2").arg(e.holder, e.certificate))
                  << '\n';
        if (rows->isEmpty())
            c.out << Tr::tr("No certifications expire in the next %n day(s).", nullptr, int(*days)) << '\n';
        return Ok;
    }
    if (sub == QLatin1StringView("award")) {
        if (!isSet(c, QStringLiteral("level")))
            return c.usage(Tr::tr("certifications award needs --level KEY."));
        const auto awarded = levels.award(*partnerId, value(c, QStringLiteral("level")), *on, *expires,
            c.author(), value(c, QStringLiteral("note")));
        if (!awarded)
            return c.fail(awarded.error());
        c.out << Tr::tr("Awarded %1 on %2.").arg(awarded->levelKey, isoDate(awarded->awardedOn)) << '\n';
        return Ok;
    }
    const auto rows = levels.levels(*partnerId, *asOf);
    if (!rows)
        return c.fail(rows.error());
    for (const LevelStatus &s : *rows) {
        c.out << s.level.name << "  "
              << Tr::tr("%n month(s) in the partnership", nullptr, s.level.monthsInPartnership) << "  "
              << Tr::tr("eligible from %1").arg(isoDate(s.eligibleFrom)) << "  ";
        if (s.held)
            c.out << Tr::tr("held since %1").arg(isoDate(s.award.awardedOn))
                  << (s.award.expiresOn.isValid() ? Tr::tr(", until %1").arg(isoDate(s.award.expiresOn))
                                                  : QString());
        else if (s.award.id > 0)
            c.out << Tr::tr("lapsed on %1").arg(isoDate(s.award.expiresOn));
        else
            c.out << Tr::tr("not held");
        c.out << '\n' << "    " << Tr::tr("requires: %1").arg(s.level.requires_) << '\n';
    }
    if (rows->isEmpty())
        c.out << Tr::tr("The partner's program has no certification levels.") << '\n';
    return Ok;
}

} // namespace pd::cli
