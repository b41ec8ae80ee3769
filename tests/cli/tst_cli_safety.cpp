// partnerdesk-cli end to end, issue 14: an import waits for another program writing the same
// file; exported signing keys are protected by a passphrase; a password in --db is warned about.
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

const QByteArray kPartners = "code,name,country,category,program,tier,tier_since,joined_on\n"
                             "P-001,Alpha,ES,channel,reseller-status,certified,2025-01-15,2024-03-01\n"
                             "P-002,Beta,AR,channel,reseller-status,certified,2025-01-15,2024-03-01\n";

} // namespace

class TestCliSafety final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importWaitsForAnotherWriter();
    void keyExportNeedsAPassphrase();
    void keyImportChecksThePassphrase();
    void warnsAboutPasswordInDbUrl();

private:
    QProcessEnvironment environment(const QString &passphrase = {}) const;
    Run cli(const QStringList &args, const QProcessEnvironment &env);
    Run cli(const QStringList &args) { return cli(args, environment()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

QProcessEnvironment TestCliSafety::environment(const QString &passphrase) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PARTNERDESK_KEY_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("PARTNERDESK_KEY_PASSPHRASE"), passphrase);
    return env;
}

Run TestCliSafety::cli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
    p.closeWriteChannel(); // standard input is no terminal
    p.waitForFinished(120000);
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

void TestCliSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliSafety::importWaitsForAnotherWriter()
{
    const QString db = path(QStringLiteral("busy.sqlite"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exit, 0);
    const QString csv = path(QStringLiteral("partners.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPartners);
    }
    Run run;
    {
        // Another program holds the write lock for 1.8 s while the import starts.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(db);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(PD_CLI), { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                                          QStringLiteral("import"), QStringLiteral("partners"), csv });
        QVERIFY(p.waitForStarted());
        QThread::msleep(1800);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(p.waitForFinished(60000));
        run = Run { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                    QString::fromUtf8(p.readAllStandardError()) };
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Waiting for another program to finish writing %1").arg(db)),
             qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("2")), qPrintable(run.out));
}

void TestCliSafety::keyExportNeedsAPassphrase()
{
    const QString keys = path(QStringLiteral("keys-export"));
    const QString file = path(QStringLiteral("exported.json"));
    // No terminal and no PARTNERDESK_KEY_PASSPHRASE: nothing is written.
    const Run refused = cli({ QStringLiteral("keys"), QStringLiteral("export"), file, QStringLiteral("--key-dir"), keys });
    QCOMPARE(refused.exit, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("PARTNERDESK_KEY_PASSPHRASE")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(file));
    // The public part needs none.
    QCOMPARE(cli({ QStringLiteral("keys"), QStringLiteral("export"), file, QStringLiteral("--public"),
                   QStringLiteral("--key-dir"), keys })
                 .exit,
             0);
    const Run sealed = cli({ QStringLiteral("keys"), QStringLiteral("export"), file, QStringLiteral("--key-dir"), keys },
                           environment(QStringLiteral("s3cret phrase")));
    QVERIFY2(sealed.exit == 0, qPrintable(sealed.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(content.contains("sealedSeed"));
    QVERIFY(!content.contains("secretSeed"));
}

void TestCliSafety::keyImportChecksThePassphrase()
{
    const QString home = path(QStringLiteral("keys-home"));
    const QString file = path(QStringLiteral("pair.json"));
    const QStringList exportArgs { QStringLiteral("keys"), QStringLiteral("export"), file,
                                   QStringLiteral("--key-dir"), home };
    QCOMPARE(cli(exportArgs, environment(QStringLiteral("right one"))).exit, 0);
    const QString laptop = path(QStringLiteral("keys-laptop"));
    const QStringList importArgs { QStringLiteral("keys"), QStringLiteral("import"), file,
                                   QStringLiteral("--key-dir"), laptop };

    const Run none = cli(importArgs);
    QCOMPARE(none.exit, 1);
    QVERIFY2(none.err.contains(QStringLiteral("PARTNERDESK_KEY_PASSPHRASE")), qPrintable(none.err));
    const Run wrong = cli(importArgs, environment(QStringLiteral("wrong one")));
    QCOMPARE(wrong.exit, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("the passphrase is wrong")), qPrintable(wrong.err));
    QVERIFY(!QFile::exists(laptop + QStringLiteral("/nfr-signing-key.json")));
    const Run right = cli(importArgs, environment(QStringLiteral("right one")));
    QVERIFY2(right.exit == 0, qPrintable(right.err));
    QVERIFY2(right.out.contains(QStringLiteral("can issue and verify")), qPrintable(right.out));

    // An export made before passphrases (the secret in the clear) still imports, without asking.
    const QString older = path(QStringLiteral("keys-older"));
    const Run plain = cli({ QStringLiteral("keys"), QStringLiteral("import"), home + QStringLiteral("/nfr-signing-key.json"),
                            QStringLiteral("--key-dir"), older });
    QVERIFY2(plain.exit == 0, qPrintable(plain.err));
    QVERIFY(plain.out.contains(QStringLiteral("can issue and verify")));
}

void TestCliSafety::warnsAboutPasswordInDbUrl()
{
    // Nothing listens on port 1: the connection fails at once, after the warning.
    const Run withPassword = cli({ QStringLiteral("--db"), QStringLiteral("postgresql://pd:s3cret@127.0.0.1:1/pd"),
                                   QStringLiteral("programs"), QStringLiteral("list") });
    QCOMPARE(withPassword.exit, 1);
    QVERIFY2(withPassword.err.contains(QStringLiteral("process list")), qPrintable(withPassword.err));
    QVERIFY2(withPassword.err.contains(QStringLiteral("PGPASSWORD")), qPrintable(withPassword.err));
    const Run without = cli({ QStringLiteral("--db"), QStringLiteral("postgresql://pd@127.0.0.1:1/pd"),
                              QStringLiteral("programs"), QStringLiteral("list") });
    QCOMPARE(without.exit, 1);
    QVERIFY2(!without.err.contains(QStringLiteral("process list")), qPrintable(without.err));
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_cli_safety.moc"
