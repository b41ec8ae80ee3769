#include "licenceservice.h"
#include "licensingtr.h"

#include "../dates.h"
#include "../money.h"
#include "../statement.h"
#include "../storage/licencestore.h"
#include "../storage/store.h"
#include "../translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <climits>

namespace pd {

LicenceService::LicenceService(Store &store)
    : m_store(store)
{
}

Result<void> LicenceService::validateCommon(Licence &l) const
{
    l.product = l.product.trimmed();
    l.edition = l.edition.trimmed();
    QStringList modules;
    for (const QString &m : l.modules) {
        const QString t = m.trimmed();
        if (t.contains(u','))
            return fail(Error::Code::InvalidInput, LicensingTr::tr("A module name cannot contain a comma: \"%1\".").arg(t));
        if (!t.isEmpty() && !modules.contains(t))
            modules << t;
    }
    l.modules = modules;
    if (l.product.isEmpty())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Name the licensed product."));
    if (l.seats < 1)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A licence has at least one seat."));
    if (!l.startsOn.isValid())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A licence needs a start date."));
    if (l.endsOn.isValid() && l.endsOn < l.startsOn)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("The licence ends (%1) before it starts (%2).")
                                           .arg(isoDate(l.endsOn), isoDate(l.startsOn)));
    if (!l.soldOn.isValid())
        l.soldOn = l.startsOn;
    if (l.unitPrice.minor < 0)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A price cannot be negative."));
    if (auto cur = Currency::find(l.unitPrice.currency); !cur)
        return std::unexpected(cur.error());
    if (auto list = l.listAmount(); !list)
        return std::unexpected(list.error());
    const auto partner = m_store.partner(l.partnerId);
    if (!partner)
        return std::unexpected(partner.error());
    const auto program = m_store.program(partner->programKey);
    if (!program)
        return std::unexpected(program.error());
    if (!program->program.hasProductLine(l.productLine))
        return fail(Error::Code::InvalidInput,
            LicensingTr::tr("Program \"%1\" has no product line \"%2\".").arg(program->program.name, l.productLine));
    if (l.renewsId > 0) {
        const auto earlier = LicenceStore(m_store.database()).licence(l.renewsId);
        if (!earlier)
            return std::unexpected(earlier.error());
        if (earlier->voided.isVoid())
            return fail(Error::Code::InvalidInput,
                LicensingTr::tr("Licence %1 was voided, so this one cannot renew it.").arg(l.renewsId));
        if (earlier->kind != l.kind || earlier->customerId != l.customerId)
            return fail(Error::Code::InvalidInput, LicensingTr::tr("Licence %1 is not of the same customer and kind, so this one cannot "
                               "renew it.")
                            .arg(l.renewsId));
        if (earlier->renewedById > 0)
            return fail(Error::Code::InvalidInput, LicensingTr::tr("Licence %1 was already renewed by licence %2.")
                                               .arg(l.renewsId)
                                               .arg(earlier->renewedById));
        if (l.kind == LicenceKind::InternalUse && earlier->partnerId != l.partnerId)
            return fail(Error::Code::InvalidInput, LicensingTr::tr("Licence %1 is another partner's internal-use licence.").arg(l.renewsId));
    }
    return {};
}

Result<void> LicenceService::checkResale(Licence &l) const
{
    l.kind = LicenceKind::Resale;
    l.discount = Rate {};
    if (auto r = validateCommon(l); !r)
        return r;
    const auto customer = LicenceStore(m_store.database()).customer(l.customerId);
    if (!customer)
        return std::unexpected(customer.error());
    if (customer->partnerId != l.partnerId)
        return fail(Error::Code::InvalidInput,
            LicensingTr::tr("%1 (%2) is not a customer of this partner.").arg(customer->name, customer->code));
    return {};
}

Result<Licence> LicenceService::recordResale(Licence l)
{
    if (auto r = checkResale(l); !r)
        return std::unexpected(r.error());
    LicenceStore store(m_store.database());
    const auto r = m_store.database().transaction([&]() -> Result<void> {
        const auto id = store.insertLicence(l);
        return id ? Result<void> {} : std::unexpected(id.error());
    });
    if (!r)
        return std::unexpected(r.error());
    return l;
}

Result<InternalUseEntitlement> LicenceService::internalUse(qint64 partnerId, const QDate &on) const
{
    const auto partner = m_store.partner(partnerId);
    if (!partner)
        return std::unexpected(partner.error());
    const auto program = m_store.program(partner->programKey);
    if (!program)
        return std::unexpected(program.error());
    const auto history = m_store.tierHistory(partnerId);
    if (!history)
        return std::unexpected(history.error());
    return internalUseEntitlement(program->program, tierOn(*partner, *history, on));
}

Result<InternalUseEntitlement> LicenceService::checkInternalUse(Licence &l) const
{
    l.kind = LicenceKind::InternalUse;
    l.customerId = 0;
    if (auto r = validateCommon(l); !r)
        return std::unexpected(r.error());
    const auto entitlement = internalUse(l.partnerId, l.startsOn);
    if (!entitlement)
        return std::unexpected(entitlement.error());
    if (!entitlement->offered)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("The partner's tier has no internal-use discount in its program."));
    l.discount = entitlement->discount;
    return entitlement;
}

