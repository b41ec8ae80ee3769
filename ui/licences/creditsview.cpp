#include "creditsview.h"

#include "actionbutton.h"
#include "creditentrydialog.h"
#include "creditledgermodel.h"
#include "formatting.h"
#include "storage/store.h"
#include "translations.h"
#include "username.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

CreditsView::CreditsView(Store &store, qint64 partnerId, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_partnerId(partnerId)
    , m_today(QDate::currentDate())
    , m_balance(new QLabel(this))
    , m_model(new CreditLedgerModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_buyAction(new QAction(tr("&Buy…"), this))
    , m_consumeAction(new QAction(tr("C&onsume…"), this))
    , m_correctAction(new QAction(tr("Co&rrect…"), this))
{
    m_buyAction->setObjectName(QStringLiteral("buyCredits"));
    m_consumeAction->setObjectName(QStringLiteral("consumeCredits"));
    m_correctAction->setObjectName(QStringLiteral("correctCreditEntry"));
    m_userName = currentUserName();
    m_balance->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CreditLedgerModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CreditLedgerModel::Entry, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_correctAction->setToolTip(
        tr("Adds an entry that corrects the selected one; entries are never edited."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButton(m_buyAction, this));
    buttons->addWidget(actionButton(m_consumeAction, this));
    buttons->addWidget(actionButton(m_correctAction, this));
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_balance);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    m_view->addAction(m_buyAction);
    m_view->addAction(m_consumeAction);
    m_view->addAction(m_correctAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_buyAction, &QAction::triggered, this, &CreditsView::buyInteractive);
    connect(m_consumeAction, &QAction::triggered, this, &CreditsView::consumeInteractive);
    connect(m_correctAction, &QAction::triggered, this, &CreditsView::correctInteractive);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CreditsView::updateActions);
    refresh();
}

void CreditsView::setPartner(qint64 partnerId)
{
    m_partnerId = partnerId;
    load();
}

void CreditsView::setToday(const QDate &today)
{
    m_today = today;
    load();
}

void CreditsView::load()
{
    loadView<CreditsView, Read>(this, m_reader, m_store, m_reads,
                                [id = m_partnerId, today = m_today](Store &store) { return read(store, id, today); },
                                &CreditsView::showRead);
}

QString CreditsView::balanceText() const
{
    return m_balance->text();
}

void CreditsView::refresh()
{
    m_reads.next();
    showRead(read(m_store, m_partnerId, m_today));
}

Result<CreditsView::Read> CreditsView::read(Store &store, qint64 partnerId, const QDate &today)
{
    CreditService service(store);
    const auto partner = store.partner(partnerId);
    Read out { partner ? store.program(partner->programKey) : Result<StoredProgram>(std::unexpected(partner.error())),
               CreditDiscountRange {}, QList<CreditEntry> {} };
    if (out.program && out.program->program.usesCredits) {
        out.range = service.discountRange(partnerId, today);
        out.entries = service.ledger(partnerId);
    }
    return out;
}

void CreditsView::showRead(const Result<Read> &read)
{
    const Result<StoredProgram> program
        = read ? read->program : Result<StoredProgram>(std::unexpected(read.error()));
    m_usesCredits = program && program->program.usesCredits;
    m_currency = program ? program->program.currency : QString();
    const auto &range = read ? read->range : Result<CreditDiscountRange>();
    m_range = range ? *range : CreditDiscountRange {};
    const Result<QList<CreditEntry>> entries = read ? read->entries : Result<QList<CreditEntry>>();
    m_model->setEntries(entries ? *entries : QList<CreditEntry> {});
    if (!program)
        m_balance->setText(program.error().message);
    else if (!m_usesCredits)
        m_balance->setText(tr("Program \"%1\" does not use activation credits.").arg(program->program.name));
    else if (!entries)
        m_balance->setText(entries.error().message);
    else
        m_balance->setText(
            tr("Balance: %1 credit(s) (1 credit = 1 %2). Discount of the partner's tier: %3.", nullptr,
               pluralCount(m_model->balance()))
                .arg(formatNumber(m_model->balance()), m_currency,
                    m_range.offered ? formatPercentRangeBp(m_range.min.bp, m_range.max.bp)
                                    : tr("none")));
    updateActions();
    m_view->resizeColumnsToContents();
}

QList<QAction *> CreditsView::editActions() const
{
    return { m_buyAction, m_consumeAction, m_correctAction };
}

void CreditsView::setEditable(bool editable)
{
    m_editable = editable;
    updateActions();
}

void CreditsView::updateActions()
{
    m_buyAction->setEnabled(m_editable && m_usesCredits && m_range.offered);
    m_consumeAction->setEnabled(m_editable && m_usesCredits && m_model->balance() > 0);
    m_correctAction->setEnabled(m_editable && m_usesCredits && m_view->selectionModel()->hasSelection());
}

void CreditsView::afterWrite(const Result<CreditEntry> &written)
{
    if (!written)
        return;
    refresh();
    emit ledgerChanged(m_partnerId);
}

Result<CreditEntry> CreditsView::buy(
    qint64 credits, std::optional<Rate> discount, const QDate &on, const QString &note)
{
    auto e = CreditService(m_store).buy(m_partnerId, credits, discount, on, m_userName, note);
    afterWrite(e);
    return e;
}

Result<CreditEntry> CreditsView::consume(
    qint64 credits, qint64 customerId, const QDate &on, const QString &note)
{
    auto e = CreditService(m_store).consume(m_partnerId, credits, customerId, on, m_userName, note);
    afterWrite(e);
    return e;
}

Result<CreditEntry> CreditsView::correct(
    qint64 entryId, qint64 credits, qint64 paidMinor, const QDate &on, const QString &reason)
{
    auto e = CreditService(m_store).correct(m_partnerId, entryId, credits, paidMinor, on, reason, m_userName);
    afterWrite(e);
    return e;
}

void CreditsView::buyInteractive()
{
    CreditEntryDialog dialog(CreditEntryDialog::Mode::Buy, m_range, m_currency, {}, 0, m_today, this);
    dialog.setSubmitter(
        [this](const CreditEntryDialog &d) { return buy(d.credits(), d.discount(), d.date(), d.note()); });
    dialog.exec();
}

void CreditsView::consumeInteractive()
{
    const auto customers = m_store.customers(m_partnerId);
    if (!customers) {
        QMessageBox::warning(this, tr("Activation Credits"), customers.error().message);
        return;
    }
    CreditEntryDialog dialog(
        CreditEntryDialog::Mode::Consume, m_range, m_currency, *customers, 0, m_today, this);
    dialog.setSubmitter([this](const CreditEntryDialog &d) {
        return consume(d.credits(), d.customerId(), d.date(), d.note());
    });
    dialog.exec();
}

void CreditsView::correctInteractive()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 entryId = rows.first().data(CreditLedgerModel::EntryIdRole).toLongLong();
    CreditEntryDialog dialog(
        CreditEntryDialog::Mode::Correct, m_range, m_currency, {}, entryId, m_today, this);
    dialog.setSubmitter([this, entryId](const CreditEntryDialog &d) {
        return correct(entryId, d.credits(), d.paidMinor(), d.date(), d.note());
    });
    dialog.exec();
}

} // namespace pd::ui
