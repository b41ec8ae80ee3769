// partnerdesk-cli rates list | set (issue 16): a partner's negotiated rates, what statements earn
// with them, and bad input that is refused, named and changes nothing.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace
{

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliRates final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void setAndList();
    void statementUsesThem();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void programsShowCommission();

private:
    Run cli(const QStringList &args, const QString &lang = QStringLiteral("en"));
    Run rates(const QStringList &args) { return cli(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("rates") } + args); }
    void write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_db;
};

Run TestCliRates::cli(const QStringList &args, const QString &lang)
{
    QProcess p;
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--lang"), lang } + args);
    p.waitForFinished(120000);
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
}

void TestCliRates::write(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void TestCliRates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("rates.sqlite"));
    QCOMPARE(cli({ QStringLiteral("--db"), m_db, QStringLiteral("init") }).exit, 0);
    write(QStringLiteral("partners.csv"),
          "code,name,country,category,program,tier,tier_since,joined_on\n"
          "M-1,Implementer,DE,technology,marketplace-developer,implementation_partner,2025-01-01,2024-01-01\n");
    write(QStringLiteral("customers.csv"), "code,partner,name,country\nC-1,M-1,Kunde,DE\n");
    write(QStringLiteral("sales.csv"),
          "date,partner,customer,product_line,unit_price,currency,quantity,renewal,reference,returns\n"
          "2026-07-10,M-1,C-1,implementation,5000.00,USD,2,no,D-1,\n"
          "2026-08-20,M-1,C-1,implementation,5000.00,USD,3,no,D-2,\n"
          "2026-08-20,M-1,C-1,subscriptions,1000.00,USD,1,no,S-1,\n"
          "2026-09-10,M-1,C-1,implementation,5000.00,USD,-1,no,R-1,D-2\n");
    for (const char *kind : { "partners", "customers", "sales" }) {
        const Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("import"), QString::fromLatin1(kind),
                            m_dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".csv")) });
        QVERIFY2(r.exit == 0, qPrintable(r.err + r.out));
    }
}

void TestCliRates::setAndList()
{
    Run r = rates({ QStringLiteral("list"), QStringLiteral("--partner"), QStringLiteral("M-1") });
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(QStringLiteral(": 0")), qPrintable(r.out));
    r = rates({ QStringLiteral("set"), QStringLiteral("--partner"), QStringLiteral("M-1"), QStringLiteral("--line"),
                QStringLiteral("implementation"), QStringLiteral("--from"), QStringLiteral("2026-08-01"),
                QStringLiteral("--per-unit"), QStringLiteral("150.00"), QStringLiteral("--reason"),
                QStringLiteral("signed with HQ"), QStringLiteral("--by"), QStringLiteral("ana") });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("$150.00")), qPrintable(r.out));
    r = rates({ QStringLiteral("set"), QStringLiteral("--partner"), QStringLiteral("M-1"), QStringLiteral("--line"),
                QStringLiteral("subscriptions"), QStringLiteral("--from"), QStringLiteral("2026-08-01"),
                QStringLiteral("--percent"), QStringLiteral("22.5"), QStringLiteral("--reason"),
                QStringLiteral("renewed deal") });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    r = rates({ QStringLiteral("list"), QStringLiteral("--partner"), QStringLiteral("M-1") });
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(QStringLiteral(": 2")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("2026-08-01  implementation  commission $150.00 per unit  signed with HQ  (ana,")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("subscriptions  reward 22.5%  renewed deal")), qPrintable(r.out));
}

// Deployments: D-1 (2 units, before the negotiated amount) earns nothing (negotiated, no amount
// set); D-2 (3 units) earns 3 × 150.00; its return of 1 takes back 150.00; the subscription 22.5 %.
void TestCliRates::statementUsesThem()
{
    const Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("statement"), QStringLiteral("--partner"),
                        QStringLiteral("M-1"), QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                        QStringLiteral("--json") });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const QJsonObject st = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QMap<QString, QString> rewards;
    QMap<QString, QJsonObject> byReference;
    for (const QJsonValue &v : st.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        byReference.insert(l.value(QStringLiteral("reference")).toString(), l);
        rewards.insert(l.value(QStringLiteral("reference")).toString(),
                       l.value(QStringLiteral("reward")).toObject().value(QStringLiteral("amount")).toString());
    }
    QCOMPARE(rewards.value(QStringLiteral("D-1")), QStringLiteral("0.00"));
    QCOMPARE(rewards.value(QStringLiteral("D-2")), QStringLiteral("450.00"));
    QCOMPARE(rewards.value(QStringLiteral("R-1")), QStringLiteral("-150.00"));
    QCOMPARE(rewards.value(QStringLiteral("S-1")), QStringLiteral("225.00"));
    const QJsonObject d2 = byReference.value(QStringLiteral("D-2"));
    QCOMPARE(d2.value(QStringLiteral("commissionPerUnit")).toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("150.00"));
    QVERIFY(d2.value(QStringLiteral("negotiatedRateId")).toInt() > 0);
    QVERIFY2(d2.value(QStringLiteral("note")).toString().contains(QStringLiteral("signed with HQ")),
             qPrintable(d2.value(QStringLiteral("note")).toString()));
    QVERIFY(!byReference.value(QStringLiteral("D-1")).contains(QStringLiteral("negotiatedRateId")));
    QVERIFY2(byReference.value(QStringLiteral("D-1")).value(QStringLiteral("note")).toString().contains(
                 QStringLiteral("negotiated")),
             "D-1 says why it earns nothing");
        const QJsonObject total = st.value(QStringLiteral("totals")).toArray().at(0).toObject();
    QCOMPARE(total.value(QStringLiteral("rewards")).toString(), QStringLiteral("525.00"));
}

