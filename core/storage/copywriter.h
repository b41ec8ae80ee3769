#pragma once
// Internal to core/storage: rows of one table written with PostgreSQL's COPY (issue 22), a few
// megabytes at a time, inside the caller's transaction. A row reaches the table when its batch is
// sent: when full() and the caller flushes, or at the latest by flush() after the last row.
// Callers that write several tables flush them in the order their foreign keys need.

#include "../result.h"
#include "database.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>
#include <vector>

namespace pd::sql {

class CopyWriter {
public:
    // `insert` is the table's INSERT INTO table (columns) VALUES (...) statement (rows.h): each
    // row's values fill its columns, in order. With `ids`, each row is given an id first, taken
    // from the table's sequence: unique even while others write.
    CopyWriter(Database &db, const QString &insert, bool ids);

    // Adds a row of integers, texts, dates and nulls; returns its id (0 without `ids`). `tag`
    // names the row in refusedTag().
    Result<qint64> add(const QVariantList &values, qint64 tag = 0);
    // True when the rows waiting make a batch.
    bool full() const { return m_buffer.size() >= kBatchBytes; }
    // Sends the rows waiting, if any.
    Result<void> flush();
    // After flush() failed: the tag of the row the server refused, 0 when it named none.
    qint64 refusedTag() const { return m_refusedTag; }

private:
    static constexpr qsizetype kBatchBytes = 4 << 20;
    static constexpr int kIdsAtOnce = 10000;
    Result<void> takeIds();

    Database &m_db;
    QString m_table;
    QString m_copy; // the COPY statement
    bool m_ids = false;
    QByteArray m_buffer;       // rows not yet sent, in COPY's text format
    std::vector<qint64> m_tags; // theirs
    std::vector<qint64> m_freeIds; // taken from the sequence, not yet used (last first)
    qint64 m_refusedTag = 0;
};

} // namespace pd::sql
