#include "partnerbrowser.h"

#include "formatting.h"
#include "storage/licencestore.h"
#include "partnertablemodel.h"
#include "session.h"
#include "tierengine.h"
#include "workers/backgroundjob.h"
#include "workers/evaluationjob.h"
#include "workers/partnerloadjob.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFontMetrics>
#include <QHash>
#include <QPainter>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

// Moves focus from the filter box into the table with the Down key.
class FilterKeys final : public QObject {
public:
    FilterKeys(QLineEdit *edit, QTableView *view)
        : QObject(edit)
        , m_view(view)
    {
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Down && m_view->model()->rowCount() > 0) {
                m_view->setFocus(Qt::TabFocusReason);
                if (!m_view->currentIndex().isValid())
                    m_view->setCurrentIndex(m_view->model()->index(0, 0));
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                static_cast<QLineEdit *>(watched)->clear();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
};

// Paints a cell's text from a cache of laid-out texts (QStaticText). QStyledItemDelegate shapes
// every visible cell's text three times per paint (size, elision, drawing), which made the
// repaint after each filter keystroke cost more than a frame on a large window; the table shows
// the same few hundred texts again and again. Background, selection and focus are the style's.
class CachedTextDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (text.isEmpty())
            return;
        // The text margins and colour groups of QCommonStyle's item view text.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect rect = opt.rect.adjusted(margin, 0, -margin, 0);
        if (rect.width() <= 0)
            return;
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
            : !(opt.state & QStyle::State_Active)                                 ? QPalette::Inactive
                                                                                  : QPalette::Normal;
        const QStaticText &laidOut = textFor(text, rect.width(), opt.font, opt.textElideMode);
        const QSizeF size = laidOut.size();
        qreal x = rect.left();
        if (opt.displayAlignment & Qt::AlignRight)
            x = rect.right() + 1 - size.width();
        else if (opt.displayAlignment & Qt::AlignHCenter)
            x = rect.left() + (rect.width() - size.width()) / 2;
        const qreal y = rect.top() + (rect.height() - size.height()) / 2;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                   : QPalette::Text));
        painter->setClipRect(rect, Qt::IntersectClip);
        painter->drawStaticText(QPointF(x, y), laidOut);
        painter->restore();
    }

private:
    const QStaticText &textFor(const QString &text, int width, const QFont &font, Qt::TextElideMode mode) const
    {
        if (font != m_font || m_texts.size() > 4096) {
            m_texts.clear();
            m_font = font;
        }
        const auto key = std::make_pair(text, width);
        auto it = m_texts.find(key);
        if (it == m_texts.end()) {
            QStaticText laidOut(QFontMetrics(font).elidedText(text, mode, width));
            laidOut.setTextFormat(Qt::PlainText);
            laidOut.prepare(QTransform(), font);
            it = m_texts.insert(key, laidOut);
        }
        return *it;
    }

    mutable QHash<std::pair<QString, int>, QStaticText> m_texts;
    mutable QFont m_font;
};

// The "Renewals due" quick filter looks this many days ahead.
constexpr int kRenewalDays = 90;

// Rows shown before the whole table is ready: a tall window's screenful, with room to scroll.
constexpr std::size_t kFirstRows = 200;

} // namespace