void TestCliRates::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("mentions");
    const QStringList base { QStringLiteral("set"), QStringLiteral("--partner"), QStringLiteral("M-1"),
                             QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--reason"),
                             QStringLiteral("x") };
    const QString line = QStringLiteral("--line");
    QTest::newRow("line of another program") << base + QStringList { line, QStringLiteral("ti"), QStringLiteral("--percent"), QStringLiteral("5") }
                                             << 1 << "\"ti\" is not a product line";
    QTest::newRow("rate over 100") << base + QStringList { line, QStringLiteral("templates"), QStringLiteral("--percent"), QStringLiteral("101") }
                                   << 1 << "100";
    QTest::newRow("rate not exact") << base + QStringList { line, QStringLiteral("templates"), QStringLiteral("--percent"), QStringLiteral("12.345") }
                                    << 1 << "12.345";
    QTest::newRow("negative amount") << base + QStringList { line, QStringLiteral("implementation"), QStringLiteral("--per-unit"), QStringLiteral("-1.00") }
                                     << 1 << "from 0";
    QTest::newRow("unknown currency") << base + QStringList { line, QStringLiteral("implementation"), QStringLiteral("--per-unit"), QStringLiteral("1.00"), QStringLiteral("--currency"), QStringLiteral("XYZ") }
                                      << 1 << "XYZ";
    QTest::newRow("two kinds") << base + QStringList { line, QStringLiteral("templates"), QStringLiteral("--percent"), QStringLiteral("5"), QStringLiteral("--program-rate") }
                               << 2 << "--program-rate";
    QTest::newRow("bad date") << QStringList { QStringLiteral("set"), QStringLiteral("--partner"), QStringLiteral("M-1"), line, QStringLiteral("templates"),
                                               QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--percent"), QStringLiteral("5"),
                                               QStringLiteral("--reason"), QStringLiteral("x") }
                              << 2 << "2026-13-01";
    QTest::newRow("blank reason") << QStringList { QStringLiteral("set"), QStringLiteral("--partner"), QStringLiteral("M-1"), line, QStringLiteral("templates"),
                                                   QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--percent"), QStringLiteral("5"),
                                                   QStringLiteral("--reason"), QStringLiteral("  ") }
                                  << 1 << "reason";
    QTest::newRow("unknown partner") << QStringList { QStringLiteral("list"), QStringLiteral("--partner"), QStringLiteral("NOPE") } << 1 << "NOPE";
}

void TestCliRates::badInputChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, mentions);
    const Run before = rates({ QStringLiteral("list"), QStringLiteral("--partner"), QStringLiteral("M-1") });
    const Run r = rates(args);
    QCOMPARE(r.exit, exit);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(rates({ QStringLiteral("list"), QStringLiteral("--partner"), QStringLiteral("M-1") }).out, before.out);
}

void TestCliRates::programsShowCommission()
{
    const Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("programs"), QStringLiteral("show"),
                        QStringLiteral("marketplace-developer") });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("implementation: commission per unit, negotiated per partner (commission per "
                                           "partner-led deployment")),
             qPrintable(r.out));
    const Run es = cli({ QStringLiteral("--db"), m_db, QStringLiteral("rates"), QStringLiteral("set"),
                         QStringLiteral("--partner"), QStringLiteral("M-1"), QStringLiteral("--line"),
                         QStringLiteral("nope"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                         QStringLiteral("--percent"), QStringLiteral("5"), QStringLiteral("--reason"),
                         QStringLiteral("x") },
                       QStringLiteral("es"));
    QCOMPARE(es.exit, 1);
    QVERIFY2(es.err.contains(QStringLiteral("nope")) && !es.err.contains(QStringLiteral("is not a product line")),
             qPrintable(es.err));
}

QTEST_GUILESS_MAIN(TestCliRates)
#include "tst_cli_rates.moc"
