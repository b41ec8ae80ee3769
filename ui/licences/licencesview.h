#pragma once

#include "licencedialog.h"
#include "licensing/licence.h"
#include "result.h"
#include "workers/viewreader.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QPushButton;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace pd {
class Store;
}

namespace pd::ui {

class LicenceTableModel;

// Licences sold through partners, and the renewals due in the next 30, 60 or 90 days: of one
// partner (the customers it holds now) or of every partner (partner id 0). For one partner,
// recordAction() opens LicenceDialog and writes through LicenceService.
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
    // Partner and date changes then read through `reader` (refresh() still reads here).
    void setReader(ViewReader reader) { m_reader = std::move(reader); }
    void refresh();

    LicenceTableModel *model() const { return m_model; }
    QString summary() const;
    // What the last write said ("Recorded licence #12: …"); empty before any.
    QString notice() const;

    // Record Licence…: enabled for one partner while editing is allowed.
    QAction *recordAction() const { return m_recordAction; }
    // Renew…: records the renewal of the selected licence (one of the partner's customers' or
    // its own internal-use licence, not yet renewed), prefilled from it.
    QAction *renewAction() const { return m_renewAction; }
    // Void…: asks the partner page (voidRequested) to void the selected live licence.
    QAction *voidAction() const { return m_voidAction; }
    // Correct…: the selected live licence in LicenceDialog, prefilled, with a reason; OK asks the
    // partner page (correctRequested) to write the correction.
    QAction *correctAction() const { return m_correctAction; }
    // Opens that dialog for licence `id`, from `values` (the user's, after a refusal: `problem`).
    void correctInteractive(qint64 id, const std::optional<Licence> &values = {}, const QString &reason = {},
        const QString &problem = {});
    // Lists voided licences too (all licences only), struck through.
    QCheckBox *showVoidedBox() const { return m_showVoided; }
    // Selects licence `id` when it is listed.
    void select(qint64 licenceId);
    // The actions that write; setEditable(false) disables them (an offline read-only copy).
    QList<QAction *> editActions() const;
    void setEditable(bool editable);

    // The step behind the dialog: records a licence of the view's partner (resale or internal
    // use by its kind), then refreshes and selects it.
    Result<Licence> record(Licence licence);

signals:
    void licencesChanged(qint64 partnerId);
    // `what` names the licence for the dialog.
    void voidRequested(qint64 licenceId, const QString &what);
    void correctRequested(qint64 licenceId, const pd::Licence &replacement, const QString &reason);

private:
    void recordInteractive(qint64 renewsId = 0);
    // What LicenceDialog offers for the view's partner; nullopt after showing why there is none.
    std::optional<LicenceDialog::Choices> dialogChoices(const QString &title);
    const LicenceListing *selectedListing() const;
    void updateActions();

    // The listing (days 0) or the renewals due within `days`.
    static Result<QList<LicenceListing>> read(Store &store, qint64 partnerId, const QDate &today, int days,
                                              bool includeVoided);
    void showRead(const Result<QList<LicenceListing>> &rows);
    void load();

    Store &m_store;
    ViewReader m_reader;
    ReadSerial m_reads;
    qint64 m_partnerId;
    QDate m_today;
    QComboBox *m_mode;
    QLabel *m_summary;
    QLabel *m_error;
    LicenceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_notice;
    QAction *m_recordAction;
    QAction *m_renewAction;
    QAction *m_voidAction;
    QAction *m_correctAction;
    QCheckBox *m_showVoided;
    bool m_editable = true;
};

} // namespace pd::ui
