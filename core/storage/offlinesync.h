#pragma once
// Internal to core/storage: the row copying behind OfflineCopy.

#include "changelog.h"
#include "offline.h"
#include "sql.h"

#include <QHash>
#include <QSet>

namespace pd::offline
{

// A table whose rows belong to partners. `owner` is a condition with %1 standing for a set of
// partner ids (a subquery or a list). A row in `parentTable` (staff for certifications) brings
// the rows that refer to it through `parentColumn` when it enters the copy.
struct TableSpec {
    QString name;
    QString owner;
    QString parentTable;
    QString parentColumn;
};
const QList<TableSpec> &dependentTables();
QStringList trackedTables(); // partners, then the dependent tables (the order they are written in)

// How far a copy is: where the source's change log stood when the copy was last brought up to
// date. PostgreSQL: the oldest transaction the copy's snapshot did not see. SQLite: the last log
// entry, and each table's highest id (new rows are found by id there).
struct Watermark {
    Backend backend = Backend::SQLite;
    qint64 xmin = 0;
    qint64 seq = 0;
    QHash<QString, qint64> maxIds;

    QString toJson() const;
    static std::optional<Watermark> fromJson(const QString &json);
    // True when the source's log was pruned of entries a refresh from here would need.
    bool predates(const ChangeLogHorizon &horizon) const;
};

class Sync
{
public:
    Sync(Database &source, Database &copy, const OfflineFilter &filter, const ProgressFn &progress);

    // Outside any transaction: the copy needs neither foreign-key enforcement (a filtered copy
    // refers to rows it leaves out) nor triggers (its tables are only ever written from here).
    Result<void> prepareCopy();
    // For a take from an SQLite file: the copy's connection reads the source file directly
    // (ATTACH), and each table is copied by one INSERT ... SELECT. Outside any transaction.
    Result<void> attachSource();
    // Inside the source's snapshot and the copy's transaction:
    Result<Watermark> watermark();
    Result<void> copyEverything();
    Result<void> applyChanges(const Watermark &since);
    Result<qint64> partnerCount();
    // Outside any transaction: the copied tables whose rows differ between the source (the rows
    // within the filter) and the copy, sorted by name (offlineverify.cpp).
    Result<QStringList> differingTables();
    QStringList wholeTables() const; // copied whole on every take and refresh

    const OfflineSummary &summary() const { return m_summary; }

private:
    struct Condition {
        QString sql;
        QVariantList params;
    };
    Condition partnerCondition() const;
    Condition scope(const QString &table) const; // empty: every row
    Condition ownedBy(const TableSpec &spec, const QString &partnerIds) const;

    QStringList columns(const QString &table);
    // Two SQLite files, the copy attached to the source's connection: whether `table` is the same.
    Result<bool> sameAttached(const QString &table);
    // The portable comparison: a digest of each copied table's rows, independent of row order:
    // of the rows within the filter on the source, of every row on the copy.
    Result<QHash<QString, QByteArray>> digests(bool source);
    QList<QStringList> uniqueKeys(const QString &table);
    Result<void> step(qint64 rows = 1);
    // offlinepump.cpp: copies the source rows matching `where` into the copy; returns the ids
    // written when `upsert` (rows already in the copy are replaced).
    Result<QList<qint64>> pump(const QString &table, const Condition &where, bool upsert);
    // Whether `table` can be written from the source's text as it comes (COPY, no QVariant).
    bool writableAsText(const QString &table);
    Result<QList<qint64>> pumpText(const QString &table, const QStringList &cols, const QString &select,
        const QVariantList &params, bool upsert);
    Result<QList<qint64>> pumpValues(const QString &table, const QStringList &cols, const QString &select,
        const QVariantList &params, bool upsert);
    QString insertStatement(const QString &table, const QStringList &cols, bool upsert) const;
    Result<void> resolveUniqueClash(
        const QString &table, const QStringList &cols, const QVariantList &values);
    Result<void> copyAttached(const QString &table);
    Result<QSet<qint64>> idsIn(
        Database &db, const QString &table, const QList<qint64> &ids, const Condition &extra);
    Result<void> execCopy(const QString &statement, const QVariantList &values = {});
    Result<void> checkCopyKnowsEveryTable();

    Result<QHash<QString, QSet<qint64>>> changedRows(const Watermark &since);
    Result<void> removeGone(const QHash<QString, QSet<qint64>> &changed);
    Result<void> writeChanged(const QHash<QString, QSet<qint64>> &changed);
    Result<void> syncWholeTables();

    Database &m_source;
    Database &m_copy;
    OfflineFilter m_filter;
    ProgressFn m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
    OfflineSummary m_summary;
    QHash<QString, QStringList> m_columns;
    QHash<QString, bool> m_textSafe; // writableAsText, by table
    bool m_attached = false;
};

// Sorted ids in pieces small enough for one statement each.
QList<QList<qint64>> chunked(const QSet<qint64> &ids);
// "1, 2, 3": ids are integers read from the database, safe to write into a statement.
QString idList(const QList<qint64> &ids);

} // namespace pd::offline
