#pragma once

#include "records.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pd::gen {

// Where a program's partners are and what they sell in: the markets of PROGRAMS.md.
struct Market {
    QString country;  // ISO 3166-1 alpha-2
    QString currency; // the currency its partners sell in
    QString brand;    // the program brand for the country ("" when the program has none)
    double weight = 1;
};

// One retail price of a product line: the fixed price of one unit and the quantities it sells in.
struct PriceItem {
    qint64 minor = 0;
    int minQty = 1;
    int maxQty = 1;
};

struct LineWeight {
    QString line;
    double weight = 1;
    bool renewable = false; // renewals of this line are sold (renewal = true)
};

// The share of partners in each built-in program.
struct ProgramShare {
    QString key;
    double weight = 1;
};
QList<ProgramShare> programShares();

QList<Market> marketsOf(const QString &programKey);
QList<LineWeight> lineWeightsOf(const QString &programKey, const QStringList &programLines);

// Retail prices of a product line in a currency, cheapest first. Lines the catalogue does not
// know (a user-edited program) get a generic list.
QList<PriceItem> priceList(const QString &programKey, const QString &line, bool renewal, const QString &currency);

// The value of one unit of the currency in US dollars, the anchor of the generated rate table.
double usdValue(const QString &currency);

// Trailing-12-month revenue, in the program's currency (major units), typical for a tier index
// of a program whose tiers have no sales threshold.
std::pair<double, double> typicalRevenue(const QString &programKey, int tierIndex);

// Tier shares, lowest tier first.
QList<double> tierShares(int tierCount);

struct CategoryWeight {
    PartnerCategory category = PartnerCategory::Channel;
    double weight = 1;
};
QList<CategoryWeight> categoriesOf(const QString &programKey);

QString technicalCertificate(const QString &programKey);
QString salesCertificate(const QString &programKey);

} // namespace pd::gen
