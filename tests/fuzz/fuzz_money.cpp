// Money::parse and Rate::parsePercent. Input: "AMOUNT" or "AMOUNT\nCURRENCY" (default USD).
// Properties: an accepted amount reads back from its plainText() to the same value, and can be
// shown in every language; an accepted rate reads back from its percentText().
#include "fuzzcheck.h"
#include "money.h"

#include <QLocale>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(pd::fuzz::input(data, size));
    const qsizetype newline = text.indexOf(u'\n');
    const QString amount = newline < 0 ? text : text.left(newline);
    const QString currency = newline < 0 ? QStringLiteral("USD") : text.mid(newline + 1);

    if (const auto money = pd::Money::parse(amount, currency)) {
        const auto again = pd::Money::parse(money->plainText(), money->currency);
        PD_FUZZ_CHECK(again && *again == *money);
        for (const QLocale::Language language : { QLocale::English, QLocale::Spanish, QLocale::Russian })
            PD_FUZZ_CHECK(!money->display(QLocale(language)).isEmpty());
    }
    if (const auto rate = pd::Rate::parsePercent(amount)) {
        const auto again = pd::Rate::parsePercent(rate->percentText());
        PD_FUZZ_CHECK(again && *again == *rate);
    }
    return 0;
}
