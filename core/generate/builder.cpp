#include "builder.h"

#include "events.h"
#include "facts.h"
#include "names.h"
#include "sales.h"

#include <QMap>
#include <QSet>
#include <cmath>

namespace pd::gen {

namespace {

QDate joinedDate(const PartnerSeed &seed, const QDate &today, Random &rng)
{
    const ProfilePlan &p = seed.plan;
    QDate joined = seed.recent ? today.addDays(-rng.range(45, 330)) : today.addDays(-rng.range(400, 2900));
    // Whole months in the program, as the engine counts them, within what the plan needs.
    if (p.mustMonths > 0 && joined > today.addMonths(-p.mustMonths).addDays(-3))
        joined = today.addMonths(-p.mustMonths).addDays(-rng.range(3, 60));
    if (p.maxMonths != INT_MAX && joined <= today.addMonths(-(p.maxMonths + 1)))
        joined = today.addMonths(-(p.maxMonths + 1)).addDays(rng.range(3, 20));
    return joined;
}

QString brandFor(const Program &program, const QString &wanted)
{
    for (const Brand &b : program.brands) {
        if (b.key == wanted)
            return wanted;
    }
    return program.brands.isEmpty() ? QString() : program.brands.first().key;
}

qint64 toLocal(const ExchangeRates &rates, qint64 amount, const QString &from, const QString &to, const QDate &on)
{
    const auto m = rates.convert(Money { amount, from }, to, on);
    return m ? m->minor : amount;
}

Certification validCertificate(const QString &name, const QDate &today, Random &rng)
{
    // Certificates are valid for two years; some expire within the next two months.
    const QDate passed = rng.chance(0.15) ? today.addYears(-2).addDays(rng.range(1, 60))
                                          : today.addDays(-rng.range(20, 690));
    return Certification { 0, 0, name, passed, passed.addYears(2), 0, {} };
}

Certification expiredCertificate(const QString &name, const QDate &today, Random &rng)
{
    const QDate passed = today.addYears(-2).addDays(-rng.range(5, 400));
    return Certification { 0, 0, name, passed, passed.addYears(2), 0, {} };
}

class StaffMaker {
public:
    StaffMaker(PartnerBundle &bundle, const QString &domain, const QDate &today, Random &rng)
        : m_bundle(bundle)
        , m_domain(domain)
        , m_today(today)
        , m_rng(rng)
    {
    }

    PlannedStaff &add(StaffRole role)
    {
        PersonName person = personName(m_bundle.partner.country, m_rng);
        for (int i = 0; i < 4 && m_names.contains(person.name); ++i)
            person = personName(m_bundle.partner.country, m_rng);
        QString email = person.emailLocal;
        for (int n = 2; m_emails.contains(email); ++n)
            email = person.emailLocal + QString::number(n);
        m_names.insert(person.name);
        m_emails.insert(email);
        PlannedStaff s;
        s.member = StaffMember { 0, 0, person.name, email + u'@' + m_domain, role };
        m_bundle.staff << s;
        return m_bundle.staff.last();
    }

