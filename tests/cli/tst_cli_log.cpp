// partnerdesk-cli's log (issue 18): --verbose prints pd.* lines to stderr, --log-file writes them
// to a file, and without either the tool prints what it always printed and no log line.
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

// A log line: ISO time with its UTC offset, level, pd.* category, [thread], message.
const QRegularExpression kLogLine(
    QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) "
                   "(debug|info|warning|critical) pd\\.[a-z]+ \\[[^\\]]+\\] "),
    QRegularExpression::MultilineOption);

qsizetype logLines(const QString &text)
{
    qsizetype n = 0;
    for (auto it = kLogLine.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

class TestCliLog final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void quietWithoutVerbose();
    void verbosePrintsLogLinesToStderr();
    void logFileKeepsTheLog();
    void unwritableLogFileFallsBackToStderr();
    void refusedRowsAreLogged();
    void loggingRulesStillApply();

private:
    // QT_LOGGING_RULES is `rules` (unset when empty), whatever the environment of the test says.
    Run cli(const QStringList &args, const QString &rules = {});
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
    const QStringList m_list { QStringLiteral("programs"), QStringLiteral("list") };
};

Run TestCliLog::cli(const QStringList &args, const QString &rules)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (!rules.isEmpty())
        env.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_db }
                                        + args);
    p.waitForFinished(300000);
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
}

void TestCliLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(QStringLiteral("log.sqlite"));
    const Run r = cli({ QStringLiteral("init") });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QCOMPARE(logLines(r.err), 0);
}

void TestCliLog::quietWithoutVerbose()
{
    const Run r = cli(m_list);
    QCOMPARE(r.exit, 0);
    QVERIFY(r.out.contains(QStringLiteral("reseller-status")));
    QCOMPARE(r.err, QString());
}

void TestCliLog::verbosePrintsLogLinesToStderr()
{
    const Run quiet = cli(m_list);
    const Run r = cli(m_list + QStringList { QStringLiteral("--verbose") });
    QCOMPARE(r.exit, 0);
    QCOMPARE(r.out, quiet.out); // the output itself does not change
    QVERIFY2(logLines(r.err) >= 3, qPrintable(r.err));
    QCOMPARE(logLines(r.err), r.err.count(u'\n')); // nothing but log lines
    QVERIFY2(r.err.contains(QStringLiteral(" info pd.storage [main] Database opened: ") + m_db), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("read-write)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(" info pd.storage [main] Database closed: ") + m_db), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(" debug pd.cli [main] options: ")), qPrintable(r.err)); // debug too
}

void TestCliLog::logFileKeepsTheLog()
{
    const QString file = path(QStringLiteral("logs/cli.log"));
    const Run quiet = cli(m_list);
    const Run r = cli(m_list + QStringList { QStringLiteral("--log-file"), file });
    QCOMPARE(r.exit, 0);
    QCOMPARE(r.out, quiet.out);
    QCOMPARE(r.err, QString()); // the file only
    QFile log(file);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    QVERIFY2(text.contains(QStringLiteral(" info pd.storage [main] Database opened: ")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral(" debug ")), qPrintable(text)); // info and above, as the window's
    QCOMPARE(logLines(text), text.count(u'\n'));
}

void TestCliLog::unwritableLogFileFallsBackToStderr()
{
    QFile blocker(path(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run quiet = cli(m_list);
    const Run r = cli(m_list + QStringList { QStringLiteral("--log-file"), path(QStringLiteral("blocker/cli.log")) });
    QCOMPARE(r.exit, 0); // the work is done all the same
    QCOMPARE(r.out, quiet.out);
    QCOMPARE(r.err.count(QStringLiteral("cannot be written")), 1); // said once
    QVERIFY2(r.err.contains(QStringLiteral("blocker")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(" info pd.storage [main] Database opened: ")), qPrintable(r.err));
}

void TestCliLog::refusedRowsAreLogged()
{
    QFile csv(path(QStringLiteral("bad.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("code,name,country,region,category,subcategory,program,tier,tier_since,joined_on,territory,brand,website\n"
              "P-001,Campus Norte,AR,,education,university,revenue-band,standard,2025-02-01,2025-02-01,,,\n"
              "P-002,Campus Sur,AR,,education,university,revenue-band,standard,2025-02-01,yesterday,,,\n");
    csv.close();
    const QStringList import { QStringLiteral("import"), QStringLiteral("partners"), csv.fileName() };
    const Run quiet = cli(import);
    QCOMPARE(quiet.exit, 1);
    QCOMPARE(logLines(quiet.err), 0);
    const Run r = cli(import + QStringList { QStringLiteral("--verbose") });
    QCOMPARE(r.exit, 1);
    // The user's message is there as always, and the log says what happened.
    QVERIFY2(r.err.contains(quiet.err.trimmed()), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(" info pd.import [main] Import of partners from ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("nothing imported: 1 problem(s)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(" warning pd.import [main]   refused: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv:3")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(" warning pd.cli [main] failed: ")), qPrintable(r.err));
}

void TestCliLog::loggingRulesStillApply()
{
    const Run r = cli(m_list + QStringList { QStringLiteral("--verbose") },
                      QStringLiteral("pd.*.debug=false;pd.storage.info=false"));
    QCOMPARE(r.exit, 0);
    QVERIFY2(logLines(r.err) > 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral(" debug ")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("pd.storage")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliLog)
#include "tst_cli_log.moc"
