// partnerdesk-cli --db postgresql://... for every command. Where a command reports, its output on
// the server must equal its output on an SQLite file holding the same data.
#include "pgtest.h"
#include "storage/sql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace
{

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The first data row's first field of an exported CSV file.
QString firstCode(const QString &csv)
{
    const QList<QByteArray> lines = readFile(csv).split('\n');
    return lines.size() > 1 ? QString::fromUtf8(lines.at(1).split(',').first()).remove(u'"') : QString();
}

} // namespace

void TestPostgres::cliEvaluateAndStatementMatchSqlite()
{
    const QStringList evaluate { QStringLiteral("evaluate"), QStringLiteral("--as-of"),
        QStringLiteral("2026-11-22"), QStringLiteral("--json") };
    const CliRun pg = cli(QStringList { QStringLiteral("--db"), m_demoPg } + evaluate);
    const CliRun lite = cli(QStringList { QStringLiteral("--db"), m_demoSqlite } + evaluate);
    QVERIFY2(pg.exit == 0, qPrintable(pg.err));
    QCOMPARE(lite.exit, 0);
    QVERIFY(QJsonDocument::fromJson(pg.out.toUtf8()).isObject()
        || QJsonDocument::fromJson(pg.out.toUtf8()).isArray());
    QCOMPARE(pg.out, lite.out);
    const CliRun text
        = cli({ QStringLiteral("--db"), m_demoPg, QStringLiteral("evaluate"), QStringLiteral("--as-of"),
            QStringLiteral("2026-11-22"), QStringLiteral("--program"), QStringLiteral("revenue-band") });
    QCOMPARE(text.exit, 0);
    QCOMPARE(text.out,
        cli({ QStringLiteral("--db"), m_demoSqlite, QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                QStringLiteral("2026-11-22"), QStringLiteral("--program"), QStringLiteral("revenue-band") })
            .out);

    for (const char *partner : { "P-000001", "P-000002", "P-000150" }) {
        const QStringList statement { QStringLiteral("statement"), QStringLiteral("--partner"),
            QString::fromLatin1(partner), QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
            QStringLiteral("--json") };
        const CliRun a = cli(QStringList { QStringLiteral("--db"), m_demoPg } + statement);
        const CliRun b = cli(QStringList { QStringLiteral("--db"), m_demoSqlite } + statement);
        QVERIFY2(a.exit == 0, qPrintable(a.err));
        QCOMPARE(a.out, b.out);
    }
}

