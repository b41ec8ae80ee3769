// partnerdesk-cli end to end: commands, exit status (0 ok, 1 bad input, 2 usage), messages.
#include "../core/filetools.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void versionAndHelp();
    void demoDatabase();
    void evaluateJson();
    void statementJson();
    void importRejectsBadFileAndChangesNothing();
    void importThenExportRoundTrips();
    void reimportCountsLinesAlreadyPresent();
    void importUpdateAndHistory();
    void programsExportImport();
    void refusesNonDatabase();
    void refusesEndlessInput_data();
    void refusesEndlessInput();
    void refusesEmptyFileUntilInit();
    void unusableDatabaseSaysWhy();
    void offlineTakeReplacesOnlyCopies();
    void fxSetAndList();
    void nfrVerifyExitCodes();
    void creditsAndLicencesCommands();

private:
    Run cli(const QStringList &args, const QString &lang = QStringLiteral("en"));
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_demo;
};

Run TestCli::cli(const QStringList &args, const QString &lang)
{
    QProcess p;
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--lang"), lang } + args);
    p.waitForFinished(300000);
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
}

void TestCli::write(const QString &name, const QByteArray &content)
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.sqlite"));
    const Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("init"), QStringLiteral("--demo"),
                        QStringLiteral("--today"), QStringLiteral("2026-11-22") });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList {} << "Usage";
    QTest::newRow("no database") << QStringList { "evaluate" } << "--db";
    QTest::newRow("unknown command") << QStringList { "--db", "x.sqlite", "frobnicate" } << "frobnicate";
    QTest::newRow("option of another command") << QStringList { "--db", "x.sqlite", "evaluate", "--quarter", "2026-Q1" }
                                               << "--quarter";
    QTest::newRow("bad quarter") << QStringList { "--db", "x.sqlite", "statement", "--partner", "P", "--quarter", "2026-Q5" }
                                 << "2026-Q5";
    QTest::newRow("bad as-of date") << QStringList { "--db", "x.sqlite", "evaluate", "--as-of", "30.09.2026" } << "--as-of";
    QTest::newRow("unknown kind") << QStringList { "--db", "x.sqlite", "import", "invoices", "a.csv" } << "invoices";
    QTest::newRow("unknown option") << QStringList { "--db", "x.sqlite", "evaluate", "--colour" } << "colour";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
}

void TestCli::versionAndHelp()
{
    const Run v = cli({ QStringLiteral("--version") });
    QCOMPARE(v.exit, 0);
    QVERIFY(v.out.startsWith(QStringLiteral("partnerdesk-cli ") + QStringLiteral(PD_VERSION)));
    const Run h = cli({ QStringLiteral("--help") });
    QCOMPARE(h.exit, 0);
    QVERIFY(h.out.contains(QStringLiteral("evaluate")));
}

void TestCli::demoDatabase()
{
    const Run list = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("programs"), QStringLiteral("list") });
    QCOMPARE(list.exit, 0);
    for (const char *key : { "reseller-status", "activation-credits", "revenue-band", "marketplace-developer" })
        QVERIFY2(list.out.contains(QLatin1StringView(key)), key);
    const Run check = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("check") });
    QVERIFY2(check.exit == 0, qPrintable(check.out + check.err));
    // Demo data goes into new databases only.
    const Run again = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("init"), QStringLiteral("--demo") });
    QCOMPARE(again.exit, 1);
}

