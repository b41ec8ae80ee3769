#pragma once

#include "licensing/creditservice.h"
#include "storage/store.h"
#include "workers/viewreader.h"

#include <QDate>
#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace pd {
class Store;
}

namespace pd::ui {

class CreditLedgerModel;

// A partner's activation-credit ledger and balance, with buy, consume and correct. Entries are
// never edited: a correction is a new entry that names the one it corrects.
class CreditsView final : public QWidget
{
    Q_OBJECT

public:
    CreditsView(Store &store, qint64 partnerId, QWidget *parent = nullptr);

    void setPartner(qint64 partnerId);
    void setToday(const QDate &today);
    void setUserName(const QString &name) { m_userName = name; }
    // Partner and date changes then read through `reader` (refresh() still reads here).
    void setReader(ViewReader reader) { m_reader = std::move(reader); }
    void refresh();

    CreditLedgerModel *model() const { return m_model; }
    QString balanceText() const;
    bool usesCredits() const { return m_usesCredits; }

    // Buy…, Consume… and Correct… (a selected entry).
    QAction *buyAction() const { return m_buyAction; }
    QAction *consumeAction() const { return m_consumeAction; }
    QAction *correctAction() const { return m_correctAction; }
    // The actions that write; setEditable(false) disables them (an offline read-only copy).
    QList<QAction *> editActions() const;
    void setEditable(bool editable);

    // The steps behind the buttons, without dialogs.
    Result<CreditEntry> buy(
        qint64 credits, std::optional<Rate> discount, const QDate &on, const QString &note = {});
    Result<CreditEntry> consume(qint64 credits, qint64 customerId, const QDate &on, const QString &note = {});
    Result<CreditEntry> correct(
        qint64 entryId, qint64 credits, qint64 paidMinor, const QDate &on, const QString &reason);

signals:
    void ledgerChanged(qint64 partnerId);

private:
    void buyInteractive();
    void consumeInteractive();
    void correctInteractive();
    void afterWrite(const Result<CreditEntry> &written);
    void updateActions();
    struct Read {
        Result<StoredProgram> program;
        Result<CreditDiscountRange> range;
        Result<QList<CreditEntry>> entries;
    };
    static Result<Read> read(Store &store, qint64 partnerId, const QDate &today);
    void showRead(const Result<Read> &read);
    void load();

    Store &m_store;
    ViewReader m_reader;
    ReadSerial m_reads;
    qint64 m_partnerId;
    QDate m_today;
    QString m_userName;
    bool m_usesCredits = false;
    CreditDiscountRange m_range;
    QString m_currency;
    QLabel *m_balance;
    CreditLedgerModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_buyAction;
    QAction *m_consumeAction;
    QAction *m_correctAction;
    bool m_editable = true;
};

} // namespace pd::ui
