#pragma once
// The vendor's Ed25519 key pair (libsodium) that signs NFR keys. The secret part never enters the
// database: it lives in a file of its own (permissions 0600) in the key folder, is created on
// first use and can be exported to and imported on another machine, its secret part sealed with a
// passphrase (Argon2id and XSalsa20-Poly1305). A machine holding only the public part can verify
// keys but not issue them.

#include "../result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace pd {

class VendorKey
{
public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSignatureBytes = 64;

    // The folder of the key file: `dir` when given, else $PARTNERDESK_KEY_DIR, else the
    // window's application data folder (shared by the window and the command-line tool).
    static QString directory(const QString &dir = {});
    static QString filePath(const QString &dir = {});

    // Loads the key of the folder, creating and saving a new key pair when there is none.
    static Result<VendorKey> loadOrCreate(const QString &dir = {});
    // Loads the key of the folder; NotFound when there is none.
    static Result<VendorKey> load(const QString &dir = {});
    // Reads a key file (with or without its secret part) from anywhere. A sealed secret part needs
    // its passphrase: without one, or with a wrong one, the file is refused (InvalidInput).
    static Result<VendorKey> readFile(const QString &path, const QString &passphrase = {});
    static Result<VendorKey> fromJson(const QByteArray &json, const QString &passphrase = {});
    // True when the file holds a secret part sealed with a passphrase.
    static bool isSealed(const QString &path);
    static Result<VendorKey> fromPublicKey(const QByteArray &publicKey);
    static Result<VendorKey> generate();

    // Writes the key to a file: with its secret part (permissions 0600), sealed with `passphrase`
    // unless that is empty, or the public part only.
    Result<void> exportTo(const QString &path, bool includeSecret, const QString &passphrase = {}) const;
    // Installs a key file in the key folder. Refused when the folder already holds a different
    // key: keys it signed would no longer verify. Installing the secret part of the key whose
    // public part is there completes it.
    static Result<VendorKey> import(const QString &path, const QString &dir = {}, const QString &passphrase = {});

    bool canSign() const { return m_secret != nullptr; }
    QByteArray publicKey() const { return m_public; }
    // A short fingerprint of the public key (16 hex digits), printed on keys and in lists.
    QString keyId() const;
    Result<QByteArray> sign(QByteArrayView message) const;
    bool verify(QByteArrayView message, QByteArrayView signature) const;
    QByteArray toJson(bool includeSecret) const;

private:
    struct Secret; // zeroed when released
    QByteArray m_public;
    std::shared_ptr<const Secret> m_secret;
};

} // namespace pd
