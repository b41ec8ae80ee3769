#include "salelookup.h"

#include "../io/salereference.h"
#include "../dates.h"
#include "cursor.h"
#include "sql.h"
#include "sqlitedirect.h"

#include <algorithm>
#include <optional>
#include <variant>
#include <vector>

namespace pd
{

namespace
{

// A line and the reference of the line it returns (a join on the primary key).
const QString kSelect = QStringLiteral(
    "SELECT s.id, s.partner_id, s.customer_id, s.sold_on, s.product_line, s.unit_price_minor, s.currency, "
    "s.quantity, s.renewal, s.returns_id, s.voided_at IS NOT NULL, s.reference, o.reference FROM sales s "
    "LEFT JOIN sales o ON o.id = s.returns_id");
constexpr int kReferenceColumn = 11;

// One SELECT, run straight on the driver's SQLite when it can be, else through QSqlQuery; each
// run binds at most one value (an id or a reference).
class Select
{
public:
    Select(Database &db, QString text)
        : m_db(db)
        , m_text(std::move(text))
    {
    }

    Result<void> run(const std::optional<std::variant<qint64, QString>> &value = {})
    {
        if (m_direct || (!m_query && sql::DirectStatement::available(m_db))) {
            if (!m_direct) {
                auto st = sql::DirectStatement::prepare(m_db, m_text);
                if (!st)
                    return std::unexpected(st.error());
                m_direct = std::move(*st);
            }
            m_direct->reset();
            if (value && std::holds_alternative<qint64>(*value))
                m_direct->bindInt64(1, std::get<qint64>(*value));
            else if (value)
                m_direct->bindText(1, std::get<QString>(*value));
            return {};
        }
        if (!m_query)
            m_query = std::make_unique<sql::Statement>(m_db, m_text);
        if (!value)
            return m_query->run({});
        if (std::holds_alternative<qint64>(*value))
            return m_query->run({ std::get<qint64>(*value) });
        return m_query->run({ std::get<QString>(*value) });
    }
    bool next() { return m_direct ? m_direct->next() : m_query->query().next(); }
    // After next() returned false: whether the rows ended on an error.
    Result<void> finished() const { return m_direct ? m_direct->finished() : Result<void> {}; }
    void finish()
    {
        if (m_direct)
            m_direct->reset();
        else
            m_query->query().finish();
    }
    qint64 int64(int column) const
    {
        return m_direct ? m_direct->int64(column) : m_query->query().value(column).toLongLong();
    }
    QString string(int column) const
    {
        return m_direct ? m_direct->string(column) : m_query->query().value(column).toString();
    }
    // A hash of a text column's UTF-8 bytes, the same on both paths.
    size_t textHash(int column) const
    {
        return m_direct ? qHash(m_direct->text(column)) : qHash(m_query->query().value(column).toString().toUtf8());
    }

