#pragma once
// Internal to core/storage: helpers shared by the licensing stores.

#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace pd::licsql {

using sql::selectAll;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::LicenceStore)
};


// Module lists are stored as one comma-separated text (module names hold no commas).
inline QString joinModules(const QStringList &modules)
{
    return modules.join(u',');
}

inline QStringList splitModules(const QVariant &v)
{
    return v.toString().split(u',', Qt::SkipEmptyParts);
}

// A nullable id column: 0 is stored as NULL.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QDateTime timestampOf(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace pd::licsql
