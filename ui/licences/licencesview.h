#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace pd {
class Store;
}

namespace pd::ui {

class LicenceTableModel;

// Licences sold through partners, and the renewals due in the next 30, 60 or 90 days: of one
// partner (the customers it holds now) or of every partner (partner id 0).
class LicencesView final : public QWidget
{
    Q_OBJECT

public:
    LicencesView(Store &store, qint64 partnerId, QWidget *parent = nullptr);

    void setPartner(qint64 partnerId);
    void setToday(const QDate &today);
    // 0: every licence; 30, 60 or 90: the renewals due within that many days.
    void setRenewalWindow(int days);
    int renewalWindow() const;
    void refresh();

    LicenceTableModel *model() const { return m_model; }
    QString summary() const;

private:
    Store &m_store;
    qint64 m_partnerId;
    QDate m_today;
    QComboBox *m_mode;
    QLabel *m_summary;
    QLabel *m_error;
    LicenceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace pd::ui
