#include "bench_pg.h"

#include "benchtools.h"
#include "generate/generator.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/serverlocation.h"
#include "storage/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace pd;

namespace bench {

namespace {

// A program of PostgreSQL's (psql, pg_dump): beside the server's other programs when
// PD_TEST_PG_BIN names them (run-pg-tests.sh), else on the PATH or in Debian's folder.
QString pgProgram(const QString &name)
{
    QStringList dirs;
    if (qEnvironmentVariableIsSet("PD_TEST_PG_BIN"))
        dirs << qEnvironmentVariable("PD_TEST_PG_BIN");
    QString found = QStandardPaths::findExecutable(name, dirs);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &v : versions) {
            found = QStandardPaths::findExecutable(name, { QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v) });
            if (!found.isEmpty())
                break;
        }
    }
    return found;
}

class Server {
public:
    explicit Server(const ServerLocation &at)
        : m_at(at)
    {
    }
    QString url(const QString &database) const
    {
        ServerLocation l = m_at;
        l.database = database;
        return l.url();
    }
    // libpq's connection options for `database`, as psql and pg_dump take them.
    QStringList connection(const QString &database) const
    {
        QStringList out { QStringLiteral("-d"), database };
        if (!m_at.host.isEmpty())
            out << QStringLiteral("-h") << m_at.host;
        if (m_at.port > 0)
            out << QStringLiteral("-p") << QString::number(m_at.port);
        if (!m_at.user.isEmpty())
            out << QStringLiteral("-U") << m_at.user;
        return out;
    }
    // Runs `sql` through psql in `database`; seconds, or -1 (with psql's words) on a failure.
    double psql(const QString &database, const QString &sql) const
    {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(pgProgram(QStringLiteral("psql")),
                connection(database) + QStringList { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                                     QStringLiteral("ON_ERROR_STOP=1") });
        p.write(sql.toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(-1);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::fprintf(stderr, "psql: %s\n", p.readAllStandardError().constData());
            return -1;
        }
        return t.nsecsElapsed() / 1e9;
    }
    // A new database `name` (dropped first), empty or a copy of `from`.
    bool create(const QString &name, const QString &from = {}) const
    {
        return psql(m_at.database, QStringLiteral("DROP DATABASE IF EXISTS %1;\nCREATE DATABASE %1%2;\n")
                                       .arg(name, from.isEmpty() ? QString() : QStringLiteral(" TEMPLATE ") + from))
            >= 0;
    }
    // Empties the sales of `database` as only an administrator can: with its triggers off, the
    // guard and the foreign keys' checks (a sale's corrects_id has no index to check them by).
    bool dropSales(const QString &database) const
    {
        return psql(database, QStringLiteral("SET session_replication_role = replica;\nDELETE FROM sales;\n")) >= 0;
    }

private:
    ServerLocation m_at;
};

QString ratio(double mine, double floor, double target)
{
    if (mine < 0 || floor <= 0)
        return QStringLiteral("(no floor)");
    return QStringLiteral("(ratio %1, target <= %2)").arg(mine / floor, 0, 'f', 2).arg(target);
}

double since(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e9;
}

// The floor of a sales import: the file into a temporary table with \copy, then one INSERT ...
// SELECT joining the codes, in one transaction (amounts in cents whatever the currency: the
// server's work is the same).
QString importFloorSql(const QString &csv)
{
    return QStringLiteral(
        "BEGIN;\n"
        "CREATE TEMP TABLE raw (sold_on text, partner text, customer text, product_line text, unit_price text, "
        "currency text, quantity text, renewal text, reference text, returns text);\n"
        "\\copy raw FROM '%1' WITH (FORMAT csv, HEADER true)\n"
        "INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, quantity, "
        "renewal, amount_minor, reference) SELECT p.id, c.id, r.sold_on::date, r.product_line, "
        "round(r.unit_price::numeric * 100)::bigint, r.currency, r.quantity::int, (r.renewal = 'yes')::int, "
        "round(r.unit_price::numeric * 100)::bigint * r.quantity::int, r.reference FROM raw r "
        "JOIN partners p ON p.code = r.partner JOIN customers c ON c.code = r.customer;\n"
        "COMMIT;\n")
        .arg(csv);
}

} // namespace

