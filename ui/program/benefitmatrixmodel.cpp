#include "benefitmatrixmodel.h"

#include "programdraft.h"

#include <QLocale>

namespace pd::ui {

BenefitMatrixModel::BenefitMatrixModel(ProgramDraft *draft, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
{
    connect(draft, &ProgramDraft::aboutToChangeStructure, this, [this] { beginResetModel(); });
    connect(draft, &ProgramDraft::structureChanged, this, [this] { endResetModel(); });
    connect(draft, &ProgramDraft::changed, this, [this] { emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1); });
}

QString BenefitMatrixModel::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

QJsonValue BenefitMatrixModel::parseCell(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || text == QStringLiteral("—") || text == QStringLiteral("-"))
        return QJsonValue(QJsonValue::Null);
    const QString lower = text.toLower();
    if (lower == tr("yes") || lower == QLatin1StringView("yes") || lower == QLatin1StringView("true"))
        return true;
    if (lower == tr("no") || lower == QLatin1StringView("no") || lower == QLatin1StringView("false"))
        return false;
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok);
    if (ok)
        return number;
    return text;
}

int BenefitMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_draft->program().benefits.size());
}

int BenefitMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstTier + int(m_draft->program().tiers.size());
}

QVariant BenefitMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Program &p = m_draft->program();
    const BenefitRow &b = p.benefits.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column >= FirstTier)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role == Qt::ToolTipRole) {
        if (column >= FirstTier)
            return tr("yes, no, a number, a text, or empty when the tier does not offer it");
        return b.label;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Key:
        return b.key;
    case Label:
        return b.label;
    case Unit:
        return b.unit;
    default: {
        const QString tier = p.tiers.at(column - FirstTier).key;
        const QJsonValue v = b.byTier.value(tier, QJsonValue(QJsonValue::Null));
        if (role == Qt::DisplayRole && v.isNull())
            return QStringLiteral("—");
        if (role == Qt::DisplayRole && v.isDouble() && !b.unit.isEmpty())
            return QString(cellText(v) + QLatin1Char(' ') + b.unit);
        return cellText(v);
    }
    }
}

bool BenefitMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Program &p = m_draft->program();
    BenefitRow &b = p.benefits[index.row()];
    const int column = index.column();
    switch (column) {
    case Key:
        b.key = value.toString().trimmed();
        break;
    case Label:
        b.label = value.toString().trimmed();
        break;
    case Unit:
        b.unit = value.toString().trimmed();
        emit dataChanged(this->index(index.row(), FirstTier), this->index(index.row(), columnCount() - 1));
        break;
    default: {
        const QString tier = p.tiers.at(column - FirstTier).key;
        const QJsonValue v = parseCell(value.toString());
        if (b.byTier.value(tier, QJsonValue(QJsonValue::Null)) == v)
            return false;
        b.byTier.insert(tier, v);
        break;
    }
    }
    emit dataChanged(index, index);
    m_draft->touch();
    return true;
}

Qt::ItemFlags BenefitMatrixModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant BenefitMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Label:
        return tr("Benefit");
    case Unit:
        return tr("Unit");
    default: {
        const auto &tiers = m_draft->program().tiers;
        return section - FirstTier < tiers.size() ? tiers.at(section - FirstTier).name : QString();
    }
    }
}

} // namespace pd::ui
