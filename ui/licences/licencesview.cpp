#include "licencesview.h"

#include "licencetablemodel.h"
#include "licensing/licenceservice.h"
#include "storage/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
{
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &LicencesView::refresh);
    refresh();
}

void LicencesView::setPartner(qint64 partnerId)
{
    m_partnerId = partnerId;
    refresh();
}

void LicencesView::setToday(const QDate &today)
{
    m_today = today;
    refresh();
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
    LicenceService service(m_store);
    const int days = renewalWindow();
    const auto rows
        = days == 0 ? service.licences(m_partnerId) : service.renewalsDue(m_partnerId, m_today, days);
    m_error->setVisible(!rows);
    if (!rows) {
        m_error->setText(rows.error().message);
        m_model->setLicences({}, m_today);
        m_summary->clear();
        return;
    }
    const int count = int(rows->size());
    m_model->setLicences(*rows, m_today);
    m_summary->setText(days == 0 ? tr("%n licence(s)", nullptr, count)
                                 : tr("%n licence(s) to renew by %1", nullptr, count)
                                       .arg(QLocale().toString(m_today.addDays(days), QLocale::ShortFormat)));
    m_view->resizeColumnsToContents();
}

} // namespace pd::ui