void TestCli::evaluateJson()
{
    const Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                        QStringLiteral("2026-09-30"), QStringLiteral("--json") });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(all.size() >= 200);
    int upgrades = 0, withGaps = 0;
    QSet<QString> programs;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.contains(QStringLiteral("error")));
        QVERIFY(!o.value(QStringLiteral("proposedTier")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("asOf")).toString(), QStringLiteral("2026-09-30"));
        programs.insert(o.value(QStringLiteral("program")).toString());
        upgrades += o.value(QStringLiteral("change")).toString() == QLatin1StringView("upgrade");
        const QJsonArray gaps = o.value(QStringLiteral("gaps")).toArray();
        withGaps += !gaps.isEmpty();
        for (const QJsonValue &g : gaps) {
            QVERIFY(!g.toObject().value(QStringLiteral("met")).toBool());
            QVERIFY(!g.toObject().value(QStringLiteral("gapText")).toString().isEmpty());
        }
    }
    QCOMPARE(programs.size(), 4);
    QVERIFY(upgrades > 0);
    QVERIFY(withGaps > 0);
}

void TestCli::statementJson()
{
    const Run eval = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("evaluate"), QStringLiteral("--program"),
                           QStringLiteral("reseller-status"), QStringLiteral("--json") });
    QCOMPARE(eval.exit, 0);
    const QString code = QJsonDocument::fromJson(eval.out.toUtf8()).array().first().toObject().value(QStringLiteral("partner")).toString();
    const Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("statement"), QStringLiteral("--partner"), code,
                        QStringLiteral("--quarter"), QStringLiteral("2026-Q3"), QStringLiteral("--json") });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const QJsonObject st = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(st.value(QStringLiteral("partner")).toString(), code);
    QCOMPARE(st.value(QStringLiteral("quarter")).toString(), QStringLiteral("2026-Q3"));
    // Totals are the sums of the lines, per currency.
    QHash<QString, qint64> sales;
    for (const QJsonValue &l : st.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject amount = l.toObject().value(QStringLiteral("amount")).toObject();
        sales[amount.value(QStringLiteral("currency")).toString()] +=
            qRound64(amount.value(QStringLiteral("amount")).toString().toDouble() * 100);
    }
    for (const QJsonValue &t : st.value(QStringLiteral("totals")).toArray()) {
        const QJsonObject o = t.toObject();
        QCOMPARE(qRound64(o.value(QStringLiteral("sales")).toString().toDouble() * 100),
                 sales.value(o.value(QStringLiteral("currency")).toString()));
    }
    const Run missing = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("statement"), QStringLiteral("--partner"),
                              QStringLiteral("NO-SUCH"), QStringLiteral("--quarter"), QStringLiteral("2026-Q3") });
    QCOMPARE(missing.exit, 1);
    QVERIFY(missing.err.contains(QStringLiteral("NO-SUCH")));
}

