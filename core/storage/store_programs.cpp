#include "sql.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Store)
};
} // namespace

Store::Store(Database &db)
    : m_db(db)
{
}

Result<QList<StoredProgram>> Store::programs() const
{
    sql::Statement st(m_db, QStringLiteral("SELECT id, builtin, definition, key FROM programs ORDER BY id"));
    if (auto r = st.run({}); !r)
        return std::unexpected(r.error());
    QList<StoredProgram> out;
    while (st.query().next()) {
        auto p = programFromJson(st.query().value(2).toString().toUtf8(), st.query().value(3).toString());
        if (!p)
            return std::unexpected(p.error());
        out << StoredProgram { st.query().value(0).toLongLong(), st.query().value(1).toBool(), *p };
    }
    return out;
}

Result<StoredProgram> Store::program(const QString &key) const
{
    sql::Statement st(m_db, QStringLiteral("SELECT id, builtin, definition FROM programs WHERE key = ?"));
    if (auto r = st.run({ key }); !r)
        return std::unexpected(r.error());
    if (!st.query().next())
        return fail(Error::Code::NotFound, Tr::tr("There is no program \"%1\".").arg(key));
    auto p = programFromJson(st.query().value(2).toString().toUtf8(), key);
    if (!p)
        return std::unexpected(p.error());
    return StoredProgram { st.query().value(0).toLongLong(), st.query().value(1).toBool(), *p };
}

Result<qint64> Store::saveProgram(const Program &program, bool builtin)
{
    const QString json = QString::fromUtf8(programToJson(program));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const auto existing = sql::scalar(m_db, QStringLiteral("SELECT id FROM programs WHERE key = ?"), { program.key });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isNull()) {
        const auto id = sql::scalar(m_db, QStringLiteral("INSERT INTO programs (key, name, definition, builtin, updated_at) "
                                                         "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                    { program.key, program.name, json, builtin ? 1 : 0, now });
        if (!id)
            return std::unexpected(id.error());
        return id->toLongLong();
    }
    const qint64 id = existing->toLongLong();
    // A tier still held by partners cannot disappear from the program.
    sql::Statement held(m_db, QStringLiteral("SELECT tier, count(*) FROM partners WHERE program_id = ? GROUP BY tier"));
    if (auto r = held.run({ id }); !r)
        return std::unexpected(r.error());
    QStringList missing;
    while (held.query().next()) {
        const QString tier = held.query().value(0).toString();
        if (program.tierIndex(tier) < 0)
            missing << Tr::tr("\"%1\" (held by %n partner(s))", nullptr, held.query().value(1).toInt()).arg(tier);
    }
    if (!missing.isEmpty())
        return fail(Error::Code::InvalidInput,
                    Tr::tr("Program \"%1\" cannot drop tiers that partners hold: %2. Move those partners first.")
                        .arg(program.key, missing.join(QStringLiteral(", "))));
    if (auto r = sql::exec(m_db, QStringLiteral("UPDATE programs SET name = ?, definition = ?, updated_at = ? WHERE id = ?"),
                           { program.name, json, now, id });
        !r)
        return std::unexpected(r.error());
    return id;
}

Result<void> Store::installBuiltinPrograms()
{
    return m_db.transaction([&]() -> Result<void> {
        // Two clients initialising one new team database at once would both find a preset
        // missing and both insert it: the second then fails on the unique key and aborts.
        if (auto r = sql::lockTransaction(m_db, Database::kInstallProgramsLock); !r)
            return r;
        for (const Program &p : builtinPrograms()) {
            const auto existing = sql::scalar(m_db, QStringLiteral("SELECT id FROM programs WHERE key = ?"), { p.key });
            if (!existing)
                return std::unexpected(existing.error());
            if (!existing->isNull())
                continue;
            if (auto r = saveProgram(p, true); !r)
                return std::unexpected(r.error());
        }
        return {};
    });
}

Result<QList<FxRate>> Store::fxRates() const
{
    sql::Statement st(m_db, QStringLiteral("SELECT rate_date, base, quote, rate_micros FROM fx_rates "
                                           "ORDER BY base, quote, rate_date"));
    if (auto r = st.run({}); !r)
        return std::unexpected(r.error());
    QList<FxRate> out;
    while (st.query().next()) {
        const QSqlQuery &q = st.query();
        out << FxRate { QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                        q.value(2).toString(), q.value(3).toLongLong() };
    }
    return out;
}

Result<void> Store::setFxRate(const FxRate &rate)
{
    if (rate.micros <= 0)
        return fail(Error::Code::InvalidInput, Tr::tr("An exchange rate must be positive."));
    return sql::exec(m_db, QStringLiteral("INSERT INTO fx_rates (rate_date, base, quote, rate_micros) VALUES (?, ?, ?, ?) "
                                          "ON CONFLICT (rate_date, base, quote) DO UPDATE SET rate_micros = excluded.rate_micros"),
                     { rate.date.toString(Qt::ISODate), rate.base, rate.quote, rate.micros });
}

} // namespace pd
