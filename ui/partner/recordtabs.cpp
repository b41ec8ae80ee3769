#include "recordtabs.h"

#include "editing.h"
#include "formatting.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

RecordCell dateCell(const QDate &d)
{
    RecordCell c;
    c.text = formatDate(d);
    c.sortKey = d.isValid() ? QVariant(d.toJulianDay()) : QVariant(qint64(0));
    return c;
}

RecordCell moneyCell(const Money &m)
{
    RecordCell c = RecordCell::number(m.minor, formatMoney(m));
    return c;
}

// A computed amount, or why there is none (a damaged row: see `check`).
RecordCell amountCell(const Result<Money> &m)
{
    return m ? moneyCell(*m) : RecordCell { m.error().message };
}

QString tierName(const Program *program, const QString &key)
{
    const Tier *t = program ? program->tier(key) : nullptr;
    return t ? t->name : key;
}

// Hides voided rows unless they are asked for.
class VoidedFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShowVoided(bool show)
    {
        if (show == m_show)
            return;
        m_show = show;
        invalidateFilter();
    }
    bool showsVoided() const { return m_show; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return m_show || !sourceModel()->index(row, 0, parent).data(RecordTableModel::VoidedRole).toBool();
    }

private:
    bool m_show = false;
};

} // namespace

RecordTable::RecordTable(const QStringList &headers, QWidget *parent)
    : QWidget(parent)
    , m_model(new RecordTableModel(headers, this))
    , m_proxy(new VoidedFilter(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_showVoided(new QCheckBox(tr("Sho&w voided"), this))
    , m_void(new QAction(tr("&Void…"), this))
    , m_correct(new QAction(tr("&Correct…"), this))
{
    auto *proxy = m_proxy;
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RecordTableModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_showVoided->setToolTip(tr("Also list voided records, struck through, with who voided them, when and why"));
    m_showVoided->hide();
    m_void->setShortcut(QKeySequence::Delete);
    m_void->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_void->setToolTip(tr("Void the selected record with a reason: it leaves the figures and stays in the history"));
    m_correct->setShortcut(QKeySequence(Qt::Key_F2));
    m_correct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_correct->setToolTip(tr("Replace the selected record with a corrected one; the original stays in the history, voided"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showVoided);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_showVoided, &QCheckBox::toggled, this, &RecordTable::setShowVoided);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordTable::updateActions);
    connect(m_void, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId(); id != 0 && m_void->isEnabled())
            emit voidRequested(id);
    });
    connect(m_correct, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId(); id != 0 && m_correct->isEnabled())
            emit correctRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, m_correct, &QAction::trigger);
    updateActions();
}

void RecordTable::setCorrectable(bool correctable)
{
    m_correctable = correctable;
    m_showVoided->setVisible(correctable);
    if (correctable) {
        m_view->addActions({ m_void, m_correct });
        m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    } else {
        m_view->removeAction(m_void);
        m_view->removeAction(m_correct);
        m_view->setContextMenuPolicy(Qt::DefaultContextMenu);
    }
    updateActions();
}

void RecordTable::setEditable(const QString &readOnlyReason)
{
    m_readOnlyReason = readOnlyReason;
    updateActions();
}

void RecordTable::setShowVoided(bool show)
{
    static_cast<VoidedFilter *>(m_proxy)->setShowVoided(show);
    if (m_showVoided->isChecked() != show)
        m_showVoided->setChecked(show);
    updateActions();
}

bool RecordTable::showsVoided() const
{
    return static_cast<VoidedFilter *>(m_proxy)->showsVoided();
}

qint64 RecordTable::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(RecordTableModel::IdRole).toLongLong() : 0;
}

bool RecordTable::selectId(qint64 id)
{
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), RecordTableModel::IdRole, id, 1,
                                                 Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    m_view->setCurrentIndex(found.first());
    m_view->selectRow(found.first().row());
    return true;
}

void RecordTable::updateActions()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const bool live = m_correctable && current.isValid() && currentId() != 0
        && !current.data(RecordTableModel::VoidedRole).toBool();
    setEditingEnabled(m_void, live, m_readOnlyReason);
    setEditingEnabled(m_correct, live, m_readOnlyReason);
}

void RecordTable::updateSummary()
{
    const int voided = m_model->voidedCount();
    m_summary->setText(voided == 0 ? m_summaryText
                                   : tr("%1 · %n voided", nullptr, voided).arg(m_summaryText));
}

void RecordTable::setRows(QList<QList<RecordCell>> rows, const QString &summary, QList<RecordMark> marks)
{
    m_model->setRows(std::move(rows), std::move(marks));
    m_summaryText = summary;
    updateSummary();
    updateActions();
    m_view->resizeColumnsToContents();
    // Keep the last column from being squeezed and the others from running off screen.
    const int cap = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28;
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 12, cap));
}