void TestCli::importRejectsBadFileAndChangesNothing()
{
    const QString db = path(QStringLiteral("import.sqlite"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exit, 0);
    write(QStringLiteral("partners.csv"),
          "code;name;country;region;category;subcategory;program;tier;tier_since;joined_on;territory;brand;website\n"
          "P-1;\"Acme; Ltd\";US;;channel;reseller;revenue-band;standard;2026-01-01;2025-01-01;;;\n"
          "P-2;Beta;ES;;channel;reseller;revenue-band;gold;2026-01-01;2025-01-01;;;\n"
          "P-3;Gamma;MX;;channel;reseller;no-such-program;standard;2026-13-01;2025-01-01;;;\n");
    const Run bad = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("partners"),
                          path(QStringLiteral("partners.csv")) });
    QCOMPARE(bad.exit, 1);
    const QString file = path(QStringLiteral("partners.csv"));
    QVERIFY2(bad.err.contains(file + QStringLiteral(":3: tier")), qPrintable(bad.err));
    QVERIFY2(bad.err.contains(file + QStringLiteral(":4: program")), qPrintable(bad.err));
    QVERIFY2(bad.err.contains(file + QStringLiteral(":4: tier_since")), qPrintable(bad.err));
    const Run eval = cli({ QStringLiteral("--db"), db, QStringLiteral("evaluate"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(eval.out.toUtf8()).array().size(), 0); // nothing was written
}

// The demo after a customer moved to another partner: its earlier sales keep their customer, and
// every kind imports into an empty database.
void TestCli::importThenExportRoundTrips()
{
    const QString moved = path(QStringLiteral("moved.sqlite"));
    QVERIFY(QFile::copy(m_demo, moved));
    const auto exported = [&](const char *kind) {
        const QString csv = path(QStringLiteral("demo-%1.csv").arg(QLatin1StringView(kind)));
        const Run out = cli({ QStringLiteral("--db"), moved, QStringLiteral("export"), QString::fromLatin1(kind), csv });
        QFile f(csv);
        return out.exit == 0 && f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : out.err;
    };
    const QString salesBefore = exported("sales");
    const QStringList sale = salesBefore.section(u'\n', 1, 1).split(u','); // date,partner,customer,...
    QVERIFY2(sale.size() > 2 && !sale.at(2).isEmpty(), qPrintable(salesBefore.left(500)));
    QString to;
    for (const QString &line : exported("partners").split(u'\n').mid(1)) {
        if (const QString code = line.section(u',', 0, 0); !code.isEmpty() && code != sale.at(1)) {
            to = code;
            break;
        }
    }
    const Run move = cli({ QStringLiteral("--db"), moved, QStringLiteral("customer"), QStringLiteral("move"), sale.at(2),
                           QStringLiteral("--to"), to, QStringLiteral("--reason"), QStringLiteral("Territory change"),
                           QStringLiteral("--on"), QStringLiteral("2026-11-01") });
    QVERIFY2(move.exit == 0, qPrintable(move.err));
    QCOMPARE(exported("sales"), salesBefore);

    const QString db = path(QStringLiteral("roundtrip.sqlite"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exit, 0);
    for (const char *kind : { "partners", "customers", "moves", "certifications", "events", "scores", "fxrates", "sales" }) {
        const QString csv = path(QStringLiteral("demo-%1.csv").arg(QLatin1StringView(kind)));
        const Run out = cli({ QStringLiteral("--db"), moved, QStringLiteral("export"), QString::fromLatin1(kind), csv });
        QVERIFY2(out.exit == 0, qPrintable(out.err));
        const Run in = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QString::fromLatin1(kind), csv });
        QVERIFY2(in.exit == 0, qPrintable(QString::fromLatin1(kind) + u' ' + in.err.left(2000)));
    }
    const Run a = cli({ QStringLiteral("--db"), moved, QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                        QStringLiteral("2026-09-30"), QStringLiteral("--json") });
    const Run b = cli({ QStringLiteral("--db"), db, QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                        QStringLiteral("2026-09-30"), QStringLiteral("--json") });
    QCOMPARE(b.exit, 0);
    QCOMPARE(b.out, a.out); // the same partners, metrics, tiers and gaps
}

// Issue 15: an export imported back into its database adds nothing and says so; new lines are
// imported beside those already present.
void TestCli::reimportCountsLinesAlreadyPresent()
{
    const QString db = path(QStringLiteral("reimport.sqlite"));
    QVERIFY(QFile::copy(m_demo, db));
    const QString all = path(QStringLiteral("reimport-all.csv"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("sales"), all }).exit, 0);
    QFile f(all);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    lines.removeAll(QByteArray());
    const int sales = int(lines.size()) - 1;
    QVERIFY(sales >= 1000);
    // Two lines as exported, three more under new references.
    QByteArray mixed = lines.at(0) + '\n' + lines.at(1) + '\n' + lines.at(2) + '\n';
    for (int i = 1; i <= 3; ++i) {
        QList<QByteArray> fields = lines.at(i).split(',');
        fields[8] = "NEW-" + QByteArray::number(i);
        mixed += fields.join(',') + '\n';
    }
    write(QStringLiteral("reimport-mixed.csv"), mixed);
    const Run some = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("sales"),
                           path(QStringLiteral("reimport-mixed.csv")) });
    QCOMPARE(some.exit, 0);
    QCOMPARE(some.out, QStringLiteral("3 imported, 2 already present.\n"));
    const Run none = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("sales"), all });
    QVERIFY2(none.exit == 0, qPrintable(none.err.left(2000)));
    QCOMPARE(none.out, QStringLiteral("Nothing new was imported: %1 records already present.\n")
                           .arg(QLocale(QLocale::English).toString(sales)));
    const Run again = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("sales"),
                            path(QStringLiteral("reimport-again.csv")) });
    QCOMPARE(again.exit, 0);
    QFile f2(path(QStringLiteral("reimport-again.csv")));
    QVERIFY(f2.open(QIODevice::ReadOnly));
    QCOMPARE(f2.readAll().count('\n'), qsizetype(sales + 1 + 3));
}

