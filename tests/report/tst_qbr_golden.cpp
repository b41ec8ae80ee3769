// The review PDF's text against expected texts written by hand (tests/report/golden): the demo
// database of a fixed day, partnerdesk-cli qbr in English, Spanish and Russian, pdftotext -layout.
// The expected texts state the programs' facts (tiers, thresholds, currencies, dates) in each
// language's formats; nothing here is produced by the code under test. Whitespace is not
// compared (layout spacing, line breaks, no-break spaces are all one separator), every word and
// number is, in order; the chart's labels are compared as a set of words, as their reading order
// follows the drawing's geometry.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <utility>

class TestQbrGolden final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void review_data();
    void review();

private:
    bool run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr);
    QTemporaryDir m_dir;
    QString m_db;
    QString m_error;
};

namespace {

const QString kToday = QStringLiteral("2026-12-07");
const QString kChartBegin = QStringLiteral("[chart]");
const QString kChartEnd = QStringLiteral("[/chart]");

QStringList words(const QString &text)
{
    // QChar::isSpace counts the no-break spaces (U+00A0, U+202F) the formats use as separators.
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!word.isEmpty())
                out << std::exchange(word, QString());
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

// The golden file: lines starting with "#" are comments; [chart] ... [/chart] holds the chart.
struct Golden {
    QStringList before, chart, after;
};

Golden readGolden(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    Golden g;
    QStringList *part = &g.before;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'#'))
            continue;
        if (line.trimmed() == kChartBegin)
            part = &g.chart;
        else if (line.trimmed() == kChartEnd)
            part = &g.after;
        else
            *part << words(line);
    }
    return g;
}

QString around(const QStringList &list, qsizetype at)
{
    const qsizetype from = std::max<qsizetype>(0, at - 6);
    return list.mid(from, at - from).join(u' ') + QStringLiteral(" >>") + list.value(at) + QStringLiteral("<< ")
        + list.mid(at + 1, 6).join(u' ');
}

// Empty when `actual` from `at` starts with `expected`; else where and how it differs.
QString compareRun(const QStringList &expected, const QStringList &actual, qsizetype at, const QString &part)
{
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (actual.value(at + i) != expected.at(i))
            return QStringLiteral("%1, word %2: expected \"%3\" in\n  %4\nbut the review has\n  %5")
                .arg(part)
                .arg(at + i + 1)
                .arg(expected.at(i), around(expected, i), around(actual, at + i));
    }
    return {};
}

} // namespace

bool TestQbrGolden::run(const QString &program, const QStringList &arguments, QByteArray *out)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(u' '),
                                                        QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

void TestQbrGolden::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY2(run(QStringLiteral(PD_CLI),
                 { QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo"),
                   QStringLiteral("--today"), kToday }),
             qPrintable(m_error));
}

void TestQbrGolden::review_data()
{
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("lang");
    // A reseller in Russia (RUB, requirements met and missing), and a Spanish partner of the
    // revenue-band program whose records no longer meet its tier (USD, EUR, a certification).
    for (const char *partner : { "P-000001", "P-000012" }) {
        for (const char *lang : { "en", "es", "ru" })
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1StringView(partner), QLatin1StringView(lang))))
                << QString::fromLatin1(partner) << QString::fromLatin1(lang);
    }
}

void TestQbrGolden::review()
{
    QFETCH(QString, partner);
    QFETCH(QString, lang);
    const QString pdf = m_dir.filePath(QStringLiteral("%1_%2.pdf").arg(partner, lang));
    QVERIFY2(run(QStringLiteral(PD_CLI),
                 { QStringLiteral("--db"), m_db, QStringLiteral("qbr"), QStringLiteral("--partner"), partner,
                   QStringLiteral("--quarter"), QStringLiteral("2026-Q3"), QStringLiteral("--out"), pdf,
                   QStringLiteral("--lang"), lang, QStringLiteral("--today"), kToday }),
             qPrintable(m_error));
    QByteArray text;
    QVERIFY2(run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }, &text),
             qPrintable(m_error));
    const QStringList actual = words(QString::fromUtf8(text));

    QString error;
    const Golden golden = readGolden(
        QStringLiteral(PD_SOURCE_DIR "/tests/report/golden/%1_%2.txt").arg(partner, lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!golden.before.isEmpty() && !golden.chart.isEmpty() && !golden.after.isEmpty());

    error = compareRun(golden.before, actual, 0, QStringLiteral("before the chart"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qsizetype at = golden.before.size();
    QStringList chartExpected = golden.chart;
    QStringList chartActual = actual.mid(at, golden.chart.size());
    std::sort(chartExpected.begin(), chartExpected.end());
    std::sort(chartActual.begin(), chartActual.end());
    QVERIFY2(chartActual == chartExpected, qPrintable(QStringLiteral("the chart's words differ: expected\n  %1\nbut the review has\n  %2")
                                                          .arg(chartExpected.join(u' '), chartActual.join(u' '))));
    at += golden.chart.size();
    error = compareRun(golden.after, actual, at, QStringLiteral("after the chart"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    at += golden.after.size();
    QVERIFY2(at == actual.size(), qPrintable(QStringLiteral("the review has more text than expected: %1")
                                                 .arg(actual.mid(at).join(u' '))));
}

QTEST_GUILESS_MAIN(TestQbrGolden)
#include "tst_qbr_golden.moc"
