// nfr issue | list | revoke | verify, keys show | export | import
#include "licensing/nfrservice.h"
#include "licensing/vendorkey.h"
#include "licensing_cli.h"
#include "passphrase.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace pd::cli {

namespace {

using namespace lic;

QString keyStatus(const NfrKey &k, const QDate &today)
{
    if (k.isRevokedOn(today))
        return Tr::tr("revoked %1").arg(isoDate(k.revokedOn));
    if (today < k.issuedOn)
        return Tr::tr("not valid yet");
    if (today > k.validUntil)
        return Tr::tr("expired");
    return Tr::tr("valid");
}

// The signing key for issuing: created on first use, with a note saying where.
Result<VendorKey> signingKey(Context &c)
{
    const bool existed = QFileInfo::exists(VendorKey::filePath(keyDir(c)));
    auto key = VendorKey::loadOrCreate(keyDir(c));
    if (key && !existed)
        c.err << Tr::tr(
            "Created the vendor signing key %1 in %2. Keep a copy: partnerdesk-cli keys export FILE")
                     .arg(key->keyId(), VendorKey::filePath(keyDir(c)))
              << '\n';
    return key;
}

// The key to verify with: --public-key FILE, else the key folder's.
Result<VendorKey> verifyingKey(Context &c)
{
    if (isSet(c, QStringLiteral("public-key")))
        return VendorKey::readFile(value(c, QStringLiteral("public-key")));
    auto key = VendorKey::load(keyDir(c));
    if (!key && key.error().code == Error::Code::NotFound)
        return fail(Error::Code::NotFound,
            Tr::tr("%1 Give the vendor's public key with --public-key FILE, or install it with: "
                   "partnerdesk-cli keys import FILE")
                .arg(key.error().message));
    return key;
}

// KEY, @FILE (the key is the file's text) or - (standard input).
std::optional<QString> tokenArgument(const QString &arg)
{
    if (arg == QLatin1StringView("-")) {
        QTextStream in(stdin);
        return in.readAll().trimmed();
    }
    if (arg.startsWith(u'@')) {
        QFile f(arg.mid(1));
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        return QString::fromUtf8(f.read(64 * 1024)).trimmed();
    }
    return arg;
}

QJsonObject verificationJson(const NfrVerification &v)
{
    QJsonObject o { { QStringLiteral("status"), nfrStatusKey(v.status) },
        { QStringLiteral("reason"), v.reason }, { QStringLiteral("modulesEnabled"), v.modulesEnabled },
        { QStringLiteral("knownToDatabase"), v.knownToDatabase } };
    if (v.status != NfrStatus::Invalid) {
        const NfrClaims &k = v.claims;
        o.insert(QStringLiteral("serial"), k.serial);
        o.insert(QStringLiteral("partner"), k.partnerCode);
        o.insert(QStringLiteral("partnerName"), k.partnerName);
        o.insert(QStringLiteral("program"), k.programKey);
        o.insert(QStringLiteral("tier"), k.tierKey);
        o.insert(QStringLiteral("product"), k.product);
        o.insert(QStringLiteral("modules"), QJsonArray::fromStringList(k.modules));
        o.insert(QStringLiteral("issued"), isoDate(k.issuedOn));
        o.insert(QStringLiteral("validUntil"), isoDate(k.validUntil));
        o.insert(QStringLiteral("modulesUntil"),
            k.modulesUntil.isValid() ? QJsonValue(isoDate(k.modulesUntil)) : QJsonValue());
        o.insert(QStringLiteral("keyId"), k.keyId);
    }
    if (v.revokedOn.isValid())
        o.insert(QStringLiteral("revokedOn"), isoDate(v.revokedOn));
    return o;
}

void printVerification(Context &c, const NfrVerification &v)
{
    c.out << nfrStatusLabel(v.status).toUpper() << '\n';
    if (!v.reason.isEmpty())
        c.out << "  " << v.reason << '\n';
    if (v.status == NfrStatus::Invalid)
        return;
    const NfrClaims &k = v.claims;
    c.out << "  " << Tr::tr("serial: %1").arg(k.serial) << '\n'
          << "  "
          << Tr::tr("partner: %1 (%2), %3 / %4").arg(k.partnerName, k.partnerCode, k.programKey, k.tierKey)
          << '\n'
          << "  " << Tr::tr("product: %1, not for resale").arg(k.product) << '\n'
          << "  " << Tr::tr("valid: %1 to %2").arg(isoDate(k.issuedOn), isoDate(k.validUntil)) << '\n';
    const QString modules
        = k.modules.isEmpty() ? Tr::tr("all add-on modules") : k.modules.join(QStringLiteral(", "));
    if (!k.modulesUntil.isValid())
        c.out << "  " << Tr::tr("add-on modules: none") << '\n';
    else if (v.modulesEnabled)
        c.out << "  " << Tr::tr("add-on modules enabled until %1: %2").arg(isoDate(k.modulesUntil), modules)
              << '\n';
    else
        c.out
            << "  "
            << Tr::tr("add-on modules no longer enabled (until %1): %2").arg(isoDate(k.modulesUntil), modules)
            << '\n';
    c.out << "  " << Tr::tr("signed by key %1").arg(k.keyId) << '\n';
    c.out << "  "
          << (v.knownToDatabase ? Tr::tr("issued from this database")
                                : Tr::tr("not in this database (revocation could not be checked)"))
          << '\n';
}

int verify(Context &c)
{
    if (c.args.size() != 2)
        return c.usage(Tr::tr("Use: nfr verify KEY|@FILE|- [--as-of DATE] [--public-key FILE] [--json]"));
    const auto today = date(c, QStringLiteral("as-of"));
    if (!today)
        return c.usage(Tr::tr("--as-of needs a date as YYYY-MM-DD."));
    const auto token = tokenArgument(c.args.at(1));
    if (!token)
        return c.fail(
            Error { Error::Code::InvalidInput, Tr::tr("%1 could not be read.").arg(c.args.at(1).mid(1)) });
    const auto key = verifyingKey(c);
    if (!key)
        return c.fail(key.error());
    NfrVerification v;
    if (!c.dbPath.isEmpty()) {
        auto db = c.open();
        if (!db)
            return BadInput;
        Store store(*db);
        v = NfrService(store, *key).verify(*token, *today);
    } else {
        v = verifyNfrToken(*token, *key, *today);
    }
    if (isSet(c, QStringLiteral("json")))
        c.out << QJsonDocument(verificationJson(v)).toJson(QJsonDocument::Indented);
    else
        printVerification(c, v);
    return v.status == NfrStatus::Valid ? Ok : BadInput;
}

int issue(Context &c, Store &store)
{
    if (c.args.size() != 1 || !isSet(c, QStringLiteral("partner")) || !isSet(c, QStringLiteral("product")))
        return c.usage(
            Tr::tr("Use: nfr issue --partner ID --product NAME [--modules A,B] [--on DATE] [--months N] "
                   "[--addon-days N] [--override REASON] [--by NAME]"));
    const auto on = date(c, QStringLiteral("on"));
    if (!on)
        return c.usage(Tr::tr("--on needs a date as YYYY-MM-DD."));
    NfrIssueRequest rq;
    for (const char *name : { "months", "addon-days" }) {
        const QString option = QString::fromLatin1(name);
        if (!isSet(c, option))
            continue;
        const auto n = number(c, option);
        if (!n || *n < 0 || *n > 100000)
            return c.usage(Tr::tr("--%1 needs a whole number.").arg(option));
        (option == QLatin1StringView("months") ? rq.validMonths : rq.addonDays) = int(*n);
    }
    const auto partner = lic::partner(c, store);
    if (!partner)
        return c.fail(partner.error());
    const auto key = signingKey(c);
    if (!key)
        return c.fail(key.error());
    rq.partnerId = partner->id;
    rq.product = value(c, QStringLiteral("product"));
    rq.modules = list(c, QStringLiteral("modules"));
    rq.issuedOn = *on;
    rq.issuedBy = c.author();
    rq.overrideReason = value(c, QStringLiteral("override"));
    const auto issued = NfrService(store, *key).issue(rq);
    if (!issued)
        return c.fail(issued.error());
    const NfrKey &k = issued->key;
    c.out << Tr::tr("Issued NFR key %1 to %2 (%3): %4, valid %5 to %6")
                 .arg(k.serial, partner->name, partner->code, k.product, isoDate(k.issuedOn),
                     isoDate(k.validUntil))
          << '\n';
    if (k.modulesUntil.isValid())
        c.out << Tr::tr("Add-on modules enabled until %1.").arg(isoDate(k.modulesUntil)) << '\n';
    if (!issued->overridden.isEmpty())
        c.out << Tr::tr("Issued beyond the entitlement (%1): %2. Reason kept: %3")
                     .arg(issued->entitlement.describe(), issued->overridden.join(QStringLiteral("; ")),
                         k.overrideReason)
              << '\n';
    c.out << k.token << '\n';
    return Ok;
}

int listKeys(Context &c, Store &store)
{
    const auto today = date(c, QStringLiteral("as-of"));
    if (!today)
        return c.usage(Tr::tr("--as-of needs a date as YYYY-MM-DD."));
    qint64 partnerId = 0;
    if (isSet(c, QStringLiteral("partner"))) {
        const auto partner = lic::partner(c, store);
        if (!partner)
            return c.fail(partner.error());
        partnerId = partner->id;
    }
    const auto keys = NfrService(store).keys(partnerId);
    if (!keys)
        return c.fail(keys.error());
    for (const NfrKey &k : *keys) {
        c.out << k.serial << "  " << k.partnerCode << "  " << k.product << "  " << isoDate(k.issuedOn)
              << " – " << isoDate(k.validUntil) << "  " << keyStatus(k, *today);
        if (!k.overrideReason.isEmpty())
            c.out << "  " << Tr::tr("[override by %1: %2]").arg(k.issuedBy, k.overrideReason);
        c.out << '\n';
    }
    if (keys->isEmpty())
        c.out << Tr::tr("No NFR keys.") << '\n';
    return Ok;
}

int revoke(Context &c, Store &store)
{
    if (c.args.size() != 2 || !isSet(c, QStringLiteral("reason")))
        return c.usage(Tr::tr("Use: nfr revoke SERIAL --reason TEXT [--on DATE] [--by NAME]"));
    const auto on = date(c, QStringLiteral("on"));
    if (!on)
        return c.usage(Tr::tr("--on needs a date as YYYY-MM-DD."));
    const auto revoked
        = NfrService(store).revoke(c.args.at(1), *on, value(c, QStringLiteral("reason")), c.author());
    if (!revoked)
        return c.fail(revoked.error());
    c.out << Tr::tr("Revoked NFR key %1 from %2.").arg(revoked->serial, isoDate(revoked->revokedOn)) << '\n';
    return Ok;
}

} // namespace

