#include "recordtablemodel.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <algorithm>

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
    const RecordMark m = mark(index.row());
    const bool voided = m.voided.isVoid();
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const QString why = voided ? voidedText(m.voided) : QString();
        const QString tip = cell.toolTip.isEmpty() ? why
                            : why.isEmpty()        ? cell.toolTip
                                                   : QStringLiteral("%1\n%2").arg(cell.toolTip, why);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((cell.alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (voided)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return cell.attention ? QVariant(QBrush(QColor(0xb0, 0x20, 0x20))) : QVariant();
    case Qt::FontRole: {
        if (!voided)
            return {};
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    case SortRole:
        return cell.sortKey.isValid() ? cell.sortKey : QVariant(cell.text);
    case IdRole:
        return m.id;
    case VoidedRole:
        return voided;
    }
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RecordTableModel::setRows(QList<QList<RecordCell>> rows, QList<RecordMark> marks)
{
    Q_ASSERT(marks.isEmpty() || marks.size() == rows.size());
    beginResetModel();
    m_rows = std::move(rows);
    m_marks = std::move(marks);
    endResetModel();
}

int RecordTableModel::voidedCount() const
{
    return int(std::count_if(m_marks.cbegin(), m_marks.cend(), [](const RecordMark &m) { return m.voided.isVoid(); }));
}

QString RecordTableModel::voidedText(const Voiding &voided)
{
    const QDateTime at = voided.at.toLocalTime();
    return tr("Voided by %1 on %2 at %3: %4")
        .arg(voided.by, formatDate(at.date()),
             QLocale().toString(at.time(), QLocale::ShortFormat), voided.reason);
}

void RecordTableModel::setHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

} // namespace pd::ui
