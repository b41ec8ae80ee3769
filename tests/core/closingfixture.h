#pragma once
// The closing tests' data (tst_closing, tst_postgres_closing): two reseller-program partners with
// the seed figures of PROGRAMS.md §1 in 2026-Q3, closed, then every kind of late change.

#include "payouts/closing.h"
#include "payouts/payoutledger.h"
#include "statement.h"
#include "storage/corrections.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QTest>

namespace pd::test {

inline const Quarter kQ3 { 2026, 3 };
inline const Quarter kQ4 { 2026, 4 };
inline const QDate kAfterQ3 { 2026, 10, 15 };
inline const QDate kAfterQ4 { 2027, 1, 10 };

struct ClosingData {
    Database *db = nullptr;
    std::unique_ptr<Store> store;
    qint64 privileged = 0; // P-1, Privileged since 2025 (5 % quarterly rebate)
    qint64 certified = 0;  // P-2, Certified since 2025
    qint64 customer1 = 0;
    qint64 customer2 = 0;
    QHash<QString, qint64> sale; // by reference

    qint64 addPartner(const QString &code, const QString &tier)
    {
        Partner p;
        p.code = code;
        p.name = QStringLiteral("Partner ") + code;
        p.country = QStringLiteral("RU");
        p.programKey = QStringLiteral("reseller-status");
        p.tierKey = tier;
        p.tierSince = QDate(2025, 1, 1);
        p.joinedOn = QDate(2024, 1, 1);
        return store->insertPartner(p).value_or(0);
    }
    qint64 addCustomer(qint64 partner, const QString &code)
    {
        Customer c;
        c.partnerId = partner;
        c.code = code;
        c.name = code;
        return store->insertCustomer(c).value_or(0);
    }
    // A line of `units` minor units × quantity; returns 0 on failure.
    qint64 addSale(qint64 partner, const QString &reference, const QDate &on, const QString &line, qint64 unit,
                   int quantity = 1, bool renewal = false, qint64 returns = 0)
    {
        Sale s;
        s.partnerId = partner;
        s.customerId = partner == privileged ? customer1 : customer2;
        s.soldOn = on;
        s.productLine = line;
        s.unitPrice = Money { unit, QStringLiteral("RUB") };
        s.quantity = quantity;
        s.renewal = renewal;
        s.reference = reference;
        s.returnsId = returns;
        const qint64 id = store->insertSale(s).value_or(0);
        sale.insert(reference, id);
        return id;
    }

    // The programs, the partners and their 2026-Q3 lines. Privileged: TI 35 %, TING and DEPO 25 %,
    // renewals 35 %, 5 % rebate; Certified: 30 / 20 / 20 / 30, no rebate.
    bool seed()
    {
        store = std::make_unique<Store>(*db);
        if (!store->installBuiltinPrograms())
            return false;
        privileged = addPartner(QStringLiteral("P-1"), QStringLiteral("privileged"));
        certified = addPartner(QStringLiteral("P-2"), QStringLiteral("certified"));
        customer1 = addCustomer(privileged, QStringLiteral("C-1"));
        customer2 = addCustomer(certified, QStringLiteral("C-2"));
        const QDate on(2026, 8, 10);
        return addSale(privileged, QStringLiteral("A-TI"), on, QStringLiteral("ti"), 10000000)            // 35 % = 35,000.00
            && addSale(privileged, QStringLiteral("A-TING"), on, QStringLiteral("ting"), 20000000)        // 25 % = 50,000.00
            && addSale(privileged, QStringLiteral("A-DEPO"), on, QStringLiteral("depo_ti"), 4000000)      // 25 % = 10,000.00
            && addSale(privileged, QStringLiteral("A-REN"), on, QStringLiteral("ti"), 1000000, 1, true)   // 35 % = 3,500.00
            && addSale(privileged, QStringLiteral("A-CENT"), on, QStringLiteral("ti"), 3)                 // 35 % of 0.03 = 0.01
            && addSale(certified, QStringLiteral("B-TI"), on, QStringLiteral("ti"), 10000000)             // 30 % = 30,000.00
            && addSale(certified, QStringLiteral("B-TING"), on, QStringLiteral("ting"), 5000000)          // 20 % = 10,000.00
            && addSale(certified, QStringLiteral("B-DEPO"), on, QStringLiteral("depo_ti"), 5000000)       // 20 % = 10,000.00
            && addSale(certified, QStringLiteral("B-REN"), on, QStringLiteral("ting"), 1000000, 1, true)  // 30 % = 3,000.00
            && addSale(privileged, QStringLiteral("A-OLD"), QDate(2026, 5, 5), QStringLiteral("ti"), 100000); // Q2: before the ledger
    }

