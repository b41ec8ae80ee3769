#include "catalog.h"

#include "money.h"

#include <cmath>

namespace pd::gen {

namespace {

const QString kReseller = QStringLiteral("reseller-status");
const QString kCredits = QStringLiteral("activation-credits");
const QString kRevenue = QStringLiteral("revenue-band");
const QString kMarketplace = QStringLiteral("marketplace-developer");

// A retail price rounded the way price lists are: three significant digits, whole cents below 10.
qint64 niceMinor(double major, int digits)
{
    const double scale = std::pow(10.0, digits);
    if (major < 10)
        return std::max<qint64>(1, std::llround(major * scale));
    const double step = std::pow(10.0, std::floor(std::log10(major)) - 2);
    return std::llround(std::round(major / step) * step * scale);
}

struct BaseItem {
    double major;
    int minQty;
    int maxQty;
};

// Price lists in the program's own pricing currency (RUB for the reseller program, USD otherwise).
QList<BaseItem> baseItems(const QString &program, const QString &line, bool renewal)
{
    if (program == kReseller) {
        if (line == QLatin1StringView("ti") && renewal)
            return { { 5900, 1, 5 }, { 10900, 1, 5 }, { 19900, 1, 4 }, { 35900, 1, 3 }, { 63900, 1, 2 } };
        if (line == QLatin1StringView("ti")) // editions for 10, 25, 50, 100, 250 users and one extra user
            return { { 1290, 1, 200 }, { 14900, 1, 10 }, { 27900, 1, 8 }, { 49900, 1, 6 }, { 89900, 1, 4 },
                     { 159900, 1, 3 } };
        if (line == QLatin1StringView("ting"))
            return { { 89900, 1, 5 }, { 149900, 1, 4 }, { 289900, 1, 3 }, { 489900, 1, 2 } };
        if (line == QLatin1StringView("depo_ti"))
            return { { 119000, 1, 5 }, { 199000, 1, 4 }, { 349000, 1, 2 } };
    } else if (program == kCredits) {
        if (line == QLatin1StringView("credits")) // one credit is one dollar of deployment value
            return { { 1, 250, 60000 } };
    } else if (program == kRevenue) {
        if (line == QLatin1StringView("subscriptions")) // per seat and year, team, business, enterprise plans
            return { { 240, 1, 200 }, { 1200, 1, 10 }, { 4800, 1, 5 }, { 12000, 1, 3 } };
        if (line == QLatin1StringView("services"))
            return { { 150, 2, 200 }, { 2500, 1, 4 }, { 9500, 1, 2 } };
    } else if (program == kMarketplace) {
        if (line == QLatin1StringView("templates"))
            return { { 29, 1, 60 }, { 49, 1, 50 }, { 99, 1, 30 }, { 249, 1, 20 } };
        if (line == QLatin1StringView("subscriptions"))
            return { { 60, 1, 200 }, { 600, 1, 20 }, { 1800, 1, 10 }, { 4800, 1, 5 } };
        if (line == QLatin1StringView("implementation"))
            return { { 1500, 1, 3 }, { 4500, 1, 2 }, { 12000, 1, 1 } };
    }
    return { { 50, 1, 100 }, { 500, 1, 20 }, { 5000, 1, 3 } };
}

QString pricingCurrency(const QString &program)
{
    return program == kReseller ? QStringLiteral("RUB") : QStringLiteral("USD");
}

} // namespace

QList<ProgramShare> programShares()
{
    return { { kReseller, 0.40 }, { kCredits, 0.20 }, { kRevenue, 0.25 }, { kMarketplace, 0.15 } };
}

QList<Market> marketsOf(const QString &programKey)
{
    const QString rub = QStringLiteral("RUB"), eur = QStringLiteral("EUR"), usd = QStringLiteral("USD"),
                  mxn = QStringLiteral("MXN"), clp = QStringLiteral("CLP");
    const QString ru = QStringLiteral("RU"), es = QStringLiteral("ES"), us = QStringLiteral("US"),
                  mx = QStringLiteral("MX"), cl = QStringLiteral("CL");
    if (programKey == kReseller)
        return { { ru, rub, {}, 0.92 }, { es, eur, {}, 0.08 } };
    if (programKey == kCredits)
        return { { mx, mxn, QStringLiteral("latam"), 0.30 }, { cl, clp, QStringLiteral("latam"), 0.20 },
                 { us, usd, QStringLiteral("north_america"), 0.30 }, { es, eur, QStringLiteral("europe"), 0.20 } };
    if (programKey == kRevenue)
        return { { us, usd, {}, 0.40 }, { es, eur, {}, 0.20 }, { mx, mxn, {}, 0.25 }, { cl, clp, {}, 0.15 } };
    if (programKey == kMarketplace)
        return { { us, usd, {}, 0.35 }, { es, eur, {}, 0.20 }, { mx, mxn, {}, 0.25 }, { cl, clp, {}, 0.20 } };
    return { { us, usd, {}, 0.5 }, { es, eur, {}, 0.2 }, { mx, mxn, {}, 0.2 }, { cl, clp, {}, 0.1 } };
}

QList<LineWeight> lineWeightsOf(const QString &programKey, const QStringList &programLines)
{
    QList<LineWeight> known;
    if (programKey == kReseller)
        known = { { QStringLiteral("ti"), 0.60, true }, { QStringLiteral("ting"), 0.25, false },
                  { QStringLiteral("depo_ti"), 0.15, false } };
    else if (programKey == kRevenue)
        known = { { QStringLiteral("subscriptions"), 0.65, true }, { QStringLiteral("services"), 0.35, false } };
    else if (programKey == kMarketplace)
        known = { { QStringLiteral("templates"), 0.45, false }, { QStringLiteral("subscriptions"), 0.35, true },
                  { QStringLiteral("implementation"), 0.20, false } };
    // Only lines the stored program still has; a line the catalogue does not know sells generically.
    QList<LineWeight> out;
    for (const QString &line : programLines) {
        LineWeight w { line, 0.2, false };
        for (const LineWeight &k : known) {
            if (k.line == line)
                w = k;
        }
        out << w;
    }
    return out;
}

QList<PriceItem> priceList(const QString &programKey, const QString &line, bool renewal, const QString &currency)
{
    const QString base = pricingCurrency(programKey);
    const int digits = Currency::find(currency).value_or(Currency { currency, 2 }).digits;
    const double factor = usdValue(base) / usdValue(currency);
    QList<PriceItem> out;
    for (const BaseItem &b : baseItems(programKey, line, renewal)) {
        const qint64 minor = currency == base ? std::llround(b.major * std::pow(10.0, digits))
                                              : niceMinor(b.major * factor, digits);
        out << PriceItem { minor, b.minQty, b.maxQty };
    }
    return out;
}

double usdValue(const QString &currency)
{
    if (currency == QLatin1StringView("USD"))
        return 1.0;
    if (currency == QLatin1StringView("EUR"))
        return 1.08;
    if (currency == QLatin1StringView("RUB"))
        return 1.0 / 90.0;
    if (currency == QLatin1StringView("MXN"))
        return 1.0 / 17.8;
    if (currency == QLatin1StringView("CLP"))
        return 1.0 / 940.0;
    if (currency == QLatin1StringView("GBP"))
        return 1.27;
    if (currency == QLatin1StringView("CAD"))
        return 0.74;
    return 1.0;
}

std::pair<double, double> typicalRevenue(const QString &programKey, int tierIndex)
{
    static const QList<std::pair<double, double>> credits { { 3000, 22000 }, { 18000, 70000 }, { 60000, 220000 },
                                                            { 180000, 600000 } };
    static const QList<std::pair<double, double>> marketplace { { 2000, 20000 }, { 15000, 90000 },
                                                                { 60000, 300000 } };
    const int t = std::max(0, tierIndex);
    if (programKey == kReseller)
        return { 80000.0 * (t + 1), 400000.0 * (t + 1) };
    if (programKey == kCredits && t < credits.size())
        return credits.at(t);
    if (programKey == kMarketplace && t < marketplace.size())
        return marketplace.at(t);
    return { 5000.0 * (t + 1), 50000.0 * (t + 1) };
}

QList<double> tierShares(int tierCount)
{
    switch (tierCount) {
    case 1:
        return { 1.0 };
    case 2:
        return { 0.65, 0.35 };
    case 3:
        return { 0.52, 0.32, 0.16 };
    case 4:
        return { 0.50, 0.28, 0.16, 0.06 };
    }
    QList<double> out;
    double w = 1;
    for (int i = 0; i < tierCount; ++i, w *= 0.55)
        out << w;
    return out;
}

QList<CategoryWeight> categoriesOf(const QString &programKey)
{
    using C = PartnerCategory;
    if (programKey == kReseller)
        return { { C::Channel, 0.70 }, { C::Business, 0.15 }, { C::Technology, 0.15 } };
    if (programKey == kCredits)
        return { { C::Channel, 0.40 }, { C::Technology, 0.35 }, { C::Business, 0.25 } };
    if (programKey == kMarketplace)
        return { { C::Technology, 0.55 }, { C::Business, 0.35 }, { C::Education, 0.10 } };
    return { { C::Technology, 0.30 }, { C::Education, 0.20 }, { C::Business, 0.25 }, { C::Channel, 0.25 } };
}

QString technicalCertificate(const QString &programKey)
{
    if (programKey == kReseller)
        return QStringLiteral("Traffic Inspector Certified Engineer");
    if (programKey == kCredits)
        return QStringLiteral("Deployment Specialist");
    if (programKey == kMarketplace)
        return QStringLiteral("Certified Template Developer");
    return QStringLiteral("Platform Technical Certification");
}

QString salesCertificate(const QString &programKey)
{
    if (programKey == kReseller)
        return QStringLiteral("Traffic Inspector Sales Specialist");
    if (programKey == kCredits)
        return QStringLiteral("Partner Sales Accreditation");
    if (programKey == kMarketplace)
        return QStringLiteral("Implementation Sales Certification");
    return QStringLiteral("Partner Sales Certification");
}

} // namespace pd::gen
