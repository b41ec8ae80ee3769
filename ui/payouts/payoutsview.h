#pragma once

#include "payouts/payoutreport.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace pd::ui
{

class BackgroundJob;
class PayoutFilterProxy;
class PayoutTableModel;
class Session;

// The Payouts tab: every payable of the ledger (PayoutLedger::list), read on a worker thread,
// filtered by state, quarter, currency and owner (combo boxes filled from the payables), with
// each currency's totals by state of the listed rows (currencies are never added together).
// Approve… and Mark Paid… act on the selected payable when its state allows and the database may
// be edited; Export CSV… writes the listed payables as `payouts export` does. Double-clicking a
// row asks the window to open the partner (partnerActivated).
class PayoutsView final : public QWidget
{
    Q_OBJECT

public:
    explicit PayoutsView(Session *session, QWidget *parent = nullptr);

    // Reads the ledger again (in the background); the filters keep their choices.
    void reload();
    bool isLoading() const;

    PayoutTableModel *model() const { return m_model; }
    PayoutFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *stateBox() const { return m_stateBox; }
    QComboBox *quarterBox() const { return m_quarterBox; }
    QComboBox *currencyBox() const { return m_currencyBox; }
    QComboBox *ownerBox() const { return m_ownerBox; }
    QAction *approveAction() const { return m_approveAction; }
    QAction *payAction() const { return m_payAction; }
    QAction *exportAction() const { return m_exportAction; }

    // The totals of the listed payables, one per currency, and the message when they could not
    // be summed (an amount beyond the largest).
    const QList<PayoutTotal> &totals() const { return m_totals; }
    QString totalsText() const;
    QString errorText() const;
    // Selects payable `id` when it is listed.
    bool selectPayable(qint64 id);

    // The steps behind the dialogs and the file chooser.
    Result<Payable> approve(qint64 payableId);
    Result<Payable> pay(qint64 payableId, const QDate &paidOn, const QString &reference);
    Result<qint64> exportTo(const QString &path) const;
    // The listed payables in the ledger's order (quarter, partner code, currency), as the
    // command line's list and export give them.
    QList<Payable> listedPayables() const;

signals:
    void partnerActivated(qint64 partnerId);
    void statusMessage(const QString &message);
    void loaded(); // after every read of the ledger, good or failed

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markStale();
    void onLoaded();
    void fillFilters();
    void applyFilters();
    void updateTotals();
    void updateActions();
    void afterWrite(const Result<Payable> &written);
    const Payable *selectedPayable() const;
    QString userName() const;
    void approveInteractive();
    void payInteractive();
    void exportInteractive();

    Session *m_session;
    PayoutTableModel *m_model;
    PayoutFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_stateBox;
    QComboBox *m_quarterBox;
    QComboBox *m_currencyBox;
    QComboBox *m_ownerBox;
    QLabel *m_count;
    QLabel *m_totalsLabel;
    QLabel *m_error;
    QAction *m_approveAction;
    QAction *m_payAction;
    QAction *m_exportAction;
    QList<PayoutTotal> m_totals;
    BackgroundJob *m_job = nullptr;
    bool m_stale = true;
    bool m_reloadPending = false;
};

} // namespace pd::ui
