#include "nfrservice.h"
#include "licensingtr.h"

#include "../dates.h"
#include "../statement.h"
#include "../storage/licencestore.h"
#include "../storage/store.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace pd {

namespace {

// "NFR-1A2B-3C4D-5E6F-7A8B": 64 random bits from the system's secure source.
QString newSerial()
{
    const quint64 n = QRandomGenerator::system()->generate64();
    const QString hex = QStringLiteral("%1").arg(n, 16, 16, QLatin1Char('0')).toUpper();
    return QStringLiteral("NFR-%1-%2-%3-%4").arg(hex.mid(0, 4), hex.mid(4, 4), hex.mid(8, 4), hex.mid(12, 4));
}

Result<QStringList> cleanModules(const QStringList &modules)
{
    QStringList out;
    for (const QString &m : modules) {
        const QString t = m.trimmed();
        if (t.isEmpty())
            continue;
        if (t.contains(u','))
            return fail(
                Error::Code::InvalidInput, LicensingTr::tr("A module name cannot contain a comma: \"%1\".").arg(t));
        if (!out.contains(t))
            out << t;
    }
    return out;
}

} // namespace

NfrService::NfrService(Store &store, std::optional<VendorKey> key)
    : m_store(store)
    , m_key(std::move(key))
{
}

Result<NfrEntitlement> NfrService::entitlement(qint64 partnerId, const QDate &on) const
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
    return nfrEntitlement(program->program, tierOn(*partner, *history, on));
}

struct NfrService::Prepared {
    Partner partner;
    QString tierKey;
    QString tierName;
    QStringList modules;
    NfrEntitlement entitlement;
    NfrTerms terms;
};

Result<NfrService::Prepared> NfrService::prepare(const NfrIssueRequest &rq) const
{
    if (!rq.issuedOn.isValid())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("An NFR key needs an issue date."));
    if (rq.product.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Name the product the NFR key is for."));
    const auto modules = cleanModules(rq.modules);
    if (!modules)
        return std::unexpected(modules.error());
    const auto partner = m_store.partner(rq.partnerId);
    if (!partner)
        return std::unexpected(partner.error());
    const auto program = m_store.program(partner->programKey);
    if (!program)
        return std::unexpected(program.error());
    const auto history = m_store.tierHistory(partner->id);
    if (!history)
        return std::unexpected(history.error());
    Prepared p;
    p.partner = *partner;
    p.modules = *modules;
    p.tierKey = tierOn(*partner, *history, rq.issuedOn);
    const Tier *tier = program->program.tier(p.tierKey);
    p.tierName = tier ? tier->name : p.tierKey;
    p.entitlement = nfrEntitlement(program->program, p.tierKey);
    const auto terms = resolveNfrTerms(p.entitlement, rq.validMonths, rq.addonDays);
    if (!terms)
        return std::unexpected(terms.error());
    p.terms = *terms;
    return p;
}

Result<QStringList> NfrService::excess(const NfrIssueRequest &rq) const
{
    const auto p = prepare(rq);
    if (!p)
        return std::unexpected(p.error());
    const auto active = LicenceStore(m_store.database()).activeNfrKeys(p->partner.id, rq.issuedOn);
    if (!active)
        return std::unexpected(active.error());
    return nfrExcess(p->entitlement, p->tierName, int(*active), p->terms);
}

