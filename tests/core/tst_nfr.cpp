// NFR demo keys: entitlements per program and tier, refusal and manager override, Ed25519
// signing and offline verification (altered, forged, expired, revoked keys), the signing key
// file, and that NFR keys never earn rewards.
#include "dates.h"
#include "licensing/entitlements.h"
#include "licensing/nfrservice.h"
#include "licensing/nfrtoken.h"
#include "licensing/vendorkey.h"
#include "licensingfixture.h"
#include "statement.h"
#include "storage/licencestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const Program &preset(const QString &key)
{
    static const QList<Program> all = builtinPrograms();
    for (const Program &p : all) {
        if (p.key == key)
            return p;
    }
    qFatal("no preset %s", qPrintable(key));
}

NfrClaims sampleClaims()
{
    NfrClaims c;
    c.serial = QStringLiteral("NFR-0000-0000-0000-0001");
    c.partnerCode = QStringLiteral("P-1");
    c.partnerName = QStringLiteral("Партнёр «Север»");
    c.programKey = QStringLiteral("reseller-status");
    c.tierKey = QStringLiteral("certified");
    c.product = QStringLiteral("Backup Suite");
    c.modules = QStringList { QStringLiteral("dedup"), QStringLiteral("cloud") };
    c.issuedOn = QDate(2026, 3, 1);
    c.validUntil = QDate(2027, 2, 28);
    c.modulesUntil = QDate(2026, 3, 30);
    return c;
}

VendorKey newKey()
{
    auto k = VendorKey::generate();
    if (!k)
        qFatal("%s", qPrintable(k.error().message));
    return *k;
}

// The same token with the character at `pos` replaced by another one of the base64url alphabet.
QString withCharChanged(const QString &token, qsizetype pos)
{
    QString t = token;
    const QChar c = t.at(pos);
    t[pos] = c == u'A' ? u'B' : u'A';
    return t;
}

} // namespace

Q_DECLARE_METATYPE(pd::NfrEntitlement::Kind)
Q_DECLARE_METATYPE(pd::NfrStatus)

class TestNfr final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void entitlementPerTier_data();
    void entitlementPerTier();
    void excess_data();
    void excess();

    void signedTokenVerifies();
    void everyChangedCharacterIsRejected();
    void editedPayloadIsRejected();
    void otherKeyPairIsRejected();
    void malformedTokens_data();
    void malformedTokens();
    void expiryAndModules_data();
    void expiryAndModules();

    void issueWithinEntitlement();
    void refusedBeyondEntitlementUnlessOverridden();
    void onRequestTierNeedsOverride();
    void revokedKeyFreesEntitlementAndFailsVerification();
    void publicOnlyKeyCannotIssue();
    void nfrKeysNeverEarnRewards();

    void keyFileCreatedOnceWithOwnerOnlyPermissions();
    void keyExportImport();
    void keyExportWithPassphrase();
    void secretNeverInDatabase();

private:
    NfrIssueRequest request(qint64 partner, const QDate &on = QDate(2026, 3, 1)) const;

    QTemporaryDir m_keys;
    std::optional<VendorKey> m_key;
    LicensingFixture f;
};

void TestNfr::initTestCase()
{
    QVERIFY(m_keys.isValid());
    auto k = VendorKey::loadOrCreate(m_keys.path());
    QVERIFY2(k.has_value(), k ? "" : qPrintable(k.error().message));
    m_key = *k;
}

void TestNfr::init()
{
    QVERIFY(f.open());
}

void TestNfr::cleanup()
{
    f.close();
}

NfrIssueRequest TestNfr::request(qint64 partner, const QDate &on) const
{
    NfrIssueRequest r;
    r.partnerId = partner;
    r.product = QStringLiteral("Backup Suite");
    r.modules = QStringList { QStringLiteral("dedup") };
    r.issuedOn = on;
    r.issuedBy = QStringLiteral("test");
    return r;
}

