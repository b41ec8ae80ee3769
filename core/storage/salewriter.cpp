#include "salewriter.h"

#include "../dates.h"
#include "copywriter.h"
#include "pgcopy.h"
#include "rows.h"
#include "sql.h"
#include "sqlitedirect.h"

#include <QList>
#include <utility>
#include <optional>
#include <vector>

namespace pd {

namespace {

QString returningId(const QString &insert)
{
    return insert + QStringLiteral(" RETURNING id");
}

// The insert with `rows` value tuples: one statement, one VDBE run and one statement journal
// for all of them instead of one each.
QString manyRows(const QString &insert, int rows)
{
    const QString tuple = insert.mid(insert.lastIndexOf(u'('));
    QString out = insert;
    for (int i = 1; i < rows; ++i)
        out += QStringLiteral(", ") + tuple;
    return out;
}

constexpr int kSaleColumns = 12; // the values of rows::saleValues()

} // namespace

struct SaleWriter::Impl {
    // A million sales and their indexes outgrow the connection's usual page cache; pages spilled
    // to the file in the middle of the transaction cost more than the memory.
    static constexpr int kBulkCacheKib = 256 * 1024;
    // Lines a bulk import writes per statement (12 values each, far below SQLite's limit of
    // bound values). Instructions of the database thread, against 32 per statement: 8 cost 3%
    // more, 128 1% less.
    static constexpr int kBatchRows = 128;

