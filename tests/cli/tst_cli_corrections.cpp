// partnerdesk-cli void, correct, restore and records (issue 15) on the demo database: exit status,
// messages, the voided records in a partner's listing, and bad input that changes nothing.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace
{

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliCorrections final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void voidAndListEachKind_data();
    void voidAndListEachKind();
    void correctSaleKeepsTheChain();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void restoreUndoesAVoid();
    void spanishMessages();

private:
    Run cli(const QStringList &args, const QString &lang = QStringLiteral("en"));
    Run records(const QString &kind, bool voided = false);
    // The id of the first record of `kind` that the demo's partner has, or 0.
    qint64 firstId(const QString &kind);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_partner;
};

Run TestCliCorrections::cli(const QStringList &args, const QString &lang)
{
    QProcess p;
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--lang"), lang } + args);
    p.waitForFinished(300000);
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

Run TestCliCorrections::records(const QString &kind, bool voided)
{
    QStringList args { QStringLiteral("--db"), m_db, QStringLiteral("records"), kind,
        QStringLiteral("--partner"), m_partner };
    if (voided)
        args << QStringLiteral("--voided");
    return cli(args);
}

qint64 TestCliCorrections::firstId(const QString &kind)
{
    const Run r = records(kind);
    const auto match
        = QRegularExpression(QStringLiteral("^#(\\d+) "), QRegularExpression::MultilineOption).match(r.out);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

void TestCliCorrections::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run init = cli({ QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo"),
        QStringLiteral("--today"), QStringLiteral("2026-11-22") });
    QVERIFY2(init.exit == 0, qPrintable(init.err));
    // A partner with a record of every kind; a licence is recorded for it where the demo has none.
    for (int id = 1; id <= 60 && m_partner.isEmpty(); ++id) {
        m_partner = QString::number(id);
        for (const char *kind : { "sale", "event", "certification", "score" }) {
            if (firstId(QString::fromLatin1(kind)) == 0) {
                m_partner.clear();
                break;
            }
        }
    }
    QVERIFY(!m_partner.isEmpty());
    if (firstId(QStringLiteral("licence")) == 0) {
        const QString customer
            = QRegularExpression(QStringLiteral("^#\\d+  \\S+  (\\S+)"), QRegularExpression::MultilineOption)
                  .match(records(QStringLiteral("sale")).out)
                  .captured(1);
        const QString line = QRegularExpression(
            QStringLiteral("^#\\d+  \\S+  \\S+  (\\S+)"), QRegularExpression::MultilineOption)
                                 .match(records(QStringLiteral("sale")).out)
                                 .captured(1);
        const Run added = cli({ QStringLiteral("--db"), m_db, QStringLiteral("licences"),
            QStringLiteral("add"), QStringLiteral("--partner"), m_partner, QStringLiteral("--customer"),
            customer, QStringLiteral("--line"), line, QStringLiteral("--product"), QStringLiteral("Suite"),
            QStringLiteral("--start"), QStringLiteral("2026-01-01"), QStringLiteral("--price"),
            QStringLiteral("100") });
        QVERIFY2(added.exit == 0, qPrintable(added.err));
    }
}

void TestCliCorrections::voidAndListEachKind_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : { "sale", "licence", "event", "certification", "score" })
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestCliCorrections::voidAndListEachKind()
{
    QFETCH(QString, kind);
    const qint64 id = firstId(kind);
    QVERIFY(id > 0);
    const QString hash = QStringLiteral("#%1 ").arg(id);
    QCOMPARE(
        cli({ QStringLiteral("--db"), m_db, QStringLiteral("void"), kind, QString::number(id) }).exit, 2);
    const Run voided = cli({ QStringLiteral("--db"), m_db, QStringLiteral("void"), kind, QString::number(id),
        QStringLiteral("--reason"), QStringLiteral("entered twice") });
    QVERIFY2(voided.exit == 0, qPrintable(voided.err));
    QCOMPARE(voided.out.trimmed(),
        QStringLiteral("Voided %1 %2; it stays in the partner's history.").arg(kind).arg(id));
    QVERIFY(!records(kind).out.contains(hash));
    const QString history = records(kind, true).out;
    const auto line = QRegularExpression(
        QStringLiteral("^%1.*$").arg(QRegularExpression::escape(hash)), QRegularExpression::MultilineOption)
                          .match(history);
    QVERIFY2(line.hasMatch(), qPrintable(history));
    QVERIFY2(QRegularExpression(
                 QStringLiteral("VOIDED \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ by .+: entered twice$"))
                 .match(line.captured(0))
                 .hasMatch(),
        qPrintable(line.captured(0)));
    const Run again = cli({ QStringLiteral("--db"), m_db, QStringLiteral("void"), kind, QString::number(id),
        QStringLiteral("--reason"), QStringLiteral("again") });
    QCOMPARE(again.exit, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already voided"))
            && again.err.contains(QStringLiteral("entered twice")),
        qPrintable(again.err));
    if (kind == QLatin1StringView("licence")) {
        const Run listed = cli({ QStringLiteral("--db"), m_db, QStringLiteral("licences"),
            QStringLiteral("list"), QStringLiteral("--partner"), m_partner, QStringLiteral("--voided") });
        QVERIFY(listed.out.contains(QStringLiteral("VOIDED")));
    }
}

