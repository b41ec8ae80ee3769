#include "vendorkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <array>
#include <sodium.h>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::VendorKey)
};

const QString kFileName = QStringLiteral("nfr-signing-key.json");
const QString kAlgorithm = QStringLiteral("Ed25519");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0; // thread-safe, idempotent
    return ready;
}

Error notReady()
{
    return Error { Error::Code::Storage,
        Tr::tr("The cryptography library (libsodium) could not be initialised.") };
}

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

// Strict base64: any character outside the alphabet fails.
std::optional<QByteArray> fromBase64(const QString &text, int expectedSize)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize)
        return std::nullopt;
    return decoded.decoded;
}

Error badFile(const QString &what)
{
    return Error { Error::Code::InvalidInput,
        Tr::tr("This is not a valid PartnerDesk signing key file: %1.").arg(what) };
}

// Writes through a temporary file in the same folder (created 0600) renamed into place, so a
// reader never sees half a key and the secret is never readable by others, not even briefly.
Result<void> writeKeyFile(const QString &path, const QByteArray &content, bool secret, bool replace)
{
    const QFileInfo info(path);
    // A folder made here is the owner's alone (0700): others may not even list the key files.
    const bool made = !QFileInfo::exists(info.absolutePath());
    if (!QDir().mkpath(info.absolutePath())
        || (made && !QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)))
        return fail(Error::Code::Storage,
            Tr::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QTemporaryFile tmp(info.absolutePath() + QStringLiteral("/.partnerdesk-key-XXXXXX"));
    if (!tmp.open() || tmp.write(content) != content.size() || !tmp.flush())
        return fail(Error::Code::Storage,
            Tr::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), tmp.errorString()));
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
    if (!tmp.setPermissions(secret ? owner : owner | QFile::ReadGroup | QFile::ReadOther))
        return fail(Error::Code::Storage,
            Tr::tr("The permissions of %1 could not be set.").arg(QDir::toNativeSeparators(path)));
    if (replace && QFileInfo::exists(path) && !QFile::remove(path))
        return fail(
            Error::Code::Storage, Tr::tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(path)));
    if (!tmp.rename(path))
        return fail(QFileInfo::exists(path) ? Error::Code::Conflict : Error::Code::Storage,
            Tr::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), tmp.errorString()));
    tmp.setAutoRemove(false);
    return {};
}

// A secret seed sealed with a passphrase: Argon2id derives the key of XSalsa20-Poly1305.
const QString kSealedSeed = QStringLiteral("sealedSeed");
const QString kKdf = QStringLiteral("argon2id13");

Result<QJsonObject> seal(QByteArrayView seed, const QString &passphrase)
{
    const QByteArray pass = passphrase.toUtf8();
    const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    std::array<unsigned char, crypto_secretbox_KEYBYTES> key {};
    if (crypto_pwhash(key.data(), key.size(), pass.constData(), size_t(pass.size()), bytes(salt), ops, mem,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(Error::Code::Storage, Tr::tr("There is not enough memory to protect the key with a passphrase."));
    QByteArray box(qsizetype(crypto_secretbox_MACBYTES) + seed.size(), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()), bytes(seed), size_t(seed.size()),
        bytes(nonce), key.data());
    sodium_memzero(key.data(), key.size());
    return QJsonObject {
        { QStringLiteral("kdf"), kKdf },
        { QStringLiteral("opslimit"), double(ops) },
        { QStringLiteral("memlimit"), double(mem) },
        { QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()) },
        { QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64()) },
        { QStringLiteral("box"), QString::fromLatin1(box.toBase64()) },
    };
}

