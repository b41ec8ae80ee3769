#include "rows.h"

#include "sql.h"

namespace pd::rows {

using sql::dateOf;
using sql::dateValue;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString voidColumns(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + u'.';
    return QStringLiteral("%1voided_at, %1voided_by, %1void_reason, %1corrects_id").arg(p);
}

Voiding voidingOf(const QSqlQuery &q, int first)
{
    const QVariant at = q.value(first);
    if (at.isNull())
        return {};
    QDateTime when = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    return Voiding { when.toUTC(), q.value(first + 1).toString(), q.value(first + 2).toString() };
}

qint64 correctsOf(const QSqlQuery &q, int first)
{
    return q.value(first + 3).toLongLong();
}

QString liveOnly(const QString &alias, Voided voided)
{
    if (voided == Voided::Included)
        return {};
    return QStringLiteral(" AND %1voided_at IS NULL").arg(alias.isEmpty() ? QString() : alias + u'.');
}

QString partnerInsert()
{
    return QStringLiteral("INSERT INTO partners (code, name, country, region, category, subcategory, program_id, tier, "
                          "tier_since, joined_on, territory, brand, website, row_version, owner) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QVariantList partnerValues(const Partner &p, qint64 programId)
{
    return { p.code, p.name, p.country, p.region, categoryKey(p.category), p.subcategory, programId, p.tierKey,
             dateValue(p.tierSince), dateValue(p.joinedOn), p.territory, p.brand, p.website, p.rowVersion,
             p.owner };
}

QString contactInsert()
{
    return QStringLiteral("INSERT INTO contacts (partner_id, name, role, email, phone) VALUES (?, ?, ?, ?, ?)");
}

QVariantList contactValues(const Contact &c)
{
    return { c.partnerId, c.name, c.role, c.email, c.phone };
}

QString staffInsert()
{
    return QStringLiteral("INSERT INTO staff (partner_id, name, email, role) VALUES (?, ?, ?, ?)");
}

QVariantList staffValues(const StaffMember &s)
{
    return { s.partnerId, s.name, s.email, s.role == StaffRole::Sales ? QStringLiteral("sales") : QStringLiteral("technical") };
}

QString certificationInsert()
{
    return QStringLiteral("INSERT INTO certifications (staff_id, certificate, passed_on, expires_on, corrects_id) "
                          "VALUES (?, ?, ?, ?, ?)");
}

QVariantList certificationValues(const Certification &c)
{
    return { c.staffId, c.certificate, dateValue(c.passedOn), dateValue(c.expiresOn), idOrNull(c.correctsId) };
}

QString customerInsert()
{
    return QStringLiteral("INSERT INTO customers (partner_id, code, name, country) VALUES (?, ?, ?, ?)");
}

QVariantList customerValues(const Customer &c)
{
    return { c.partnerId, c.code, c.name, c.country };
}

QString saleInsert()
{
    return QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, "
                          "quantity, renewal, amount_minor, reference, returns_id, corrects_id) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QVariantList saleValues(const Sale &s)
{
    // Callers check amounts first; one beyond kMaxMinor becomes NULL, which amount_minor's
    // NOT NULL refuses, so a wrapped amount can never be stored.
    const auto amount = s.amount();
    return { s.partnerId, s.customerId, dateValue(s.soldOn), s.productLine, s.unitPrice.minor, s.unitPrice.currency,
             s.quantity, s.renewal ? 1 : 0, amount ? QVariant(amount->minor) : QVariant(), s.reference,
             idOrNull(s.returnsId), idOrNull(s.correctsId) };
}

QString eventInsert()
{
    return QStringLiteral("INSERT INTO compliance_events (partner_id, kind, occurred_on, note, corrects_id) "
                          "VALUES (?, ?, ?, ?, ?)");
}

QVariantList eventValues(const ComplianceEvent &e)
{
    return { e.partnerId, eventKey(e.kind), dateValue(e.occurredOn), e.note, idOrNull(e.correctsId) };
}

QString scoreInsert()
{
    return QStringLiteral("INSERT INTO scores (partner_id, metric, measured_on, value_bp, corrects_id) VALUES (?, ?, ?, ?, ?)");
}

QVariantList scoreValues(const Score &s)
{
    return { s.partnerId, metricKey(s.metric), dateValue(s.measuredOn), s.value.bp, idOrNull(s.correctsId) };
}

QString tierChangeInsert()
{
    return QStringLiteral("INSERT INTO tier_history (partner_id, from_tier, to_tier, effective_on, reason, changed_by, "
                          "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
}

QVariantList tierChangeValues(const TierChange &c)
{
    return { c.partnerId, c.fromTier, c.toTier, dateValue(c.effectiveOn), c.reason, c.changedBy,
             c.recordedAt.toUTC().toString(Qt::ISODate) };
}

QString saleSelect()
{
    return QStringLiteral("SELECT id, partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, quantity, "
                          "renewal, reference, returns_id, %1 FROM sales ")
        .arg(voidColumns());
}

Sale saleFrom(const QSqlQuery &q)
{
    Sale s;
    s.id = q.value(0).toLongLong();
    s.partnerId = q.value(1).toLongLong();
    s.customerId = q.value(2).toLongLong();
    s.soldOn = dateOf(q.value(3));
    s.productLine = q.value(4).toString();
    s.unitPrice = Money { q.value(5).toLongLong(), q.value(6).toString() };
    s.quantity = q.value(7).toInt();
    s.renewal = q.value(8).toBool();
    s.reference = q.value(9).toString();
    s.returnsId = q.value(10).toLongLong();
    s.correctsId = correctsOf(q, 11);
    s.voided = voidingOf(q, 11);
    return s;
}

} // namespace pd::rows
