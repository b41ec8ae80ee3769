#include "licencestore.h"

#include "licencesql.h"
#include "store.h"

namespace pd {

using licsql::idOrNull;
using licsql::joinModules;
using licsql::selectAll;
using licsql::splitModules;
using sql::dateOf;
using sql::dateValue;

namespace {

// The responsible partner of a licence: the customer's current partner, or the licence's own
// partner for internal use.
const QString kLicenceSelect = QStringLiteral(
    "SELECT l.id, l.partner_id, l.customer_id, l.kind, l.product_line, l.product, l.edition, l.modules, "
    "l.seats, "
    "l.sold_on, l.starts_on, l.ends_on, l.renews_id, l.unit_price_minor, l.currency, l.discount_bp, "
    "l.paid_minor, "
    "l.sale_id, l.note, r.id, p.code, p.name, coalesce(c.partner_id, l.partner_id), rp.code, c.code, c.name "
    "FROM licences l JOIN partners p ON p.id = l.partner_id "
    "LEFT JOIN customers c ON c.id = l.customer_id "
    "LEFT JOIN partners rp ON rp.id = coalesce(c.partner_id, l.partner_id) "
    "LEFT JOIN licences r ON r.renews_id = l.id AND r.voided_at IS NULL ");

LicenceListing listingFrom(const QSqlQuery &q)
{
    LicenceListing out;
    Licence &l = out.licence;
    l.id = q.value(0).toLongLong();
    l.partnerId = q.value(1).toLongLong();
    l.customerId = q.value(2).toLongLong();
    l.kind = licenceKindFromKey(q.value(3).toString()).value_or(LicenceKind::Resale);
    l.productLine = q.value(4).toString();
    l.product = q.value(5).toString();
    l.edition = q.value(6).toString();
    l.modules = splitModules(q.value(7));
    l.seats = q.value(8).toInt();
    l.soldOn = dateOf(q.value(9));
    l.startsOn = dateOf(q.value(10));
    l.endsOn = dateOf(q.value(11));
    l.renewsId = q.value(12).toLongLong();
    l.unitPrice = Money { q.value(13).toLongLong(), q.value(14).toString() };
    l.discount = Rate { q.value(15).toInt() };
    l.paid = Money { q.value(16).toLongLong(), l.unitPrice.currency };
    l.saleId = q.value(17).toLongLong();
    l.note = q.value(18).toString();
    l.renewedById = q.value(19).toLongLong();
    out.partnerCode = q.value(20).toString();
    out.partnerName = q.value(21).toString();
    out.responsiblePartnerId = q.value(22).toLongLong();
    out.responsiblePartnerCode = q.value(23).toString();
    out.customerCode = q.value(24).toString();
    out.customerName = q.value(25).toString();
    return out;
}

} // namespace

LicenceStore::LicenceStore(Database &db)
    : m_db(db)
{
}

Result<qint64> LicenceStore::insertLicence(Licence &l)
{
    const auto list = l.listAmount();
    if (!list)
        return std::unexpected(list.error());
    const auto paid = afterDiscount(*list, l.discount);
    if (!paid)
        return std::unexpected(paid.error());
    l.paid = *paid;
    if (l.kind == LicenceKind::Resale) {
        Sale s;
        s.partnerId = l.partnerId;
        s.customerId = l.customerId;
        s.soldOn = l.soldOn;
        s.productLine = l.productLine;
        s.unitPrice = l.unitPrice;
        s.quantity = l.seats;
        s.renewal = l.renewsId > 0;
        Store store(m_db);
        const auto saleId = store.insertSale(s);
        if (!saleId)
            return std::unexpected(saleId.error());
        l.saleId = *saleId;
    } else {
        l.saleId = 0;
    }
    const auto id = sql::insertReturningId(m_db,
        QStringLiteral(
            "INSERT INTO licences (partner_id, customer_id, kind, product_line, product, edition, modules, "
            "seats, "
            "sold_on, starts_on, ends_on, renews_id, unit_price_minor, currency, discount_bp, paid_minor, "
            "sale_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { l.partnerId, idOrNull(l.kind == LicenceKind::Resale ? l.customerId : 0), licenceKindKey(l.kind),
            l.productLine, l.product, l.edition, joinModules(l.modules), l.seats, dateValue(l.soldOn),
            dateValue(l.startsOn), dateValue(l.endsOn), idOrNull(l.renewsId), l.unitPrice.minor,
            l.unitPrice.currency, l.discount.bp, l.paid.minor, idOrNull(l.saleId), l.note });
    if (!id)
        return std::unexpected(id.error());
    l.id = *id;
    return *id;
}

Result<Licence> LicenceStore::licence(qint64 id) const
{
    const auto rows = selectAll<LicenceListing>(
        m_db, kLicenceSelect + QStringLiteral("WHERE l.id = ?"), { id }, listingFrom);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(Error::Code::NotFound, licsql::Tr::tr("There is no licence %1.").arg(id));
    return rows->first().licence;
}

Result<QList<LicenceListing>> LicenceStore::licences(qint64 partnerId) const
{
    if (partnerId == 0)
        return selectAll<LicenceListing>(
            m_db, kLicenceSelect + QStringLiteral("ORDER BY l.starts_on, l.id"), {}, listingFrom);
    return selectAll<LicenceListing>(m_db,
        kLicenceSelect
            + QStringLiteral("WHERE l.partner_id = ? OR coalesce(c.partner_id, l.partner_id) = ? ORDER BY "
                             "l.starts_on, l.id"),
        { partnerId, partnerId }, listingFrom);
}

Result<QList<LicenceListing>> LicenceStore::renewalsDue(
    qint64 partnerId, const QDate &from, const QDate &to) const
{
    QString where = QStringLiteral("WHERE l.ends_on >= ? AND l.ends_on <= ? AND r.id IS NULL AND l.voided_at IS NULL ");
    QVariantList values { dateValue(from), dateValue(to) };
    if (partnerId != 0) {
        where += QStringLiteral("AND coalesce(c.partner_id, l.partner_id) = ? ");
        values << partnerId;
    }
    return selectAll<LicenceListing>(
        m_db, kLicenceSelect + where + QStringLiteral("ORDER BY l.ends_on, l.id"), values, listingFrom);
}

Result<QList<qint64>> LicenceStore::partnersWithRenewalsDue(const QDate &asOf, int days) const
{
    const QVariant from = dateValue(asOf);
    const QVariant to = dateValue(asOf.addDays(days));
    return selectAll<qint64>(m_db,
        QStringLiteral(
            "SELECT coalesce(c.partner_id, l.partner_id) FROM licences l "
            "LEFT JOIN customers c ON c.id = l.customer_id "
            "WHERE l.ends_on >= ? AND l.ends_on <= ? AND l.voided_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM licences r WHERE r.renews_id = l.id AND r.voided_at IS NULL) "
            "UNION SELECT partner_id FROM nfr_keys WHERE valid_until >= ? AND valid_until <= ? "
            "AND (revoked_on IS NULL OR revoked_on > ?) "
            "UNION SELECT s.partner_id FROM certifications c JOIN staff s ON s.id = c.staff_id "
            "WHERE c.expires_on > ? AND c.expires_on <= ? AND c.voided_at IS NULL "
            "UNION SELECT partner_id FROM partner_certifications WHERE expires_on > ? AND expires_on <= ?"),
        { from, to, from, to, from, from, to, from, to },
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

Result<qint64> LicenceStore::internalSeatsOverlapping(
    qint64 partnerId, const QDate &from, const QDate &to, qint64 exceptId) const
{
    // Terms [starts_on, ends_on] and [from, to] overlap when each starts before the other ends.
    QString query = QStringLiteral(
        "SELECT coalesce(sum(seats), 0) FROM licences WHERE partner_id = ? AND kind = 'internal' "
        "AND voided_at IS NULL AND id <> ? AND (ends_on IS NULL OR ends_on >= ?)");
    QVariantList values { partnerId, exceptId, dateValue(from) };
    if (to.isValid()) {
        query += QStringLiteral(" AND starts_on <= ?");
        values << dateValue(to);
    }
    const auto seats = sql::scalar(m_db, query, values);
    if (!seats)
        return std::unexpected(seats.error());
    return seats->toLongLong();
}

namespace {

Result<Customer> oneCustomer(const Database &db, const QString &where, const QVariant &value)
{
    const auto rows = selectAll<Customer>(db,
        QStringLiteral("SELECT id, partner_id, code, name, country FROM customers ") + where, { value },
        [](const QSqlQuery &q) {
            return Customer { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString() };
        });
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(Error::Code::NotFound, licsql::Tr::tr("There is no customer %1.").arg(value.toString()));
    return rows->first();
}

} // namespace

Result<Customer> LicenceStore::customer(qint64 id) const
{
    return oneCustomer(m_db, QStringLiteral("WHERE id = ?"), id);
}

Result<Customer> LicenceStore::customerByCode(const QString &code) const
{
    return oneCustomer(m_db, QStringLiteral("WHERE code = ?"), code);
}

Result<qint64> LicenceStore::moveCustomer(const CustomerMove &m)
{
    if (auto r = sql::exec(m_db,
            QStringLiteral("UPDATE customers SET partner_id = ? WHERE id = ? AND partner_id = ?"),
            { m.toPartnerId, m.customerId, m.fromPartnerId });
        !r)
        return std::unexpected(r.error());
    const auto moved = sql::scalar(
        m_db, QStringLiteral("SELECT partner_id FROM customers WHERE id = ?"), { m.customerId });
    if (!moved)
        return std::unexpected(moved.error());
    if (moved->toLongLong() != m.toPartnerId)
        return fail(Error::Code::Conflict,
            licsql::Tr::tr("The customer is no longer with the partner it was to be moved from."));
    return sql::insertReturningId(m_db,
        QStringLiteral("INSERT INTO customer_moves (customer_id, from_partner_id, to_partner_id, "
                       "moved_on, reason, moved_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { m.customerId, m.fromPartnerId, m.toPartnerId, dateValue(m.movedOn), m.reason, m.movedBy,
            licsql::timestampNow() });
}

Result<QList<CustomerMove>> LicenceStore::customerMoves(qint64 customerId) const
{
    return selectAll<CustomerMove>(m_db,
        QStringLiteral("SELECT id, customer_id, from_partner_id, to_partner_id, moved_on, reason, "
                       "moved_by, recorded_at FROM customer_moves WHERE customer_id = ? ORDER BY id"),
        { customerId }, [](const QSqlQuery &q) {
            return CustomerMove { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong(), dateOf(q.value(4)), q.value(5).toString(), q.value(6).toString(),
                licsql::timestampOf(q.value(7)) };
        });
}

} // namespace pd
