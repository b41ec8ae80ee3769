// Quarterly business reviews: generated in en, es and ru and read back with pdftotext and pdfinfo.
#include "qbrfixture.h"

#include "report/qbrbatch.h"
#include "report/qbrdata.h"
#include "report/qbrhtml.h"
#include "report/qbrlanguage.h"
#include "report/qbrwriter.h"
#include "requirementtext.h"
#include "report/reportfonts.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "translations.h"

#include <QDir>
#include <QFontInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

class TestQbr : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void review_data();
    void review();
    void paperSetting();
    void bundledFont();
    void moneyFormats_data();
    void moneyFormats();
    void coreTexts_data();
    void coreTexts();
    void fileNames_data();
    void fileNames();
    void batch();
    void batchCancel();
    void batchWithoutExchangeRates();
    void missingPartner();
    void windowKeepsItsFormats();
    void returnsAndVoids_data();
    void returnsAndVoids();

private:
    QTemporaryDir m_dir;
    QbrFixture m_fixture;
    int m_partners = 24;
};

void TestQbr::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_fixture.build(m_dir, m_partners, 3000), qPrintable(m_fixture.error));
}

void TestQbr::review_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("partner"); // 0 reseller, 1 credits
    QTest::addColumn<QString>("pageSize");
    for (const char *lang : { "en", "es", "ru" }) {
        const QString size = QLatin1StringView(lang) == QLatin1StringView("en") ? QStringLiteral("letter") : QStringLiteral("A4");
        QTest::newRow(qPrintable(QStringLiteral("%1-reseller").arg(QLatin1StringView(lang))))
            << QString::fromLatin1(lang) << 0 << size;
        QTest::newRow(qPrintable(QStringLiteral("%1-credits").arg(QLatin1StringView(lang))))
            << QString::fromLatin1(lang) << 1 << size;
    }
}

void TestQbr::review()
{
    QFETCH(QString, language);
    QFETCH(int, partner);
    QFETCH(QString, pageSize);
    const qint64 id = partner == 0 ? m_fixture.resellerPartner : m_fixture.creditPartner;

    const QbrLanguage scope(language);
    auto db = Database::open(m_fixture.path);
    QVERIFY(db.has_value());
    Store store(**db);
    const ExchangeRates rates(store.fxRates().value_or(QList<FxRate> {}));
    const auto data = QbrCollector::collect(store, rates, id, m_fixture.quarter, QDate(2026, 10, 5));
    QVERIFY2(data.has_value(), data ? "" : qPrintable(data.error().message));
    // The scorecard's trailing revenue is the one the tier status checks.
    QVERIFY(!data->evaluation.error);
    QCOMPARE(data->revenueTrailing, data->evaluation.trailingRevenue);
    const QString file = m_dir.filePath(QStringLiteral("review-%1-%2.pdf").arg(language).arg(partner));
    const auto written = QbrWriter::write(*data, scope.locale(), QbrWriter::defaultPaper(scope.locale()), file);
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));

    QString error;
    const QString info = runTool(QStringLiteral("pdfinfo"), { file }, &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    static const QRegularExpression pagesRe(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto pages = pagesRe.match(info);
    QVERIFY(pages.hasMatch());
    QVERIFY2(pages.captured(1).toInt() >= 2, qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("(%1)").arg(pageSize)), qPrintable(info));

    const QString text = normalised(runTool(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file,
                                                                          QStringLiteral("-") }, &error));
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    const QbrHtml html(*data, scope.locale());
    const QStringList expected {
        data->partner.name,
        data->program.name,
        data->tierName,
        m_fixture.quarter.text(),
        html.date(QDate(2026, 10, 5)),
        QbrHtml::tr("Quarterly business review"),
        QbrHtml::tr("Scorecard"),
        QbrHtml::tr("Tier status"),
        QbrHtml::tr("Actions for next quarter"),
        html.money(data->revenueQuarter),
        html.money(data->revenueTrailing),
    };
    for (const QString &word : expected)
        QVERIFY2(text.contains(normalised(word)), qPrintable(QStringLiteral("\"%1\" missing").arg(word)));
    for (const StatementTotal &t : data->totals)
        QVERIFY2(text.contains(normalised(html.money(t.rewards))), qPrintable(html.money(t.rewards)));
    const auto current = std::find_if(data->evaluation.tiers.begin(), data->evaluation.tiers.end(),
                                      [&](const TierCheck &t) { return t.tierKey == data->partner.tierKey; });
    QVERIFY(current != data->evaluation.tiers.end());
    for (const RequirementCheck &r : current->requirements)
        QVERIFY2(text.contains(normalised(requirementText(r.requirement, scope.text()))),
                 qPrintable(requirementText(r.requirement, scope.text())));
    for (const QString &action : html.actions())
        QVERIFY2(text.contains(normalised(action)), qPrintable(action));
    if (partner == 0) {
        QVERIFY(text.contains(m_fixture.nfrSerial));
        QVERIFY(text.contains(m_fixture.renewalProduct));
        QCOMPARE(data->renewals.size(), 1);
        QVERIFY(text.contains(normalised(html.money(data->renewals.first().licence.listAmount().value()))));
    } else {
        QVERIFY(data->program.usesCredits);
        QCOMPARE(data->creditOpening, 5000);
        QCOMPARE(data->creditClosing, 5000 + 1200 - 700);
        QVERIFY(text.contains(normalised(html.number(data->creditClosing))));
    }
    // Every word inside the page's margins: nothing drawn below the footer or hidden in the margin
    // (a chart or the lines of a paragraph cut by a page end used to be).
    const QString boxes = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), file, QStringLiteral("-") }, &error);
    static const QRegularExpression pageRe(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    static const QRegularExpression wordRe(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    const auto pageBox = pageRe.match(boxes);
    QVERIFY2(pageBox.hasMatch(), qPrintable(error));
    const qreal mm = 72 / 25.4;
    const QRectF printable(QPointF(18 * mm - 2, 16 * mm - 2),
                           QPointF(pageBox.captured(1).toDouble() - 18 * mm + 2, pageBox.captured(2).toDouble() - 14 * mm + 2));
    int words = 0;
    for (auto it = wordRe.globalMatch(boxes); it.hasNext(); ++words) {
        const auto w = it.next();
        const QRectF box(QPointF(w.captured(1).toDouble(), w.captured(2).toDouble()),
                         QPointF(w.captured(3).toDouble(), w.captured(4).toDouble()));
        QVERIFY2(printable.contains(box), qPrintable(QStringLiteral("\"%1\" outside the margins").arg(w.captured(5))));
    }
    QVERIFY(words > 100);
    if (language == QLatin1StringView("ru")) {
        static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]{4,}"));
        QVERIFY2(text.contains(cyrillic), "no Russian text");
    }
}

