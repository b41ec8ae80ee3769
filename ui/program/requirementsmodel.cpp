#include "requirementsmodel.h"

#include "choicedelegate.h"
#include "formatting.h"
#include "programdraft.h"
#include "requirementtext.h"

#include <QLocale>

namespace pd::ui {

namespace {

QStringList cadenceLabels()
{
    return { RequirementsModel::tr("Once, ever"), RequirementsModel::tr("Once in the period"),
             RequirementsModel::tr("Every quarter"), RequirementsModel::tr("Every month") };
}

QStringList conditionLabels()
{
    return { RequirementsModel::tr("Always"), RequirementsModel::tr("When there were sales"),
             RequirementsModel::tr("When the partner has a web site") };
}

QStringList comparisonLabels()
{
    return { RequirementsModel::tr("at least"), RequirementsModel::tr("more than") };
}

} // namespace

RequirementsModel::RequirementsModel(ProgramDraft *draft, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
{
    connect(draft, &ProgramDraft::aboutToChangeStructure, this, [this] { beginResetModel(); });
    connect(draft, &ProgramDraft::structureChanged, this, [this] {
        if (m_tier >= m_draft->program().tiers.size())
            m_tier = -1;
        endResetModel();
    });
}

QList<pd::Metric> RequirementsModel::metrics()
{
    QList<pd::Metric> out;
    for (int i = 0; i <= int(pd::Metric::Event); ++i)
        out << pd::Metric(i);
    return out;
}

QList<EventKind> RequirementsModel::events()
{
    QList<EventKind> out;
    for (const QString &key : eventKeys()) {
        if (const auto e = eventFromKey(key))
            out << *e;
    }
    return out;
}

void RequirementsModel::setTier(int tier, bool targets)
{
    beginResetModel();
    m_tier = tier >= 0 && tier < m_draft->program().tiers.size() ? tier : -1;
    m_targets = targets;
    endResetModel();
}

QList<Requirement> *RequirementsModel::list() const
{
    if (m_tier < 0)
        return nullptr;
    Tier &t = m_draft->program().tiers[m_tier];
    return m_targets ? &t.targets : &t.requirements;
}

int RequirementsModel::rowCount(const QModelIndex &parent) const
{
    const QList<Requirement> *l = list();
    return parent.isValid() || !l ? 0 : int(l->size());
}

int RequirementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RequirementsModel::applies(const Requirement &r, int column) const
{
    const bool event = r.metric == pd::Metric::Event;
    switch (column) {
    case Comparison:
    case Threshold:
        return !event;
    case Period:
        return r.metric != pd::Metric::MonthsInProgram && (!event || r.cadence != pd::Cadence::Ever);
    case ProductLines:
        return r.metric == pd::Metric::Sales || r.metric == pd::Metric::RenewalDeals;
    case Event:
    case Cadence:
    case Condition:
        return event;
    default:
        return true;
    }
}

QString RequirementsModel::thresholdText(const Requirement &r) const
{
    switch (metricKind(r.metric)) {
    case MetricKind::Money:
        return formatMoney(r.money);
    case MetricKind::Count:
    case MetricKind::Months:
        return formatNumber(r.count);
    case MetricKind::Percent:
        return formatPercentBp(r.percent.bp);
    case MetricKind::Event:
        break;
    }
    return {};
}

QVariant RequirementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Requirement &r = list()->at(index.row());
    const int column = index.column();
    if (!applies(r, column))
        return {};
    if (role == ChoiceDelegate::ChoicesRole) {
        QStringList labels;
        switch (column) {
        case Metric:
            for (pd::Metric m : metrics())
                labels << metricLabel(m);
            return labels;
        case Comparison:
            return comparisonLabels();
        case Event:
            for (EventKind e : events())
                labels << eventLabel(e);
            return labels;
        case Cadence:
            return cadenceLabels();
        case Condition:
            return conditionLabels();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Threshold && r.metric == pd::Metric::Sales)
            return tr("An amount such as 500000.00; add a currency code (500000 USD) for another currency.");
        if (column == ProductLines)
            return tr("Product line keys separated by commas; empty for every line.");
        return requirementText(r, TextContext::application());
    }
    if (role == Qt::TextAlignmentRole && (column == Threshold || column == Period))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit)
        return {};
    switch (column) {
    case Metric:
        return edit ? QVariant(int(r.metric)) : QVariant(metricLabel(r.metric));
    case Comparison:
        return edit ? QVariant(int(r.comparison)) : QVariant(comparisonLabels().at(int(r.comparison)));
    case Threshold:
        if (edit && metricKind(r.metric) == MetricKind::Money)
            return QString(r.money.plainText() + QLatin1Char(' ') + r.money.currency);
        if (edit && metricKind(r.metric) == MetricKind::Percent)
            return r.percent.percentText();
        return edit ? QVariant(QString::number(r.count)) : QVariant(thresholdText(r));
    case Period:
        return edit ? QVariant(r.periodMonths) : QVariant(tr("%n month(s)", nullptr, r.periodMonths));
    case ProductLines:
        return r.productLines.join(QStringLiteral(", "));
    case Event:
        return edit ? QVariant(int(events().indexOf(r.event))) : QVariant(eventLabel(r.event));
    case Cadence:
        return edit ? QVariant(int(r.cadence)) : QVariant(cadenceLabels().at(int(r.cadence)));
    case Condition:
        return edit ? QVariant(int(r.condition)) : QVariant(conditionLabels().at(int(r.condition)));
    case Note:
        return r.note;
    }
    return {};
}

