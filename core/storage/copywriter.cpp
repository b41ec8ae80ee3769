#include "copywriter.h"

#include "../dates.h"
#include "copytext.h"
#include "pgcopy.h"
#include "sql.h"

#include <QDate>
#include <algorithm>

namespace pd::sql {

CopyWriter::CopyWriter(Database &db, const QString &insert, bool ids)
    : m_db(db)
    , m_ids(ids)
{
    // "INSERT INTO table (a, b) VALUES (?, ?)": the table, then the columns.
    const qsizetype open = insert.indexOf(u'(');
    const qsizetype close = insert.indexOf(u')', open);
    Q_ASSERT(insert.startsWith(QLatin1StringView("INSERT INTO ")) && open > 0 && close > open);
    m_table = insert.mid(12, open - 12).trimmed();
    m_copy = QStringLiteral("COPY %1 (%2%3) FROM STDIN")
                 .arg(m_table, ids ? QStringLiteral("id, ") : QString(), insert.mid(open + 1, close - open - 1));
}

Result<void> CopyWriter::takeIds()
{
    Statement take(m_db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, %2)")
                             .arg(m_table)
                             .arg(kIdsAtOnce));
    take.query().setForwardOnly(true);
    if (auto r = take.run({}); !r)
        return r;
    m_freeIds.clear();
    while (take.query().next())
        m_freeIds.push_back(take.query().value(0).toLongLong());
    take.query().finish();
    std::reverse(m_freeIds.begin(), m_freeIds.end()); // handed out from the back, in order
    return {};
}

Result<qint64> CopyWriter::add(const QVariantList &values, qint64 tag)
{
    qint64 id = 0;
    CopyRowWriter row(m_buffer);
    if (m_ids) {
        if (m_freeIds.empty()) {
            if (auto r = takeIds(); !r)
                return std::unexpected(r.error());
        }
        id = m_freeIds.back();
        m_freeIds.pop_back();
        row.int64(id);
    }
    for (const QVariant &v : values) {
        if (v.isNull())
            row.null();
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Bool)
            row.int64(v.toLongLong());
        else if (v.typeId() == QMetaType::QDate)
            row.text(isoDate(v.toDate()));
        else
            row.text(v.toString());
    }
    row.end();
    m_tags.push_back(tag);
    return id;
}

Result<void> CopyWriter::flush()
{
    if (m_tags.empty())
        return {};
    qint64 refused = 0;
    const auto written = PgCopy::in(m_db, m_copy, m_buffer, &refused);
    if (!written) {
        m_refusedTag = refused > 0 && refused <= qint64(m_tags.size()) ? m_tags[size_t(refused - 1)] : 0;
        return std::unexpected(written.error());
    }
    m_buffer.resize(0);
    m_tags.clear();
    return {};
}

} // namespace pd::sql