void TestQbr::paperSetting()
{
    const QbrLanguage scope(QStringLiteral("en"));
    auto db = Database::open(m_fixture.path);
    QVERIFY(db.has_value());
    Store store(**db);
    const auto data = QbrCollector::collect(store, ExchangeRates(store.fxRates().value_or(QList<FxRate> {})),
                                            m_fixture.resellerPartner, m_fixture.quarter, QDate(2026, 10, 5));
    QVERIFY(data.has_value());
    const QString file = m_dir.filePath(QStringLiteral("a4.pdf"));
    QVERIFY(QbrWriter::write(*data, scope.locale(), QPageSize::A4, file).has_value());
    QString error;
    QVERIFY(runTool(QStringLiteral("pdfinfo"), { file }, &error).contains(QStringLiteral("(A4)")));
}

// The review's text is set in the bundled font, never in a system copy of DejaVu Sans that may be
// another version: the bundled files have a family name of their own.
void TestQbr::bundledFont()
{
    QCOMPARE(reportFontFamily(), QStringLiteral("PartnerDesk DejaVu Sans"));
    QCOMPARE(QFontInfo(reportFont(9.5)).family(), reportFontFamily());
    QCOMPARE(QFontInfo(reportFont(9.5, true)).family(), reportFontFamily());
    QVERIFY(QFontInfo(reportFont(9.5, true)).bold());
}

