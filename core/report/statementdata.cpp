#include "statementdata.h"

#include "presettexts.h"
#include "storage/store.h"

namespace pd::ui {

QString StatementData::productLineName(const QString &key) const
{
    for (const ProductLine &l : program.productLines) {
        if (l.key == key)
            return l.name;
    }
    return key;
}

QString StatementData::tierNameOf(const QString &key) const
{
    const Tier *tier = program.tier(key);
    return tier ? tier->name : key;
}

Result<QList<Payable>> quarterPayouts(Store &store, qint64 partnerId, const Quarter &quarter)
{
    PayoutFilter filter;
    filter.partnerId = partnerId;
    filter.quarter = quarter;
    auto list = PayoutLedger(store.database()).list(filter);
    if (!list)
        return std::unexpected(list.error());
    std::stable_sort(list->begin(), list->end(),
                     [](const Payable &a, const Payable &b) { return a.currency < b.currency; });
    return list;
}

Result<StatementData> StatementCollector::collect(Store &store, qint64 partnerId, const Quarter &quarter)
{
    auto statement = buildStatement(store, partnerId, quarter);
    if (!statement)
        return std::unexpected(statement.error());
    StatementData d;
    d.statement = *statement;
    auto program = store.program(d.statement.partner.programKey);
    if (program) {
        d.program = translatedPreset(program->program);
    } else {
        d.program.name = d.statement.programName;
        d.warnings << tr("The program could not be read: %1").arg(program.error().message);
    }
    d.tierName = d.tierNameOf(d.statement.tierAtQuarterEnd);
    auto payouts = quarterPayouts(store, partnerId, quarter);
    if (payouts)
        d.payouts = *payouts;
    else
        d.warnings << tr("The payout status could not be read: %1").arg(payouts.error().message);
    return d;
}

} // namespace pd::ui
