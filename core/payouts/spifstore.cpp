// SPIF campaigns stored in the database (table spif_campaigns, definitions kept as JSON).
#include "spif.h"

#include "../dates.h"
#include "../storage/sql.h"
#include "../storage/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace pd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Spif)
};
} // namespace

SpifStore::SpifStore(Database &db)
    : m_db(db)
{
}

Result<QList<SpifCampaign>> SpifStore::campaigns() const
{
    sql::Statement st(m_db, QStringLiteral("SELECT key, definition FROM spif_campaigns"));
    if (auto r = st.run({}); !r)
        return std::unexpected(r.error());
    QList<SpifCampaign> out;
    while (st.query().next()) {
        auto c = spifFromJson(st.query().value(1).toString().toUtf8(), st.query().value(0).toString());
        if (!c)
            return std::unexpected(c.error());
        out << *c;
    }
    std::sort(out.begin(), out.end(), [](const SpifCampaign &a, const SpifCampaign &b) {
        return a.from != b.from ? a.from < b.from : a.key < b.key;
    });
    return out;
}

Result<SpifCampaign> SpifStore::campaign(const QString &key) const
{
    const auto json = sql::scalar(m_db, QStringLiteral("SELECT definition FROM spif_campaigns WHERE key = ?"), { key });
    if (!json)
        return std::unexpected(json.error());
    if (json->isNull())
        return fail(Error::Code::NotFound, Tr::tr("There is no SPIF campaign \"%1\".").arg(key));
    return spifFromJson(json->toString().toUtf8(), key);
}

Result<QList<SpifIssue>> SpifStore::check(const SpifCampaign &campaign) const
{
    const auto stored = Store(m_db).programs();
    if (!stored)
        return std::unexpected(stored.error());
    QList<const Program *> programs;
    QList<SpifIssue> issues;
    for (qsizetype i = 0; i < campaign.programs.size(); ++i) {
        const auto p = std::find_if(stored->cbegin(), stored->cend(),
                                    [&](const StoredProgram &s) { return s.program.key == campaign.programs.at(i); });
        if (p == stored->cend())
            issues << SpifIssue { QStringLiteral("$.programs[%1]").arg(i),
                                  Tr::tr("there is no program \"%1\"").arg(campaign.programs.at(i)) };
        else
            programs << &p->program;
    }
    if (programs.isEmpty())
        return issues; // tiers and lines cannot be judged without a program
    for (qsizetype i = 0; i < campaign.tiers.size(); ++i) {
        if (std::none_of(programs.cbegin(), programs.cend(),
                         [&](const Program *p) { return p->tierIndex(campaign.tiers.at(i)) >= 0; }))
            issues << SpifIssue { QStringLiteral("$.tiers[%1]").arg(i),
                                  Tr::tr("\"%1\" is not a tier of the campaign's programs").arg(campaign.tiers.at(i)) };
    }
    for (qsizetype i = 0; i < campaign.productLines.size(); ++i) {
        if (std::none_of(programs.cbegin(), programs.cend(),
                         [&](const Program *p) { return p->hasProductLine(campaign.productLines.at(i)); }))
            issues << SpifIssue { QStringLiteral("$.productLines[%1]").arg(i),
                                  Tr::tr("\"%1\" is not a product line of the campaign's programs")
                                      .arg(campaign.productLines.at(i)) };
    }
    return issues;
}

Result<void> SpifStore::save(const SpifCampaign &campaign)
{
    return m_db.transaction([&]() { return saveInTransaction(campaign); });
}

Result<void> SpifStore::saveInTransaction(const SpifCampaign &campaign)
{
    const QByteArray json = spifToJson(campaign);
    // The definition itself first (dates, bonus, key), then against the stored programs.
    QList<SpifIssue> issues = validateSpifJson(json);
    if (issues.isEmpty()) {
        const auto more = check(campaign);
        if (!more)
            return std::unexpected(more.error());
        issues = *more;
    }
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const SpifIssue &i : std::as_const(issues))
            lines << i.path + QStringLiteral(": ") + i.message;
        return fail(Error::Code::InvalidInput, Tr::tr("SPIF campaign \"%1\" is not saved:\n%2")
                                                   .arg(campaign.key, lines.join(u'\n')));
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const auto existing = sql::scalar(m_db, QStringLiteral("SELECT id FROM spif_campaigns WHERE key = ?"), { campaign.key });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isNull())
        return sql::exec(m_db, QStringLiteral("INSERT INTO spif_campaigns (key, name, definition, updated_at) "
                                              "VALUES (?, ?, ?, ?)"),
                         { campaign.key, campaign.name, QString::fromUtf8(json), now });
    return sql::exec(m_db, QStringLiteral("UPDATE spif_campaigns SET name = ?, definition = ?, updated_at = ? WHERE id = ?"),
                     { campaign.name, QString::fromUtf8(json), now, existing->toLongLong() });
}

Result<void> SpifStore::remove(const QString &key)
{
    return m_db.transaction([&]() -> Result<void> {
        const auto c = campaign(key);
        if (!c)
            return std::unexpected(c.error());
        // Closed statements may hold its earnings: once a closed quarter overlaps its period the
        // campaign stays, so that the adjustments of late changes to that quarter still find it.
        sql::Statement closed(m_db, QStringLiteral("SELECT quarter FROM quarter_closes ORDER BY quarter"));
        if (auto r = closed.run({}); !r)
            return r;
        while (closed.query().next()) {
            const auto q = Quarter::parse(closed.query().value(0).toString());
            if (q && q->first() <= c->until && c->from <= q->last())
                return fail(Error::Code::InvalidInput,
                            Tr::tr("SPIF campaign \"%1\" cannot be removed: its period overlaps the closed quarter %2, "
                                   "whose statements may hold its earnings.")
                                .arg(key, q->text()));
        }
        return sql::exec(m_db, QStringLiteral("DELETE FROM spif_campaigns WHERE key = ?"), { key });
    });
}

} // namespace pd
