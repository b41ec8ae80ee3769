#pragma once
// The files of the offline-copy tests (tst_offline, tst_offlineverify): a temporary folder, a
// generated source to copy from (40 partners, 2,000 sales, a third of the partners in the
// territory North), and the sqlite3 tool to change files behind the store's back, as another
// program on the same file would.
#include "generate/generator.h"
#include "storage/database.h"
#include "storage/offline.h"
#include "storage/store.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

struct OfflineFiles {
    QTemporaryDir dir;
    QString sqlite3;
    QString templatePath;

    // For initTestCase.
    void init()
    {
        QVERIFY(dir.isValid());
        sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 tool is needed (Debian package sqlite3)");
        templatePath = path(QStringLiteral("template.sqlite"));
        auto made = pd::Database::create(templatePath);
        QVERIFY(made.has_value());
        pd::Store store(**made);
        const auto summary = pd::generate(store, pd::GenerateOptions { 40, 2000, 7, QDate(2026, 9, 30), false });
        QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().message));
        made->reset();
        runSql(templatePath, QStringLiteral("UPDATE partners SET territory = 'North' WHERE id % 3 = 0;"));
    }

    QString path(const QString &name) const { return dir.filePath(name); }

    // A copy of the template to take copies of.
    QString freshSource(const QString &name) const
    {
        const QString target = path(name);
        QFile::remove(target);
        return QFile::copy(templatePath, target) ? target : QString();
    }

    // Runs statements in the sqlite3 tool; fails the test when the tool does. Without foreign
    // keys, a change may break what the store would refuse (a copy changed behind its back).
    void runSql(const QString &file, const QString &statements, bool foreignKeys = true) const
    {
        QProcess p;
        p.start(sqlite3, { QStringLiteral("-bail"), file });
        p.write(QStringLiteral(".timeout 5000\nPRAGMA foreign_keys = %1;\n%2\n")
                    .arg(foreignKeys ? u"ON" : u"OFF", statements)
                    .toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    static std::unique_ptr<pd::Database> open(const QString &file,
                                              pd::Database::Access access = pd::Database::Access::ReadWrite)
    {
        auto db = pd::Database::open(file, access);
        if (!db)
            qWarning("%s", qPrintable(db.error().message));
        return db ? std::move(*db) : nullptr;
    }

    // What `offline verify` finds, or the error it gives.
    static QStringList differences(const QString &copy)
    {
        const auto d = pd::OfflineCopy::differences(copy);
        if (!d)
            return { QStringLiteral("error: ") + d.error().message };
        return *d;
    }
};