void TestPostgres::cliProgramsFxCheckApply()
{
    const QString db = createDatabase(QStringLiteral("cliprog"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exit, 0);
    const CliRun list
        = cli({ QStringLiteral("--db"), db, QStringLiteral("programs"), QStringLiteral("list") });
    QCOMPARE(list.exit, 0);
    QCOMPARE(list.out,
        cli({ QStringLiteral("--db"), m_demoSqlite, QStringLiteral("programs"), QStringLiteral("list") })
            .out);
    const CliRun show = cli({ QStringLiteral("--db"), db, QStringLiteral("programs"), QStringLiteral("show"),
        QStringLiteral("reseller-status") });
    QCOMPARE(show.exit, 0);
    QVERIFY(show.out.contains(QStringLiteral("privileged")));
    const QString json = path(QStringLiteral("program.json"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("programs"), QStringLiteral("export"),
                     QStringLiteral("revenue-band"), json })
                 .exit,
        0);
    const CliRun imported
        = cli({ QStringLiteral("--db"), db, QStringLiteral("programs"), QStringLiteral("import"), json });
    QVERIFY2(imported.exit == 0, qPrintable(imported.err));

    const CliRun set = cli({ QStringLiteral("--db"), db, QStringLiteral("fx"), QStringLiteral("set"),
        QStringLiteral("2026-11-01"), QStringLiteral("USD"), QStringLiteral("MXN"),
        QStringLiteral("18.25") });
    QVERIFY2(set.exit == 0, qPrintable(set.err));
    // Setting the same day again replaces the rate (ON CONFLICT on both engines).
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("fx"), QStringLiteral("set"),
                     QStringLiteral("2026-11-01"), QStringLiteral("USD"), QStringLiteral("MXN"),
                     QStringLiteral("18.5") })
                 .exit,
        0);
    const CliRun fx = cli({ QStringLiteral("--db"), db, QStringLiteral("fx"), QStringLiteral("list") });
    QCOMPARE(fx.exit, 0);
    QVERIFY2(fx.out.contains(QStringLiteral("18.5")) && !fx.out.contains(QStringLiteral("18.25")),
        qPrintable(fx.out));
    QCOMPARE(cli({ QStringLiteral("--db"), m_demoPg, QStringLiteral("fx"), QStringLiteral("list") }).out,
        cli({ QStringLiteral("--db"), m_demoSqlite, QStringLiteral("fx"), QStringLiteral("list") }).out);

    const CliRun check = cli({ QStringLiteral("--db"), m_demoPg, QStringLiteral("check") });
    QVERIFY2(check.exit == 0, qPrintable(check.out + check.err));
    QCOMPARE(check.out, cli({ QStringLiteral("--db"), m_demoSqlite, QStringLiteral("check") }).out);

    const QStringList apply { QStringLiteral("apply"), QStringLiteral("--partner"),
        QStringLiteral("P-000002"), QStringLiteral("--as-of"), QStringLiteral("2026-11-22"),
        QStringLiteral("--reason"), QStringLiteral("quarterly review"), QStringLiteral("--by"),
        QStringLiteral("test") };
    const CliRun applied = cli(QStringList { QStringLiteral("--db"), m_demoPg } + apply);
    const CliRun appliedLite = cli(QStringList { QStringLiteral("--db"), m_demoSqlite } + apply);
    QCOMPARE(applied.exit, appliedLite.exit);
    QCOMPARE(applied.out, appliedLite.out);
}

void TestPostgres::cliExportImportRoundTrip()
{
    // Every kind exported from the server equals the file's export; imported into a new team
    // database and exported again, it is unchanged.
    const QString target = createDatabase(QStringLiteral("cliimport"));
    QCOMPARE(cli({ QStringLiteral("--db"), target, QStringLiteral("init") }).exit, 0);
    for (const char *kind :
        { "partners", "customers", "sales", "certifications", "events", "scores", "fxrates" }) {
        const QString k = QString::fromLatin1(kind);
        const QString fromPg = path(k + QStringLiteral("-pg.csv"));
        const QString fromLite = path(k + QStringLiteral("-sqlite.csv"));
        const QString again = path(k + QStringLiteral("-again.csv"));
        const CliRun e = cli({ QStringLiteral("--db"), m_demoPg, QStringLiteral("export"), k, fromPg });
        QVERIFY2(e.exit == 0, qPrintable(e.err));
        QCOMPARE(
            cli({ QStringLiteral("--db"), m_demoSqlite, QStringLiteral("export"), k, fromLite }).exit, 0);
        QVERIFY2(readFile(fromPg) == readFile(fromLite), kind);
        const CliRun i = cli({ QStringLiteral("--db"), target, QStringLiteral("import"), k, fromPg });
        QVERIFY2(i.exit == 0, qPrintable(k + QStringLiteral(": ") + i.err));
        QCOMPARE(cli({ QStringLiteral("--db"), target, QStringLiteral("export"), k, again }).exit, 0);
        QVERIFY2(readFile(again) == readFile(fromPg), kind);
    }
    // A bad file changes nothing and says why.
    QFile bad(path(QStringLiteral("bad.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("nonsense\n1,2,3\n");
    bad.close();
    const CliRun refused = cli({ QStringLiteral("--db"), target, QStringLiteral("import"),
        QStringLiteral("partners"), bad.fileName() });
    QCOMPARE(refused.exit, 1);
}

void TestPostgres::cliGenerate()
{
    const QString db = createDatabase(QStringLiteral("cligen"));
    const CliRun r = cli({ QStringLiteral("--db"), db, QStringLiteral("generate"),
        QStringLiteral("--partners"), QStringLiteral("8"), QStringLiteral("--sales"), QStringLiteral("300"),
        QStringLiteral("--today"), QStringLiteral("2026-11-22") });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("8 partner")) && r.out.contains(QStringLiteral("300 sale")),
        qPrintable(r.out));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("check") }).exit, 0);
}

