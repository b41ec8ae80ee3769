#pragma once

#include "program.h"

#include <QAbstractTableModel>

namespace pd::ui {

class ProgramDraft;

// The requirements (or success targets) of one tier. Cells that do not apply to a metric (an
// event's cadence for a sales threshold) are shown empty and are not editable. A threshold that
// cannot be read is refused with editRejected(message).
class RequirementsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Metric, Comparison, Threshold, Period, ProductLines, Event, Cadence, Condition, Note, ColumnCount };

    explicit RequirementsModel(ProgramDraft *draft, QObject *parent = nullptr);

    void setTier(int tier, bool targets);
    int tier() const { return m_tier; }
    bool targets() const { return m_targets; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QList<pd::Metric> metrics();
    static QList<EventKind> events();

signals:
    void editRejected(const QString &message);

private:
    QList<Requirement> *list() const;
    bool applies(const Requirement &r, int column) const;
    QString thresholdText(const Requirement &r) const;
    bool setThreshold(Requirement &r, const QString &text);

    ProgramDraft *m_draft;
    int m_tier = -1;
    bool m_targets = false;
};

} // namespace pd::ui