void TestQbr::moneyFormats_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    const QString nb(QChar(0x00A0));
    QTest::newRow("en-usd") << "en" << qint64(123456) << "USD" << "$1,234.56";
    QTest::newRow("en-eur-negative") << "en" << qint64(-123456) << "EUR" << QStringLiteral("-€1,234.56");
    QTest::newRow("en-rub") << "en" << qint64(100000000) << "RUB" << QStringLiteral("RUB") + nb + QStringLiteral("1,000,000.00");
    // Spanish leaves four-digit whole parts ungrouped (CLDR), as core's Money::display does.
    QTest::newRow("es-eur") << "es" << qint64(123456789) << "EUR" << QStringLiteral("1.234.567,89") + nb + QStringLiteral("€");
    QTest::newRow("es-eur-small") << "es" << qint64(123456) << "EUR" << QStringLiteral("1234,56") + nb + QStringLiteral("€");
    QTest::newRow("es-usd") << "es" << qint64(5000000) << "USD" << QStringLiteral("50.000,00") + nb + QStringLiteral("US$");
    QTest::newRow("ru-rub") << "ru" << qint64(123456) << "RUB" << QStringLiteral("1") + nb + QStringLiteral("234,56") + nb + QStringLiteral("₽");
    QTest::newRow("ru-usd") << "ru" << qint64(123456) << "USD" << QStringLiteral("1") + nb + QStringLiteral("234,56") + nb + QStringLiteral("$");
}

void TestQbr::moneyFormats()
{
    QFETCH(QString, language);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const QbrData data;
    const QbrHtml html(data, QbrLanguage::localeFor(language));
    const Money money { minor, currency };
    QCOMPARE(html.money(money), expected);
    const QLocale locale = QbrLanguage::localeFor(language);
    const QString grouped = locale.language() == QLocale::English
        ? QStringLiteral("1,234,567")
        : QStringList { QStringLiteral("1"), QStringLiteral("234"), QStringLiteral("567") }.join(locale.groupSeparator());
    QCOMPARE(html.number(1234567), grouped);
}

void TestQbr::coreTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("date");
    const QString nb(QChar(0x00A0));
    QTest::newRow("en") << "en" << "30%" << "8/9/2022";
    QTest::newRow("es") << "es" << QStringLiteral("30") + nb + u'%' << "9/8/2022";
    QTest::newRow("ru") << "ru" << QStringLiteral("30") + nb + u'%' << "09.08.2022";
}

// The review shows core's texts (requirements, gaps) as they are: core writes percentages and
// dates as the review does, four-digit years and "30%" in English.
void TestQbr::coreTexts()
{
    QFETCH(QString, language);
    QFETCH(QString, percent);
    QFETCH(QString, date);
    const QbrLanguage scope(language);
    const QbrData data;
    const QbrHtml html(data, scope.locale());
    QCOMPARE(html.percent(3000), percent);
    QCOMPARE(html.date(QDate(2022, 8, 9)), date);
    Requirement growth;
    growth.metric = Metric::Growth;
    growth.percent = Rate::percent(30);
    const QString described = requirementText(growth, scope.text());
    QVERIFY2(described.contains(percent), qPrintable(described));
}

void TestQbr::fileNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "P-000001" << "Acme Corp" << "P-000001_Acme_Corp_2026-Q3.pdf";
    QTest::newRow("reserved-characters") << "P-2" << "A/B\\C:D*E?F\"G<H>I|J" << "P-2_A_B_C_D_E_F_G_H_I_J_2026-Q3.pdf";
    QTest::newRow("cyrillic") << "P-3" << QStringLiteral("ООО «Ромашка»") << QStringLiteral("P-3_ООО_Ромашка_2026-Q3.pdf");
    QTest::newRow("trailing-dots") << "P-4" << "Dots & Co..." << "P-4_Dots_Co_2026-Q3.pdf";
    QTest::newRow("device-name") << "" << "CON" << "partner_CON_2026-Q3.pdf";
    QTest::newRow("long") << "P-5" << QString(200, u'x') << QStringLiteral("P-5_") + QString(76, u'x') + QStringLiteral("_2026-Q3.pdf");
}

void TestQbr::fileNames()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(QbrBatch::fileNameFor(code, name, Quarter { 2026, 3 }), expected);
}

void TestQbr::batch()
{
    QbrRequest request;
    request.database = m_fixture.path;
    auto db = Database::open(m_fixture.path);
    QVERIFY(db.has_value());
    Store store(**db);
    const auto ids = QbrBatch::partnersOf(store, QString());
    QVERIFY(ids.has_value());
    QCOMPARE(ids->size(), m_partners);
    const auto program = QbrBatch::partnersOf(store, QStringLiteral("activation-credits"));
    QVERIFY(program.has_value() && !program->isEmpty() && program->size() < m_partners);
    request.partnerIds = *ids;
    request.quarter = m_fixture.quarter;
    request.language = QStringLiteral("es");
    request.issuedOn = QDate(2026, 10, 5);
    request.outDir = m_dir.filePath(QStringLiteral("batch"));
    request.threads = 2;
    int calls = 0;
    const auto result = QbrBatch::run(request, [&calls](int, int total) {
        ++calls;
        return total > 0;
    });
    QVERIFY(result.has_value());
    QVERIFY2(result->errors.isEmpty(), qPrintable(result->errors.join(u'\n')));
    QVERIFY(!result->cancelled);
    QVERIFY(calls > 0);
    QCOMPARE(result->files.size(), m_partners);
    QCOMPARE(QDir(request.outDir).entryList({ QStringLiteral("*.pdf") }).size(), m_partners);
    QString error;
    for (const QString &file : { result->files.first(), result->files.last() })
        QVERIFY2(runTool(QStringLiteral("pdfinfo"), { file }, &error).contains(QStringLiteral("(A4)")), qPrintable(error));
}

