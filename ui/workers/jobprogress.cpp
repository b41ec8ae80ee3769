#include "jobprogress.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::JobProgress)
};

constexpr int kShowDelayMs = 300; // short jobs finish without a flashing dialog

// Not a QProgressDialog: that one shows itself from its own timer (also while a result box is
// up), runs a nested event loop in setValue() and reports closing as a cancel. This dialog only
// shows when its delay runs out, and only runJobWithProgress() ends it.
class JobProgressDialog final : public QDialog {
public:
    JobProgressDialog(BackgroundJob *job, const QString &label, QWidget *parent)
        : QDialog(parent)
        , m_job(job)
        , m_text(label)
        , m_label(new QLabel(label, this))
        , m_bar(new QProgressBar(this))
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    {
        setObjectName(QStringLiteral("jobProgress"));
        setWindowTitle(job->title());
        setWindowModality(Qt::WindowModal);
        m_bar->setRange(0, 0); // busy until the job reports a total
        m_buttons->button(QDialogButtonBox::Cancel)->setText(Tr::tr("Cancel"));
        connect(m_buttons, &QDialogButtonBox::rejected, this, &JobProgressDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_label);
        layout->addWidget(m_bar);
        layout->addWidget(m_buttons);
        setMinimumWidth(360);
        auto *delay = new QTimer(this);
        delay->setSingleShot(true);
        connect(delay, &QTimer::timeout, this, &QDialog::show);
        delay->start(kShowDelayMs);
    }

    void setProgress(qint64 done, qint64 total)
    {
        // QProgressBar takes int; scale large totals down to per-mille.
        if (total <= 0) {
            m_bar->setRange(0, 0);
            return;
        }
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(done * 1000 / total));
    }

    // A status the job posts (such as waiting for another program's write) replaces the label;
    // an empty one restores it. "Cancelling…" stays once asked.
    void setStatus(const QString &text)
    {
        if (!m_job->isCancelRequested())
            m_label->setText(text.isEmpty() ? m_text : text);
    }

    // Cancel and Escape: ask the job to stop; the dialog stays until the rollback is done.
    void reject() override
    {
        if (m_job->isCancelRequested())
            return;
        m_job->cancel();
        m_label->setText(Tr::tr("Cancelling…"));
        m_buttons->setEnabled(false);
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        event->ignore();
        reject();
    }

private:
    BackgroundJob *m_job;
    QString m_text;
    QLabel *m_label;
    QProgressBar *m_bar;
    QDialogButtonBox *m_buttons;
};

} // namespace

BackgroundJob *runJobWithProgress(QWidget *window, const QString &title, const QString &label,
                                  BackgroundJob::Work work, JobDone done)
{
    auto *job = new BackgroundJob(title, std::move(work), window);
    QPointer<JobProgressDialog> dialog = new JobProgressDialog(job, label, window);
    QObject::connect(job, &BackgroundJob::progressChanged, dialog, &JobProgressDialog::setProgress);
    QObject::connect(job, &BackgroundJob::statusChanged, dialog, &JobProgressDialog::setStatus);
    // The first connection to finished(): nobody else can act on the job before the dialog is
    // gone. The dialog runs no event loop of its own, so deleting it here is safe.
    QObject::connect(job, &BackgroundJob::finished, job, [job, dialog, done = std::move(done)] {
        delete dialog.data();
        if (done)
            done(*job);
        job->deleteLater();
    });
    job->start();
    return job;
}

} // namespace pd::ui
