#pragma once
// Internal to core: the rows a range of partners' facts are made of, and their fold into
// PartnerFacts (issue 17). FactsQuery reads the rows on the thread that owns the connection;
// folding them is pure work that the engine's workers do, so that the reading thread only reads.

#include "../facts.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace pd {

// Compact rows, each vector sorted by partner; dates as yyyymmdd numbers; currencies, product
// lines and kinds interned.
struct FactsRows {
    // A live sales line of the longest span any window needs (see salesScan in factsquery.cpp).
    struct Sale {
        qint64 partner = 0;
        qint64 customer = 0;
        qint64 amount = 0;
        qint64 quantity = 0;
        int soldOn = 0;
        qint16 currency = 0; // into texts
        qint16 product = 0;  // into texts
        qint8 deal = 0;      // 1 a sale, -1 a return that leaves nothing of its original, else 0
        bool renewal = false;
    };
    // A live compliance event on or before the as-of date.
    struct Event {
        qint64 partner = 0;
        EventKind kind {};
        int date = 0;
    };
    // Staff holding a valid certificate on the as-of date.
    struct Certified {
        qint64 partner = 0;
        int sales = 0;
        int technical = 0;
    };
    // Scores on or before the as-of date by partner, metric and date: a metric's last one counts.
    struct Score {
        qint64 partner = 0;
        Metric metric {};
        int measuredOn = 0;
        int valueBp = 0;
    };

    FactsRequest request;
    QStringList texts;
    std::vector<Sale> sales;
    std::vector<Event> events;
    std::vector<Certified> certified;
    std::vector<Score> scores;

    // The partners with at least one row, in order.
    std::vector<qint64> partners() const;
};

// The day after which the sales rows start that the facts need: the recent span of sales months,
// and every window with the window before it (FactsQuery reads from there).
QDate earliestSale(const FactsRequest &request);

// yyyymmdd of an ISO date "YYYY-MM-DD" as stored, or of a QDate.
int dateNumber(QByteArrayView iso);
int dateNumber(const QDate &date);

// Folds FactsRows into one partner's facts at a time. Not shared between threads: it keeps its
// scratch space from one partner to the next. The rows must outlive it.
class FactsFolder {
public:
    explicit FactsFolder(const FactsRows &rows);
    ~FactsFolder();
    FactsFolder(const FactsFolder &) = delete;
    FactsFolder &operator=(const FactsFolder &) = delete;

    PartnerFacts facts(qint64 partnerId);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pd
