#include "licencetablemodel.h"

#include "formatting.h"
#include "recordtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace pd::ui {

LicenceTableModel::LicenceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int LicenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LicenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicenceTableModel::display(const LicenceListing &row, int column) const
{
    const Licence &l = row.licence;
    switch (column) {
    case Id:
        return QString::number(l.id);
    case Partner:
        if (row.responsiblePartnerId != l.partnerId)
            return tr("%1 (customer now with %2)").arg(row.partnerCode, row.responsiblePartnerCode);
        return row.partnerCode;
    case Customer:
        return l.kind == LicenceKind::InternalUse
            ? tr("internal use")
            : QStringLiteral("%1 %2").arg(row.customerCode, row.customerName);
    case Product:
        return l.edition.isEmpty() ? l.product : QStringLiteral("%1 %2").arg(l.product, l.edition);
    case Seats:
        return formatNumber(l.seats);
    case Starts:
        return formatDate(l.startsOn);
    case Ends:
        return l.endsOn.isValid() ? formatDate(l.endsOn) : tr("perpetual");
    case DaysLeft:
        if (!l.endsOn.isValid() || !m_asOf.isValid())
            return QString();
        return m_asOf.daysTo(l.endsOn) < 0 ? tr("ended")
                                           : tr("%n day(s)", nullptr, int(m_asOf.daysTo(l.endsOn)));
    case Paid:
        return l.discount.bp > 0 ? tr("%1 (%2 off)").arg(formatMoney(l.paid), formatPercentBp(l.discount.bp))
                                 : formatMoney(l.paid);
    case Renewal:
        if (l.renewedById > 0)
            return tr("renewed by #%1").arg(l.renewedById);
        return l.renewsId > 0 ? tr("renews #%1").arg(l.renewsId) : QString();
    }
    return {};
}

QVariant LicenceTableModel::sortKey(const LicenceListing &row, int column) const
{
    const Licence &l = row.licence;
    switch (column) {
    case Id:
        return l.id;
    case Seats:
        return l.seats;
    case Starts:
        return l.startsOn;
    case Ends:
    case DaysLeft:
        return l.endsOn.isValid() ? l.endsOn : QDate(9999, 12, 31);
    case Paid:
        return l.paid.minor;
    default:
        return display(row, column);
    }
}

QVariant LicenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LicenceListing &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case LicenceIdRole:
        return row.licence.id;
    case VoidedRole:
        return row.licence.voided.isVoid();
    case Qt::FontRole: {
        if (!row.licence.voided.isVoid())
            return {};
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    case Qt::ToolTipRole:
        if (row.licence.voided.isVoid())
            return RecordTableModel::voidedText(row.licence.voided);
        if (index.column() == Product && !row.licence.modules.isEmpty())
            return tr("Modules: %1").arg(row.licence.modules.join(QStringLiteral(", ")));
        return row.licence.note.isEmpty() ? QVariant() : QVariant(row.licence.note);
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Seats || index.column() == Paid
            || index.column() == DaysLeft)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (row.licence.voided.isVoid())
            return QBrush(QColor(0x80, 0x80, 0x80));
        // A licence that ends within 30 days and is not renewed needs attention.
        if (index.column() == DaysLeft && row.licence.endsOn.isValid() && row.licence.renewedById == 0
            && m_asOf.isValid() && m_asOf.daysTo(row.licence.endsOn) <= 30)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    }
    return {};
}

QVariant LicenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Licence");
    case Partner:
        return tr("Sold by");
    case Customer:
        return tr("Customer");
    case Product:
        return tr("Product");
    case Seats:
        return tr("Seats");
    case Starts:
        return tr("Starts");
    case Ends:
        return tr("Ends");
    case DaysLeft:
        return tr("Left");
    case Paid:
        return tr("Paid");
    case Renewal:
        return tr("Renewal");
    }
    return {};
}

void LicenceTableModel::setLicences(QList<LicenceListing> rows, const QDate &asOf)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_asOf = asOf;
    endResetModel();
}

} // namespace pd::ui
