#include "../partnerrules.h"
#include "cursor.h"
#include "rows.h"
#include "sql.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace pd {

using sql::dateOf;
using sql::dateValue;
using sql::insertReturningId;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Store)
};

const QString kPartnerColumns = QStringLiteral(
    "p.id, p.code, p.name, p.country, p.region, p.category, p.subcategory, g.key, p.tier, p.tier_since, "
    "p.joined_on, p.territory, p.brand, p.website, p.row_version, p.owner");

// A row by position, from a QSqlQuery or from a sql::Cursor (the bulk read): one mapping serves both.
struct QueryRow {
    const QSqlQuery &q;
    qint64 int64(int c) const { return q.value(c).toLongLong(); }
    QString text(int c) const { return q.value(c).toString(); }
    QDate date(int c) const { return dateOf(q.value(c)); }
};

struct CursorRow {
    const sql::Cursor &row;
    qint64 int64(int c) const { return row.int64(c); }
    QString text(int c) const { return QString::fromUtf8(row.text(c)); }
    QDate date(int c) const { return row.isNull(c) ? QDate() : QDate::fromString(text(c), Qt::ISODate); }
};

template<typename Row>
Partner partnerFrom(const Row &q)
{
    Partner p;
    p.id = q.int64(0);
    p.code = q.text(1);
    p.name = q.text(2);
    p.country = q.text(3);
    p.region = q.text(4);
    p.category = categoryFromKey(q.text(5)).value_or(PartnerCategory::Channel);
    p.subcategory = q.text(6);
    p.programKey = q.text(7);
    p.tierKey = q.text(8);
    p.tierSince = q.date(9);
    p.joinedOn = q.date(10);
    p.territory = q.text(11);
    p.brand = q.text(12);
    p.website = q.text(13);
    p.rowVersion = q.int64(14);
    p.owner = q.text(15);
    return p;
}

// The store refuses what the profile form refuses, whoever writes: the window, the import, a
// script. The program's own rules (brands, territories) are left to those that know the program.
Result<void> checkRules(const Partner &p)
{
    const QList<PartnerProblem> problems = validatePartner(p, nullptr, QDate::currentDate());
    if (problems.isEmpty())
        return {};
    QStringList sentences;
    for (const PartnerProblem &problem : problems)
        sentences << partnerProblemText(problem);
    return fail(Error::Code::InvalidInput,
                Tr::tr("Partner \"%1\" was not saved: %2").arg(p.code, sentences.join(QLatin1Char(' '))));
}

} // namespace

Result<QList<PartnerRow>> Store::partnerRows() const
{
    sql::Statement st(m_db, QStringLiteral("SELECT p.id, p.code, p.name, p.country, g.key, p.tier FROM partners p "
                                           "JOIN programs g ON g.id = p.program_id ORDER BY p.id"));
    if (auto r = st.run({}); !r)
        return std::unexpected(r.error());
    // Countries, program keys and tiers are a few values repeated on every row: one shared copy
    // of each saves three allocations per partner (the window reads 100,000 rows at start-up).
    QSet<QString> strings;
    auto intern = [&strings](const QString &v) {
        const auto it = strings.constFind(v);
        return it != strings.cend() ? *it : *strings.insert(v);
    };
    QList<PartnerRow> out;
    while (st.query().next()) {
        const QSqlQuery &q = st.query();
        out << PartnerRow { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            intern(q.value(3).toString()), intern(q.value(4).toString()),
                            intern(q.value(5).toString()) };
    }
    return out;
}

