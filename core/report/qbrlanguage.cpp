#include "qbrlanguage.h"

#include <QCoreApplication>
#include <QMutex>
#include <QTranslator>

namespace pd::ui {

namespace {

thread_local const QTranslator *t_review = nullptr;
thread_local bool t_active = false;

// Installed first while any review language lives: answers for the threads bound to a review
// (never falling through to the window's translation) and stays silent for every other thread.
class Dispatcher final : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (!t_active)
            return {};
        QString text = t_review ? t_review->translate(context, sourceText, disambiguation, n) : QString();
        return text.isEmpty() ? QString::fromUtf8(sourceText) : text;
    }
    bool isEmpty() const override { return false; }
};

QMutex g_mutex;
Dispatcher *g_dispatcher = nullptr;
int g_users = 0;

void acquireDispatcher()
{
    const QMutexLocker lock(&g_mutex);
    if (!g_dispatcher)
        g_dispatcher = new Dispatcher;
    // Installed again on every first use: a language switch of the window since then has put its
    // translator in front of ours.
    if (g_users++ == 0)
        QCoreApplication::installTranslator(g_dispatcher);
}

void releaseDispatcher()
{
    const QMutexLocker lock(&g_mutex);
    if (--g_users == 0)
        QCoreApplication::removeTranslator(g_dispatcher);
}

} // namespace

QLocale QbrLanguage::localeFor(const QString &language)
{
    return QLocale(language);
}

QbrLanguage::QbrLanguage(const QString &language, Bind bind)
    : m_locale(localeFor(language))
    , m_translator(TextContext::forLocale(m_locale).translator)
{
    acquireDispatcher();
    if (bind == Bind::CallingThread)
        m_callingThread = std::make_unique<ThreadScope>(*this);
}

QbrLanguage::~QbrLanguage()
{
    m_callingThread.reset();
    releaseDispatcher();
}

QbrLanguage::ThreadScope::ThreadScope(const QbrLanguage &language)
    : m_previous(t_review)
    , m_previousActive(t_active)
    , m_formats(language.m_locale)
{
    t_review = language.m_translator;
    t_active = true;
}

QbrLanguage::ThreadScope::~ThreadScope()
{
    t_review = m_previous;
    t_active = m_previousActive;
}

} // namespace pd::ui