Result<NfrIssued> NfrService::issue(const NfrIssueRequest &rq)
{
    if (!m_key)
        return fail(Error::Code::NotFound, LicensingTr::tr("There is no vendor signing key to issue NFR keys with."));
    if (!m_key->canSign())
        return std::unexpected(m_key->sign({}).error());
    const QString by = rq.issuedBy.trimmed();
    if (by.isEmpty())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Say who issues the NFR key."));
    const auto p = prepare(rq);
    if (!p)
        return std::unexpected(p.error());

    NfrIssued out;
    out.entitlement = p->entitlement;
    NfrKey &k = out.key;
    k.partnerId = p->partner.id;
    k.partnerCode = p->partner.code;
    k.serial = newSerial();
    k.tierKey = p->tierKey;
    k.product = rq.product.trimmed();
    k.modules = p->modules;
    k.issuedOn = rq.issuedOn;
    k.validUntil = rq.issuedOn.addMonths(p->terms.validMonths).addDays(-1);
    if (p->terms.addonDays > 0)
        k.modulesUntil = rq.issuedOn.addDays(p->terms.addonDays - 1);
    k.issuedBy = by;
    k.signerKeyId = m_key->keyId();
    const NfrClaims claims { k.serial, p->partner.code, p->partner.name, p->partner.programKey, k.tierKey,
        k.product, k.modules, k.issuedOn, k.validUntil, k.modulesUntil, QString() };
    const auto token = signNfrToken(claims, *m_key);
    if (!token)
        return std::unexpected(token.error());
    k.token = *token;

    LicenceStore licences(m_store.database());
    const QString overrideReason = rq.overrideReason.trimmed();
    const auto written = m_store.database().transaction([&]() -> Result<void> {
        // The key is written before the partner's keys are counted: the write takes the
        // database's write lock, so two issuers cannot both see room for one more key.
        const auto id = licences.insertNfrKey(k);
        if (!id)
            return std::unexpected(id.error());
        k.id = *id;
        const auto active = licences.activeNfrKeys(k.partnerId, k.issuedOn, k.id);
        if (!active)
            return std::unexpected(active.error());
        out.overridden = nfrExcess(out.entitlement, p->tierName, int(*active), p->terms);
        if (out.overridden.isEmpty())
            return {};
        if (overrideReason.isEmpty())
            return fail(Error::Code::InvalidInput,
                LicensingTr::tr("Refused: %1. A manager can issue it anyway with a written reason, which is kept with "
                       "the key.")
                    .arg(out.overridden.join(QStringLiteral("; "))));
        k.overrideReason = overrideReason;
        return licences.setNfrOverrideReason(k.id, overrideReason);
    });
    if (!written)
        return std::unexpected(written.error());
    return out;
}

Result<NfrKey> NfrService::revoke(
    const QString &serial, const QDate &on, const QString &reason, const QString &by)
{
    if (!on.isValid())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A revocation needs a date."));
    if (reason.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Give the reason for revoking the NFR key."));
    LicenceStore licences(m_store.database());
    const auto key = licences.nfrKey(serial.trimmed());
    if (!key)
        return key;
    if (key->revokedOn.isValid())
        return fail(Error::Code::Conflict,
            LicensingTr::tr("The NFR key %1 was already revoked on %2.").arg(key->serial, isoDate(key->revokedOn)));
    const auto done = m_store.database().transaction(
        [&]() { return licences.revokeNfrKey(key->id, on, reason.trimmed(), by.trimmed()); });
    if (!done)
        return std::unexpected(done.error());
    return licences.nfrKey(key->serial);
}

Result<QList<NfrKey>> NfrService::keys(qint64 partnerId) const
{
    return LicenceStore(m_store.database()).nfrKeys(partnerId);
}

NfrVerification NfrService::verify(const QString &token, const QDate &today) const
{
    if (!m_key) {
        NfrVerification none;
        none.reason = LicensingTr::tr("there is no vendor public key to verify with");
        return none;
    }
    NfrVerification v = verifyNfrToken(token, *m_key, today);
    if (v.status == NfrStatus::Invalid)
        return v;
    const auto stored = LicenceStore(m_store.database()).nfrKey(v.claims.serial);
    if (!stored)
        return v;
    v.knownToDatabase = true;
    if (stored->isRevokedOn(today)) {
        v.status = NfrStatus::Revoked;
        v.revokedOn = stored->revokedOn;
        v.modulesEnabled = false;
        v.reason = LicensingTr::tr("revoked on %1: %2").arg(isoDate(stored->revokedOn), stored->revokeReason);
    }
    return v;
}

} // namespace pd