void TestQbr::batchCancel()
{
    auto db = Database::open(m_fixture.path);
    QVERIFY(db.has_value());
    Store store(**db);
    QbrRequest request;
    request.database = m_fixture.path;
    request.partnerIds = *QbrBatch::partnersOf(store, QString());
    request.quarter = m_fixture.quarter;
    request.outDir = m_dir.filePath(QStringLiteral("cancelled"));
    request.threads = 2;
    const auto result = QbrBatch::run(request, [](int, int) { return false; });
    QVERIFY(result.has_value());
    QVERIFY(result->cancelled);
    QVERIFY(result->files.size() < m_partners);
}

// Exchange rates that cannot be read stop the batch with the storage error, instead of reviews
// silently made without any conversion.
void TestQbr::batchWithoutExchangeRates()
{
    const QString path = m_dir.filePath(QStringLiteral("norates.sqlite"));
    QVERIFY(QFile::copy(m_fixture.path, path));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("norates"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY2(query.exec(QStringLiteral("DROP TABLE fx_rates")), qPrintable(query.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("norates"));
    QString expected;
    qint64 partner = 0;
    {
        auto db = Database::open(path);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message));
        Store store(**db);
        const auto rates = store.fxRates();
        QVERIFY(!rates.has_value());
        expected = rates.error().message;
        partner = QbrBatch::partnersOf(store, QString())->first();
    }
    QbrRequest request;
    request.database = path;
    request.partnerIds = { partner };
    request.quarter = m_fixture.quarter;
    request.outDir = m_dir.filePath(QStringLiteral("norates"));
    request.threads = 1;
    const auto result = QbrBatch::run(request);
    QVERIFY(result.has_value());
    QVERIFY(result->files.isEmpty());
    QCOMPARE(result->errors, QStringList { expected });
    QVERIFY(QDir(request.outDir).entryList({ QStringLiteral("*.pdf") }).isEmpty());
}

void TestQbr::missingPartner()
{
    auto db = Database::open(m_fixture.path);
    QVERIFY(db.has_value());
    Store store(**db);
    const auto data = QbrCollector::collect(store, ExchangeRates(), 987654, m_fixture.quarter, QDate(2026, 10, 5));
    QVERIFY(!data.has_value());
    QCOMPARE(data.error().code, Error::Code::NotFound);
}

