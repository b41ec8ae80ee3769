#include "nfrkeymodel.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace pd::ui {

NfrKeyModel::NfrKeyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int NfrKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int NfrKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NfrKeyModel::state(const NfrKey &k) const
{
    if (k.isRevokedOn(m_today))
        return tr("revoked on %1").arg(formatDate(k.revokedOn));
    if (m_today < k.issuedOn)
        return tr("not valid yet");
    if (m_today > k.validUntil)
        return tr("expired");
    if (k.modulesUntil.isValid() && m_today <= k.modulesUntil)
        return tr("valid, add-on modules enabled");
    return tr("valid");
}

int NfrKeyModel::activeCount() const
{
    return int(
        std::count_if(m_keys.begin(), m_keys.end(), [&](const NfrKey &k) { return k.activeOn(m_today); }));
}

QVariant NfrKeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NfrKey &k = m_keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Serial:
            return k.serial;
        case Partner:
            return k.partnerCode;
        case Product:
            return k.product;
        case Issued:
            return formatDate(k.issuedOn);
        case ValidUntil:
            return formatDate(k.validUntil);
        case Modules:
            if (!k.modulesUntil.isValid())
                return tr("none");
            return tr("%1 until %2")
                .arg(k.modules.isEmpty() ? tr("all") : k.modules.join(QStringLiteral(", ")),
                    formatDate(k.modulesUntil));
        case State:
            return state(k);
        case Override:
            return k.overrideReason.isEmpty() ? QString() : tr("%1: %2").arg(k.issuedBy, k.overrideReason);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Issued:
            return k.issuedOn;
        case ValidUntil:
            return k.validUntil;
        case Modules:
            return k.modulesUntil;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SerialRole:
        return k.serial;
    case TokenRole:
        return k.token;
    case Qt::ToolTipRole:
        if (index.column() == State && k.revokedOn.isValid())
            return tr("Revoked by %1: %2").arg(k.revokedBy, k.revokeReason);
        if (index.column() == Serial)
            return tr("Issued by %1, signed with vendor key %2").arg(k.issuedBy, k.signerKeyId);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State && !k.activeOn(m_today))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    }
    return {};
}

QVariant NfrKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Serial:
        return tr("Serial");
    case Partner:
        return tr("Partner");
    case Product:
        return tr("Product");
    case Issued:
        return tr("Issued");
    case ValidUntil:
        return tr("Valid until");
    case Modules:
        return tr("Add-on modules");
    case State:
        return tr("State");
    case Override:
        return tr("Manager override");
    }
    return {};
}

void NfrKeyModel::setKeys(QList<NfrKey> keys, const QDate &today)
{
    beginResetModel();
    m_keys = std::move(keys);
    m_today = today;
    endResetModel();
}

} // namespace pd::ui