QStringList RecordRows::staffHeaders()
{
    return { tr("Name"), tr("E-mail"), tr("Role"), tr("Valid certificates") };
}

QList<QList<RecordCell>> RecordRows::staff(const QList<StaffMember> &staff, const QList<Certification> &certifications,
                                           const QDate &today)
{
    QList<QList<RecordCell>> rows;
    for (const StaffMember &s : staff) {
        QStringList valid;
        for (const Certification &c : certifications) {
            if (c.staffId == s.id && c.validOn(today))
                valid << c.certificate;
        }
        RecordCell certs { valid.join(QStringLiteral(", ")) };
        certs.attention = valid.isEmpty();
        if (valid.isEmpty())
            certs.text = tr("none");
        rows.append({ RecordCell { s.name }, RecordCell { s.email },
                      RecordCell { s.role == StaffRole::Sales ? tr("Sales") : tr("Technical") }, certs });
    }
    return rows;
}

QStringList RecordRows::certificationHeaders()
{
    return { tr("Staff member"), tr("Certificate"), tr("Passed on"), tr("Expires on"), tr("Status") };
}

QList<QList<RecordCell>> RecordRows::certifications(const QList<StaffMember> &staff,
                                                    const QList<Certification> &certifications, const QDate &today)
{
    QHash<qint64, QString> names;
    for (const StaffMember &s : staff)
        names.insert(s.id, s.name);
    QList<QList<RecordCell>> rows;
    for (const Certification &c : certifications) {
        RecordCell expires = c.expiresOn.isValid() ? dateCell(c.expiresOn) : RecordCell { tr("does not expire") };
        RecordCell status { c.validOn(today) ? tr("valid") : (c.passedOn > today ? tr("not yet valid") : tr("expired")) };
        status.attention = !c.validOn(today);
        rows.append({ RecordCell { names.value(c.staffId) }, RecordCell { c.certificate }, dateCell(c.passedOn), expires,
                      status });
    }
    return rows;
}

QStringList RecordRows::customerHeaders()
{
    return { tr("Code"), tr("Name"), tr("Country"), tr("Sales lines"), tr("Last sale") };
}

QList<QList<RecordCell>> RecordRows::customers(const QList<Customer> &customers, const QList<Sale> &sales)
{
    QHash<qint64, int> lines;
    QHash<qint64, QDate> last;
    for (const Sale &s : sales) {
        ++lines[s.customerId];
        if (s.soldOn > last.value(s.customerId))
            last.insert(s.customerId, s.soldOn);
    }
    QList<QList<RecordCell>> rows;
    for (const Customer &c : customers) {
        const int n = lines.value(c.id);
        rows.append({ RecordCell { c.code }, RecordCell { c.name }, RecordCell { c.country },
                      RecordCell::number(n, formatNumber(n)), dateCell(last.value(c.id)) });
    }
    return rows;
}

QStringList RecordRows::saleHeaders()
{
    return { tr("Date"), tr("Customer"), tr("Product line"), tr("Quantity"), tr("Unit price"), tr("Amount"),
             tr("Renewal") };
}

QList<QList<RecordCell>> RecordRows::sales(const QList<Sale> &sales, const QList<Customer> &customers,
                                           const Program *program)
{
    QHash<qint64, QString> names;
    for (const Customer &c : customers)
        names.insert(c.id, c.name);
    QHash<QString, QString> lines;
    if (program) {
        for (const ProductLine &l : program->productLines)
            lines.insert(l.key, l.name);
    }
    QList<QList<RecordCell>> rows;
    rows.reserve(sales.size());
    for (const Sale &s : sales) {
        rows.append({ dateCell(s.soldOn), RecordCell { names.value(s.customerId) },
                      RecordCell { lines.value(s.productLine, s.productLine) },
                      RecordCell::number(s.quantity, formatNumber(s.quantity)), moneyCell(s.unitPrice),
                      amountCell(s.amount()), RecordCell { s.renewal ? tr("yes") : QString() } });
    }
    return rows;
}

QStringList RecordRows::eventHeaders()
{
    return { tr("Date"), tr("Event"), tr("Note") };
}

QList<QList<RecordCell>> RecordRows::events(const QList<ComplianceEvent> &events)
{
    QList<QList<RecordCell>> rows;
    for (const ComplianceEvent &e : events)
        rows.append({ dateCell(e.occurredOn), RecordCell { eventLabel(e.kind) }, RecordCell { e.note } });
    return rows;
}

QStringList RecordRows::scoreHeaders()
{
    return { tr("Date"), tr("Measure"), tr("Value") };
}

