#include "qbrfixture.h"

#include "generate/generator.h"
#include "licensing/creditservice.h"
#include "licensing/licenceservice.h"
#include "storage/database.h"
#include "storage/licencestore.h"
#include "storage/store.h"

#include <QProcess>
#include <QRegularExpression>

using namespace pd;

bool QbrFixture::build(const QTemporaryDir &dir, int partners, qint64 sales)
{
    path = dir.filePath(QStringLiteral("qbr.pdk"));
    auto db = Database::create(path);
    if (!db) {
        error = db.error().message;
        return false;
    }
    Store store(**db);
    GenerateOptions options;
    options.partners = partners;
    options.sales = sales;
    options.seed = 11;
    options.today = QDate(2026, 10, 5);
    if (auto done = generate(store, options); !done) {
        error = done.error().message;
        return false;
    }
    const auto rows = store.partnerRows();
    if (!rows) {
        error = rows.error().message;
        return false;
    }
    for (const PartnerRow &r : *rows) {
        if (!resellerPartner && r.programKey == QLatin1StringView("reseller-status"))
            resellerPartner = r.id;
        if (!creditPartner && r.programKey == QLatin1StringView("activation-credits"))
            creditPartner = r.id;
    }
    if (!resellerPartner || !creditPartner) {
        error = QStringLiteral("the generator made no reseller or credit partner");
        return false;
    }

    const auto customers = store.customers(resellerPartner);
    if (!customers || customers->isEmpty()) {
        error = QStringLiteral("the reseller partner has no customers");
        return false;
    }
    Licence l;
    l.partnerId = resellerPartner;
    l.customerId = customers->first().id;
    l.productLine = QStringLiteral("ti");
    l.product = renewalProduct = QStringLiteral("Secure Backup Server");
    l.seats = 25;
    l.soldOn = QDate(2025, 11, 10);
    l.startsOn = QDate(2025, 11, 15);
    l.endsOn = QDate(2026, 11, 14);
    l.unitPrice = Money { 1234567, QStringLiteral("RUB") };
    LicenceService licences(store);
    if (auto r = licences.recordResale(l); !r) {
        error = QStringLiteral("licence: ") + r.error().message;
        return false;
    }

    NfrKey key;
    key.partnerId = resellerPartner;
    key.serial = nfrSerial = QStringLiteral("NFR-TEST-0001");
    key.tierKey = QStringLiteral("certified");
    key.product = QStringLiteral("Secure Backup Server");
    key.issuedOn = QDate(2025, 12, 1);
    key.validUntil = QDate(2026, 11, 30);
    key.token = QStringLiteral("test-token");
    key.signerKeyId = QStringLiteral("test");
    key.issuedBy = QStringLiteral("test");
    LicenceStore licenceStore(**db);
    if (auto r = licenceStore.insertNfrKey(key); !r) {
        error = QStringLiteral("nfr: ") + r.error().message;
        return false;
    }

    CreditService credits(store);
    if (auto r = credits.buy(creditPartner, 5000, std::nullopt, QDate(2026, 6, 20), QStringLiteral("test")); !r) {
        error = QStringLiteral("credits: ") + r.error().message;
        return false;
    }
    if (auto r = credits.buy(creditPartner, 1200, std::nullopt, QDate(2026, 8, 3), QStringLiteral("test")); !r) {
        error = QStringLiteral("credits: ") + r.error().message;
        return false;
    }
    const auto creditCustomers = store.customers(creditPartner);
    if (creditCustomers && !creditCustomers->isEmpty()) {
        if (auto r = credits.consume(creditPartner, 700, creditCustomers->first().id, QDate(2026, 9, 14),
                                     QStringLiteral("test"));
            !r) {
            error = QStringLiteral("credits: ") + r.error().message;
            return false;
        }
    }
    return true;
}

QString runTool(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = program + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString normalised(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}\\x{202F}\\x{2009}]+"));
    QString s = text;
    return s.replace(spaces, QStringLiteral(" "));
}
