// Background jobs: results, errors, cancellation and progress; the evaluation and load jobs on
// their own connections.
#include "partnerrow.h"
#include "testdatabase.h"
#include "workers/backgroundjob.h"
#include "workers/evaluationjob.h"
#include "workers/jobprogress.h"
#include "workers/partnerloadjob.h"

#include <QProgressDialog>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace pd;
using namespace pd::ui;

class TestBackgroundJob final : public QObject {
    Q_OBJECT

private slots:
    void runsOnAnotherThread();
    void reportsErrors();
    void cancelStopsTheWork();
    void reportsProgress();
    void statusReplacesTheProgressLabel();
    void loadAndEvaluateOnOwnConnections();
    void cancelledEvaluationWritesNothing();
};

void TestBackgroundJob::runsOnAnotherThread()
{
    auto worker = std::make_shared<QThread *>(nullptr);
    BackgroundJob job(QStringLiteral("t"), [worker](const ProgressFn &) -> Result<void> {
        *worker = QThread::currentThread();
        return {};
    });
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY(job.succeeded());
    QVERIFY(!job.isRunning());
    QVERIFY(*worker != nullptr);
    QVERIFY(*worker != QThread::currentThread());
}

void TestBackgroundJob::reportsErrors()
{
    BackgroundJob job(QStringLiteral("t"), [](const ProgressFn &) -> Result<void> {
        return fail(Error::Code::Storage, QStringLiteral("disk full"));
    });
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!job.succeeded());
    QCOMPARE(job.error().code, Error::Code::Storage);
    QCOMPARE(job.error().message, QStringLiteral("disk full"));
}

void TestBackgroundJob::cancelStopsTheWork()
{
    std::atomic_int steps { 0 };
    BackgroundJob job(QStringLiteral("t"), [&steps](const ProgressFn &progress) -> Result<void> {
        for (int i = 0; i < 100000; ++i) {
            ++steps;
            if (!progress(i, 100000))
                return fail(Error::Code::Cancelled, QStringLiteral("stopped"));
            QThread::msleep(1);
        }
        return {};
    });
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    QTest::qWait(50);
    job.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(!job.succeeded());
    QCOMPARE(job.error().code, Error::Code::Cancelled);
    QVERIFY(steps.load() < 100000);
}

void TestBackgroundJob::reportsProgress()
{
    BackgroundJob job(QStringLiteral("t"), [](const ProgressFn &progress) -> Result<void> {
        for (int i = 1; i <= 5; ++i) {
            progress(i, 5);
            QThread::msleep(120); // longer than the poll interval
        }
        return {};
    });
    QSignalSpy progress(&job, &BackgroundJob::progressChanged);
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(5));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(5));
}

void TestBackgroundJob::statusReplacesTheProgressLabel()
{
    QWidget window;
    QSemaphore waitingShown, waitingEnded;
    auto self = std::make_shared<BackgroundJob *>(nullptr);
    const auto work = [self, &waitingShown, &waitingEnded](const ProgressFn &) -> Result<void> {
        (*self)->postStatus(QStringLiteral("Waiting for another program…"));
        waitingShown.acquire();
        (*self)->postStatus(QString());
        waitingEnded.acquire();
        return {};
    };
    BackgroundJob job(QStringLiteral("Import CSV"), work);
    *self = &job;
    // A failed check must not leave the work (and the job's destructor) waiting forever.
    const auto unblock = qScopeGuard([&] {
        waitingShown.release();
        waitingEnded.release();
    });
    showJobProgressDialog(&job, &window, QStringLiteral("Importing sales.csv…"));
    auto *dialog = window.findChild<QProgressDialog *>();
    QVERIFY(dialog);
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    QTRY_COMPARE(dialog->labelText(), QStringLiteral("Waiting for another program…"));
    waitingShown.release();
    QTRY_COMPARE(dialog->labelText(), QStringLiteral("Importing sales.csv…"));
    waitingEnded.release();
    QVERIFY(finished.wait(10000));
}

void TestBackgroundJob::loadAndEvaluateOnOwnConnections()
{
    TestDatabase db;
    QVERIFY(db.generate(30, 1000));
    auto table = std::make_shared<PartnerTable>();
    std::unique_ptr<BackgroundJob> load(createPartnerLoadJob(db.path(), QLocale(QLocale::English), table, nullptr));
    auto statuses = std::make_shared<QList<PartnerStatus>>();
    std::unique_ptr<BackgroundJob> evaluate(createEvaluationJob(db.path(), TestDatabase::today(), statuses, nullptr));
    // Both at once, each on its own connection to the same file.
    load->start();
    evaluate->start();
    load->waitForFinished();
    evaluate->waitForFinished();
    QVERIFY2(load->succeeded(), qPrintable(load->error().message));
    QVERIFY2(evaluate->succeeded(), qPrintable(evaluate->error().message));
    QCOMPARE(table->rows.size(), std::size_t(30));
    QCOMPARE(statuses->size(), 30);
    QCOMPARE(table->programs.size(), 4);
    for (const PartnerStatus &s : std::as_const(*statuses)) {
        QVERIFY(s.partnerId > 0);
        QVERIFY(s.error.isEmpty());
    }
}

void TestBackgroundJob::cancelledEvaluationWritesNothing()
{
    TestDatabase db;
    QVERIFY(db.generate(10, 200));
    auto statuses = std::make_shared<QList<PartnerStatus>>();
    std::unique_ptr<BackgroundJob> job(createEvaluationJob(db.path(), TestDatabase::today(), statuses, nullptr));
    job->cancel(); // before it starts: the first progress call stops it
    job->start();
    job->waitForFinished();
    QVERIFY(!job->succeeded());
    QCOMPARE(job->error().code, Error::Code::Cancelled);
    QVERIFY(statuses->isEmpty());
}

QTEST_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
