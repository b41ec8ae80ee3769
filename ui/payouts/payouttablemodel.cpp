#include "payouttablemodel.h"

#include "formatting.h"

#include <QCollator>
#include <QHash>
#include <algorithm>
#include <limits>
#include <numeric>

namespace pd::ui
{

namespace
{

// Ranks of `texts` in collation order (equal texts share a rank); the distinct texts are
// collated once each, whatever the number of rows.
std::vector<int> ranks(const QList<Payable> &payables, QString Payable::*field, const QCollator &collator)
{
    QStringList distinct;
    QHash<QString, int> rankOf;
    for (const Payable &p : payables) {
        if (!rankOf.contains(p.*field)) {
            rankOf.insert(p.*field, 0);
            distinct << p.*field;
        }
    }
    std::sort(distinct.begin(), distinct.end(),
        [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    for (int i = 0; i < distinct.size(); ++i)
        rankOf[distinct.at(i)] = i;
    std::vector<int> out;
    out.reserve(std::size_t(payables.size()));
    for (const Payable &p : payables)
        out.push_back(rankOf.value(p.*field));
    return out;
}

qint64 timeKey(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

int quarterKey(const Quarter &q)
{
    return q.year * 10 + q.number;
}

// The day of an approval as the ledger compares it with a payment date (UTC).
QDate approvalDay(const Payable &p)
{
    return p.approvedAt.toUTC().date();
}

// Components that are usually zero (rebate, SPIF, carried balances) are left blank when they are.
QVariant blankZero(qint64 minor, const QString &currency)
{
    return minor == 0 ? QVariant() : QVariant(formatMoney(minor, currency));
}

} // namespace

PayoutTable PayoutTable::build(QList<Payable> payables, const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    PayoutTable t;
    t.nameRank = ranks(payables, &Payable::partnerName, collator);
    t.ownerRank = ranks(payables, &Payable::owner, collator);
    t.payables = std::move(payables);
    return t;
}

PayoutTableModel::PayoutTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PayoutTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.payables.size());
}

int PayoutTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayoutTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Payable &p = payableAt(index.row());
    switch (role) {
    case PayableIdRole:
        return p.id;
    case PartnerIdRole:
        return p.partnerId;
    case StateRole:
        return int(p.state);
    case Qt::TextAlignmentRole:
        if (index.column() >= Amount && index.column() <= CarriedOut)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == State && p.state == PayoutState::Carried)
            return tr("Nothing to pay: the sum is zero or negative, and a negative sum is carried to the "
                      "partner's next payable in %1.")
                .arg(p.currency);
        if (index.column() == Amount && p.carriedOutMinor < 0)
            return tr("%1 is carried forward to the next payable.")
                .arg(formatMoney(p.carriedOutMinor, p.currency));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case QuarterColumn:
        return p.quarter.text();
    case Partner:
        return p.partnerName;
    case Code:
        return p.partnerCode;
    case Owner:
        return p.owner;
    case Currency:
        return p.currency;
    case Rewards:
        return formatMoney(p.rewardsMinor, p.currency);
    case Rebate:
        return blankZero(p.rebateMinor, p.currency);
    case Spif:
        return blankZero(p.spifMinor, p.currency);
    case Adjustments:
        return blankZero(p.adjustmentsMinor, p.currency);
    case CarriedIn:
        return blankZero(p.carriedInMinor, p.currency);
    case Amount:
        return formatMoney(p.amountMinor, p.currency);
    case CarriedOut:
        return blankZero(p.carriedOutMinor, p.currency);
    case State:
        return payoutStateName(p.state);
    case ApprovedOn:
        return p.approvedAt.isValid() ? formatDate(approvalDay(p)) : QString();
    case ApprovedBy:
        return p.approvedBy;
    case PaidOn:
        return formatDate(p.paidOn);
    case Reference:
        return p.paymentReference;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PayoutTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case QuarterColumn:
        return tr("Quarter");
    case Partner:
        return tr("Partner");
    case Code:
        return tr("Code");
    case Owner:
        return tr("Owner");
    case Currency:
        return tr("Currency");
    case Rewards:
        return tr("Rewards");
    case Rebate:
        return tr("Rebate");
    case Spif:
        return tr("SPIF");
    case Adjustments:
        return tr("Adjustments");
    case CarriedIn:
        return tr("Carried in");
    case Amount:
        return tr("Amount");
    case CarriedOut:
        return tr("Carried forward");
    case State:
        return tr("State");
    case ApprovedOn:
        return tr("Approved");
    case ApprovedBy:
        return tr("Approved by");
    case PaidOn:
        return tr("Paid on");
    case Reference:
        return tr("Payment reference");
    case ColumnCount:
        break;
    }
    return {};
}