PartnerBrowser::PartnerBrowser(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PartnerTableModel(this))
    , m_proxy(new PartnerFilterProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_jobLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_quickGroup(new QActionGroup(this))
    , m_firstRowCount(kFirstRows)
{
    m_proxy->setPartnerModel(m_model);

    m_filter->setPlaceholderText(tr("Filter by name, code, country, program or tier (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Partner filter"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });

    auto quick = [this](const QString &text, PartnerFilterProxy::QuickFilter filter) {
        auto *action = new QAction(text, this);
        action->setCheckable(true);
        action->setActionGroup(m_quickGroup);
        connect(action, &QAction::toggled, this, [this, filter](bool on) {
            if (!on)
                return;
            if (filter == PartnerFilterProxy::QuickFilter::RenewalsDue)
                updateRenewals();
            m_proxy->setQuickFilter(filter);
            updateCount();
        });
        return action;
    };
    m_quickAll = quick(tr("All partners"), PartnerFilterProxy::QuickFilter::None);
    m_quickAll->setToolTip(tr("Show every partner that matches the filter"));
    m_quickUpgrade = quick(tr("Qualifies for upgrade"), PartnerFilterProxy::QuickFilter::QualifiesForUpgrade);
    m_quickUpgrade->setToolTip(tr("Partners whose records meet every requirement of a higher tier"));
    m_quickBelow = quick(tr("Below current tier"), PartnerFilterProxy::QuickFilter::BelowCurrentTier);
    m_quickBelow->setToolTip(tr("Partners that no longer meet the requirements of the tier they hold"));
    m_quickRenewals = quick(tr("Renewals due"), PartnerFilterProxy::QuickFilter::RenewalsDue);
    m_quickRenewals->setToolTip(
        tr("Partners with a licence, NFR key or certification that ends in the next %n day(s)", nullptr,
           kRenewalDays));
    m_quickAll->setChecked(true);

    m_reevaluate = new QAction(tr("&Re-evaluate All Partners"), this);
    m_reevaluate->setShortcut(QKeySequence::Refresh);
    m_reevaluate->setToolTip(tr("Compute every partner's revenue, proposed tier and gap again"));
    connect(m_reevaluate, &QAction::triggered, this, &PartnerBrowser::reevaluate);

    // The filter box has a row of its own so that its placeholder is never clipped; the quick
    // filters go below it.
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    auto *top = new QHBoxLayout;
    for (QAction *a : m_quickGroup->actions()) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        top->addWidget(button);
    }
    top->addStretch(1);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new CachedTextDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep a 100,000-row view cheap: no per-row size queries.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicator(PartnerTableModel::Name, Qt::AscendingOrder);
    // Default widths from typical contents (and never narrower than the column's title), so the
    // identity columns and the revenue fit in the browser's default share of the window.
    const QFontMetrics fm = m_view->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const QString samples[] = {
        QStringLiteral("Evergreen Solutions Inc."), QStringLiteral("P-000000"), QStringLiteral("United States"),
        QStringLiteral("Revenue-band"), QStringLiteral("Specialist"),
        formatMoney(999999999, QStringLiteral("RUB")) /* widest: with a code, not a sign */, QStringLiteral("Specialist"), QString() };
    for (int c = 0; c < PartnerTableModel::ColumnCount; ++c) {
        const int title
            = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) + 2 * em;
        const int content = samples[c].isEmpty() ? 24 * em : fm.horizontalAdvance(samples[c]) + em;
        header->resizeSection(c, std::max(content, c == PartnerTableModel::Name ? 0 : std::min(title, 10 * em)));
    }
    m_view->setSortingEnabled(true);
    m_view->setAccessibleName(tr("Partners"));
    new FilterKeys(m_filter, m_view);

    // A partner filtered out of view stays on the partner page; only choosing another one
    // replaces it.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit currentPartnerChanged(current.data(PartnerTableModel::PartnerIdRole).toLongLong());
            });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit partnerActivated(index.data(PartnerTableModel::PartnerIdRole).toLongLong());
    });

    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running job"));
    connect(m_cancel, &QToolButton::clicked, this, &PartnerBrowser::cancelJobs);
    // A fixed size keeps each keystroke's new count from relaying out the whole window.
    const QString widest = countText(9999999, 9999999 - 1);
    m_count->setFixedSize(m_count->fontMetrics().horizontalAdvance(widest) + 12, m_count->sizeHint().height());
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_jobLabel);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    hideJobProgress();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setTabOrder(m_filter, m_view);

    connect(m_session, &Session::opened, this, &PartnerBrowser::reload);
    connect(m_session, &Session::dataReplaced, this, &PartnerBrowser::reload);
    connect(m_session, &Session::aboutToClose, this, [this] {
        cancelJobs();
        m_model->clear();
        updateCount();
    });
    connect(m_session, &Session::programsChanged, this, [this] { m_model->updatePrograms(m_session->programs()); });
    connect(m_session, &Session::partnerChanged, this, &PartnerBrowser::onPartnerChanged);
    updateCount();
}

PartnerBrowser::~PartnerBrowser()
{
    cancelJobs();
}

QList<QAction *> PartnerBrowser::quickFilterActions() const
{
    return m_quickGroup->actions();
}

qint64 PartnerBrowser::currentPartnerId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(PartnerTableModel::PartnerIdRole).toLongLong() : 0;
}

