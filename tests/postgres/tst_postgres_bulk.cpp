// Bulk paths on the team database (issue 22): sales imported through COPY write what the
// row-by-row path writes, byte for byte once exported; a line the server refuses, a cancel
// midway and a rep's import write nothing; another client writes beside an import.
#include "generate/generator.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "pgtest.h"
#include "storage/pgcopy.h"
#include "storage/store.h"
#include "storage/teamroles.h"

#include <QBuffer>
#include <QTest>

using namespace pd;

namespace
{

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    return u'"' + QString(value).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// `lines` sales lines of P-1 (customer C-1) and P-2 (C-2) whose references hold what COPY's
// text format escapes (tabs, backslashes, newlines) and what CSV quotes, Cyrillic among them;
// every 13th line returns the one before it. `tag` keeps references apart between files.
QByteArray salesFile(int lines, const QString &tag)
{
    QString out = QStringLiteral("date,partner,customer,product_line,unit_price,currency,quantity,renewal,reference,returns\n");
    for (int i = 1; i <= lines; ++i) {
        const bool second = i % 2 == 0;
        const QString partner = second ? QStringLiteral("P-2") : QStringLiteral("P-1");
        const QString customer = second ? QStringLiteral("C-2") : QStringLiteral("C-1");
        const QString currency = i % 3 == 0 ? QStringLiteral("JPY") : QStringLiteral("USD");
        const QString price = currency == QLatin1StringView("JPY") ? QString::number(1000 + i) : QStringLiteral("%1.%2").arg(10 + i % 90).arg(i % 100, 2, 10, QLatin1Char('0'));
        QString reference;
        switch (i % 6) {
        case 0: reference = QStringLiteral("%1-Реф №%2").arg(tag).arg(i); break;
        case 1: reference = QStringLiteral("%1 \"quoted\", %2").arg(tag).arg(i); break;
        case 2: reference = QStringLiteral("%1\ttab\\back\\%2").arg(tag).arg(i); break;
        case 3: reference = QStringLiteral("%1 line\nbreak %2").arg(tag).arg(i); break;
        case 4: reference = QStringLiteral("=%1+%2").arg(tag).arg(i); break; // a formula, as a file may hold
        default: reference = QStringLiteral("%1-%2").arg(tag).arg(i); break;
        }
        const QString date = QDate(2026, 1, 1).addDays(i % 200).toString(Qt::ISODate);
        out += QStringList { date, partner, customer, QStringLiteral("ti"), price, currency, QString::number(1 + i % 4),
                             i % 5 == 0 ? QStringLiteral("yes") : QStringLiteral("no"), csvField(reference), QString() }
                   .join(u',')
            + u'\n';
        // A return of the line just written: same partner, customer, line, price and currency.
        if (i % 13 == 0)
            out += QStringList { date, partner, customer, QStringLiteral("ti"), price, currency, QStringLiteral("-1"),
                                 QStringLiteral("no"), csvField(reference + QStringLiteral("/R")), csvField(reference) }
                       .join(u',')
                + u'\n';
    }
    return out.toUtf8();
}

QByteArray exportSales(Store &store)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const auto n = Exporter(store).exportDevice(CsvKind::Sales, &buffer);
    return n ? bytes : QByteArray("export failed: ") + n.error().message.toUtf8();
}

// Restores COPY at the end of a scope that turned it off.
struct CopyOff {
    CopyOff() { sql::PgCopy::setEnabled(false); }
    ~CopyOff() { sql::PgCopy::setEnabled(true); }
};

} // namespace

Result<ImportResult> importSales(Store &store, const QByteArray &bytes, const ProgressFn &progress, std::optional<bool> bulk)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Importer importer(store);
    importer.setProgress(progress);
    importer.setBulk(bulk);
    return importer.importDevice(CsvKind::Sales, &buffer, QStringLiteral("sales.csv"));
}

