#include "spif.h"

#include "../statement.h"
#include "../storage/database.h"

namespace pd {

// Foundation stub (issue 16): the spif branch implements campaigns.
QList<SpifBonus> spifBonuses(const StatementLine &, const QString &, const QList<SpifCampaign> &)
{
    return {};
}

SpifStore::SpifStore(Database &db)
    : m_db(db)
{
}

Result<QList<SpifCampaign>> SpifStore::campaigns() const
{
    return QList<SpifCampaign> {};
}

} // namespace pd
