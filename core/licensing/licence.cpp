#include "licence.h"
#include "licensingtr.h"

#include <QCoreApplication>

namespace pd {

QString licenceKindKey(LicenceKind kind)
{
    return kind == LicenceKind::InternalUse ? QStringLiteral("internal") : QStringLiteral("resale");
}

std::optional<LicenceKind> licenceKindFromKey(const QString &key)
{
    if (key == QLatin1StringView("resale"))
        return LicenceKind::Resale;
    if (key == QLatin1StringView("internal"))
        return LicenceKind::InternalUse;
    return std::nullopt;
}

QString licenceKindLabel(LicenceKind kind)
{
    return kind == LicenceKind::InternalUse ? LicensingTr::tr("internal use") : LicensingTr::tr("resale");
}

QString creditEntryKindKey(CreditEntryKind kind)
{
    switch (kind) {
    case CreditEntryKind::Purchase:
        return QStringLiteral("purchase");
    case CreditEntryKind::Consumption:
        return QStringLiteral("consumption");
    case CreditEntryKind::Correction:
        return QStringLiteral("correction");
    }
    return {};
}

std::optional<CreditEntryKind> creditEntryKindFromKey(const QString &key)
{
    for (auto k : { CreditEntryKind::Purchase, CreditEntryKind::Consumption, CreditEntryKind::Correction }) {
        if (creditEntryKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString creditEntryKindLabel(CreditEntryKind kind)
{
    switch (kind) {
    case CreditEntryKind::Purchase:
        return LicensingTr::tr("purchase");
    case CreditEntryKind::Consumption:
        return LicensingTr::tr("consumption");
    case CreditEntryKind::Correction:
        return LicensingTr::tr("correction");
    }
    return {};
}

} // namespace pd
