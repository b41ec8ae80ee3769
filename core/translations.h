#pragma once

#include <QLocale>
#include <QString>

namespace pd {

// Installs PartnerDesk's translation for `locale` (and Qt's own, when installed) on the
// application, replacing any installed before, and makes `locale` the default for formatting.
// English is the source language; its translation holds only the plural forms.
void installTranslations(const QLocale &locale);

// The languages PartnerDesk ships, as locale names ("en", "es", "ru").
QStringList availableLanguages();

} // namespace pd
