// partnerdesk-cli payouts list | approve | pay | export (issue 16) on a database whose payables
// the test creates itself (a closed quarter's row and PayoutLedger::createWithin, as the close
// does): the table and its totals, the filters, the state changes, the CSV file, and bad input
// that is refused with its reason and changes nothing.
#include "dates.h"
#include "payouts/payoutledger.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace
{

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

const QString kEvil = QStringLiteral("=cmd|' /C calc'!A0");

} // namespace

class TestCliPayouts final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void listTableAndTotals();
    void listFilters_data();
    void listFilters();
    void approveThenPay();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void exportCsv();
    void translatedMessages();

private:
    Run cli(const QStringList &args, const QString &lang = QStringLiteral("en"));
    Run payouts(const QStringList &args)
    {
        return cli(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("payouts") } + args);
    }
    QString today() const { return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate); }

    QTemporaryDir m_dir;
    QString m_db;
};

Run TestCliPayouts::cli(const QStringList &args, const QString &lang)
{
    QProcess p;
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--lang"), lang } + args);
    p.waitForFinished(120000);
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

// P-A (Acme, owner Lucía): 2026-Q1 EUR 1,000.00 + 234.56 rebate, USD 500.00.
// P-B (a name that is a formula, owner @Oleg): 2026-Q1 EUR clawback of 50.00, carried into
// 2026-Q2, where it earns 80.00 and is owed 30.00.
void TestCliPayouts::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_db = m_dir.filePath(QStringLiteral("payouts%1.sqlite").arg(++n));
    auto db = Database::create(m_db);
    QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message));
    Store store(**db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    QList<qint64> ids;
    for (const auto &[code, name, owner] :
        { std::tuple { "P-A", QStringLiteral("Acme"), QStringLiteral("Lucía") },
            std::tuple { "P-B", kEvil, QStringLiteral("@Oleg") } }) {
        Partner p;
        p.code = QString::fromLatin1(code);
        p.name = name;
        p.country = QStringLiteral("ES");
        p.programKey = QStringLiteral("reseller-status");
        p.tierKey = QStringLiteral("authorized");
        p.tierSince = p.joinedOn = QDate(2025, 1, 1);
        const auto id = store.insertPartner(p);
        QVERIFY(id.has_value());
        QVERIFY(
            sql::exec(**db, QStringLiteral("UPDATE partners SET owner = ? WHERE id = ?"), { owner, *id }));
        ids << *id;
    }
    const QString eur = QStringLiteral("EUR");
    const QList<std::pair<QString, QList<PayableDraft>>> quarters {
        { QStringLiteral("2026-Q1"),
            { { ids[0], eur, 100000, 23456, 0, 0 }, { ids[0], QStringLiteral("USD"), 50000, 0, 0, 0 },
                { ids[1], eur, 0, 0, 0, -5000 } } },
        { QStringLiteral("2026-Q2"), { { ids[1], eur, 8000, 0, 0, 0 } } },
    };
    for (const auto &[quarter, drafts] : quarters) {
        const auto done = (*db)->transaction([&]() -> Result<void> {
            if (auto r = sql::exec(**db,
                    QStringLiteral("INSERT INTO quarter_closes (quarter, closed_at, closed_by) "
                                   "VALUES (?, '2026-07-01T09:00:00.000Z', 'test')"),
                    { quarter });
                !r)
                return r;
            const auto created
                = PayoutLedger(**db).createWithin(*Quarter::parse(quarter), drafts, QStringLiteral("test"));
            return created ? Result<void> {} : std::unexpected(created.error());
        });
        QVERIFY2(done.has_value(), qPrintable(done ? QString() : done.error().message));
    }
}

void TestCliPayouts::listTableAndTotals()
{
    const Run r = payouts({ QStringLiteral("list") });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exit, 0);
    QCOMPARE(r.out,
        QStringLiteral("ID  Partner  Owner  Quarter     Amount  Carried forward  State    Approved  Paid\n"
                       " 1  P-A      Lucía  2026-Q1  €1,234.56            €0.00  Owed\n"
                       " 2  P-A      Lucía  2026-Q1    $500.00            $0.00  Owed\n"
                       " 3  P-B      @Oleg  2026-Q1      €0.00          -€50.00  Carried\n"
                       " 4  P-B      @Oleg  2026-Q2     €30.00            €0.00  Owed\n"
                       "\n"
                       "Currency  Payables       Owed  Approved   Paid  Carried forward\n"
                       "EUR              3  €1,264.56     €0.00  €0.00          -€50.00\n"
                       "USD              1    $500.00     $0.00  $0.00            $0.00\n"));
}

