// Scale benchmark of offline copies (issue 8): take a full copy of the 100,000-partner /
// 1,000,000-sale data set, change 1,000 rows in the source, refresh. Prints figures; asserts
// nothing.
//
//   bench_offline [--dir DIR] [--partners 100000] [--sales 1000000] [--seed 1]
//
// DIR keeps the generated source between runs (default: a temporary folder). Each run changes
// 1,000 more rows of it. The changes are made by the sqlite3 shell, as another program would.
#include "generate/generator.h"
#include "storage/database.h"
#include "storage/offline.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

using namespace pd;

namespace
{

void print(const char *what, double seconds, const QString &extra = {})
{
    std::printf("%-46s %9.3f s%s\n", what, seconds, extra.isEmpty() ? "" : qPrintable(u"  " + extra));
    std::fflush(stdout);
}

int failWith(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// 1,000 changed rows: 500 voided sales (the database lets a sale change no other way), 200 renamed
// partners, 200 new sales (each with a reference of its own), 100 deleted scores.
const char *kChanges = R"(
PRAGMA foreign_keys = ON;
BEGIN;
UPDATE sales SET voided_at = strftime('%Y-%m-%dT%H:%M:%fZ'), voided_by = 'bench', void_reason = 'bench'
    WHERE id IN (SELECT id FROM sales WHERE id % 97 = 7 AND voided_at IS NULL LIMIT 500);
UPDATE partners SET name = name || ' *' WHERE id IN (SELECT id FROM partners WHERE id % 487 = 1 LIMIT 200);
INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, quantity, renewal, amount_minor,
        reference)
    SELECT partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, quantity, renewal, amount_minor,
        'bench-' || lower(hex(randomblob(8)))
    FROM sales WHERE id % 4993 = 3 LIMIT 200;
DELETE FROM scores WHERE id IN (SELECT id FROM scores ORDER BY id DESC LIMIT 100);
COMMIT;
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Folder for the source and the copy."),
        QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("partners"), QStringLiteral("Partners to generate."),
        QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("sales"), QStringLiteral("Sales lines to generate."),
        QStringLiteral("M"), QStringLiteral("1000000") });
    parser.addOption(
        { QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1") });
    parser.process(app);

    QTemporaryDir tmp;
    const QString dir
        = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();
    const int partners = parser.value(QStringLiteral("partners")).toInt();
    const qint64 salesCount = parser.value(QStringLiteral("sales")).toLongLong();
    const QString source
        = QStringLiteral("%1/offline-source-%2-%3.sqlite").arg(dir).arg(partners).arg(salesCount);
    const QString copy
        = QStringLiteral("%1/offline-copy-%2-%3.sqlite").arg(dir).arg(partners).arg(salesCount);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return failWith(
            QStringLiteral("The sqlite3 shell is needed to change the source; install the sqlite3 package."));

    std::printf("PartnerDesk offline-copy benchmark: %d partners, %lld sales lines\n", partners, salesCount);
    QElapsedTimer t;
    {
        auto db = Database::create(source);
        if (!db)
            return failWith(db.error().message);
        Store store(**db);
        if (store.partnerCount().value_or(0) == 0) {
            GenerateOptions options;
            options.partners = partners;
            options.sales = salesCount;
            options.seed = parser.value(QStringLiteral("seed")).toUInt();
            options.today = QDate(2026, 11, 22);
            t.start();
            const auto summary = generate(store, options);
            if (!summary)
                return failWith(summary.error().message);
            print("generate the source", t.nsecsElapsed() / 1e9);
        } else {
            std::printf("source: reusing %s\n", qPrintable(source));
        }

        t.start();
        const auto taken = OfflineCopy::take(**db, copy, {});
        if (!taken)
            return failWith(taken.error().message);
        print("take a full offline copy", t.nsecsElapsed() / 1e9,
            QStringLiteral("(%1 partners, %2 rows, %3 MB; target <= 30 s)")
                .arg(taken->partners)
                .arg(taken->written)
                .arg(QFile(copy).size() / 1e6, 0, 'f', 1));
    }

    QProcess shell;
    shell.start(sqlite3, { QStringLiteral("-bail"), source });
    shell.write(kChanges);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    if (shell.exitCode() != 0)
        return failWith(QString::fromUtf8(shell.readAllStandardError()));

    t.start();
    const auto refreshed = OfflineCopy::refresh(copy);
    if (!refreshed)
        return failWith(refreshed.error().message);
    print("refresh after 1,000 changed rows", t.nsecsElapsed() / 1e9,
        QStringLiteral("(%1 written, %2 removed; target <= 2 s)")
            .arg(refreshed->written)
            .arg(refreshed->deleted));

    t.start();
    const auto differing = OfflineCopy::differences(copy);
    if (!differing)
        return failWith(differing.error().message);
    print("offline verify of the refreshed copy", t.nsecsElapsed() / 1e9,
        (differing->isEmpty() ? QStringLiteral("(identical")
                              : QStringLiteral("(DIFFERS in %1").arg(differing->join(QStringLiteral(", "))))
            + QStringLiteral("; target <= 10 s)"));

    t.start();
    const auto again = OfflineCopy::refresh(copy);
    if (!again)
        return failWith(again.error().message);
    print("refresh with nothing changed", t.nsecsElapsed() / 1e9);
    return differing->isEmpty() ? 0 : 1;
}
