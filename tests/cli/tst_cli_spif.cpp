// partnerdesk-cli spif: SPIF campaigns imported, listed, shown, exported and removed (issue 16).
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
    p.waitForFinished(120000);
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
}

const QByteArray kCampaign = R"({
  "format": 1,
  "key": "privileged-2026",
  "name": "Privileged SPIF 2026",
  "from": "2026-01-01",
  "until": "2026-12-31",
  "programs": ["reseller-status"],
  "tiers": ["privileged"],
  "bonus": { "kind": "perUnit", "amount": "500.00", "currency": "RUB" }
})";

} // namespace

class TestCliSpif final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void usage();
    void importListShowExportRemove();
    void refusesBadCampaigns();
    void demoStatementShowsSpif();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList db(const QStringList &args) const { return QStringList { QStringLiteral("--db"), m_db } + args; }
    void write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliSpif::write(const QString &name, const QByteArray &content)
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void TestCliSpif::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(QStringLiteral("spif.sqlite"));
    const Run r = cli(db({ QStringLiteral("init") }));
    QVERIFY2(r.exit == 0, qPrintable(r.err));
}

void TestCliSpif::usage()
{
    for (const QStringList &args : { QStringList { "spif" }, QStringList { "spif", "show" }, QStringList { "spif", "drop", "x" },
                                     QStringList { "spif", "export", "x" } }) {
        const Run r = cli(db(args));
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("spif import FILE.json")), qPrintable(r.err));
    }
}

void TestCliSpif::importListShowExportRemove()
{
    write(QStringLiteral("c.json"), kCampaign);
    const Run imported = cli(db({ "spif", "import", path(QStringLiteral("c.json")) }));
    QVERIFY2(imported.exit == 0, qPrintable(imported.err));
    QCOMPARE(imported.out, QStringLiteral("SPIF campaign \"privileged-2026\" saved.\n"));
    const Run list = cli(db({ "spif", "list" }));
    QCOMPARE(list.exit, 0);
    QCOMPARE(list.out, QStringLiteral("privileged-2026\tPrivileged SPIF 2026\t2026-01-01 – 2026-12-31\tRUB\u00A0500.00 per unit\n"));
    const Run show = cli(db({ "spif", "show", "privileged-2026" }));
    QCOMPARE(show.exit, 0);
    QVERIFY2(show.out.contains(QStringLiteral("Tiers: privileged\n")), qPrintable(show.out));
    QVERIFY(show.out.contains(QStringLiteral("Product lines: all\n")));
    QVERIFY(show.out.contains(QStringLiteral("Renewals earn it.\n")));

    const Run exported = cli(db({ "spif", "export", "privileged-2026", path(QStringLiteral("out.json")) }));
    QVERIFY2(exported.exit == 0, qPrintable(exported.err));
    QFile out(path(QStringLiteral("out.json")));
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray json = out.readAll();
    QVERIFY(json.contains("\"renewals\": true"));
    // The export imports back unchanged.
    QVERIFY(cli(db({ "spif", "import", path(QStringLiteral("out.json")) })).exit == 0);
    QCOMPARE(cli(db({ "spif", "list" })).out, list.out);

    const Run removed = cli(db({ "spif", "remove", "privileged-2026" }));
    QVERIFY2(removed.exit == 0, qPrintable(removed.err));
    QCOMPARE(cli(db({ "spif", "list" })).out, QString());
    const Run again = cli(db({ "spif", "remove", "privileged-2026" }));
    QCOMPARE(again.exit, 1);
    QVERIFY2(again.err.contains(QStringLiteral("There is no SPIF campaign \"privileged-2026\"")), qPrintable(again.err));
}

void TestCliSpif::refusesBadCampaigns()
{
    QByteArray bad = kCampaign;
    bad.replace("\"RUB\"", "\"RUR\"").replace("\"2026-12-31\"", "\"2025-12-31\"");
    write(QStringLiteral("bad.json"), bad);
    const Run r = cli(db({ "spif", "import", path(QStringLiteral("bad.json")) }));
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains(QStringLiteral("bad.json:$.until")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("bad.json:$.bonus.currency")), qPrintable(r.err));
    QByteArray unknownTier = kCampaign;
    write(QStringLiteral("tier.json"), unknownTier.replace("\"privileged\"]", "\"gold\"]"));
    const Run t = cli(db({ "spif", "import", path(QStringLiteral("tier.json")) }));
    QCOMPARE(t.exit, 1);
    QVERIFY2(t.err.contains(QStringLiteral("$.tiers[0]")) && t.err.contains(QStringLiteral("gold")), qPrintable(t.err));
    QCOMPARE(cli(db({ "spif", "list" })).out, QString()); // nothing saved
    const Run endless = cli(db({ "spif", "import", "/dev/zero" }));
    QCOMPARE(endless.exit, 1);
    QVERIFY2(endless.err.contains(QStringLiteral("larger than 65536 bytes")), qPrintable(endless.err));
}

void TestCliSpif::demoStatementShowsSpif()
{
    const QStringList demo { QStringLiteral("--db"), path(QStringLiteral("demo.sqlite")) };
    const Run init = cli(demo + QStringList { "init", "--demo", "--today", "2026-11-22" });
    QVERIFY2(init.exit == 0, qPrintable(init.err));
    QCOMPARE(cli(demo + QStringList { "spif", "list" }).out,
             QStringLiteral("privileged-spif-2026\tPrivileged yearly SPIF 2026\t2026-01-01 – 2026-12-31\t2% of the line\n"));
    // P-000003 is a Privileged reseller in the demo: 2 % of each of its lines.
    const Run st = cli(demo + QStringList { "statement", "--partner", "P-000003", "--quarter", "2026-Q3" });
    QVERIFY2(st.exit == 0, qPrintable(st.err));
    QVERIFY2(st.out.contains(QStringLiteral("1 × RUB\u00A089,900.00 = RUB\u00A089,900.00  reward 25% = RUB\u00A022,475.00  "
                                            "SPIF \"Privileged yearly SPIF 2026\" RUB\u00A01,798.00\n")),
             qPrintable(st.out));
    // Earned: rewards 84,890.00 + rebate 15,980.00 + SPIF 6,392.00.
    QVERIFY2(st.out.contains(QStringLiteral(", SPIF RUB\u00A06,392.00, earned RUB\u00A0107,262.00\n")), qPrintable(st.out));
}

QTEST_GUILESS_MAIN(TestCliSpif)
#include "tst_cli_spif.moc"
