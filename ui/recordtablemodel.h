#pragma once

#include "records.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace pd::ui {

// One cell of a read-only record table: what is shown, what it sorts by, and its tooltip.
struct RecordCell {
    RecordCell() = default;
    RecordCell(QString text_, QVariant sortKey_ = {}, QString toolTip_ = {}) // NOLINT: implicit by design
        : text(std::move(text_))
        , sortKey(std::move(sortKey_))
        , toolTip(std::move(toolTip_))
    {
    }

    QString text;
    QVariant sortKey; // numbers and dates sort by value; empty: by text
    QString toolTip;
    bool alignRight = false;
    bool attention = false; // drawn in the warning colour (expired, unmet, missing)

    static RecordCell number(qint64 value, const QString &text);
};

// Which record a row shows (0: none that can be voided or corrected) and, once voided, who voided
// it, when and why.
struct RecordMark {
    qint64 id = 0;
    Voiding voided;

    template<typename Record>
    static QList<RecordMark> of(const QList<Record> &records)
    {
        QList<RecordMark> marks;
        marks.reserve(records.size());
        for (const Record &r : records)
            marks.append({ r.id, r.voided });
        return marks;
    }
};

// The tables of the partner page (contacts, staff, customers, sales, events, history): rows of
// prepared cells. Sort through a QSortFilterProxyModel on SortRole. A voided row is grey and
// struck through, and its tool tip says who voided it, when and why.
class RecordTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;     // qint64, the RecordMark's id
    static constexpr int VoidedRole = Qt::UserRole + 3; // bool

    explicit RecordTableModel(QStringList headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `marks` is empty or one per row.
    void setRows(QList<QList<RecordCell>> rows, QList<RecordMark> marks = {});
    void setHeaders(const QStringList &headers);
    RecordMark mark(int row) const { return row < m_marks.size() ? m_marks.at(row) : RecordMark {}; }
    int voidedCount() const;
    // "Voided by ann on 3 Jun 2026 at 10:15: duplicate line" (translated).
    static QString voidedText(const Voiding &voided);

private:
    QStringList m_headers;
    QList<QList<RecordCell>> m_rows;
    QList<RecordMark> m_marks;
};

} // namespace pd::ui
