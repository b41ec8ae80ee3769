#pragma once

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

// The tables of the partner page (contacts, staff, customers, sales, events, history): rows of
// prepared cells. Sort through a QSortFilterProxyModel on SortRole.
class RecordTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RecordTableModel(QStringList headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(QList<QList<RecordCell>> rows);
    void setHeaders(const QStringList &headers);

private:
    QStringList m_headers;
    QList<QList<RecordCell>> m_rows;
};

} // namespace pd::ui
