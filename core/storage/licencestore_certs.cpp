// LicenceStore: partner certification levels and expiring certificates.
#include "licencesql.h"
#include "licencestore.h"

#include <algorithm>

namespace pd {

using licsql::selectAll;
using sql::dateOf;
using sql::dateValue;

Result<qint64> LicenceStore::insertPartnerCertification(const PartnerCertification &c)
{
    return sql::insertReturningId(m_db,
        QStringLiteral("INSERT INTO partner_certifications (partner_id, level, awarded_on, "
                       "expires_on, awarded_by, note) VALUES (?, ?, ?, ?, ?, ?)"),
        { c.partnerId, c.levelKey, dateValue(c.awardedOn), dateValue(c.expiresOn), c.awardedBy, c.note });
}

Result<QList<PartnerCertification>> LicenceStore::partnerCertifications(qint64 partnerId) const
{
    return selectAll<PartnerCertification>(m_db,
        QStringLiteral("SELECT id, partner_id, level, awarded_on, expires_on, awarded_by, note FROM "
                       "partner_certifications "
                       "WHERE partner_id = ? ORDER BY awarded_on, id"),
        { partnerId }, [](const QSqlQuery &q) {
            return PartnerCertification { q.value(0).toLongLong(), q.value(1).toLongLong(),
                q.value(2).toString(), dateOf(q.value(3)), dateOf(q.value(4)), q.value(5).toString(),
                q.value(6).toString() };
        });
}

Result<QList<ExpiringCertification>> LicenceStore::certificationsExpiring(
    const QDate &asOf, int days, qint64 partnerId) const
{
    // A certificate is valid up to the day before expires_on, so one that expires on asOf has
    // already lapsed and is not "expiring".
    const QVariantList window { dateValue(asOf), dateValue(asOf.addDays(days)) };
    QString staffSql = QStringLiteral(
        "SELECT c.id, p.id, p.code, p.name, s.name, c.certificate, c.expires_on FROM certifications c "
        "JOIN staff s ON s.id = c.staff_id JOIN partners p ON p.id = s.partner_id "
        "WHERE c.expires_on > ? AND c.expires_on <= ? AND c.voided_at IS NULL");
    QString levelSql = QStringLiteral(
        "SELECT c.id, p.id, p.code, p.name, p.name, c.level, c.expires_on FROM partner_certifications c "
        "JOIN partners p ON p.id = c.partner_id WHERE c.expires_on > ? AND c.expires_on <= ?");
    QVariantList values = window;
    if (partnerId != 0) {
        staffSql += QStringLiteral(" AND p.id = ?");
        levelSql += QStringLiteral(" AND p.id = ?");
        values << partnerId;
    }
    auto rowMapper = [](ExpiringCertification::Kind kind) {
        return [kind](const QSqlQuery &q) {
            ExpiringCertification e;
            e.kind = kind;
            e.id = q.value(0).toLongLong();
            e.partnerId = q.value(1).toLongLong();
            e.partnerCode = q.value(2).toString();
            e.partnerName = q.value(3).toString();
            e.holder = q.value(4).toString();
            e.certificate = q.value(5).toString();
            e.expiresOn = dateOf(q.value(6));
            return e;
        };
    };
    auto staff = selectAll<ExpiringCertification>(
        m_db, staffSql, values, rowMapper(ExpiringCertification::Kind::StaffCertificate));
    if (!staff)
        return staff;
    const auto levels = selectAll<ExpiringCertification>(
        m_db, levelSql, values, rowMapper(ExpiringCertification::Kind::PartnerLevel));
    if (!levels)
        return levels;
    QList<ExpiringCertification> out = *staff + *levels;
    std::stable_sort(
        out.begin(), out.end(), [](const ExpiringCertification &a, const ExpiringCertification &b) {
            if (a.expiresOn != b.expiresOn)
                return a.expiresOn < b.expiresOn;
            if (a.partnerCode != b.partnerCode)
                return a.partnerCode < b.partnerCode;
            return a.holder < b.holder;
        });
    return out;
}

} // namespace pd
