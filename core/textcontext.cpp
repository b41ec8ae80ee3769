#include "textcontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace pd {

namespace {

// As QCoreApplication::translate does: %n is the plain number, %Ln the number in the locale.
void replacePercentN(QString &text, int n, const QLocale &locale)
{
    if (n < 0)
        return;
    qsizetype pos = 0;
    while ((pos = text.indexOf(u'%', pos)) != -1) {
        const bool localised = pos + 1 < text.size() && text.at(pos + 1) == u'L';
        const qsizetype at = pos + (localised ? 2 : 1);
        if (at < text.size() && text.at(at) == u'n') {
            const QString number = localised ? locale.toString(n) : QString::number(n);
            text.replace(pos, at + 1 - pos, number);
            pos += number.size();
        } else {
            pos = at;
        }
    }
}

} // namespace

QString TextContext::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    if (!translator)
        return QCoreApplication::translate(context, sourceText, disambiguation, n);
    QString text = translator->translate(context, sourceText, disambiguation, n);
    if (text.isNull())
        text = QString::fromUtf8(sourceText);
    replacePercentN(text, n, locale);
    return text;
}

TextContext TextContext::application()
{
    return TextContext { QLocale(), nullptr };
}

TextContext TextContext::forLocale(const QLocale &locale)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto &translator = loaded[locale.name()];
    if (!translator) {
        auto made = std::make_shared<QTranslator>();
        // English is the source language; its translation holds only the plural forms.
        if (!made->load(locale, QStringLiteral("partnerdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            (void)made->load(QStringLiteral(":/i18n/partnerdesk_en.qm"));
        translator = std::move(made);
    }
    return TextContext { locale, translator.get() };
}

} // namespace pd
