#include "passwordstore.h"

#include <QCoreApplication>
#include <QEventLoop>

#ifdef PD_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace pd::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::PasswordStore)
};

#ifdef PD_HAVE_KEYCHAIN
const QString kService = QStringLiteral("PartnerDesk team database");

// Runs a keychain job to its end. The insecure fallback (a plain-text file) stays off: with no
// keychain service the job fails instead.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
#endif

} // namespace

bool PasswordStore::keychainAvailable()
{
#ifdef PD_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

Result<QString> PasswordStore::read(const QString &location)
{
#ifdef PD_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(location);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return fail(Error::Code::Storage, Tr::tr("The system keychain could not be read: %1").arg(job.errorString()));
    return job.textData();
#else
    Q_UNUSED(location);
    return QString();
#endif
}

Result<void> PasswordStore::write(const QString &location, const QString &password)
{
#ifdef PD_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setKey(location);
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return fail(Error::Code::Storage,
                    Tr::tr("The password was not saved in the system keychain: %1").arg(job.errorString()));
    return {};
#else
    Q_UNUSED(location);
    Q_UNUSED(password);
    return fail(Error::Code::Storage,
                Tr::tr("This build of PartnerDesk has no keychain support; the password was not saved."));
#endif
}

void PasswordStore::forget(const QString &location)
{
#ifdef PD_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(location);
    runJob(job);
#else
    Q_UNUSED(location);
#endif
}

} // namespace pd::ui