int runPostgres(const QString &location, const QString &dir, int partners, qint64 sales, unsigned seed)
{
    const auto at = ServerLocation::parse(location);
    if (!at) {
        std::fprintf(stderr, "%s\n", qPrintable(at.error().message));
        return 1;
    }
    if (pgProgram(QStringLiteral("psql")).isEmpty() || pgProgram(QStringLiteral("pg_dump")).isEmpty()) {
        std::fprintf(stderr, "psql and pg_dump are needed (Debian's postgresql-client)\n");
        return 1;
    }
    const Server server(*at);
    const QString base = at->database + QStringLiteral("_bench");
    const QString imported = base + QStringLiteral("_import");
    const QString floorDb = base + QStringLiteral("_floor");
    std::printf("PartnerDesk team database benchmark on %s: %d partners, %lld sales lines\n",
                qPrintable(at->displayName()), partners, sales);
    GenerateOptions options;
    options.partners = partners;
    options.sales = sales;
    options.seed = seed;
    options.today = QDate(2026, 11, 22);
    QElapsedTimer t;

    // Generation, on the server and into an SQLite file.
    double generatePg = -1;
    {
        if (!server.create(base))
            return 1;
        auto db = Database::open(server.url(base));
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        Store store(**db);
        t.start();
        const auto made = generate(store, options);
        generatePg = since(t);
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
            return 1;
        }
    }
    double generateSqlite = -1;
    {
        const QString file = dir + QStringLiteral("/bench-pg-sqlite.sqlite");
        QFile::remove(file);
        auto db = Database::create(file);
        if (db) {
            Store store(**db);
            t.start();
            if (generate(store, options))
                generateSqlite = since(t);
        }
        QFile::remove(file);
    }
    print("generate", generatePg,
          QStringLiteral("(SQLite %1 s; ratio %2, target <= 2)").arg(generateSqlite, 0, 'f', 3).arg(generatePg / generateSqlite, 0, 'f', 2));

    // The CLI's evaluate, as users run it.
    const QString cli = QStringLiteral(PD_CLI_PATH);
    const auto [evaluate, evaluateKb]
        = timeChild({ cli, QStringLiteral("--db"), server.url(base), QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                      options.today.toString(Qt::ISODate) });
    print("partnerdesk-cli evaluate (text)", evaluate, QStringLiteral("(peak memory %1 MB)").arg(evaluateKb / 1024));

    // Export, against \copy of the same query.
    const QString csv = QDir(dir).absoluteFilePath(QStringLiteral("bench-pg-sales.csv"));
    double exportTime = -1;
    qint64 lines = 0;
    {
        auto db = Database::open(server.url(base));
        if (!db)
            return 1;
        Store store(**db);
        t.start();
        const auto exported = Exporter(store).exportFile(CsvKind::Sales, csv);
        exportTime = since(t);
        if (!exported) {
            std::fprintf(stderr, "%s\n", qPrintable(exported.error().message));
            return 1;
        }
        lines = *exported;
    }
    const QString floorCsv = QDir(dir).absoluteFilePath(QStringLiteral("bench-pg-floor.csv"));
    const double exportFloor = server.psql(
        base, QStringLiteral("\\copy (%1) TO '%2' WITH (FORMAT csv, HEADER true)\n").arg(Exporter::salesQuery(), floorCsv));
    print("export sales CSV", exportTime, QStringLiteral("(%1 lines)").arg(lines));
    print("  floor: psql \\copy (the same query) TO file", exportFloor, ratio(exportTime, exportFloor, 1.5));
    QFile::remove(floorCsv);

    // Import into a copy without its sales, against \copy + INSERT ... SELECT into another.
    if (!server.create(imported, base) || !server.dropSales(imported) || !server.create(floorDb, imported))
        return 1;
    {
        auto db = Database::open(server.url(imported));
        if (!db)
            return 1;
        Store store(**db);
        Importer importer(store);
        t.start();
        const auto done = importer.importFile(CsvKind::Sales, csv);
        const double importTime = since(t);
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message.left(2000)));
            return 1;
        }
        const double importFloor = server.psql(floorDb, importFloorSql(csv));
        print("import sales CSV", importTime, QStringLiteral("(%1 lines)").arg(done->rows));
        print("  floor: psql \\copy to a temporary table + INSERT ... SELECT", importFloor,
              ratio(importTime, importFloor, 2));
        t.start();
        const auto again = importer.importFile(CsvKind::Sales, csv);
        print("re-import the same sales CSV", since(t),
              again ? QStringLiteral("(%1 already present; ratio to the first import %2, target <= 1)")
                          .arg(again->alreadyPresent)
                          .arg(since(t) / importTime, 0, 'f', 2)
                    : again.error().message.left(200));
    }

    // A full offline copy, against pg_dump's custom format of the same database.
    const QString copy = dir + QStringLiteral("/bench-pg-offline.sqlite");
    QFile::remove(copy);
    const auto [take, takeKb] = timeChild({ cli, QStringLiteral("--db"), server.url(base), QStringLiteral("offline"),
                                            QStringLiteral("take"), copy, QStringLiteral("--replace") });
    const QString dump = dir + QStringLiteral("/bench-pg.dump");
    t.start();
    const int dumped = QProcess::execute(pgProgram(QStringLiteral("pg_dump")),
                                         server.connection(base) + QStringList { QStringLiteral("-Fc"), QStringLiteral("-f"), dump });
    const double dumpTime = dumped == 0 ? since(t) : -1;
    print("offline take (full copy)", take, QStringLiteral("(peak memory %1 MB)").arg(takeKb / 1024));
    print("  floor: pg_dump -Fc", dumpTime, ratio(take, dumpTime, 2));
    QFile::remove(copy);
    QFile::remove(dump);
    QFile::remove(csv);
    for (const QString &name : { floorDb, imported, base })
        server.psql(at->database, QStringLiteral("DROP DATABASE IF EXISTS %1;\n").arg(name));
    return 0;
}

} // namespace bench
