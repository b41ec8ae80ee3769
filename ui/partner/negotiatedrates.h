#pragma once

#include "payouts/overrides.h"
#include "program.h"
#include "records.h"

#include <QWidget>

class QAction;

namespace pd {
class Store;
}

namespace pd::ui {

class OverrideDialog;
class RecordTable;

// The Negotiated Rates tab of the partner page (issue 16): the partner's dated overrides of its
// program's rates (line, from, kind, value, reason, who and when), newest last, and
// Add negotiated rate…, disabled on a read-only database. Overrides are never changed or removed.
class NegotiatedRates final : public QWidget {
    Q_OBJECT

public:
    explicit NegotiatedRates(QWidget *parent = nullptr);

    // Shows the partner's overrides (read by the caller); `store` is used, to add one and show the
    // overrides again, until the next setPartner() or clear().
    void setPartner(Store &store, const Partner &partner, const Program *program, const QDate &today,
                    const QList<RateOverride> &overrides);
    void clear();
    void setReadOnlyReason(const QString &reason);

    // Writes one (the dialog's submitter; tests call it); the table shows it on success.
    Result<RateOverride> add(RateOverride o);
    QAction *addAction() const { return m_add; }
    RecordTable *table() const { return m_table; }

    static QString kindText(OverrideKind kind);
    static QString valueText(const RateOverride &o);

signals:
    void added();

private:
    void addWithDialog();
    void reload();
    void showOverrides(const QList<RateOverride> &overrides);
    void updateAction();

    RecordTable *m_table;
    QAction *m_add;
    Store *m_store = nullptr;
    Partner m_partner;
    Program m_program;
    bool m_hasProgram = false;
    QDate m_today;
    QString m_readOnly;
};

} // namespace pd::ui