void PayoutTableModel::setTable(PayoutTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_order.resize(std::size_t(m_table.payables.size()));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0)
        applySort();
    endResetModel();
}

void PayoutTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> stable;
    stable.reserve(std::size_t(before.size()));
    for (const QModelIndex &i : before)
        stable.push_back(m_order[std::size_t(i.row())]);
    applySort();
    std::vector<int> rowOf(m_order.size());
    for (std::size_t row = 0; row < m_order.size(); ++row)
        rowOf[std::size_t(m_order[row])] = int(row);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOf[std::size_t(stable[std::size_t(i)])], before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PayoutTableModel::applySort()
{
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    const int column = m_sortColumn;
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(
            m_order.begin(), m_order.end(), [this, column](int a, int b) { return lessThan(a, b, column); });
    else
        std::sort(
            m_order.begin(), m_order.end(), [this, column](int a, int b) { return lessThan(b, a, column); });
}

void PayoutTableModel::clear()
{
    setTable({});
}

void PayoutTableModel::updatePayable(const Payable &p)
{
    const int row = rowOfPayable(p.id);
    if (row < 0)
        return;
    // Name and owner keep their ranks: a state change alters neither. The row stays where the
    // last sort put it.
    m_table.payables[m_order[std::size_t(row)]] = p;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PayoutTableModel::rowOfPayable(qint64 id) const
{
    for (std::size_t row = 0; row < m_order.size(); ++row) {
        if (m_table.payables.at(m_order[row]).id == id)
            return int(row);
    }
    return -1;
}

bool PayoutTableModel::lessThan(int a, int b, int column) const
{
    const Payable &x = m_table.payables.at(a);
    const Payable &y = m_table.payables.at(b);
    const auto by = [a, b](auto l, auto r) { return l != r ? l < r : a < b; };
    switch (Column(column)) {
    case QuarterColumn:
        return by(quarterKey(x.quarter), quarterKey(y.quarter));
    case Partner:
        return by(m_table.nameRank[std::size_t(a)], m_table.nameRank[std::size_t(b)]);
    case Code:
        return x.partnerCode != y.partnerCode ? x.partnerCode < y.partnerCode : a < b;
    case Owner:
        return by(m_table.ownerRank[std::size_t(a)], m_table.ownerRank[std::size_t(b)]);
    case Currency:
        return x.currency != y.currency ? x.currency < y.currency : a < b;
    // Amounts of different currencies are not compared: the currency comes first.
    case Amount:
    case Rewards:
    case Rebate:
    case Spif:
    case Adjustments:
    case CarriedIn:
    case CarriedOut: {
        // In the order of the columns, from Amount.
        static constexpr qint64 Payable::*kFields[]
            = { &Payable::amountMinor, &Payable::rewardsMinor, &Payable::rebateMinor, &Payable::spifMinor,
                  &Payable::adjustmentsMinor, &Payable::carriedInMinor, &Payable::carriedOutMinor };
        const auto field = kFields[column - Amount];
        if (x.currency != y.currency)
            return x.currency < y.currency;
        return by(x.*field, y.*field);
    }
    case State:
        return by(int(x.state), int(y.state));
    case ApprovedOn:
        return by(timeKey(x.approvedAt), timeKey(y.approvedAt));
    case ApprovedBy:
        return x.approvedBy != y.approvedBy ? x.approvedBy < y.approvedBy : a < b;
    case PaidOn:
        return by(x.paidOn.toJulianDay(), y.paidOn.toJulianDay());
    case Reference:
        return x.paymentReference != y.paymentReference ? x.paymentReference < y.paymentReference : a < b;
    case ColumnCount:
        break;
    }
    return a < b;
}

} // namespace pd::ui
