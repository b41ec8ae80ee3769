#include "licencesview.h"

#include "actionbutton.h"
#include "formatting.h"
#include "licencedialog.h"
#include "licencetablemodel.h"
#include "licensing/licenceservice.h"
#include "storage/licencestore.h"
#include "storage/store.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

LicencesView::LicencesView(Store &store, qint64 partnerId, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_partnerId(partnerId)
    , m_today(QDate::currentDate())
    , m_mode(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_model(new LicenceTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_recordAction(new QAction(tr("Rec&ord Licence…"), this))
    , m_renewAction(new QAction(tr("Rene&w…"), this))
    , m_voidAction(new QAction(tr("&Void…"), this))
    , m_correctAction(new QAction(tr("&Correct…"), this))
    , m_showVoided(new QCheckBox(tr("Show voi&ded"), this))
{
    m_voidAction->setObjectName(QStringLiteral("voidLicence"));
    m_voidAction->setToolTip(tr("Void the selected licence with a reason: it leaves the figures and stays in the "
                                "history"));
    m_voidAction->setShortcut(QKeySequence::Delete);
    m_voidAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_correctAction->setObjectName(QStringLiteral("correctLicence"));
    m_correctAction->setToolTip(tr("Replace the selected licence with a corrected one; the original stays in the "
                                   "history, voided"));
    m_correctAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_correctAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_showVoided->setToolTip(tr("Also list voided licences, struck through, with who voided them, when and why"));
    m_renewAction->setObjectName(QStringLiteral("renewLicence"));
    m_renewAction->setToolTip(tr("Record the renewal of the selected licence"));
    m_recordAction->setObjectName(QStringLiteral("recordLicence"));
    m_recordAction->setToolTip(tr("Record a licence sold to one of the partner's customers or bought for its "
                                  "internal use"));
    m_mode->addItem(tr("All licences"), 0);
    m_mode->addItem(tr("Renewals due in 30 days"), 30);
    m_mode->addItem(tr("Renewals due in 60 days"), 60);
    m_mode->addItem(tr("Renewals due in 90 days"), 90);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LicenceTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LicenceTableModel::Ends, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();

    auto *show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_mode);
    auto *top = new QHBoxLayout;
    top->addWidget(show);
    top->addWidget(m_mode);
    top->addWidget(m_summary, 1);
    top->addWidget(m_showVoided);
    top->addWidget(actionButton(m_recordAction, this));
    top->addWidget(actionButton(m_renewAction, this));
    m_notice->setWordWrap(true);
    m_notice->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    // The table offers the view's actions on its context menu too.
    m_view->addAction(m_recordAction);
    m_view->addAction(m_renewAction);
    m_view->addAction(m_voidAction);
    m_view->addAction(m_correctAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &LicencesView::refresh);
    connect(m_showVoided, &QCheckBox::toggled, this, &LicencesView::refresh);
    connect(m_correctAction, &QAction::triggered, this, [this] {
        if (const LicenceListing *row = selectedListing(); row && m_correctAction->isEnabled())
            correctInteractive(row->licence.id);
    });
    connect(m_voidAction, &QAction::triggered, this, [this] {
        const LicenceListing *row = selectedListing();
        if (!row || !m_voidAction->isEnabled())
            return;
        const Licence &l = row->licence;
        const QString customer = l.kind == LicenceKind::InternalUse ? tr("internal use") : row->customerName;
        emit voidRequested(l.id, tr("Licence #%1: %2, %n seat(s), %3, paid %4", nullptr, l.seats)
                                     .arg(l.id)
                                     .arg(l.edition.isEmpty() ? l.product : l.product + u' ' + l.edition, customer,
                                          formatMoney(l.paid)));
    });
    connect(m_recordAction, &QAction::triggered, this, [this] { recordInteractive(); });
    connect(m_renewAction, &QAction::triggered, this, [this] {
        if (const LicenceListing *row = selectedListing())
            recordInteractive(row->licence.id);
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LicencesView::updateActions);
    refresh();
}

QList<QAction *> LicencesView::editActions() const
{
    return { m_recordAction, m_renewAction, m_voidAction, m_correctAction };
}

void LicencesView::setEditable(bool editable)
{
    m_editable = editable;
    updateActions();
}

void LicencesView::updateActions()
{
    m_recordAction->setEnabled(m_editable && m_partnerId != 0);
    const LicenceListing *row = selectedListing();
    // The partner renews what it holds now: its customers' licences and its own internal use.
    const bool renewable = row && row->licence.renewedById == 0 && row->responsiblePartnerId == m_partnerId
        && (row->licence.kind == LicenceKind::Resale || row->licence.partnerId == m_partnerId);
    m_renewAction->setEnabled(m_editable && m_partnerId != 0 && renewable && !row->licence.voided.isVoid());
    m_voidAction->setEnabled(m_editable && m_partnerId != 0 && row && !row->licence.voided.isVoid());
    m_correctAction->setEnabled(m_voidAction->isEnabled());
}

const LicenceListing *LicencesView::selectedListing() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    return source.isValid() ? &m_model->at(source.row()) : nullptr;
}

QString LicencesView::notice() const
{
    return m_notice->text();
}

Result<Licence> LicencesView::record(Licence licence)
{
    if (m_partnerId == 0)
        return std::unexpected(Error { Error::Code::InvalidInput, tr("Choose a partner first.") });
    licence.partnerId = m_partnerId;
    LicenceService service(m_store);
    auto recorded = licence.kind == LicenceKind::InternalUse ? service.recordInternalUse(licence)
                                                              : service.recordResale(licence);
    if (!recorded)
        return recorded;
    QString text = tr("Recorded licence #%1: %2 paid.").arg(recorded->id).arg(formatMoney(recorded->paid));
    if (recorded->saleId > 0)
        text += u' '
            + (recorded->renewsId > 0 ? tr("Recorded as renewal sale #%1.") : tr("Recorded as sale #%1."))
                  .arg(recorded->saleId);
    m_notice->setText(text);
    m_notice->show();
    // A new licence may fall outside the renewals shown: show every licence to find it.
    if (renewalWindow() != 0)
        setRenewalWindow(0);
    else
        refresh();
    select(recorded->id);
    emit licencesChanged(m_partnerId);
    return recorded;
}

void LicencesView::select(qint64 licenceId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(LicenceTableModel::LicenceIdRole).toLongLong() == licenceId) {
            m_view->setCurrentIndex(index);
            m_view->selectRow(row);
            m_view->scrollTo(index);
            return;
        }
    }
}

