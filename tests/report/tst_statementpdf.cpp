// The partner statement (issue 16, point 6): its text in en, es and ru holds the lines, returns,
// SPIF bonuses, adjustments, totals and payout state; the PDF is written, paginated and read back
// with pdftotext; the batch writes one file per partner and Cancel leaves no partial file; the
// command-line tool's statement --pdf and --all.
#include "qbrfixture.h"

#include "report/qbrbatch.h"
#include "report/qbrlanguage.h"
#include "report/statementdata.h"
#include "report/statementhtml.h"
#include "report/statementwriter.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimeZone>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

namespace {

const QString kRub = QStringLiteral("RUB");

Money rub(qint64 minor)
{
    return Money { minor, kRub };
}

StatementLine line(const QDate &on, const QString &reference, int quantity, qint64 unit, qint64 reward)
{
    StatementLine l;
    l.sale.soldOn = on;
    l.sale.reference = reference;
    l.sale.productLine = QStringLiteral("ti");
    l.sale.quantity = quantity;
    l.sale.unitPrice = rub(unit);
    l.amount = rub(unit * quantity);
    l.rate = Rate { 3000 };
    l.reward = rub(reward);
    return l;
}

// A closed statement with a sale earning a SPIF bonus, a renewal, a return of an earlier line, a
// late sale and a void booked from 2026-Q3, and a paid payable.
StatementData handMade()
{
    StatementData d;
    QuarterStatement &st = d.statement;
    st.partner.code = QStringLiteral("P-000042");
    st.partner.name = QStringLiteral("Acme Дистрибуция");
    st.quarter = Quarter { 2026, 4 };
    st.tierAtQuarterEnd = QStringLiteral("certified");
    st.rebateRate = Rate { 500 };
    StatementLine sold = line(QDate(2026, 10, 12), QStringLiteral("INV-1001"), 2, 5000000, 3000000);
    sold.spif << SpifBonus { QStringLiteral("winter"), QStringLiteral("Winter push"), rub(150000) };
    StatementLine renewal = line(QDate(2026, 11, 3), QStringLiteral("INV-1002"), 1, 2000000, 600000);
    renewal.sale.renewal = true;
    StatementLine returned = line(QDate(2026, 12, 1), QStringLiteral("CN-77"), -1, 5000000, -1500000);
    returned.sale.returnsId = 9;
    returned.returnsReference = QStringLiteral("INV-0990");
    returned.returnsSoldOn = QDate(2026, 9, 20);
    st.lines = { sold, renewal, returned };
    StatementAdjustment late;
    late.kind = AdjustmentKind::LateLine;
    late.fromQuarter = Quarter { 2026, 3 };
    late.line = line(QDate(2026, 9, 29), QStringLiteral("LATE-7"), 1, 1000000, 300000);
    late.reward = rub(300000);
    late.rebate = rub(50000);
    late.spif = rub(0);
    StatementAdjustment voided;
    voided.kind = AdjustmentKind::Void;
    voided.fromQuarter = Quarter { 2026, 3 };
    voided.line = line(QDate(2026, 8, 2), QStringLiteral("INV-0815"), 1, 400000, 120000);
    voided.reward = rub(-120000);
    voided.rebate = rub(-20000);
    voided.spif = rub(0);
    st.adjustments = { late, voided };
    StatementTotal t;
    t.currency = kRub;
    t.lines = 3;
    t.sales = rub(7000000);
    t.rewards = rub(2100000);
    t.rebate = rub(350000);
    t.spif = rub(150000);
    t.adjustments = rub(210000);
    st.totals = { t };
    st.closed = true;
    st.closedAt = QDateTime(QDate(2027, 1, 8), QTime(9, 30), QTimeZone::utc());
    st.closedBy = QStringLiteral("alice");
    d.program.name = QStringLiteral("Reseller status program");
    d.program.productLines = { ProductLine { QStringLiteral("ti"), QStringLiteral("Software licences (TI)") } };
    d.tierName = QStringLiteral("Certified");
    Payable p;
    p.currency = kRub;
    p.state = PayoutState::Paid;
    p.amountMinor = 2810000;
    p.approvedAt = QDateTime(QDate(2027, 1, 10), QTime(12, 0), QTimeZone::utc());
    p.approvedBy = QStringLiteral("bob");
    p.paidOn = QDate(2027, 1, 15);
    p.paymentReference = QStringLiteral("TX-4242");
    d.payouts = { p };
    return d;
}

// A file database with the built-in programs and `partners` reseller partners; partner i has
// `lines` sales in 2026-Q3 and its first line returned once. Returns the partner ids.
QList<qint64> buildDatabase(const QString &path, int partners, int lines, QString *error)
{
    auto db = Database::create(path);
    if (!db) {
        *error = db.error().message;
        return {};
    }
    Store store(**db);
    if (auto r = store.installBuiltinPrograms(); !r) {
        *error = r.error().message;
        return {};
    }
    QList<qint64> ids;
    for (int i = 1; i <= partners; ++i) {
        Partner p;
        p.code = QStringLiteral("P-%1").arg(i, 4, 10, QLatin1Char('0'));
        p.name = i == 1 ? QStringLiteral("ООО «Север»") : QStringLiteral("Partner %1").arg(i);
        p.country = QStringLiteral("RU");
        p.programKey = QStringLiteral("reseller-status");
        p.tierKey = QStringLiteral("certified");
        p.tierSince = QDate(2025, 1, 1);
        p.joinedOn = QDate(2024, 1, 1);
        const auto id = store.insertPartner(p);
        Customer c;
        c.partnerId = id.value_or(0);
        c.code = QStringLiteral("C-%1").arg(i);
        c.name = QStringLiteral("Customer %1").arg(i);
        const auto customer = id ? store.insertCustomer(c) : Result<qint64>(fail(Error::Code::Storage, QString()));
        if (!id || !customer) {
            *error = QStringLiteral("partner %1").arg(i);
            return {};
        }
        qint64 first = 0;
        for (int n = 0; n < lines; ++n) {
            const auto sale = sql::insertReturningId(**db,
                QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, "
                               "currency, quantity, renewal, amount_minor, reference) VALUES (?, ?, ?, 'ti', ?, 'RUB', ?, 0, ?, ?)"),
                { *id, *customer, QDate(2026, 7, 1).addDays(n % 80).toString(Qt::ISODate), 1000000 + n, 2, 2 * (1000000 + n),
                  QStringLiteral("INV-%1-%2").arg(i).arg(n, 3, 10, QLatin1Char('0')) });
            if (!sale) {
                *error = sale.error().message;
                return {};
            }
            if (n == 0)
                first = *sale;
        }
        const auto back = sql::insertReturningId(**db,
            QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, "
                           "quantity, renewal, amount_minor, reference, returns_id) VALUES (?, ?, '2026-09-25', 'ti', 1000000, "
                           "'RUB', -1, 0, -1000000, ?, ?)"),
            { *id, *customer, QStringLiteral("CN-%1").arg(i), first });
        if (!back) {
            *error = back.error().message;
            return {};
        }
        ids << *id;
    }
    return ids;
}

