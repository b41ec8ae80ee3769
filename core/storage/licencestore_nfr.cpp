// LicenceStore: NFR keys.
#include "licencesql.h"
#include "licencestore.h"

namespace pd {

using licsql::joinModules;
using licsql::selectAll;
using licsql::splitModules;
using sql::dateOf;
using sql::dateValue;

namespace {

const QString kNfrSelect = QStringLiteral("SELECT k.id, k.partner_id, k.serial, k.tier, k.product, "
                                          "k.modules, k.issued_on, k.valid_until, k.modules_until, "
                                          "k.token, k.signer_key_id, k.issued_by, k.override_reason, "
                                          "k.revoked_on, k.revoke_reason, k.revoked_by, p.code "
                                          "FROM nfr_keys k JOIN partners p ON p.id = k.partner_id ");

NfrKey nfrFrom(const QSqlQuery &q)
{
    NfrKey k;
    k.id = q.value(0).toLongLong();
    k.partnerId = q.value(1).toLongLong();
    k.serial = q.value(2).toString();
    k.tierKey = q.value(3).toString();
    k.product = q.value(4).toString();
    k.modules = splitModules(q.value(5));
    k.issuedOn = dateOf(q.value(6));
    k.validUntil = dateOf(q.value(7));
    k.modulesUntil = dateOf(q.value(8));
    k.token = q.value(9).toString();
    k.signerKeyId = q.value(10).toString();
    k.issuedBy = q.value(11).toString();
    k.overrideReason = q.value(12).toString();
    k.revokedOn = dateOf(q.value(13));
    k.revokeReason = q.value(14).toString();
    k.revokedBy = q.value(15).toString();
    k.partnerCode = q.value(16).toString();
    return k;
}

} // namespace

Result<qint64> LicenceStore::insertNfrKey(const NfrKey &k)
{
    return sql::insertReturningId(m_db,
        QStringLiteral(
            "INSERT INTO nfr_keys (partner_id, serial, tier, product, modules, issued_on, valid_until, "
            "modules_until, token, signer_key_id, issued_by, override_reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { k.partnerId, k.serial, k.tierKey, k.product, joinModules(k.modules), dateValue(k.issuedOn),
            dateValue(k.validUntil), dateValue(k.modulesUntil), k.token, k.signerKeyId, k.issuedBy,
            k.overrideReason });
}

Result<NfrKey> LicenceStore::nfrKey(const QString &serial) const
{
    const auto rows
        = selectAll<NfrKey>(m_db, kNfrSelect + QStringLiteral("WHERE k.serial = ?"), { serial }, nfrFrom);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(
            Error::Code::NotFound, licsql::Tr::tr("There is no NFR key %1 in this database.").arg(serial));
    return rows->first();
}

Result<QList<NfrKey>> LicenceStore::nfrKeys(qint64 partnerId) const
{
    if (partnerId == 0)
        return selectAll<NfrKey>(
            m_db, kNfrSelect + QStringLiteral("ORDER BY k.issued_on DESC, k.id DESC"), {}, nfrFrom);
    return selectAll<NfrKey>(m_db,
        kNfrSelect + QStringLiteral("WHERE k.partner_id = ? ORDER BY k.issued_on DESC, k.id DESC"),
        { partnerId }, nfrFrom);
}

Result<qint64> LicenceStore::activeNfrKeys(qint64 partnerId, const QDate &on, qint64 exceptId) const
{
    const auto n = sql::scalar(m_db,
        QStringLiteral("SELECT count(*) FROM nfr_keys WHERE partner_id = ? AND id <> ? "
                       "AND issued_on <= ? AND valid_until >= ? "
                       "AND (revoked_on IS NULL OR revoked_on > ?)"),
        { partnerId, exceptId, dateValue(on), dateValue(on), dateValue(on) });
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<void> LicenceStore::setNfrOverrideReason(qint64 id, const QString &reason)
{
    return sql::exec(
        m_db, QStringLiteral("UPDATE nfr_keys SET override_reason = ? WHERE id = ?"), { reason, id });
}

Result<void> LicenceStore::revokeNfrKey(qint64 id, const QDate &on, const QString &reason, const QString &by)
{
    sql::Statement st(m_db,
        QStringLiteral("UPDATE nfr_keys SET revoked_on = ?, revoke_reason = ?, revoked_by = ? "
                       "WHERE id = ? AND revoked_on IS NULL"));
    if (auto r = st.run({ dateValue(on), reason, by, id }); !r)
        return r;
    if (st.query().numRowsAffected() != 1)
        return fail(Error::Code::Conflict, licsql::Tr::tr("The NFR key is already revoked."));
    return {};
}

} // namespace pd
