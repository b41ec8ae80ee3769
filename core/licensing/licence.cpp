#include "licence.h"

#include <QCoreApplication>

namespace pd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Licensing)
};
} // namespace

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
    return kind == LicenceKind::InternalUse ? Tr::tr("internal use") : Tr::tr("resale");
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
        return Tr::tr("purchase");
    case CreditEntryKind::Consumption:
        return Tr::tr("consumption");
    case CreditEntryKind::Correction:
        return Tr::tr("correction");
    }
    return {};
}

} // namespace pd