void TestPostgres::cliTeamCommands()
{
    const QString db = createDatabase(QStringLiteral("cliteam"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
                     QStringLiteral("--today"), QStringLiteral("2026-11-22") })
                 .exit,
        0);
    const CliRun roles
        = cli({ QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("roles") });
    QVERIFY2(roles.exit == 0, qPrintable(roles.err));
    QVERIFY(roles.out.contains(QStringLiteral("partnerdesk_rep")));
    psql(QStringLiteral("postgres"),
        QStringLiteral("DROP ROLE IF EXISTS rep3; CREATE ROLE rep3 LOGIN PASSWORD 'rep3-secret'"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("grant"),
                     QStringLiteral("rep3"), QStringLiteral("rep") })
                 .exit,
        0);
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("grant"),
                     QStringLiteral("ghost"), QStringLiteral("rep") })
                 .exit,
        1);
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("grant"),
                     QStringLiteral("rep3"), QStringLiteral("boss") })
                 .exit,
        2);
    // Roles do not apply to a file.
    const CliRun onFile
        = cli({ QStringLiteral("--db"), m_demoSqlite, QStringLiteral("admin"), QStringLiteral("roles") });
    QCOMPARE(onFile.exit, 1);
    QVERIFY2(onFile.err.contains(QStringLiteral("PostgreSQL")), qPrintable(onFile.err));

    // The rep (password in the URL) reads, adds notes, and is refused anything else by the server.
    const QString asRep
        = url(QStringLiteral("cliteam"), QStringLiteral("rep3"), QStringLiteral("rep3-secret"));
    const CliRun evaluate = cli({ QStringLiteral("--db"), asRep, QStringLiteral("evaluate"),
        QStringLiteral("--as-of"), QStringLiteral("2026-11-22") });
    QVERIFY2(evaluate.exit == 0, qPrintable(evaluate.err));
    const CliRun note = cli({ QStringLiteral("--db"), asRep, QStringLiteral("notes"), QStringLiteral("add"),
        QStringLiteral("--partner"), QStringLiteral("P-000007"), QStringLiteral("Asked for a demo") });
    QVERIFY2(note.exit == 0, qPrintable(note.err));
    const CliRun notes = cli({ QStringLiteral("--db"), db, QStringLiteral("notes"),
        QStringLiteral("--partner"), QStringLiteral("P-000007") });
    QCOMPARE(notes.exit, 0);
    QVERIFY(
        notes.out.contains(QStringLiteral("rep3")) && notes.out.contains(QStringLiteral("Asked for a demo")));
    for (const QStringList &write :
        QList<QStringList> { { QStringLiteral("fx"), QStringLiteral("set"), QStringLiteral("2026-11-01"),
                                 QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("0.92") },
            { QStringLiteral("apply"), QStringLiteral("--partner"), QStringLiteral("P-000002"),
                QStringLiteral("--as-of"), QStringLiteral("2026-11-22"), QStringLiteral("--reason"),
                QStringLiteral("rep tries") } }) {
        const CliRun refused = cli(QStringList { QStringLiteral("--db"), asRep } + write);
        QCOMPARE(refused.exit, 1);
        // Only the server's refusal, in words for a rep: no driver noise before it (the one line
        // before it is the CLI's own warning about the password this test puts in the URL).
        const QString passwordWarning = QStringLiteral("Warning: the password in --db");
        QVERIFY2(refused.err.startsWith(passwordWarning), qPrintable(refused.err));
        QCOMPARE(refused.err.section(u'\n', 1),
            QStringLiteral(
                "Your database role may only read partner records and add notes; ask a manager to make "
                "this change.\n"));
    }
}

