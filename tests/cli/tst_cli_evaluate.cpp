// `evaluate --json` in every shipped language (issue 18): codes, numbers and dates are the same in
// en, es and ru; only the sentences follow --lang, and they do follow it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exit = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args, const QString &lang)
{
    QProcess p;
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--lang"), lang } + args);
    p.waitForFinished(300000);
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 QString::fromUtf8(p.readAllStandardError()) };
}

// The members that are sentences in the language of --lang.
bool isText(const QString &key)
{
    for (const char *text : { "actualText", "description", "gapText", "nextTierNote" }) {
        if (key == QLatin1StringView(text))
            return true;
    }
    return false;
}

// `value` without its sentences; each sentence found is appended to `texts` (in document order,
// under its path) so that languages can be compared sentence by sentence.
QJsonValue withoutTexts(const QJsonValue &value, const QString &path, QList<QPair<QString, QString>> &texts)
{
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (qsizetype i = 0; i < in.size(); ++i)
            out.append(withoutTexts(in.at(i), path + QStringLiteral("[%1]").arg(i), texts));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (isText(it.key()))
            texts.append({ path + u'.' + it.key(), it.value().toString() });
        else
            out.insert(it.key(), withoutTexts(it.value(), path + u'.' + it.key(), texts));
    }
    return out;
}

} // namespace

class TestCliEvaluate final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonIsTheSameInEveryLanguageButItsSentences();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliEvaluate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("init"), QStringLiteral("--demo"),
                        QStringLiteral("--today"), QStringLiteral("2026-11-22") },
                      QStringLiteral("en"));
    QVERIFY2(r.exit == 0, qPrintable(r.err));
}

void TestCliEvaluate::jsonIsTheSameInEveryLanguageButItsSentences()
{
    QJsonValue codes[3];
    QList<QPair<QString, QString>> texts[3];
    const QStringList languages { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ru") };
    for (int i = 0; i < 3; ++i) {
        const Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                            QStringLiteral("2026-09-30"), QStringLiteral("--json") },
                          languages.at(i));
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.array().size() >= 200);
        codes[i] = withoutTexts(doc.array(), QStringLiteral("$"), texts[i]);
    }
    // Every code, number and date, member by member.
    QCOMPARE(codes[1], codes[0]);
    QCOMPARE(codes[2], codes[0]);

    // The same sentences in the same places, each in its language: a gap sentence always holds
    // words of its language, so none may be the English one (a silent fall-back to English).
    QCOMPARE(texts[1].size(), texts[0].size());
    QCOMPARE(texts[2].size(), texts[0].size());
    int gaps = 0;
    for (qsizetype t = 0; t < texts[0].size(); ++t) {
        const QString &where = texts[0].at(t).first;
        QCOMPARE(texts[1].at(t).first, where);
        QCOMPARE(texts[2].at(t).first, where);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(!texts[i].at(t).second.isEmpty(), qPrintable(languages.at(i) + u' ' + where));
        if (!where.endsWith(QLatin1StringView(".gapText")))
            continue;
        ++gaps;
        QVERIFY2(texts[1].at(t).second != texts[0].at(t).second, qPrintable(where + u' ' + texts[1].at(t).second));
        QVERIFY2(texts[2].at(t).second != texts[0].at(t).second, qPrintable(where + u' ' + texts[2].at(t).second));
        QVERIFY2(texts[2].at(t).second != texts[1].at(t).second, qPrintable(where + u' ' + texts[2].at(t).second));
    }
    QVERIFY(gaps > 20);
}

QTEST_GUILESS_MAIN(TestCliEvaluate)
#include "tst_cli_evaluate.moc"