QString pdfText(const QString &file, QString *error)
{
    return normalised(runTool(QStringLiteral("pdftotext"),
                              { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") }, error));
}

} // namespace

class TestStatementPdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void text_data();
    void text();
    void openQuarter();
    void pdf();
    void longStatementPaginates();
    void batch();
    void batchCancel();
    void cli();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_ids;
    bool m_pdftotext = false;
};

void TestStatementPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("statements.pdk"));
    QString error;
    m_ids = buildDatabase(m_path, 12, 6, &error);
    QVERIFY2(m_ids.size() == 12, qPrintable(error));
    m_pdftotext = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

void TestStatementPdf::text_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("closed");
    QTest::addColumn<QString>("paid");
    QTest::addColumn<QString>("lateSale");
    // Written by hand from the translations (GLOSSARY.md: statement = liquidación / выписка).
    QTest::newRow("en") << "en" << "Partner statement" << "closed on" << "paid" << "late sale";
    QTest::newRow("es") << "es" << "Liquidación del socio" << "cerrada el" << "pagado" << "venta tardía";
    QTest::newRow("ru") << "ru" << "Выписка партнёра" << "закрыта" << "выплачено" << "поздняя продажа";
}

void TestStatementPdf::text()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, closed);
    QFETCH(QString, paid);
    QFETCH(QString, lateSale);
    const QbrLanguage scope(language);
    const QLocale &locale = scope.locale();
    const StatementData data = handMade();
    QTextDocument doc;
    doc.setHtml(StatementHtml(data, locale).html());
    const QString text = normalised(doc.toPlainText());
    const auto has = [&](const QString &part) {
        return text.contains(normalised(part)) ? QByteArray() : (part + QStringLiteral(" missing in: ") + text).toUtf8();
    };
    const auto check = [&](const QString &part) { QVERIFY2(has(part).isEmpty(), has(part).constData()); };
    check(title);
    check(QStringLiteral("Acme Дистрибуция"));
    check(closed);
    check(QStringLiteral("alice"));
    check(displayDate(QDate(2027, 1, 8), locale));
    // Lines, the renewal, the return naming the line it returns.
    check(QStringLiteral("INV-1001"));
    check(QStringLiteral("INV-1002"));
    check(QStringLiteral("CN-77"));
    check(QStringLiteral("INV-0990"));
    check(rub(-5000000).display(locale));
    check(rub(-1500000).display(locale));
    // SPIF on its line and in total.
    check(QStringLiteral("Winter push"));
    check(rub(150000).display(locale));
    // Adjustments, naming the closed quarter and the reference.
    check(lateSale);
    check(QStringLiteral("LATE-7"));
    check(QStringLiteral("INV-0815"));
    check(QStringLiteral("2026-Q3"));
    check(rub(-120000).display(locale));
    // Totals: sales, rewards, rebate, adjustments and what the quarter earns.
    check(rub(7000000).display(locale));
    check(rub(2100000).display(locale));
    check(rub(350000).display(locale));
    check(rub(210000).display(locale));
    check(rub(2810000).display(locale)); // earned = 2,100,000 + 350,000 + 150,000 + 210,000 (minor)
    check(percentDisplay(500, locale));
    // The payout.
    check(paid);
    check(QStringLiteral("TX-4242"));
    check(QStringLiteral("bob"));
    check(displayDate(QDate(2027, 1, 15), locale));
    if (language != QLatin1StringView("en"))
        QVERIFY2(!text.contains(QStringLiteral("Partner statement")), qPrintable(text));
}

