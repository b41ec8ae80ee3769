#include "tiersmodel.h"

#include "choicedelegate.h"
#include "programdraft.h"

namespace pd::ui {

TiersModel::TiersModel(ProgramDraft *draft, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
{
    connect(draft, &ProgramDraft::aboutToChangeStructure, this, [this] { beginResetModel(); });
    connect(draft, &ProgramDraft::structureChanged, this, [this] { endResetModel(); });
}

QStringList TiersModel::admissionLabels()
{
    return { tr("Automatic"), tr("Vendor review"), tr("Invitation only") };
}

QStringList TiersModel::territoryLabels()
{
    return { tr("None"), tr("Regional exclusivity"), tr("Country exclusivity") };
}

int TiersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_draft->program().tiers.size());
}

int TiersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TiersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tier &t = m_draft->program().tiers.at(index.row());
    const int column = index.column();
    if (role == ChoiceDelegate::ChoicesRole) {
        if (column == Admission)
            return admissionLabels();
        if (column == Territory)
            return territoryLabels();
        return {};
    }
    if (role == Qt::ToolTipRole && column == Admission)
        return tr("Automatic tiers are proposed by the tier engine; review and invitation-only tiers never are.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Key:
        return t.key;
    case Name:
        return t.name;
    case Admission:
        return role == Qt::EditRole ? QVariant(int(t.admission)) : QVariant(admissionLabels().at(int(t.admission)));
    case Territory:
        return role == Qt::EditRole ? QVariant(int(t.territory)) : QVariant(territoryLabels().at(int(t.territory)));
    case Description:
        return t.description;
    }
    return {};
}

bool TiersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Program &p = m_draft->program();
    Tier &t = p.tiers[index.row()];
    switch (index.column()) {
    case Key: {
        const QString key = value.toString().trimmed();
        if (key == t.key)
            return false;
        for (BenefitRow &b : p.benefits) {
            if (b.byTier.contains(t.key))
                b.byTier.insert(key, b.byTier.take(t.key));
        }
        t.key = key;
        break;
    }
    case Name:
        t.name = value.toString().trimmed();
        break;
    case Admission: {
        const int choice = value.toInt();
        if (choice < 0 || choice > int(pd::Admission::Invitation))
            return false;
        t.admission = pd::Admission(choice);
        break;
    }
    case Territory: {
        const int choice = value.toInt();
        if (choice < 0 || choice > int(pd::Territory::Country))
            return false;
        t.territory = pd::Territory(choice);
        break;
    }
    case Description:
        t.description = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    m_draft->touch();
    return true;
}

Qt::ItemFlags TiersModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant TiersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Key:
        return tr("Key");
    case Name:
        return tr("Name");
    case Admission:
        return tr("Admission");
    case Territory:
        return tr("Territory");
    case Description:
        return tr("Description");
    }
    return {};
}

} // namespace pd::ui
