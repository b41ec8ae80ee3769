#include "ratesmodel.h"

#include "choicedelegate.h"
#include "formatting.h"
#include "programdraft.h"
#include "translations.h"

#include <QRegularExpression>
#include <algorithm>

namespace pd::ui {

namespace {
const QString kRenewal = QStringLiteral("renewal");

QStringList kindLabels()
{
    return { RatesModel::tr("Reward"), RatesModel::tr("Discount"), RatesModel::tr("Commission per unit") };
}

const RateKind kKinds[] = { RateKind::Reward, RateKind::Discount, RateKind::Commission };

int kindIndex(RateKind kind)
{
    return kind == RateKind::Discount ? 1 : kind == RateKind::Commission ? 2 : 0;
}

// A rule moved to another kind: percentages stay between reward and discount; a commission's
// amount is not a percentage, so across that border only the note stays (a commission negotiated
// per partner, or a note alone).
RateRule convertedRule(RateRule rule, RateKind kind, const QString &currency)
{
    const bool wasCommission = rule.kind == RateKind::Commission;
    if (rule.kind == RateKind::None || wasCommission == (kind == RateKind::Commission)) {
        if (rule.kind != RateKind::None)
            rule.kind = kind;
        return rule;
    }
    RateRule out;
    out.note = rule.note;
    if (kind == RateKind::Commission) {
        out.kind = RateKind::Commission;
        out.perUnit = Money { 0, currency };
    }
    return out;
}
} // namespace

RatesModel::RatesModel(ProgramDraft *draft, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
{
    connect(draft, &ProgramDraft::aboutToChangeStructure, this, [this] { beginResetModel(); });
    connect(draft, &ProgramDraft::structureChanged, this, [this] { endResetModel(); });
    // Tier names and line names show in the headers; other models rename them.
    connect(draft, &ProgramDraft::changed, this, [this] {
        if (rowCount() > 0)
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    });
}

namespace {
Result<RateRule> parseCommission(const QString &input, const QString &currency)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:\\((.*)\\))?\\s*$"));
    RateRule rule;
    const QString text = QString(input).replace(QChar(0x00A0), u' ').trimmed();
    if (text.isEmpty())
        return rule;
    rule.kind = RateKind::Commission;
    rule.perUnit = Money { 0, currency };
    const auto m = pattern.match(text);
    if (!m.hasMatch()) {
        if (text.front().isDigit() || text.front() == u'-' || text.front() == u'+' || text.front() == QChar(0x2212))
            return fail(Error::Code::InvalidInput,
                        RatesModel::tr("\"%1\" is not an amount per unit. Enter an amount in %2 (250.00), "
                                       "optionally with a note in parentheses, or a note alone (negotiated).")
                            .arg(text, currency));
        // A note alone: the amount is negotiated per partner. In parentheses it is the note too.
        rule.note = text.startsWith(u'(') && text.endsWith(u')') ? text.mid(1, text.size() - 2).trimmed() : text;
        return rule;
    }
    const auto amount = Money::parse(m.captured(1).replace(u',', u'.'), currency);
    if (!amount)
        return std::unexpected(amount.error());
    rule.perUnit = *amount;
    rule.note = m.captured(2).trimmed();
    return rule;
}
} // namespace

QString RatesModel::ruleText(const RateRule &rule)
{
    QString text;
    if (rule.kind == RateKind::Commission) {
        if (rule.perUnit.minor == 0) // negotiated per partner: the note alone, or the word
            return rule.note.isEmpty() ? tr("negotiated") : rule.note;
        text = rule.perUnit.plainText().replace(u'.', formattingLocale().decimalPoint());
        if (!rule.note.isEmpty())
            text += QStringLiteral(" (") + rule.note + QLatin1Char(')');
        return text;
    }
    if (rule.kind != RateKind::None) {
        text = rule.isRange() ? formatPercentRangeBp(rule.min.bp, rule.max.bp) : formatPercentBp(rule.min.bp);
        if (!rule.note.isEmpty())
            text += QStringLiteral(" (") + rule.note + QLatin1Char(')');
        return text;
    }
    return rule.note;
}