    // `valid` members hold a certificate valid today; others may hold only an expired one.
    void make(StaffRole role, int valid, bool expiredOne, const QString &certificate)
    {
        for (int i = 0; i < valid; ++i) {
            PlannedStaff &s = add(role);
            Certification c = validCertificate(certificate, m_today, m_rng);
            if (m_rng.chance(0.15)) // renewed: the previous certificate ran out when this one was passed
                s.certifications << Certification { 0, 0, certificate, c.passedOn.addYears(-2), c.passedOn, 0, {} };
            s.certifications << c;
        }
        if (expiredOne)
            add(role).certifications << expiredCertificate(certificate, m_today, m_rng);
    }

private:
    PartnerBundle &m_bundle;
    QString m_domain;
    QDate m_today;
    Random &m_rng;
    QSet<QString> m_names;
    QSet<QString> m_emails;
};

// How many holders of a valid certificate: what the plan needs, or a random few within its cap.
int validCount(int must, int max, double chance, Random &rng)
{
    int n = must > 0 ? must + (rng.chance(0.3) ? 1 : 0) : (rng.chance(chance) ? 1 : 0);
    return std::min(n, max);
}

void addStaff(PartnerBundle &b, const PartnerSeed &seed, const QString &domain, const QDate &today, Random &rng)
{
    const ProfilePlan &p = seed.plan;
    const QString key = b.partner.programKey;
    StaffMaker maker(b, domain, today, rng);
    const int technical = validCount(p.mustTechnical, p.maxTechnical, 0.45, rng);
    maker.make(StaffRole::Technical, technical, technical == 0 ? rng.chance(0.6) : rng.chance(0.15),
               technicalCertificate(key));
    const int sales = validCount(p.mustSales, p.maxSales, 0.35, rng);
    maker.make(StaffRole::Sales, sales, sales == 0 ? rng.chance(0.4) : rng.chance(0.1), salesCertificate(key));
    if (b.staff.isEmpty() || rng.chance(0.3))
        maker.add(rng.chance(0.5) ? StaffRole::Sales : StaffRole::Technical); // not certified
}

// Months with a gap that the plan needs, chosen among the months the engine inspects.
void chooseGaps(const ProfilePlan &p, const PartnerBundle &b, const QDate &today, QMap<EventKind, EventPattern> &patterns,
                SalesInput &sales, Random &rng)
{
    for (auto it = p.events.begin(); it != p.events.end(); ++it) {
        EventPattern &pattern = patterns[it.key()];
        pattern.level = it->must;
        pattern.fail = it->fail;
        pattern.period = it->period;
        if (it->fail == EveryQuarter) {
            const QList<int> quarters = inspectedQuarters(today, it->period, b.partner.joinedOn);
            if (!quarters.isEmpty())
                pattern.gapQuarter = quarters.at(rng.range(qsizetype(0), quarters.size() - 1));
        } else if (it->fail >= EveryMonthWithSales) {
            const QList<int> months = inspectedMonths(today, it->period, b.partner.joinedOn);
            if (months.isEmpty())
                continue;
            pattern.gapMonth = months.at(rng.range(qsizetype(0), months.size() - 1));
            if (it->fail == EveryMonth && it->must == EveryMonthWithSales)
                sales.avoidMonth = pattern.gapMonth; // missing a month without sales only
            else if (it->fail == EveryMonthWithSales)
                sales.forceMonth = pattern.gapMonth; // missing a month with sales
        }
    }
}

// The strongest level any requirement of the program asks of an event kind.
QMap<EventKind, int> programEventLevels(const Program &program)
{
    QMap<EventKind, int> out;
    for (const Tier &t : program.tiers) {
        for (const Requirement &r : t.requirements) {
            if (r.metric == Metric::Event)
                out[r.event] = std::max(out.value(r.event), eventLevel(r));
        }
    }
    return out;
}

void addScores(PartnerBundle &b, const PartnerSeed &seed, const Program &program, const QDate &today, Random &rng)
{
    const Tier &tier = program.tiers.at(seed.plan.storedTier);
    for (const Metric m : { Metric::Nps, Metric::Satisfaction, Metric::Advocacy }) {
        qint32 base = m == Metric::Nps ? 2500 + 1000 * seed.plan.storedTier : 8000;
        for (const Requirement &r : tier.targets) {
            if (r.metric == m)
                base = r.percent.bp;
        }
        const auto bounds = seed.plan.scoreBounds.value(m, { m == Metric::Nps ? -10000 : 0, 10000 });
        // Twice a year, newest first; the newest is the one requirements read.
        for (int k = 0; k < 4; ++k) {
            const QDate on = today.addMonths(-6 * k).addDays(-rng.range(0, 20));
            if (on < b.partner.joinedOn)
                break;
            qint32 v = base + qint32(rng.range(-900, 900));
            v = std::clamp(v, m == Metric::Nps ? -10000 : 0, 10000);
            if (k == 0)
                v = std::clamp(v, bounds.first, std::max(bounds.first, bounds.second));
            b.scores << Score { 0, 0, m, on, Rate { v }, 0, {} };
        }
    }
}

bool usesScores(const Program &program)
{
    for (const Tier &t : program.tiers) {
        for (const QList<Requirement> *list : { &t.requirements, &t.targets }) {
            for (const Requirement &r : *list) {
                if (r.metric == Metric::Nps || r.metric == Metric::Satisfaction || r.metric == Metric::Advocacy)
                    return true;
            }
        }
    }
    return false;
}

} // namespace

PartnerBundle buildPartner(const PartnerSeed &seed, const BuildContext &context, const QString &companyName,
                           const QString &domain, qint64 &nextCustomer, Random &rng)
{
    const Program &program = *context.program;
    const ProfilePlan &plan = seed.plan;
    const QDate &today = context.today;
    PartnerBundle b;
    Partner &p = b.partner;
    p.code = QStringLiteral("P-%1").arg(seed.number, 6, 10, QLatin1Char('0'));
    p.name = companyName;
    p.country = seed.market.country;
    p.region = region(p.country, rng);
    const QList<CategoryWeight> categories = categoriesOf(program.key);
    std::vector<double> weights;
    for (const CategoryWeight &c : categories)
        weights.push_back(c.weight);
    p.category = categories.at(rng.weighted(weights)).category;
    const QStringList subcategories = subcategoryKeys(p.category);
    p.subcategory = subcategories.at(rng.range(qsizetype(0), subcategories.size() - 1));
    p.programKey = program.key;
    const Tier &tier = program.tiers.at(plan.storedTier);
    p.tierKey = tier.key;
    p.joinedOn = joinedDate(seed, today, rng);
    p.tierSince = plan.storedTier == 0 ? p.joinedOn
                                       : std::min(today.addDays(-30), p.joinedOn.addDays(rng.range(90, 700)));
    p.tierSince = std::max(p.tierSince, p.joinedOn);
    if (seed.tierHistory && plan.storedTier > 0 && p.tierSince > p.joinedOn)
        b.previousTier = program.tiers.at(plan.storedTier - 1).key;
    p.territory = tier.territory == Territory::Regional  ? p.region
                  : tier.territory == Territory::Country ? countryName(p.country)
                                                         : QString();
    p.brand = brandFor(program, seed.market.brand);
    if (plan.needsWebsite || rng.chance(0.88))
        p.website = QStringLiteral("https://www.") + domain;
    p.owner = accountOwner(p.country, seed.number);

    for (int i = 0, n = rng.range(1, 3); i < n; ++i) {
        const PersonName person = personName(p.country, rng);
        b.contacts << Contact { 0, 0, person.name, contactRole(p.country, i), person.emailLocal + u'@' + domain,
                                phoneNumber(p.country, rng) };
    }
    addStaff(b, seed, domain, today, rng);

    // Customers: a partner sells to a handful of them again and again.
    const int lines = seed.trailingLines + seed.previousLines;
    int customers = lines == 0 ? (rng.chance(0.5) ? 1 : 0)
                               : std::clamp(int(std::lround(lines / rng.real(2.5, 5.0))), 1, lines);
    customers = std::max(std::min(customers, plan.maxActive), std::min(plan.mustActive, lines));
    customers = std::max(customers, lines > 0 ? 1 : 0); // every sale needs a customer
    for (int i = 0; i < customers; ++i) {
        const qint64 number = nextCustomer++;
        b.customers << Customer { 0, 0, QStringLiteral("C-%1").arg(number, 7, 10, QLatin1Char('0')),
                                  context.demo ? customerName(p.country, rng)
                                               : QStringLiteral("Customer %1").arg(number, 7, 10, QLatin1Char('0')),
                                  p.country };
    }

    SalesInput in;
    in.programKey = program.key;
    in.currency = seed.market.currency;
    QStringList programLines;
    for (const ProductLine &l : program.productLines)
        programLines << l.key;
    in.lines = lineWeightsOf(program.key, programLines);
    in.today = today;
    in.joinedOn = p.joinedOn;
    const ExchangeRates &rates = *context.rates;
    in.trailingLines = seed.trailingLines;
    in.trailingTarget = toLocal(rates, plan.revenue, program.currency, in.currency, today);
    // A 1 % margin keeps conversion rounding from crossing a threshold.
    if (plan.minRevenue > 0)
        in.trailingLo = qint64(std::ceil(double(toLocal(rates, plan.minRevenue, program.currency, in.currency, today)) * 1.01));
    if (plan.maxRevenue >= 0)
        in.trailingHi = qint64(double(toLocal(rates, plan.maxRevenue, program.currency, in.currency, today)) * 0.99);
    const int renewalCap = std::min(plan.maxRenewals, seed.trailingLines);
    int renewals = 0;
    for (int i = 0; i < seed.trailingLines; ++i)
        renewals += rng.chance(0.12) ? 1 : 0;
    in.renewals = std::clamp(std::max(renewals, plan.mustRenewals), 0, std::max(0, renewalCap));
    in.previousLines = seed.previousLines;
    in.previousTarget = toLocal(rates, plan.previousRevenue, program.currency, in.currency, today);
    in.previousRenewals = seed.previousLines / 8;
    in.customers = customers;

    QMap<EventKind, EventPattern> patterns;
    chooseGaps(plan, b, today, patterns, in, rng);
    b.sales = buildSales(in, rng);

    EventContext ec { today, p.joinedOn, {} };
    for (const Sale &s : b.sales)
        ec.salesMonths.insert(monthNumber(s.soldOn));
    // Every partner has signed a contract unless the plan says otherwise; kinds that no met
    // requirement needs are recorded by some partners anyway, with gaps.
    const QMap<EventKind, int> levels = programEventLevels(program);
    for (auto it = levels.begin(); it != levels.end(); ++it) {
        EventPattern &pattern = patterns[it.key()];
        if (pattern.level == NoEvent && pattern.fail == NoEvent && rng.chance(0.35)) {
            pattern.level = it.value();
            pattern.noisy = true;
        } else if (pattern.level == NoEvent && pattern.fail > Once && rng.chance(0.5)) {
            pattern.level = pattern.fail == EveryMonth ? EveryMonthWithSales : std::max<int>(Once, pattern.fail - 1);
            pattern.noisy = pattern.fail != EveryMonth;
        }
    }
    EventPattern &contract = patterns[EventKind::ContractSigned];
    if (contract.fail == NoEvent)
        contract.level = std::max<int>(contract.level, Once);
    contract.onJoining = true;
    if (program.key == QLatin1StringView("revenue-band") && !patterns.contains(EventKind::TrainingCompleted))
        patterns[EventKind::TrainingCompleted].level = Once; // onboarding includes training
    for (const QString &key : eventKeys()) {
        const EventKind kind = eventFromKey(key).value_or(EventKind::ContractSigned);
        if (!patterns.contains(kind))
            continue;
        for (const QDate &d : eventDates(patterns.value(kind), ec, rng))
            b.events << ComplianceEvent { 0, 0, kind, d, {}, 0, {} };
    }
    if (usesScores(program))
        addScores(b, seed, program, today, rng);
    return b;
}

} // namespace pd::gen
