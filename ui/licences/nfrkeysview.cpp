#include "nfrkeysview.h"

#include <QPointer>

#include "actionbutton.h"
#include "licensing/vendorkey.h"
#include "nfrissuedialog.h"
#include "nfrkeymodel.h"
#include "nfroverridedialog.h"
#include "nfrrevokedialog.h"
#include "nfrverifydialog.h"
#include "storage/store.h"
#include "username.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

NfrKeysView::NfrKeysView(Store &store, qint64 partnerId, QString keyDir, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_partnerId(partnerId)
    , m_keyDir(std::move(keyDir))
    , m_today(QDate::currentDate())
    , m_userName(currentUserName())
    , m_entitlement(new QLabel(this))
    , m_model(new NfrKeyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_issueAction(new QAction(tr("Issue Ke&y…"), this))
    , m_revokeAction(new QAction(tr("&Revoke…"), this))
    , m_copy(new QPushButton(tr("C&opy Key"), this))
{
    m_issueAction->setObjectName(QStringLiteral("issueNfrKey"));
    m_revokeAction->setObjectName(QStringLiteral("revokeNfrKey"));
    auto *verifyButton = new QPushButton(tr("&Verify…"), this);
    m_entitlement->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NfrKeyModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NfrKeyModel::Issued, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButton(m_issueAction, this));
    buttons->addWidget(actionButton(m_revokeAction, this));
    buttons->addWidget(verifyButton);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_entitlement);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    m_view->addAction(m_issueAction);
    m_view->addAction(m_revokeAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_issueAction, &QAction::triggered, this, &NfrKeysView::issueInteractive);
    connect(m_revokeAction, &QAction::triggered, this, &NfrKeysView::revokeSelected);
    connect(verifyButton, &QPushButton::clicked, this, &NfrKeysView::verifyInteractive);
    connect(m_copy, &QPushButton::clicked, this, &NfrKeysView::copySelected);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NfrKeysView::updateButtons);
    refresh();
}

void NfrKeysView::setPartner(qint64 partnerId)
{
    m_partnerId = partnerId;
    load();
}

void NfrKeysView::setToday(const QDate &today)
{
    m_today = today;
    load();
}

void NfrKeysView::load()
{
    loadView<NfrKeysView, Read>(this, m_reader, m_store, m_reads,
                                [id = m_partnerId, today = m_today](Store &store) { return read(store, id, today); },
                                &NfrKeysView::showRead);
}

QString NfrKeysView::entitlementText() const
{
    return m_entitlement->text();
}

void NfrKeysView::refresh()
{
    m_reads.next();
    showRead(read(m_store, m_partnerId, m_today));
}

Result<NfrKeysView::Read> NfrKeysView::read(Store &store, qint64 partnerId, const QDate &today)
{
    NfrService service(store);
    Read out { service.keys(partnerId), std::nullopt };
    if (out.keys && partnerId != 0)
        out.entitlement = service.entitlement(partnerId, today);
    return out;
}

void NfrKeysView::showRead(const Result<Read> &read)
{
    const Result<QList<NfrKey>> keys = read ? read->keys : Result<QList<NfrKey>>(std::unexpected(read.error()));
    m_model->setKeys(keys ? *keys : QList<NfrKey> {}, m_today);
    if (!keys) {
        m_entitlement->setText(keys.error().message);
    } else if (!read->entitlement) {
        m_entitlement->setText(
            tr("NFR keys of every partner: %n valid today.", nullptr, m_model->activeCount()));
    } else {
        const auto &entitlement = *read->entitlement;
        m_entitlement->setText(entitlement ? tr("Entitlement of the partner's tier: %1. Valid today: %2.")
                                                 .arg(entitlement->describe())
                                                 .arg(m_model->activeCount())
                                           : entitlement.error().message);
    }
    m_view->resizeColumnsToContents();
    updateButtons();
}

QList<QAction *> NfrKeysView::editActions() const
{
    return { m_issueAction, m_revokeAction };
}

void NfrKeysView::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void NfrKeysView::updateButtons()
{
    m_issueAction->setEnabled(m_editable && m_partnerId != 0);
    const QString serial = selectedSerial();
    m_copy->setEnabled(!serial.isEmpty());
    bool revocable = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->at(row).serial == serial)
            revocable = !m_model->at(row).revokedOn.isValid();
    }
    m_revokeAction->setEnabled(m_editable && revocable);
}

QString NfrKeysView::selectedSerial() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(NfrKeyModel::SerialRole).toString();
}

void NfrKeysView::showError(const QString &message)
{
    QMessageBox::warning(this, tr("NFR Keys"), message);
}

Result<NfrIssued> NfrKeysView::issue(NfrIssueRequest request)
{
    request.partnerId = m_partnerId;
    request.issuedBy = m_userName;
    const auto key = VendorKey::loadOrCreate(m_keyDir);
    if (!key)
        return std::unexpected(key.error());
    auto issued = NfrService(m_store, *key).issue(request);
    if (issued) {
        refresh();
        emit keysChanged(m_partnerId);
    }
    return issued;
}

Result<NfrKey> NfrKeysView::revoke(const QString &serial, const QString &reason)
{
    auto revoked = NfrService(m_store).revoke(serial, m_today, reason, m_userName);
    if (revoked) {
        refresh();
        emit keysChanged(revoked->partnerId);
    }
    return revoked;
}

NfrVerification NfrKeysView::verify(const QString &token) const
{
    const auto key = VendorKey::load(m_keyDir);
    if (!key) {
        NfrVerification none;
        none.reason = key.error().message;
        return none;
    }
    return NfrService(m_store, *key).verify(token, m_today);
}

void NfrKeysView::issueInteractive()
{
    NfrService service(m_store);
    const auto entitlement = service.entitlement(m_partnerId, m_today);
    const auto partner = m_store.partner(m_partnerId);
    if (!entitlement || !partner) {
        showError(!partner ? partner.error().message : entitlement.error().message);
        return;
    }
    NfrIssueDialog dialog(partner->name, *entitlement, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    NfrIssueRequest request = dialog.request();
    request.partnerId = m_partnerId;
    const auto excess = service.excess(request);
    if (!excess) {
        showError(excess.error().message);
        return;
    }
    if (!excess->isEmpty()) {
        NfrOverrideDialog override(
            tr("This key goes beyond the entitlement: %1.").arg(excess->join(QStringLiteral("; "))), this);
        if (override.exec() != QDialog::Accepted)
            return;
        request.overrideReason = override.reason();
    }
    const auto issued = issue(request);
    if (!issued) {
        showError(issued.error().message);
        return;
    }
    QGuiApplication::clipboard()->setText(issued->key.token);
    QMessageBox::information(this, tr("NFR Key Issued"),
        tr("NFR key %1 was issued and copied to the clipboard.").arg(issued->key.serial));
}

void NfrKeysView::revokeSelected()
{
    const QString serial = selectedSerial();
    if (serial.isEmpty())
        return;
    NfrRevokeDialog dialog(
        serial, [this, serial](const QString &reason) { return revoke(serial, reason); }, this);
    dialog.exec();
}

void NfrKeysView::verifyInteractive()
{
    NfrVerifyDialog dialog([this](const QString &token) { return verify(token); }, this);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        dialog.setToken(rows.first().data(NfrKeyModel::TokenRole).toString());
    dialog.exec();
}

void NfrKeysView::copySelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        QGuiApplication::clipboard()->setText(rows.first().data(NfrKeyModel::TokenRole).toString());
}

} // namespace pd::ui
