#include "session.h"

#include "presettexts.h"
#include "storage/offlineopen.h"
#include "storage/teamroles.h"
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
    auto opening = openReadOnlyIfOffline(location, &openDatabase, &closeDatabase);
    if (!opening)
        return std::unexpected(opening.error());
    auto store = std::make_unique<Store>(*opening->db);
    // A new file gets the presets so that partners can be added or imported right away.
    if (!opening->db->isReadOnly()) {
        if (auto r = store->installBuiltinPrograms(); !r) {
            store.reset();
            closeDatabase(opening->db);
            return r;
        }
    }
    close();
    m_db = std::move(opening->db);
    m_store = std::move(store);
    m_offline = opening->offline;
    if (auto r = reloadPrograms(); !r) {
        close();
        return r;
    }
    if (auto r = reloadRates(); !r) {
        close();
        return r;
    }
    ReadOnly readOnly = ReadOnly::No;
    if (m_offline) {
        readOnly = ReadOnly::OfflineCopy;
    } else if (m_db->isReadOnly()) {
        readOnly = ReadOnly::OpenedReadOnly;
    } else if (isServer()) {
        // The server refuses a rep's edits anyway; the window does not offer them. Should the
        // question fail, the server still has the last word.
        const auto access = teamAccess(*m_db);
        if (access && !access->editRecords)
            readOnly = ReadOnly::Role;
    }
    setReadOnly(readOnly);
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
    m_definitions.clear();
    m_rates = ExchangeRates();
    m_offline.reset();
    emit closed();
    setReadOnly(ReadOnly::No);
}

QString Session::location() const
{
    return m_db ? m_db->location() : QString();
}

QString Session::displayName() const
{
    return m_db ? m_db->displayName() : QString();
}

bool Session::isServer() const
{
    return m_db && m_db->backend() == Backend::PostgreSQL;
}

void Session::setReadOnly(ReadOnly readOnly)
{
    const bool was = isReadOnly();
    m_readOnly = readOnly;
    if (was != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

QString Session::readOnlyReason() const
{
    switch (m_readOnly) {
    case ReadOnly::No:
        break;
    case ReadOnly::OfflineCopy:
        return tr("This is an offline copy, opened read-only: changes are made in the team database and "
                  "reach this copy with File › Refresh Offline Copy.");
    case ReadOnly::OpenedReadOnly:
        return tr("The database is open read-only; changes are not allowed.");
    case ReadOnly::Role:
        return tr("Your database role may only read partner records and add notes; ask a manager to make "
                  "changes.");
    }
    return {};
}

Result<void> Session::checkWritable() const
{
    if (isReadOnly())
        return fail(Error::Code::InvalidInput, readOnlyReason());
    return {};
}

const Program *Session::program(const QString &key) const
{
    for (const StoredProgram &sp : m_programs) {
        if (sp.program.key == key)
            return &sp.program;
    }
    return nullptr;
}

const Program *Session::definition(const QString &key) const
{
    for (const StoredProgram &sp : m_definitions) {
        if (sp.program.key == key)
            return &sp.program;
    }
    return nullptr;
}

Result<void> Session::reloadPrograms()
{
    auto programs = m_store->programs();
    if (!programs)
        return std::unexpected(programs.error());
    m_definitions = *programs;
    m_programs = *programs;
    for (StoredProgram &sp : m_programs)
        sp.program = translatedPreset(sp.program);
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
