// The partner browser: its model and filter proxy on synthetic rows, then the widget on a
// generated database (rows load and evaluate on worker threads).
#include "partnerbrowser.h"
#include "partnerfilterproxy.h"
#include "partnertablemodel.h"
#include "session.h"
#include "testdatabase.h"
#include "workers/evaluationjob.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCollator>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace pd;
using namespace pd::ui;

namespace {

QList<StoredProgram> builtins()
{
    QList<StoredProgram> out;
    qint64 id = 1;
    for (const Program &p : builtinPrograms())
        out << StoredProgram { id++, true, p };
    return out;
}

PartnerRow row(qint64 id, const QString &name, const QString &country = QStringLiteral("ES"),
               const QString &program = QStringLiteral("reseller-status"),
               const QString &tier = QStringLiteral("authorized"))
{
    return PartnerRow { id, QStringLiteral("P-%1").arg(id, 6, 10, QLatin1Char('0')), name, country, program, tier };
}

PartnerStatus status(qint64 id, qint64 revenueMinor, TierMove move = TierMove::None,
                     const QString &proposed = QStringLiteral("authorized"))
{
    PartnerStatus s;
    s.partnerId = id;
    s.revenueMinor = revenueMinor;
    s.currency = QStringLiteral("RUB");
    s.proposedTier = proposed;
    s.move = move;
    return s;
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data().toString();
    return out;
}

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(PartnerTableModel::PartnerIdRole).toLongLong();
    return out;
}

} // namespace

class TestPartnerBrowser final : public QObject {
    Q_OBJECT

private slots:
    void modelContract();
    void collation_data();
    void collation();
    void largeTableRanksNamesOnTwoThreads();
    void sortByRevenueIsNumeric();
    void unevaluatedRowsSortLast();
    void filter_data();
    void filter();
    void narrowingMatchesFullRecompute();
    void quickFilters();
    void renameMovesRowInNameOrder();
    void browserLoadsAndEvaluatesInBackground();
    void renewalsDueIsDisabledWithReason();
};

void TestPartnerBrowser::modelContract()
{
    PartnerTableModel model;
    PartnerFilterProxy proxy;
    proxy.setPartnerModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QList<PartnerRow> rows { row(1, QStringLiteral("Zeta")), row(2, QStringLiteral("Alpha")),
                                   row(3, QStringLiteral("Mid"), QStringLiteral("RU")) };
    model.setTable(PartnerTable::build(rows, builtins(), QLocale(QLocale::English)));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(PartnerTableModel::ColumnCount));
    QCOMPARE(model.index(0, PartnerTableModel::Revenue).data().toString(), QStringLiteral("…"));

    model.mergeStatuses({ status(1, 100), status(2, 300), status(3, 200, TierMove::Upgrade, QStringLiteral("certified")) });
    QVERIFY(model.isEvaluated());
    proxy.sort(PartnerTableModel::Revenue, Qt::DescendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64> { 2, 3, 1 }));
    proxy.setFilterText(QStringLiteral("zeta"));
    proxy.setQuickFilter(PartnerFilterProxy::QuickFilter::QualifiesForUpgrade);
    QCOMPARE(ids(proxy), (QList<qint64> { }));
    proxy.setFilterText(QString());
    QCOMPARE(ids(proxy), (QList<qint64> { 3 }));
    proxy.setQuickFilter(PartnerFilterProxy::QuickFilter::None);
    Partner renamed;
    renamed.id = 1;
    renamed.code = QStringLiteral("P-000001");
    renamed.name = QStringLiteral("Beta");
    renamed.country = QStringLiteral("CL");
    renamed.programKey = QStringLiteral("reseller-status");
    renamed.tierKey = QStringLiteral("certified");
    model.updatePartner(renamed);
    QCOMPARE(model.index(model.rowOfPartner(1), PartnerTableModel::Tier).data().toString(), QStringLiteral("Certified"));
    QCOMPARE(model.index(model.rowOfPartner(1), PartnerTableModel::Country).data().toString(), QStringLiteral("Chile"));
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestPartnerBrowser::collation_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("names");    // in the order Store returns them
    QTest::addColumn<QStringList>("expected"); // in the user's language
    // Code point order would put Ñ after O and Ё before А.
    QTest::newRow("spanish") << QLocale(QLocale::Spanish, QLocale::Spain)
                             << QStringList { QStringLiteral("Oso S.A."), QStringLiteral("Ñandú S.L."),
                                              QStringLiteral("Nube Ltda."), QStringLiteral("Árbol S.A."),
                                              QStringLiteral("Zafiro S.A.") }
                             << QStringList { QStringLiteral("Árbol S.A."), QStringLiteral("Nube Ltda."),
                                              QStringLiteral("Ñandú S.L."), QStringLiteral("Oso S.A."),
                                              QStringLiteral("Zafiro S.A.") };
    QTest::newRow("russian") << QLocale(QLocale::Russian, QLocale::Russia)
                             << QStringList { QStringLiteral("Жук"), QStringLiteral("Ёлка"), QStringLiteral("Елена"),
                                              QStringLiteral("Альфа"), QStringLiteral("яблоко") }
                             << QStringList { QStringLiteral("Альфа"), QStringLiteral("Елена"), QStringLiteral("Ёлка"),
                                              QStringLiteral("Жук"), QStringLiteral("яблоко") };
}