    StoredSaleLine line() const
    {
        return StoredSaleLine { int64(0), int64(1), int64(2), parseIsoDate(string(3)), string(4), int64(5),
            string(6), int(int64(7)), int64(8) != 0, int64(9), string(12), int64(10) != 0 };
    }

private:
    Database &m_db;
    QString m_text;
    std::unique_ptr<sql::DirectStatement> m_direct;
    std::unique_ptr<sql::Statement> m_query;
};

// PostgreSQL, bulk: every live line held compactly, read once through COPY, since a lookup by id
// would cost a round trip to the server per line found (a file imported again: every line).
class HeldLines
{
public:
    Result<void> load(Database &db, const QString &select)
    {
        auto rows = sql::Cursor::open(db, select, {});
        if (!rows)
            return std::unexpected(rows.error());
        sql::Cursor &r = **rows;
        while (r.next()) {
            Line l;
            l.id = r.int64(0);
            l.partnerId = r.int64(1);
            l.customerId = r.int64(2);
            l.soldOn = parseIsoDate(QString::fromUtf8(r.text(3))).toJulianDay();
            l.productLine = name(r.text(4));
            l.unitPriceMinor = r.int64(5);
            l.currency = name(r.text(6));
            l.quantity = int(r.int64(7));
            l.renewal = r.int64(8) != 0;
            l.returnsId = r.int64(9);
            l.reference = keep(r.text(11));
            l.returnsReference = r.isNull(12) ? Text {} : keep(r.text(12));
            m_lines.push_back(l);
        }
        if (auto done = r.finished(); !done)
            return done;
        std::sort(m_lines.begin(), m_lines.end(), [](const Line &a, const Line &b) { return a.id < b.id; });
        return {};
    }
    bool empty() const { return m_lines.empty(); }
    // Each held line's reference's hash (as SaleLookup hashes a file's) and id.
    template<typename F>
    void forEachReference(F f) const
    {
        for (const Line &l : m_lines)
            f(qHash(text(l.reference)), l.id);
    }
    // The line `id` if it is held with this reference.
    std::optional<StoredSaleLine> find(qint64 id, const QByteArray &reference) const
    {
        const auto it = std::lower_bound(m_lines.cbegin(), m_lines.cend(), id,
                                         [](const Line &l, qint64 value) { return l.id < value; });
        if (it == m_lines.cend() || it->id != id || text(it->reference) != QByteArrayView(reference))
            return std::nullopt;
        return StoredSaleLine { it->id, it->partnerId, it->customerId, QDate::fromJulianDay(it->soldOn),
                                m_names.at(it->productLine), it->unitPriceMinor, m_names.at(it->currency), it->quantity,
                                it->renewal, it->returnsId, QString::fromUtf8(text(it->returnsReference)), false };
    }

private:
    struct Text {
        qsizetype at = 0;
        int size = 0;
    };
    struct Line {
        qint64 id = 0, partnerId = 0, customerId = 0, unitPriceMinor = 0, returnsId = 0, soldOn = 0;
        Text reference, returnsReference;
        int quantity = 0;
        quint16 productLine = 0, currency = 0;
        bool renewal = false;
    };
    Text keep(QByteArrayView bytes)
    {
        const Text t { m_texts.size(), int(bytes.size()) };
        m_texts.append(bytes);
        return t;
    }
    QByteArrayView text(Text t) const { return QByteArrayView(m_texts.constData() + t.at, t.size); }
    // Product lines and currencies: a handful, one copy each, found by their bytes (no
    // conversion per line).
    quint16 name(QByteArrayView bytes)
    {
        for (qsizetype i = 0; i < m_nameBytes.size(); ++i) {
            if (m_nameBytes.at(i) == bytes)
                return quint16(i);
        }
        m_nameBytes << bytes.toByteArray();
        m_names << QString::fromUtf8(bytes);
        return quint16(m_names.size() - 1);
    }
    std::vector<Line> m_lines; // by id
    QByteArray m_texts;
    QStringList m_names;
    QList<QByteArray> m_nameBytes; // m_names as UTF-8
};

size_t referenceHash(const QString &reference)
{
    return qHash(reference.toUtf8());
}

} // namespace

struct SaleLookup::Impl {
    explicit Impl(Database &database)
        : db(database)
        // The condition on voided_at lets both SQLite and PostgreSQL use the partial unique index.
        , live(database, kSelect + QStringLiteral(" WHERE s.reference = ? AND s.voided_at IS NULL"))
        , byId(database, kSelect + QStringLiteral(" WHERE s.id = ?"))
        , returned(database,
              QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM sales WHERE returns_id = ? "
                             "AND voided_at IS NULL"))
    {
    }

    Database &db;
    Select live;
    Select byId;
    Select returned;
    QHash<QString, QList<StoredSaleLine>> voided;
    bool bulk = false;
    // Bulk: (hash of the reference, id) of every live line, sorted; the units returned by line.
    std::vector<std::pair<size_t, qint64>> references;
    // Where the references whose hash starts with b (its top bits) start: a lookup searches
    // a few entries instead of the whole list (a million lines: one cache miss, not twenty).
    std::vector<size_t> buckets;
    int bucketShift = 64;
    QHash<qint64, qint64> returnedUnits;
    HeldLines held; // bulk, on PostgreSQL
};

SaleLookup::SaleLookup(Database &db)
    : d(std::make_unique<Impl>(db))
{
}

SaleLookup::~SaleLookup() = default;

Result<void> SaleLookup::load(bool bulk)
{
    Select voided(d->db, kSelect + QStringLiteral(" WHERE s.voided_at IS NOT NULL ORDER BY s.id"));
    if (auto r = voided.run(); !r)
        return r;
    while (voided.next())
        d->voided[voided.string(kReferenceColumn)] << voided.line();
    if (auto r = voided.finished(); !r)
        return r;
    voided.finish();
    d->bulk = bulk;
    if (!bulk)
        return {};
    if (!sql::DirectStatement::available(d->db)) {
        if (auto r = d->held.load(d->db, kSelect + QStringLiteral(" WHERE s.voided_at IS NULL")); !r)
            return r;
        d->held.forEachReference([this](size_t hash, qint64 id) { d->references.emplace_back(hash, id); });
    } else {
        Select references(d->db, QStringLiteral("SELECT reference, id FROM sales WHERE voided_at IS NULL"));
        if (auto r = references.run(); !r)
            return r;
        while (references.next())
            d->references.emplace_back(references.textHash(0), references.int64(1));
        if (auto r = references.finished(); !r)
            return r;
        references.finish();
    }
    std::sort(d->references.begin(), d->references.end());
    int bits = 1;
    while (bits < 24 && (size_t(1) << bits) < d->references.size())
        ++bits;
    d->bucketShift = 64 - bits;
    d->buckets.assign((size_t(1) << bits) + 1, 0);
    for (const auto &[hash, id] : d->references)
        ++d->buckets[(quint64(hash) >> d->bucketShift) + 1];
    for (size_t b = 1; b < d->buckets.size(); ++b)
        d->buckets[b] += d->buckets[b - 1];
    Select returned(d->db, QStringLiteral("SELECT returns_id, SUM(quantity) FROM sales WHERE returns_id IS NOT NULL "
                                          "AND voided_at IS NULL GROUP BY returns_id"));
    if (auto r = returned.run(); !r)
        return r;
    while (returned.next())
        d->returnedUnits.insert(returned.int64(0), -returned.int64(1));
    if (auto r = returned.finished(); !r)
        return r;
    returned.finish();
    return {};
}

