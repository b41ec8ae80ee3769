// The SPIF bonuses of statement lines (pure).
#include "spif.h"

#include "../statement.h"

#include <QHash>
#include <optional>

namespace pd {

namespace {

bool isReturnLine(const StatementLine &line)
{
    return !line.returnsReference.isEmpty() || line.sale.isReturn();
}

bool eligible(const SpifCampaign &c, const StatementLine &line, const QString &programKey)
{
    const QDate date = isReturnLine(line) ? line.returnsSoldOn : line.sale.soldOn;
    return date.isValid() && c.from <= date && date <= c.until && c.programs.contains(programKey)
        && (c.tiers.isEmpty() || c.tiers.contains(line.tierKey))
        && (c.productLines.isEmpty() || c.productLines.contains(line.sale.productLine))
        && (c.renewals || !line.sale.renewal);
}

// The bonus before any limit; nullopt when the campaign pays nothing on this line.
std::optional<Money> bonusOf(const SpifCampaign &c, const StatementLine &line)
{
    const QString currency = line.sale.unitPrice.currency;
    switch (c.bonusKind) {
    case SpifBonusKind::PerUnit: {
        if (c.amount.currency != currency)
            return std::nullopt;
        const auto m = multiplied(c.amount, line.sale.quantity);
        return m ? std::optional<Money>(*m) : std::nullopt;
    }
    case SpifBonusKind::PerLine: {
        if (c.amount.currency != currency)
            return std::nullopt;
        if (!isReturnLine(line))
            return c.amount;
        if (line.returnsQuantity <= 0)
            return std::nullopt;
        const auto share = mulDivRounded(c.amount.minor, line.sale.quantity, line.returnsQuantity);
        return share && inMoneyRange(*share) ? std::optional<Money>(Money { *share, currency }) : std::nullopt;
    }
    case SpifBonusKind::Percent: {
        if (line.amount.currency != currency)
            return std::nullopt;
        const auto m = applyRate(line.amount, c.percent);
        return m ? std::optional<Money>(*m) : std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace

QList<SpifBonus> spifBonuses(const StatementLine &line, const QString &programKey, const QList<SpifCampaign> &campaigns)
{
    QList<SpifBonus> out;
    if (line.sale.voided.isVoid())
        return out;
    for (const SpifCampaign &c : campaigns) {
        if (!eligible(c, line, programKey))
            continue;
        const auto bonus = bonusOf(c, line);
        if (bonus && bonus->minor != 0)
            out << SpifBonus { c.key, c.name, *bonus };
    }
    return out;
}

void limitSpifTakeBacks(const StatementLine &original, QList<StatementLine> &returns)
{
    QHash<QString, Money> left; // per campaign: what the original earned and no return took back yet
    for (const SpifBonus &b : original.spif) {
        if (b.amount.minor > 0)
            left.insert(b.campaignKey, b.amount);
    }
    for (StatementLine &r : returns) {
        QList<SpifBonus> kept;
        for (SpifBonus b : std::as_const(r.spif)) {
            const auto l = left.find(b.campaignKey);
            if (l == left.end() || l->currency != b.amount.currency)
                continue;
            b.amount.minor = std::max(b.amount.minor, -l->minor);
            l->minor += b.amount.minor;
            if (b.amount.minor != 0)
                kept << b;
        }
        r.spif = kept;
    }
}

} // namespace pd
