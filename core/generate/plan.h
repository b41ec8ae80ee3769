#pragma once

#include "builder.h"

#include <QList>
#include <vector>

namespace pd::gen {

struct PlanOptions {
    int partners = 0;
    qint64 sales = 0;
    quint64 seed = 1;
    QDate today;
    bool demo = false;
};

// Decides every partner's program, market, stored tier and scenario, and how many sales lines
// each one gets (exactly `sales` in all, shared by sales volume). The demo starts with a curated
// set of partners that show each kind of tier gap.
std::vector<PartnerSeed> planPartners(const PlanOptions &options, const QList<Program> &programs,
                                      const ExchangeRates &rates);

// The random stream of one partner's records.
inline quint64 partnerStream(quint64 seed, qint64 number)
{
    return Random::streamSeed(seed, quint64(number) * 2 + 1);
}

} // namespace pd::gen
