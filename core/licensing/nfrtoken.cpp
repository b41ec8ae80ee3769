#include "nfrtoken.h"
#include "licensingtr.h"

#include "../dates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pd {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// Decodes unpadded base64url and insists on the one canonical spelling: otherwise a changed
// last character that only touches unused bits would decode to the same bytes and an altered
// token would still pass.
std::optional<QByteArray> decodeCanonical(const QByteArray &text)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(text, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(kBase64Url) != text)
        return std::nullopt;
    return decoded.decoded;
}

NfrVerification invalid(const QString &reason)
{
    NfrVerification v;
    v.status = NfrStatus::Invalid;
    v.reason = reason;
    return v;
}

QJsonObject claimsToJson(const NfrClaims &c)
{
    QJsonObject o {
        { QStringLiteral("v"), 1 },
        { QStringLiteral("use"), QStringLiteral("not for resale") },
        { QStringLiteral("serial"), c.serial },
        { QStringLiteral("partner"), c.partnerCode },
        { QStringLiteral("partnerName"), c.partnerName },
        { QStringLiteral("program"), c.programKey },
        { QStringLiteral("tier"), c.tierKey },
        { QStringLiteral("product"), c.product },
        { QStringLiteral("modules"), QJsonArray::fromStringList(c.modules) },
        { QStringLiteral("issued"), isoDate(c.issuedOn) },
        { QStringLiteral("validUntil"), isoDate(c.validUntil) },
        { QStringLiteral("kid"), c.keyId },
    };
    if (c.modulesUntil.isValid())
        o.insert(QStringLiteral("modulesUntil"), isoDate(c.modulesUntil));
    return o;
}

std::optional<NfrClaims> claimsFromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return std::nullopt;
    NfrClaims c;
    c.serial = o.value(QStringLiteral("serial")).toString();
    c.partnerCode = o.value(QStringLiteral("partner")).toString();
    c.partnerName = o.value(QStringLiteral("partnerName")).toString();
    c.programKey = o.value(QStringLiteral("program")).toString();
    c.tierKey = o.value(QStringLiteral("tier")).toString();
    c.product = o.value(QStringLiteral("product")).toString();
    for (const QJsonValue &m : o.value(QStringLiteral("modules")).toArray())
        c.modules << m.toString();
    c.issuedOn = parseIsoDate(o.value(QStringLiteral("issued")).toString());
    c.validUntil = parseIsoDate(o.value(QStringLiteral("validUntil")).toString());
    if (o.contains(QStringLiteral("modulesUntil"))) {
        c.modulesUntil = parseIsoDate(o.value(QStringLiteral("modulesUntil")).toString());
        if (!c.modulesUntil.isValid())
            return std::nullopt;
    }
    c.keyId = o.value(QStringLiteral("kid")).toString();
    if (c.serial.isEmpty() || !c.issuedOn.isValid() || !c.validUntil.isValid() || c.validUntil < c.issuedOn)
        return std::nullopt;
    return c;
}

} // namespace

QString nfrStatusKey(NfrStatus s)
{
    switch (s) {
    case NfrStatus::Valid:
        return QStringLiteral("valid");
    case NfrStatus::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case NfrStatus::Expired:
        return QStringLiteral("expired");
    case NfrStatus::Revoked:
        return QStringLiteral("revoked");
    case NfrStatus::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString nfrStatusLabel(NfrStatus s)
{
    switch (s) {
    case NfrStatus::Valid:
        return LicensingTr::tr("valid");
    case NfrStatus::NotYetValid:
        return LicensingTr::tr("not valid yet");
    case NfrStatus::Expired:
        return LicensingTr::tr("expired");
    case NfrStatus::Revoked:
        return LicensingTr::tr("revoked");
    case NfrStatus::Invalid:
        return LicensingTr::tr("invalid");
    }
    return {};
}

Result<QString> signNfrToken(const NfrClaims &claims, const VendorKey &key)
{
    NfrClaims c = claims;
    c.keyId = key.keyId();
    const QByteArray payload
        = QJsonDocument(claimsToJson(c)).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    const QByteArray message = QByteArray(kNfrTokenPrefix.data(), kNfrTokenPrefix.size()) + '.' + payload;
    const auto signature = key.sign(message);
    if (!signature)
        return std::unexpected(signature.error());
    return QString::fromLatin1(message + '.' + signature->toBase64(kBase64Url));
}

NfrVerification verifyNfrToken(const QString &token, const VendorKey &key, const QDate &today)
{
    static const QRegularExpression shape(QStringLiteral("^PDNFR1\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)$"));
    const QString text = token.trimmed();
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return invalid(LicensingTr::tr("this is not a PartnerDesk NFR key"));
    const QByteArray payloadText = m.captured(1).toLatin1();
    const auto payload = decodeCanonical(payloadText);
    const auto signature = decodeCanonical(m.captured(2).toLatin1());
    if (!payload || !signature || signature->size() != VendorKey::kSignatureBytes)
        return invalid(LicensingTr::tr("the key is damaged (its encoding is not valid)"));
    const QByteArray message = QByteArray(kNfrTokenPrefix.data(), kNfrTokenPrefix.size()) + '.' + payloadText;
    // Nothing in the payload is trusted before its signature is checked.
    if (!key.verify(message, *signature))
        return invalid(
            LicensingTr::tr("the signature does not match the vendor's public key (id %1): the key was altered or "
                   "signed by someone else")
                .arg(key.keyId()));
    const auto claims = claimsFromJson(*payload);
    if (!claims)
        return invalid(LicensingTr::tr("the key's content is not understood by this version of PartnerDesk"));
    NfrVerification v;
    v.claims = *claims;
    if (today < claims->issuedOn) {
        v.status = NfrStatus::NotYetValid;
        v.reason = LicensingTr::tr("valid from %1").arg(isoDate(claims->issuedOn));
    } else if (today > claims->validUntil) {
        v.status = NfrStatus::Expired;
        v.reason = LicensingTr::tr("expired after %1").arg(isoDate(claims->validUntil));
    } else {
        v.status = NfrStatus::Valid;
        v.modulesEnabled = claims->modulesUntil.isValid() && today <= claims->modulesUntil;
    }
    return v;
}

} // namespace pd
