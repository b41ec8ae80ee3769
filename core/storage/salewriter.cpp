#include "salewriter.h"

#include "../dates.h"
#include "copywriter.h"
#include "pgcopy.h"
#include "rows.h"
#include "sql.h"
#include "sqlitedirect.h"

#include <QList>
#include <optional>

namespace pd {

namespace {

QString returningId(const QString &insert)
{
    return insert + QStringLiteral(" RETURNING id");
}

} // namespace

struct SaleWriter::Impl {
    // A million sales and their indexes outgrow the connection's usual page cache; pages spilled
    // to the file in the middle of the transaction cost more than the memory.
    static constexpr int kBulkCacheKib = 256 * 1024;

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
            // Only indexes created by a statement (sql IS NOT NULL): not the primary key's.
            sql::Statement list(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                   "AND tbl_name = 'sales' AND sql IS NOT NULL ORDER BY name"));
            if (auto r = list.run({}); !r)
                return r;
            QStringList names;
            while (list.query().next()) {
                names << list.query().value(0).toString();
                dropped << list.query().value(1).toString();
            }
            list.query().finish();
            for (const QString &name : std::as_const(names)) {
                if (auto r = sql::exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !r)
                    return r;
            }
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
        } else {
            statement = std::make_unique<sql::Statement>(db, returningId(rows::saleInsert()));
        }
        return {};
    }

    // The values in the order of rows::saleValues(), bound without QVariants.
    Result<qint64> addDirect(const Sale &s)
    {
        sql::DirectStatement &st = *direct;
        st.bindInt64(1, s.partnerId);
        st.bindInt64(2, s.customerId);
        if (s.soldOn.isValid())
            st.bindText(3, isoDate(s.soldOn));
        else
            st.bindNull(3);
        st.bindText(4, s.productLine);
        st.bindInt64(5, s.unitPrice.minor);
        st.bindText(6, s.unitPrice.currency);
        st.bindInt64(7, s.quantity);
        st.bindInt64(8, s.renewal ? 1 : 0);
        // One beyond kMaxMinor becomes NULL, which amount_minor's NOT NULL refuses.
        if (const auto amount = s.amount())
            st.bindInt64(9, amount->minor);
        else
            st.bindNull(9);
        st.bindText(10, s.reference);
        const auto idOrNull = [&st](int position, qint64 id) {
            if (id)
                st.bindInt64(position, id);
            else
                st.bindNull(position);
        };
        idOrNull(11, s.returnsId);
        idOrNull(12, s.correctsId);
        if (auto done = st.execute(); !done)
            return std::unexpected(done.error());
        return st.lastInsertRowId();
    }

    Result<qint64> addCopy(const Sale &s, qint64 line)
    {
        const auto id = copy->add(rows::saleValues(s), line);
        if (id && copy->full()) {
            if (auto r = flush(); !r)
                return std::unexpected(r.error());
        }
        return id;
    }

    Result<void> flush()
    {
        if (!copy)
            return {};
        auto r = copy->flush();
        if (!r)
            refusedLine = copy->refusedTag();
        return r;
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
    if (d->copy)
        return d->addCopy(s, line);
    d->refusedLine = line;
    return d->direct ? d->addDirect(s) : d->addQuery(s);
}

qint64 SaleWriter::refusedLine() const
{
    return d->refusedLine;
}

Result<void> SaleWriter::finish()
{
    if (auto r = d->flush(); !r)
        return r;
    // Release the insert first: a statement still running would keep the table busy.
    d->copy.reset();
    d->direct.reset();
    d->statement.reset();
    d->prepared = false;
    for (const QString &definition : std::as_const(d->dropped)) {
        if (auto r = sql::exec(d->db, definition); !r)
            return r;
    }
    d->dropped.clear();
    return {};
}

} // namespace pd
