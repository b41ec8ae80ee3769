// Notes on partner records: the one thing a sales rep may write on a team database.
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
} // namespace

Result<QList<PartnerNote>> Store::notes(qint64 partnerId) const
{
    sql::Statement st(m_db,
        QStringLiteral("SELECT id, partner_id, author, written_at, body FROM partner_notes "
                       "WHERE partner_id = ? ORDER BY written_at DESC, id DESC"));
    if (auto r = st.run({ partnerId }); !r)
        return std::unexpected(r.error());
    QList<PartnerNote> out;
    while (st.query().next()) {
        const QSqlQuery &q = st.query();
        out << PartnerNote { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            QDateTime::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString() };
    }
    return out;
}

Result<qint64> Store::addNote(qint64 partnerId, const QString &body, const QString &author)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return fail(Error::Code::InvalidInput, Tr::tr("A note needs some text."));
    const QString by = author.trimmed().isEmpty() ? m_db.userName() : author.trimmed();
    // The partner is checked here (a rep's role may read partners) so that a missing one gets a
    // plain message rather than a foreign-key error.
    const auto exists
        = sql::scalar(m_db, QStringLiteral("SELECT id FROM partners WHERE id = ?"), { partnerId });
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->isNull())
        return fail(Error::Code::NotFound, Tr::tr("There is no partner with id %1.").arg(partnerId));
    return sql::insertReturningId(m_db,
        QStringLiteral("INSERT INTO partner_notes (partner_id, author, written_at, body) "
                       "VALUES (?, ?, ?, ?)"),
        { partnerId, by, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), text });
}

} // namespace pd
