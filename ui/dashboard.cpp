#include "dashboard.h"

#include "charts/chartbuilder.h"
#include "charts/chartwidget.h"
#include "formatting.h"
#include "report/revenuechartdata.h"
#include "partnertablemodel.h"
#include "session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace pd::ui {

namespace {
constexpr int kMaxPoints = 1500; // enough for a smooth curve; the view stays light at 100,000 partners
}

Dashboard::Dashboard(Session *session, PartnerTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_program(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_revenueChart(new ChartWidget(this))
    , m_tierChart(new ChartWidget(this))
{
    auto *label = new QLabel(tr("&Program:"), this);
    label->setBuddy(m_program);
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_program);
    top->addWidget(m_summary, 1);
    m_split->addWidget(m_revenueChart);
    m_split->addWidget(m_tierChart);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_split, 1);

    connect(m_program, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_session, &Session::programsChanged, this, &Dashboard::fillPrograms);
    connect(m_session, &Session::ratesChanged, this, &Dashboard::scheduleRefresh);
    connect(m_model, &PartnerTableModel::modelReset, this, &Dashboard::scheduleRefresh);
    connect(m_model, &PartnerTableModel::statusesMerged, this, &Dashboard::scheduleRefresh);
    fillPrograms();
}

QString Dashboard::programKey() const
{
    return m_program->currentData().toString();
}

void Dashboard::setProgramKey(const QString &key)
{
    const int i = m_program->findData(key);
    if (i >= 0)
        m_program->setCurrentIndex(i);
}

void Dashboard::fillPrograms()
{
    const QString current = programKey();
    {
        const QSignalBlocker block(m_program);
        m_program->clear();
        for (const StoredProgram &sp : m_session->programs())
            m_program->addItem(sp.program.name, sp.program.key);
        const int i = m_program->findData(current);
        m_program->setCurrentIndex(i >= 0 ? i : 0);
    }
    scheduleRefresh();
}

void Dashboard::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void Dashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void Dashboard::refresh()
{
    m_dirty = false;
    QString summary;
    buildData(*m_model, *m_session, programKey(), m_revenue, m_tiers, summary);
    m_summary->setText(summary);
    m_revenueChart->replaceChart(ChartBuilder::revenueBands(m_revenue, {}));
    m_tierChart->replaceChart(ChartBuilder::tierCounts(m_tiers, {}));
}

void Dashboard::buildData(const PartnerTableModel &model, const Session &session, const QString &programKey,
                          RevenueBandsData &revenue, TierCountData &tiers, QString &summary)
{
    revenue = RevenueBandsData {};
    tiers = TierCountData {};
    const Program *program = session.program(programKey);
    if (!program) {
        summary.clear();
        revenue.message = tr("No program is selected.");
        return;
    }
    const PartnerTable &table = model.table();
    const int programIndex = table.programIndex(programKey);
    revenue.title = tr("Trailing 12-month revenue against the tier thresholds");
    revenue.currency = program->currency;
    const auto currency = Currency::find(program->currency);
    revenue.digits = currency ? currency->digits : 2;
    revenue.baseTier = program->tiers.isEmpty() ? QString() : program->tiers.first().name;
    QString thresholdMessage;
    revenue.thresholds = RevenueChartData::salesThresholds(*program, session.rates(), session.today(), &thresholdMessage);
    tiers.title = tr("Partners per tier: current and proposed");
    for (const Tier &t : program->tiers)
        tiers.tiers << t.name;
    tiers.current = QList<int>(tiers.tiers.size(), 0);
    tiers.proposed = QList<int>(tiers.tiers.size(), 0);

    std::vector<qint64> amounts;
    int partners = 0, evaluated = 0, failed = 0, upgrades = 0, demotions = 0;
    QString firstError;
    for (const BrowserRow &r : table.rows) {
        if (r.program != programIndex || programIndex < 0)
            continue;
        ++partners;
        if (r.tier >= 0 && r.tier < tiers.current.size())
            ++tiers.current[r.tier];
        if (!r.evaluated)
            continue;
        if (!r.error.isEmpty()) {
            if (failed++ == 0)
                firstError = r.error;
            continue;
        }
        ++evaluated;
        amounts.push_back(r.revenueMinor);
        if (r.proposed >= 0 && r.proposed < tiers.proposed.size())
            ++tiers.proposed[r.proposed];
        upgrades += r.move == TierMove::Upgrade ? 1 : 0;
        demotions += r.move == TierMove::Demotion ? 1 : 0;
    }
    std::sort(amounts.begin(), amounts.end(), std::greater<>());
    revenue.partnerCount = int(amounts.size());
    // Plot at most kMaxPoints evenly spaced ranks, always including the first and the last.
    const std::size_t n = amounts.size();
    const std::size_t step = std::max<std::size_t>(1, (n + kMaxPoints - 1) / kMaxPoints);
    for (std::size_t i = 0; i < n; i += step) {
        revenue.revenue << amounts[i];
        revenue.rank << int(i + 1);
    }
    if (n > 0 && revenue.rank.last() != int(n)) {
        revenue.revenue << amounts.back();
        revenue.rank << int(n);
    }

    if (partners == 0) {
        revenue.message = tr("No partner belongs to this program.");
        tiers.message = revenue.message;
    } else if (!model.isEvaluated()) {
        revenue.message = tr("Evaluating partners…");
        tiers.message = tr("Proposed tiers appear when the evaluation is done.");
    } else if (failed > 0) {
        revenue.message = tr("%n partner(s) left out: %1", nullptr, failed).arg(firstError);
    } else if (!thresholdMessage.isEmpty()) {
        revenue.message = thresholdMessage;
    } else if (revenue.thresholds.isEmpty()) {
        revenue.message = tr("This program has no revenue thresholds.");
    }
    //: %1 is the number of partners, grouped: "1,200 partners in Reseller status."
    summary = tr("%1 partner(s) in %2.", nullptr, partners).arg(formatNumber(partners), program->name);
    if (evaluated > 0)
        summary += QLatin1Char(' ')
            + tr("Upgrades proposed: %1. Demotions proposed: %2.").arg(formatNumber(upgrades), formatNumber(demotions));
}

} // namespace pd::ui
