#pragma once

#include "report/chartdata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;

namespace pd::ui {

class ChartWidget;
class PartnerTableModel;
class Session;

// The program dashboard: every partner's trailing revenue against the program's threshold
// bands, and how many partners hold each tier now against how many qualify for it. Built from
// the partner browser's model, so it costs no extra queries.
class Dashboard final : public QWidget {
    Q_OBJECT

public:
    Dashboard(Session *session, PartnerTableModel *model, QWidget *parent = nullptr);

    QString programKey() const;
    void setProgramKey(const QString &key);
    // The data of the charts as last built (tests, the report later).
    const RevenueBandsData &revenueData() const { return m_revenue; }
    const TierCountData &tierData() const { return m_tiers; }
    ChartWidget *revenueChart() const { return m_revenueChart; }
    ChartWidget *tierChart() const { return m_tierChart; }
    QSplitter *splitter() const { return m_split; }

    // Builds the chart data of one program from the model (pure; for tests).
    static void buildData(const PartnerTableModel &model, const Session &session, const QString &programKey,
                          RevenueBandsData &revenue, TierCountData &tiers, QString &summary);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPrograms();
    void scheduleRefresh();

    Session *m_session;
    PartnerTableModel *m_model;
    QComboBox *m_program;
    QLabel *m_summary;
    QSplitter *m_split;
    ChartWidget *m_revenueChart;
    ChartWidget *m_tierChart;
    RevenueBandsData m_revenue;
    TierCountData m_tiers;
    bool m_dirty = true;
};

} // namespace pd::ui
