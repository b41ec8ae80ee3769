#pragma once

#include "partnerfilterproxy.h"
#include "partnerrow.h"

#include <QSet>
#include <QWidget>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QToolButton;

namespace pd::ui {

class BackgroundJob;
struct FirstRows;
class PartnerTableModel;
class Session;

// The table of every partner with its filter box, quick filters and evaluation progress. Rows
// load and evaluate on worker threads; the table is usable as soon as the identity columns are in.
class PartnerBrowser final : public QWidget {
    Q_OBJECT

public:
    explicit PartnerBrowser(Session *session, QWidget *parent = nullptr);
    ~PartnerBrowser() override;

    PartnerTableModel *model() const { return m_model; }
    PartnerFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QList<QAction *> quickFilterActions() const;
    QAction *reevaluateAction() const { return m_reevaluate; }

    qint64 currentPartnerId() const;
    // The partners the table shows under the current filter, in the table's order.
    QList<qint64> visiblePartnerIds() const;
    bool selectPartner(qint64 partnerId);
    void focusFilter();

    // Reloads every row, then evaluates every partner.
    void reload();
    void reevaluate();
    // Rows shown while the keys of the others are built (default 200); 0 waits for all of them.
    void setFirstRowCount(std::size_t count) { m_firstRowCount = count; }
    bool isLoading() const;
    bool isEvaluating() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void currentPartnerChanged(qint64 partnerId); // 0: none
    void partnerActivated(qint64 partnerId);      // double-click or Enter
    void tableLoaded();
    void evaluationFinished();
    void statusMessage(const QString &message);

private:
    void onFirstRows(BackgroundJob *job);
    void onLoaded(BackgroundJob *job);
    void onEvaluated();
    void onPartnerChanged(qint64 partnerId);
    // Marks the partners with renewals due (one query); only while that quick filter is chosen.
    void updateRenewals();
    void updateCount();
    static QString countText(int total, int shown);
    void showJobProgress(BackgroundJob *job);
    void hideJobProgress();
    void cancelJobs();

    Session *m_session;
    PartnerTableModel *m_model;
    PartnerFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_count;
    QLabel *m_jobLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QActionGroup *m_quickGroup;
    QAction *m_quickAll;
    QAction *m_quickUpgrade;
    QAction *m_quickBelow;
    QAction *m_quickRenewals;
    QAction *m_reevaluate;
    BackgroundJob *m_loadJob = nullptr;
    BackgroundJob *m_evalJob = nullptr;
    std::shared_ptr<PartnerTable> m_loaded;
    std::shared_ptr<FirstRows> m_firstRows;
    std::size_t m_firstRowCount;
    std::size_t m_loadingTotal = 0; // while only the first rows are in: the number of all rows
    std::shared_ptr<QList<PartnerStatus>> m_statuses;
    bool m_evaluatedBeforeLoaded = false; // statuses wait in m_statuses for the whole table
    QSet<qint64> m_changedDuringEvaluation;
    qint64 m_pendingSelection = 0;
};

} // namespace pd::ui