void TestPartnerBrowser::collation()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QList<PartnerRow> rows;
    for (qsizetype i = 0; i < names.size(); ++i)
        rows << row(i + 1, names.at(i));
    PartnerTableModel model;
    model.setTable(PartnerTable::build(rows, builtins(), locale));
    model.sort(PartnerTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(column(model, PartnerTableModel::Name), expected);
    model.sort(PartnerTableModel::Name, Qt::DescendingOrder);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(column(model, PartnerTableModel::Name), expected);
}

void TestPartnerBrowser::largeTableRanksNamesOnTwoThreads()
{
    // Above 20,000 rows the collation keys are built and sorted in two halves: the result must
    // be the order one collator gives.
    const QStringList stems { QStringLiteral("Ñandú"), QStringLiteral("Nube"), QStringLiteral("Oso"), QStringLiteral("árbol"),
                              QStringLiteral("Zafiro"), QStringLiteral("Ábaco") };
    QList<PartnerRow> rows;
    QStringList names;
    for (int i = 0; i < 24000; ++i) {
        const QString name = stems.at((i * 7) % stems.size()) + QLatin1Char(' ') + QString::number((i * 7919) % 24000);
        rows << row(i + 1, name);
        names << name;
    }
    PartnerTableModel model;
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    model.setTable(PartnerTable::build(rows, builtins(), spanish));
    model.sort(PartnerTableModel::Name, Qt::AscendingOrder);
    QCollator collator(spanish);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QCOMPARE(column(model, PartnerTableModel::Name), names);
}

void TestPartnerBrowser::sortByRevenueIsNumeric()
{
    PartnerTableModel model;
    model.setTable(PartnerTable::build({ row(1, QStringLiteral("A")), row(2, QStringLiteral("B")), row(3, QStringLiteral("C")) },
                                       builtins(), QLocale(QLocale::English)));
    // As text "10,000.00" < "100.00" < "9,000.00"; as amounts 100 < 9,000 < 10,000.
    model.mergeStatuses({ status(1, 1000000), status(2, 10000), status(3, 900000) });
    model.sort(PartnerTableModel::Revenue, Qt::AscendingOrder);
    QCOMPARE(ids(model), (QList<qint64> { 2, 3, 1 }));
    model.sort(PartnerTableModel::Revenue, Qt::DescendingOrder);
    QCOMPARE(ids(model), (QList<qint64> { 1, 3, 2 }));
}

void TestPartnerBrowser::unevaluatedRowsSortLast()
{
    PartnerTableModel model;
    model.setTable(PartnerTable::build({ row(1, QStringLiteral("A")), row(2, QStringLiteral("B")), row(3, QStringLiteral("C")) },
                                       builtins(), QLocale(QLocale::English)));
    PartnerStatus failed = status(3, 0);
    failed.error = QStringLiteral("no rate");
    model.mergeStatuses({ status(2, 500), failed });
    model.sort(PartnerTableModel::Revenue, Qt::AscendingOrder);
    QCOMPARE(ids(model).first(), 2);
    QCOMPARE(model.index(model.rowOfPartner(3), PartnerTableModel::Revenue).data(Qt::ToolTipRole).toString(),
             QStringLiteral("no rate"));
}

