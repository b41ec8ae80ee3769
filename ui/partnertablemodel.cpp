#include "partnertablemodel.h"

#include <QBrush>
#include <QCollator>
#include <QColor>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace pd::ui {

namespace {

// Ranks a handful of display names (programs, countries) in collation order.
std::vector<int> rankNames(const QStringList &names, const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<int> order(std::size_t(names.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return collator.compare(names.at(a), names.at(b)) < 0; });
    std::vector<int> rank(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        rank[std::size_t(order[i])] = int(i);
    return rank;
}

// Amounts of programs with different minor units compare in major units.
std::vector<double> programScales(const QList<ProgramInfo> &programs)
{
    std::vector<double> scale;
    for (const ProgramInfo &p : programs) {
        const auto c = Currency::find(p.currency);
        scale.push_back(std::pow(10.0, c ? c->digits : 2));
    }
    return scale;
}

} // namespace

PartnerTableModel::PartnerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PartnerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PartnerTableModel::tierName(int program, int tier) const
{
    if (program < 0 || tier < 0)
        return {};
    const ProgramInfo &p = m_table.programs.at(program);
    return tier < p.tierNames.size() ? p.tierNames.at(tier) : QString();
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BrowserRow &r = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return r.name;
        case Code:
            return r.code;
        case Country:
            return r.country < 0 ? QString() : m_table.countries.at(r.country).name;
        case Program:
            return r.program < 0 ? QString() : m_table.programs.at(r.program).name;
        case Tier:
            return tierName(r.program, r.tier);
        case Revenue:
            if (!r.evaluated)
                return QStringLiteral("…");
            if (!r.error.isEmpty())
                return tr("no rate");
            return Money { r.revenueMinor, m_table.programs.at(r.program).currency }.display(m_table.locale);
        case Proposed:
            if (!r.evaluated)
                return QStringLiteral("…");
            return tierName(r.program, r.proposed);
        case Gap:
            return r.evaluated ? r.gapText : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Country:
            return r.country < 0 ? QString() : m_table.countries.at(r.country).code;
        case Revenue:
        case Proposed:
        case Gap:
            if (!r.evaluated)
                return tr("Evaluating…");
            if (!r.error.isEmpty())
                return r.error;
            if (column == Proposed && r.move == TierMove::Upgrade)
                return tr("Qualifies for an upgrade from %1").arg(tierName(r.program, r.tier));
            if (column == Proposed && r.move == TierMove::Demotion)
                return tr("No longer meets the requirements of %1").arg(tierName(r.program, r.tier));
            if (column == Gap)
                return r.gapText;
            return {};
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Revenue)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!r.evaluated)
            return {};
        if (!r.error.isEmpty() && column >= Revenue)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (column == Proposed && r.move == TierMove::Upgrade)
            return QBrush(QColor(0x1b, 0x7a, 0x2e));
        if (column == Proposed && r.move == TierMove::Demotion)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case PartnerIdRole:
        return r.id;
    case MoveRole:
        return r.evaluated ? int(r.move) : -1;
    }
    return {};
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Code");
    case Country:
        return tr("Country");
    case Program:
        return tr("Program");
    case Tier:
        return tr("Tier");
    case Revenue:
        return tr("12-month revenue");
    case Proposed:
        return tr("Proposed tier");
    case Gap:
        return tr("Gap to next tier");
    }
    return {};
}