void TestNfr::entitlementPerTier_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<NfrEntitlement::Kind>("kind");
    QTest::addColumn<int>("licences");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("addonDays");
    // PROGRAMS.md §1: on request / 1 / 2 unlimited licences valid one year, add-ons for 30 days.
    QTest::newRow("reseller authorized") << "reseller-status"
                                         << "authorized" << NfrEntitlement::Kind::OnRequest << 0 << 0 << 0;
    QTest::newRow("reseller certified") << "reseller-status"
                                        << "certified" << NfrEntitlement::Kind::Count << 1 << 12 << 30;
    QTest::newRow("reseller privileged") << "reseller-status"
                                         << "privileged" << NfrEntitlement::Kind::Count << 2 << 12 << 30;
    QTest::newRow("reseller unknown tier") << "reseller-status"
                                           << "platinum" << NfrEntitlement::Kind::None << 0 << 0 << 0;
    QTest::newRow("credits authorized") << "activation-credits"
                                        << "authorized" << NfrEntitlement::Kind::None << 0 << 0 << 0;
    QTest::newRow("credits strategic") << "activation-credits"
                                       << "strategic" << NfrEntitlement::Kind::None << 0 << 0 << 0;
    QTest::newRow("revenue-band strategic") << "revenue-band"
                                            << "strategic" << NfrEntitlement::Kind::None << 0 << 0 << 0;
    QTest::newRow("marketplace") << "marketplace-developer"
                                 << "regional_partner" << NfrEntitlement::Kind::None << 0 << 0 << 0;
}

void TestNfr::entitlementPerTier()
{
    QFETCH(QString, program);
    QFETCH(QString, tier);
    QFETCH(NfrEntitlement::Kind, kind);
    QFETCH(int, licences);
    QFETCH(int, months);
    QFETCH(int, addonDays);
    const NfrEntitlement e = nfrEntitlement(preset(program), tier);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.licences, licences);
    QCOMPARE(e.validMonths, months);
    QCOMPARE(e.addonDays, addonDays);
}

void TestNfr::excess_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("active");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("addonDays");
    QTest::addColumn<QStringList>("mentions"); // one entry per expected reason
    QTest::newRow("certified first key") << "certified" << 0 << 12 << 30 << QStringList {};
    QTest::newRow("certified shorter terms") << "certified" << 0 << 6 << 0 << QStringList {};
    QTest::newRow("certified second key")
        << "certified" << 1 << 12 << 30 << QStringList { "allows 1 NFR key" };
    QTest::newRow("certified two years")
        << "certified" << 0 << 24 << 30 << QStringList { "valid for 12 month" };
    QTest::newRow("certified 60 add-on days") << "certified" << 0 << 12 << 60 << QStringList { "for 30 day" };
    QTest::newRow("certified all three")
        << "certified" << 1 << 24 << 60 << QStringList { "allows 1", "not 24", "not 60" };
    QTest::newRow("privileged second key") << "privileged" << 1 << 12 << 30 << QStringList {};
    QTest::newRow("privileged third key")
        << "privileged" << 2 << 12 << 30 << QStringList { "allows 2 NFR key" };
    QTest::newRow("authorized on request")
        << "authorized" << 0 << 12 << 30 << QStringList { "on request only" };
}

void TestNfr::excess()
{
    QFETCH(QString, tier);
    QFETCH(int, active);
    QFETCH(int, months);
    QFETCH(int, addonDays);
    QFETCH(QStringList, mentions);
    const Program &p = preset(QStringLiteral("reseller-status"));
    const QStringList reasons
        = nfrExcess(nfrEntitlement(p, tier), p.tier(tier)->name, active, NfrTerms { months, addonDays });
    QCOMPARE(reasons.size(), mentions.size());
    for (qsizetype i = 0; i < mentions.size(); ++i)
        QVERIFY2(reasons.at(i).contains(mentions.at(i)), qPrintable(reasons.at(i)));
}

void TestNfr::signedTokenVerifies()
{
    const auto token = signNfrToken(sampleClaims(), *m_key);
    QVERIFY(token.has_value());
    QVERIFY(token->startsWith(QLatin1StringView("PDNFR1.")));
    const NfrVerification v = verifyNfrToken(*token, *m_key, QDate(2026, 3, 10));
    QCOMPARE(v.status, NfrStatus::Valid);
    QVERIFY(v.modulesEnabled);
    QCOMPARE(v.claims.serial, sampleClaims().serial);
    QCOMPARE(v.claims.partnerName, sampleClaims().partnerName); // non-ASCII survives
    QCOMPARE(v.claims.modules, sampleClaims().modules);
    QCOMPARE(v.claims.validUntil, QDate(2027, 2, 28));
    QCOMPARE(v.claims.keyId, m_key->keyId());
    // Whitespace around a pasted key is not part of it.
    QCOMPARE(verifyNfrToken(QStringLiteral("  ") + *token + QStringLiteral("\n"), *m_key, QDate(2026, 3, 10))
                 .status,
        NfrStatus::Valid);
}