void TestPartnerBrowser::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("empty") << QString() << QList<qint64> { 1, 2, 3, 4 };
    QTest::newRow("name, any case") << QStringLiteral("ñandú") << QList<qint64> { 2 };
    QTest::newRow("name part") << QStringLiteral("ber") << QList<qint64> { 1 };
    QTest::newRow("code") << QStringLiteral("p-000003") << QList<qint64> { 3 };
    QTest::newRow("country name") << QStringLiteral("russia") << QList<qint64> { 3 };
    QTest::newRow("country code") << QStringLiteral("cl") << QList<qint64> { 4 };
    QTest::newRow("program") << QStringLiteral("revenue-band") << QList<qint64> { 4 };
    QTest::newRow("tier") << QStringLiteral("privileged") << QList<qint64> { 2 };
    QTest::newRow("two words") << QStringLiteral("spain privileged") << QList<qint64> { 2 };
    QTest::newRow("no match") << QStringLiteral("zzz") << QList<qint64> {};
}

void TestPartnerBrowser::filter()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    PartnerTableModel model;
    model.setTable(PartnerTable::build(
        { row(1, QStringLiteral("Iberia Soft")), row(2, QStringLiteral("Ñandú S.L."), QStringLiteral("ES"),
                                                      QStringLiteral("reseller-status"), QStringLiteral("privileged")),
          row(3, QStringLiteral("Волга"), QStringLiteral("RU")),
          row(4, QStringLiteral("Andes SpA"), QStringLiteral("CL"), QStringLiteral("revenue-band"), QStringLiteral("standard")) },
        builtins(), QLocale(QLocale::English)));
    PartnerFilterProxy proxy;
    proxy.setPartnerModel(&model);
    proxy.setFilterText(text);
    QCOMPARE(ids(proxy), expected);
}

void TestPartnerBrowser::narrowingMatchesFullRecompute()
{
    QList<PartnerRow> rows;
    const QStringList stems { QStringLiteral("Mar"), QStringLiteral("Mara"), QStringLiteral("Marco"), QStringLiteral("Ana"),
                              QStringLiteral("Maria") };
    for (int i = 0; i < 200; ++i)
        rows << row(i + 1, stems.at(i % stems.size()) + QString::number(i));
    PartnerTableModel model;
    model.setTable(PartnerTable::build(rows, builtins(), QLocale(QLocale::English)));
    PartnerFilterProxy typed;
    typed.setPartnerModel(&model);
    QString text;
    for (QChar c : QStringLiteral("maria1")) {
        text += c;
        typed.setFilterText(text); // each keystroke narrows the previous result
        PartnerFilterProxy fresh;
        fresh.setPartnerModel(&model);
        fresh.setFilterText(text);
        QCOMPARE(ids(typed), ids(fresh));
    }
    typed.setFilterText(QStringLiteral("mar")); // widening recomputes every row
    QCOMPARE(typed.rowCount(), 160);
}