QList<qint64> PartnerBrowser::visiblePartnerIds() const
{
    QList<qint64> ids;
    const int rows = m_proxy->rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids << m_proxy->index(row, 0).data(PartnerTableModel::PartnerIdRole).toLongLong();
    return ids;
}

bool PartnerBrowser::selectPartner(qint64 partnerId)
{
    const int sourceRow = m_model->rowOfPartner(partnerId);
    if (sourceRow < 0) {
        m_pendingSelection = partnerId;
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void PartnerBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool PartnerBrowser::isLoading() const
{
    return m_loadJob && m_loadJob->isRunning();
}

bool PartnerBrowser::isEvaluating() const
{
    return m_evalJob && m_evalJob->isRunning();
}

void PartnerBrowser::reload()
{
    if (!m_session->isOpen())
        return;
    cancelJobs();
    if (const qint64 id = currentPartnerId())
        m_pendingSelection = id;
    m_loaded = std::make_shared<PartnerTable>();
    m_firstRows = std::make_shared<FirstRows>();
    m_firstRows->column = m_model->sortColumn();
    m_firstRows->order = m_model->sortOrder();
    m_firstRows->count = m_firstRowCount;
    m_loadJob = createPartnerLoadJob(m_session->location(), QLocale(), m_loaded, this, m_firstRows);
    BackgroundJob *job = m_loadJob;
    connect(job, &BackgroundJob::partialResult, this, [this, job] {
        if (job == m_loadJob)
            onFirstRows(job);
    });
    connect(job, &BackgroundJob::finished, this, [this, job] {
        job->deleteLater();
        if (job != m_loadJob)
            return;
        m_loadJob = nullptr;
        onLoaded(job);
    });
    showJobProgress(job);
    job->start();
}

void PartnerBrowser::onFirstRows(BackgroundJob *job)
{
    Q_UNUSED(job);
    if (!m_firstRows)
        return;
    // The first rows of the whole table, in its order: the table paints now, and the rest
    // follows when every row's keys are built.
    m_loadingTotal = m_firstRows->totalRows;
    m_model->setTable(std::move(m_firstRows->table));
    m_firstRows.reset();
    updateCount();
    // The evaluation reads beside the rest of the table once the first rows are painted; its
    // results wait for the whole table (onLoaded).
    QTimer::singleShot(0, this, [this] {
        if (isLoading() && !m_evalJob)
            reevaluate();
    });
}

void PartnerBrowser::onLoaded(BackgroundJob *job)
{
    hideJobProgress();
    m_firstRows.reset();
    m_loadingTotal = 0;
    if (!job->succeeded()) {
        m_evaluatedBeforeLoaded = false;
        m_statuses.reset();
        if (job->error().code != Error::Code::Cancelled)
            emit statusMessage(job->error().message);
        return;
    }
    // The first rows shown already begin the whole table, in its order: keep the row the user
    // chose among them and the scroll position across the reset.
    const qint64 chosen = currentPartnerId();
    if (chosen)
        m_pendingSelection = chosen;
    const int scrolled = m_view->verticalScrollBar()->value();
    m_model->setTable(std::move(*m_loaded));
    m_loaded.reset();
    updateRenewals();
    updateCount();
    bool reselected = false;
    if (m_pendingSelection && selectPartner(m_pendingSelection)) {
        m_pendingSelection = 0;
        reselected = true;
    }
    if (chosen || !reselected)
        m_view->verticalScrollBar()->setValue(scrolled);
    emit tableLoaded();
    if (m_evaluatedBeforeLoaded) {
        m_evaluatedBeforeLoaded = false;
        onEvaluated();
    } else if (m_evalJob) {
        showJobProgress(m_evalJob);
    } else {
        // Let the table paint before the evaluation thread competes for the processor.
        QTimer::singleShot(100, this, &PartnerBrowser::reevaluate);
    }
}

void PartnerBrowser::reevaluate()
{
    if (!m_session->isOpen())
        return;
    if (m_evalJob) {
        m_evalJob->cancel();
        m_evalJob = nullptr;
    }
    m_evaluatedBeforeLoaded = false;
    m_changedDuringEvaluation.clear();
    m_statuses = std::make_shared<QList<PartnerStatus>>();
    m_evalJob = createEvaluationJob(m_session->location(), m_session->today(), m_statuses, this);
    BackgroundJob *job = m_evalJob;
    connect(job, &BackgroundJob::finished, this, [this, job] {
        job->deleteLater();
        if (job != m_evalJob)
            return;
        m_evalJob = nullptr;
        if (isLoading()) { // the loading job shows its own progress
            if (job->succeeded())
                m_evaluatedBeforeLoaded = true;
            else if (job->error().code != Error::Code::Cancelled)
                emit statusMessage(job->error().message);
            return;
        }
        hideJobProgress();
        if (!job->succeeded()) {
            if (job->error().code != Error::Code::Cancelled)
                emit statusMessage(job->error().message);
            else
                emit statusMessage(tr("Evaluation cancelled."));
            return;
        }
        onEvaluated();
    });
    if (!isLoading())
        showJobProgress(job);
    job->start();
}

void PartnerBrowser::onEvaluated()
{
    QList<PartnerStatus> statuses = std::move(*m_statuses);
    m_statuses.reset();
    if (!m_changedDuringEvaluation.isEmpty()) {
        // Those partners were evaluated again after their change; keep the newer result.
        statuses.removeIf([this](const PartnerStatus &s) { return m_changedDuringEvaluation.contains(s.partnerId); });
        m_changedDuringEvaluation.clear();
    }
    int failed = 0;
    QString firstError;
    for (const PartnerStatus &s : std::as_const(statuses)) {
        if (!s.error.isEmpty() && failed++ == 0)
            firstError = s.error;
    }
    m_model->mergeStatuses(statuses);
    updateRenewals();
    updateCount();
    if (failed > 0)
        emit statusMessage(tr("%n partner(s) could not be evaluated: %1", nullptr, failed).arg(firstError));
    emit evaluationFinished();
}

void PartnerBrowser::onPartnerChanged(qint64 partnerId)
{
    auto partner = m_session->store().partner(partnerId);
    if (!partner)
        return;
    m_model->updatePartner(*partner);
    TierEngine engine(m_session->store());
    if (auto e = engine.evaluate(partnerId, m_session->today()))
        m_model->mergeStatuses({ summarizeEvaluation(*e, TextContext::application()) });
    if (isEvaluating() || m_evaluatedBeforeLoaded)
        m_changedDuringEvaluation.insert(partnerId);
    updateRenewals();
    updateCount();
}

void PartnerBrowser::updateRenewals()
{
    if (!m_session->isOpen() || !m_quickRenewals->isChecked())
        return;
    const auto due = LicenceStore(m_session->store().database())
                         .partnersWithRenewalsDue(m_session->today(), kRenewalDays);
    if (!due) {
        emit statusMessage(due.error().message);
        return;
    }
    m_model->setRenewalsDue(*due);
}

void PartnerBrowser::updateCount()
{
    const int total = m_loadingTotal > 0 ? int(m_loadingTotal) : m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(countText(total, shown));
}

QString PartnerBrowser::countText(int total, int shown)
{
    // The plural form follows the total; the numbers are grouped as the rest of the app groups
    // them (%Ln would use Qt's grouping, wrong for four-digit numbers in Spanish).
    if (shown == total)
        return tr("%1 partner(s)", nullptr, total).arg(formatNumber(total));
    return tr("%1 of %2 partner(s)", nullptr, total).arg(formatNumber(shown), formatNumber(total));
}

void PartnerBrowser::showJobProgress(BackgroundJob *job)
{
    m_jobLabel->setText(job->title() + QStringLiteral("…"));
    m_progress->setRange(0, 0);
    connect(job, &BackgroundJob::progressChanged, m_progress, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(done * 1000 / total));
    });
    m_jobLabel->show();
    m_progress->show();
    m_cancel->show();
}

void PartnerBrowser::hideJobProgress()
{
    m_jobLabel->hide();
    m_progress->hide();
    m_cancel->hide();
}

void PartnerBrowser::cancelJobs()
{
    // The jobs finish (and delete themselves) in the background; their results are dropped.
    for (BackgroundJob **job : { &m_loadJob, &m_evalJob }) {
        if (*job) {
            (*job)->cancel();
            *job = nullptr;
        }
    }
    m_evaluatedBeforeLoaded = false;
    hideJobProgress();
}

QByteArray PartnerBrowser::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void PartnerBrowser::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    header->restoreState(state);
    // restoreState sets the indicator without sorting the model.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

} // namespace pd::ui
