#pragma once
// Shared set-up of the licensing tests: a database with the built-in programs, partners and
// customers.

#include "storage/database.h"
#include "storage/store.h"
#include "translations.h"

#include <QLocale>
#include <memory>

struct LicensingFixture {
    std::unique_ptr<pd::Database> db;
    std::unique_ptr<pd::Store> store;

    bool open(const QString &location = QStringLiteral(":memory:"))
    {
        pd::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        auto opened = pd::Database::create(location);
        if (!opened)
            return false;
        db = std::move(*opened);
        store = std::make_unique<pd::Store>(*db);
        return store->installBuiltinPrograms().has_value();
    }

    void close()
    {
        store.reset();
        db.reset();
    }

    qint64 addPartner(const QString &code, const QString &program, const QString &tier,
        const QDate &joined = QDate(2024, 1, 1))
    {
        pd::Partner p;
        p.code = code;
        p.name = code + QStringLiteral(" Ltd");
        p.country = QStringLiteral("RU");
        p.programKey = program;
        p.tierKey = tier;
        p.tierSince = joined;
        p.joinedOn = joined;
        const auto id = store->insertPartner(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    qint64 addCustomer(qint64 partner, const QString &code)
    {
        pd::Customer c;
        c.partnerId = partner;
        c.code = code;
        c.name = code + QStringLiteral(" Inc");
        const auto id = store->insertCustomer(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
};