bool RequirementsModel::setThreshold(Requirement &r, const QString &input)
{
    const QString text = input.trimmed();
    switch (metricKind(r.metric)) {
    case MetricKind::Money: {
        const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString currency = r.money.currency.isEmpty() ? m_draft->program().currency : r.money.currency;
        QString amount = text;
        if (parts.size() == 2 && parts.at(1).size() == 3 && parts.at(1).at(0).isLetter()) {
            amount = parts.at(0);
            currency = parts.at(1).toUpper();
        }
        const auto m = Money::parse(amount, currency);
        if (!m) {
            emit editRejected(m.error().message);
            return false;
        }
        if (m->minor < 0) {
            emit editRejected(tr("A threshold must not be negative."));
            return false;
        }
        r.money = *m;
        return true;
    }
    case MetricKind::Count:
    case MetricKind::Months: {
        bool ok = false;
        const qint64 n = QLocale().toLongLong(text, &ok);
        const qint64 c = ok ? n : text.toLongLong(&ok);
        if (!ok || c < 0) {
            emit editRejected(tr("\"%1\" is not a whole number of zero or more.").arg(text));
            return false;
        }
        r.count = c;
        return true;
    }
    case MetricKind::Percent: {
        QString t = text;
        t.remove(QLatin1Char('%'));
        const auto rate = Rate::parsePercent(t.trimmed());
        if (!rate) {
            emit editRejected(rate.error().message);
            return false;
        }
        r.percent = *rate;
        return true;
    }
    case MetricKind::Event:
        break;
    }
    return false;
}

bool RequirementsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Requirement &r = (*list())[index.row()];
    const int column = index.column();
    if (!applies(r, column))
        return false;
    switch (column) {
    case Metric: {
        const int m = value.toInt();
        if (m < 0 || m > int(pd::Metric::Event) || pd::Metric(m) == r.metric)
            return false;
        // A new metric starts from a neutral threshold in the program's currency.
        Requirement fresh;
        fresh.metric = pd::Metric(m);
        fresh.money = Money { 0, m_draft->program().currency };
        fresh.note = r.note;
        r = fresh;
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        m_draft->touch();
        return true;
    }
    case Comparison:
        r.comparison = value.toInt() == 1 ? pd::Comparison::MoreThan : pd::Comparison::AtLeast;
        break;
    case Threshold:
        if (!setThreshold(r, value.toString()))
            return false;
        break;
    case Period: {
        bool ok = false;
        const int months = value.toString().trimmed().toInt(&ok);
        if (!ok || months < 1 || months > 120) {
            emit editRejected(tr("A period is between 1 and 120 months."));
            return false;
        }
        r.periodMonths = months;
        break;
    }
    case ProductLines: {
        QStringList lines;
        for (const QString &part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            lines << part.trimmed();
        r.productLines = lines;
        break;
    }
    case Event: {
        const QList<EventKind> all = events();
        const int i = value.toInt();
        if (i < 0 || i >= all.size())
            return false;
        r.event = all.at(i);
        break;
    }
    case Cadence:
        r.cadence = pd::Cadence(std::clamp(value.toInt(), 0, int(pd::Cadence::Monthly)));
        emit dataChanged(this->index(index.row(), Period), this->index(index.row(), Period));
        break;
    case Condition:
        r.condition = pd::Condition(std::clamp(value.toInt(), 0, int(pd::Condition::WhenWebsite)));
        break;
    case Note:
        r.note = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    m_draft->touch();
    return true;
}

Qt::ItemFlags RequirementsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Requirement &r = list()->at(index.row());
    return applies(r, index.column()) ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable
                                      : Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

QVariant RequirementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("Metric");
    case Comparison:
        return tr("Comparison");
    case Threshold:
        return tr("Threshold");
    case Period:
        return tr("Period");
    case ProductLines:
        return tr("Product lines");
    case Event:
        return tr("Event");
    case Cadence:
        return tr("Cadence");
    case Condition:
        return tr("Condition");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace pd::ui