QList<QList<RecordCell>> RecordRows::scores(const QList<Score> &scores)
{
    QList<QList<RecordCell>> rows;
    for (const Score &s : scores)
        rows.append({ dateCell(s.measuredOn), RecordCell { metricLabel(s.metric) },
                      RecordCell::number(s.value.bp, formatPercentBp(s.value.bp)) });
    return rows;
}

QStringList RecordRows::historyHeaders()
{
    return { tr("Effective"), tr("From"), tr("To"), tr("Reason"), tr("Changed by"), tr("Recorded") };
}

QList<QList<RecordCell>> RecordRows::history(const QList<TierChange> &changes, const Program *program)
{
    QList<QList<RecordCell>> rows;
    for (const TierChange &c : changes) {
        RecordCell recorded { QLocale().toString(c.recordedAt.toLocalTime(), QLocale::ShortFormat) };
        recorded.sortKey = c.recordedAt.toSecsSinceEpoch();
        rows.append({ dateCell(c.effectiveOn), RecordCell { tierName(program, c.fromTier) },
                      RecordCell { tierName(program, c.toTier) }, RecordCell { c.reason, {}, c.reason },
                      RecordCell { c.changedBy }, recorded });
    }
    return rows;
}

QString RecordRows::describe(const Sale &sale, const QList<Customer> &customers, const Program *program)
{
    QString customer;
    for (const Customer &c : customers) {
        if (c.id == sale.customerId)
            customer = c.name;
    }
    const ProductLine *line = nullptr;
    if (program) {
        for (const ProductLine &l : program->productLines) {
            if (l.key == sale.productLine)
                line = &l;
        }
    }
    const auto amount = sale.amount();
    return tr("Sale of %1 on %2 to %3: %4 × %5 = %6")
        .arg(line ? line->name : sale.productLine, formatDate(sale.soldOn), customer, formatNumber(sale.quantity),
             formatMoney(sale.unitPrice), amount ? formatMoney(*amount) : amount.error().message);
}

QString RecordRows::describe(const ComplianceEvent &event)
{
    return event.note.isEmpty() ? tr("%1 on %2").arg(eventLabel(event.kind), formatDate(event.occurredOn))
                                : tr("%1 on %2 (%3)").arg(eventLabel(event.kind), formatDate(event.occurredOn), event.note);
}

QString RecordRows::describe(const Score &score)
{
    return tr("%1 of %2 measured on %3")
        .arg(metricLabel(score.metric), formatPercentBp(score.value.bp), formatDate(score.measuredOn));
}

QString RecordRows::describe(const Certification &certification, const QList<StaffMember> &staff)
{
    QString name;
    for (const StaffMember &s : staff) {
        if (s.id == certification.staffId)
            name = s.name;
    }
    return tr("%1 of %2, passed on %3").arg(certification.certificate, name, formatDate(certification.passedOn));
}

QStringList RecordRows::fieldChangeHeaders()
{
    return { tr("Changed"), tr("Record"), tr("Field"), tr("Old value"), tr("New value"), tr("Changed by"),
             tr("Source") };
}

QString RecordRows::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("country"), QT_TR_NOOP("Country") },
        { QStringLiteral("region"), QT_TR_NOOP("Region") },
        { QStringLiteral("category"), QT_TR_NOOP("Category") },
        { QStringLiteral("subcategory"), QT_TR_NOOP("Subcategory") },
        { QStringLiteral("joined_on"), QT_TR_NOOP("Joined") },
        { QStringLiteral("territory"), QT_TR_NOOP("Territory") },
        { QStringLiteral("brand"), QT_TR_NOOP("Brand") },
        { QStringLiteral("website"), QT_TR_NOOP("Website") },
        { QStringLiteral("owner"), QT_TR_NOOP("Account owner") },
        { QStringLiteral("partner"), QT_TR_NOOP("Partner") },
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QList<QList<RecordCell>> RecordRows::fieldChanges(const QList<RecordChange> &changes)
{
    QList<QList<RecordCell>> rows;
    for (const RecordChange &c : changes) {
        RecordCell changed { QLocale().toString(c.changedAt.toLocalTime(), QLocale::ShortFormat) };
        changed.sortKey = c.changedAt.toSecsSinceEpoch();
        const QString record = c.kind == RecordChange::Kind::Customer ? tr("Customer %1").arg(c.recordCode)
                                                                       : tr("Partner %1").arg(c.recordCode);
        rows.append({ changed, RecordCell { record }, RecordCell { fieldLabel(c.field) },
                      RecordCell { c.oldValue, {}, c.oldValue }, RecordCell { c.newValue, {}, c.newValue },
                      RecordCell { c.changedBy }, RecordCell { c.source } });
    }
    return rows;
}

} // namespace pd::ui