Result<void> LicenceService::writeInternalUse(Licence &l, const InternalUseEntitlement &entitlement)
{
    LicenceStore store(m_store.database());
    // Written first, counted after: the write lock keeps two recordings from both fitting.
    const auto id = store.insertLicence(l);
    if (!id)
        return std::unexpected(id.error());
    const auto others = store.internalSeatsOverlapping(l.partnerId, l.startsOn, l.endsOn, l.id);
    if (!others)
        return std::unexpected(others.error());
    // The licence being renewed ends as its renewal starts; its seats are not counted twice.
    qint64 inUse = *others;
    if (l.renewsId > 0) {
        const auto earlier = store.licence(l.renewsId);
        if (!earlier)
            return std::unexpected(earlier.error());
        const bool overlaps = (earlier->endsOn.isNull() || earlier->endsOn >= l.startsOn)
            && (l.endsOn.isNull() || earlier->startsOn <= l.endsOn);
        if (overlaps && !earlier->voided.isVoid())
            inUse -= earlier->seats;
    }
    if (inUse + l.seats <= entitlement.maxUsers)
        return {};
    // The count itself, not pluralCount(): %Ln prints the number it is given, and pluralCount
    // folds counts above 1,000,000 ("2,500,000" came out as "1,500,000"). Seats are ints.
    const auto users = [](qint64 n) {
        return LicensingTr::tr("%Ln user(s)", nullptr, int(std::clamp<qint64>(n, INT_MIN, INT_MAX)));
    };
    //: %2 to %5 are numbers of users: "30 users"
    return fail(Error::Code::InvalidInput, LicensingTr::tr(
        "Refused: the internal-use discount of %1 covers at most %2; %3 are already licensed for "
        "internal use in this period and this licence adds %4 (%5 too many).")
                                       .arg(percentDisplay(entitlement.discount.bp, formattingLocale()), users(entitlement.maxUsers),
                                           users(inUse), users(l.seats),
                                           users(inUse + l.seats - entitlement.maxUsers)));
}

Result<Licence> LicenceService::recordInternalUse(Licence l)
{
    const auto entitlement = checkInternalUse(l);
    if (!entitlement)
        return std::unexpected(entitlement.error());
    const auto r = m_store.database().transaction([&]() { return writeInternalUse(l, *entitlement); });
    if (!r)
        return std::unexpected(r.error());
    return l;
}

Result<void> LicenceService::recordWithin(Licence &l)
{
    if (l.kind == LicenceKind::Resale) {
        if (auto r = checkResale(l); !r)
            return r;
        const auto id = LicenceStore(m_store.database()).insertLicence(l);
        return id ? Result<void> {} : std::unexpected(id.error());
    }
    const auto entitlement = checkInternalUse(l);
    if (!entitlement)
        return std::unexpected(entitlement.error());
    return writeInternalUse(l, *entitlement);
}

Result<QList<LicenceListing>> LicenceService::licences(qint64 partnerId, Voided voided) const
{
    return LicenceStore(m_store.database()).licences(partnerId, voided);
}

Result<QList<LicenceListing>> LicenceService::renewalsDue(qint64 partnerId, const QDate &asOf, int days) const
{
    if (!asOf.isValid() || days < 1 || days > 366)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Renewals due are listed for 1 to 366 days ahead."));
    return LicenceStore(m_store.database()).renewalsDue(partnerId, asOf, asOf.addDays(days));
}

Result<CustomerMove> LicenceService::moveCustomer(
    qint64 customerId, qint64 toPartnerId, const QDate &on, const QString &reason, const QString &by)
{
    CustomerMove m;
    const auto r = m_store.database().transaction([&]() -> Result<void> {
        auto written = writeCustomerMove(customerId, toPartnerId, on, reason, by);
        if (!written)
            return std::unexpected(written.error());
        m = *written;
        return {};
    });
    if (!r)
        return std::unexpected(r.error());
    const auto moves = LicenceStore(m_store.database()).customerMoves(customerId);
    if (moves && !moves->isEmpty())
        return moves->last();
    return m;
}

Result<CustomerMove> LicenceService::writeCustomerMove(
    qint64 customerId, qint64 toPartnerId, const QDate &on, const QString &reason, const QString &by)
{
    if (!on.isValid())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A move needs a date."));
    if (reason.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Give the reason for moving the customer."));
    if (by.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Say who moves the customer."));
    LicenceStore store(m_store.database());
    const auto customer = store.customer(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    const qint64 fromPartnerId = customer->partnerId;
    const auto to = m_store.partner(toPartnerId);
    if (!to)
        return std::unexpected(to.error());
    if (toPartnerId == fromPartnerId)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("The customer is already with %1.").arg(to->name));
    // Sales keep the partner that made them: a move dated before one of them would say the
    // customer was another partner's when that partner sold to it.
    const auto lastSale = store.lastSale(customerId, fromPartnerId);
    if (!lastSale)
        return std::unexpected(lastSale.error());
    if (lastSale->isValid() && *lastSale >= on)
        return fail(Error::Code::InvalidInput,
            LicensingTr::tr("Customer %1 bought from the partner it leaves on %2; date the move after that sale.")
                .arg(customer->code, isoDate(*lastSale)));
    CustomerMove m { 0, customerId, fromPartnerId, toPartnerId, on, reason.trimmed(), by.trimmed(), {} };
    const auto id = store.moveCustomer(m);
    if (!id)
        return std::unexpected(id.error());
    m.id = *id;
    return m;
}

} // namespace pd
