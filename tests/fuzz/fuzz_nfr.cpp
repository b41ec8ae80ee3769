// NFR key verification (core/licensing/nfrtoken.h). The first byte chooses what the rest is:
// - even: a whole token, as a user pastes it. Nobody can sign without the key, so it must be
//   found invalid (whatever it holds, it must never pass).
// - odd: the claims (JSON) of a token signed here with the fuzzer's own key, which reaches the
//   claim parsing behind the signature. A token that passes the check gives back claims that,
//   signed again, verify the same way.
#include "fuzzcheck.h"
#include "licensing/nfrtoken.h"
#include "licensing/vendorkey.h"

namespace {

const pd::VendorKey &key()
{
    static const pd::VendorKey k = *pd::VendorKey::generate();
    return k;
}

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QDate today(2026, 11, 22);
    const QByteArray rest = pd::fuzz::input(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        const auto v = pd::verifyNfrToken(QString::fromUtf8(rest), key(), today);
        PD_FUZZ_CHECK(v.status == pd::NfrStatus::Invalid);
        return 0;
    }
    const QByteArray signedPart = QByteArray(pd::kNfrTokenPrefix.latin1()) + '.' + rest.toBase64(kBase64Url);
    const auto signature = key().sign(signedPart);
    PD_FUZZ_CHECK(signature.has_value());
    const QString token = QString::fromLatin1(signedPart + '.' + signature->toBase64(kBase64Url));
    const auto v = pd::verifyNfrToken(token, key(), today);
    if (v.status == pd::NfrStatus::Invalid)
        return 0;
    const auto resigned = pd::signNfrToken(v.claims, key());
    PD_FUZZ_CHECK(resigned.has_value());
    const auto again = pd::verifyNfrToken(*resigned, key(), today);
    PD_FUZZ_CHECK(again.status == v.status && again.modulesEnabled == v.modulesEnabled);
    PD_FUZZ_CHECK(again.claims.serial == v.claims.serial && again.claims.validUntil == v.claims.validUntil
        && again.claims.modules == v.claims.modules);
    return 0;
}