std::optional<LicenceDialog::Choices> LicencesView::dialogChoices(const QString &title)
{
    if (m_partnerId == 0)
        return std::nullopt;
    const auto partner = m_store.partner(m_partnerId);
    const auto program = partner ? m_store.program(partner->programKey)
                                 : Result<StoredProgram>(std::unexpected(partner.error()));
    const auto customers = m_store.customers(m_partnerId);
    LicenceService service(m_store);
    const auto licences = service.licences(m_partnerId);
    const auto internalUse = service.internalUse(m_partnerId, m_today);
    const Error *error = !program ? &program.error()
        : !customers              ? &customers.error()
        : !licences               ? &licences.error()
        : !internalUse            ? &internalUse.error()
                                  : nullptr;
    if (error) {
        QMessageBox::warning(this, title, error->message);
        return std::nullopt;
    }
    LicenceDialog::Choices choices;
    choices.partnerName = partner->name;
    choices.currency = program->program.currency;
    choices.productLines = program->program.productLines;
    choices.customers = *customers;
    for (const LicenceListing &row : *licences) {
        if (row.licence.renewedById == 0)
            choices.renewable << row.licence;
    }
    choices.internalUse = *internalUse;
    choices.today = m_today;
    return choices;
}

void LicencesView::recordInteractive(qint64 renewsId)
{
    auto choices = dialogChoices(tr("Record Licence"));
    if (!choices)
        return;
    LicenceDialog dialog(*choices, [this](const Licence &l) { return record(l); }, this);
    if (renewsId > 0)
        dialog.renew(renewsId);
    dialog.exec();
}

