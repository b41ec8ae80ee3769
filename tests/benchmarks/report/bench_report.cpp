// bench_report: quarterly business reviews on a generated database of 1,000 partners.
// Targets (issue 5): one review <= 150 ms; 1,000 reviews <= 60 s on 2 cores.
#include "generate/generator.h"
#include "report/qbrbatch.h"
#include "report/qbrdata.h"
#include "report/qbrlanguage.h"
#include "report/qbrwriter.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace pd;
using namespace pd::ui;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int partners = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const qint64 sales = argc > 2 ? QString::fromLocal8Bit(argv[2]).toLongLong() : 200000;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pdk"));
    const Quarter quarter { 2026, 3 };
    QList<qint64> ids;
    {
        auto db = Database::open(path);
        if (!db) {
            out << db.error().message << '\n';
            return 1;
        }
        Store store(**db);
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
        ids = *QbrBatch::partnersOf(store, QString());

        const QbrLanguage language(QStringLiteral("ru"));
        const ExchangeRates rates(store.fxRates().value_or(QList<FxRate> {}));
        const int rounds = 20;
        qint64 collectNs = 0, renderNs = 0;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer one;
            one.start();
            auto data = QbrCollector::collect(store, rates, ids.at(i * ids.size() / rounds), quarter, QDate(2026, 10, 5));
            collectNs += one.nsecsElapsed();
            one.restart();
            auto pdf = QbrWriter::render(*data, language.locale(), QPageSize::A4);
            renderNs += one.nsecsElapsed();
            if (!pdf)
                return 1;
        }
        out << "one review (mean of " << rounds << "): " << (collectNs + renderNs) / rounds / 1000000 << " ms ("
            << collectNs / rounds / 1000000 << " ms reading, " << renderNs / rounds / 1000000
            << " ms rendering); target <= 150 ms\n";
    }
    QbrRequest request;
    request.database = path;
    request.partnerIds = ids;
    request.quarter = quarter;
    request.language = QStringLiteral("ru");
    request.issuedOn = QDate(2026, 10, 5);
    request.outDir = dir.filePath(QStringLiteral("out"));
    request.threads = 2;
    QElapsedTimer t;
    t.start();
    const auto result = QbrBatch::run(request);
    if (!result)
        return 1;
    out << "batch of " << result->files.size() << " reviews on 2 threads: " << QString::number(t.elapsed() / 1000.0, 'f', 1)
        << " s (" << result->errors.size() << " errors); target <= 60 s\n";
    return 0;
}
