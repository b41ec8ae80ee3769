// Scale benchmark of core (issue: generate, evaluate, statement, import and re-import), against
// the sqlite3 shell as the floor. Prints figures; asserts nothing.
//
//   bench_core [--dir DIR] [--partners 100000] [--sales 1000000] [--seed 1] [--import-only]
//              [--db postgresql://...]
//
// DIR keeps the generated database between runs (default: a temporary folder).
#include "dates.h"
#include "generate/generator.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "statement.h"
#include "storage/database.h"
#include "storage/store.h"
#include "tierengine.h"

#include "bench_pg.h"
#include "benchtools.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace pd;
using namespace bench;

namespace {

// Imports DIR's sales CSV into a copy of the database without its sales, then again (every line
// present already), and the sqlite3 shell's .import of the same file as the floor. Returns the
// exit code.
int benchImport(const QString &path, const QString &dir, const QString &csv)
{
    QElapsedTimer t;
    const QString copy = dir + QStringLiteral("/bench-import.sqlite");
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    timeSqlite(path, {}, QStringLiteral("VACUUM INTO '%1';").arg(copy).toUtf8());
    // A scratch copy emptied for the import: sales are never deleted otherwise (their guard).
    timeSqlite(copy, {}, "DROP TRIGGER sales_no_delete; DELETE FROM sales;");
    {
        auto target = Database::open(copy);
        if (!target) {
            std::fprintf(stderr, "%s\n", qPrintable(target.error().message));
            return 1;
        }
        Store targetStore(**target);
        Importer importer(targetStore);
        t.start();
        const auto imported = importer.importFile(CsvKind::Sales, csv);
        const double importTime = t.nsecsElapsed() / 1e9;
        if (!imported) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error().message.left(2000)));
            return 1;
        }
        print("import sales CSV", importTime, QStringLiteral("(%1 lines)").arg(imported->rows));
        // The same file again: every line is present already, nothing is written (issue 15).
        t.start();
        const auto again = importer.importFile(CsvKind::Sales, csv);
        const double againTime = t.nsecsElapsed() / 1e9;
        if (!again) {
            std::fprintf(stderr, "%s\n", qPrintable(again.error().message.left(2000)));
            return 1;
        }
        print("re-import the same sales CSV", againTime,
              QStringLiteral("(%1 imported, %2 already present; ratio to the first import %3, target <= 1)")
                  .arg(again->rows)
                  .arg(again->alreadyPresent)
                  .arg(againTime / importTime, 0, 'f', 2));
        const QString scratch = dir + QStringLiteral("/bench-dotimport.sqlite");
        QFile::remove(scratch);
        const double dotImport = timeSqlite(scratch, { QStringLiteral("-csv") },
                                            QStringLiteral(".import '%1' sales_raw\n").arg(csv).toUtf8());
        if (dotImport > 0)
            print("  floor: sqlite3 .import of the same file", dotImport,
                  QStringLiteral("(ratio %1, target <= 2)").arg(importTime / dotImport, 0, 'f', 2));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Folder for the databases and CSV files."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("partners"), QStringLiteral("Partners to generate."), QStringLiteral("N"),
                       QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("sales"), QStringLiteral("Sales lines to generate."), QStringLiteral("M"),
                       QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("db"),
                       QStringLiteral("A PostgreSQL server (postgresql://superuser@host/database): run the team "
                                      "database's figures there instead (bench_pg.cpp)."),
                       QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("import-only"),
                       QStringLiteral("Time only the imports of DIR's bench-sales.csv, exported by an earlier run.") });
    parser.process(app);

    QTemporaryDir tmp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();
    const int partners = parser.value(QStringLiteral("partners")).toInt();
    const qint64 salesCount = parser.value(QStringLiteral("sales")).toLongLong();
    const QString path = QStringLiteral("%1/bench-%2-%3.sqlite").arg(dir).arg(partners).arg(salesCount);
    const QDate today(2026, 11, 22); // fixed, so runs on different days compare

    if (parser.isSet(QStringLiteral("db")))
        return runPostgres(parser.value(QStringLiteral("db")), dir, partners, salesCount,
                           parser.value(QStringLiteral("seed")).toUInt());
    if (parser.isSet(QStringLiteral("import-only")))
        return benchImport(path, dir, dir + QStringLiteral("/bench-sales.csv"));

    std::printf("PartnerDesk core benchmark: %d partners, %lld sales lines\n", partners, salesCount);
    QElapsedTimer t;
    auto db = Database::create(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    Store store(**db);
    if (store.partnerCount().value_or(0) == 0) {
        GenerateOptions options;
        options.partners = partners;
        options.sales = salesCount;
        options.seed = parser.value(QStringLiteral("seed")).toUInt();
        options.today = today;
        t.start();
        const auto summary = generate(store, options);
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.error().message));
            return 1;
        }
        print("generate", t.nsecsElapsed() / 1e9);
    } else {
        std::printf("generate: reusing %s\n", qPrintable(path));
    }

    // Evaluate every partner, and the same aggregate queries in the sqlite3 shell.
    const QDate asOf = today;
    TierEngine engine(store);
    int evaluated = 0, upgrades = 0, errors = 0;
    qint64 someone = 0;
    t.start();
    // What the window keeps of each (its status row), reduced on the engine's workers.
    struct Kept {
        qint64 partnerId = 0;
        bool upgrade = false;
        bool error = false;
    };
    const auto all = engine.evaluateReduced<Kept>(
        asOf, [](Evaluation &&e) { return Kept { e.partnerId, e.move == TierMove::Upgrade, e.error.has_value() }; },
        [&](Kept &&k) {
            upgrades += k.upgrade;
            errors += k.error;
            if (++evaluated == partners / 2)
                someone = k.partnerId;
        });
    const double evaluate = t.nsecsElapsed() / 1e9;
    if (!all) {
        std::fprintf(stderr, "%s\n", qPrintable(all.error().message));
        return 1;
    }
    print("evaluate all partners", evaluate,
          QStringLiteral("(%1 partners, %2 upgrades, %3 errors; peak memory so far %4 MB)")
              .arg(evaluated).arg(upgrades).arg(errors).arg(peakMemoryKb() / 1024));

    // The floor: the facts an evaluation needs, each computed for all partners by one GROUP BY
    // over the trailing window in the shell (issue 17): sales per partner and currency (sum,
    // distinct customers, renewals); certified staff per partner and role on the as-of date;
    // compliance events per partner, kind and month; the latest score per partner and metric.
    const QString from = asOf.addMonths(-12).toString(Qt::ISODate);
    const QString to = asOf.toString(Qt::ISODate);
    const QString floorSql = QStringLiteral(
        "SELECT partner_id, currency, sum(amount_minor), count(DISTINCT customer_id), sum(renewal) FROM sales "
        "WHERE sold_on > '%1' AND sold_on <= '%2' AND voided_at IS NULL GROUP BY partner_id, currency;\n"
        "SELECT s.partner_id, s.role, count(DISTINCT s.id) FROM staff s JOIN certifications c ON c.staff_id = s.id "
        "WHERE c.passed_on <= '%2' AND (c.expires_on IS NULL OR c.expires_on > '%2') AND c.voided_at IS NULL "
        "GROUP BY s.partner_id, s.role;\n"
        "SELECT partner_id, kind, substr(occurred_on, 1, 7) AS month, count(*) FROM compliance_events "
        "WHERE occurred_on > '%1' AND occurred_on <= '%2' AND voided_at IS NULL GROUP BY partner_id, kind, month;\n"
        "SELECT partner_id, metric, max(measured_on), value_bp FROM scores WHERE measured_on <= '%2' "
        "AND voided_at IS NULL GROUP BY partner_id, metric;\n").arg(from, to);
    const double floor = timeSqlite(path, {}, floorSql.toUtf8());
    if (floor > 0)
        print("  floor: one GROUP BY per fact in sqlite3", floor,
              QStringLiteral("(ratio %1, target <= 1.5)").arg(evaluate / floor, 0, 'f', 2));
    else
        std::printf("  floor: sqlite3 shell not found; install the sqlite3 package\n");

    // The CLI as users run it: evaluate, as text and as JSON, each against the same floor.
    for (const bool json : { false, true }) {
        QStringList args { QStringLiteral(PD_CLI_PATH), QStringLiteral("--db"), path, QStringLiteral("evaluate"),
                           QStringLiteral("--as-of"), asOf.toString(Qt::ISODate) };
        if (json)
            args << QStringLiteral("--json");
        const auto [seconds, peakKb] = timeChild(args);
        print(json ? "partnerdesk-cli evaluate --json" : "partnerdesk-cli evaluate (text)", seconds,
              QStringLiteral("(ratio to the floor %1, target <= 1.5; peak memory %2 MB, target <= 200)")
                  .arg(floor > 0 ? seconds / floor : 0, 0, 'f', 2)
                  .arg(peakKb / 1024));
    }

    // One quarterly statement, for a partner with sales.
    t.start();
    const auto statement = buildStatement(store, someone, Quarter::containing(today).previous());
    print("one quarterly statement", t.nsecsElapsed() / 1e9,
          statement ? QStringLiteral("(%1 lines)").arg(statement->lines.size()) : statement.error().message);

    // Import the sales as CSV into a copy of the database without its sales.
    const QString csv = dir + QStringLiteral("/bench-sales.csv");
    Exporter exporter(store);
    t.start();
    const auto exported = exporter.exportFile(CsvKind::Sales, csv);
    if (!exported) {
        std::fprintf(stderr, "%s\n", qPrintable(exported.error().message));
        return 1;
    }
    const double exportTime = t.nsecsElapsed() / 1e9;
    print("export sales CSV", exportTime, QStringLiteral("(%1 lines)").arg(*exported));
    // The floor: the shell writing the same query's rows as CSV (amounts as stored, in minor units).
    const double exportFloor
        = timeSqlite(path, { QStringLiteral("-csv") }, (Exporter::salesQuery() + u';').toUtf8());
    if (exportFloor > 0)
        print("  floor: sqlite3 CSV of the same query", exportFloor,
              QStringLiteral("(ratio %1, target <= 1.5)").arg(exportTime / exportFloor, 0, 'f', 2));
    db->reset();
    if (const int failed = benchImport(path, dir, csv))
        return failed;
    std::printf("peak memory: %lld MB\n", peakMemoryKb() / 1024);
    return 0;
}
