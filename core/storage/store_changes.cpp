// Re-syncs of partners and customers: the customers' updates and the field changes they log.
#include "sql.h"
#include "store.h"

#include <QCoreApplication>

namespace pd
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Store)
};

QString kindKey(RecordChange::Kind kind)
{
    return kind == RecordChange::Kind::Customer ? QStringLiteral("customer") : QStringLiteral("partner");
}
} // namespace

Result<QHash<QString, Customer>> Store::customersByCode() const
{
    sql::Statement st(m_db, QStringLiteral("SELECT id, partner_id, code, name, country FROM customers"));
    if (auto r = st.run({}); !r)
        return std::unexpected(r.error());
    QHash<QString, Customer> out;
    while (st.query().next()) {
        const QSqlQuery &q = st.query();
        out.insert(q.value(2).toString(),
            Customer { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString() });
    }
    return out;
}

Result<void> Store::updateCustomer(const Customer &stored, const Customer &updated)
{
    sql::Statement st(m_db,
        QStringLiteral("UPDATE customers SET name = ?, country = ? "
                       "WHERE id = ? AND name = ? AND country = ? AND partner_id = ?"));
    if (auto r
        = st.run({ updated.name, updated.country, stored.id, stored.name, stored.country, stored.partnerId });
        !r)
        return r;
    if (st.query().numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
            Tr::tr("Customer \"%1\" was changed by someone else since it was read; it was not updated.")
                .arg(stored.code));
    return {};
}

Result<QList<RecordChange>> Store::recordChanges(qint64 partnerId) const
{
    sql::Statement st(m_db,
        QStringLiteral(
            "SELECT r.id, r.partner_id, r.record_kind, r.record_id, r.field, r.old_value, r.new_value, "
            "r.changed_by, r.changed_at, r.source, CASE WHEN r.record_kind = 'customer' "
            "THEN (SELECT code FROM customers c WHERE c.id = r.record_id) "
            "ELSE (SELECT code FROM partners p WHERE p.id = r.record_id) END "
            "FROM record_changes r WHERE r.partner_id = ? ORDER BY r.id"));
    if (auto r = st.run({ partnerId }); !r)
        return std::unexpected(r.error());
    QList<RecordChange> out;
    while (st.query().next()) {
        const QSqlQuery &q = st.query();
        out << RecordChange { q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toString() == QLatin1String("customer") ? RecordChange::Kind::Customer
                                                               : RecordChange::Kind::Partner,
            q.value(3).toLongLong(), q.value(10).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString(),
            QDateTime::fromString(q.value(8).toString(), Qt::ISODate), q.value(9).toString() };
    }
    return out;
}

Result<void> Store::addRecordChange(const RecordChange &c)
{
    return sql::exec(m_db,
        QStringLiteral(
            "INSERT INTO record_changes (partner_id, record_kind, record_id, field, old_value, new_value, "
            "changed_by, changed_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { c.partnerId, kindKey(c.kind), c.recordId, c.field, c.oldValue, c.newValue, c.changedBy,
            c.changedAt.toUTC().toString(Qt::ISODate), c.source });
}

} // namespace pd
