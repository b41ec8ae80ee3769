// The direct SQLite path of the bulk operations: it runs on the driver's own connection (sees
// its transaction), binds and reads values exactly, reports errors the way QSqlQuery's path does,
// and can be switched off so that tests compare both paths.
#include "storage/database.h"
#include "storage/sqlitedirect.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using sql::DirectStatement;

class TestSqliteDirect : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::create(m_dir.filePath(QStringLiteral("direct-%1.sqlite").arg(++m_count)));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
#if defined(Q_OS_LINUX)
        // Debian's Qt runs on the system libsqlite3, which the driver plugin loads.
        QVERIFY(DirectStatement::available(*m_db));
#else
        if (!DirectStatement::available(*m_db))
            QSKIP("this platform's SQLite driver does not expose its SQLite functions");
#endif
    }

    void cleanup()
    {
        DirectStatement::setEnabled(true);
        m_db.reset();
    }

    void valuesRoundTrip()
    {
        auto create = DirectStatement::prepare(*m_db, QStringLiteral("CREATE TEMP TABLE t (i INTEGER, s TEXT)"));
        QVERIFY(create);
        QVERIFY((*create)->execute());
        auto insert = DirectStatement::prepare(*m_db, QStringLiteral("INSERT INTO t VALUES (?, ?)"));
        QVERIFY(insert);
        const QList<std::pair<qint64, QString>> rows { { std::numeric_limits<qint64>::min(), QStringLiteral("Ёлка, \"a\"") },
                                                       { 0, QString() },
                                                       { std::numeric_limits<qint64>::max(), QStringLiteral("日本") } };
        for (const auto &[i, s] : rows) {
            (*insert)->bindInt64(1, i);
            (*insert)->bindText(2, s);
            QVERIFY((*insert)->execute());
        }
        (*insert)->bindNull(1);
        (*insert)->bindNull(2);
        QVERIFY((*insert)->execute());

        auto select = DirectStatement::prepare(*m_db, QStringLiteral("SELECT i, s FROM t ORDER BY rowid"));
        QVERIFY(select);
        QCOMPARE((*select)->columnCount(), 2);
        for (const auto &[i, s] : rows) {
            QVERIFY((*select)->next());
            QCOMPARE((*select)->int64(0), i);
            QCOMPARE((*select)->string(1), s.isNull() ? QString(u""_qs) : s);
            QVERIFY(!(*select)->isNull(1));
        }
        QVERIFY((*select)->next());
        QVERIFY((*select)->isNull(0));
        QVERIFY((*select)->isNull(1));
        QVERIFY(!(*select)->next());
        QVERIFY((*select)->finished());
    }

    void seesTheConnectionsTransaction()
    {
        // The same connection as Store's statements: what a transaction wrote is visible, and a
        // rollback takes away what the direct path wrote inside it.
        auto result = m_db->transaction([&]() -> Result<void> {
            auto insert = DirectStatement::prepare(
                *m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('direct-test', 'x')"));
            if (!insert)
                return std::unexpected(insert.error());
            if (auto r = (*insert)->execute(); !r)
                return r;
            auto count = DirectStatement::prepare(*m_db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'direct-test'"));
            if (!count || !(*count)->next() || (*count)->int64(0) != 1)
                return fail(Error::Code::Storage, QStringLiteral("not visible inside the transaction"));
            return fail(Error::Code::Cancelled, QStringLiteral("roll back"));
        });
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        auto count = DirectStatement::prepare(*m_db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'direct-test'"));
        QVERIFY(count);
        QVERIFY((*count)->next());
        QCOMPARE((*count)->int64(0), 0);
    }

    void errorsNameTheStatement()
    {
        auto bad = DirectStatement::prepare(*m_db, QStringLiteral("SELECT nothing FROM nowhere"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"nowhere"), qPrintable(bad.error().message));

        // A row the schema refuses: the trigger's or constraint's message, and the statement stops.
        auto insert = DirectStatement::prepare(
            *m_db, QStringLiteral("INSERT INTO partners (code, name) VALUES (NULL, NULL)"));
        QVERIFY(insert);
        const auto r = (*insert)->execute();
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"NOT NULL", Qt::CaseInsensitive), qPrintable(r.error().message));
    }

    void canBeSwitchedOff()
    {
        DirectStatement::setEnabled(false);
        QVERIFY(!DirectStatement::available(*m_db));
        DirectStatement::setEnabled(true);
        QVERIFY(DirectStatement::available(*m_db));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestSqliteDirect)
#include "tst_sqlitedirect.moc"
