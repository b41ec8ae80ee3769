#include "jobprogress.h"

#include "backgroundjob.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace pd::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::JobProgress)
};
} // namespace

void showJobProgressDialog(BackgroundJob *job, QWidget *parent, const QString &label)
{
    auto *dialog = new QProgressDialog(label, Tr::tr("Cancel"), 0, 0, parent);
    dialog->setWindowTitle(job->title());
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300); // short jobs finish without a flashing dialog
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(job, &BackgroundJob::progressChanged, dialog, [dialog](qint64 done, qint64 total) {
        // QProgressDialog takes int; scale large totals down to per-mille.
        if (total <= 0) {
            dialog->setRange(0, 0);
            return;
        }
        dialog->setRange(0, 1000);
        dialog->setValue(int(done * 1000 / total));
    });
    QObject::connect(job, &BackgroundJob::statusChanged, dialog, [dialog, job, label](const QString &text) {
        if (!job->isCancelRequested())
            dialog->setLabelText(text.isEmpty() ? label : text);
    });
    QObject::connect(dialog, &QProgressDialog::canceled, job, [job, dialog] {
        job->cancel();
        dialog->setLabelText(Tr::tr("Cancelling…"));
        dialog->setCancelButton(nullptr);
        dialog->show(); // canceled() hides the dialog; keep it until the rollback is done
    });
    QObject::connect(job, &BackgroundJob::finished, dialog, &QProgressDialog::close);
    dialog->setValue(0);
}

} // namespace pd::ui
