// Crash consistency: partnerdesk-cli is killed (SIGKILL, through PARTNERDESK_CRASH_AT and
// core/crashpoint.h) at chosen points of an import, an offline take and refresh and a credit
// purchase. Afterwards the database must pass `check` and SQLite's integrity_check, and hold
// either exactly what it held before or exactly what a run without the kill leaves: all or nothing.
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    bool crashed = false;
    int exit = -1;
    QString err;
};

// Rows per table: what "all or nothing" compares.
using Counts = QMap<QString, qint64>;

const QByteArray kPartners
    = "code,name,country,region,category,subcategory,program,tier,tier_since,joined_on,territory,brand,website\n"
      "X-001,Crash One,RU,Siberia,channel,reseller,reseller-status,certified,2025-01-15,2024-03-01,,,\n"
      "X-002,Crash Two,ES,Madrid,technology,integration,activation-credits,specialist,2025-06-01,2025-01-10,,,\n"
      "X-003,Crash Three,AR,,education,university,revenue-band,standard,2025-02-01,2025-02-01,,,\n"
      "X-004,Crash Four,RU,Ural,channel,reseller,reseller-status,certified,2025-01-15,2024-03-01,,,\n"
      "X-005,Crash Five,ES,Madrid,channel,reseller,reseller-status,certified,2025-01-15,2024-03-01,,,\n";

} // namespace

class TestCrash final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void import_data();
    void import();
    void credits_data();
    void credits();
    void offlineTake_data();
    void offlineTake();
    void offlineRefresh_data();
    void offlineRefresh();

private:
    Run cli(const QStringList &args, const QString &crashAt = {});
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString copyOf(const QString &file, const QString &name);
    QString sqlite3(const QString &file, const QString &query); // through the sqlite3 tool
    Counts counts(const QString &file);
    void verifyIntact(const QString &file);
    void verifyAllOrNothing(const QString &file, const QStringList &args, const QString &crashAt, bool applied);

    QTemporaryDir m_dir;
    QString m_sqlite3;
    QString m_demo;
    QString m_creditPartner;
};

