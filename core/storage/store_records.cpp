#include "cursor.h"
#include "rows.h"
#include "sql.h"
#include "store.h"

#include <QCoreApplication>
#include <QUuid>

namespace pd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Store)
};
} // namespace

using sql::dateOf;
using sql::selectAll;
using sql::dateValue;
using sql::insertReturningId;

Result<QList<Contact>> Store::contacts(qint64 partnerId) const
{
    return selectAll<Contact>(m_db, QStringLiteral("SELECT id, partner_id, name, role, email, phone FROM contacts "
                                                   "WHERE partner_id = ? ORDER BY name, id"),
                              { partnerId }, [](const QSqlQuery &q) {
                                  return Contact { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                                   q.value(3).toString(), q.value(4).toString(), q.value(5).toString() };
                              });
}

Result<qint64> Store::insertContact(const Contact &c)
{
    return insertReturningId(m_db, rows::contactInsert(), rows::contactValues(c));
}

Result<QList<StaffMember>> Store::staff(qint64 partnerId) const
{
    return selectAll<StaffMember>(m_db, QStringLiteral("SELECT id, partner_id, name, email, role FROM staff "
                                                       "WHERE partner_id = ? ORDER BY name, id"),
                                  { partnerId }, [](const QSqlQuery &q) {
                                      return StaffMember { q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                           q.value(2).toString(), q.value(3).toString(),
                                                           q.value(4).toString() == QLatin1StringView("sales")
                                                               ? StaffRole::Sales
                                                               : StaffRole::Technical };
                                  });
}

Result<qint64> Store::insertStaff(const StaffMember &s)
{
    return insertReturningId(m_db, rows::staffInsert(), rows::staffValues(s));
}

Result<qint64> Store::findStaff(qint64 partnerId, const QString &name, const QString &email) const
{
    const auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM staff WHERE partner_id = ? AND name = ? AND email = ?"),
                                { partnerId, name, email });
    if (!id)
        return std::unexpected(id.error());
    return id->isNull() ? 0 : id->toLongLong();
}

namespace {

QString certificationSelect()
{
    return QStringLiteral("SELECT c.id, c.staff_id, c.certificate, c.passed_on, c.expires_on, %1 FROM certifications c ")
        .arg(rows::voidColumns(QStringLiteral("c")));
}

Certification certificationFrom(const QSqlQuery &q)
{
    return Certification { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), dateOf(q.value(3)),
                           dateOf(q.value(4)), rows::correctsOf(q, 5), rows::voidingOf(q, 5) };
}


QString eventSelect()
{
    return QStringLiteral("SELECT id, partner_id, kind, occurred_on, note, %1 FROM compliance_events ").arg(rows::voidColumns());
}

ComplianceEvent eventFrom(const QSqlQuery &q)
{
    return ComplianceEvent { q.value(0).toLongLong(), q.value(1).toLongLong(),
                             eventFromKey(q.value(2).toString()).value_or(EventKind::ContractSigned), dateOf(q.value(3)),
                             q.value(4).toString(), rows::correctsOf(q, 5), rows::voidingOf(q, 5) };
}

QString scoreSelect()
{
    return QStringLiteral("SELECT id, partner_id, metric, measured_on, value_bp, %1 FROM scores ").arg(rows::voidColumns());
}

Score scoreFrom(const QSqlQuery &q)
{
    return Score { q.value(0).toLongLong(), q.value(1).toLongLong(),
                   metricFromKey(q.value(2).toString()).value_or(Metric::Nps), dateOf(q.value(3)),
                   Rate { q.value(4).toInt() }, rows::correctsOf(q, 5), rows::voidingOf(q, 5) };
}

// One record by id, voided or not; NotFound with `missing` when there is none.
template<typename T, typename F>
Result<T> oneRecord(const Database &db, const QString &select, qint64 id, F map, const QString &missing)
{
    const auto rows = selectAll<T>(db, select, { id }, map);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(Error::Code::NotFound, missing);
    return rows->first();
}

} // namespace

Result<QList<Certification>> Store::certifications(qint64 partnerId, Voided voided) const
{
    return selectAll<Certification>(m_db,
                                    certificationSelect()
                                        + QStringLiteral("JOIN staff s ON s.id = c.staff_id WHERE s.partner_id = ?%1 "
                                                         "ORDER BY c.passed_on, c.id")
                                              .arg(rows::liveOnly(QStringLiteral("c"), voided)),
                                    { partnerId }, certificationFrom);
}

