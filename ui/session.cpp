#include "session.h"

#include "workers/workerdatabase.h"

namespace pd::ui {

Session::Session(QObject *parent)
    : QObject(parent)
{
}

Session::~Session()
{
    m_store.reset();
    closeDatabase(m_db);
}

Result<void> Session::open(const QString &location)
{
    auto db = openDatabase(location);
    if (!db)
        return std::unexpected(db.error());
    auto store = std::make_unique<Store>(**db);
    // A new file gets the presets so that partners can be added or imported right away.
    if (auto r = store->installBuiltinPrograms(); !r) {
        store.reset();
        closeDatabase(*db);
        return r;
    }
    close();
    m_db = std::move(*db);
    m_store = std::move(store);
    if (auto r = reloadPrograms(); !r) {
        close();
        return r;
    }
    if (auto r = reloadRates(); !r) {
        close();
        return r;
    }
    emit opened();
    return {};
}

void Session::close()
{
    if (!m_db)
        return;
    emit aboutToClose();
    m_store.reset();
    closeDatabase(m_db);
    m_programs.clear();
    m_rates = ExchangeRates();
    emit closed();
}

QString Session::location() const
{
    return m_db ? m_db->location() : QString();
}

const Program *Session::program(const QString &key) const
{
    for (const StoredProgram &sp : m_programs) {
        if (sp.program.key == key)
            return &sp.program;
    }
    return nullptr;
}

QString Session::userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

Result<void> Session::reloadPrograms()
{
    auto programs = m_store->programs();
    if (!programs)
        return std::unexpected(programs.error());
    m_programs = *programs;
    emit programsChanged();
    return {};
}

Result<void> Session::reloadRates()
{
    auto rates = m_store->fxRates();
    if (!rates)
        return std::unexpected(rates.error());
    m_rates = ExchangeRates(*rates);
    emit ratesChanged();
    return {};
}

} // namespace pd::ui