    // After the close: a program rate change, a back-dated tier change, a late sale, a late return,
    // a void and a correction, all dated in the closed 2026-Q3; and one Q4 sale.
    bool lateChanges()
    {
        auto program = store->program(QStringLiteral("reseller-status"));
        if (!program)
            return false;
        for (Tier &t : program->program.tiers) {
            if (t.key == QLatin1String("privileged"))
                t.rates[QStringLiteral("ti")].min = t.rates[QStringLiteral("ti")].max = Rate::percent(40);
        }
        if (!store->saveProgram(program->program))
            return false;
        const auto p2 = store->partner(certified);
        if (!p2 || !store->applyTierChange(certified, QStringLiteral("privileged"), QDate(2026, 7, 1), QStringLiteral("late"),
                                           QStringLiteral("test"), p2->rowVersion))
            return false;
        Corrections corrections(*db);
        const auto original = store->sale(sale.value(QStringLiteral("B-TING")));
        if (!original)
            return false;
        Sale replacement = *original;
        replacement.id = 0;
        replacement.quantity = 2;
        const auto corrected = corrections.correctSale(original->id, replacement, QStringLiteral("two units"));
        if (!corrected)
            return false;
        sale.insert(QStringLiteral("B-TING corrected"), *corrected);
        return addSale(privileged, QStringLiteral("A-LATE"), QDate(2026, 9, 30), QStringLiteral("ti"), 1000000) // 40 % now
            && addSale(privileged, QStringLiteral("A-RET"), QDate(2026, 9, 1), QStringLiteral("ting"), 20000000, -1, false,
                       sale.value(QStringLiteral("A-TING")))
            && corrections.voidRecord(RecordKind::Sale, sale.value(QStringLiteral("B-DEPO")), QStringLiteral("wrong partner"))
            && addSale(privileged, QStringLiteral("A-Q4"), QDate(2026, 11, 2), QStringLiteral("ti"), 100000); // 40 % = 400.00
    }

    qint64 rows(const char *table) const
    {
        return sql::scalar(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toLongLong();
    }
    // quarter_closes, closed_statements, closed_lines and payables rows, for "nothing written".
    QList<qint64> written() const
    {
        return { rows("quarter_closes"), rows("closed_statements"), rows("closed_lines"), rows("payables") };
    }
};

// The adjustments the first open quarter after 2026-Q3 shows: partner code, kind, reference,
// reward, rebate and SPIF in minor units.
inline void expectedAdjustmentsData()
{
    QTest::addColumn<QString>("partner");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<qint64>("reward");
    QTest::addColumn<qint64>("rebate");
    QTest::addColumn<qint64>("spif");
    // A late TI sale of 10,000.00 earns the new 40 %; the rebate at Q3's frozen 5 %.
    QTest::newRow("late sale") << "P-1" << 1 << "late" << "A-LATE" << qint64(400000) << qint64(50000) << qint64(0);
    // The return of the TING line (dated before the late sale) claws back 25 % of 200,000.00 and
    // its 5 % rebate.
    QTest::newRow("late return") << "P-1" << 0 << "late" << "A-RET" << qint64(-5000000) << qint64(-1000000) << qint64(0);
    // The corrected TING line: the void takes back Q3's 20 %, the new line earns Privileged's 25 %
    // (the back-dated tier change), no rebate (P-2 had none in Q3).
    QTest::newRow("corrected: void") << "P-2" << 0 << "void" << "B-TING" << qint64(-1000000) << qint64(0) << qint64(0);
    QTest::newRow("voided") << "P-2" << 1 << "void" << "B-DEPO" << qint64(-1000000) << qint64(0) << qint64(0);
    QTest::newRow("corrected: new line") << "P-2" << 2 << "late" << "B-TING" << qint64(2500000) << qint64(0) << qint64(0);
}

} // namespace pd::test