void LicencesView::correctInteractive(
    qint64 id, const std::optional<Licence> &values, const QString &reason, const QString &problem)
{
    const auto original = LicenceStore(m_store.database()).licence(id);
    if (!original) {
        QMessageBox::warning(this, tr("Correct Licence"), original.error().message);
        return;
    }
    auto choices = dialogChoices(tr("Correct Licence"));
    if (!choices)
        return;
    // The dialog only collects the replacement; the partner page writes it (RecordCorrections).
    LicenceDialog dialog(*choices, [](const Licence &l) -> Result<Licence> { return l; }, this);
    dialog.correct(id, values.value_or(*original));
    if (!reason.isEmpty())
        dialog.findChild<QLineEdit *>(QStringLiteral("reason"))->setText(reason);
    dialog.showRefusal(problem);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Licence replacement = dialog.licence();
    replacement.partnerId = original->partnerId;
    replacement.correctsId = id;
    emit correctRequested(id, replacement, dialog.reason());
}

void LicencesView::setPartner(qint64 partnerId)
{
    if (partnerId != m_partnerId)
        m_notice->hide();
    m_partnerId = partnerId;
    load();
}

void LicencesView::setToday(const QDate &today)
{
    m_today = today;
    load();
}

void LicencesView::load()
{
    loadView<LicencesView, QList<LicenceListing>>(
        this, m_reader, m_store, m_reads,
        [id = m_partnerId, today = m_today, days = renewalWindow(), voided = m_showVoided->isChecked()](Store &store) {
            return read(store, id, today, days, voided);
        },
        &LicencesView::showRead);
}

void LicencesView::setRenewalWindow(int days)
{
    const int i = m_mode->findData(days);
    if (i >= 0)
        m_mode->setCurrentIndex(i); // refreshes through the signal when it changes
}

int LicencesView::renewalWindow() const
{
    return m_mode->currentData().toInt();
}

QString LicencesView::summary() const
{
    return m_summary->text();
}

void LicencesView::refresh()
{
    m_reads.next();
    showRead(read(m_store, m_partnerId, m_today, renewalWindow(), m_showVoided->isChecked()));
}

Result<QList<LicenceListing>> LicencesView::read(Store &store, qint64 partnerId, const QDate &today, int days,
                                                 bool includeVoided)
{
    LicenceService service(store);
    return days == 0 ? service.licences(partnerId, includeVoided ? Voided::Included : Voided::Excluded)
                     : service.renewalsDue(partnerId, today, days);
}

void LicencesView::showRead(const Result<QList<LicenceListing>> &rows)
{
    const int days = renewalWindow();
    m_showVoided->setEnabled(days == 0);
    m_error->setVisible(!rows);
    if (!rows) {
        m_error->setText(rows.error().message);
        m_model->setLicences({}, m_today);
        m_summary->clear();
        updateActions();
        return;
    }
    // Voided licences are listed (Show voided) but not counted as licences.
    const int voided = int(std::count_if(rows->cbegin(), rows->cend(),
                                         [](const LicenceListing &l) { return l.licence.voided.isVoid(); }));
    const int count = int(rows->size()) - voided;
    m_model->setLicences(*rows, m_today);
    QString text = days == 0 ? tr("%n licence(s)", nullptr, count)
                             : tr("%n licence(s) to renew by %1", nullptr, count)
                                   .arg(QLocale().toString(m_today.addDays(days), QLocale::ShortFormat));
    m_summary->setText(voided == 0 ? text : tr("%1 · %n voided", nullptr, voided).arg(text));
    m_view->resizeColumnsToContents();
    updateActions();
}

} // namespace pd::ui