void TestCliCorrections::correctSaleKeepsTheChain()
{
    const qint64 id = firstId(QStringLiteral("sale"));
    QVERIFY(id > 0);
    const Run fixed = cli({ QStringLiteral("--db"), m_db, QStringLiteral("correct"), QStringLiteral("sale"),
        QString::number(id), QStringLiteral("--quantity"), QStringLiteral("7"), QStringLiteral("--renewal"),
        QStringLiteral("yes"), QStringLiteral("--reason"), QStringLiteral("seven units") });
    QVERIFY2(fixed.exit == 0, qPrintable(fixed.err));
    const auto newId
        = QRegularExpression(QStringLiteral("the correction is sale (\\d+)\\.")).match(fixed.out).captured(1);
    QVERIFY2(!newId.isEmpty(), qPrintable(fixed.out));
    const QString history = records(QStringLiteral("sale"), true).out;
    const QString line
        = QRegularExpression(QStringLiteral("^#%1 .*$").arg(newId), QRegularExpression::MultilineOption)
              .match(history)
              .captured(0);
    QVERIFY2(line.contains(QStringLiteral("  7 × ")) && line.contains(QStringLiteral("renewal"))
            && line.endsWith(QStringLiteral("corrects #%1").arg(id)),
        qPrintable(line));
    QVERIFY(history.contains(QStringLiteral("VOIDED")));
    QVERIFY(!records(QStringLiteral("sale")).out.contains(QStringLiteral("#%1 ").arg(id)));
}

void TestCliCorrections::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("no field") << QStringLiteral("score") << QStringList {} << 2
                              << QStringLiteral("Name at least one field");
    QTest::newRow("field of another kind")
        << QStringLiteral("event") << QStringList { QStringLiteral("--quantity"), QStringLiteral("2") } << 2
        << QStringLiteral("--quantity does not apply to a event");
    QTest::newRow("bad date") << QStringLiteral("event")
                              << QStringList { QStringLiteral("--date"), QStringLiteral("2026-02-30") } << 2
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("bad kind") << QStringLiteral("event")
                              << QStringList { QStringLiteral("--kind"), QStringLiteral("party") } << 2
                              << QStringLiteral("--kind is one of");
    QTest::newRow("score out of range")
        << QStringLiteral("score") << QStringList { QStringLiteral("--value"), QStringLiteral("150") } << 2
        << QStringLiteral("150");
    QTest::newRow("bad renewal") << QStringLiteral("sale")
                                 << QStringList { QStringLiteral("--renewal"), QStringLiteral("maybe") } << 2
                                 << QStringLiteral("--renewal is yes or no");
    QTest::newRow("no product line") << QStringLiteral(
        "sale") << QStringList { QStringLiteral("--product-line"), QStringLiteral("nope") }
                                     << 1 << QStringLiteral("has no product line \"nope\"");
    QTest::newRow("cert expires before passed")
        << QStringLiteral("certification")
        << QStringList { QStringLiteral("--expires"), QStringLiteral("2000-01-01") } << 1
        << QStringLiteral("expires (2000-01-01) before");
    QTest::newRow("no such record") << QStringLiteral("score")
                                    << QStringList { QStringLiteral("--value"), QStringLiteral("5") } << 1
                                    << QStringLiteral("There is no score 99999999.");
}

void TestCliCorrections::badInputChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, options);
    QFETCH(int, exit);
    QFETCH(QString, message);
    const qint64 id = QString::fromLatin1(QTest::currentDataTag()) == QLatin1StringView("no such record")
        ? 99999999
        : firstId(kind);
    QVERIFY(id > 0);
    const QString before = records(kind, true).out;
    const Run r = cli(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("correct"), kind,
                          QString::number(id), QStringLiteral("--reason"), QStringLiteral("x") }
        + options);
    QCOMPARE(r.exit, exit);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(records(kind, true).out, before);
}

void TestCliCorrections::restoreUndoesAVoid()
{
    const qint64 id = firstId(QStringLiteral("score"));
    QVERIFY(id > 0);
    const QStringList base { QStringLiteral("--db"), m_db };
    const Run live = cli(base
        + QStringList { QStringLiteral("restore"), QStringLiteral("score"), QString::number(id),
            QStringLiteral("--reason"), QStringLiteral("x") });
    QCOMPARE(live.exit, 1);
    QVERIFY(live.err.contains(QStringLiteral("is not voided")));
    QCOMPARE(cli(base
                 + QStringList { QStringLiteral("void"), QStringLiteral("score"), QString::number(id),
                     QStringLiteral("--reason"), QStringLiteral("wrong partner?") })
                 .exit,
        0);
    const Run back = cli(base
        + QStringList { QStringLiteral("restore"), QStringLiteral("score"), QString::number(id),
            QStringLiteral("--reason"), QStringLiteral("it was right") });
    QVERIFY2(back.exit == 0, qPrintable(back.err));
    const QString newId
        = QRegularExpression(QStringLiteral("as score (\\d+)\\.")).match(back.out).captured(1);
    QVERIFY2(!newId.isEmpty(), qPrintable(back.out));
    QVERIFY(records(QStringLiteral("score")).out.contains(QStringLiteral("#%1 ").arg(newId)));
    const Run notes
        = cli(base + QStringList { QStringLiteral("notes"), QStringLiteral("--partner"), m_partner });
    QVERIFY2(notes.out.contains(QStringLiteral("it was right")), qPrintable(notes.out));
}

void TestCliCorrections::spanishMessages()
{
    const Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("void"), QStringLiteral("sale"),
                          QStringLiteral("99999999"), QStringLiteral("--reason"), QStringLiteral("x") },
        QStringLiteral("es"));
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains(QStringLiteral("99999999")) && !r.err.contains(QStringLiteral("There is no")),
        qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliCorrections)
#include "tst_cli_corrections.moc"
