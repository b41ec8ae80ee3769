#include "recordwriter.h"

#include "rows.h"
#include "sql.h"

#include <QCoreApplication>
#include <QHash>

namespace pd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Store)
};

QString returningId(const QString &insert)
{
    return insert + QStringLiteral(" RETURNING id");
}
} // namespace

struct RecordWriter::Impl {
    explicit Impl(Database &database)
        : db(database)
        , partner(db, returningId(rows::partnerInsert()))
        , contact(db, returningId(rows::contactInsert()))
        , staff(db, returningId(rows::staffInsert()))
        , certification(db, returningId(rows::certificationInsert()))
        , customer(db, returningId(rows::customerInsert()))
        , sale(db, rows::saleInsert())
        , event(db, rows::eventInsert())
        , score(db, rows::scoreInsert())
        , tierChange(db, rows::tierChangeInsert())
    {
    }

    Result<qint64> insert(sql::Statement &st, const QVariantList &values)
    {
        if (auto r = st.run(values); !r)
            return std::unexpected(r.error());
        if (!st.query().next())
            return std::unexpected(st.error());
        const qint64 id = st.query().value(0).toLongLong();
        st.query().finish();
        return id;
    }

    Database &db;
    QHash<QString, qint64> programIds; // read once, at the first partner
    bool programsLoaded = false;
    sql::Statement partner, contact, staff, certification, customer, sale, event, score, tierChange;
};

RecordWriter::RecordWriter(Database &db)
    : d(std::make_unique<Impl>(db))
{
}

RecordWriter::~RecordWriter() = default;

Result<qint64> RecordWriter::addPartner(const Partner &p)
{
    if (!d->programsLoaded) {
        sql::Statement st(d->db, QStringLiteral("SELECT key, id FROM programs"));
        if (auto r = st.run({}); !r)
            return std::unexpected(r.error());
        while (st.query().next())
            d->programIds.insert(st.query().value(0).toString(), st.query().value(1).toLongLong());
        d->programsLoaded = true;
    }
    const auto it = d->programIds.constFind(p.programKey);
    if (it == d->programIds.constEnd())
        return fail(Error::Code::NotFound, Tr::tr("There is no program \"%1\".").arg(p.programKey));
    return d->insert(d->partner, rows::partnerValues(p, *it));
}

Result<qint64> RecordWriter::addContact(const Contact &c) { return d->insert(d->contact, rows::contactValues(c)); }
Result<qint64> RecordWriter::addStaff(const StaffMember &s) { return d->insert(d->staff, rows::staffValues(s)); }
Result<qint64> RecordWriter::addCertification(const Certification &c)
{
    return d->insert(d->certification, rows::certificationValues(c));
}
Result<qint64> RecordWriter::addCustomer(const Customer &c) { return d->insert(d->customer, rows::customerValues(c)); }
Result<void> RecordWriter::addSale(const Sale &s) { return d->sale.run(rows::saleValues(s)); }
Result<void> RecordWriter::addEvent(const ComplianceEvent &e) { return d->event.run(rows::eventValues(e)); }
Result<void> RecordWriter::addScore(const Score &s) { return d->score.run(rows::scoreValues(s)); }
Result<void> RecordWriter::addTierChange(const TierChange &c) { return d->tierChange.run(rows::tierChangeValues(c)); }

} // namespace pd