void PartnerTableModel::setTable(PartnerTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_order.resize(m_table.rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    m_stableById.clear();
    m_stableById.reserve(qsizetype(m_table.rows.size()));
    m_evaluatedCount = 0;
    for (std::size_t i = 0; i < m_table.rows.size(); ++i) {
        m_stableById.insert(m_table.rows[i].id, int(i));
        m_evaluatedCount += m_table.rows[i].evaluated ? 1 : 0;
    }
    QStringList names;
    for (const ProgramInfo &p : m_table.programs)
        names << p.name;
    m_programRank = rankNames(names, m_table.locale);
    m_programScale = programScales(m_table.programs);
    names.clear();
    for (const CountryInfo &c : m_table.countries)
        names << c.name;
    m_countryRank = rankNames(names, m_table.locale);
    applySort(false);
    ++m_generation;
    endResetModel();
}

void PartnerTableModel::clear()
{
    setTable(PartnerTable {});
}

int PartnerTableModel::rowOfPartner(qint64 partnerId) const
{
    const auto it = m_stableById.constFind(partnerId);
    return it == m_stableById.cend() ? -1 : m_rowOfStable[std::size_t(*it)];
}

void PartnerTableModel::mergeStatuses(const QList<PartnerStatus> &statuses)
{
    if (m_table.rows.empty())
        return;
    for (const PartnerStatus &s : statuses) {
        const auto it = m_stableById.constFind(s.partnerId);
        if (it == m_stableById.cend())
            continue;
        BrowserRow &r = m_table.rows[std::size_t(*it)];
        if (!r.evaluated)
            ++m_evaluatedCount;
        r.evaluated = true;
        r.revenueMinor = s.revenueMinor;
        r.move = s.move;
        r.gapCount = qint16(std::min(s.gapCount, 32767));
        r.gapMinor = s.gapMinor;
        r.gapText = s.gapText;
        r.error = s.error;
        r.proposed = r.program < 0 ? qint16(-1)
                                   : qint16(m_table.programs.at(r.program).tierKeys.indexOf(s.proposedTier));
    }
    ++m_generation;
    emit dataChanged(index(0, Revenue), index(rowCount() - 1, Gap));
    if (m_sortColumn >= Revenue)
        applySort(true);
    emit statusesMerged();
}

void PartnerTableModel::updatePartner(const Partner &partner)
{
    const auto it = m_stableById.constFind(partner.id);
    if (it == m_stableById.cend())
        return;
    const std::size_t stable = std::size_t(*it);
    BrowserRow &r = m_table.rows[stable];
    const bool renamed = r.name != partner.name;
    r.code = partner.code;
    r.codeLower = partner.code.toLower();
    r.name = partner.name;
    r.nameLower = partner.name.toLower();
    r.program = qint16(m_table.programIndex(partner.programKey));
    r.tier = r.program < 0 ? qint16(-1) : qint16(m_table.programs.at(r.program).tierKeys.indexOf(partner.tierKey));
    int country = m_table.countryIndex(partner.country);
    if (country < 0) {
        const QLocale::Territory t = QLocale::codeToTerritory(partner.country);
        m_table.countries << CountryInfo { partner.country,
                                           t == QLocale::AnyTerritory ? partner.country : QLocale::territoryToString(t) };
        country = int(m_table.countries.size() - 1);
        QStringList names;
        for (const CountryInfo &c : m_table.countries)
            names << c.name;
        m_countryRank = rankNames(names, m_table.locale);
    }
    r.country = qint16(country);
    if (renamed)
        m_table.rerankName(stable);
    ++m_generation;
    const int row = m_rowOfStable[stable];
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (m_sortColumn >= 0)
        applySort(true);
}

void PartnerTableModel::updatePrograms(const QList<StoredProgram> &programs)
{
    QList<ProgramInfo> updated = m_table.programs;
    for (const StoredProgram &sp : programs) {
        const ProgramInfo info = PartnerTable::programInfo(sp.program);
        const int i = m_table.programIndex(sp.program.key);
        if (i < 0) {
            updated << info;
            continue;
        }
        // Tiers may have been reordered: rows keep indices, so translate them by key.
        const ProgramInfo &old = m_table.programs.at(i);
        for (BrowserRow &r : m_table.rows) {
            if (r.program != i)
                continue;
            if (r.tier >= 0)
                r.tier = qint16(info.tierKeys.indexOf(old.tierKeys.value(r.tier)));
            if (r.proposed >= 0)
                r.proposed = qint16(info.tierKeys.indexOf(old.tierKeys.value(r.proposed)));
        }
        updated[i] = info;
    }
    m_table.programs = updated;
    QStringList names;
    for (const ProgramInfo &p : m_table.programs)
        names << p.name;
    m_programRank = rankNames(names, m_table.locale);
    m_programScale = programScales(m_table.programs);
    ++m_generation;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (m_sortColumn >= 0)
        applySort(true);
}

PartnerTableModel::SortKey PartnerTableModel::sortKey(const BrowserRow &r, int column) const
{
    // Rows sort by (primary, amount, name rank, id): a flat key per row, built once per sort,
    // so the sort compares numbers instead of looking through rows, programs and currencies.
    const qint64 programRank = r.program < 0 ? -1 : m_programRank[std::size_t(r.program)];
    const double scale = r.program < 0 ? 1.0 : m_programScale[std::size_t(r.program)];
    // Partners not evaluated yet (or without a rate) sort after every evaluated one.
    const qint64 pending = r.evaluated && r.error.isEmpty() ? 0 : 1;
    SortKey k { 0, 0.0, r.nameRank, r.id };
    switch (column) {
    case Country:
        k.primary = r.country < 0 ? -1 : m_countryRank[std::size_t(r.country)];
        break;
    case Program:
        k.primary = programRank;
        break;
    case Tier:
        k.primary = programRank * 65536 + r.tier;
        break;
    case Revenue:
        k.primary = pending;
        k.amount = double(r.revenueMinor) / scale;
        break;
    case Proposed:
        k.primary = (pending << 40) + programRank * 65536 + r.proposed;
        break;
    case Gap:
        k.primary = (pending << 40) + r.gapCount;
        k.amount = double(r.gapMinor) / scale;
        break;
    default:
        break;
    }
    return k;
}

void PartnerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort(true);
}

void PartnerTableModel::applySort(bool emitLayout)
{
    QModelIndexList persistent;
    std::vector<int> persistentStable;
    if (emitLayout) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        persistent = persistentIndexList();
        for (const QModelIndex &i : persistent)
            persistentStable.push_back(m_order[std::size_t(i.row())]);
    }
    std::iota(m_order.begin(), m_order.end(), 0);
    const auto &rows = m_table.rows;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn == Code) {
        auto less = [&](int a, int b) {
            const int c = QString::compare(rows[std::size_t(a)].code, rows[std::size_t(b)].code);
            return c != 0 ? c < 0 : rows[std::size_t(a)].id < rows[std::size_t(b)].id;
        };
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) { return ascending ? less(a, b) : less(b, a); });
    } else if (m_sortColumn >= 0) {
        std::vector<SortKey> keys;
        keys.reserve(rows.size());
        for (const BrowserRow &r : rows)
            keys.push_back(sortKey(r, m_sortColumn));
        if (ascending)
            std::sort(m_order.begin(), m_order.end(), [&](int a, int b) { return keys[std::size_t(a)] < keys[std::size_t(b)]; });
        else
            std::sort(m_order.begin(), m_order.end(), [&](int a, int b) { return keys[std::size_t(b)] < keys[std::size_t(a)]; });
    }
    m_rowOfStable.resize(m_order.size());
    for (std::size_t i = 0; i < m_order.size(); ++i)
        m_rowOfStable[std::size_t(m_order[i])] = int(i);
    if (emitLayout) {
        for (qsizetype i = 0; i < persistent.size(); ++i)
            changePersistentIndex(persistent.at(i),
                                  index(m_rowOfStable[std::size_t(persistentStable[std::size_t(i)])],
                                        persistent.at(i).column()));
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
}

} // namespace pd::ui