// An open quarter is provisional and has no payout yet.
void TestStatementPdf::openQuarter()
{
    StatementData data = handMade();
    data.statement.closed = false;
    data.payouts.clear();
    QTextDocument doc;
    doc.setHtml(StatementHtml(data, QLocale(QStringLiteral("en_US"))).html());
    const QString text = doc.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("provisional: the quarter is open")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The payout is set when the quarter is closed.")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("closed on")));
}

void TestStatementPdf::pdf()
{
    auto db = Database::open(m_path);
    QVERIFY(db.has_value());
    Store store(**db);
    const QbrLanguage scope(QStringLiteral("ru"));
    const auto data = StatementCollector::collect(store, m_ids.first(), Quarter { 2026, 3 });
    QVERIFY2(data.has_value(), data ? "" : qPrintable(data.error().message));
    QCOMPARE(data->statement.lines.size(), 7); // six sales and the return
    const QString file = m_dir.filePath(QStringLiteral("one.pdf"));
    const auto written = StatementWriter::write(*data, scope.locale(), QPageSize::A4, file);
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    if (!m_pdftotext)
        QSKIP("pdftotext (poppler-utils) is not installed");
    QString error;
    const QString text = pdfText(file, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    QVERIFY2(text.contains(QStringLiteral("ООО «Север»")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Выписка партнёра")), qPrintable(text));
    const StatementTotal &t = data->statement.totals.first();
    for (const Money &m : { t.sales, t.rewards, *t.earned() })
        QVERIFY2(text.contains(normalised(m.display(scope.locale()))), qPrintable(m.display(scope.locale()) + u'\n' + text));
    QVERIFY2(text.contains(QStringLiteral("CN-1")), qPrintable(text));
}

// 150 lines take several pages: every line's reference is on one of them (nothing cut or lost) and
// the table's header repeats on each page.
void TestStatementPdf::longStatementPaginates()
{
    StatementData data = handMade();
    data.statement.lines.clear();
    for (int n = 0; n < 150; ++n)
        data.statement.lines << line(QDate(2026, 10, 1).addDays(n % 90), QStringLiteral("LONG-%1").arg(n, 3, 10, QLatin1Char('0')),
                                     1, 100000, 30000);
    const QbrLanguage scope(QStringLiteral("en"));
    const QString file = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(StatementWriter::write(data, scope.locale(), QPageSize::Letter, file).has_value());
    if (!m_pdftotext)
        QSKIP("pdftotext (poppler-utils) is not installed");
    QString error;
    const QString raw = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file,
                                                              QStringLiteral("-") }, &error);
    const QStringList pages = raw.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 3, qPrintable(raw));
    for (int n = 0; n < 150; ++n) {
        const QString reference = QStringLiteral("LONG-%1").arg(n, 3, 10, QLatin1Char('0'));
        QCOMPARE(raw.count(reference), 1);
    }
    int withHeader = 0;
    for (const QString &page : pages) {
        if (page.contains(QStringLiteral("LONG-")))
            withHeader += page.contains(QStringLiteral("Reference")) ? 1 : 0;
    }
    QCOMPARE(withHeader, int(std::count_if(pages.begin(), pages.end(),
                                           [](const QString &p) { return p.contains(QStringLiteral("LONG-")); })));
}

