#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace pd {

// One language, passed explicitly to whatever turns core's codes into sentences: the locale that
// numbers, money and dates are formatted in, and the translator of its texts. A null translator
// means the application's installed translators (the window's or the CLI's language).
// Call sites name the context and the source text as literals, so that lupdate extracts them
// (`context.translate("pd::TierEngine", "needs: %1")`).
struct TextContext {
    QLocale locale;
    const QTranslator *translator = nullptr;

    // The translation, or the source text when there is none; %n becomes `n` as tr() does.
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const;

    // The application's language: QLocale()'s default and the installed translators.
    static TextContext application();
    // PartnerDesk's own translation for `locale` (English: its plural forms), whatever the
    // application has installed: a review in another language than the window's. Each
    // language's translator is loaded once and kept for the life of the process; translating
    // with it is safe from any thread.
    static TextContext forLocale(const QLocale &locale);
};

} // namespace pd