// import --update re-syncs partners by code and prints its counts; history lists the changes.
void TestCli::importUpdateAndHistory()
{
    const QString db = path(QStringLiteral("resync.sqlite"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exit, 0);
    const QByteArray header = "code,name,country,category,program,tier,tier_since,joined_on\n";
    const QByteArray p2 = "P-2,Two,ES,channel,revenue-band,standard,2026-01-01,2025-01-01\n";
    write(QStringLiteral("first.csv"), header + "P-1,One,ES,channel,revenue-band,standard,2026-01-01,2025-01-01\n" + p2);
    write(QStringLiteral("crm.csv"), header + "P-1,One SA,MX,channel,revenue-band,standard,2026-01-01,2025-01-01\n" + p2
                                         + "P-3,Three,AR,channel,revenue-band,standard,2026-01-01,2025-01-01\n");
    const auto import = [&](const char *kind, const QString &file, QStringList extra) {
        return cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("import"), QString::fromLatin1(kind), path(file) }
                   + extra);
    };
    QCOMPARE(import("partners", QStringLiteral("first.csv"), {}).exit, 0);
    const Run refused = import("partners", QStringLiteral("crm.csv"), {});
    QCOMPARE(refused.exit, 1);
    QVERIFY2(refused.err.contains(path(QStringLiteral("crm.csv")) + QStringLiteral(":2: code: partner \"P-1\" already "
                                                                                     "exists; import with update")),
             qPrintable(refused.err));
    const Run updated = import("partners", QStringLiteral("crm.csv"),
                               { QStringLiteral("--update"), QStringLiteral("--by"), QStringLiteral("ana") });
    QVERIFY2(updated.exit == 0, qPrintable(updated.err));
    QCOMPARE(updated.out, QStringLiteral("1 updated, 1 unchanged, 1 added.\n"));
    const Run sales = import("sales", QStringLiteral("crm.csv"), { QStringLiteral("--update") });
    QCOMPARE(sales.exit, 1);
    QVERIFY2(sales.err.contains(QStringLiteral("Only partners and customers can update existing records")),
             qPrintable(sales.err));
    const Run history = cli({ QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--partner"),
                              QStringLiteral("P-1") });
    QCOMPARE(history.exit, 0);
    QVERIFY2(history.out.contains(QStringLiteral("ana  partner P-1 name: \"One\" -> \"One SA\" (from crm.csv)")),
             qPrintable(history.out));
    QVERIFY2(history.out.contains(QStringLiteral("ana  partner P-1 country: \"ES\" -> \"MX\" (from crm.csv)")),
             qPrintable(history.out));
    const Run none = cli({ QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--partner"),
                           QStringLiteral("P-2") });
    QCOMPARE(none.out, QStringLiteral("History of Two (P-2): 0 changes\n"));
}

