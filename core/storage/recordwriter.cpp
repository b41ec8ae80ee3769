#include "recordwriter.h"

#include "copywriter.h"
#include "pgcopy.h"
#include "rows.h"
#include "sql.h"

#include <QCoreApplication>
#include <QHash>
#include <array>

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

    // The tables in the order their rows are sent when buffered: each after those it refers to.
    enum Table { Partner, Contact, Staff, Certification, Customer, Sale, Event, Score, TierChange, Tables };

    // The row through COPY when buffered, else through the table's statement (`id`: RETURNING id).
    Result<qint64> write(Table table, sql::Statement &st, const QVariantList &values, bool id)
    {
        if (!copies[0]) {
            if (!id) {
                if (auto r = st.run(values); !r)
                    return std::unexpected(r.error());
                return 0;
            }
            return insert(st, values);
        }
        const auto written = copies[table]->add(values);
        if (written && copies[table]->full()) {
            if (auto r = flush(); !r)
                return std::unexpected(r.error());
        }
        return written;
    }

    Result<void> flush()
    {
        for (const auto &copy : copies) {
            if (auto r = copy ? copy->flush() : Result<void> {}; !r)
                return r;
        }
        return {};
    }

    void buffer()
    {
        const std::array<std::pair<QString, bool>, Tables> inserts { {
            { rows::partnerInsert(), true },
            { rows::contactInsert(), true },
            { rows::staffInsert(), true },
            { rows::certificationInsert(), true },
            { rows::customerInsert(), true },
            { rows::saleInsert(), false },
            { rows::eventInsert(), false },
            { rows::scoreInsert(), false },
            { rows::tierChangeInsert(), false },
        } };
        for (int t = 0; t < Tables; ++t)
            copies[size_t(t)] = std::make_unique<sql::CopyWriter>(db, inserts[size_t(t)].first, inserts[size_t(t)].second);
    }

    Database &db;
    QHash<QString, qint64> programIds; // read once, at the first partner
    bool programsLoaded = false;
    sql::Statement partner, contact, staff, certification, customer, sale, event, score, tierChange;
    std::array<std::unique_ptr<sql::CopyWriter>, Tables> copies; // when buffered
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
    return d->write(Impl::Partner, d->partner, rows::partnerValues(p, *it), true);
}

Result<qint64> RecordWriter::addContact(const Contact &c)
{
    return d->write(Impl::Contact, d->contact, rows::contactValues(c), true);
}
Result<qint64> RecordWriter::addStaff(const StaffMember &s)
{
    return d->write(Impl::Staff, d->staff, rows::staffValues(s), true);
}
Result<qint64> RecordWriter::addCertification(const Certification &c)
{
    return d->write(Impl::Certification, d->certification, rows::certificationValues(c), true);
}
Result<qint64> RecordWriter::addCustomer(const Customer &c)
{
    return d->write(Impl::Customer, d->customer, rows::customerValues(c), true);
}

namespace {
Result<void> done(const Result<qint64> &written)
{
    return written ? Result<void> {} : std::unexpected(written.error());
}
} // namespace

Result<void> RecordWriter::addSale(const Sale &s) { return done(d->write(Impl::Sale, d->sale, rows::saleValues(s), false)); }
Result<void> RecordWriter::addEvent(const ComplianceEvent &e)
{
    return done(d->write(Impl::Event, d->event, rows::eventValues(e), false));
}
Result<void> RecordWriter::addScore(const Score &s)
{
    return done(d->write(Impl::Score, d->score, rows::scoreValues(s), false));
}
Result<void> RecordWriter::addTierChange(const TierChange &c)
{
    return done(d->write(Impl::TierChange, d->tierChange, rows::tierChangeValues(c), false));
}

void RecordWriter::setBuffered(bool buffered)
{
    if (buffered && !d->copies[0] && sql::PgCopy::available(d->db))
        d->buffer();
}

Result<void> RecordWriter::finish()
{
    return d->flush();
}

} // namespace pd