void TestPostgres::bulkDatabase(const QString &name)
{
    auto db = open(createDatabase(name));
    QVERIFY(db);
    Store store(*db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    const qint64 p1 = *store.insertPartner(samplePartner(QStringLiteral("P-1")));
    const qint64 p2 = *store.insertPartner(samplePartner(QStringLiteral("P-2")));
    QVERIFY(store.insertCustomer(Customer { 0, p1, QStringLiteral("C-1"), QStringLiteral("One"), {} }).has_value());
    QVERIFY(store.insertCustomer(Customer { 0, p2, QStringLiteral("C-2"), QStringLiteral("Two"), {} }).has_value());
    QVERIFY(sql::PgCopy::available(*db));
}

void TestPostgres::bulkImportMatchesRowByRow()
{
    bulkDatabase(QStringLiteral("bulk_copy"));
    bulkDatabase(QStringLiteral("bulk_rows"));
    // More than one COPY batch (a few MB each).
    const QByteArray file = salesFile(60000, QStringLiteral("A"));
    auto copied = open(url(QStringLiteral("bulk_copy")));
    auto rows = open(url(QStringLiteral("bulk_rows")));
    QVERIFY(copied && rows);
    Store copyStore(*copied);
    Store rowStore(*rows);
    const auto viaCopy = importSales(copyStore, file);
    QVERIFY2(viaCopy.has_value(), qPrintable(viaCopy ? QString() : viaCopy.error().message.left(2000)));
    {
        CopyOff off;
        QVERIFY(!sql::PgCopy::available(*rows));
        const auto viaRows = importSales(rowStore, file);
        QVERIFY2(viaRows.has_value(), qPrintable(viaRows ? QString() : viaRows.error().message.left(2000)));
        QCOMPARE(viaCopy->rows, viaRows->rows);
    }
    QCOMPARE(viaCopy->rows, qint64(60000 + 60000 / 13));
    // The same lines, each return naming its line; read through COPY and through QSqlQuery.
    const QString content = QStringLiteral(
        "SELECT md5(string_agg(concat_ws('|', s.partner_id, s.customer_id, s.sold_on, s.product_line, "
        "s.unit_price_minor, s.currency, s.quantity, s.renewal, s.amount_minor, s.reference, r.reference), '#' "
        "ORDER BY s.reference)) FROM sales s LEFT JOIN sales r ON r.id = s.returns_id");
    QCOMPARE(psql(QStringLiteral("bulk_copy"), content), psql(QStringLiteral("bulk_rows"), content));
    const QByteArray exported = exportSales(copyStore);
    QVERIFY(exported.contains("\"A line\nbreak 3\""));
    QVERIFY(exported.contains(QStringLiteral("A-Реф №6").toUtf8()));
    QVERIFY(exported.contains("A\ttab\\back\\2,"));
    {
        CopyOff off;
        QCOMPARE(exportSales(rowStore), exported);
        QCOMPARE(exportSales(copyStore), exported);
    }
    QCOMPARE(exportSales(rowStore), exported);
    // Again, in bulk (every stored line read once through COPY) and line by line: all present.
    const auto present = importSales(copyStore, file, {}, true);
    QVERIFY2(present.has_value(), qPrintable(present ? QString() : present.error().message.left(2000)));
    QCOMPARE(present->alreadyPresent, viaCopy->rows);
    QCOMPARE(present->rows, qint64(0));
    {
        CopyOff off;
        const auto presentToo = importSales(rowStore, file);
        QVERIFY(presentToo.has_value());
        QCOMPARE(presentToo->alreadyPresent, viaCopy->rows);
    }
    // A line changed since is no longer the same line: refused, naming the difference.
    QByteArray edited = file;
    const qsizetype at = edited.indexOf(",A-5,");
    QVERIFY(at > 0);
    const qsizetype priceStart = edited.lastIndexOf(",ti,", at) + 4;
    edited.insert(priceStart, "1");
    const auto conflict = importSales(copyStore, edited);
    QVERIFY(!conflict.has_value());
    QVERIFY2(conflict.error().message.contains(QStringLiteral("A-5")), qPrintable(conflict.error().message.left(2000)));
    // Offline copies find every new line in the change log: once each, whichever path wrote it.
    const QString logged = QStringLiteral("SELECT count(DISTINCT row_id) || ' ' || count(*) FROM change_log WHERE table_name = 'sales'");
    QCOMPARE(psql(QStringLiteral("bulk_copy"), logged), QStringLiteral("%1 %1").arg(viaCopy->rows));
    QCOMPARE(psql(QStringLiteral("bulk_rows"), logged), QStringLiteral("%1 %1").arg(viaCopy->rows));
}

void TestPostgres::bulkImportRefusedWritesNothing()
{
    bulkDatabase(QStringLiteral("bulk_refused"));
    auto db = open(url(QStringLiteral("bulk_refused")));
    QVERIFY(db);
    Store store(*db);
    QVERIFY(importSales(store, salesFile(100, QStringLiteral("OLD"))).has_value());
    const QString counts = QStringLiteral("SELECT (SELECT count(*) FROM sales) || ' ' || (SELECT count(*) FROM change_log)");
    const QString before = psql(QStringLiteral("bulk_refused"), counts);
    // The server refuses one line deep in the second COPY batch: a rule the client does not know.
    psql(QStringLiteral("bulk_refused"),
         QStringLiteral("ALTER TABLE sales ADD CONSTRAINT test_refuse CHECK (reference <> 'B-50003')"));
    const QByteArray file = salesFile(60000, QStringLiteral("B"));
    // The line its record starts on, counting the lines inside quoted fields.
    const qsizetype at = file.indexOf(",B-50003,");
    QVERIFY(at > 0);
    const qsizetype line = file.left(file.lastIndexOf('\n', at) + 1).count('\n') + 1;
    const auto refused = importSales(store, file);
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("sales.csv:%1: the database refused the record").arg(line)),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("test_refuse")), qPrintable(refused.error().message));
    QCOMPARE(psql(QStringLiteral("bulk_refused"), counts), before);
    psql(QStringLiteral("bulk_refused"), QStringLiteral("ALTER TABLE sales DROP CONSTRAINT test_refuse"));

    // Cancelled once a batch went to the server (its last statement a COPY): nothing stays.
    bool sentSome = false;
    const auto cancelled = importSales(store, file, [&](qint64, qint64) {
        sentSome = psql(QStringLiteral("postgres"),
                        QStringLiteral("SELECT count(*) > 0 FROM pg_stat_activity WHERE datname = 'bulk_refused' "
                                       "AND query LIKE 'COPY sales%'")) == QStringLiteral("t");
        return !sentSome;
    });
    QVERIFY(!cancelled.has_value());
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    QVERIFY(sentSome);
    QCOMPARE(psql(QStringLiteral("bulk_refused"), counts), before);
    // And the whole file once more, now that nothing refuses it.
    const auto imported = importSales(store, file);
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().message.left(2000)));
    QCOMPARE(imported->rows, qint64(60000 + 60000 / 13));
}