void TestCli::programsExportImport()
{
    const QString json = path(QStringLiteral("reseller.json"));
    QCOMPARE(cli({ QStringLiteral("--db"), m_demo, QStringLiteral("programs"), QStringLiteral("export"),
                   QStringLiteral("reseller-status"), json })
                 .exit,
             0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray content = f.readAll();
    f.close();
    write(QStringLiteral("broken.json"), content.replace("\"RUB\"", "\"RUR\""));
    const Run bad = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("programs"), QStringLiteral("import"),
                          path(QStringLiteral("broken.json")) });
    QCOMPARE(bad.exit, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("$.currency")), qPrintable(bad.err));
    QVERIFY(bad.err.contains(QStringLiteral("RUR")));
    const Run good = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("programs"), QStringLiteral("import"), json });
    QVERIFY2(good.exit == 0, qPrintable(good.err));
    const Run show = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("programs"), QStringLiteral("show"),
                           QStringLiteral("reseller-status") });
    QVERIFY(show.out.contains(QStringLiteral("Privileged")));
}

void TestCli::refusesEndlessInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    // issue 14: both read /dev/zero until about 1 GB and aborted with std::bad_alloc.
    QTest::newRow("import partners") << QStringList { "import", "partners", "/dev/zero" }
                                     << "/dev/zero:1: the line is longer than 1048576 bytes";
    QTest::newRow("import sales") << QStringList { "import", "sales", "/dev/zero" }
                                  << "/dev/zero:1: the line is longer than 1048576 bytes";
    QTest::newRow("programs import") << QStringList { "programs", "import", "/dev/zero" }
                                     << "/dev/zero:$: the definition is larger than 1048576 bytes";
}

void TestCli::refusesEndlessInput()
{
#ifndef Q_OS_UNIX
    QSKIP("needs /dev/zero");
#endif
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(QStringList { QStringLiteral("--db"), m_demo } + args);
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCli::refusesNonDatabase()
{
    write(QStringLiteral("notes.txt"), "just text\n");
    const Run r = cli({ QStringLiteral("--db"), path(QStringLiteral("notes.txt")), QStringLiteral("evaluate") });
    QCOMPARE(r.exit, 1);
    QVERIFY(r.err.contains(QStringLiteral("not a PartnerDesk database")));
}

void TestCli::refusesEmptyFileUntilInit()
{
    const QString db = path(QStringLiteral("empty.sqlite"));
    write(QStringLiteral("empty.sqlite"), {});
    for (const char *command : { "check", "evaluate" }) {
        const Run r = cli({ QStringLiteral("--db"), db, QString::fromLatin1(command) });
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is empty, not a PartnerDesk database")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("No problems")), qPrintable(r.out));
        QCOMPARE(QFileInfo(db).size(), 0);
    }
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exit, 0);
    const Run check = cli({ QStringLiteral("--db"), db, QStringLiteral("check") });
    QVERIFY2(check.exit == 0, qPrintable(check.err));
#ifdef Q_OS_UNIX
    QCOMPARE(pd::test::fileMode(path(QStringLiteral("fresh.sqlite"))), -1);
    QCOMPARE(cli({ QStringLiteral("--db"), path(QStringLiteral("fresh.sqlite")), QStringLiteral("init") }).exit, 0);
    QCOMPARE(pd::test::fileMode(path(QStringLiteral("fresh.sqlite"))), 0600);
#endif
}

void TestCli::unusableDatabaseSaysWhy()
{
    // A database another program keeps locked, and one cut short: each says what is wrong.
    const QString locked = path(QStringLiteral("locked.sqlite"));
    const QString cut = path(QStringLiteral("cut.sqlite"));
    QVERIFY(QFile::copy(m_demo, locked));
    QVERIFY(QFile::copy(m_demo, cut));
    {
        QFile f(cut);
        QVERIFY(f.resize(f.size() / 2));
    }
    auto holder = pd::test::lockWithSqlite3(locked);
    QVERIFY(holder);
    const Run busy = cli({ QStringLiteral("--db"), locked, QStringLiteral("evaluate") });
    holder->closeWriteChannel();
    QVERIFY(holder->waitForFinished(10000));
    QCOMPARE(busy.exit, 1);
    QVERIFY2(busy.err.contains(QStringLiteral("is in use: another program kept it locked")), qPrintable(busy.err));
    const Run damaged = cli({ QStringLiteral("--db"), cut, QStringLiteral("check") });
    QCOMPARE(damaged.exit, 1);
    QVERIFY2(damaged.err.contains(QStringLiteral("is damaged")), qPrintable(damaged.err));
    const Run spanish = cli({ QStringLiteral("--db"), cut, QStringLiteral("check") }, QStringLiteral("es"));
    QCOMPARE(spanish.exit, 1);
    QVERIFY2(!spanish.err.contains(QStringLiteral("damaged")) && spanish.err.contains(QStringLiteral("cut.sqlite")),
             qPrintable(spanish.err));
}

