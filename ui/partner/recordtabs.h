#pragma once

#include "program.h"
#include "recordtablemodel.h"
#include "records.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace pd::ui {

// A sortable read-only table with a one-line summary above it. A table of records that can be
// voided or corrected (setCorrectable) has Void… (Delete) and Correct… (F2) in its context menu
// and a "Show voided" toggle: voided rows are hidden until it is on.
class RecordTable final : public QWidget {
    Q_OBJECT

public:
    explicit RecordTable(const QStringList &headers, QWidget *parent = nullptr);
    // `marks`: empty, or one per row (the record's id and whether it is voided).
    void setRows(QList<QList<RecordCell>> rows, const QString &summary, QList<RecordMark> marks = {});
    QTableView *view() const { return m_view; }
    RecordTableModel *model() const { return m_model; }

    void setCorrectable(bool correctable);
    // Enables Void… and Correct… for a live selected record unless the database may not be
    // edited; `readOnlyReason` then says why in their tips (see editing.h).
    void setEditable(const QString &readOnlyReason);
    QAction *voidAction() const { return m_void; }
    QAction *correctAction() const { return m_correct; }
    QCheckBox *showVoidedBox() const { return m_showVoided; }
    void setShowVoided(bool show);
    bool showsVoided() const;
    // The selected row's record (0: none).
    qint64 currentId() const;
    // Selects the row of record `id`; false when it is not shown.
    bool selectId(qint64 id);

signals:
    void voidRequested(qint64 id);
    void correctRequested(qint64 id);

private:
    void updateActions();
    void updateSummary();

    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QCheckBox *m_showVoided;
    QAction *m_void;
    QAction *m_correct;
    QString m_summaryText;
    QString m_readOnlyReason;
    bool m_correctable = false;
};

// The rows of the partner page's tables, built from records.
class RecordRows {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::RecordRows)

public:
    static QStringList staffHeaders();
    static QList<QList<RecordCell>> staff(const QList<StaffMember> &staff, const QList<Certification> &certifications,
                                          const QDate &today);
    static QStringList certificationHeaders();
    static QList<QList<RecordCell>> certifications(const QList<StaffMember> &staff,
                                                   const QList<Certification> &certifications, const QDate &today);
    static QStringList customerHeaders();
    static QList<QList<RecordCell>> customers(const QList<Customer> &customers, const QList<Sale> &sales);
    static QStringList saleHeaders();
    static QList<QList<RecordCell>> sales(const QList<Sale> &sales, const QList<Customer> &customers,
                                          const Program *program);
    static QStringList eventHeaders();
    static QList<QList<RecordCell>> events(const QList<ComplianceEvent> &events);
    static QStringList scoreHeaders();
    static QList<QList<RecordCell>> scores(const QList<Score> &scores);
    static QStringList historyHeaders();
    static QList<QList<RecordCell>> history(const QList<TierChange> &changes, const Program *program);

    // One line naming a record, for the Void… and Correct… dialogs.
    static QString describe(const Sale &sale, const QList<Customer> &customers, const Program *program);
    static QString describe(const ComplianceEvent &event);
    static QString describe(const Score &score);
    static QString describe(const Certification &certification, const QList<StaffMember> &staff);
    static QStringList fieldChangeHeaders();
    static QList<QList<RecordCell>> fieldChanges(const QList<RecordChange> &changes);
    static QString fieldLabel(const QString &field); // a CSV column's name in words
};

// Live records only (the figures and charts leave voided ones out).
template<typename Record>
QList<Record> liveOnly(const QList<Record> &records)
{
    QList<Record> live;
    live.reserve(records.size());
    for (const Record &r : records) {
        if (!r.voided.isVoid())
            live.append(r);
    }
    return live;
}

} // namespace pd::ui