    explicit Impl(Database &database)
        : db(database)
    {
        if (sql::dialect(database).isPostgres())
            return;
        const auto size = sql::scalar(database, QStringLiteral("PRAGMA cache_size"));
        const auto pageSize = sql::scalar(database, QStringLiteral("PRAGMA page_size"));
        if (!size || !pageSize)
            return;
        // Negative: KiB; positive: pages.
        const qint64 kib = size->toLongLong() < 0 ? -size->toLongLong() : size->toLongLong() * pageSize->toLongLong() / 1024;
        if (kib < kBulkCacheKib) {
            if (sql::exec(database, QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKib)))
                savedCacheSize = size->toLongLong();
        }
    }
    ~Impl()
    {
        batch.reset();
        direct.reset();
        statement.reset();
        if (savedCacheSize) // PRAGMA values cannot be bound
            (void)sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(*savedCacheSize));
    }
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;

    Result<void> prepare()
    {
        if (bulk && !sql::dialect(db).isPostgres()) {
            // Only indexes created by a statement (sql IS NOT NULL): not the primary key's. Two are
            // kept, cheaper to keep up line by line than to build again (measured on a million
            // lines, in the page cache above): partner and date is the order exported files come
            // in, and even in another order its inserts cost about what its rebuild does; the
            // returns index holds returns alone, which are few.
            auto definitions = sql::dropIndexes(
                db, QStringLiteral("tbl_name = 'sales' AND name NOT IN ('sales_partner_date', 'sales_returns')"));
            if (!definitions)
                return std::unexpected(definitions.error());
            dropped = *definitions;
        }
        if (sql::PgCopy::available(db)) {
            copy = std::make_unique<sql::CopyWriter>(db, rows::saleInsert(), true);
            return {};
        }
        // RETURNING costs SQLite a temporary table per row: the direct path asks for the rowid.
        if (sql::DirectStatement::available(db)) {
            auto st = sql::DirectStatement::prepare(db, rows::saleInsert());
            if (!st)
                return std::unexpected(st.error());
            direct = std::move(*st);
            if (bulk) {
                auto many = sql::DirectStatement::prepare(db, manyRows(rows::saleInsert(), kBatchRows));
                if (!many)
                    return std::unexpected(many.error());
                batch = std::move(*many);
                const auto last = sql::scalar(db, QStringLiteral("SELECT max(id) FROM sales"));
                if (!last)
                    return std::unexpected(last.error());
                // SQLite gives a new row the largest rowid plus one, and nothing else writes
                // sales inside this transaction: the ids of a batch are known before it runs,
                // and checked after (flush).
                nextId = last->toLongLong() + 1;
            }
        } else {
            statement = std::make_unique<sql::Statement>(db, returningId(rows::saleInsert()));
        }
        return {};
    }

    // The values in the order of rows::saleValues(), bound without QVariants, from position
    // `first` + 1 on.
    static void bind(sql::DirectStatement &st, int first, const Sale &s)
    {
        const auto bindInt64 = [&](int position, qint64 value) { st.bindInt64(first + position, value); };
        const auto bindText = [&](int position, QStringView text) { st.bindText(first + position, text); };
        const auto bindNull = [&](int position) { st.bindNull(first + position); };
        bindInt64(1, s.partnerId);
        bindInt64(2, s.customerId);
        if (s.soldOn.isValid())
            bindText(3, isoDate(s.soldOn));
        else
            bindNull(3);
        bindText(4, s.productLine);
        bindInt64(5, s.unitPrice.minor);
        bindText(6, s.unitPrice.currency);
        bindInt64(7, s.quantity);
        bindInt64(8, s.renewal ? 1 : 0);
        // One beyond kMaxMinor becomes NULL, which amount_minor's NOT NULL refuses.
        if (const auto amount = s.amount())
            bindInt64(9, amount->minor);
        else
            bindNull(9);
        bindText(10, s.reference);
        const auto idOrNull = [&](int position, qint64 id) {
            if (id)
                bindInt64(position, id);
            else
                bindNull(position);
        };
        idOrNull(11, s.returnsId);
        idOrNull(12, s.correctsId);
    }

    Result<qint64> addDirect(const Sale &s)
    {
        sql::DirectStatement &st = *direct;
        bind(st, 0, s);
        if (auto done = st.execute(); !done)
            return std::unexpected(done.error());
        return st.lastInsertRowId();
    }

    Result<qint64> addCopy(const Sale &s, qint64 line)
    {
        const auto id = copy->add(rows::saleValues(s), line);
        if (id && copy->full()) {
            if (auto r = flushCopy(); !r)
                return std::unexpected(r.error());
        }
        return id;
    }

    Result<void> flushCopy()
    {
        auto r = copy->flush();
        if (!r)
            refusedLine = copy->refusedTag();
        return r;
    }

    // Holds the line for the next batch, which runs once it is full.
    Result<qint64> addToBatch(const Sale &s, qint64 line)
    {
        bind(*batch, int(pending.size()) * kSaleColumns, s);
        pending.push_back(Pending { s, line });
        const qint64 id = nextId++;
        if (pending.size() == size_t(kBatchRows)) {
            if (auto r = flushBatch(); !r)
                return std::unexpected(r.error());
        }
        return id;
    }

    // Writes the lines held: a full batch in one statement, the rest one by one. When the
    // database refuses a batch for one of its lines (a constraint; the statement is undone as a
    // whole), its lines are written again one by one, so that the error names the line at fault.
    Result<void> flushBatch()
    {
        const qint64 first = nextId - qint64(pending.size());
        refusedLine = 0;
        Result<void> done;
        if (pending.size() == size_t(kBatchRows)) {
            done = batch->execute();
            if (done && direct->lastInsertRowId() != nextId - 1)
                done = fail(Error::Code::Storage, QStringLiteral("sales were written with other ids than expected"));
        }
        if (pending.size() < size_t(kBatchRows) || (!done && done.error().code == Error::Code::Storage)) {
            done = {};
            for (size_t i = 0; i < pending.size() && done; ++i) {
                auto id = addDirect(pending[i].sale);
                if (!id)
                    done = std::unexpected(id.error());
                else if (*id != first + qint64(i))
                    done = fail(Error::Code::Storage, QStringLiteral("a sale was written with another id than expected"));
                if (!done)
                    refusedLine = pending[i].line;
            }
        }
        pending.clear();
        return done;
    }

    Result<qint64> addQuery(const Sale &s)
    {
        if (auto r = statement->run(rows::saleValues(s)); !r)
            return std::unexpected(r.error());
        if (!statement->query().next())
            return std::unexpected(statement->error());
        const qint64 id = statement->query().value(0).toLongLong();
        statement->query().finish();
        return id;
    }

    Database &db;
    std::unique_ptr<sql::CopyWriter> copy; // PostgreSQL's COPY, when available
    qint64 refusedLine = 0;
    bool bulk = false;
    bool prepared = false;
    QStringList dropped; // the definitions of the indexes bulk mode dropped
    std::unique_ptr<sql::DirectStatement> direct;
    std::unique_ptr<sql::DirectStatement> batch; // bulk: kBatchRows lines at once
    struct Pending {
        Sale sale;
        qint64 line = 0;
    };
    std::vector<Pending> pending; // bound to `batch`, not yet written
    qint64 nextId = 0;            // the id the next line added gets (bulk)
    std::unique_ptr<sql::Statement> statement;
    std::optional<qint64> savedCacheSize; // the connection's own, to restore
};

SaleWriter::SaleWriter(Database &db)
    : d(std::make_unique<Impl>(db))
{
}

SaleWriter::~SaleWriter() = default;

void SaleWriter::setBulk(bool bulk)
{
    d->bulk = bulk;
}

Result<qint64> SaleWriter::add(const Sale &s, qint64 line)
{
    if (!d->prepared) {
        if (auto r = d->prepare(); !r)
            return std::unexpected(r.error());
        d->prepared = true;
    }
    d->refusedLine = line;
    if (d->copy)
        return d->addCopy(s, line);
    if (d->batch)
        return d->addToBatch(s, line);
    return d->direct ? d->addDirect(s) : d->addQuery(s);
}

qint64 SaleWriter::refusedLine() const
{
    return d->refusedLine;
}

Result<void> SaleWriter::finish()
{
    d->refusedLine = 0; // a failure to build an index again is no line's
    if (d->copy) {
        if (auto r = d->flushCopy(); !r)
            return r;
    }
    if (d->batch) {
        if (auto r = d->flushBatch(); !r)
            return r;
    }
    // Release the inserts first: a statement still running would keep the table busy.
    d->copy.reset();
    d->batch.reset();
    d->direct.reset();
    d->statement.reset();
    d->prepared = false;
    const QStringList dropped = std::exchange(d->dropped, {});
    return sql::execAll(d->db, dropped);
}

} // namespace pd