void TestPostgres::cliOffline()
{
    const QString db = m_demoPg;
    const QString copy = path(QStringLiteral("cli-copy.sqlite"));
    // The password given in the URL is used, and never written into the copy.
    const QString password = qEnvironmentVariable("PGPASSWORD");
    const CliRun take = cli({ QStringLiteral("--db"),
        url(QStringLiteral("demo"), QStringLiteral("postgres"), password), QStringLiteral("offline"),
        QStringLiteral("take"), copy, QStringLiteral("--program"), QStringLiteral("reseller-status") });
    QVERIFY2(take.exit == 0, qPrintable(take.err));
    QVERIFY(!readFile(copy).contains(password.toUtf8()));
    const CliRun info
        = cli({ QStringLiteral("--db"), copy, QStringLiteral("offline"), QStringLiteral("info") });
    QCOMPARE(info.exit, 0);
    QVERIFY(info.out.contains(QStringLiteral("program reseller-status")));
    QVERIFY(info.out.contains(QStringLiteral("/demo")));
    QVERIFY(!info.out.contains(password));
    QCOMPARE(
        cli({ QStringLiteral("--db"), copy, QStringLiteral("offline"), QStringLiteral("verify") }).exit, 0);
    // Evaluating the copy works; writing to it does not.
    const CliRun evaluate
        = cli({ QStringLiteral("--db"), copy, QStringLiteral("evaluate"), QStringLiteral("--as-of"),
            QStringLiteral("2026-11-22"), QStringLiteral("--program"), QStringLiteral("reseller-status") });
    QCOMPARE(evaluate.exit, 0);
    QCOMPARE(evaluate.out,
        cli({ QStringLiteral("--db"), db, QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                QStringLiteral("2026-11-22"), QStringLiteral("--program"),
                QStringLiteral("reseller-status") })
            .out);
    const CliRun write = cli({ QStringLiteral("--db"), copy, QStringLiteral("fx"), QStringLiteral("set"),
        QStringLiteral("2026-11-01"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("0.9") });
    QCOMPARE(write.exit, 1);
    QVERIFY2(write.err.contains(QStringLiteral("read-only")), qPrintable(write.err));

    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("notes"), QStringLiteral("add"),
                     QStringLiteral("--partner"), QStringLiteral("P-000001"),
                     QStringLiteral("New since the copy") })
                 .exit,
        0);
    QCOMPARE(
        cli({ QStringLiteral("--db"), copy, QStringLiteral("offline"), QStringLiteral("verify") }).exit, 1);
    const CliRun refresh
        = cli({ QStringLiteral("--db"), copy, QStringLiteral("offline"), QStringLiteral("refresh") });
    QVERIFY2(refresh.exit == 0, qPrintable(refresh.err));
    QCOMPARE(
        cli({ QStringLiteral("--db"), copy, QStringLiteral("offline"), QStringLiteral("verify") }).exit, 0);
    // The filter belongs to take only.
    QCOMPARE(cli({ QStringLiteral("--db"), copy, QStringLiteral("offline"), QStringLiteral("refresh"),
                     QStringLiteral("--territory"), QStringLiteral("X") })
                 .exit,
        2);
}