void TestStatementPdf::batch()
{
    QbrRequest request;
    request.kind = ReportKind::Statement;
    request.database = m_path;
    request.partnerIds = m_ids;
    request.quarter = Quarter { 2026, 3 };
    request.language = QStringLiteral("es");
    request.outDir = m_dir.filePath(QStringLiteral("batch"));
    request.threads = 2;
    const auto result = QbrBatch::run(request);
    QVERIFY(result.has_value());
    QVERIFY2(result->errors.isEmpty(), qPrintable(result->errors.join(u'\n')));
    QVERIFY(!result->cancelled);
    QCOMPARE(result->files.size(), m_ids.size());
    const QStringList names = QDir(request.outDir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), m_ids.size());
    QVERIFY2(names.contains(QbrBatch::fileNameFor(QStringLiteral("P-0002"), QStringLiteral("Partner 2"), request.quarter,
                                                  ReportKind::Statement)),
             qPrintable(names.join(u' ')));
    QVERIFY(names.first().endsWith(QStringLiteral("_2026-Q3_statement.pdf")));
}

// Cancel stops the batch: fewer files than partners, each one a whole PDF, and nothing else (no
// temporary or partial file) in the folder.
void TestStatementPdf::batchCancel()
{
    QbrRequest request;
    request.kind = ReportKind::Statement;
    request.database = m_path;
    request.partnerIds = m_ids;
    request.quarter = Quarter { 2026, 3 };
    request.outDir = m_dir.filePath(QStringLiteral("cancelled"));
    request.threads = 1;
    const auto result = QbrBatch::run(request, [](int, int) { return false; });
    QVERIFY(result.has_value());
    QVERIFY(result->cancelled);
    QVERIFY(result->files.size() < m_ids.size());
    const QStringList names = QDir(request.outDir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(names.size(), result->files.size());
    for (const QString &name : names) {
        QFile f(QDir(request.outDir).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF"), qPrintable(name));
    }
}

void TestStatementPdf::cli()
{
    const auto run = [this](const QStringList &args, QString *out = nullptr) {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--db"), m_path } + args);
        p.waitForFinished(120000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    const QString one = m_dir.filePath(QStringLiteral("cli/one.pdf"));
    QString out;
    QCOMPARE(run({ QStringLiteral("statement"), QStringLiteral("--partner"), QStringLiteral("P-0001"), QStringLiteral("--quarter"),
                   QStringLiteral("2026-Q3"), QStringLiteral("--pdf"), one, QStringLiteral("--paper"), QStringLiteral("letter") },
                 &out),
             0);
    QVERIFY2(QFileInfo::exists(one), qPrintable(out));
    // Bad input: nothing written, a usage error.
    const QString bad = m_dir.filePath(QStringLiteral("cli/bad.pdf"));
    QCOMPARE(run({ QStringLiteral("statement"), QStringLiteral("--partner"), QStringLiteral("P-0001"), QStringLiteral("--quarter"),
                   QStringLiteral("2026-Q3"), QStringLiteral("--pdf"), bad, QStringLiteral("--paper"), QStringLiteral("a3") }),
             2);
    QVERIFY(!QFileInfo::exists(bad));
    QCOMPARE(run({ QStringLiteral("statement"), QStringLiteral("--all"), QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                   QStringLiteral("--pdf"), bad }),
             2);
    QCOMPARE(run({ QStringLiteral("statement"), QStringLiteral("--partner"), QStringLiteral("P-0001"), QStringLiteral("--quarter"),
                   QStringLiteral("2026-Q9"), QStringLiteral("--pdf"), bad }),
             2);
    QVERIFY(!QFileInfo::exists(bad));
    const QString dir = m_dir.filePath(QStringLiteral("cli/all"));
    QCOMPARE(run({ QStringLiteral("statement"), QStringLiteral("--all"), QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                   QStringLiteral("--out"), dir },
                 &out),
             0);
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), m_ids.size());
    // The text statement is unchanged by the PDF options' existence.
    QCOMPARE(run({ QStringLiteral("statement"), QStringLiteral("--partner"), QStringLiteral("P-0001"), QStringLiteral("--quarter"),
                   QStringLiteral("2026-Q3") },
                 &out),
             0);
    QVERIFY2(out.contains(QStringLiteral("INV-1-000")) || out.contains(QStringLiteral("Statement 2026-Q3")), qPrintable(out));
}

QTEST_MAIN(TestStatementPdf)
#include "tst_statementpdf.moc"
