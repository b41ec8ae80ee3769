#include "certificationsview.h"

#include "actionbutton.h"
#include "expiringmodel.h"
#include "levelawarddialog.h"
#include "levelsmodel.h"
#include "licensing/certificationlevels.h"
#include "storage/store.h"
#include "username.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

CertificationsView::CertificationsView(Store &store, qint64 partnerId, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_partnerId(partnerId)
    , m_today(QDate::currentDate())
    , m_days(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_expiring(new ExpiringModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_expiringView(new QTableView(this))
    , m_levelsTitle(new QLabel(tr("Certification levels of the partner"), this))
    , m_levels(new LevelsModel(this))
    , m_levelsView(new QTableView(this))
    , m_awardAction(new QAction(tr("A&ward Level…"), this))
    , m_awardButton(actionButton(m_awardAction, this))
    , m_userName(currentUserName())
{
    m_awardAction->setObjectName(QStringLiteral("awardCertificationLevel"));
    m_awardAction->setToolTip(tr("Award the partner a certification level of its program"));
    for (int days : { 30, 60, 90 })
        m_days->addItem(tr("Expiring in the next %n day(s)", nullptr, days), days);
    m_days->setCurrentIndex(2);
    m_proxy->setSourceModel(m_expiring);
    m_proxy->setSortRole(ExpiringModel::SortRole);
    m_expiringView->setModel(m_proxy);
    m_expiringView->setSortingEnabled(true);
    m_expiringView->sortByColumn(ExpiringModel::Expires, Qt::AscendingOrder);
    setUpTable(m_expiringView);
    m_levelsView->setModel(m_levels);
    setUpTable(m_levelsView);

    auto *top = new QHBoxLayout;
    top->addWidget(m_days);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_expiringView, 2);
    auto *levelsBar = new QHBoxLayout;
    levelsBar->addWidget(m_levelsTitle, 1);
    levelsBar->addWidget(m_awardButton);
    layout->addLayout(levelsBar);
    layout->addWidget(m_levelsView, 1);
    m_levelsView->addAction(m_awardAction);
    m_levelsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_days, &QComboBox::currentIndexChanged, this, &CertificationsView::refresh);
    connect(m_awardAction, &QAction::triggered, this, &CertificationsView::awardInteractive);
    refresh();
}

QList<QAction *> CertificationsView::editActions() const
{
    return { m_awardAction };
}

void CertificationsView::setEditable(bool editable)
{
    m_editable = editable;
    updateActions();
}

void CertificationsView::updateActions()
{
    const bool levels = m_partnerId != 0 && m_levels->rowCount() > 0;
    m_awardAction->setEnabled(m_editable && levels);
    m_awardAction->setVisible(levels);
}

Result<PartnerCertification> CertificationsView::award(
    const QString &levelKey, const QDate &on, const QDate &expiresOn, const QString &note)
{
    auto awarded = CertificationLevels(m_store).award(m_partnerId, levelKey, on, expiresOn, m_userName, note);
    if (awarded) {
        refresh();
        emit certificationsChanged(m_partnerId);
    }
    return awarded;
}

void CertificationsView::awardInteractive()
{
    const auto partner = m_store.partner(m_partnerId);
    const auto statuses = CertificationLevels(m_store).levels(m_partnerId, m_today);
    if (!partner || !statuses) {
        QMessageBox::warning(this, tr("Award Certification Level"),
            !partner ? partner.error().message : statuses.error().message);
        return;
    }
    LevelAwardDialog dialog(
        partner->name, *statuses, m_today,
        [this](const LevelAwardDialog::Award &a) { return award(a.levelKey, a.on, a.expiresOn, a.note); },
        this);
    dialog.exec();
}

void CertificationsView::setPartner(qint64 partnerId)
{
    m_partnerId = partnerId;
    load();
}

void CertificationsView::setToday(const QDate &today)
{
    m_today = today;
    load();
}

void CertificationsView::load()
{
    loadView<CertificationsView, Read>(
        this, m_reader, m_store, m_reads,
        [id = m_partnerId, today = m_today, days = window()](Store &store) { return read(store, id, today, days); },
        &CertificationsView::showRead);
}

void CertificationsView::setWindow(int days)
{
    const int i = m_days->findData(days);
    if (i >= 0)
        m_days->setCurrentIndex(i);
}

int CertificationsView::window() const
{
    return m_days->currentData().toInt();
}

void CertificationsView::refresh()
{
    m_reads.next();
    showRead(read(m_store, m_partnerId, m_today, window()));
}

Result<CertificationsView::Read> CertificationsView::read(Store &store, qint64 partnerId, const QDate &today,
                                                          int window)
{
    CertificationLevels levels(store);
    return Read { levels.expiring(today, window, partnerId),
                  partnerId != 0 ? levels.levels(partnerId, today) : Result<QList<LevelStatus>>() };
}

void CertificationsView::showRead(const Result<Read> &read)
{
    const Result<QList<ExpiringCertification>> rows
        = read ? read->expiring : Result<QList<ExpiringCertification>>(std::unexpected(read.error()));
    m_expiring->setRows(rows ? *rows : QList<ExpiringCertification> {}, m_today);
    m_summary->setText(
        rows ? tr("%n certificate(s) expire", nullptr, int(rows->size())) : rows.error().message);
    const Result<QList<LevelStatus>> statuses = read ? read->levels : Result<QList<LevelStatus>>();
    m_levels->setLevels(statuses ? *statuses : QList<LevelStatus> {});
    const bool showLevels = m_partnerId != 0 && m_levels->rowCount() > 0;
    m_levelsTitle->setVisible(showLevels);
    m_levelsView->setVisible(showLevels);
    updateActions();
    m_expiringView->resizeColumnsToContents();
    m_levelsView->resizeColumnsToContents();
}

} // namespace pd::ui