void TestNfr::everyChangedCharacterIsRejected()
{
    const QString token = *signNfrToken(sampleClaims(), *m_key);
    for (qsizetype pos = 0; pos < token.size(); ++pos) {
        if (token.at(pos) == u'.')
            continue;
        const NfrVerification v = verifyNfrToken(withCharChanged(token, pos), *m_key, QDate(2026, 3, 10));
        QVERIFY2(v.status == NfrStatus::Invalid, qPrintable(QStringLiteral("position %1 accepted").arg(pos)));
    }
}

void TestNfr::editedPayloadIsRejected()
{
    // A forger decodes the payload, extends the validity, encodes it properly and keeps the
    // signature: the signature no longer matches.
    const QString token = *signNfrToken(sampleClaims(), *m_key);
    const QStringList parts = token.split(u'.');
    QCOMPARE(parts.size(), 3);
    const auto opts = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), opts);
    QVERIFY(payload.contains("2027-02-28"));
    payload.replace("2027-02-28", "2037-02-28");
    const QString forged
        = parts.at(0) + u'.' + QString::fromLatin1(payload.toBase64(opts)) + u'.' + parts.at(2);
    const NfrVerification v = verifyNfrToken(forged, *m_key, QDate(2030, 1, 1));
    QCOMPARE(v.status, NfrStatus::Invalid);
    QVERIFY(v.reason.contains(QLatin1StringView("signature")));
    QVERIFY(v.claims.serial.isEmpty()); // nothing of an unverified payload is reported
}

void TestNfr::otherKeyPairIsRejected()
{
    const VendorKey other = newKey();
    QVERIFY(other.publicKey() != m_key->publicKey());
    const QString token = *signNfrToken(sampleClaims(), other);
    QCOMPARE(verifyNfrToken(token, other, QDate(2026, 3, 10)).status, NfrStatus::Valid);
    const NfrVerification v = verifyNfrToken(token, *m_key, QDate(2026, 3, 10));
    QCOMPARE(v.status, NfrStatus::Invalid);
    QVERIFY(v.reason.contains(m_key->keyId()));
    // The signature of one key grafted onto the payload of another is rejected too.
    const QString mine = *signNfrToken(sampleClaims(), *m_key);
    const QString grafted = mine.section(u'.', 0, 1) + u'.' + token.section(u'.', 2);
    QCOMPARE(verifyNfrToken(grafted, *m_key, QDate(2026, 3, 10)).status, NfrStatus::Invalid);
}

void TestNfr::malformedTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << "hello world";
    QTest::newRow("wrong prefix") << "PDNFR2.e30.AAAA";
    QTest::newRow("two parts") << "PDNFR1.e30";
    QTest::newRow("padding") << "PDNFR1.e30=.AAAA";
    QTest::newRow("short signature") << "PDNFR1.e30.AAAA";
    QTest::newRow("standard base64 chars") << "PDNFR1.e3+/.AAAA";
}

void TestNfr::malformedTokens()
{
    QFETCH(QString, token);
    const NfrVerification v = verifyNfrToken(token, *m_key, QDate(2026, 3, 10));
    QCOMPARE(v.status, NfrStatus::Invalid);
    QVERIFY(!v.reason.isEmpty());
}

void TestNfr::expiryAndModules_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<NfrStatus>("status");
    QTest::addColumn<bool>("modules");
    QTest::newRow("before issue") << QDate(2026, 2, 28) << NfrStatus::NotYetValid << false;
    QTest::newRow("issue day") << QDate(2026, 3, 1) << NfrStatus::Valid << true;
    QTest::newRow("30th day of modules") << QDate(2026, 3, 30) << NfrStatus::Valid << true;
    QTest::newRow("31st day: modules off") << QDate(2026, 3, 31) << NfrStatus::Valid << false;
    QTest::newRow("last valid day") << QDate(2027, 2, 28) << NfrStatus::Valid << false;
    QTest::newRow("expired") << QDate(2027, 3, 1) << NfrStatus::Expired << false;
}