Result<std::optional<StoredSaleLine>> SaleLookup::live(const QString &reference)
{
    std::optional<StoredSaleLine> out;
    if (!d->bulk) {
        if (auto r = d->live.run(reference); !r)
            return std::unexpected(r.error());
        if (d->live.next())
            out = d->live.line();
        else if (auto r = d->live.finished(); !r)
            return std::unexpected(r.error());
        d->live.finish();
        return out;
    }
    if (d->references.empty()) // a first import into an empty table: no hashing per line
        return out;
    // Equal hashes are confirmed by the stored reference itself.
    const size_t hash = referenceHash(reference);
    const size_t bucket = quint64(hash) >> d->bucketShift;
    const auto end = d->references.cbegin() + qsizetype(d->buckets[bucket + 1]);
    auto it = std::lower_bound(d->references.cbegin() + qsizetype(d->buckets[bucket]), end,
        std::pair<size_t, qint64>(hash, 0));
    if (!d->held.empty()) {
        const QByteArray utf8 = reference.toUtf8();
        for (; it != end && it->first == hash && !out; ++it)
            out = d->held.find(it->second, utf8);
        return out;
    }
    for (; it != end && it->first == hash && !out; ++it) {
        if (auto r = d->byId.run(it->second); !r)
            return std::unexpected(r.error());
        if (d->byId.next() && d->byId.string(kReferenceColumn) == reference)
            out = d->byId.line();
        else if (auto r = d->byId.finished(); !r)
            return std::unexpected(r.error());
        d->byId.finish();
    }
    return out;
}

QList<StoredSaleLine> SaleLookup::voided(const QString &reference) const
{
    return d->voided.value(reference);
}

Result<qint64> SaleLookup::returned(qint64 lineId)
{
    if (d->bulk)
        return d->returnedUnits.value(lineId);
    if (auto r = d->returned.run(lineId); !r)
        return std::unexpected(r.error());
    const qint64 sum = d->returned.next() ? d->returned.int64(0) : 0;
    d->returned.finish();
    return -sum;
}

Result<qint64> SaleLookup::maxId(Database &db)
{
    const auto id = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM sales"));
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

namespace schema
{

Result<void> addSaleReferences(Database &db)
{
    // In slices by id, so that a million lines never sit in memory at once; the deriver keeps
    // counting identical lines across slices.
    constexpr int kSlice = 10000;
    sql::Statement read(db,
        QStringLiteral("SELECT s.id, s.sold_on, p.code, c.code, s.product_line, s.unit_price_minor, "
                       "s.currency, s.quantity, s.renewal FROM sales s "
                       "JOIN partners p ON p.id = s.partner_id "
                       "JOIN customers c ON c.id = s.customer_id WHERE s.id > ? ORDER BY s.id LIMIT %1")
            .arg(kSlice));
    sql::Statement write(db, QStringLiteral("UPDATE sales SET reference = ? WHERE id = ?"));
    SaleReferenceDeriver deriver;
    qint64 after = 0;
    for (;;) {
        if (auto r = read.run({ after }); !r)
            return r;
        QList<std::pair<qint64, QString>> slice;
        while (read.query().next()) {
            const QSqlQuery &q = read.query();
            SaleLineFields line { sql::dateOf(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toInt(),
                q.value(8).toInt() != 0, {} };
            slice.append({ q.value(0).toLongLong(), deriver.next(line) });
        }
        read.query().finish();
        if (slice.isEmpty())
            break;
        for (const auto &[id, reference] : std::as_const(slice)) {
            if (auto r = write.run({ reference, id }); !r)
                return r;
        }
        after = slice.last().first;
    }
    return sql::exec(db,
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS sales_reference ON sales(reference) "
                       "WHERE voided_at IS NULL"));
}

} // namespace schema

} // namespace pd