void TestPostgres::bulkImportBesideAnotherWriter()
{
    bulkDatabase(QStringLiteral("bulk_beside"));
    auto db = open(url(QStringLiteral("bulk_beside")));
    auto other = open(url(QStringLiteral("bulk_beside")));
    QVERIFY(db && other);
    Store store(*db);
    Store otherStore(*other);
    bool wrote = false;
    // Midway through the import, another client imports its own lines and commits: it does not
    // wait for the import, and the import's ids, taken from the same sequence, never meet its own.
    const auto imported = importSales(store, salesFile(30000, QStringLiteral("C")), [&](qint64 done, qint64 total) {
        if (!wrote && done > total / 2) {
            const auto beside = importSales(otherStore, salesFile(300, QStringLiteral("D")));
            wrote = beside.has_value();
            if (!beside)
                qWarning("%s", qPrintable(beside.error().message.left(500)));
        }
        return true;
    });
    QVERIFY(wrote);
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().message.left(2000)));
    QCOMPARE(psql(QStringLiteral("bulk_beside"),
                  QStringLiteral("SELECT count(*) || ' ' || count(DISTINCT id) || ' ' || count(*) FILTER (WHERE reference LIKE '%D%') FROM sales")),
             QStringLiteral("%1 %1 %2").arg(30000 + 30000 / 13 + 300 + 300 / 13).arg(300 + 300 / 13));
}

void TestPostgres::bulkImportRefusedToRep()
{
    bulkDatabase(QStringLiteral("bulk_rep"));
    {
        auto owner = open(url(QStringLiteral("bulk_rep")));
        QVERIFY(owner);
        QVERIFY(createTeamRoles(*owner).has_value());
        psql(QStringLiteral("postgres"),
             QStringLiteral("DROP ROLE IF EXISTS bulkrep; CREATE ROLE bulkrep LOGIN PASSWORD 'rep-secret'"));
        QVERIFY(grantTeamRole(*owner, QStringLiteral("bulkrep"), TeamRole::Rep).has_value());
    }
    auto rep = open(url(QStringLiteral("bulk_rep"), QStringLiteral("bulkrep")),
                    Database::Options { Database::Access::ReadWrite, QStringLiteral("rep-secret") });
    QVERIFY(rep);
    QVERIFY(sql::PgCopy::available(*rep));
    Store store(*rep);
    const auto refused = importSales(store, salesFile(5000, QStringLiteral("E")));
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QCOMPARE(psql(QStringLiteral("bulk_rep"), QStringLiteral("SELECT count(*) FROM sales")), QStringLiteral("0"));
    // The rep still reads through COPY: the export works and is empty.
    QCOMPARE(exportSales(store).count('\n'), 1);

    // Nor may a rep generate data into an empty team database (its rows go through COPY too).
    {
        auto owner = open(createDatabase(QStringLiteral("bulk_rep_gen")));
        QVERIFY(owner);
        QVERIFY(createTeamRoles(*owner).has_value());
        QVERIFY(grantTeamRole(*owner, QStringLiteral("bulkrep"), TeamRole::Rep).has_value());
    }
    auto repGen = open(url(QStringLiteral("bulk_rep_gen"), QStringLiteral("bulkrep")),
                       Database::Options { Database::Access::ReadWrite, QStringLiteral("rep-secret") });
    QVERIFY(repGen);
    Store genStore(*repGen);
    GenerateOptions options;
    options.partners = 50;
    options.sales = 500;
    options.today = QDate(2026, 9, 30);
    const auto generated = generate(genStore, options);
    QVERIFY(!generated.has_value());
    QCOMPARE(generated.error().code, Error::Code::PermissionDenied);
    QCOMPARE(psql(QStringLiteral("bulk_rep_gen"),
                  QStringLiteral("SELECT (SELECT count(*) FROM partners) + (SELECT count(*) FROM sales) + "
                                 "(SELECT count(*) FROM programs)")),
             QStringLiteral("0"));
}