Result<PartnerListing> Store::partnerListing(const QList<qint64> &ids) const
{
    QString text = QStringLiteral("SELECT id, program_id, code, name, country, tier FROM partners");
    if (!ids.isEmpty()) {
        // Integers only, so they can be spelled into the statement instead of bound one by one.
        QStringList list;
        list.reserve(ids.size());
        for (const qint64 id : ids)
            list << QString::number(id);
        text += QStringLiteral(" WHERE id IN (") + list.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql::Statement st(m_db, text + QStringLiteral(" ORDER BY id"));
    if (auto r = st.run({}); !r)
        return std::unexpected(r.error());
    PartnerListing out;
    QHash<QString, int> countries;
    QHash<QString, int> tiers;
    auto indexOf = [](QHash<QString, int> &seen, QStringList &values, const QString &v) {
        const auto it = seen.constFind(v);
        if (it != seen.cend())
            return *it;
        values << v;
        return *seen.insert(v, int(values.size() - 1));
    };
    QSqlQuery &q = st.query();
    while (q.next()) {
        PartnerListing::Row &r = out.rows.emplace_back();
        r.id = q.value(0).toLongLong();
        r.programId = q.value(1).toLongLong();
        r.code = q.value(2).toString();
        r.name = q.value(3).toString();
        r.country = indexOf(countries, out.countries, q.value(4).toString());
        r.tier = indexOf(tiers, out.tiers, q.value(5).toString());
    }
    return out;
}

Result<std::vector<std::pair<qint64, QString>>> Store::partnerNames() const
{
    sql::Statement st(m_db, QStringLiteral("SELECT id, name FROM partners ORDER BY id"));
    if (auto r = st.run({}); !r)
        return std::unexpected(r.error());
    std::vector<std::pair<qint64, QString>> out;
    QSqlQuery &q = st.query();
    while (q.next())
        out.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<QList<qint64>> Store::partnerIds(const QString &programKey) const
{
    QString text = QStringLiteral("SELECT p.id, p.code FROM partners p");
    QVariantList values;
    if (!programKey.isEmpty()) {
        text += QStringLiteral(" JOIN programs g ON g.id = p.program_id WHERE g.key = ?");
        values << programKey;
    }
    sql::Statement st(m_db, text);
    if (auto r = st.run(values); !r)
        return std::unexpected(r.error());
    std::vector<std::pair<QString, qint64>> byCode;
    QSqlQuery &q = st.query();
    while (q.next())
        byCode.emplace_back(q.value(1).toString(), q.value(0).toLongLong());
    // Sorted here, not by ORDER BY: PostgreSQL would order the codes by its collation.
    std::sort(byCode.begin(), byCode.end());
    QList<qint64> out;
    out.reserve(qsizetype(byCode.size()));
    for (const auto &row : byCode)
        out << row.second;
    return out;
}

Result<QList<Partner>> Store::partners() const
{
    sql::Statement st(m_db, QStringLiteral("SELECT %1 FROM partners p JOIN programs g ON g.id = p.program_id "
                                           "ORDER BY p.id")
                                .arg(kPartnerColumns));
    if (auto r = st.run({}); !r)
        return std::unexpected(r.error());
    QList<Partner> out;
    while (st.query().next())
        out << partnerFrom(QueryRow { st.query() });
    return out;
}

Result<void> Store::limitPageCache(int kibibytes) const
{
    if (sql::dialect(m_db).isPostgres())
        return {};
    // PRAGMA values cannot be bound.
    return sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(std::max(kibibytes, 64)));
}

Result<QList<Partner>> Store::partnersAfter(qint64 afterId, int limit) const
{
    // The bulk read (an evaluation of every partner): without a QVariant per value on SQLite.
    auto rows = sql::Cursor::open(m_db, QStringLiteral("SELECT %1 FROM partners p JOIN programs g ON g.id = p.program_id "
                                                       "WHERE p.id > ? ORDER BY p.id LIMIT ?")
                                            .arg(kPartnerColumns),
                                  { afterId, limit });
    if (!rows)
        return std::unexpected(rows.error());
    QList<Partner> out;
    out.reserve(limit);
    while ((*rows)->next())
        out << partnerFrom(CursorRow { **rows });
    if (auto r = (*rows)->finished(); !r)
        return std::unexpected(r.error());
    return out;
}

Result<Partner> Store::partner(qint64 id) const
{
    sql::Statement st(m_db, QStringLiteral("SELECT %1 FROM partners p JOIN programs g ON g.id = p.program_id "
                                           "WHERE p.id = ?")
                                .arg(kPartnerColumns));
    if (auto r = st.run({ id }); !r)
        return std::unexpected(r.error());
    if (!st.query().next())
        return fail(Error::Code::NotFound, Tr::tr("There is no partner with id %1.").arg(id));
    return partnerFrom(QueryRow { st.query() });
}

Result<Partner> Store::partnerByCode(const QString &code) const
{
    sql::Statement st(m_db, QStringLiteral("SELECT %1 FROM partners p JOIN programs g ON g.id = p.program_id "
                                           "WHERE p.code = ?")
                                .arg(kPartnerColumns));
    if (auto r = st.run({ code }); !r)
        return std::unexpected(r.error());
    if (!st.query().next())
        return fail(Error::Code::NotFound, Tr::tr("There is no partner \"%1\".").arg(code));
    return partnerFrom(QueryRow { st.query() });
}

Result<qint64> Store::partnerCount() const
{
    const auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM partners"));
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<QHash<QString, qint64>> Store::partnerIdsByCode() const
{
    sql::Statement st(m_db, QStringLiteral("SELECT code, id FROM partners"));
    if (auto r = st.run({}); !r)
        return std::unexpected(r.error());
    QHash<QString, qint64> out;
    while (st.query().next())
        out.insert(st.query().value(0).toString(), st.query().value(1).toLongLong());
    return out;
}

Result<QHash<QString, Store::PartnerRef>> Store::partnerRefsByCode() const
{
    const auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM partners"));
    if (!count)
        return std::unexpected(count.error());
    // A bulk read (a sales import checks every line's partner): without a QVariant per value.
    auto rows = sql::Cursor::open(
        m_db, QStringLiteral("SELECT p.code, p.id, g.key FROM partners p JOIN programs g ON g.id = p.program_id"), {});
    if (!rows)
        return std::unexpected(rows.error());
    QHash<QString, PartnerRef> out;
    out.reserve(count->toLongLong());
    QList<std::pair<QByteArray, QString>> programs; // a few: one copy of each key for every partner
    while ((*rows)->next()) {
        const QByteArrayView key = (*rows)->text(2);
        auto program = std::find_if(programs.cbegin(), programs.cend(), [key](const auto &p) { return p.first == key; });
        if (program == programs.cend())
            program = programs.insert(programs.cend(), { key.toByteArray(), QString::fromUtf8(key) });
        out.insert(QString::fromUtf8((*rows)->text(0)), PartnerRef { (*rows)->int64(1), program->second });
    }
    if (auto r = (*rows)->finished(); !r)
        return std::unexpected(r.error());
    return out;
}

Result<qint64> Store::insertPartner(const Partner &p)
{
    if (auto valid = checkRules(p); !valid)
        return std::unexpected(valid.error());
    const auto program = sql::scalar(m_db, QStringLiteral("SELECT id FROM programs WHERE key = ?"), { p.programKey });
    if (!program)
        return std::unexpected(program.error());
    if (program->isNull())
        return fail(Error::Code::NotFound, Tr::tr("There is no program \"%1\".").arg(p.programKey));
    return insertReturningId(m_db, rows::partnerInsert(), rows::partnerValues(p, program->toLongLong()));
}

Result<qint64> Store::updatePartner(const Partner &p)
{
    if (auto valid = checkRules(p); !valid)
        return std::unexpected(valid.error());
    // Optimistic locking: the update only lands on the row version the editor started from.
    sql::Statement st(m_db, QStringLiteral(
                                "UPDATE partners SET code = ?, name = ?, country = ?, region = ?, category = ?, "
                                "subcategory = ?, program_id = (SELECT id FROM programs WHERE key = ?), tier = ?, "
                                "tier_since = ?, joined_on = ?, territory = ?, brand = ?, website = ?, owner = ?, "
                                "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (auto r = st.run({ p.code, p.name, p.country, p.region, categoryKey(p.category), p.subcategory, p.programKey,
                          p.tierKey, dateValue(p.tierSince), dateValue(p.joinedOn), p.territory, p.brand, p.website,
                          p.owner, p.id, p.rowVersion });
        !r)
        return std::unexpected(r.error());
    if (st.query().numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
                    Tr::tr("Partner \"%1\" was changed by someone else since it was opened. Reload it and apply "
                           "the change again.")
                        .arg(p.name));
    return p.rowVersion + 1;
}

Result<void> Store::applyTierChange(qint64 partnerId, const QString &toTier, const QDate &effectiveOn,
                                    const QString &reason, const QString &changedBy, qint64 expectedRowVersion)
{
    return m_db.transaction([&]() -> Result<void> {
        return writeTierChange(partnerId, toTier, effectiveOn, reason, changedBy, expectedRowVersion);
    });
}

Result<void> Store::writeTierChange(qint64 partnerId, const QString &toTier, const QDate &effectiveOn,
                                    const QString &reason, const QString &changedBy, qint64 expectedRowVersion)
{
    if (reason.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, Tr::tr("A tier change needs a reason."));
    auto current = partner(partnerId);
    if (!current)
        return std::unexpected(current.error());
    const auto program = this->program(current->programKey);
    if (!program)
        return std::unexpected(program.error());
    if (program->program.tierIndex(toTier) < 0)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("\"%1\" is not a tier of program \"%2\".").arg(toTier, current->programKey));
    sql::Statement up(m_db, QStringLiteral("UPDATE partners SET tier = ?, tier_since = ?, row_version = row_version + 1 "
                                           "WHERE id = ? AND row_version = ?"));
    if (auto r = up.run({ toTier, dateValue(effectiveOn), partnerId, expectedRowVersion }); !r)
        return r;
    if (up.query().numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
                    Tr::tr("Partner \"%1\" was changed by someone else; its tier was not changed.").arg(current->name));
    const TierChange change { 0, partnerId, current->tierKey, toTier, effectiveOn, reason.trimmed(), changedBy,
                              QDateTime::currentDateTimeUtc() };
    return sql::exec(m_db, rows::tierChangeInsert(), rows::tierChangeValues(change));
}

