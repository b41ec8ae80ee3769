#pragma once

#include <QLocale>
#include <QString>

namespace pd::ui {

// Installs the translation of a review's language for as long as it lives and restores the one
// before (the window's). The review's language is independent of the window's; texts from core
// (requirement descriptions, gaps) are translated by the same installed translator.
class QbrLanguage {
public:
    explicit QbrLanguage(const QString &language);
    ~QbrLanguage();
    QbrLanguage(const QbrLanguage &) = delete;
    QbrLanguage &operator=(const QbrLanguage &) = delete;

    const QLocale &locale() const { return m_locale; }
    static QLocale localeFor(const QString &language); // "en" -> en_US, "es" -> es_ES, "ru" -> ru_RU

private:
    QLocale m_locale;
    QLocale m_previous;
};

} // namespace pd::ui
