#include "qbrlanguage.h"

#include "translations.h"

namespace pd::ui {

QLocale QbrLanguage::localeFor(const QString &language)
{
    return QLocale(language);
}

QbrLanguage::QbrLanguage(const QString &language)
    : m_locale(localeFor(language))
    , m_previous(QLocale())
{
    if (m_locale.language() != m_previous.language())
        installTranslations(m_locale);
    else
        QLocale::setDefault(m_locale);
}

QbrLanguage::~QbrLanguage()
{
    if (m_locale.language() != m_previous.language())
        installTranslations(m_previous);
    else
        QLocale::setDefault(m_previous);
}

} // namespace pd::ui
