#pragma once

#include <QLocale>
#include <QString>
#include <optional>

namespace pd {

// Installs PartnerDesk's translation for `locale` (and Qt's own, when installed) on the
// application, replacing any installed before, and makes `locale` the default for formatting.
// English is the source language; its translation holds only the plural forms.
void installTranslations(const QLocale &locale);

// The locale of the last installTranslations() call (the system's before any): what the
// application's texts are in, whatever QLocale::setDefault a review export sets meanwhile.
QLocale translationsLocale();

// The locale core and the views format numbers, money and dates in, on the calling thread: the
// one of the innermost FormattingScope living on this thread (a review being exported in another
// language), else QLocale()'s default. A review never changes the window's formats this way.
QLocale formattingLocale();

class FormattingScope {
public:
    explicit FormattingScope(const QLocale &locale);
    ~FormattingScope();
    FormattingScope(const FormattingScope &) = delete;
    FormattingScope &operator=(const FormattingScope &) = delete;

private:
    std::optional<QLocale> m_previous;
};

// An int with the plural form of `n` in English, Spanish and Russian (which depend on n being 1
// and on its last two digits): tr()'s count for numbers that may not fit an int, such as credit
// balances. The message then shows the number itself with %1 and chooses its words by this.
int pluralCount(qint64 n);

// The languages PartnerDesk ships, as locale names ("en", "es", "ru").
QStringList availableLanguages();

} // namespace pd