void TestCli::offlineTakeReplacesOnlyCopies()
{
    auto hash = [](const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    };
    auto take = [&](const QString &source, const QString &target, const QStringList &extra = {}) {
        const QStringList args { QStringLiteral("--db"), source, QStringLiteral("offline"), QStringLiteral("take"),
                                 target };
        return cli(args + extra);
    };
    // An ordinary database with its own partners, and a text file, are never overwritten.
    const QString ordinary = path(QStringLiteral("ordinary.sqlite"));
    QVERIFY(QFile::copy(m_demo, ordinary));
    write(QStringLiteral("plan.txt"), "Call Acme on Monday\n");
    for (const QString &target : { ordinary, path(QStringLiteral("plan.txt")) }) {
        const QByteArray before = hash(target);
        for (const QStringList &extra : { QStringList {}, QStringList { QStringLiteral("--replace") } }) {
            const Run r = take(m_demo, target, extra);
            QCOMPARE(r.exit, 1);
            QVERIFY2(r.err.contains(QStringLiteral("It was not changed.")), qPrintable(r.err));
            QVERIFY2(!r.out.contains(QStringLiteral("Took an offline copy")), qPrintable(r.out));
            QCOMPARE(hash(target), before);
        }
    }
    const Run partners = cli({ QStringLiteral("--db"), ordinary, QStringLiteral("evaluate"), QStringLiteral("--json") });
    QCOMPARE(partners.exit, 0);
    QVERIFY(QJsonDocument::fromJson(partners.out.toUtf8()).array().size() > 100);

    // An offline copy of another database is replaced only with --replace.
    const QString other = path(QStringLiteral("other-source.sqlite"));
    QCOMPARE(cli({ QStringLiteral("--db"), other, QStringLiteral("init") }).exit, 0);
    const QString copy = path(QStringLiteral("rep-copy.sqlite"));
    QCOMPARE(take(m_demo, copy).exit, 0);
    QCOMPARE(take(m_demo, copy).exit, 0); // its own copy: replaced
    const QByteArray before = hash(copy);
    const Run refused = take(other, copy);
    QCOMPARE(refused.exit, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Give --replace to replace it")), qPrintable(refused.err));
    QCOMPARE(hash(copy), before);
    const Run replaced = take(other, copy, { QStringLiteral("--replace") });
    QVERIFY2(replaced.exit == 0, qPrintable(replaced.err));
    const Run info = cli({ QStringLiteral("--db"), copy, QStringLiteral("offline"), QStringLiteral("info") });
    QVERIFY2(info.out.contains(QFileInfo(other).absoluteFilePath()), qPrintable(info.out));
}

void TestCli::fxSetAndList()
{
    const QString db = path(QStringLiteral("fx.sqlite"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exit, 0);
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("fx"), QStringLiteral("set"), QStringLiteral("2026-07-01"),
                   QStringLiteral("usd"), QStringLiteral("RUB"), QStringLiteral("92.125") })
                 .exit,
             0);
    const Run bad = cli({ QStringLiteral("--db"), db, QStringLiteral("fx"), QStringLiteral("set"), QStringLiteral("2026-07-01"),
                          QStringLiteral("USD"), QStringLiteral("RUR"), QStringLiteral("1") });
    QCOMPARE(bad.exit, 1);
    QVERIFY(bad.err.contains(QStringLiteral("RUR")));
    const Run list = cli({ QStringLiteral("--db"), db, QStringLiteral("fx"), QStringLiteral("list") });
    QCOMPARE(list.out.trimmed(), QStringLiteral("2026-07-01  1 USD = 92.125000 RUB"));
}

