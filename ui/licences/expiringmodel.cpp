#include "expiringmodel.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>

namespace pd::ui {

ExpiringModel::ExpiringModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ExpiringModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExpiringModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpiringModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExpiringCertification &e = m_rows.at(index.row());
    const qint64 days = m_asOf.daysTo(e.expiresOn);
    const bool level = e.kind == ExpiringCertification::Kind::PartnerLevel;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Expires:
            return formatDate(e.expiresOn);
        case DaysLeft:
            return tr("%n day(s)", nullptr, int(days));
        case Partner:
            return QStringLiteral("%1 %2").arg(e.partnerCode, e.partnerName);
        case Holder:
            return level ? tr("the partner") : e.holder;
        case Certificate:
            return level ? tr("certification level: %1").arg(e.certificate) : e.certificate;
        }
        return {};
    case SortRole:
        if (index.column() == Expires || index.column() == DaysLeft)
            return e.expiresOn;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == DaysLeft ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
    case Qt::ForegroundRole:
        return index.column() == DaysLeft && days <= 30 ? QVariant(QBrush(QColor(0xb0, 0x20, 0x20)))
                                                        : QVariant();
    }
    return {};
}

QVariant ExpiringModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Expires:
        return tr("Expires");
    case DaysLeft:
        return tr("Left");
    case Partner:
        return tr("Partner");
    case Holder:
        return tr("Holder");
    case Certificate:
        return tr("Certificate");
    }
    return {};
}

void ExpiringModel::setRows(QList<ExpiringCertification> rows, const QDate &asOf)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_asOf = asOf;
    endResetModel();
}

} // namespace pd::ui