void TestPartnerBrowser::quickFilters()
{
    PartnerTableModel model;
    model.setTable(PartnerTable::build({ row(1, QStringLiteral("A")), row(2, QStringLiteral("B")), row(3, QStringLiteral("C")),
                                         row(4, QStringLiteral("D"), QStringLiteral("ES"), QStringLiteral("reseller-status"),
                                             QStringLiteral("certified")) },
                                       builtins(), QLocale(QLocale::English)));
    PartnerFilterProxy proxy;
    proxy.setPartnerModel(&model);
    proxy.setQuickFilter(PartnerFilterProxy::QuickFilter::QualifiesForUpgrade);
    QCOMPARE(proxy.rowCount(), 0); // nothing qualifies before the evaluation
    QSignalSpy merged(&model, &PartnerTableModel::statusesMerged);
    model.mergeStatuses({ status(1, 0), status(2, 60000000, TierMove::Upgrade, QStringLiteral("certified")),
                          status(3, 0), status(4, 0, TierMove::Demotion, QStringLiteral("authorized")) });
    QCOMPARE(merged.count(), 1);
    QCOMPARE(ids(proxy), (QList<qint64> { 2 })); // refreshed on statusesMerged
    proxy.setQuickFilter(PartnerFilterProxy::QuickFilter::BelowCurrentTier);
    QCOMPARE(ids(proxy), (QList<qint64> { 4 }));
    proxy.setFilterText(QStringLiteral("zz"));
    QCOMPARE(ids(proxy), (QList<qint64> {}));
    proxy.setFilterText(QStringLiteral("d"));
    QCOMPARE(ids(proxy), (QList<qint64> { 4 }));
    proxy.setQuickFilter(PartnerFilterProxy::QuickFilter::None);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestPartnerBrowser::renameMovesRowInNameOrder()
{
    PartnerTableModel model;
    model.setTable(PartnerTable::build({ row(1, QStringLiteral("Alpha")), row(2, QStringLiteral("Charlie")),
                                         row(3, QStringLiteral("Echo")) },
                                       builtins(), QLocale(QLocale::English)));
    model.sort(PartnerTableModel::Name, Qt::AscendingOrder);
    Partner p;
    p.id = 3;
    p.code = QStringLiteral("P-000003");
    p.name = QStringLiteral("Bravo");
    p.country = QStringLiteral("ES");
    p.programKey = QStringLiteral("reseller-status");
    p.tierKey = QStringLiteral("authorized");
    model.updatePartner(p);
    QCOMPARE(column(model, PartnerTableModel::Name),
             (QStringList { QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie") }));
}

void TestPartnerBrowser::browserLoadsAndEvaluatesInBackground()
{
    TestDatabase db;
    QVERIFY(db.generate(40, 1500));
    Session session;
    session.setToday(TestDatabase::today());
    PartnerBrowser browser(&session);
    QAbstractItemModelTester tester(browser.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&browser, &PartnerBrowser::tableLoaded);
    QSignalSpy evaluated(&browser, &PartnerBrowser::evaluationFinished);
    QVERIFY(session.open(db.path()).has_value());
    QVERIFY(loaded.wait(60000));
    QCOMPARE(browser.model()->rowCount(), 40);
    QVERIFY(evaluated.count() > 0 || evaluated.wait(60000));
    QCOMPARE(browser.model()->evaluatedCount(), 40);

    // The merged statuses are those of the engine run on this thread's connection.
    const auto direct = evaluateAllStatuses(session.store(), session.today());
    QVERIFY(direct.has_value());
    int upgrades = 0;
    for (const PartnerStatus &s : *direct)
        upgrades += s.move == TierMove::Upgrade ? 1 : 0;
    browser.quickFilterActions().at(1)->trigger();
    QCOMPARE(browser.proxy()->rowCount(), upgrades);
    for (int r = 0; r < browser.proxy()->rowCount(); ++r)
        QCOMPARE(browser.proxy()->index(r, 0).data(PartnerTableModel::MoveRole).toInt(), int(TierMove::Upgrade));
    browser.quickFilterActions().at(0)->trigger();

    // Typing in the filter box narrows the table.
    const QString name = browser.model()->rowAt(0).name;
    QTest::keyClicks(browser.filterEdit(), name);
    QVERIFY(browser.proxy()->rowCount() >= 1);
    QCOMPARE(browser.proxy()->index(0, PartnerTableModel::Name).data().toString().toLower().contains(name.toLower()), true);
    QVERIFY(browser.selectPartner(browser.model()->rowAt(0).id));
    QCOMPARE(browser.currentPartnerId(), browser.model()->rowAt(0).id);
}

void TestPartnerBrowser::renewalsDueIsDisabledWithReason()
{
    Session session;
    PartnerBrowser browser(&session);
    QAction *renewals = browser.quickFilterActions().at(3);
    QVERIFY(!renewals->isEnabled());
    QCOMPARE(renewals->toolTip(), QStringLiteral("Available with licences"));
}

QTEST_MAIN(TestPartnerBrowser)
#include "tst_partnerbrowser.moc"
