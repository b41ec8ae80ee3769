#pragma once

#include "generate/generator.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QDate>
#include <QDebug>
#include <QTemporaryDir>

// A database file in a temporary folder for window tests: the workers open their own
// connections to it, so it cannot be ":memory:".
class TestDatabase {
public:
    static QDate today() { return QDate(2026, 6, 15); }

    TestDatabase()
        : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
    {
        // An empty database, as File › New makes it: the window opens databases, never creates.
        if (const auto db = pd::Database::create(m_path); !db)
            qWarning("%s", qPrintable(db.error().message));
    }
    QString path() const { return m_path; }

    // Fills the file with generated partners of the four built-in programs.
    bool generate(int partners, qint64 sales, quint32 seed = 7)
    {
        auto db = pd::Database::open(m_path);
        if (!db)
            return false;
        pd::Store store(**db);
        pd::GenerateOptions options;
        options.partners = partners;
        options.sales = sales;
        options.seed = seed;
        options.today = today();
        return store.installBuiltinPrograms().has_value() && pd::generate(store, options).has_value();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};
