#pragma once
// A partner written into a database opened at an older schema version (Database::openAtVersion),
// with the columns of version 1 as the application of that version wrote them: the current Store
// also writes the columns later versions added (the account owner of version 8).
#include "records.h"
#include "storage/database.h"
#include "storage/sql.h"

inline pd::Result<qint64> insertOldPartner(pd::Database &db, const pd::Partner &p)
{
    return pd::sql::insertReturningId(
        db,
        QStringLiteral("INSERT INTO partners (code, name, country, region, category, subcategory, program_id, tier, "
                       "tier_since, joined_on, territory, brand, website) VALUES (?, ?, ?, ?, ?, ?, "
                       "(SELECT id FROM programs WHERE key = ?), ?, ?, ?, ?, ?, ?)"),
        { p.code, p.name, p.country, p.region, pd::categoryKey(p.category), p.subcategory, p.programKey, p.tierKey,
          pd::sql::dateValue(p.tierSince), pd::sql::dateValue(p.joinedOn), p.territory, p.brand, p.website });
}
