#pragma once

#include "textcontext.h"
#include "translations.h"

#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

namespace pd::ui {

// The language of a review, independent of the window's. The requirement checks' sentences are
// rendered with text() passed explicitly (requirementtext.h). While a QbrLanguage lives, the
// threads it is bound to (the constructing thread with Bind::CallingThread, and any thread inside
// a ThreadScope) translate every other tr() - the review's own texts and the statement notes core
// makes - into the review's language; every other thread, the window's included,
// keeps its translation and its formats (pd::formattingLocale, which core's number, money and date
// formatting uses), so the window does not change language during an export.
class QbrLanguage {
public:
    enum class Bind { CallingThread, ScopesOnly };
    explicit QbrLanguage(const QString &language, Bind bind = Bind::CallingThread);
    ~QbrLanguage();
    QbrLanguage(const QbrLanguage &) = delete;
    QbrLanguage &operator=(const QbrLanguage &) = delete;

    const QLocale &locale() const { return m_locale; }
    TextContext text() const { return TextContext::forLocale(m_locale); }
    static QLocale localeFor(const QString &language); // "en" -> en_US, "es" -> es_ES, "ru" -> ru_RU

    // Binds the current thread to a review language for its lifetime (worker threads).
    class ThreadScope {
    public:
        explicit ThreadScope(const QbrLanguage &language);
        ~ThreadScope();
        ThreadScope(const ThreadScope &) = delete;
        ThreadScope &operator=(const ThreadScope &) = delete;

    private:
        const QTranslator *m_previous;
        bool m_previousActive;
        FormattingScope m_formats;
    };

private:
    QLocale m_locale;
    const QTranslator *m_translator; // TextContext::forLocale's, kept for the process
    std::unique_ptr<ThreadScope> m_callingThread;
};

} // namespace pd::ui