Result<RateRule> RatesModel::parseRule(const QString &input, RateKind kind, const QString &currency)
{
    if (kind == RateKind::Commission)
        return parseCommission(input, currency);
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:%\\s*)?(?:[-–]\\s*(\\d+(?:[.,]\\d+)?)\\s*)?%?\\s*(?:\\((.*)\\))?\\s*$"));
    RateRule rule;
    // What ruleText() shows parses back: "12,5 %" with the no-break space of Spanish and Russian.
    const QString text = QString(input).replace(QChar(0x00A0), u' ').trimmed();
    if (text.isEmpty())
        return rule;
    const auto m = pattern.match(text);
    if (!m.hasMatch()) {
        if (text.front().isDigit())
            return fail(Error::Code::InvalidInput,
                        tr("\"%1\" is not a rate. Enter a percentage (25), a range (10-15) or a note.").arg(text));
        rule.note = text; // a note alone: no rate, for example "negotiated"
        return rule;
    }
    auto min = Rate::parsePercent(m.captured(1));
    if (!min)
        return std::unexpected(min.error());
    auto max = m.captured(2).isEmpty() ? min : Rate::parsePercent(m.captured(2));
    if (!max)
        return std::unexpected(max.error());
    if (*min > *max)
        return fail(Error::Code::InvalidInput, tr("The minimum %1 is above the maximum %2.")
                                                   .arg(formatPercentBp(min->bp), formatPercentBp(max->bp)));
    rule.kind = kind == RateKind::None ? RateKind::Reward : kind;
    rule.min = *min;
    rule.max = *max;
    rule.note = m.captured(3).trimmed();
    return rule;
}

QString RatesModel::lineKey(int row) const
{
    const auto &lines = m_draft->program().productLines;
    return row < lines.size() ? lines.at(row).key : kRenewal;
}

RateKind RatesModel::rowKind(int row) const
{
    const QString key = lineKey(row);
    for (const Tier &t : m_draft->program().tiers) {
        const auto it = t.rates.constFind(key);
        if (it != t.rates.cend() && it->kind != RateKind::None)
            return it->kind;
    }
    return RateKind::Reward;
}

int RatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_draft->program().productLines.size()) + 1;
}

int RatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_draft->program().tiers.size()) + 1;
}

QVariant RatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() == KindColumn) {
        const int kind = kindIndex(rowKind(index.row()));
        if (role == ChoiceDelegate::ChoicesRole)
            return kindLabels();
        if (role == Qt::EditRole)
            return kind;
        if (role == Qt::DisplayRole)
            return kindLabels().at(kind);
        return {};
    }
    const Tier &t = m_draft->program().tiers.at(index.column() - 1);
    const auto it = t.rates.constFind(lineKey(index.row()));
    const QString text = it == t.rates.cend() ? QString() : ruleText(*it);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text;
    case Qt::ToolTipRole:
        return rowKind(index.row()) == RateKind::Commission
            ? tr("An amount per unit in %1 (250.00), optionally with a note in parentheses, or a note alone: the "
                 "amount is negotiated per partner; empty for no rate.")
                  .arg(m_draft->program().currency)
            : tr("A percentage (25), a range set per partner (10-15), either with a note in parentheses, or a note "
                 "alone; empty for no rate.");
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    }
    return {};
}

bool RatesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Program &p = m_draft->program();
    const QString key = lineKey(index.row());
    if (index.column() == KindColumn) {
        const RateKind kind = kKinds[std::clamp(value.toInt(), 0, 2)];
        for (Tier &t : p.tiers) {
            auto it = t.rates.find(key);
            if (it == t.rates.end())
                continue;
            *it = convertedRule(*it, kind, p.currency);
            if (it->kind == RateKind::None && it->note.isEmpty())
                t.rates.erase(it);
        }
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
        m_draft->touch();
        return true;
    }
    const auto rule = parseRule(value.toString(), rowKind(index.row()), p.currency);
    if (!rule) {
        emit editRejected(rule.error().message);
        return false;
    }
    Tier &t = p.tiers[index.column() - 1];
    if (rule->kind == RateKind::None && rule->note.isEmpty())
        t.rates.remove(key);
    else
        t.rates.insert(key, *rule);
    emit dataChanged(index, index);
    m_draft->touch();
    return true;
}

Qt::ItemFlags RatesModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant RatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Program &p = m_draft->program();
    if (orientation == Qt::Horizontal) {
        if (section == KindColumn)
            return tr("Kind");
        return section - 1 < p.tiers.size() ? p.tiers.at(section - 1).name : QString();
    }
    if (section < p.productLines.size())
        return p.productLines.at(section).name;
    return tr("Renewals");
}

} // namespace pd::ui
