#include "payoutsview.h"

#include "actionbutton.h"
#include "editing.h"
#include "fieldcheck.h"
#include "formatting.h"
#include "payoutdialogs.h"
#include "payoutfilterproxy.h"
#include "payouttablemodel.h"
#include "session.h"
#include "storage/database.h"
#include "translations.h"
#include "username.h"
#include "workers/backgroundjob.h"
#include "workers/workerdatabase.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace pd::ui
{

namespace
{

// Refills `box` with "all" and `items` (text, data), keeping the chosen data when it is still
// offered (else "all"), without signalling the change.
void refill(QComboBox *box, const QString &all, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant chosen = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all);
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    const int at = chosen.isValid() ? box->findData(chosen) : -1;
    box->setCurrentIndex(std::max(at, 0));
}

// Today for a payment, as the ledger sees it: the local date or UTC's, whichever is later.
QDate paymentToday()
{
    return std::max(QDate::currentDate(), QDateTime::currentDateTimeUtc().date());
}

} // namespace

PayoutsView::PayoutsView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PayoutTableModel(this))
    , m_proxy(new PayoutFilterProxy(m_model, this))
    , m_view(new QTableView(this))
    , m_stateBox(new QComboBox(this))
    , m_quarterBox(new QComboBox(this))
    , m_currencyBox(new QComboBox(this))
    , m_ownerBox(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_approveAction(new QAction(tr("&Approve…"), this))
    , m_payAction(new QAction(tr("Mark &Paid…"), this))
    , m_exportAction(new QAction(tr("E&xport CSV…"), this))
{
    setObjectName(QStringLiteral("payoutsView"));
    m_approveAction->setObjectName(QStringLiteral("approvePayout"));
    m_payAction->setObjectName(QStringLiteral("payPayout"));
    m_exportAction->setObjectName(QStringLiteral("exportPayouts"));
    m_approveAction->setToolTip(tr("Approves the selected owed payable for payment."));
    m_payAction->setToolTip(
        tr("Records the payment of the selected approved payable: its date and reference."));
    m_exportAction->setToolTip(tr("Writes the listed payables to a CSV file."));
    m_stateBox->setObjectName(QStringLiteral("stateFilter"));
    m_quarterBox->setObjectName(QStringLiteral("quarterFilter"));
    m_currencyBox->setObjectName(QStringLiteral("currencyFilter"));
    m_ownerBox->setObjectName(QStringLiteral("ownerFilter"));
    m_ownerBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    QList<std::pair<QString, QVariant>> states;
    for (const PayoutState s :
        { PayoutState::Owed, PayoutState::Approved, PayoutState::Paid, PayoutState::Carried })
        states.append({ payoutStateName(s), int(s) });
    refill(m_stateBox, tr("All states"), states);
    refill(m_quarterBox, tr("All quarters"), {});
    refill(m_currencyBox, tr("All currencies"), {});
    refill(m_ownerBox, tr("All owners"), {});

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the ledger's order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->addActions({ m_approveAction, m_payAction });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_totalsLabel->setObjectName(QStringLiteral("payoutTotals"));
    m_totalsLabel->setTextFormat(Qt::RichText);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("payoutsError"));
    m_error->hide();

    auto *filters = new QHBoxLayout;
    const auto addFilter = [this, filters](const QString &label, QComboBox *box) {
        auto *l = new QLabel(label, this);
        l->setBuddy(box);
        filters->addWidget(l);
        filters->addWidget(box);
        filters->addSpacing(8);
    };
    addFilter(tr("&State:"), m_stateBox);
    addFilter(tr("&Quarter:"), m_quarterBox);
    addFilter(tr("C&urrency:"), m_currencyBox);
    addFilter(tr("&Owner:"), m_ownerBox);
    filters->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButton(m_approveAction, this));
    buttons->addWidget(actionButton(m_payAction, this));
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    buttons->addWidget(actionButton(m_exportAction, this));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totalsLabel);

    for (QComboBox *box : { m_stateBox, m_quarterBox, m_currencyBox, m_ownerBox })
        connect(box, &QComboBox::currentIndexChanged, this, &PayoutsView::applyFilters);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PayoutsView::updateActions);
    // A state change can move the selected row out of the filter, or change what it allows.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &PayoutsView::updateActions);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit partnerActivated(m_proxy->payableAt(index.row()).partnerId);
    });
    connect(m_approveAction, &QAction::triggered, this, &PayoutsView::approveInteractive);
    connect(m_payAction, &QAction::triggered, this, &PayoutsView::payInteractive);
    connect(m_exportAction, &QAction::triggered, this, &PayoutsView::exportInteractive);

    connect(m_session, &Session::opened, this, &PayoutsView::markStale);
    connect(m_session, &Session::dataReplaced, this, &PayoutsView::markStale);
    connect(m_session, &Session::partnerChanged, this, &PayoutsView::markStale); // names and owners
    connect(m_session, &Session::readOnlyChanged, this, &PayoutsView::updateActions);
    connect(m_session, &Session::closed, this, [this] {
        if (m_job)
            m_job->cancel(); // it finishes and deletes itself in the background; its result is dropped
        m_job = nullptr;
        m_model->clear();
        fillFilters();
        applyFilters();
    });
    updateTotals();
    updateActions();
}

void PayoutsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void PayoutsView::markStale()
{
    m_stale = true;
    if (isVisible())
        reload();
}

bool PayoutsView::isLoading() const
{
    return m_job != nullptr;
}

void PayoutsView::reload()
{
    if (!m_session->isOpen())
        return;
    m_stale = false;
    if (m_job) {
        m_job->cancel();
        m_job = nullptr;
    }
    auto out = std::make_shared<PayoutTable>();
    const QString location = m_session->location();
    const QLocale locale;
    m_job = new BackgroundJob(
        tr("Loading payouts"),
        [location, locale, out](const ProgressFn &) -> Result<void> {
            auto opened = openDatabase(location);
            if (!opened)
                return std::unexpected(opened.error());
            ScopedDatabase db(std::move(*opened));
            auto payables = PayoutLedger(*db).list();
            if (!payables)
                return std::unexpected(payables.error());
            *out = PayoutTable::build(std::move(*payables), locale);
            return {};
        },
        this);
    BackgroundJob *job = m_job;
    connect(job, &BackgroundJob::finished, this, [this, job, out] {
        job->deleteLater();
        if (job != m_job)
            return;
        m_job = nullptr;
        if (job->succeeded()) {
            m_error->hide();
            const qint64 selected = selectedPayable() ? selectedPayable()->id : 0;
            m_model->setTable(std::move(*out));
            fillFilters();
            applyFilters();
            m_view->resizeColumnsToContents();
            if (selected)
                selectPayable(selected);
        } else if (job->error().code != Error::Code::Cancelled) {
            m_error->setText(tr("The payouts could not be read: %1").arg(job->error().message));
            m_error->show();
        }
        emit loaded();
    });
    job->start();
}

void PayoutsView::fillFilters()
{
    QSet<int> quarterKeys;
    QList<Quarter> quarters;
    QSet<QString> currencies;
    QSet<QString> owners;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Payable &p = m_model->payableAt(row);
        if (!quarterKeys.contains(p.quarter.year * 10 + p.quarter.number)) {
            quarterKeys.insert(p.quarter.year * 10 + p.quarter.number);
            quarters << p.quarter;
        }
        currencies.insert(p.currency);
        owners.insert(p.owner);
    }
    // The latest quarter first: it is the one being approved and paid.
    std::sort(quarters.begin(), quarters.end(), [](const Quarter &a, const Quarter &b) {
        return std::pair(a.year, a.number) > std::pair(b.year, b.number);
    });
    QList<std::pair<QString, QVariant>> items;
    for (const Quarter &q : std::as_const(quarters))
        items.append({ q.text(), q.text() });
    refill(m_quarterBox, tr("All quarters"), items);

    QStringList sorted(currencies.cbegin(), currencies.cend());
    sorted.sort();
    items.clear();
    for (const QString &c : std::as_const(sorted))
        items.append({ c, c });
    refill(m_currencyBox, tr("All currencies"), items);

    QStringList named(owners.cbegin(), owners.cend());
    named.removeAll(QString());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(named.begin(), named.end(),
        [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    items.clear();
    if (owners.contains(QString()))
        items.append({ tr("(no owner)"), QStringLiteral("") });
    for (const QString &o : std::as_const(named))
        items.append({ o, o });
    refill(m_ownerBox, tr("All owners"), items);
}

void PayoutsView::applyFilters()
{
    const QVariant state = m_stateBox->currentData();
    m_proxy->setStateFilter(state.isValid() ? std::optional(PayoutState(state.toInt())) : std::nullopt);
    m_proxy->setQuarterFilter(Quarter::parse(m_quarterBox->currentData().toString()));
    m_proxy->setCurrencyFilter(m_currencyBox->currentData().toString());
    const QVariant owner = m_ownerBox->currentData();
    m_proxy->setOwnerFilter(owner.isValid() ? std::optional(owner.toString()) : std::nullopt);
    m_count->setText(tr("%1 of %n payable(s)", nullptr, pluralCount(m_model->rowCount()))
                         .arg(formatNumber(m_proxy->rowCount())));
    updateTotals();
    updateActions();
}

QList<Payable> PayoutsView::listedPayables() const
{
    QList<Payable> out;
    out.reserve(m_proxy->rowCount());
    for (const Payable &p : m_model->payables()) {
        if (m_proxy->accepts(p))
            out << p;
    }
    return out;
}

void PayoutsView::updateTotals()
{
    m_totals.clear();
    const auto totals = payoutTotals(listedPayables());
    if (!totals) {
        m_totalsLabel->setText(totals.error().message.toHtmlEscaped());
        return;
    }
    m_totals = *totals;
    if (m_totals.isEmpty()) {
        m_totalsLabel->setText(tr("No payables listed."));
        return;
    }
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr>");
    html += QStringLiteral("<th align=\"left\">%1</th>").arg(tr("Currency").toHtmlEscaped());
    for (const QString &header :
        { tr("Payables"), tr("Owed"), tr("Approved"), tr("Paid"), tr("Carried forward") })
        html += QStringLiteral("<th align=\"right\">%1</th>").arg(header.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const PayoutTotal &t : std::as_const(m_totals)) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\">%2</td>")
                    .arg(t.currency.toHtmlEscaped(), formatNumber(t.payables));
        for (const qint64 minor : { t.owedMinor, t.approvedMinor, t.paidMinor, t.carriedOutMinor })
            html += QStringLiteral("<td align=\"right\">%1</td>")
                        .arg(formatMoney(minor, t.currency).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    m_totalsLabel->setText(html + QStringLiteral("</table>"));
}

QString PayoutsView::totalsText() const
{
    return m_totalsLabel->text();
}

QString PayoutsView::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

const Payable *PayoutsView::selectedPayable() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_proxy->payableAt(rows.first().row());
}

