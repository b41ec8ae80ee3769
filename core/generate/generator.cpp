#include "generator.h"

#include "catalog.h"
#include "names.h"
#include "dates.h"
#include "payouts/spif.h"
#include "plan.h"
#include "storage/recordwriter.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Generator)
};

constexpr int kMaxPartners = 10'000'000;

// The demo's SPIF campaign: the reseller program's yearly SPIF for Privileged (PROGRAMS.md §1),
// over the four quarters up to the end of today's, a percentage so that lines in every market's
// currency earn it.
SpifCampaign demoSpif(const QDate &today)
{
    SpifCampaign c;
    c.until = Quarter::containing(today).last();
    c.from = c.until.addYears(-1).addDays(1);
    c.key = QStringLiteral("privileged-spif-%1").arg(c.until.year());
    c.name = Tr::tr("Privileged yearly SPIF %1").arg(c.until.year());
    c.description = Tr::tr("PartnerDesk demo data: 2 % of every line sold while Privileged.");
    c.programs = { QStringLiteral("reseller-status") };
    c.tiers = { QStringLiteral("privileged") };
    c.bonusKind = SpifBonusKind::Percent;
    c.percent = Rate::percent(2);
    return c;
}
constexpr qint64 kMaxSales = 500'000'000;

// Every currency the data uses against every currency a program measures in (its own and its
// thresholds'), once, with the stronger currency as the base so that six decimals stay precise.
QList<std::pair<QString, QString>> neededPairs(const QList<Program> &programs)
{
    QStringList targets;
    QStringList used;
    for (const Program &p : programs) {
        targets << p.currency;
        for (const Tier &t : p.tiers) {
            for (const QList<Requirement> *list : { &t.requirements, &t.targets }) {
                for (const Requirement &r : *list) {
                    if (r.metric == Metric::Sales)
                        targets << r.money.currency;
                }
            }
        }
        for (const gen::Market &m : gen::marketsOf(p.key))
            used << m.currency;
    }
    used << targets;
    targets.removeDuplicates();
    used.removeDuplicates();
    QSet<QString> seen;
    QList<std::pair<QString, QString>> out;
    for (const QString &a : used) {
        for (const QString &b : targets) {
            const std::pair<QString, QString> pair = gen::usdValue(a) >= gen::usdValue(b) ? std::pair(a, b) : std::pair(b, a);
            const QString key = pair.first + u'/' + pair.second;
            if (a != b && !seen.contains(key)) {
                seen.insert(key);
                out << pair;
            }
        }
    }
    return out;
}

// Monthly rates on the first day of each month from 25 months before `today` to its month: each
// currency's dollar value drifts a little around its anchor, and cross rates follow from the
// values so that the table is consistent.
QList<FxRate> rateTable(const QList<Program> &programs, const QDate &today, quint64 seed)
{
    const QList<std::pair<QString, QString>> pairs = neededPairs(programs);
    QStringList currencies;
    for (const auto &[a, b] : pairs) {
        if (!currencies.contains(a))
            currencies << a;
        if (!currencies.contains(b))
            currencies << b;
    }
    gen::Random rng(gen::Random::streamSeed(seed, 0xF0F0F0F0ull));
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-25);
    QList<FxRate> out;
    QHash<QString, double> drift;
    for (QDate month = first; month <= today; month = month.addMonths(1)) {
        for (const QString &c : currencies) {
            // The dollar is the anchor and does not drift against itself.
            const double d = c == QLatin1StringView("USD") ? 0.0 : drift.value(c) * 0.6 + rng.real(-0.02, 0.02);
            drift.insert(c, d);
        }
        for (const auto &[base, quote] : pairs) {
            const double rate = gen::usdValue(base) * std::exp(drift.value(base)) / (gen::usdValue(quote) * std::exp(drift.value(quote)));
            out << FxRate { month, base, quote, std::llround(rate * 1'000'000.0) };
        }
    }
    return out;
}

Result<void> writeBundle(RecordWriter &w, gen::PartnerBundle &b, GenerateSummary &summary)
{
    const auto id = w.addPartner(b.partner);
    if (!id)
        return std::unexpected(id.error());
    if (!b.previousTier.isEmpty()) {
        // The partner reached its tier at the annual review; recorded at a fixed time of that day
        // so that the same seed gives the same content.
        const TierChange change { 0, *id, b.previousTier, b.partner.tierKey, b.partner.tierSince,
                                  Tr::tr("Requirements met at the annual review"), Tr::tr("PartnerDesk demo data"),
                                  QDateTime(b.partner.tierSince, QTime(9, 0), Qt::UTC) };
        if (auto r = w.addTierChange(change); !r)
            return r;
    }
    ++summary.partners;
    for (Contact &c : b.contacts) {
        c.partnerId = *id;
        if (auto r = w.addContact(c); !r)
            return std::unexpected(r.error());
    }
    for (gen::PlannedStaff &s : b.staff) {
        s.member.partnerId = *id;
        const auto staffId = w.addStaff(s.member);
        if (!staffId)
            return std::unexpected(staffId.error());
        ++summary.staff;
        for (Certification &c : s.certifications) {
            c.staffId = *staffId;
            if (auto r = w.addCertification(c); !r)
                return std::unexpected(r.error());
            ++summary.certifications;
        }
    }
    QList<qint64> customerIds;
    for (Customer &c : b.customers) {
        c.partnerId = *id;
        const auto customerId = w.addCustomer(c);
        if (!customerId)
            return std::unexpected(customerId.error());
        customerIds << *customerId;
    }
    summary.customers += customerIds.size();
    int lineNumber = 0;
    for (Sale &s : b.sales) {
        s.partnerId = *id;
        s.customerId = customerIds.at(s.customerId);
        // Unique, as the partner's code is: demo lines keep to the unique index of references.
        s.reference = QStringLiteral("G-%1-%2").arg(b.partner.code).arg(++lineNumber);
        if (auto r = w.addSale(s); !r)
            return r;
    }
    summary.sales += b.sales.size();
    for (ComplianceEvent &e : b.events) {
        e.partnerId = *id;
        if (auto r = w.addEvent(e); !r)
            return r;
    }
    summary.events += b.events.size();
    for (Score &s : b.scores) {
        s.partnerId = *id;
        if (auto r = w.addScore(s); !r)
            return r;
    }
    summary.scores += b.scores.size();
    return {};
}