int runNfr(Context &c)
{
    const QString sub = c.args.value(0);
    if (sub == QLatin1StringView("verify"))
        return verify(c);
    if (sub != QLatin1StringView("issue") && sub != QLatin1StringView("list")
        && sub != QLatin1StringView("revoke"))
        return c.usage(Tr::tr("Use: nfr issue | list | revoke SERIAL | verify KEY"));
    if (sub == QLatin1StringView("list") && c.args.size() != 1)
        return c.usage(Tr::tr("nfr list takes no arguments."));
    if (c.dbPath.isEmpty())
        return c.usage(Tr::tr("Name the database with --db FILE."));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    if (sub == QLatin1StringView("issue"))
        return issue(c, store);
    return sub == QLatin1StringView("list") ? listKeys(c, store) : revoke(c, store);
}

int runKeys(Context &c)
{
    const QString sub = c.args.value(0);
    const bool ok = (sub == QLatin1StringView("show") && c.args.size() == 1)
        || ((sub == QLatin1StringView("export") || sub == QLatin1StringView("import")) && c.args.size() == 2);
    if (!ok)
        return c.usage(Tr::tr("Use: keys show | keys export FILE [--public] | keys import FILE"));
    const QString dir = keyDir(c);
    if (sub == QLatin1StringView("import")) {
        // Exports made before passphrases hold the secret part in the clear and need none.
        QString passphrase;
        if (VendorKey::isSealed(c.args.at(1))) {
            const auto asked = askPassphrase(c, Tr::tr("Passphrase of %1: ").arg(c.args.at(1)), false);
            if (!asked)
                return c.fail(asked.error());
            passphrase = *asked;
        }
        const auto key = VendorKey::import(c.args.at(1), dir, passphrase);
        if (!key)
            return c.fail(key.error());
        c.out << Tr::tr("Vendor key %1 is in %2 (%3).")
                     .arg(key->keyId(), VendorKey::filePath(dir),
                         key->canSign() ? Tr::tr("can issue and verify")
                                        : Tr::tr("public part only: verifies"))
              << '\n';
        return Ok;
    }
    const auto key = sub == QLatin1StringView("show") ? VendorKey::load(dir) : VendorKey::loadOrCreate(dir);
    if (!key)
        return c.fail(key.error());
    if (sub == QLatin1StringView("show")) {
        c.out << Tr::tr("key id: %1").arg(key->keyId()) << '\n'
              << Tr::tr("file: %1").arg(VendorKey::filePath(dir)) << '\n'
              << Tr::tr("algorithm: Ed25519 (libsodium)") << '\n'
              << Tr::tr("public key: %1").arg(QString::fromLatin1(key->publicKey().toBase64())) << '\n'
              << (key->canSign() ? Tr::tr("can issue and verify NFR keys")
                                 : Tr::tr("public part only: verifies NFR keys"))
              << '\n';
        return Ok;
    }
    const bool publicOnly = isSet(c, QStringLiteral("public"));
    QString passphrase;
    if (!publicOnly && key->canSign()) {
        const auto asked = askPassphrase(c, Tr::tr("Passphrase to protect the exported key: "), true);
        if (!asked)
            return c.fail(Error { asked.error().code, asked.error().message + u' ' + Tr::tr("Nothing was written.") });
        passphrase = *asked;
    }
    if (auto r = key->exportTo(c.args.at(1), !publicOnly, passphrase); !r)
        return c.fail(r.error());
    c.out << (publicOnly ? Tr::tr("Wrote the public key %1 to %2.")
                         : Tr::tr("Wrote the key pair %1 to %2, protected by its passphrase."))
                 .arg(key->keyId(), c.args.at(1))
          << '\n';
    return Ok;
}

} // namespace pd::cli