Result<QByteArray> unseal(const QJsonObject &o, const QString &passphrase)
{
    if (passphrase.isEmpty())
        return fail(Error::Code::InvalidInput, Tr::tr("its secret part is protected by a passphrase, and none was given"));
    const auto salt = fromBase64(o.value(QStringLiteral("salt")).toString(), crypto_pwhash_SALTBYTES);
    const auto nonce = fromBase64(o.value(QStringLiteral("nonce")).toString(), crypto_secretbox_NONCEBYTES);
    const auto box = fromBase64(
        o.value(QStringLiteral("box")).toString(), int(crypto_secretbox_MACBYTES + crypto_sign_SEEDBYTES));
    const double ops = o.value(QStringLiteral("opslimit")).toDouble();
    const double mem = o.value(QStringLiteral("memlimit")).toDouble();
    // Limits from the file are bounded, so that a crafted file cannot ask for gigabytes or hours.
    if (o.value(QStringLiteral("kdf")).toString() != kKdf || !salt || !nonce || !box
        || ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return std::unexpected(badFile(Tr::tr("the secret key is damaged")));
    const QByteArray pass = passphrase.toUtf8();
    std::array<unsigned char, crypto_secretbox_KEYBYTES> key {};
    if (crypto_pwhash(key.data(), key.size(), pass.constData(), size_t(pass.size()), bytes(*salt),
            (unsigned long long)ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(Error::Code::Storage, Tr::tr("There is not enough memory to open the key's passphrase protection."));
    QByteArray seed(crypto_sign_SEEDBYTES, '\0');
    const int opened = crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(seed.data()), bytes(*box),
        size_t(box->size()), bytes(*nonce), key.data());
    sodium_memzero(key.data(), key.size());
    if (opened != 0)
        return fail(Error::Code::InvalidInput, Tr::tr("the passphrase is wrong, or the file was altered"));
    return seed;
}

} // namespace

struct VendorKey::Secret {
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> key {};
    ~Secret() { sodium_memzero(key.data(), key.size()); }
};

QString VendorKey::directory(const QString &dir)
{
    if (!dir.isEmpty())
        return dir;
    const QString env = qEnvironmentVariable("PARTNERDESK_KEY_DIR");
    if (!env.isEmpty())
        return env;
    // AppDataLocation is named after the running program; the window and partnerdesk-cli must
    // find the same key, so ask with the window's names.
    const QString org = QCoreApplication::organizationName();
    const QString app = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PartnerDesk"));
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(org);
    QCoreApplication::setApplicationName(app);
    return path;
}

QString VendorKey::filePath(const QString &dir)
{
    return QDir(directory(dir)).filePath(kFileName);
}

Result<VendorKey> VendorKey::generate()
{
    if (!sodiumReady())
        return std::unexpected(notReady());
    VendorKey k;
    auto secret = std::make_shared<Secret>();
    k.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.m_public.data()), secret->key.data());
    k.m_secret = std::move(secret);
    return k;
}

Result<VendorKey> VendorKey::fromPublicKey(const QByteArray &publicKey)
{
    if (!sodiumReady())
        return std::unexpected(notReady());
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return std::unexpected(
            badFile(Tr::tr("the public key is not %1 bytes long").arg(crypto_sign_PUBLICKEYBYTES)));
    VendorKey k;
    k.m_public = publicKey;
    return k;
}

Result<VendorKey> VendorKey::fromJson(const QByteArray &json, const QString &passphrase)
{
    if (!sodiumReady())
        return std::unexpected(notReady());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return std::unexpected(badFile(Tr::tr("it is not a JSON object")));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != 1)
        return std::unexpected(badFile(Tr::tr("unknown format")));
    if (o.value(QStringLiteral("algorithm")).toString() != kAlgorithm)
        return std::unexpected(badFile(Tr::tr("the algorithm is not Ed25519")));
    const auto pub = fromBase64(o.value(QStringLiteral("publicKey")).toString(), crypto_sign_PUBLICKEYBYTES);
    if (!pub)
        return std::unexpected(badFile(Tr::tr("the public key is damaged")));
    auto key = fromPublicKey(*pub);
    if (!key)
        return key;
    // Files written before passphrases hold the seed in the clear ("secretSeed").
    std::optional<QByteArray> seed;
    if (o.contains(kSealedSeed)) {
        auto opened = unseal(o.value(kSealedSeed).toObject(), passphrase);
        if (!opened)
            return std::unexpected(opened.error());
        seed = std::move(*opened);
    } else if (o.contains(QStringLiteral("secretSeed"))) {
        seed = fromBase64(o.value(QStringLiteral("secretSeed")).toString(), crypto_sign_SEEDBYTES);
        if (!seed)
            return std::unexpected(badFile(Tr::tr("the secret key is damaged")));
    }
    if (seed) {
        auto secret = std::make_shared<Secret>();
        std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> derived {};
        crypto_sign_seed_keypair(derived.data(), secret->key.data(), bytes(*seed));
        sodium_memzero(seed->data(), size_t(seed->size()));
        if (sodium_memcmp(derived.data(), bytes(*pub), derived.size()) != 0)
            return std::unexpected(badFile(Tr::tr("its secret and public parts do not belong together")));
        key->m_secret = std::move(secret);
    }
    const QString id = o.value(QStringLiteral("keyId")).toString();
    if (!id.isEmpty() && id != key->keyId())
        return std::unexpected(badFile(Tr::tr("its key id does not match its public key")));
    return key;
}