void TestPostgres::cliLicensingMatchesSqlite()
{
    // The licensing commands on both engines, same steps, same answers.
    const QString pg = createDatabase(QStringLiteral("clilic"));
    const QString lite = path(QStringLiteral("clilic.sqlite"));
    for (const QString &db : { pg, lite })
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
                         QStringLiteral("--today"), QStringLiteral("2026-11-22") })
                     .exit,
            0);
    const QString customers = path(QStringLiteral("lic-customers.csv"));
    QCOMPARE(cli({ QStringLiteral("--db"), lite, QStringLiteral("export"), QStringLiteral("customers"),
                     customers })
                 .exit,
        0);
    const QString customer = firstCode(customers);
    QVERIFY(!customer.isEmpty());
    const QString evaluateJson
        = cli({ QStringLiteral("--db"), lite, QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                  QStringLiteral("2026-11-22"), QStringLiteral("--program"),
                  QStringLiteral("activation-credits"), QStringLiteral("--json") })
              .out;
    const QJsonDocument doc = QJsonDocument::fromJson(evaluateJson.toUtf8());
    const QJsonArray rows
        = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("partners")).toArray();
    QVERIFY(!rows.isEmpty());
    const QString creditsPartner = rows.first().toObject().value(QStringLiteral("partner")).toString();
    QVERIFY(!creditsPartner.isEmpty());
    const QString keys = path(QStringLiteral("keys"));
    QDir().mkpath(keys);

    struct Step {
        QStringList args;
        bool compareOutput;
    };
    const QList<Step> steps {
        { { QStringLiteral("licences"), QStringLiteral("list") }, true },
        { { QStringLiteral("licences"), QStringLiteral("add"), QStringLiteral("--partner"),
              QStringLiteral("P-000001"), QStringLiteral("--internal"), QStringLiteral("--line"),
              QStringLiteral("ti"), QStringLiteral("--product"), QStringLiteral("Backup"),
              QStringLiteral("--start"), QStringLiteral("2026-01-01"), QStringLiteral("--end"),
              QStringLiteral("2026-12-31"), QStringLiteral("--price"), QStringLiteral("0") },
            false },
        { { QStringLiteral("licences"), QStringLiteral("list"), QStringLiteral("--partner"),
              QStringLiteral("P-000001") },
            true },
        { { QStringLiteral("renewals"), QStringLiteral("--days"), QStringLiteral("60"),
              QStringLiteral("--as-of"), QStringLiteral("2026-11-22") },
            true },
        { { QStringLiteral("credits"), QStringLiteral("buy"), QStringLiteral("--partner"), creditsPartner,
              QStringLiteral("--credits"), QStringLiteral("1000") },
            false },
        { { QStringLiteral("credits"), QStringLiteral("balance"), QStringLiteral("--partner"),
              creditsPartner },
            true },
        { { QStringLiteral("credits"), QStringLiteral("ledger"), QStringLiteral("--partner"),
              creditsPartner },
            false },
        { { QStringLiteral("customer"), QStringLiteral("move"), customer, QStringLiteral("--to"),
              QStringLiteral("P-000003"), QStringLiteral("--reason"), QStringLiteral("vendor decision"),
              QStringLiteral("--on"), QStringLiteral("2026-11-01") },
            false },
        { { QStringLiteral("certifications"), QStringLiteral("expiring"), QStringLiteral("--days"),
              QStringLiteral("90"), QStringLiteral("--as-of"), QStringLiteral("2026-11-22") },
            true },
        { { QStringLiteral("certifications"), QStringLiteral("levels"), QStringLiteral("--partner"),
              QStringLiteral("P-000150") },
            true },
        { { QStringLiteral("nfr"), QStringLiteral("issue"), QStringLiteral("--partner"),
              QStringLiteral("P-000002"), QStringLiteral("--product"), QStringLiteral("Backup"),
              QStringLiteral("--on"), QStringLiteral("2026-11-01"), QStringLiteral("--key-dir"), keys },
            false },
        { { QStringLiteral("nfr"), QStringLiteral("list"), QStringLiteral("--as-of"),
              QStringLiteral("2026-11-22") },
            false },
        { { QStringLiteral("check") }, true },
    };
    for (const Step &step : steps) {
        const CliRun a = cli(QStringList { QStringLiteral("--db"), pg } + step.args);
        const CliRun b = cli(QStringList { QStringLiteral("--db"), lite } + step.args);
        const QString what = step.args.join(u' ');
        QVERIFY2(a.exit == 0, qPrintable(what + QStringLiteral(": ") + a.err));
        QVERIFY2(b.exit == 0, qPrintable(what + QStringLiteral(": ") + b.err));
        if (step.compareOutput)
            QVERIFY2(a.out == b.out,
                qPrintable(what + QStringLiteral("\n") + a.out + QStringLiteral("\n---\n") + b.out));
    }
}

