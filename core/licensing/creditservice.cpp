#include "creditservice.h"
#include "licensingtr.h"

#include "../statement.h"
#include "../storage/creditledger.h"
#include "../storage/licencestore.h"
#include "../storage/store.h"

#include <QCoreApplication>

namespace pd {

namespace {

constexpr qint64 kMaxCredits = 1'000'000'000'000LL;

} // namespace

struct CreditService::Context {
    Partner partner;
    Program program;
    QString tierKey;
    QString tierName;
};

CreditService::CreditService(Store &store)
    : m_store(store)
{
}

Result<CreditService::Context> CreditService::context(
    qint64 partnerId, const QDate &on, const QString &by) const
{
    if (by.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Say who records the credit entry."));
    if (!on.isValid())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A credit entry needs a date."));
    const auto partner = m_store.partner(partnerId);
    if (!partner)
        return std::unexpected(partner.error());
    const auto program = m_store.program(partner->programKey);
    if (!program)
        return std::unexpected(program.error());
    if (!program->program.usesCredits)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Program \"%1\" does not use activation credits.").arg(program->program.name));
    const auto history = m_store.tierHistory(partnerId);
    if (!history)
        return std::unexpected(history.error());
    Context c { *partner, program->program, tierOn(*partner, *history, on), {} };
    const Tier *tier = c.program.tier(c.tierKey);
    c.tierName = tier ? tier->name : c.tierKey;
    return c;
}

Result<CreditDiscountRange> CreditService::discountRange(qint64 partnerId, const QDate &on) const
{
    const auto c = context(partnerId, on, QStringLiteral("-"));
    if (!c)
        return std::unexpected(c.error());
    return creditDiscountRange(c->program, c->tierKey);
}

Result<CreditEntry> CreditService::buy(qint64 partnerId, qint64 credits, std::optional<Rate> discount,
    const QDate &on, const QString &by, const QString &note)
{
    if (credits <= 0 || credits > kMaxCredits)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A purchase is of 1 to 1,000,000,000,000 credits."));
    const auto c = context(partnerId, on, by);
    if (!c)
        return std::unexpected(c.error());
    const auto rate = creditDiscount(creditDiscountRange(c->program, c->tierKey), c->tierName, discount);
    if (!rate)
        return std::unexpected(rate.error());
    const auto price = creditPurchasePrice(credits, *rate, c->program.currency);
    if (!price)
        return std::unexpected(price.error());
    CreditEntry e;
    e.partnerId = partnerId;
    e.kind = CreditEntryKind::Purchase;
    e.entryOn = on;
    e.credits = credits;
    e.discount = *rate;
    e.paid = *price;
    e.note = note.trimmed();
    e.recordedBy = by.trimmed();
    return CreditLedger(m_store.database()).append(e);
}

Result<CreditEntry> CreditService::consume(qint64 partnerId, qint64 credits, qint64 customerId,
    const QDate &on, const QString &by, const QString &note)
{
    if (credits <= 0 || credits > kMaxCredits)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Consumption is of 1 to 1,000,000,000,000 credits."));
    const auto c = context(partnerId, on, by);
    if (!c)
        return std::unexpected(c.error());
    const auto customer = LicenceStore(m_store.database()).customer(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    if (customer->partnerId != partnerId)
        return fail(Error::Code::InvalidInput,
            LicensingTr::tr("%1 (%2) is not a customer of this partner.").arg(customer->name, customer->code));
    CreditEntry e;
    e.partnerId = partnerId;
    e.kind = CreditEntryKind::Consumption;
    e.entryOn = on;
    e.credits = -credits;
    e.paid = Money { 0, c->program.currency };
    e.customerId = customerId;
    e.customerCode = customer->code;
    e.note = note.trimmed();
    e.recordedBy = by.trimmed();
    return CreditLedger(m_store.database()).append(e);
}

Result<CreditEntry> CreditService::correct(qint64 partnerId, qint64 correctsId, qint64 credits,
    qint64 paidMinor, const QDate &on, const QString &reason, const QString &by)
{
    if (reason.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A correction needs its reason."));
    if (credits == 0 && paidMinor == 0)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A correction changes the credits, the amount paid, or both."));
    if (credits < -kMaxCredits || credits > kMaxCredits)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A correction is of at most 1,000,000,000,000 credits."));
    const auto c = context(partnerId, on, by);
    if (!c)
        return std::unexpected(c.error());
    CreditLedger ledger(m_store.database());
    const auto corrected = ledger.entry(correctsId);
    if (!corrected)
        return std::unexpected(corrected.error());
    if (corrected->partnerId != partnerId)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Credit entry %1 belongs to another partner.").arg(correctsId));
    CreditEntry e;
    e.partnerId = partnerId;
    e.kind = CreditEntryKind::Correction;
    e.entryOn = on;
    e.credits = credits;
    e.paid = Money { paidMinor, c->program.currency };
    e.correctsId = correctsId;
    e.note = reason.trimmed();
    e.recordedBy = by.trimmed();
    return ledger.append(e);
}

Result<qint64> CreditService::balance(qint64 partnerId) const
{
    return CreditLedger(m_store.database()).balance(partnerId);
}

Result<QList<CreditEntry>> CreditService::ledger(qint64 partnerId) const
{
    return CreditLedger(m_store.database()).entries(partnerId);
}

} // namespace pd