void TestCli::nfrVerifyExitCodes()
{
    // The vendor key lives in its own folder (never in the database); --key-dir points there.
    const QString keys = path(QStringLiteral("vendor-keys"));
    const QString db = path(QStringLiteral("nfr.sqlite"));
    QVERIFY(QFile::copy(m_demo, db));
    const QStringList base { QStringLiteral("--db"), db, QStringLiteral("--key-dir"), keys };
    // Partner 1's tier may or may not be entitled: a manager's override makes the test independent of it.
    const Run issued = cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("nfr"), QStringLiteral("issue"),
                                         QStringLiteral("--partner"), QStringLiteral("1"), QStringLiteral("--product"),
                                         QStringLiteral("Backup Suite"), QStringLiteral("--on"), QStringLiteral("2026-11-01"),
                                         QStringLiteral("--months"), QStringLiteral("12"), QStringLiteral("--override"),
                                         QStringLiteral("CLI test"), QStringLiteral("--key-dir"), keys });
    QVERIFY2(issued.exit == 0, qPrintable(issued.err));
    QVERIFY(QFile::exists(keys + QStringLiteral("/nfr-signing-key.json")));
    const QString token = issued.out.trimmed().split(u'\n').last();
    QVERIFY(token.startsWith(QStringLiteral("PDNFR1.")));
    const QString serial = issued.out.section(QStringLiteral("NFR key "), 1).section(u' ', 0, 0);
    QVERIFY(serial.startsWith(QStringLiteral("NFR-")));

    auto verify = [&](const QString &key, const QStringList &extra) {
        return cli(QStringList { QStringLiteral("nfr"), QStringLiteral("verify"), key, QStringLiteral("--key-dir"), keys } + extra);
    };
    const QStringList asOf { QStringLiteral("--as-of"), QStringLiteral("2026-11-10") };
    // Offline, without a database.
    const Run valid = verify(token, asOf);
    QCOMPARE(valid.exit, 0);
    QVERIFY(valid.out.startsWith(QStringLiteral("VALID")));
    // One character changed.
    QString altered = token;
    const qsizetype mid = altered.size() / 2;
    altered[mid] = altered.at(mid) == u'A' ? u'B' : u'A';
    const Run bad = verify(altered, asOf);
    QCOMPARE(bad.exit, 1);
    QVERIFY(bad.out.startsWith(QStringLiteral("INVALID")));
    // Expired.
    const Run expired = verify(token, { QStringLiteral("--as-of"), QStringLiteral("2027-11-01") });
    QCOMPARE(expired.exit, 1);
    QVERIFY(expired.out.startsWith(QStringLiteral("EXPIRED")));
    // Checked against another vendor's public key: rejected.
    const QString otherKeys = path(QStringLiteral("other-keys"));
    const QString otherPublic = path(QStringLiteral("other-public.json"));
    QCOMPARE(cli({ QStringLiteral("keys"), QStringLiteral("export"), otherPublic, QStringLiteral("--public"),
                   QStringLiteral("--key-dir"), otherKeys })
                 .exit,
             0);
    const Run forged = verify(token, asOf + QStringList { QStringLiteral("--public-key"), otherPublic });
    QCOMPARE(forged.exit, 1);
    QVERIFY(forged.out.startsWith(QStringLiteral("INVALID")));
    // Revoked: known only to the database.
    QCOMPARE(cli(base + QStringList { QStringLiteral("nfr"), QStringLiteral("revoke"), serial, QStringLiteral("--reason"),
                                      QStringLiteral("test"), QStringLiteral("--on"), QStringLiteral("2026-11-05") })
                 .exit,
             0);
    const Run revoked = cli(base + QStringList { QStringLiteral("nfr"), QStringLiteral("verify"), token } + asOf);
    QCOMPARE(revoked.exit, 1);
    QVERIFY(revoked.out.startsWith(QStringLiteral("REVOKED")));
    // The JSON form, and the key read from a file.
    write(QStringLiteral("key.txt"), token.toUtf8() + "\n");
    const Run json = verify(QStringLiteral("@") + path(QStringLiteral("key.txt")), asOf + QStringList { QStringLiteral("--json") });
    QCOMPARE(json.exit, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    // Usage errors and a machine without any vendor key.
    QCOMPARE(cli({ QStringLiteral("nfr"), QStringLiteral("verify") }).exit, 2);
    QCOMPARE(cli({ QStringLiteral("nfr"), QStringLiteral("list") }).exit, 2); // needs --db
    const Run noKey = cli({ QStringLiteral("nfr"), QStringLiteral("verify"), token, QStringLiteral("--key-dir"),
                            path(QStringLiteral("empty-keys")) });
    QCOMPARE(noKey.exit, 1);
    QVERIFY(noKey.err.contains(QStringLiteral("--public-key")));
}