void TestPostgres::datesBecomeDates()
{
    // A version-9 team database keeps its dates as text; opening it upgrades them to dates, the
    // values unchanged and a value that is no date from then on refused by the server.
    const QString location = createDatabase(QStringLiteral("dates"));
    {
        auto old = Database::openAtVersion(location, 9);
        QVERIFY2(old.has_value(), qPrintable(old ? QString() : old.error().message));
        Store store(**old);
        QVERIFY(store.installBuiltinPrograms().has_value());
        const qint64 p = *store.insertPartner(samplePartner(QStringLiteral("P-1")));
        QVERIFY(store.insertCustomer(Customer { 0, p, QStringLiteral("C-1"), QStringLiteral("One"), {} }).has_value());
    }
    const QString typeOf = QStringLiteral(
        "SELECT string_agg(table_name || '.' || column_name || ' ' || data_type, ', ' ORDER BY table_name, column_name) "
        "FROM information_schema.columns WHERE table_schema = 'public' AND (table_name, column_name) IN (('sales', "
        "'sold_on'), ('partners', 'joined_on'), ('nfr_keys', 'valid_until'), ('partners', 'tier_since'), ('fx_rates', "
        "'rate_date'), ('payout_events', 'recorded_at'))");
    QCOMPARE(psql(QStringLiteral("dates"), typeOf),
             QStringLiteral("fx_rates.rate_date text, nfr_keys.valid_until text, partners.joined_on text, "
                            "partners.tier_since text, payout_events.recorded_at text, sales.sold_on text"));
    psql(QStringLiteral("dates"), QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, product_line, "
                                                 "unit_price_minor, currency, quantity, renewal, amount_minor, reference) "
                                                 "SELECT p.id, c.id, '2026-02-28', 'ti', 100, 'USD', 1, 0, 100, 'R-1' "
                                                 "FROM partners p, customers c"));
    // A text that is no date stops the upgrade, named, and leaves version 9 as it was.
    psql(QStringLiteral("dates"), QStringLiteral("ALTER TABLE sales DISABLE TRIGGER USER; UPDATE sales SET sold_on = "
                                                 "'28/02/2026'; ALTER TABLE sales ENABLE TRIGGER USER"));
    {
        const auto refused = Database::open(location);
        QVERIFY(!refused.has_value());
        QVERIFY2(refused.error().message.contains(QStringLiteral("sales.sold_on holds \"28/02/2026\", which is not a date")),
                 qPrintable(refused.error().message));
    }
    QCOMPARE(psql(QStringLiteral("dates"), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
             QStringLiteral("9"));
    psql(QStringLiteral("dates"), QStringLiteral("ALTER TABLE sales DISABLE TRIGGER USER; UPDATE sales SET sold_on = "
                                                 "'2026-02-28'; ALTER TABLE sales ENABLE TRIGGER USER"));
    auto db = open(location);
    QVERIFY(db);
    QCOMPARE(psql(QStringLiteral("dates"), typeOf),
             QStringLiteral("fx_rates.rate_date date, nfr_keys.valid_until date, partners.joined_on date, "
                            "partners.tier_since date, payout_events.recorded_at text, sales.sold_on date"));
    QCOMPARE(psql(QStringLiteral("dates"), QStringLiteral("SELECT sold_on || ' ' || joined_on FROM sales, partners")),
             QStringLiteral("2026-02-28 2024-06-01"));
    Store store(*db);
    QCOMPARE(store.partner(store.partnerRefsByCode()->value(QStringLiteral("P-1")).id)->joinedOn, QDate(2024, 6, 1));
    QCOMPARE(exportSales(store).split('\n').value(1).left(25), QByteArray("2026-02-28,P-1,C-1,ti,1.0"));
    // The server now checks every date written, whoever writes it.
    QVERIFY(psql(QStringLiteral("dates"), QStringLiteral("INSERT INTO fx_rates (rate_date, base, quote, rate_micros) "
                                                         "VALUES ('2026-02-30', 'USD', 'EUR', 1) RETURNING 1"))
                .isEmpty());
}
