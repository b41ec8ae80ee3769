// The committed .ts files are complete and in step with the sources: every Spanish and Russian
// message is translated (each plural form filled), keeps the source's placeholders and keyboard
// accelerator, nothing obsolete is kept, and lupdate run on today's sources finds no message the
// files lack and none they hold in excess. Failures name the messages, so the fix is obvious.
#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation type: "", "unfinished", "obsolete", "vanished"
    QStringList forms; // numerus forms, or the one translation
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment + (numerus ? u"\x1fN" : u""); }
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + f.errorString();
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"message" && inMessage) {
            ts.messages << m;
            inMessage = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1StringView("language")).toString();
        } else if (name == u"name" && !inMessage) {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message { context, {}, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes", {}, {} };
            inMessage = true;
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!m.numerus)
                m.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == u"numerusform") {
            m.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString tsPath(const QString &lang)
{
    return QStringLiteral(PD_TS_DIR "/partnerdesk_%1.ts").arg(lang);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

bool hasAccelerator(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;|&#\\d+;"));
    text.remove(entity);
    return text.contains(u'&');
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(120));
}

} // namespace

class TstTsFiles : public QObject {
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void englishPlurals();
    void inSyncWithSources_data();
    void inSyncWithSources();
};

void TstTsFiles::complete_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("es") << QStringLiteral("es") << 2;
    QTest::newRow("ru") << QStringLiteral("ru") << 3;
}

void TstTsFiles::complete()
{
    QFETCH(QString, lang);
    QFETCH(int, pluralForms);
    const TsFile ts = readTs(tsPath(lang));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(lang), qPrintable(ts.language));
    QVERIFY(ts.messages.size() > 100);
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (m.type == u"unfinished")
            problems << QStringLiteral("unfinished: ") + describe(m);
        else if (m.type == u"obsolete" || m.type == u"vanished")
            problems << m.type + QStringLiteral(" (no longer in the sources; run update_translations): ") + describe(m);
        if (m.numerus && m.forms.size() != pluralForms)
            problems << QStringLiteral("%1 plural forms instead of %2: ").arg(m.forms.size()).arg(pluralForms) + describe(m);
        for (int i = 0; i < m.forms.size(); ++i) {
            const QString &form = m.forms.at(i);
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << QStringLiteral("empty form %1: ").arg(i) + describe(m);
                continue;
            }
            QStringList want = placeholders(m.source);
            QStringList have = placeholders(form);
            // A Spanish singular may say "el último mes" instead of "el último 1 mes"; Russian's
            // first form also serves 21, 31, ... and must keep the count.
            if (m.numerus && lang == u"es" && i == 0) {
                want.removeAll(QStringLiteral("%n"));
                want.removeAll(QStringLiteral("%Ln"));
                have.removeAll(QStringLiteral("%n"));
                have.removeAll(QStringLiteral("%Ln"));
            }
            if (want != have)
                problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\": ")
                                .arg(have.join(u' '), want.join(u' '), form) + describe(m);
            if (hasAccelerator(m.source) != hasAccelerator(form))
                problems << QStringLiteral("keyboard accelerator (&) lost or added in \"%1\": ").arg(form) + describe(m);
        }
    }
    for (const QString &p : std::as_const(problems))
        qWarning().noquote() << "partnerdesk_" + lang + ".ts:" << p;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in partnerdesk_%2.ts (listed above)")
                                                .arg(QString::number(problems.size()), lang)));
}

void TstTsFiles::englishPlurals()
{
    // English is the source language: only the plural messages need their two forms (en_plurals.py).
    const TsFile ts = readTs(tsPath(QStringLiteral("en")));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (!m.numerus)
            continue;
        if (m.forms.size() != 2 || m.forms.at(0).isEmpty() || m.forms.at(1).isEmpty() || m.type == u"unfinished")
            problems << describe(m);
    }
    for (const QString &p : std::as_const(problems))
        qWarning().noquote() << "English plural forms missing:" << p;
    QVERIFY2(problems.isEmpty(), "English plural forms missing (listed above); run translations/en_plurals.py");
}

void TstTsFiles::inSyncWithSources_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TstTsFiles::inSyncWithSources()
{
    // lupdate in check mode: update a copy from today's sources, exactly as update_translations
    // does, and compare its message set with the committed file's.
    QFETCH(QString, lang);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("partnerdesk_%1.ts").arg(lang));
    QVERIFY(QFile::copy(tsPath(lang), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PD_LUPDATE),
                  { QStringLiteral("@" PD_TR_SOURCES_LIST), QStringLiteral("-ts"), copy, QStringLiteral("-no-obsolete"),
                    QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent") });
    QVERIFY2(lupdate.waitForFinished(300000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    const TsFile committed = readTs(tsPath(lang));
    const TsFile fresh = readTs(copy);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QSet<QString> have;
    for (const Message &m : committed.messages)
        if (m.type != u"obsolete" && m.type != u"vanished")
            have.insert(m.key());
    QStringList missing;
    QSet<QString> want;
    for (const Message &m : fresh.messages) {
        want.insert(m.key());
        if (!have.contains(m.key()))
            missing << describe(m);
    }
    QStringList extra;
    for (const Message &m : committed.messages)
        if (!want.contains(m.key()))
            extra << describe(m);
    // QtTest cuts long failure messages, so the lists go to the log one message a line.
    for (const QString &m : std::as_const(missing))
        qWarning().noquote() << "missing from partnerdesk_" + lang + ".ts:" << m;
    for (const QString &m : std::as_const(extra))
        qWarning().noquote() << "no longer in the sources:" << m;
    QVERIFY2(missing.isEmpty() && extra.isEmpty(),
             qPrintable(QStringLiteral("partnerdesk_%1.ts is out of step with the sources (%2 missing, %3 no longer "
                                       "used); run `cmake --build <dir> --target update_translations`, then translate")
                            .arg(lang, QString::number(missing.size()), QString::number(extra.size()))));
}

QTEST_GUILESS_MAIN(TstTsFiles)
#include "tst_tsfiles.moc"
