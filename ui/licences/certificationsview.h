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

class ExpiringModel;
class LevelsModel;

// Certificates expiring in the next 30, 60 or 90 days (staff certificates and partner
// certification levels) of one partner or of all (partner id 0), and for one partner its
// certification levels (Certified, Advanced, Elite) with their months in the partnership.
class CertificationsView final : public QWidget
{
    Q_OBJECT

public:
    CertificationsView(Store &store, qint64 partnerId, QWidget *parent = nullptr);

    void setPartner(qint64 partnerId);
    void setToday(const QDate &today);
    void setWindow(int days); // 30, 60 or 90
    int window() const;
    void refresh();

    ExpiringModel *expiringModel() const { return m_expiring; }
    LevelsModel *levelsModel() const { return m_levels; }

private:
    Store &m_store;
    qint64 m_partnerId;
    QDate m_today;
    QComboBox *m_days;
    QLabel *m_summary;
    ExpiringModel *m_expiring;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_expiringView;
    QLabel *m_levelsTitle;
    LevelsModel *m_levels;
    QTableView *m_levelsView;
};

} // namespace pd::ui