void TestCliPayouts::listFilters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("ids");
    QTest::newRow("owed") << QStringList { "--state", "owed" } << "1 2 4";
    QTest::newRow("carried") << QStringList { "--state", "CARRIED" } << "3";
    QTest::newRow("paid") << QStringList { "--state", "paid" } << "";
    QTest::newRow("quarter") << QStringList { "--quarter", "2026-Q2" } << "4";
    QTest::newRow("currency") << QStringList { "--currency", "usd" } << "2";
    QTest::newRow("owner") << QStringList { "--owner", "@Oleg" } << "3 4";
    QTest::newRow("partner-code") << QStringList { "--partner", "P-A", "--currency", "EUR" } << "1";
    QTest::newRow("partner-id-and-state") << QStringList { "--partner", "2", "--state", "owed" } << "4";
}

void TestCliPayouts::listFilters()
{
    QFETCH(QStringList, options);
    QFETCH(QString, ids);
    const Run r = payouts(QStringList { QStringLiteral("list") } + options);
    QCOMPARE(r.exit, 0);
    QStringList listed;
    const QStringList lines = r.out.split(u'\n');
    for (qsizetype i = 1; i < lines.size() && !lines[i].isEmpty(); ++i)
        listed << lines[i].section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (ids.isEmpty())
        QCOMPARE(r.out, QStringLiteral("No payables.\n"));
    else
        QCOMPARE(listed.join(u' '), ids);
}

void TestCliPayouts::approveThenPay()
{
    const QDate day = QDateTime::currentDateTimeUtc().date();
    const QString shown = displayDate(day, QLocale(QStringLiteral("en")));
    Run r = payouts(
        { QStringLiteral("approve"), QStringLiteral("4"), QStringLiteral("--by"), QStringLiteral("Marta") });
    QCOMPARE(r.err, QString());
    QCOMPARE(
        r.out, QStringLiteral("Payable 4 (P-B, 2026-Q2, EUR): €30.00, approved %1 by Marta\n").arg(shown));
    r = payouts({ QStringLiteral("pay"), QStringLiteral("4"), QStringLiteral("--date"), today(),
        QStringLiteral("--reference"), QStringLiteral(" SEPA 77 "), QStringLiteral("--by"),
        QStringLiteral("Iván") });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exit, 0);
    QCOMPARE(
        r.out, QStringLiteral("Payable 4 (P-B, 2026-Q2, EUR): €30.00, paid %1, ref. SEPA 77\n").arg(shown));
    r = payouts({ QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("paid") });
    QCOMPARE(r.out.section(u'\n', 1, 1),
        QStringLiteral(
            " 4  P-B      @Oleg  2026-Q2  €30.00            €0.00  Paid   %1 by Marta  %1, ref. SEPA 77")
            .arg(shown));
    QVERIFY2(
        r.out.contains(QStringLiteral("\nEUR              1  €0.00     €0.00  €30.00            €0.00\n")),
        qPrintable(r.out));
}

// Refused with exit status 1 (bad data) or 2 (bad usage), the reason on stderr, and the ledger
// exactly as it was.
void TestCliPayouts::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(2).toString(Qt::ISODate);
    QTest::newRow("approve-carried") << QStringList { "approve", "3" } << 1
                                     << "Payable 3 (P-B, 2026-Q1, EUR) cannot be approved: it is carried";
    QTest::newRow("approve-twice") << QStringList { "approve", "1", "--then-again" } << 1
                                   << "Payable 1 (P-A, 2026-Q1, EUR) cannot be approved: it is approved";
    QTest::newRow("pay-owed") << QStringList { "pay", "2", "--date", "2026-07-01", "--reference", "R" } << 1
                              << "Payable 2 (P-A, 2026-Q1, USD) cannot be paid: it is owed";
    QTest::newRow("pay-future") << QStringList { "pay", "1", "--date", tomorrow, "--reference", "R",
        "--approved" } << 1 << "the date is in the future";
    QTest::newRow("pay-blank-reference") << QStringList { "pay", "1", "--date", "TODAY", "--reference", "  ",
        "--approved" } << 1 << "Payable 1 (P-A, 2026-Q1, EUR) cannot be paid without a payment reference";
    QTest::newRow("pay-no-reference") << QStringList { "pay", "1", "--date", "2026-07-01" } << 2
                                      << "payouts pay needs --date YYYY-MM-DD and --reference TEXT.";
    QTest::newRow("pay-bad-date") << QStringList { "pay", "1", "--date", "1.7.2026", "--reference", "R" } << 2
                                  << "--date needs a date as YYYY-MM-DD.";
    QTest::newRow("no-such-payable") << QStringList { "approve", "99" } << 1 << "There is no payable 99.";
    QTest::newRow("not-a-number") << QStringList { "approve", "one" } << 2
                                  << "\"one\" is not a payable number.";
    QTest::newRow("filter-on-approve") << QStringList { "approve", "1", "--state", "owed" } << 2
                                       << "The option --state does not apply to \"payouts approve\".";
    QTest::newRow("bad-state") << QStringList { "list", "--state", "due" } << 1
                               << "\"due\" is not a payout state; use owed, approved, paid or carried.";
    QTest::newRow("bad-quarter") << QStringList { "list", "--quarter", "2026-3" } << 1
                                 << "\"2026-3\" is not a quarter; write it as 2026-Q3.";
    QTest::newRow("bad-currency") << QStringList { "export", "x.csv", "--currency", "EURO" } << 1
                                  << "unknown currency \"EURO\"";
    QTest::newRow("unknown-partner") << QStringList { "list", "--partner", "P-Z" } << 1 << "P-Z";
    QTest::newRow("unknown-sub") << QStringList { "delete", "1" } << 2 << "Use: payouts list";
}

