#pragma once

#include "translations.h"

#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

namespace pd::ui {

// The language of a review, independent of the window's. While a QbrLanguage lives, the threads it
// is bound to (the constructing thread with Bind::CallingThread, and any thread inside a
// ThreadScope) translate every tr() - the review's own texts and those from core (requirement
// descriptions, gaps) - into the review's language; every other thread, the window's included,
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
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<ThreadScope> m_callingThread;
};

} // namespace pd::ui