void TestNfr::expiryAndModules()
{
    QFETCH(QDate, today);
    QFETCH(NfrStatus, status);
    QFETCH(bool, modules);
    const NfrVerification v = verifyNfrToken(*signNfrToken(sampleClaims(), *m_key), *m_key, today);
    QCOMPARE(v.status, status);
    QCOMPARE(v.modulesEnabled, modules);
}

void TestNfr::issueWithinEntitlement()
{
    const qint64 p
        = f.addPartner(QStringLiteral("P-1"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    NfrService nfr(*f.store, *m_key);
    const auto issued = nfr.issue(request(p, QDate(2026, 3, 15)));
    QVERIFY2(issued.has_value(), issued ? "" : qPrintable(issued.error().message));
    QVERIFY(issued->overridden.isEmpty());
    const NfrKey &k = issued->key;
    QCOMPARE(k.tierKey, QStringLiteral("certified"));
    QCOMPARE(k.validUntil, QDate(2027, 3, 14)); // 12 months
    QCOMPARE(k.modulesUntil, QDate(2026, 4, 13)); // 30 days, the issue day included
    QVERIFY(k.serial.startsWith(QLatin1StringView("NFR-")));
    QVERIFY(k.overrideReason.isEmpty());
    const NfrVerification v = nfr.verify(k.token, QDate(2026, 3, 20));
    QCOMPARE(v.status, NfrStatus::Valid);
    QVERIFY(v.knownToDatabase);
    QCOMPARE(v.claims.partnerCode, QStringLiteral("P-1"));
    const auto listed = nfr.keys(p);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().token, k.token);
}

void TestNfr::refusedBeyondEntitlementUnlessOverridden()
{
    const qint64 p = f.addPartner(
        QStringLiteral("P-2"), QStringLiteral("reseller-status"), QStringLiteral("privileged"));
    NfrService nfr(*f.store, *m_key);
    QVERIFY(nfr.issue(request(p)).has_value());
    QVERIFY(nfr.issue(request(p)).has_value());
    const auto third = nfr.issue(request(p));
    QVERIFY(!third.has_value());
    QCOMPARE(third.error().code, Error::Code::InvalidInput);
    QVERIFY2(third.error().message.contains(QLatin1StringView("allows 2 NFR key")),
        qPrintable(third.error().message));
    QCOMPARE(nfr.keys(p)->size(), 2); // nothing written
    // The same answer before writing anything, for a window to ask for the manager's reason.
    const auto excess = nfr.excess(request(p));
    QVERIFY(excess.has_value());
    QCOMPARE(excess->size(), 1);
    QVERIFY(excess->first().contains(QLatin1StringView("allows 2 NFR key")));
    QCOMPARE(nfr.keys(p)->size(), 2);

    // Longer terms than the tier's are beyond the entitlement too.
    NfrIssueRequest longer = request(p);
    longer.validMonths = 24;
    QVERIFY(!nfr.issue(longer).has_value());

    NfrIssueRequest over = request(p);
    over.overrideReason = QStringLiteral("  Trade show demo approved by the channel director  ");
    over.issuedBy = QStringLiteral("manager");
    const auto issued = nfr.issue(over);
    QVERIFY2(issued.has_value(), issued ? "" : qPrintable(issued.error().message));
    QCOMPARE(issued->overridden.size(), 1);
    const auto stored = LicenceStore(*f.db).nfrKey(issued->key.serial);
    QCOMPARE(stored->overrideReason, QStringLiteral("Trade show demo approved by the channel director"));
    QCOMPARE(stored->issuedBy, QStringLiteral("manager"));
    QCOMPARE(nfr.keys(p)->size(), 3);

    // A year later the first keys have expired: the entitlement is free again.
    QVERIFY(nfr.issue(request(p, QDate(2027, 3, 1))).has_value());
}

void TestNfr::onRequestTierNeedsOverride()
{
    const qint64 p = f.addPartner(
        QStringLiteral("P-3"), QStringLiteral("reseller-status"), QStringLiteral("authorized"));
    NfrService nfr(*f.store, *m_key);
    // Authorized has no validity of its own: the request must say it, and still needs a manager.
    const auto noTerms = nfr.issue(request(p));
    QVERIFY(!noTerms.has_value());
    QVERIFY(noTerms.error().message.contains(QLatin1StringView("months")));
    NfrIssueRequest r = request(p);
    r.validMonths = 12;
    r.addonDays = 30;
    const auto refused = nfr.issue(r);
    QVERIFY(!refused.has_value());
    QVERIFY(refused.error().message.contains(QLatin1StringView("on request")));
    r.overrideReason = QStringLiteral("Requested by the partner for a tender");
    const auto issued = nfr.issue(r);
    QVERIFY(issued.has_value());
    QCOMPARE(issued->key.validUntil, QDate(2027, 2, 28));

    // A partner of a program without NFR keys is refused the same way.
    const qint64 q = f.addPartner(
        QStringLiteral("P-4"), QStringLiteral("activation-credits"), QStringLiteral("strategic"));
    NfrIssueRequest r2 = request(q);
    r2.validMonths = 12;
    const auto none = nfr.issue(r2);
    QVERIFY(!none.has_value());
    QVERIFY(none.error().message.contains(QLatin1StringView("has no NFR keys")));
}

void TestNfr::revokedKeyFreesEntitlementAndFailsVerification()
{
    const qint64 p
        = f.addPartner(QStringLiteral("P-5"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    NfrService nfr(*f.store, *m_key);
    const auto first = nfr.issue(request(p));
    QVERIFY(first.has_value());
    QVERIFY(!nfr.issue(request(p, QDate(2026, 5, 1))).has_value());

    QVERIFY(!nfr.revoke(first->key.serial, QDate(2026, 4, 30), QStringLiteral(" "), QStringLiteral("m"))
                 .has_value());
    const auto revoked = nfr.revoke(first->key.serial, QDate(2026, 4, 30),
        QStringLiteral("Partner left the program"), QStringLiteral("manager"));
    QVERIFY(revoked.has_value());
    QCOMPARE(revoked->revokedOn, QDate(2026, 4, 30));
    QVERIFY(!nfr.revoke(first->key.serial, QDate(2026, 5, 2), QStringLiteral("again"), QStringLiteral("m"))
                 .has_value());

    const NfrVerification before = nfr.verify(first->key.token, QDate(2026, 4, 29));
    QCOMPARE(before.status, NfrStatus::Valid);
    const NfrVerification after = nfr.verify(first->key.token, QDate(2026, 5, 1));
    QCOMPARE(after.status, NfrStatus::Revoked);
    QVERIFY(after.reason.contains(QLatin1StringView("Partner left the program")));
    QVERIFY(!after.modulesEnabled);
    // Offline, without the database, the signature alone cannot know about the revocation.
    QCOMPARE(verifyNfrToken(first->key.token, *m_key, QDate(2026, 5, 1)).status, NfrStatus::Valid);

    QVERIFY(nfr.issue(request(p, QDate(2026, 5, 1))).has_value());
}

void TestNfr::publicOnlyKeyCannotIssue()
{
    const qint64 p
        = f.addPartner(QStringLiteral("P-6"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    const auto pub = VendorKey::fromPublicKey(m_key->publicKey());
    QVERIFY(pub.has_value());
    QVERIFY(!pub->canSign());
    NfrService nfr(*f.store, *pub);
    const auto refused = nfr.issue(request(p));
    QVERIFY(!refused.has_value());
    QVERIFY(refused.error().message.contains(QLatin1StringView("public part")));
    // It still verifies what the full key signed.
    const QString token = *signNfrToken(sampleClaims(), *m_key);
    QCOMPARE(verifyNfrToken(token, *pub, QDate(2026, 3, 10)).status, NfrStatus::Valid);
}

void TestNfr::nfrKeysNeverEarnRewards()
{
    const qint64 p = f.addPartner(
        QStringLiteral("P-7"), QStringLiteral("reseller-status"), QStringLiteral("privileged"));
    NfrService nfr(*f.store, *m_key);
    QVERIFY(nfr.issue(request(p, QDate(2026, 8, 1))).has_value());
    QVERIFY(nfr.issue(request(p, QDate(2026, 8, 2))).has_value());
    // An NFR key is not a sale: no statement line, no reward, no rebate.
    const auto st = buildStatement(*f.store, p, Quarter { 2026, 3 });
    QVERIFY(st.has_value());
    QVERIFY(st->lines.isEmpty());
    QVERIFY(st->totals.isEmpty());
    QVERIFY(f.store->sales(p, QDate(2000, 1, 1), QDate(2100, 1, 1))->isEmpty());
}

void TestNfr::keyFileCreatedOnceWithOwnerOnlyPermissions()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("keys"));
    QVERIFY(!QFileInfo::exists(VendorKey::filePath(folder)));
    QCOMPARE(VendorKey::load(folder).error().code, Error::Code::NotFound);
    const auto created = VendorKey::loadOrCreate(folder);
    QVERIFY(created.has_value());
    QVERIFY(created->canSign());
    const QString path = VendorKey::filePath(folder);
    QVERIFY(QFileInfo::exists(path));
#ifdef Q_OS_UNIX
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
    QVERIFY(QFile::permissions(path) & QFile::ReadOwner);
#endif
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left
    const auto again = VendorKey::loadOrCreate(folder);
    QCOMPARE(again->publicKey(), created->publicKey());

    // The environment variable names the folder when no path is given.
    qputenv("PARTNERDESK_KEY_DIR", folder.toLocal8Bit());
    QCOMPARE(VendorKey::directory(), folder);
    QCOMPARE(VendorKey::load()->keyId(), created->keyId());
    qunsetenv("PARTNERDESK_KEY_DIR");
    QVERIFY(VendorKey::directory() != folder);

    // A damaged file is refused, not replaced.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"format\":1,\"algorithm\":\"Ed25519\",\"publicKey\":\"AAAA\"}");
    file.close();
    const auto damaged = VendorKey::loadOrCreate(folder);
    QVERIFY(!damaged.has_value());
    QCOMPARE(damaged.error().code, Error::Code::InvalidInput);
}

void TestNfr::keyExportImport()
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("vendor"));
    const QString laptop = dir.filePath(QStringLiteral("laptop"));
    const auto key = VendorKey::loadOrCreate(home);
    QVERIFY(key.has_value());
    const QString pubFile = dir.filePath(QStringLiteral("public.json"));
    const QString fullFile = dir.filePath(QStringLiteral("full.json"));
    QVERIFY(key->exportTo(pubFile, false).has_value());
    QVERIFY(key->exportTo(fullFile, true).has_value());
    QFile pub(pubFile);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QVERIFY(!pub.readAll().contains("secretSeed"));

    // The laptop first gets only the public part: it verifies but cannot sign.
    const auto verifier = VendorKey::import(pubFile, laptop);
    QVERIFY(verifier.has_value());
    QVERIFY(!verifier->canSign());
    QVERIFY(!VendorKey::load(laptop)->canSign());
    const QString token = *signNfrToken(sampleClaims(), *key);
    QCOMPARE(verifyNfrToken(token, *VendorKey::load(laptop), QDate(2026, 3, 10)).status, NfrStatus::Valid);
    // Then the full key completes it.
    const auto full = VendorKey::import(fullFile, laptop);
    QVERIFY(full.has_value());
    QVERIFY(VendorKey::load(laptop)->canSign());
    QCOMPARE(VendorKey::load(laptop)->keyId(), key->keyId());
    // A token signed on the laptop verifies at home.
    const QString fromLaptop = *signNfrToken(sampleClaims(), *VendorKey::load(laptop));
    QCOMPARE(verifyNfrToken(fromLaptop, *key, QDate(2026, 3, 10)).status, NfrStatus::Valid);

    // A different key is never installed over an existing one.
    const QString otherFile = dir.filePath(QStringLiteral("other.json"));
    QVERIFY(newKey().exportTo(otherFile, true).has_value());
    const auto clash = VendorKey::import(otherFile, laptop);
    QVERIFY(!clash.has_value());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QCOMPARE(VendorKey::load(laptop)->keyId(), key->keyId());

    // A file whose secret part does not belong to its public part is refused.
    QFile other(otherFile);
    QVERIFY(other.open(QIODevice::ReadOnly));
    QByteArray mixed = other.readAll();
    other.close();
    const QByteArray otherPub = newKey().publicKey().toBase64();
    mixed.replace(mixed.mid(mixed.indexOf("\"publicKey\": \"") + 14, 44), otherPub);
    mixed.replace(QByteArray("\"keyId\""), QByteArray("\"unusedId\""));
    QVERIFY(!VendorKey::fromJson(mixed).has_value());
}

void TestNfr::keyExportWithPassphrase()
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("vendor"));
    const QString laptop = dir.filePath(QStringLiteral("laptop"));
    const auto key = VendorKey::loadOrCreate(home);
    QVERIFY(key.has_value());
    // The key folder and the key file are the owner's alone (the owner's, group's and others' bits).
    const auto bits = [](const QString &path) { return QFile::permissions(path) & QFile::Permissions(0x7077); };
    QCOMPARE(bits(home), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(bits(VendorKey::filePath(home)), QFile::ReadOwner | QFile::WriteOwner);

    const QString sealedFile = dir.filePath(QStringLiteral("sealed.json"));
    QVERIFY(key->exportTo(sealedFile, true, QStringLiteral("correct horse")).has_value());
    QCOMPARE(bits(sealedFile), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(VendorKey::isSealed(sealedFile));
    QFile sealed(sealedFile);
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    const QByteArray bytes = sealed.readAll();
    const QByteArray seed = QByteArray::fromBase64(
        QJsonDocument::fromJson(key->toJson(true)).object().value(QStringLiteral("secretSeed")).toString().toLatin1());
    QCOMPARE(seed.size(), 32);
    QVERIFY(!bytes.contains("secretSeed") && !bytes.contains(seed) && !bytes.contains(seed.toBase64()));

    // Without the passphrase, or with a wrong one: refused, and nothing is installed.
    const auto none = VendorKey::import(sealedFile, laptop);
    QVERIFY(!none.has_value());
    QCOMPARE(none.error().code, Error::Code::InvalidInput);
    QVERIFY2(none.error().message.contains(QStringLiteral("protected by a passphrase")),
             qPrintable(none.error().message));
    const auto wrong = VendorKey::import(sealedFile, laptop, QStringLiteral("correct horsE"));
    QVERIFY(!wrong.has_value());
    QCOMPARE(wrong.error().code, Error::Code::InvalidInput);
    QVERIFY2(wrong.error().message.contains(QStringLiteral("passphrase is wrong")), qPrintable(wrong.error().message));
    QVERIFY(!QFileInfo::exists(VendorKey::filePath(laptop)));

    const auto right = VendorKey::import(sealedFile, laptop, QStringLiteral("correct horse"));
    QVERIFY2(right.has_value(), qPrintable(right ? QString() : right.error().message));
    QVERIFY(right->canSign());
    QCOMPARE(VendorKey::load(laptop)->keyId(), key->keyId());
    const QString token = *signNfrToken(sampleClaims(), *VendorKey::load(laptop));
    QCOMPARE(verifyNfrToken(token, *key, QDate(2026, 3, 10)).status, NfrStatus::Valid);
}

void TestNfr::secretNeverInDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nfr.sqlite"));
    f.close();
    QVERIFY(f.open(path));
    const qint64 p
        = f.addPartner(QStringLiteral("P-8"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    NfrService nfr(*f.store, *m_key);
    QVERIFY(nfr.issue(request(p)).has_value());
    f.close();
    const QJsonDocument keyFile = QJsonDocument::fromJson(m_key->toJson(true));
    const QByteArray seedB64 = keyFile.object().value(QStringLiteral("secretSeed")).toString().toLatin1();
    const QByteArray seed = QByteArray::fromBase64(seedB64);
    QCOMPARE(seed.size(), 32);
    for (const QString &file : QDir(dir.path()).entryList(QDir::Files)) {
        QFile db(dir.filePath(file));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY2(!bytes.contains(seed) && !bytes.contains(seedB64), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestNfr)
#include "tst_nfr.moc"
