// partnerdesk-cli close and the statement of closed and open quarters (issue 16) on the demo
// database: refusals that write nothing, the preview, the close, and a late void shown as an
// adjustment on the first open quarter while the closed statement stays byte for byte the same.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliClose final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refusedWritesNothing();
    void previewThenClose();
    void lateVoidBecomesAnAdjustment();

private:
    Run cli(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_db;
};

Run TestCliClose::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_db } + args);
    p.waitForFinished(300000);
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
}

void TestCliClose::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run init = cli({ QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--today"), QStringLiteral("2026-11-22") });
    QVERIFY2(init.exit == 0, qPrintable(init.err));
}

void TestCliClose::refusedWritesNothing()
{
    Run r = cli({ QStringLiteral("close"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4"), QStringLiteral("--today"),
                  QStringLiteral("2026-11-22") });
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Quarter 2026-Q4 has not ended yet")), qPrintable(r.err));
    r = cli({ QStringLiteral("close"), QStringLiteral("--quarter"), QStringLiteral("2026-Q5") });
    QCOMPARE(r.exit, 2);
    r = cli({ QStringLiteral("close"), QStringLiteral("list") });
    QCOMPARE(r.exit, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("No quarter is closed yet."));
}

void TestCliClose::previewThenClose()
{
    const QStringList q3 { QStringLiteral("close"), QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                           QStringLiteral("--today"), QStringLiteral("2026-11-22") };
    Run preview = cli(q3 + QStringList { QStringLiteral("--preview") });
    QCOMPARE(preview.exit, 0);
    QVERIFY2(preview.out.contains(QStringLiteral("(nothing written)")), qPrintable(preview.out));
    QVERIFY(preview.out.contains(QRegularExpression(QStringLiteral("reseller-status  RUB: \\d+ partner\\S*, \\d+ line\\S*, sales "))));
    QCOMPARE(cli({ QStringLiteral("close"), QStringLiteral("list") }).out.trimmed(), QStringLiteral("No quarter is closed yet."));

    Run closed = cli(q3 + QStringList { QStringLiteral("--by"), QStringLiteral("ana") });
    QVERIFY2(closed.exit == 0, qPrintable(closed.err));
    // The totals printed by the close are those of the preview.
    QVERIFY(closed.out.startsWith(preview.out.section(QLatin1Char('\n'), 1)));
    QVERIFY2(closed.out.contains(QRegularExpression(QStringLiteral("Closed 2026-Q3: \\d+ statement\\S* frozen, \\d+ payable\\S*\\n"))),
             qPrintable(closed.out));
    const Run list = cli({ QStringLiteral("close"), QStringLiteral("list") });
    QVERIFY2(list.out.startsWith(QStringLiteral("2026-Q3  closed on ")) && list.out.contains(QStringLiteral(" by ana")),
             qPrintable(list.out));
    const Run again = cli(q3);
    QCOMPARE(again.exit, 1);
    QVERIFY2(again.err.contains(QStringLiteral("Quarter 2026-Q3 is closed already")), qPrintable(again.err));
    const Run out = cli({ QStringLiteral("close"), QStringLiteral("--quarter"), QStringLiteral("2027-Q1"), QStringLiteral("--today"),
                          QStringLiteral("2027-05-01") });
    QCOMPARE(out.exit, 1);
    QVERIFY2(out.err.contains(QStringLiteral("2026-Q4 must be closed first")), qPrintable(out.err));
}

void TestCliClose::lateVoidBecomesAnAdjustment()
{
    // A partner with a line in the closed 2026-Q3.
    QString partner;
    qint64 saleId = 0;
    static const QRegularExpression q3Line(QStringLiteral("^#(\\d+)  2026-0[789]-"), QRegularExpression::MultilineOption);
    for (int id = 1; id <= 60 && saleId == 0; ++id) {
        partner = QString::number(id);
        const auto m = q3Line.match(cli({ QStringLiteral("records"), QStringLiteral("sale"), QStringLiteral("--partner"), partner }).out);
        if (m.hasMatch())
            saleId = m.captured(1).toLongLong();
    }
    QVERIFY(saleId > 0);
    const QStringList statement { QStringLiteral("statement"), QStringLiteral("--partner"), partner, QStringLiteral("--quarter") };
    const Run before = cli(statement + QStringList { QStringLiteral("2026-Q3"), QStringLiteral("--json") });
    QCOMPARE(before.exit, 0);
    const QJsonObject frozen = QJsonDocument::fromJson(before.out.toUtf8()).object();
    QCOMPARE(frozen.value("closed").toBool(), true);
    QCOMPARE(frozen.value("closedBy").toString(), QStringLiteral("ana"));
    QVERIFY(cli(statement + QStringList { QStringLiteral("2026-Q3") }).out.contains(QStringLiteral("by ana: the figures frozen")));

    const Run voided = cli({ QStringLiteral("void"), QStringLiteral("sale"), QString::number(saleId), QStringLiteral("--reason"),
                             QStringLiteral("late") });
    QVERIFY2(voided.exit == 0, qPrintable(voided.err));
    QCOMPARE(cli(statement + QStringList { QStringLiteral("2026-Q3"), QStringLiteral("--json") }).out, before.out);

    const Run q4 = cli(statement + QStringList { QStringLiteral("2026-Q4"), QStringLiteral("--json") });
    const QJsonObject open = QJsonDocument::fromJson(q4.out.toUtf8()).object();
    QCOMPARE(open.value("closed").toBool(), false);
    const QJsonArray adjustments = open.value("adjustments").toArray();
    QCOMPARE(adjustments.size(), 1);
    const QJsonObject a = adjustments.first().toObject();
    QCOMPARE(a.value("kind").toString(), QStringLiteral("void"));
    QCOMPARE(a.value("fromQuarter").toString(), QStringLiteral("2026-Q3"));
    // It takes back the reward the frozen line got.
    QString reward;
    for (const QJsonValue &l : frozen.value("lines").toArray()) {
        if (l.toObject().value("reference").toString() == a.value("reference").toString())
            reward = l.toObject().value("reward").toObject().value("amount").toString();
    }
    QVERIFY(!reward.isEmpty());
    const QString taken = a.value("reward").toObject().value("amount").toString();
    QCOMPARE(taken, reward == QLatin1String("0.00") || reward == QLatin1String("0") ? reward : QLatin1Char('-') + reward);
    const QJsonObject total = open.value("totals").toArray().first().toObject();
    QVERIFY(total.contains("adjustments") && total.contains("earned") && total.contains("spif"));
    // The later open quarter shows none.
    const Run q1 = cli(statement + QStringList { QStringLiteral("2027-Q1"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(q1.out.toUtf8()).object().value("adjustments").toArray().size(), 0);
    QVERIFY(cli(statement + QStringList { QStringLiteral("2026-Q4") }).out.contains(QStringLiteral("Adjustments of closed quarters:")));
}

QTEST_GUILESS_MAIN(TestCliClose)
#include "tst_cli_close.moc"
