#include "overrides.h"

#include "../statement.h"
#include "../storage/database.h"

namespace pd {

// Foundation stub (issue 16): the commission branch implements overrides.
const RateOverride *overrideOn(const QList<RateOverride> &, const QString &, const QDate &)
{
    return nullptr;
}

void applyOverride(StatementLine &, const QList<RateOverride> &)
{
}

RateOverrideStore::RateOverrideStore(Database &db)
    : m_db(db)
{
}

Result<QList<RateOverride>> RateOverrideStore::forPartner(qint64) const
{
    return QList<RateOverride> {};
}

} // namespace pd
