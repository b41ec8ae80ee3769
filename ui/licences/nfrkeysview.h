#pragma once

#include "licensing/nfrservice.h"
#include "workers/viewreader.h"

#include <QDate>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pd {
class Store;
}

namespace pd::ui {

class NfrKeyModel;

// A partner's NFR demo keys (or every partner's, partner id 0), with issue, revoke, verify and
// copy. Issuing beyond the tier's entitlement asks for a manager's written reason.
// The vendor signing key is read from `keyDir` (empty: $PARTNERDESK_KEY_DIR or the
// application data folder) and created there on the first issue.
class NfrKeysView final : public QWidget
{
    Q_OBJECT

public:
    NfrKeysView(Store &store, qint64 partnerId, QString keyDir = {}, QWidget *parent = nullptr);

    void setPartner(qint64 partnerId);
    void setToday(const QDate &today);
    void setUserName(const QString &name) { m_userName = name; }
    // Partner and date changes then read through `reader` (refresh() still reads here).
    void setReader(ViewReader reader) { m_reader = std::move(reader); }
    void refresh();

    NfrKeyModel *model() const { return m_model; }
    QString entitlementText() const;

    // Issue… (one partner) and Revoke… (a selected key not yet revoked).
    QAction *issueAction() const { return m_issueAction; }
    QAction *revokeAction() const { return m_revokeAction; }
    // The actions that write; setEditable(false) disables them (an offline read-only copy).
    QList<QAction *> editActions() const;
    void setEditable(bool editable);

    // The steps behind the buttons, without dialogs. issue() fills in the partner and the issuer.
    Result<NfrIssued> issue(NfrIssueRequest request);
    Result<NfrKey> revoke(const QString &serial, const QString &reason);
    NfrVerification verify(const QString &token) const;

signals:
    void keysChanged(qint64 partnerId);

private:
    void issueInteractive();
    void revokeSelected();
    void verifyInteractive();
    void copySelected();
    void updateButtons();
    QString selectedSerial() const;
    void showError(const QString &message);
    struct Read {
        Result<QList<NfrKey>> keys;
        std::optional<Result<NfrEntitlement>> entitlement;
    };
    static Result<Read> read(Store &store, qint64 partnerId, const QDate &today);
    void showRead(const Result<Read> &read);
    void load();

    Store &m_store;
    ViewReader m_reader;
    ReadSerial m_reads;
    qint64 m_partnerId;
    QString m_keyDir;
    QDate m_today;
    QString m_userName;
    QLabel *m_entitlement;
    NfrKeyModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_issueAction;
    QAction *m_revokeAction;
    QPushButton *m_copy;
    bool m_editable = true;
};

} // namespace pd::ui
