// The support log: the rotating file and the format of its lines.
#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <atomic>
#include <memory>

using namespace pd;

namespace {

QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

// "line 007 xxxxx...": numbered lines of exactly `width` characters.
QString numbered(int n, int width)
{
    const QString head = QStringLiteral("line %1 ").arg(n, 3, 10, QLatin1Char('0'));
    return head + QString(width - head.size(), u'x');
}

} // namespace

class TestLogFile final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void writesLines();
    void rotatesAtTheSize();
    void keepsTheNewestFiles();
    void keepingOneFileStartsAfresh();
    void unwritableFolderFails();
    void formatsLines_data();
    void formatsLines();
    void formatsLinesOfSeveralLines();
    void concurrentWritersNeverMix();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("logs/partnerdesk.log")); }
};

void TestLogFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLogFile::writesLines()
{
    log::RotatingFile file({ path() });
    QVERIFY(file.write(QStringLiteral("first")));
    QVERIFY(file.write(QStringLiteral("second, ñ and ж")));
    // The folder is made; each line is on disk at once (flushed), while the file is still open.
    QCOMPARE(linesOf(path()), (QStringList { QStringLiteral("first"), QStringLiteral("second, ñ and ж") }));
    // A second writer appends to what is there.
    log::RotatingFile again({ path() });
    QVERIFY(again.write(QStringLiteral("third")));
    QCOMPARE(linesOf(path()).size(), 3);
}

void TestLogFile::rotatesAtTheSize()
{
    // 99 characters and an end of line: ten lines fill 1,000 bytes exactly.
    log::RotatingFile file({ path(), 1000, 5 });
    for (int n = 1; n <= 25; ++n)
        QVERIFY(file.write(numbered(n, 99)));
    QCOMPARE(QFileInfo(path() + QStringLiteral(".2")).size(), 1000);
    QCOMPARE(QFileInfo(path() + QStringLiteral(".1")).size(), 1000);
    QCOMPARE(QFileInfo(path()).size(), 500);
    QVERIFY(!QFile::exists(path() + QStringLiteral(".3")));
    // Oldest first: .2 holds lines 1-10, .1 lines 11-20, the current file 21-25.
    QCOMPARE(linesOf(path() + QStringLiteral(".2")).constFirst(), numbered(1, 99));
    QCOMPARE(linesOf(path() + QStringLiteral(".2")).constLast(), numbered(10, 99));
    QCOMPARE(linesOf(path() + QStringLiteral(".1")).constFirst(), numbered(11, 99));
    QCOMPARE(linesOf(path()).constFirst(), numbered(21, 99));
    QCOMPARE(linesOf(path()).constLast(), numbered(25, 99));
}

void TestLogFile::keepsTheNewestFiles()
{
    log::RotatingFile file({ path(), 1000, 3 });
    for (int n = 1; n <= 100; ++n)
        QVERIFY(file.write(numbered(n, 99)));
    // Three files in all (the current one, .1 and .2): lines 71-100; the older ones are gone.
    const QStringList names = QDir(m_dir->filePath(QStringLiteral("logs"))).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names, (QStringList { QStringLiteral("partnerdesk.log"), QStringLiteral("partnerdesk.log.1"),
                                   QStringLiteral("partnerdesk.log.2") }));
    QCOMPARE(linesOf(path() + QStringLiteral(".2")).constFirst(), numbered(71, 99));
    QCOMPARE(linesOf(path()).constLast(), numbered(100, 99));
    QCOMPARE(linesOf(path()).size() + linesOf(path() + QStringLiteral(".1")).size()
                 + linesOf(path() + QStringLiteral(".2")).size(),
             30);
}

void TestLogFile::keepingOneFileStartsAfresh()
{
    log::RotatingFile file({ path(), 1000, 1 });
    for (int n = 1; n <= 15; ++n)
        QVERIFY(file.write(numbered(n, 99)));
    QVERIFY(!QFile::exists(path() + QStringLiteral(".1")));
    QCOMPARE(linesOf(path()).size(), 5);
    QCOMPARE(linesOf(path()).constFirst(), numbered(11, 99));
}

