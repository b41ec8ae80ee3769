// PostgreSQL addresses: parsing, the URL written back (never with the password), what the Qt
// driver is given, and the refusals. No server is needed.
#include "storage/database.h"
#include "storage/serverlocation.h"

#include <QTest>

using namespace pd;

class TestServerLocation final : public QObject
{
    Q_OBJECT
private slots:
    void recognisesServerLocations_data();
    void recognisesServerLocations();
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void connectOptions();
    void passwordNeverWrittenBack();
    void unreachableServerIsNamed();
};

void TestServerLocation::recognisesServerLocations_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("server");
    QTest::newRow("postgresql") << "postgresql://u@h/db" << true;
    QTest::newRow("postgres") << "postgres://u@h/db" << true;
    QTest::newRow("upper case") << "PostgreSQL://u@h/db" << true;
    QTest::newRow("file") << "/home/ana/partners.sqlite" << false;
    QTest::newRow("memory") << ":memory:" << false;
    QTest::newRow("windows path") << "C:\\data\\postgresql.sqlite" << false;
}

void TestServerLocation::recognisesServerLocations()
{
    QFETCH(QString, location);
    QFETCH(bool, server);
    QCOMPARE(Database::isServerLocation(location), server);
}

void TestServerLocation::parses_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("url");
    QTest::newRow("full") << "postgresql://ana:s3cret@db.example.com:6543/partners?sslmode=require"
                          << "db.example.com" << 6543 << "partners"
                          << "ana"
                          << "s3cret"
                          << "require"
                          << "postgresql://ana@db.example.com:6543/partners?sslmode=require";
    QTest::newRow("defaults") << "postgres://db.example.com/partners"
                              << "db.example.com" << 0 << "partners"
                              << ""
                              << ""
                              << ""
                              << "postgresql://db.example.com/partners";
    QTest::newRow("socket folder") << "postgresql://ana@/partners?host=/run/postgresql&port=5433"
                                   << "/run/postgresql" << 5433 << "partners"
                                   << "ana"
                                   << ""
                                   << ""
                                   << "postgresql://ana@/partners?host=/run/postgresql&port=5433";
    QTest::newRow("default socket") << "postgresql:///partners"
                                    << "" << 0 << "partners"
                                    << ""
                                    << ""
                                    << ""
                                    << "postgresql:///partners";
    QTest::newRow("escaped user and password") << "postgresql://ana%40sales:p%2Fw%3A@h/pd"
                                               << "h" << 0 << "pd"
                                               << "ana@sales"
                                               << "p/w:"
                                               << ""
                                               << "postgresql://ana%40sales@h/pd";
    QTest::newRow("IPv6") << "postgresql://u@[::1]:5432/pd?sslmode=verify-full"
                          << "::1" << 5432 << "pd"
                          << "u"
                          << ""
                          << "verify-full"
                          << "postgresql://u@[::1]:5432/pd?sslmode=verify-full";
}

void TestServerLocation::parses()
{
    QFETCH(QString, location);
    const auto loc = ServerLocation::parse(location);
    QVERIFY2(loc.has_value(), qPrintable(loc ? QString() : loc.error().message));
    QTEST(loc->host, "host");
    QTEST(loc->port, "port");
    QTEST(loc->database, "database");
    QTEST(loc->user, "user");
    QTEST(loc->password, "password");
    QTEST(loc->sslMode, "sslMode");
    QTEST(loc->url(), "url");
    // What url() writes parses back to the same place.
    const auto again = ServerLocation::parse(loc->url());
    QVERIFY(again.has_value());
    QCOMPARE(again->host, loc->host);
    QCOMPARE(again->port, loc->port);
    QCOMPARE(again->database, loc->database);
    QCOMPARE(again->user, loc->user);
}

void TestServerLocation::refuses_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no database") << "postgresql://u@h/"
                                 << "names one database";
    QTest::newRow("two path parts") << "postgresql://u@h/a/b"
                                    << "names one database";
    QTest::newRow("unknown TLS mode") << "postgresql://u@h/pd?sslmode=sometimes"
                                      << "sometimes";
    QTest::newRow("unknown setting") << "postgresql://u@h/pd?options=-c%20role=admin"
                                     << "options";
    QTest::newRow("setting with a space") << "postgresql://u@h/pd?application_name=a%20b"
                                          << "application_name";
    QTest::newRow("setting with a semicolon") << "postgresql://u@h/pd?sslrootcert=a;sslmode=disable"
                                              << "sslrootcert";
    QTest::newRow("bad port") << "postgresql://u@h/pd?port=99999"
                              << "99999";
    QTest::newRow("another scheme") << "mysql://u@h/pd"
                                    << "not a PostgreSQL address";
}

void TestServerLocation::refuses()
{
    QFETCH(QString, location);
    QFETCH(QString, mentions);
    const auto loc = ServerLocation::parse(location);
    QVERIFY(!loc.has_value());
    QCOMPARE(loc.error().code, Error::Code::InvalidInput);
    QVERIFY2(loc.error().message.contains(mentions), qPrintable(loc.error().message));
}

void TestServerLocation::connectOptions()
{
    auto loc
        = ServerLocation::parse(QStringLiteral("postgresql://u@h/pd?sslmode=require&application_name=desk"));
    QVERIFY(loc.has_value());
    QCOMPARE(
        loc->connectOptions(), QStringLiteral("sslmode=require;application_name=desk;connect_timeout=10"));
    loc = ServerLocation::parse(QStringLiteral("postgresql://u@h/pd?connect_timeout=3"));
    QCOMPARE(loc->connectOptions(), QStringLiteral("connect_timeout=3"));
    QCOMPARE(loc->displayName(), QStringLiteral("database \"pd\" on h"));
    loc->port = 6543;
    QCOMPARE(loc->displayName(), QStringLiteral("database \"pd\" on h:6543"));
}

void TestServerLocation::passwordNeverWrittenBack()
{
    const auto loc = ServerLocation::parse(QStringLiteral("postgresql://ana:hunter2@h/pd"));
    QVERIFY(loc.has_value());
    QVERIFY(!loc->url().contains(QStringLiteral("hunter2")));
    QVERIFY(!loc->displayName().contains(QStringLiteral("hunter2")));
}

void TestServerLocation::unreachableServerIsNamed()
{
    // A socket folder with no server in it: the message names the database and never the password.
    const auto db
        = Database::open(QStringLiteral("postgresql://ana:hunter2@/pd?host=/nonexistent-folder&port=5999"));
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, Error::Code::Storage);
    QVERIFY2(db.error().message.contains(QStringLiteral("database \"pd\"")), qPrintable(db.error().message));
    QVERIFY(!db.error().message.contains(QStringLiteral("hunter2")));
}

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