Result<void> validate(const GenerateOptions &o)
{
    if (o.partners < 0 || o.partners > kMaxPartners)
        return fail(Error::Code::InvalidInput, Tr::tr("The number of partners must be between 0 and %1.").arg(kMaxPartners));
    if (o.sales < 0 || o.sales > kMaxSales)
        return fail(Error::Code::InvalidInput, Tr::tr("The number of sales lines must be between 0 and %1.").arg(kMaxSales));
    if (o.sales > 0 && o.partners == 0)
        return fail(Error::Code::InvalidInput, Tr::tr("Sales lines need at least one partner."));
    if (!o.today.isValid())
        return fail(Error::Code::InvalidInput, Tr::tr("The as-of date for the generated data is not a valid date."));
    return {};
}

} // namespace

Result<GenerateSummary> generate(Store &store, const GenerateOptions &options, const ProgressFn &progress)
{
    if (auto r = validate(options); !r)
        return std::unexpected(r.error());
    if (auto r = store.installBuiltinPrograms(); !r)
        return std::unexpected(r.error());
    const auto existing = store.partnerCount();
    if (!existing)
        return std::unexpected(existing.error());
    // Generated codes start at P-000001, and the same seed must give the same content.
    if (*existing > 0)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("The database already holds %n partner(s). Generate data into a new, empty database.",
                           nullptr, int(std::min<qint64>(*existing, INT_MAX))));
    QList<Program> programs;
    for (const QString &key : builtinProgramKeys()) {
        const auto stored = store.program(key);
        if (stored && !stored->program.tiers.isEmpty() && !stored->program.productLines.isEmpty())
            programs << stored->program;
        else if (!stored && stored.error().code != Error::Code::NotFound)
            return std::unexpected(stored.error());
    }
    if (programs.isEmpty())
        return fail(Error::Code::NotFound, Tr::tr("None of the built-in programs is available to generate data for."));

    const QList<FxRate> fx = rateTable(programs, options.today, options.seed);
    const ExchangeRates rates(fx);
    const gen::PlanOptions planOptions { options.partners, options.sales, options.seed, options.today, options.demo };
    std::vector<gen::PartnerSeed> seeds = gen::planPartners(planOptions, programs, rates);

    GenerateSummary summary;
    const qint64 total = qint64(seeds.size());
    if (!reportProgress(progress, 0, total))
        return fail(Error::Code::Cancelled, Tr::tr("Data generation was cancelled; nothing was written."));
    auto written = store.database().transaction([&]() -> Result<void> {
        for (const FxRate &r : fx) {
            if (auto w = store.setFxRate(r); !w)
                return w;
        }
        summary.fxRates = fx.size();
        const bool reseller = std::any_of(programs.cbegin(), programs.cend(),
                                          [](const Program &p) { return p.key == QLatin1StringView("reseller-status"); });
        if (options.demo && reseller) {
            if (auto w = SpifStore(store.database()).saveInTransaction(demoSpif(options.today)); !w)
                return w;
        }
        RecordWriter writer(store.database());
        writer.setBuffered(true); // nothing reads the tables before the end
        QSet<QString> domains;
        qint64 nextCustomer = 1;
        for (size_t i = 0; i < seeds.size(); ++i) {
            const gen::PartnerSeed &seed = seeds[i];
            gen::Random rng(gen::partnerStream(options.seed, seed.number));
            gen::CompanyName company = gen::numberedCompanyName(seed.market.country, seed.number);
            if (options.demo) {
                // Distinct web sites, so distinct names too (the legal form aside).
                company = gen::companyName(seed.market.country, rng);
                for (int attempt = 0; attempt < 12 && domains.contains(company.domain); ++attempt)
                    company = gen::companyName(seed.market.country, rng);
                domains.insert(company.domain);
            }
            const gen::BuildContext context { &programs.at(seed.program), &rates, options.today, options.demo };
            gen::PartnerBundle bundle = gen::buildPartner(seed, context, company.name, company.domain, nextCustomer, rng);
            if (auto w = writeBundle(writer, bundle, summary); !w)
                return w;
            if ((i + 1) % 64 == 0 && !reportProgress(progress, qint64(i + 1), total))
                return fail(Error::Code::Cancelled, Tr::tr("Data generation was cancelled; nothing was written."));
        }
        return writer.finish();
    });
    if (!written)
        return std::unexpected(written.error());
    reportProgress(progress, total, total);
    return summary;
}

} // namespace pd
