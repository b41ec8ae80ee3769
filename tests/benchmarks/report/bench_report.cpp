// bench_report: quarterly business reviews on a generated database.
//   bench_report [PARTNERS SALES]          generates a database (default 1,000 / 200,000) first
//   bench_report --db FILE [--batch N] [--quarter 2026-Q3] [--threads T]
//                                          an existing one (partnerdesk-cli generate)
// Targets (issue 5): one review <= 150 ms; 1,000 reviews <= 60 s on 2 cores.
#include "generate/generator.h"
#include "report/qbrbatch.h"
#include "report/qbrdata.h"
#include "report/qbrlanguage.h"
#include "report/qbrwriter.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace pd;
using namespace pd::ui;

namespace {

// User and system time of the whole process, every thread included; -1 where not measured.
qint64 processCpuMs()
{
#ifndef Q_OS_UNIX
    return -1;
#else
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size())
            return fallback;
        const QString value = args.at(at + 1);
        args.remove(at, 2);
        return value;
    };
    QString path = option(QStringLiteral("--db"), QString());
    const int batch = option(QStringLiteral("--batch"), QStringLiteral("1000")).toInt();
    const int threads = option(QStringLiteral("--threads"), QStringLiteral("2")).toInt();
    const auto parsedQuarter = Quarter::parse(option(QStringLiteral("--quarter"), QStringLiteral("2026-Q3")));
    if (!parsedQuarter) {
        out << "bad --quarter\n";
        return 2;
    }
    const Quarter quarter = *parsedQuarter;
    const int partners = args.size() > 0 ? args.at(0).toInt() : 1000;
    const qint64 sales = args.size() > 1 ? args.at(1).toLongLong() : 200000;

    QTemporaryDir dir;
    QList<qint64> ids;
    {
        const bool generated = path.isEmpty();
        if (generated)
            path = dir.filePath(QStringLiteral("bench.pdk"));
        auto db = Database::create(path);
        if (!db) {
            out << db.error().message << '\n';
            return 1;
        }
        Store store(**db);
        if (generated) {
            GenerateOptions options;
            options.partners = partners;
            options.sales = sales;
            options.today = QDate(2026, 10, 5);
            QElapsedTimer t;
            t.start();
            if (auto r = generate(store, options); !r) {
                out << r.error().message << '\n';
                return 1;
            }
            out << "generated " << partners << " partners, " << sales << " sales in " << t.elapsed() << " ms\n";
        } else {
            out << "database " << path << '\n';
        }
        QElapsedTimer listing;
        listing.start();
        const QList<qint64> all = *QbrBatch::partnersOf(store, QString());
        out << all.size() << " partners listed in " << listing.elapsed() << " ms\n";
        // Spread the batch over the whole database rather than its first rows.
        const qsizetype take = std::min<qsizetype>(batch, all.size());
        for (qsizetype i = 0; i < take; ++i)
            ids << all.at(i * all.size() / take);

        const QbrLanguage language(QStringLiteral("ru"));
        const ExchangeRates rates(store.fxRates().value_or(QList<FxRate> {}));
        // The first review pays one-time costs (fonts, chart code); shown apart.
        QElapsedTimer first;
        first.start();
        {
            auto data = QbrCollector::collect(store, rates, ids.first(), quarter, QDate(2026, 10, 5));
            if (!data || !QbrWriter::render(*data, language.locale(), QPageSize::A4))
                return 1;
        }
        out << "first review (cold): " << first.elapsed() << " ms\n";
        const int rounds = 20;
        qint64 collectNs = 0, renderNs = 0, worstNs = 0;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer one;
            one.start();
            auto data = QbrCollector::collect(store, rates, ids.at((i + 1) * ids.size() / (rounds + 1)), quarter,
                                              QDate(2026, 10, 5));
            const qint64 c = one.nsecsElapsed();
            collectNs += c;
            if (!data)
                return 1;
            one.restart();
            auto pdf = QbrWriter::render(*data, language.locale(), QPageSize::A4);
            const qint64 r = one.nsecsElapsed();
            renderNs += r;
            worstNs = std::max(worstNs, c + r);
            if (!pdf)
                return 1;
        }
        out << "one review (mean of " << rounds << "): " << (collectNs + renderNs) / rounds / 1000000 << " ms ("
            << collectNs / rounds / 1000000 << " ms reading, " << renderNs / rounds / 1000000
            << " ms rendering; slowest " << worstNs / 1000000 << " ms); target <= 150 ms\n";
        // The chart alone, painted with QPainter (chartpainter.h) on the thread that renders the review.
        auto sample = QbrCollector::collect(store, rates, ids.first(), quarter, QDate(2026, 10, 5));
        if (!sample)
            return 1;
        QElapsedTimer chart;
        chart.start();
        for (int i = 0; i < rounds; ++i)
            (void)QbrWriter::paintChart(sample->chart);
        out << "  of which the chart: " << chart.nsecsElapsed() / rounds / 1000000 << " ms\n";
    }
    QbrRequest request;
    request.database = path;
    request.partnerIds = ids;
    request.quarter = quarter;
    request.language = QStringLiteral("ru");
    request.issuedOn = QDate(2026, 10, 5);
    request.outDir = dir.filePath(QStringLiteral("out"));
    request.threads = threads;
    QElapsedTimer t;
    t.start();
    const qint64 cpuBefore = processCpuMs();
    const auto result = QbrBatch::run(request);
    if (!result)
        return 1;
    const qint64 cpu = processCpuMs() - cpuBefore;
    out << "batch of " << result->files.size() << " reviews on " << threads
        << " threads: " << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s (" << result->errors.size()
        << " errors); target <= 60 s\n";
    // On a busy machine the wall time says more about the other processes than about this one: the
    // processor time, spread over the threads, is what an otherwise idle machine would take.
    if (cpuBefore >= 0)
        out << "  processor time " << QString::number(cpu / 1000.0, 'f', 1) << " s: about "
            << QString::number(cpu / 1000.0 / std::max(1, std::min(threads, QThread::idealThreadCount())), 'f', 1)
            << " s on " << std::min(threads, QThread::idealThreadCount()) << " idle cores\n";
    for (const QString &e : result->errors.mid(0, 3))
        out << "  " << e << '\n';
    return 0;
}