void TestCliPayouts::badInputChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    // Flags of the test itself: bring payable 1 to a state first.
    const bool twice = args.removeAll(QStringLiteral("--then-again")) > 0;
    const bool approved = args.removeAll(QStringLiteral("--approved")) > 0;
    if (twice || approved)
        QCOMPARE(payouts({ QStringLiteral("approve"), QStringLiteral("1") }).exit, 0);
    args.replaceInStrings(QStringLiteral("TODAY"), today());
    const QString before = payouts({ QStringLiteral("list") }).out;
    const Run r = payouts(args);
    QCOMPARE(r.exit, exit);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QCOMPARE(payouts({ QStringLiteral("list") }).out, before);
    QVERIFY(!QFile::exists(QStringLiteral("x.csv")));
}

void TestCliPayouts::exportCsv()
{
    QCOMPARE(payouts({ QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("--by"),
                         QStringLiteral("-ana") })
                 .exit,
        0);
    const QString path = m_dir.filePath(QStringLiteral("payouts.csv"));
    const Run r
        = payouts({ QStringLiteral("export"), path, QStringLiteral("--currency"), QStringLiteral("EUR") });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QStringLiteral("Wrote 3 payables to %1.\n").arg(QDir::toNativeSeparators(path)));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[4], QString());
    QCOMPARE(lines[0],
        QStringLiteral("id,partner_code,partner_name,owner,program,quarter,currency,rewards,rebate,spif,"
                       "adjustments,carried_in,amount,carried_out,state,approved_at,approved_by,paid_on,"
                       "payment_reference"));
    // The approval time is the moment of the approve command: checked apart.
    const QString approvedAt = lines[1].section(u',', 15, 15);
    QVERIFY2(QDateTime::fromString(approvedAt, Qt::ISODateWithMs).isValid() && approvedAt.endsWith(u'Z'),
        qPrintable(approvedAt));
    QCOMPARE(lines[1],
        QStringLiteral("1,P-A,Acme,Lucía,reseller-status,2026-Q1,EUR,1000.00,234.56,0.00,0.00,0.00,1234.56,"
                       "0.00,approved,%1,'-ana,,")
            .arg(approvedAt));
    // Text that a spreadsheet would run is guarded; negative amounts stay numbers.
    QCOMPARE(lines[2],
        QStringLiteral("3,P-B,'=cmd|' /C calc'!A0,'@Oleg,reseller-status,2026-Q1,EUR,0.00,0.00,0.00,"
                       "-50.00,0.00,0.00,-50.00,carried,,,,"));
    QCOMPARE(lines[3],
        QStringLiteral("4,P-B,'=cmd|' /C calc'!A0,'@Oleg,reseller-status,2026-Q2,EUR,80.00,0.00,0.00,"
                       "0.00,-50.00,30.00,0.00,owed,,,,"));
}

// Spanish and Russian: the table's words and the refusals, with amounts as each language writes them.
void TestCliPayouts::translatedMessages()
{
    const QStringList db { QStringLiteral("--db"), m_db, QStringLiteral("payouts") };
    Run r = cli(db + QStringList { QStringLiteral("approve"), QStringLiteral("3") }, QStringLiteral("es"));
    QCOMPARE(r.exit, 1);
    QCOMPARE(r.err, QStringLiteral("El importe a pagar 3 (P-B, 2026-Q1, EUR) no se puede aprobar: su estado es "
                                   "\"trasladado\" y solo se aprueba un importe pendiente.\n"));
    r = cli(db + QStringList { QStringLiteral("pay"), QStringLiteral("1"), QStringLiteral("--date"), today(),
                               QStringLiteral("--reference"), QStringLiteral("R") },
            QStringLiteral("ru"));
    QCOMPARE(r.exit, 1);
    QCOMPARE(r.err, QStringLiteral("Начисление 1 (P-A, 2026-Q1, EUR) нельзя выплатить: его состояние — «к выплате», "
                                   "а выплачивается только утверждённое начисление.\n"));
    r = cli(db + QStringList { QStringLiteral("list"), QStringLiteral("--currency"), QStringLiteral("USD") },
            QStringLiteral("ru"));
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("ID  Партнёр  Ответственный  Квартал")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("К выплате")) && r.out.contains(QStringLiteral("500,00")), qPrintable(r.out));
    r = cli(db + QStringList { QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("paid") },
            QStringLiteral("es"));
    QCOMPARE(r.out, QStringLiteral("No hay importes a pagar.\n"));
}

QTEST_GUILESS_MAIN(TestCliPayouts)
#include "tst_cli_payouts.moc"
