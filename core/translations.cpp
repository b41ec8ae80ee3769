#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <cstdlib>

namespace pd {

namespace {
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
QLocale g_locale = QLocale::system();

void replace(QTranslator *&slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (slot)
        QCoreApplication::installTranslator(slot);
}
} // namespace

void installTranslations(const QLocale &locale)
{
    QLocale::setDefault(locale);
    g_locale = locale;
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(locale, QStringLiteral("partnerdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // Fall back to English plural forms rather than the raw "(s)" source texts.
        if (!app->load(QStringLiteral(":/i18n/partnerdesk_en.qm"))) {
            delete app;
            app = nullptr;
        }
    }
    replace(g_app, app);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(g_qt, qt);
}

namespace {
thread_local std::optional<QLocale> t_formatting;
} // namespace

QLocale formattingLocale()
{
    return t_formatting ? *t_formatting : QLocale();
}

FormattingScope::FormattingScope(const QLocale &locale)
    : m_previous(t_formatting)
{
    t_formatting = locale;
}

FormattingScope::~FormattingScope()
{
    t_formatting = m_previous;
}

QLocale translationsLocale()
{
    return g_locale;
}

int pluralCount(qint64 n)
{
    if (n >= -1000000 && n <= 1000000)
        return int(n);
    return int((n < 0 ? -1 : 1) * (1000000 + std::abs(n) % 1000000));
}

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ru") };
}

} // namespace pd
