#include "integrity.h"

#include "../program.h"
#include "creditledger.h"
#include "sql.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <array>
#include <utility>

namespace pd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Integrity)
};

// Stored amounts beyond kMaxMinor: only a change made outside PartnerDesk writes them, and
// arithmetic on them would not fit. The first rows of each column are named by id.
Result<void> checkAmounts(Database &db, QStringList &problems)
{
    static constexpr std::array kColumns {
        std::pair { "sales", "unit_price_minor" }, std::pair { "sales", "amount_minor" },
        std::pair { "licences", "unit_price_minor" }, std::pair { "licences", "paid_minor" },
        std::pair { "credit_ledger", "paid_minor" },
    };
    constexpr int kListed = 20;
    for (const auto &[table, column] : kColumns) {
        sql::Statement st(db, QStringLiteral("SELECT id, %2 FROM %1 WHERE %2 > ? OR %2 < ? ORDER BY id LIMIT %3")
                                  .arg(QLatin1StringView(table), QLatin1StringView(column))
                                  .arg(kListed));
        if (auto r = st.run({ kMaxMinor, -kMaxMinor }); !r)
            return r;
        while (st.query().next())
            problems << Tr::tr("%1 row %2: %3 %4 is beyond the largest amount (%5 minor units either way)")
                            .arg(QLatin1StringView(table), st.query().value(0).toString(), QLatin1StringView(column),
                                 st.query().value(1).toString(), QString::number(kMaxMinor));
    }
    return {};
}

} // namespace

Result<QStringList> checkIntegrity(Database &db)
{
    QStringList problems;
    // SQLite checks its file and, on request, its foreign keys; a PostgreSQL server does both
    // itself all the time.
    if (db.backend() == Backend::SQLite) {
        sql::Statement integrity(db, QStringLiteral("PRAGMA integrity_check"));
        if (auto r = integrity.run({}); !r)
            return std::unexpected(r.error());
        while (integrity.query().next()) {
            const QString line = integrity.query().value(0).toString();
            if (line != QLatin1StringView("ok"))
                problems << Tr::tr("SQLite: %1").arg(line);
        }
        sql::Statement fk(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (auto r = fk.run({}); !r)
            return std::unexpected(r.error());
        while (fk.query().next())
            problems << Tr::tr("%1 row %2 refers to a missing %3 row")
                            .arg(fk.query().value(0).toString(), fk.query().value(1).toString(),
                                 fk.query().value(2).toString());
    }

    Store store(db);
    const auto programs = store.programs();
    if (!programs)
        return std::unexpected(programs.error());
    QHash<QString, const Program *> byKey;
    for (const StoredProgram &sp : *programs)
        byKey.insert(sp.program.key, &sp.program);

    sql::Statement tiers(db, QStringLiteral("SELECT p.code, g.key, p.tier FROM partners p JOIN programs g ON g.id = p.program_id"));
    if (auto r = tiers.run({}); !r)
        return std::unexpected(r.error());
    while (tiers.query().next()) {
        const Program *p = byKey.value(tiers.query().value(1).toString());
        const QString tier = tiers.query().value(2).toString();
        if (p && p->tierIndex(tier) < 0)
            problems << Tr::tr("partner %1: tier \"%2\" is not in program \"%3\"")
                            .arg(tiers.query().value(0).toString(), tier, p->key);
    }

    sql::Statement lines(db, QStringLiteral("SELECT g.key, s.product_line, s.currency, count(*) FROM sales s "
                                            "JOIN partners p ON p.id = s.partner_id JOIN programs g ON g.id = p.program_id "
                                            "GROUP BY g.key, s.product_line, s.currency"));
    if (auto r = lines.run({}); !r)
        return std::unexpected(r.error());
    const QStringList currencies = Currency::codes();
    while (lines.query().next()) {
        const QString programKey = lines.query().value(0).toString();
        const QString line = lines.query().value(1).toString();
        const QString currency = lines.query().value(2).toString();
        const int count = lines.query().value(3).toInt();
        const Program *p = byKey.value(programKey);
        if (p && !p->hasProductLine(line))
            problems << Tr::tr("%n sale(s) of program \"%1\" on product line \"%2\", which the program does not have",
                               nullptr, count)
                            .arg(programKey, line);
        if (!currencies.contains(currency))
            problems << Tr::tr("%n sale(s) in unknown currency \"%1\"", nullptr, count).arg(currency);
    }

    const auto badCerts = sql::scalar(db, QStringLiteral("SELECT count(*) FROM certifications WHERE expires_on IS NOT NULL "
                                                         "AND expires_on <= passed_on"));
    if (!badCerts)
        return std::unexpected(badCerts.error());
    if (badCerts->toInt() > 0)
        problems << Tr::tr("%n certification(s) expire before they were passed", nullptr, badCerts->toInt());

    if (auto r = checkAmounts(db, problems); !r)
        return std::unexpected(r.error());

    // Activation-credit balances must equal the sums of their append-only ledgers.
    const auto ledger = CreditLedger(db).audit();
    if (!ledger)
        return std::unexpected(ledger.error());
    problems << *ledger;
    return problems;
}

} // namespace pd
