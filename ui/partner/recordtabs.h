#pragma once

#include "program.h"
#include "recordtablemodel.h"
#include "records.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace pd::ui {

// A sortable read-only table with a one-line summary above it.
class RecordTable final : public QWidget {
    Q_OBJECT

public:
    explicit RecordTable(const QStringList &headers, QWidget *parent = nullptr);
    void setRows(QList<QList<RecordCell>> rows, const QString &summary);
    QTableView *view() const { return m_view; }
    RecordTableModel *model() const { return m_model; }

private:
    RecordTableModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
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
    static QStringList historyHeaders();
    static QList<QList<RecordCell>> history(const QList<TierChange> &changes, const Program *program);
    static QStringList fieldChangeHeaders();
    static QList<QList<RecordCell>> fieldChanges(const QList<RecordChange> &changes);
    static QString fieldLabel(const QString &field); // a CSV column's name in words
};

} // namespace pd::ui