bool PayoutsView::selectPayable(qint64 id)
{
    const int row = m_model->rowOfPayable(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

void PayoutsView::updateActions()
{
    const Payable *p = selectedPayable();
    const QString readOnly = m_session->readOnlyReason();
    setEditingEnabled(m_approveAction, p && p->state == PayoutState::Owed, readOnly);
    setEditingEnabled(m_payAction, p && p->state == PayoutState::Approved, readOnly);
    m_exportAction->setEnabled(m_proxy->rowCount() > 0);
}

QString PayoutsView::userName() const
{
    const QString user = currentUserName();
    return user.isEmpty() ? m_session->store().database().userName() : user;
}

void PayoutsView::afterWrite(const Result<Payable> &written)
{
    if (!written)
        return;
    m_model->updatePayable(*written);
    // A payable that left the list (filtered by state) takes the selection with it: the next
    // row must not become the one the actions apply to.
    if (!selectPayable(written->id))
        m_view->selectionModel()->clear();
    updateTotals();
    updateActions();
}

Result<Payable> PayoutsView::approve(qint64 payableId)
{
    if (auto writable = m_session->checkWritable(); !writable)
        return std::unexpected(writable.error());
    auto approved = PayoutLedger(m_session->store().database()).approve(payableId, userName());
    afterWrite(approved);
    if (approved)
        emit statusMessage(tr("Approved %1.").arg(payableSummary(*approved)));
    return approved;
}

Result<Payable> PayoutsView::pay(qint64 payableId, const QDate &paidOn, const QString &reference)
{
    if (auto writable = m_session->checkWritable(); !writable)
        return std::unexpected(writable.error());
    auto paid = PayoutLedger(m_session->store().database()).pay(payableId, paidOn, reference, userName());
    afterWrite(paid);
    if (paid)
        emit statusMessage(
            tr("Marked %1 paid (reference %2).").arg(payableSummary(*paid), paid->paymentReference));
    return paid;
}

Result<qint64> PayoutsView::exportTo(const QString &path) const
{
    return exportPayoutCsv(listedPayables(), path);
}

void PayoutsView::approveInteractive()
{
    const Payable *p = selectedPayable();
    if (!p)
        return;
    const qint64 id = p->id;
    ApproveDialog dialog(
        *p, userName(), [this, id] { return approve(id); }, this);
    dialog.exec();
}

void PayoutsView::payInteractive()
{
    const Payable *p = selectedPayable();
    if (!p)
        return;
    const qint64 id = p->id;
    PaymentDialog dialog(
        *p, paymentToday(),
        [this, id](const QDate &on, const QString &reference) { return pay(id, on, reference); }, this);
    dialog.exec();
}

void PayoutsView::exportInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Payouts"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/payouts.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = exportTo(path);
    if (!written) {
        QMessageBox::warning(this, tr("Export Payouts"), written.error().message);
        return;
    }
    emit statusMessage(tr("Exported %n payable(s) to %1.", nullptr, pluralCount(*written))
                           .arg(QDir::toNativeSeparators(path)));
}

} // namespace pd::ui