QByteArray VendorKey::toJson(bool includeSecret) const
{
    QJsonObject o {
        { QStringLiteral("format"), 1 },
        { QStringLiteral("algorithm"), kAlgorithm },
        { QStringLiteral("purpose"), QStringLiteral("PartnerDesk NFR key signing") },
        { QStringLiteral("keyId"), keyId() },
        { QStringLiteral("publicKey"), QString::fromLatin1(m_public.toBase64()) },
    };
    if (includeSecret && m_secret) {
        QByteArray seed(crypto_sign_SEEDBYTES, '\0');
        crypto_sign_ed25519_sk_to_seed(reinterpret_cast<unsigned char *>(seed.data()), m_secret->key.data());
        o.insert(QStringLiteral("secretSeed"), QString::fromLatin1(seed.toBase64()));
        sodium_memzero(seed.data(), size_t(seed.size()));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString VendorKey::keyId() const
{
    std::array<unsigned char, crypto_generichash_BYTES_MIN> hash {};
    crypto_generichash(hash.data(), hash.size(), bytes(m_public), size_t(m_public.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash.data()), 8).toHex());
}

Result<QByteArray> VendorKey::sign(QByteArrayView message) const
{
    if (!m_secret)
        return fail(Error::Code::InvalidInput,
            Tr::tr(
                "This machine holds only the public part of the vendor key (id %1): it can verify NFR keys "
                "but not issue them. Import the full key with: partnerdesk-cli keys import FILE")
                .arg(keyId()));
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytes(message),
        size_t(message.size()), m_secret->key.data());
    return signature;
}

bool VendorKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (!sodiumReady() || signature.size() != crypto_sign_BYTES
        || m_public.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(
               bytes(signature), bytes(message), size_t(message.size()), bytes(m_public))
        == 0;
}

bool VendorKey::isSealed(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return QJsonDocument::fromJson(f.read(64 * 1024)).object().contains(kSealedSeed);
}

Result<VendorKey> VendorKey::readFile(const QString &path, const QString &passphrase)
{
    QFile f(path);
    if (!f.exists())
        return fail(Error::Code::NotFound, Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Code::Storage,
            Tr::tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    auto key = fromJson(f.read(64 * 1024), passphrase);
    if (!key)
        return fail(key.error().code,
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), key.error().message));
    return key;
}

Result<VendorKey> VendorKey::load(const QString &dir)
{
    const QString path = filePath(dir);
    if (!QFileInfo::exists(path))
        return fail(Error::Code::NotFound,
            Tr::tr("There is no vendor signing key in %1.").arg(QDir::toNativeSeparators(directory(dir))));
    auto key = readFile(path);
    // A copied secret key file may have lost its permissions: keep it readable by its owner only.
    const QFile::Permissions others
        = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    if (key && key->canSign() && (QFile::permissions(path) & others))
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return key;
}

Result<VendorKey> VendorKey::loadOrCreate(const QString &dir)
{
    auto existing = load(dir);
    if (existing || existing.error().code != Error::Code::NotFound)
        return existing;
    auto created = generate();
    if (!created)
        return created;
    const auto written = writeKeyFile(filePath(dir), created->toJson(true), true, false);
    if (!written) {
        if (written.error().code == Error::Code::Conflict) // another process created it first
            return load(dir);
        return std::unexpected(written.error());
    }
    return created;
}

Result<void> VendorKey::exportTo(const QString &path, bool includeSecret, const QString &passphrase) const
{
    if (includeSecret && !m_secret)
        return fail(Error::Code::InvalidInput,
            Tr::tr("This machine holds only the public part of the vendor key; there is no secret part to "
                   "export."));
    if (!includeSecret || passphrase.isEmpty())
        return writeKeyFile(path, toJson(includeSecret), includeSecret, true);
    QJsonObject o = QJsonDocument::fromJson(toJson(false)).object();
    QByteArray seed(crypto_sign_SEEDBYTES, '\0');
    crypto_sign_ed25519_sk_to_seed(reinterpret_cast<unsigned char *>(seed.data()), m_secret->key.data());
    const auto sealed = seal(seed, passphrase);
    sodium_memzero(seed.data(), size_t(seed.size()));
    if (!sealed)
        return std::unexpected(sealed.error());
    o.insert(kSealedSeed, *sealed);
    return writeKeyFile(path, QJsonDocument(o).toJson(QJsonDocument::Indented), true, true);
}

Result<VendorKey> VendorKey::import(const QString &path, const QString &dir, const QString &passphrase)
{
    auto incoming = readFile(path, passphrase);
    if (!incoming)
        return incoming;
    auto existing = load(dir);
    if (!existing && existing.error().code != Error::Code::NotFound)
        return existing;
    if (existing && existing->publicKey() != incoming->publicKey())
        return fail(Error::Code::Conflict,
            Tr::tr(
                "%1 already holds a different vendor key (id %2). NFR keys it signed would no longer verify; "
                "move that file away first if you really mean to replace it.")
                .arg(QDir::toNativeSeparators(filePath(dir)), existing->keyId()));
    if (existing && (existing->canSign() || !incoming->canSign()))
        return existing; // nothing new
    if (auto r
        = writeKeyFile(filePath(dir), incoming->toJson(true), incoming->canSign(), existing.has_value());
        !r)
        return std::unexpected(r.error());
    return incoming;
}

} // namespace pd