// A review in Russian formats its money and dates in Russian on the threads bound to it, while the
// window's thread keeps the window's formats, during and after the export.
void TestQbr::windowKeepsItsFormats()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US"))); // the window's, whatever the machine's
    const QLocale before;
    const Money amount { 123456, QStringLiteral("RUB") };
    const QString english = amount.display();
    QString onWorker;
    QString onWindowDuring;
    {
        const QbrLanguage review(QStringLiteral("ru"), QbrLanguage::Bind::ScopesOnly);
        std::unique_ptr<QThread> worker(QThread::create([&] {
            const QbrLanguage::ThreadScope scope(review);
            onWorker = amount.display();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        onWindowDuring = amount.display();
        QCOMPARE(QLocale().language(), QLocale::English);
        {
            const QbrLanguage::ThreadScope scope(review); // a chart painted for the review
            QCOMPARE(formattingLocale().language(), QLocale::Russian);
        }
        QCOMPARE(formattingLocale().language(), QLocale::English);
    }
    QCOMPARE(onWorker, QStringLiteral("1\u00A0234,56\u00A0\u20BD"));
    QCOMPARE(onWindowDuring, english);
    QCOMPARE(english, QStringLiteral("RUB\u00A01,234.56"));
    QCOMPARE(QLocale(), before);
}


void TestQbr::returnsAndVoids_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("ru") << QStringLiteral("ru");
}

// Issue 15: a return is a negative line naming the original; a purchase returned in full makes no
// active customer; a voided sale is not in the review's figures.
void TestQbr::returnsAndVoids()
{
    QFETCH(QString, language);
    const QbrLanguage scope(language);
    const QString path = m_dir.filePath(QStringLiteral("returns-%1.pdk").arg(language));
    auto db = Database::create(path);
    QVERIFY(db.has_value());
    Store store(**db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    Partner p;
    p.code = QStringLiteral("P-R");
    p.name = QStringLiteral("Returns Ltd");
    p.country = QStringLiteral("RU");
    p.programKey = QStringLiteral("reseller-status");
    p.tierKey = QStringLiteral("certified");
    p.tierSince = QDate(2025, 1, 1);
    p.joinedOn = QDate(2024, 1, 1);
    const qint64 partner = *store.insertPartner(p);
    QList<qint64> customers;
    for (const char *code : { "C-R1", "C-R2", "C-R3" }) {
        Customer c;
        c.partnerId = partner;
        c.code = c.name = QString::fromLatin1(code);
        customers << *store.insertCustomer(c);
    }
    const auto add = [&](int customer, const QDate &on, int quantity, const QString &reference, qint64 returns = 0) {
        const auto id = sql::insertReturningId(**db,
            QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, "
                           "quantity, renewal, amount_minor, reference, returns_id) VALUES (?, ?, ?, 'ti', 10000000, "
                           "'RUB', ?, 0, ?, ?, ?)"),
            { partner, customers.at(customer), on.toString(Qt::ISODate), quantity, qint64(quantity) * 10000000, reference,
              returns ? QVariant(returns) : QVariant(QMetaType(QMetaType::LongLong)) });
        return id.value_or(0);
    };
    const qint64 kept = add(0, QDate(2026, 7, 15), 3, QStringLiteral("INV-1"));
    const qint64 returned = add(1, QDate(2026, 7, 20), 1, QStringLiteral("INV-2"));
    const qint64 voided = add(2, QDate(2026, 8, 1), 9, QStringLiteral("INV-3"));
    QVERIFY(kept && returned && voided);
    QVERIFY(add(0, QDate(2026, 8, 10), -1, QStringLiteral("CN-1"), kept));
    QVERIFY(add(1, QDate(2026, 9, 1), -1, QStringLiteral("CN-2"), returned));
    QVERIFY(sql::exec(**db, QStringLiteral("UPDATE sales SET voided_at = '2026-09-02T08:00:00.000Z', voided_by = 'test', "
                                           "void_reason = 'typo' WHERE id = ?"), { voided }));

    const auto data = QbrCollector::collect(store, ExchangeRates(), partner, m_fixture.quarter, QDate(2026, 10, 5));
    QVERIFY2(data.has_value(), data ? "" : qPrintable(data.error().message));
    QCOMPARE(data->revenueQuarter.minor, qint64(20000000)); // 400,000 sold, 200,000 returned; 900,000 voided
    QCOMPARE(data->activeCustomers, 1);                     // C-R2 returned everything; C-R3's sale is voided
    QCOMPARE(data->returns.size(), 2);
    QCOMPARE(data->totals.value(0).rewards.minor, qint64(6000000)); // 30 % of the net 200,000
    const QString file = m_dir.filePath(QStringLiteral("returns-%1.pdf").arg(language));
    QVERIFY(QbrWriter::write(*data, scope.locale(), QbrWriter::defaultPaper(scope.locale()), file).has_value());
    QString error;
    const QString text = normalised(
        runTool(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") }, &error));
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    const QbrHtml html(*data, scope.locale());
    for (const QString &word : { QbrHtml::tr("Returns in %1").arg(m_fixture.quarter.text()), QStringLiteral("CN-1"),
                                 QStringLiteral("CN-2"), QbrHtml::tr("%1 of %2").arg(QStringLiteral("INV-1"), html.date(QDate(2026, 7, 15))),
                                 html.money(Money { -10000000, QStringLiteral("RUB") }),
                                 html.money(Money { -3000000, QStringLiteral("RUB") }) })
        QVERIFY2(text.contains(normalised(word)), qPrintable(QStringLiteral("\"%1\" missing").arg(word)));
    QVERIFY(!text.contains(QStringLiteral("INV-3")));
}

QTEST_MAIN(TestQbr)
#include "tst_qbr.moc"