Run TestCrash::cli(const QStringList &args, const QString &crashAt)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PARTNERDESK_CRASH_AT"));
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("PARTNERDESK_CRASH_AT"), crashAt);
    env.insert(QStringLiteral("PARTNERDESK_KEY_DIR"), path(QStringLiteral("keys")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
    p.waitForFinished(300000);
    Run r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exit = r.crashed ? -1 : p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCrash::copyOf(const QString &file, const QString &name)
{
    const QString to = path(name);
    QFile::remove(to);
    if (!QFile::copy(file, to))
        qFatal("cannot copy %s", qPrintable(file));
    QFile(to).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return to;
}

QString TestCrash::sqlite3(const QString &file, const QString &query)
{
    QProcess p;
    p.start(m_sqlite3, { QStringLiteral("-readonly"), file, query });
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

Counts TestCrash::counts(const QString &file)
{
    QStringList each;
    for (const QString &table : sqlite3(file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")).split(u'\n'))
        each << QStringLiteral("SELECT '%1', count(*) FROM \"%1\"").arg(table);
    Counts out;
    for (const QString &line : sqlite3(file, each.join(QStringLiteral(" UNION ALL "))).split(u'\n')) {
        const qsizetype bar = line.lastIndexOf(u'|');
        out.insert(line.left(bar), bar < 0 ? -1 : line.mid(bar + 1).toLongLong());
    }
    return out;
}

void TestCrash::verifyIntact(const QString &file)
{
    const Run check = cli({ QStringLiteral("--db"), file, QStringLiteral("check") });
    QVERIFY2(check.exit == 0, qPrintable(check.err));
    QCOMPARE(sqlite3(file, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

// Runs `args` on `file` once killed at `crashAt` and compares the outcome with the state before
// and with the state a run without the kill leaves (on a copy).
void TestCrash::verifyAllOrNothing(const QString &file, const QStringList &args, const QString &crashAt, bool applied)
{
    const Counts before = counts(file);
    const QString clean = copyOf(file, QStringLiteral("clean.sqlite"));
    const Run done = cli(QStringList { QStringLiteral("--db"), clean } + args);
    QVERIFY2(done.exit == 0, qPrintable(done.err));
    const Counts after = counts(clean);
    QVERIFY(after != before);

    const Run killed = cli(QStringList { QStringLiteral("--db"), file } + args, crashAt);
    QVERIFY2(killed.crashed, qPrintable(QStringLiteral("%1 was not reached: %2").arg(crashAt, killed.err)));
    verifyIntact(file);
    const Counts now = counts(file);
    QCOMPARE(now, applied ? after : before);
}

void TestCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_sqlite3.isEmpty(), "the sqlite3 tool is needed (Debian package sqlite3)");
    m_demo = path(QStringLiteral("demo.sqlite"));
    const Run init = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("init"), QStringLiteral("--demo"),
        QStringLiteral("--today"), QStringLiteral("2026-11-22") });
    QVERIFY2(init.exit == 0, qPrintable(init.err));
    QFile csv(path(QStringLiteral("partners.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(kPartners);
    csv.close();
    // A partner of the activation-credits program, which may buy credits.
    m_creditPartner = sqlite3(m_demo,
        QStringLiteral("SELECT p.code FROM partners p JOIN programs g ON g.id = p.program_id "
                       "WHERE g.key = 'activation-credits' ORDER BY p.id LIMIT 1"));
    QVERIFY2(m_creditPartner.startsWith(u'P'), qPrintable(m_creditPartner));
}

void TestCrash::import_data()
{
    QTest::addColumn<QString>("crashAt");
    QTest::addColumn<bool>("applied"); // the kill comes after the commit
    QTest::newRow("after the first row") << "import.row" << false;
    QTest::newRow("after the third row") << "import.row:3" << false;
    QTest::newRow("after the last row") << "import.row:5" << false;
    QTest::newRow("before commit") << "db.commit" << false;
    QTest::newRow("after commit") << "db.committed" << true;
}

void TestCrash::import()
{
    QFETCH(QString, crashAt);
    QFETCH(bool, applied);
    const QString db = copyOf(m_demo, QStringLiteral("import.sqlite"));
    verifyAllOrNothing(db, { QStringLiteral("import"), QStringLiteral("partners"), path(QStringLiteral("partners.csv")) },
        crashAt, applied);
}

void TestCrash::credits_data()
{
    QTest::addColumn<QString>("crashAt");
    QTest::addColumn<bool>("applied"); // the kill comes after the commit
    QTest::newRow("after the ledger insert") << "credits.after-insert" << false;
    QTest::newRow("before commit") << "db.commit" << false;
    QTest::newRow("after commit") << "db.committed" << true;
}

void TestCrash::credits()
{
    QFETCH(QString, crashAt);
    QFETCH(bool, applied);
    const QString db = copyOf(m_demo, QStringLiteral("credits.sqlite"));
    verifyAllOrNothing(db,
        { QStringLiteral("credits"), QStringLiteral("buy"), QStringLiteral("--partner"), m_creditPartner,
            QStringLiteral("--credits"), QStringLiteral("1000"), QStringLiteral("--on"), QStringLiteral("2026-11-01") },
        crashAt, applied);
}

void TestCrash::offlineTake_data()
{
    QTest::addColumn<QString>("crashAt");
    // The new file's schema is created in a transaction of its own, the copy in the second one.
    QTest::newRow("creating the schema") << "db.commit";
    QTest::newRow("before the copy commits") << "db.commit:2";
    QTest::newRow("after the copy commits") << "db.committed:2";
    QTest::newRow("before the rename") << "offline-take.before-rename";
}

// A take killed before its copy is in place leaves the older copy as it was, and the next take
// succeeds.
void TestCrash::offlineTake()
{
    QFETCH(QString, crashAt);
    const QString source = copyOf(m_demo, QStringLiteral("take-source.sqlite"));
    const QString target = path(QStringLiteral("take.sqlite"));
    QFile::remove(target);
    const QStringList take { QStringLiteral("--db"), source, QStringLiteral("offline"), QStringLiteral("take"), target };
    const Run first = cli(take);
    QVERIFY2(first.exit == 0, qPrintable(first.err));
    const Counts old = counts(target);
    QVERIFY(cli({ QStringLiteral("--db"), source, QStringLiteral("import"), QStringLiteral("partners"),
                    path(QStringLiteral("partners.csv")) })
                .exit
        == 0);

    const Run killed = cli(take, crashAt);
    QVERIFY2(killed.crashed, qPrintable(QStringLiteral("%1 was not reached: %2").arg(crashAt, killed.err)));
    verifyIntact(target);
    QCOMPARE(counts(target), old);
    verifyIntact(source);

    const Run again = cli(take);
    QVERIFY2(again.exit == 0, qPrintable(again.err));
    QCOMPARE(counts(target).value(QStringLiteral("partners")), old.value(QStringLiteral("partners")) + 5);
}

void TestCrash::offlineRefresh_data()
{
    QTest::addColumn<QString>("crashAt");
    QTest::addColumn<bool>("applied"); // the kill comes after the commit
    QTest::newRow("before commit") << "offline-refresh.before-commit" << false;
    QTest::newRow("after commit") << "offline-refresh.committed" << true;
}

void TestCrash::offlineRefresh()
{
    QFETCH(QString, crashAt);
    QFETCH(bool, applied);
    const QString source = copyOf(m_demo, QStringLiteral("refresh-source.sqlite"));
    const QString copy = path(QStringLiteral("refresh.sqlite"));
    const QString clean = path(QStringLiteral("refresh-clean.sqlite"));
    for (const QString &file : { copy, clean }) {
        QFile::remove(file);
        const Run take = cli({ QStringLiteral("--db"), source, QStringLiteral("offline"), QStringLiteral("take"), file });
        QVERIFY2(take.exit == 0, qPrintable(take.err));
    }
    const Counts before = counts(copy);
    QVERIFY(cli({ QStringLiteral("--db"), source, QStringLiteral("import"), QStringLiteral("partners"),
                    path(QStringLiteral("partners.csv")) })
                .exit
        == 0);
    const QStringList refresh { QStringLiteral("offline"), QStringLiteral("refresh") };
    const Run done = cli(QStringList { QStringLiteral("--db"), clean } + refresh);
    QVERIFY2(done.exit == 0, qPrintable(done.err));
    const Counts after = counts(clean);
    QVERIFY(after != before);

    const Run killed = cli(QStringList { QStringLiteral("--db"), copy } + refresh, crashAt);
    QVERIFY2(killed.crashed, qPrintable(QStringLiteral("%1 was not reached: %2").arg(crashAt, killed.err)));
    verifyIntact(copy);
    QCOMPARE(counts(copy), applied ? after : before);
    // A killed refresh is simply run again.
    const Run again = cli(QStringList { QStringLiteral("--db"), copy } + refresh);
    QVERIFY2(again.exit == 0, qPrintable(again.err));
    QCOMPARE(counts(copy), after);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
