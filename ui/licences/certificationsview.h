#pragma once

#include "licensing/certificationlevels.h"
#include "licensing/licence.h"
#include "result.h"
#include "workers/viewreader.h"

#include <QDate>
#include <QWidget>

class QAction;
class QComboBox;
class QPushButton;
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
// certification levels (Certified, Advanced, Elite) with their months in the partnership, which
// awardAction() awards through LevelAwardDialog and CertificationLevels.
class CertificationsView final : public QWidget
{
    Q_OBJECT

public:
    CertificationsView(Store &store, qint64 partnerId, QWidget *parent = nullptr);

    void setPartner(qint64 partnerId);
    void setToday(const QDate &today);
    void setWindow(int days); // 30, 60 or 90
    int window() const;
    // Partner and date changes then read through `reader` (refresh() still reads here).
    void setReader(ViewReader reader) { m_reader = std::move(reader); }
    void refresh();

    ExpiringModel *expiringModel() const { return m_expiring; }
    LevelsModel *levelsModel() const { return m_levels; }

    void setUserName(const QString &name) { m_userName = name; }
    // Award Level…: enabled for one partner whose program has certification levels.
    QAction *awardAction() const { return m_awardAction; }
    // The actions that write; setEditable(false) disables them (an offline read-only copy).
    QList<QAction *> editActions() const;
    void setEditable(bool editable);

    // The step behind the dialog: awards a level to the view's partner, then refreshes.
    Result<PartnerCertification> award(
        const QString &levelKey, const QDate &on, const QDate &expiresOn, const QString &note = {});

signals:
    void certificationsChanged(qint64 partnerId);

private:
    void awardInteractive();
    void updateActions();
    struct Read {
        Result<QList<ExpiringCertification>> expiring;
        Result<QList<LevelStatus>> levels;
    };
    static Result<Read> read(Store &store, qint64 partnerId, const QDate &today, int window);
    void showRead(const Result<Read> &read);
    void load();

    Store &m_store;
    ViewReader m_reader;
    ReadSerial m_reads;
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
    QAction *m_awardAction;
    QPushButton *m_awardButton;
    QString m_userName;
    bool m_editable = true;
};

} // namespace pd::ui