void TestCli::creditsAndLicencesCommands()
{
    const QString db = path(QStringLiteral("credits.sqlite"));
    QVERIFY(QFile::copy(m_demo, db));
    const QStringList base { QStringLiteral("--db"), db };
    // Find an activation-credits partner and one of its customers through the CSV export.
    const QString partnersCsv = path(QStringLiteral("credit-partners.csv"));
    QCOMPARE(cli(base + QStringList { QStringLiteral("export"), QStringLiteral("partners"), partnersCsv }).exit, 0);
    QFile partners(partnersCsv);
    QVERIFY(partners.open(QIODevice::ReadOnly));
    QString code;
    for (const QByteArray &line : partners.readAll().split('\n')) {
        if (line.contains(",activation-credits,"))
            code = QString::fromUtf8(line.left(line.indexOf(',')));
    }
    QVERIFY(!code.isEmpty());
    const Run buy = cli(base + QStringList { QStringLiteral("credits"), QStringLiteral("buy"), QStringLiteral("--partner"), code,
                                             QStringLiteral("--credits"), QStringLiteral("1000"), QStringLiteral("--on"),
                                             QStringLiteral("2026-11-01") });
    QVERIFY2(buy.exit == 0, qPrintable(buy.err));
    QVERIFY(buy.out.contains(QStringLiteral("+1,000")));
    const Run outside = cli(base + QStringList { QStringLiteral("credits"), QStringLiteral("buy"), QStringLiteral("--partner"),
                                                 code, QStringLiteral("--credits"), QStringLiteral("10"),
                                                 QStringLiteral("--discount"), QStringLiteral("99") });
    QCOMPARE(outside.exit, 1);
    QVERIFY(outside.err.contains(QStringLiteral("range")));
    const Run balance = cli(base + QStringList { QStringLiteral("credits"), QStringLiteral("balance"), QStringLiteral("--partner"), code });
    QCOMPARE(balance.exit, 0);
    QVERIFY(balance.out.contains(QStringLiteral("1,000 credits")));
    QCOMPARE(cli(base + QStringList { QStringLiteral("credits"), QStringLiteral("buy") }).exit, 2);
    QCOMPARE(cli(base + QStringList { QStringLiteral("renewals"), QStringLiteral("--days"), QStringLiteral("x") }).exit, 2);
    const Run renewals = cli(base + QStringList { QStringLiteral("renewals"), QStringLiteral("--days"), QStringLiteral("30") });
    QCOMPARE(renewals.exit, 0);
    const Run expiring = cli(base + QStringList { QStringLiteral("certifications"), QStringLiteral("expiring"),
                                                  QStringLiteral("--as-of"), QStringLiteral("2026-11-22") });
    QCOMPARE(expiring.exit, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
