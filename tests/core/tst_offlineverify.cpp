// `offline verify` (OfflineCopy::differences) of a copy of an SQLite source: any changed, added
// or deleted row of any copied table is found and its table named. The changes are made with the
// sqlite3 tool behind the copy's back, as another program on the same file would.
#include "offlinefiles.h"

using namespace pd;

class TestOfflineVerify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verifyFindsEveryDifference_data();
    void verifyFindsEveryDifference();
    void verifyOfFilteredCopy();

private:
    QString path(const QString &name) const { return m_files.path(name); }
    QString freshSource(const QString &name) const { return m_files.freshSource(name); }
    void runSql(const QString &file, const QString &statements) const { m_files.runSql(file, statements, false); }
    static std::unique_ptr<Database> open(const QString &file) { return OfflineFiles::open(file); }
    static QStringList differences(const QString &copy) { return OfflineFiles::differences(copy); }

    OfflineFiles m_files;
};

void TestOfflineVerify::initTestCase()
{
    m_files.init();
}

void TestOfflineVerify::verifyFindsEveryDifference_data()
{
    // What is changed in the copy behind its back, and the tables verify must name.
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("tables");
    QTest::newRow("changed value") << QStringLiteral(
        "UPDATE sales SET quantity = quantity + 1 WHERE id = (SELECT max(id) FROM sales);")
                                   << QStringList { QStringLiteral("sales") };
    QTest::newRow("case only") << QStringLiteral("UPDATE partners SET code = lower(code) WHERE id = 2;")
                               << QStringList { QStringLiteral("partners") };
    QTest::newRow("null for empty") << QStringLiteral(
        "UPDATE sales SET voided_at = '' WHERE id = (SELECT min(id) FROM sales WHERE voided_at IS NULL);")
                                    << QStringList { QStringLiteral("sales") };
    QTest::newRow("added row") << QStringLiteral(
        "INSERT INTO scores (partner_id, metric, measured_on, value_bp) "
        "SELECT partner_id, metric, measured_on, value_bp FROM scores LIMIT 1;")
                               << QStringList { QStringLiteral("scores") };
    QTest::newRow("deleted row") << QStringLiteral(
        "DELETE FROM compliance_events WHERE id = (SELECT max(id) FROM compliance_events);")
                                 << QStringList { QStringLiteral("compliance_events") };
    QTest::newRow("same row under another id")
        << QStringLiteral("UPDATE contacts SET id = id + 1000000 WHERE id = (SELECT min(id) FROM contacts);")
        << QStringList { QStringLiteral("contacts") };
    QTest::newRow("row without id changed") << QStringLiteral(
        "UPDATE fx_rates SET rate_micros = rate_micros + 1 WHERE rowid = (SELECT min(rowid) FROM fx_rates);")
                                            << QStringList { QStringLiteral("fx_rates") };
    QTest::newRow("row without id added") << QStringLiteral(
        "INSERT INTO fx_rates (rate_date, base, quote, rate_micros) VALUES ('2031-01-01', 'USD', 'EUR', 1);")
                                          << QStringList { QStringLiteral("fx_rates") };
    QTest::newRow("two tables") << QStringLiteral(
        "UPDATE staff SET name = name || ' ' WHERE id = (SELECT max(id) FROM staff);"
        "DELETE FROM customers WHERE id = (SELECT max(id) FROM customers);")
                                << QStringList { QStringLiteral("customers"), QStringLiteral("staff") };
}

// Verify compares every row of every copied table, whatever changed it (here the sqlite3 tool,
// behind the copy's back), and names the tables that differ.
void TestOfflineVerify::verifyFindsEveryDifference()
{
    QFETCH(QString, change);
    QFETCH(QStringList, tables);
    const QString source = freshSource(QStringLiteral("verify.sqlite"));
    const QString copy = path(QStringLiteral("verify-copy.sqlite"));
    QFile::remove(copy);
    {
        auto db = open(source);
        QVERIFY(db);
        QVERIFY(OfflineCopy::take(*db, copy, {}).has_value());
    }
    QCOMPARE(differences(copy), QStringList());
    runSql(copy, change);
    QCOMPARE(differences(copy), tables);
}

// A filtered copy is compared with the source's rows within the filter only.
void TestOfflineVerify::verifyOfFilteredCopy()
{
    const QString source = freshSource(QStringLiteral("verify-north.sqlite"));
    const QString copy = path(QStringLiteral("verify-north-copy.sqlite"));
    QFile::remove(copy);
    {
        auto db = open(source);
        QVERIFY(db);
        QVERIFY(OfflineCopy::take(*db, copy, OfflineFilter { QStringLiteral("North"), {}, {} }).has_value());
    }
    QCOMPARE(differences(copy), QStringList());
    runSql(source,
        QStringLiteral("UPDATE scores SET value_bp = value_bp + 1 WHERE partner_id IN (SELECT id FROM "
                       "partners WHERE territory = '');"));
    QCOMPARE(differences(copy), QStringList());
    runSql(source,
        QStringLiteral("UPDATE scores SET value_bp = value_bp + 1 WHERE id = (SELECT max(id) FROM scores "
                       "WHERE partner_id IN (SELECT id FROM partners WHERE territory = 'North'));"));
    QCOMPARE(differences(copy), QStringList { QStringLiteral("scores") });
}

QTEST_GUILESS_MAIN(TestOfflineVerify)
#include "tst_offlineverify.moc"
