// partnerdesk-cli qbr end to end: the real executable, its files and exit status.
#include "qbrfixture.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestQbrCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void onePartner_data();
    void onePartner();
    void allOfProgram();
    void usage_data();
    void usage();

private:
    int run(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
    QTemporaryDir m_dir;
    QbrFixture m_fixture;
};

int TestQbrCli::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the tool must pick offscreen itself
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--db"), m_fixture.path } + arguments);
    if (!p.waitForFinished(300000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestQbrCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_fixture.build(m_dir, 40, 1500), qPrintable(m_fixture.error));
}

void TestQbrCli::onePartner_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("word");
    QTest::newRow("en") << "en" << "letter" << "Scorecard";
    QTest::newRow("es-a4") << "es" << "A4" << "";
    QTest::newRow("ru") << "ru" << "A4" << "";
}

void TestQbrCli::onePartner()
{
    QFETCH(QString, lang);
    QFETCH(QString, paper);
    QFETCH(QString, word);
    // In a folder that does not exist yet: the tool creates it.
    const QString file = m_dir.filePath(QStringLiteral("new-folder-%1/cli-%1.pdf").arg(lang));
    QString out, err;
    QCOMPARE(run({ QStringLiteral("qbr"), QStringLiteral("--partner"), QString::number(m_fixture.resellerPartner),
                   QStringLiteral("--quarter"), QStringLiteral("2026-Q3"), QStringLiteral("--lang"), lang,
                   QStringLiteral("--today"), QStringLiteral("2026-10-05"), QStringLiteral("--out"), file },
                 &out, &err),
             0);
    QCOMPARE(out.trimmed(), file);
    QString error;
    QVERIFY2(runTool(QStringLiteral("pdfinfo"), { file }, &error).contains(QStringLiteral("(%1)").arg(paper)),
             qPrintable(error));
    const QString text = normalised(runTool(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file,
                                                                          QStringLiteral("-") }, &error));
    QVERIFY(text.contains(m_fixture.nfrSerial));
    QVERIFY(text.contains(QStringLiteral("2026-Q3")));
    if (!word.isEmpty())
        QVERIFY(text.contains(word));
}

void TestQbrCli::allOfProgram()
{
    const QString folder = m_dir.filePath(QStringLiteral("credits"));
    QString out, err;
    QCOMPARE(run({ QStringLiteral("qbr"), QStringLiteral("--all"), QStringLiteral("--program"),
                   QStringLiteral("activation-credits"), QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                   QStringLiteral("--out"), folder },
                 &out, &err),
             0);
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*_2026-Q3.pdf") });
    QVERIFY2(!files.isEmpty(), qPrintable(err));
    QVERIFY(out.contains(QString::number(files.size())));
}

void TestQbrCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString out = m_dir.filePath(QStringLiteral("x"));
    QTest::newRow("no-quarter") << QStringList { QStringLiteral("qbr"), QStringLiteral("--all"), QStringLiteral("--out"), out } << 2;
    QTest::newRow("bad-quarter") << QStringList { QStringLiteral("qbr"), QStringLiteral("--all"), QStringLiteral("--quarter"),
                                                  QStringLiteral("2026-Q5"), QStringLiteral("--out"), out } << 2;
    QTest::newRow("both") << QStringList { QStringLiteral("qbr"), QStringLiteral("--all"), QStringLiteral("--partner"),
                                           QStringLiteral("1"), QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                                           QStringLiteral("--out"), out } << 2;
    QTest::newRow("bad-paper") << QStringList { QStringLiteral("qbr"), QStringLiteral("--all"), QStringLiteral("--quarter"),
                                                QStringLiteral("2026-Q3"), QStringLiteral("--paper"), QStringLiteral("a3"),
                                                QStringLiteral("--out"), out } << 2;
    QTest::newRow("unknown-partner") << QStringList { QStringLiteral("qbr"), QStringLiteral("--partner"), QStringLiteral("NOPE"),
                                                      QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                                                      QStringLiteral("--out"), out } << 1;
}

void TestQbrCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QCOMPARE(run(arguments), exitCode);
}

QTEST_MAIN(TestQbrCli)
#include "tst_qbr_cli.moc"