void TestPostgres::cliReturnsAndVoidsMatchSqlite()
{
    // Issue 15: returns (full and partial, on the original's date) and voided sales, certificates,
    // events and scores, written alike on both engines; the facts' subqueries and statements'
    // clawbacks must give the same answers.
    const QString pg = createDatabase(QStringLiteral("cliret"));
    const QString lite = path(QStringLiteral("cliret.sqlite"));
    const QStringList changes {
        QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, "
                       "quantity, renewal, amount_minor, reference, returns_id) SELECT partner_id, customer_id, sold_on, "
                       "product_line, unit_price_minor, currency, CASE WHEN quantity > 1 THEN -1 ELSE -quantity END, "
                       "renewal, CASE WHEN quantity > 1 THEN -unit_price_minor ELSE -amount_minor END, 'RET-' || id, id "
                       "FROM sales WHERE id % 7 = 0"),
        QStringLiteral("UPDATE sales SET voided_at = '2026-11-01T00:00:00.000Z', voided_by = 'test', "
                       "void_reason = 'entered twice' WHERE id % 11 = 0"),
    };
    QStringList partners { QStringLiteral("P-000001"), QStringLiteral("P-000150") };
    for (const QString &db : { pg, lite }) {
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
                         QStringLiteral("--today"), QStringLiteral("2026-11-22") })
                     .exit,
            0);
        auto opened = open(db);
        QVERIFY(opened);
        QStringList statements = changes;
        for (const char *table : { "certifications", "compliance_events", "scores" })
            statements << QStringLiteral("UPDATE %1 SET voided_at = '2026-11-01T00:00:00.000Z', voided_by = 'test', "
                                         "void_reason = 'entered twice' WHERE id % 5 = 0")
                              .arg(QLatin1StringView(table));
        for (const QString &sql : statements) {
            const auto done = pd::sql::exec(*opened, sql);
            QVERIFY2(done.has_value(), qPrintable(done ? QString() : done.error().message));
        }
        if (db == lite) {
            // Partners with a live return in the quarter, so that the statements show clawbacks.
            const auto rows = pd::sql::selectAll<QString>(*opened,
                QStringLiteral("SELECT DISTINCT p.code FROM sales s JOIN partners p ON p.id = s.partner_id WHERE "
                               "s.returns_id IS NOT NULL AND s.voided_at IS NULL AND s.sold_on >= '2026-07-01' AND "
                               "s.sold_on <= '2026-09-30' ORDER BY p.code LIMIT 3"),
                {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
            QVERIFY(rows.has_value());
            partners += *rows;
        }
    }
    const QStringList evaluate { QStringLiteral("evaluate"), QStringLiteral("--as-of"),
        QStringLiteral("2026-11-22"), QStringLiteral("--json") };
    const CliRun a = cli(QStringList { QStringLiteral("--db"), pg } + evaluate);
    QVERIFY2(a.exit == 0, qPrintable(a.err));
    QCOMPARE(a.out, cli(QStringList { QStringLiteral("--db"), lite } + evaluate).out);
    int returns = 0;
    for (const QString &partner : std::as_const(partners)) {
        const QStringList statement { QStringLiteral("statement"), QStringLiteral("--partner"),
            partner, QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
            QStringLiteral("--json") };
        const CliRun b = cli(QStringList { QStringLiteral("--db"), pg } + statement);
        QVERIFY2(b.exit == 0, qPrintable(b.err));
        QCOMPARE(b.out, cli(QStringList { QStringLiteral("--db"), lite } + statement).out);
        returns += int(b.out.count(QStringLiteral("returnsReference")));
    }
    QVERIFY(returns > 0);
}
