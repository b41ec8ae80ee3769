// spif list | show | import | export | remove: SPIF campaigns (issue 16)
#include "cli.h"

#include "dates.h"
#include "payouts/spif.h"
#include "storage/database.h"

#include <QLocale>
#include <QSaveFile>

namespace pd::cli {

namespace {

QString bonusText(const SpifCampaign &c)
{
    switch (c.bonusKind) {
    case SpifBonusKind::PerUnit:
        return Tr::tr("%1 per unit").arg(c.amount.display(QLocale()));
    case SpifBonusKind::PerLine:
        return Tr::tr("%1 per line").arg(c.amount.display(QLocale()));
    case SpifBonusKind::Percent:
        return Tr::tr("%1 of the line").arg(percentDisplay(c.percent.bp, QLocale()));
    }
    return {};
}

QString period(const SpifCampaign &c)
{
    return isoDate(c.from) + QStringLiteral(" – ") + isoDate(c.until);
}

QString listOrAll(const QStringList &keys)
{
    return keys.isEmpty() ? Tr::tr("all") : keys.join(QStringLiteral(", "));
}

void show(Context &c, const SpifCampaign &s)
{
    c.out << s.name << " (" << s.key << ")\n";
    if (!s.description.isEmpty())
        c.out << "  " << s.description << '\n';
    c.out << "  " << Tr::tr("Period: %1").arg(period(s)) << '\n';
    c.out << "  " << Tr::tr("Programs: %1").arg(s.programs.join(QStringLiteral(", "))) << '\n';
    c.out << "  " << Tr::tr("Tiers: %1").arg(listOrAll(s.tiers)) << '\n';
    c.out << "  " << Tr::tr("Product lines: %1").arg(listOrAll(s.productLines)) << '\n';
    c.out << "  " << (s.renewals ? Tr::tr("Renewals earn it.") : Tr::tr("Renewals do not earn it.")) << '\n';
    c.out << "  " << Tr::tr("Bonus: %1").arg(bonusText(s)) << '\n';
}

} // namespace

int runSpif(Context &c)
{
    const QString sub = c.args.value(0);
    const int expected = sub == QLatin1StringView("list")     ? 1
                       : sub == QLatin1StringView("show")     ? 2
                       : sub == QLatin1StringView("import")   ? 2
                       : sub == QLatin1StringView("export")   ? 3
                       : sub == QLatin1StringView("remove")   ? 2
                                                              : -1;
    if (expected < 0 || c.args.size() != expected)
        return c.usage(Tr::tr("Use: spif list | spif show KEY | spif import FILE.json | spif export KEY FILE.json | "
                              "spif remove KEY"));
    auto db = c.open();
    if (!db)
        return BadInput;
    SpifStore store(*db);
    if (sub == QLatin1StringView("list")) {
        const auto campaigns = store.campaigns();
        if (!campaigns)
            return c.fail(campaigns.error());
        for (const SpifCampaign &s : *campaigns)
            c.out << s.key << '\t' << s.name << '\t' << period(s) << '\t' << bonusText(s) << '\n';
        return Ok;
    }
    if (sub == QLatin1StringView("import")) {
        const auto campaign = spifFromFile(c.args.at(1));
        if (!campaign)
            return c.fail(campaign.error());
        if (auto r = store.save(*campaign); !r)
            return c.fail(r.error());
        c.out << Tr::tr("SPIF campaign \"%1\" saved.").arg(campaign->key) << '\n';
        return Ok;
    }
    if (sub == QLatin1StringView("remove")) {
        if (auto r = store.remove(c.args.at(1)); !r)
            return c.fail(r.error());
        c.out << Tr::tr("SPIF campaign \"%1\" removed.").arg(c.args.at(1)) << '\n';
        return Ok;
    }
    const auto campaign = store.campaign(c.args.at(1));
    if (!campaign)
        return c.fail(campaign.error());
    if (sub == QLatin1StringView("show")) {
        show(c, *campaign);
        return Ok;
    }
    QSaveFile f(c.args.at(2));
    if (!f.open(QIODevice::WriteOnly) || f.write(spifToJson(*campaign)) < 0 || !f.commit())
        return c.fail(Error { Error::Code::InvalidInput, Tr::tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()) });
    return Ok;
}

} // namespace pd::cli