Result<Certification> Store::certification(qint64 id) const
{
    return oneRecord<Certification>(m_db, certificationSelect() + QStringLiteral("WHERE c.id = ?"), id,
                                    certificationFrom, Tr::tr("There is no certification %1.").arg(id));
}

Result<qint64> Store::insertCertification(const Certification &c)
{
    return insertReturningId(m_db, rows::certificationInsert(), rows::certificationValues(c));
}

Result<QList<Customer>> Store::customers(qint64 partnerId) const
{
    return selectAll<Customer>(m_db, QStringLiteral("SELECT id, partner_id, code, name, country FROM customers "
                                                    "WHERE partner_id = ? ORDER BY name, id"),
                               { partnerId }, [](const QSqlQuery &q) {
                                   return Customer { q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                     q.value(2).toString(), q.value(3).toString(),
                                                     q.value(4).toString() };
                               });
}

Result<qint64> Store::insertCustomer(const Customer &c)
{
    return insertReturningId(m_db, rows::customerInsert(), rows::customerValues(c));
}

Result<QHash<QString, Store::CustomerRef>> Store::customerRefsByCode() const
{
    const auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM customers"));
    if (!count)
        return std::unexpected(count.error());
    // A bulk read (a sales import checks every line's customer): without a QVariant per value.
    auto rows = sql::Cursor::open(m_db, QStringLiteral("SELECT code, id, partner_id FROM customers"), {});
    if (!rows)
        return std::unexpected(rows.error());
    QHash<QString, CustomerRef> out;
    out.reserve(count->toLongLong());
    while ((*rows)->next())
        out.insert(QString::fromUtf8((*rows)->text(0)), CustomerRef { (*rows)->int64(1), (*rows)->int64(2) });
    if (auto r = (*rows)->finished(); !r)
        return std::unexpected(r.error());
    return out;
}

Result<QList<Sale>> Store::sales(qint64 partnerId, const QDate &from, const QDate &to, Voided voided) const
{
    return selectAll<Sale>(m_db,
                           rows::saleSelect()
                               + QStringLiteral("WHERE partner_id = ? AND sold_on >= ? AND sold_on <= ?%1 ORDER BY sold_on, id")
                                     .arg(rows::liveOnly({}, voided)),
                           { partnerId, dateValue(from), dateValue(to) }, rows::saleFrom);
}

Result<Sale> Store::sale(qint64 id) const
{
    return oneRecord<Sale>(m_db, rows::saleSelect() + QStringLiteral("WHERE id = ?"), id, rows::saleFrom,
                           Tr::tr("There is no sale %1.").arg(id));
}

Result<qint64> Store::insertSale(const Sale &s)
{
    if (!s.reference.isEmpty())
        return insertReturningId(m_db, rows::saleInsert(), rows::saleValues(s));
    // A line entered here (a resale licence) has no billing reference: it gets a unique one as it
    // is written (sales rows never change afterwards, see guards.cpp).
    Sale line = s;
    line.reference = u"S-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return insertReturningId(m_db, rows::saleInsert(), rows::saleValues(line));
}

Result<QList<ComplianceEvent>> Store::events(qint64 partnerId, Voided voided) const
{
    return selectAll<ComplianceEvent>(
        m_db,
        eventSelect() + QStringLiteral("WHERE partner_id = ?%1 ORDER BY occurred_on, id").arg(rows::liveOnly({}, voided)),
        { partnerId }, eventFrom);
}

Result<ComplianceEvent> Store::event(qint64 id) const
{
    return oneRecord<ComplianceEvent>(m_db, eventSelect() + QStringLiteral("WHERE id = ?"), id, eventFrom,
                                      Tr::tr("There is no event %1.").arg(id));
}

Result<qint64> Store::insertEvent(const ComplianceEvent &e)
{
    return insertReturningId(m_db, rows::eventInsert(), rows::eventValues(e));
}

Result<QList<Score>> Store::scores(qint64 partnerId, Voided voided) const
{
    return selectAll<Score>(
        m_db,
        scoreSelect() + QStringLiteral("WHERE partner_id = ?%1 ORDER BY measured_on, id").arg(rows::liveOnly({}, voided)),
        { partnerId }, scoreFrom);
}

Result<Score> Store::score(qint64 id) const
{
    return oneRecord<Score>(m_db, scoreSelect() + QStringLiteral("WHERE id = ?"), id, scoreFrom,
                            Tr::tr("There is no score %1.").arg(id));
}

Result<qint64> Store::insertScore(const Score &s)
{
    return insertReturningId(m_db, rows::scoreInsert(), rows::scoreValues(s));
}

} // namespace pd
