#include "recordtablemodel.h"

#include <QBrush>
#include <QColor>

namespace pd::ui {

RecordCell RecordCell::number(qint64 value, const QString &text)
{
    RecordCell c;
    c.text = text;
    c.sortKey = value;
    c.alignRight = true;
    return c;
}

RecordTableModel::RecordTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<RecordCell> &row = m_rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    const RecordCell &cell = row.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((cell.alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return cell.attention ? QVariant(QBrush(QColor(0xb0, 0x20, 0x20))) : QVariant();
    case SortRole:
        return cell.sortKey.isValid() ? cell.sortKey : QVariant(cell.text);
    }
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RecordTableModel::setRows(QList<QList<RecordCell>> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void RecordTableModel::setHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

} // namespace pd::ui