void TestLogFile::unwritableFolderFails()
{
    // The log folder's place is taken by a file: nothing can be made there.
    QFile blocker(m_dir->filePath(QStringLiteral("logs")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    log::RotatingFile file({ path() });
    QVERIFY(!file.write(QStringLiteral("lost")));
    QVERIFY2(file.errorString().contains(QStringLiteral("logs")), qPrintable(file.errorString()));
    QVERIFY(!file.write(QStringLiteral("lost as well"))); // fails at once, without retrying
}

void TestLogFile::formatsLines_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("level");
    QTest::newRow("debug") << int(QtDebugMsg) << "debug";
    QTest::newRow("info") << int(QtInfoMsg) << "info";
    QTest::newRow("warning") << int(QtWarningMsg) << "warning";
    QTest::newRow("critical") << int(QtCriticalMsg) << "critical";
    QTest::newRow("fatal") << int(QtFatalMsg) << "fatal";
}

void TestLogFile::formatsLines()
{
    QFETCH(int, type);
    QFETCH(QString, level);
    const QDateTime inMadrid(QDate(2026, 12, 8), QTime(1, 2, 3, 456), QTimeZone(3600));
    QCOMPARE(log::formatLine(QtMsgType(type), "pd.storage", QStringLiteral("Database opened: a.sqlite"), inMadrid,
                             QStringLiteral("main")),
             QStringLiteral("2026-12-08T01:02:03.456+01:00 ") + level
                 + QStringLiteral(" pd.storage [main] Database opened: a.sqlite"));
    const QDateTime inUtc(QDate(2026, 12, 8), QTime(0, 2, 3, 456), QTimeZone::utc());
    QCOMPARE(log::formatLine(QtMsgType(type), nullptr, QStringLiteral("x"), inUtc, QStringLiteral("7f12")),
             QStringLiteral("2026-12-08T00:02:03.456Z ") + level + QStringLiteral(" default [7f12] x"));
}

void TestLogFile::formatsLinesOfSeveralLines()
{
    const QDateTime when(QDate(2026, 12, 8), QTime(1, 2, 3), QTimeZone(-5 * 3600));
    QCOMPARE(log::formatLine(QtWarningMsg, "pd.import", QStringLiteral("Nothing imported:\na.csv:2: bad"), when,
                             QStringLiteral("import")),
             QStringLiteral("2026-12-08T01:02:03.000-05:00 warning pd.import [import] Nothing imported:\n"
                            "    a.csv:2: bad"));
}

void TestLogFile::concurrentWritersNeverMix()
{
    // Eight threads write 500 lines each into small files that rotate often: every line arrives
    // once, whole, and each thread's lines keep their order.
    constexpr int kThreads = 8;
    constexpr int kLines = 500;
    log::RotatingFile file({ path(), 16 * 1024, 1000 });
    QList<QThread *> threads;
    std::atomic_int failures = 0;
    for (int t = 0; t < kThreads; ++t) {
        threads << QThread::create([&file, &failures, t] {
            for (int n = 0; n < kLines; ++n) {
                if (!file.write(QStringLiteral("writer %1 line %2 ").arg(t).arg(n) + QString(40, u'.')))
                    ++failures;
            }
        });
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    QCOMPARE(failures.load(), 0);

    QStringList all;
    const QStringList names = QDir(m_dir->filePath(QStringLiteral("logs"))).entryList(QDir::Files);
    QVERIFY(names.size() > 10); // it did rotate
    for (int n = int(names.size()) - 1; n >= 1; --n) // oldest first
        all += linesOf(QStringLiteral("%1.%2").arg(path()).arg(n));
    all += linesOf(path());
    QCOMPARE(all.size(), kThreads * kLines);
    const QRegularExpression whole(QStringLiteral("^writer (\\d) line (\\d+) \\.{40}$"));
    QList<int> next(kThreads, 0);
    for (const QString &line : std::as_const(all)) {
        const QRegularExpressionMatch m = whole.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        const int writer = m.captured(1).toInt();
        QCOMPARE(m.captured(2).toInt(), next[writer]);
        ++next[writer];
    }
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
