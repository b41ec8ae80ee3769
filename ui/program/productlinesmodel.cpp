#include "productlinesmodel.h"

#include "programdraft.h"

namespace pd::ui {

ProductLinesModel::ProductLinesModel(ProgramDraft *draft, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
{
    connect(draft, &ProgramDraft::aboutToChangeStructure, this, [this] { beginResetModel(); });
    connect(draft, &ProgramDraft::structureChanged, this, [this] { endResetModel(); });
}

int ProductLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_draft->program().productLines.size());
}

int ProductLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const ProductLine &l = m_draft->program().productLines.at(index.row());
    return index.column() == Key ? l.key : l.name;
}

bool ProductLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Program &p = m_draft->program();
    ProductLine &l = p.productLines[index.row()];
    const QString text = value.toString().trimmed();
    if (index.column() == Name) {
        if (l.name == text)
            return false;
        l.name = text;
    } else {
        if (l.key == text)
            return false;
        const QString old = l.key;
        l.key = text;
        for (Tier &t : p.tiers) {
            if (t.rates.contains(old))
                t.rates.insert(text, t.rates.take(old));
            for (QList<Requirement> *list : { &t.requirements, &t.targets }) {
                for (Requirement &r : *list) {
                    for (QString &line : r.productLines) {
                        if (line == old)
                            line = text;
                    }
                }
            }
        }
    }
    emit dataChanged(index, index);
    m_draft->touch();
    return true;
}

Qt::ItemFlags ProductLinesModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant ProductLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == Key ? tr("Key") : tr("Name");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace pd::ui