namespace {
TierChange tierChangeFrom(const QSqlQuery &q)
{
    return TierChange { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                        dateOf(q.value(4)), q.value(5).toString(), q.value(6).toString(),
                        QDateTime::fromString(q.value(7).toString(), Qt::ISODate) };
}
const QString kHistoryColumns =
    QStringLiteral("id, partner_id, from_tier, to_tier, effective_on, reason, changed_by, recorded_at");
} // namespace

Result<QList<TierChange>> Store::tierHistory(qint64 partnerId) const
{
    sql::Statement st(m_db, QStringLiteral("SELECT %1 FROM tier_history WHERE partner_id = ? ORDER BY effective_on, id")
                                .arg(kHistoryColumns));
    if (auto r = st.run({ partnerId }); !r)
        return std::unexpected(r.error());
    QList<TierChange> out;
    while (st.query().next())
        out << tierChangeFrom(st.query());
    return out;
}

Result<QHash<qint64, QList<TierChange>>> Store::allTierHistory() const
{
    sql::Statement st(m_db, QStringLiteral("SELECT %1 FROM tier_history ORDER BY partner_id, effective_on, id")
                                .arg(kHistoryColumns));
    if (auto r = st.run({}); !r)
        return std::unexpected(r.error());
    QHash<qint64, QList<TierChange>> out;
    while (st.query().next()) {
        TierChange c = tierChangeFrom(st.query());
        out[c.partnerId] << c;
    }
    return out;
}

} // namespace pd
