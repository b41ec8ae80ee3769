#include "creditledgermodel.h"

#include "formatting.h"

#include <QLocale>

namespace pd::ui {

CreditLedgerModel::CreditLedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CreditLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CreditLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Entry:
            return QString::number(e.id);
        case Date:
            return formatDate(e.entryOn);
        case Kind:
            return e.correctsId > 0 ? tr("%1 of #%2").arg(creditEntryKindLabel(e.kind)).arg(e.correctsId)
                                    : creditEntryKindLabel(e.kind);
        case Credits:
            return QString((e.credits > 0 ? QStringLiteral("+") : QString()) + formatNumber(e.credits));
        case Balance:
            return formatNumber(e.balanceAfter);
        case Discount:
            return e.kind == CreditEntryKind::Purchase ? formatPercentBp(e.discount.bp) : QString();
        case Paid:
            return e.kind == CreditEntryKind::Purchase || e.paid.minor != 0 ? formatMoney(e.paid) : QString();
        case Customer:
            return e.customerCode;
        case Note:
            return e.note;
        case RecordedBy:
            return e.recordedBy;
        }
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Entry:
            return e.id;
        case Date:
            return e.entryOn;
        case Credits:
            return e.credits;
        case Balance:
            return e.balanceAfter;
        case Discount:
            return e.discount.bp;
        case Paid:
            return e.paid.minor;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == EntryIdRole)
        return e.id;
    if (role == Qt::ToolTipRole && index.column() == Entry && e.recordedAt.isValid())
        return tr("Recorded %1").arg(QLocale().toString(e.recordedAt.toLocalTime(), QLocale::ShortFormat));
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Entry:
        case Credits:
        case Balance:
        case Discount:
        case Paid:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return {};
}

QVariant CreditLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Entry:
        return tr("Entry");
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Credits:
        return tr("Credits");
    case Balance:
        return tr("Balance");
    case Discount:
        return tr("Discount");
    case Paid:
        return tr("Paid");
    case Customer:
        return tr("Customer");
    case Note:
        return tr("Note");
    case RecordedBy:
        return tr("Recorded by");
    }
    return {};
}

void CreditLedgerModel::setEntries(QList<CreditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

} // namespace pd::ui
