// The partner browser: its model and filter proxy on synthetic rows, then the widget on a
// generated database (rows load and evaluate on worker threads).
#include "partnerbrowser.h"
#include "partnerfilterproxy.h"
#include "partnertablemodel.h"
#include "licensing/licenceservice.h"
#include "session.h"
#include "storage/licencestore.h"
#include "testdatabase.h"
#include "workers/backgroundjob.h"
#include "workers/evaluationjob.h"
#include "workers/partnerloadjob.h"

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
    void firstRowsBeginTheSortedTable_data();
    void firstRowsBeginTheSortedTable();
    void sortByRevenueIsNumeric();
    void unevaluatedRowsSortLast();
    void filter_data();
    void filter();
    void narrowingMatchesFullRecompute();
    void quickFilters();
    void renameMovesRowInNameOrder();
    void filterFollowsRenames();
    void selectionFollowsFilterAndSort();
    void titlesStayWhenNothingMatches();
    void loadJobAnnouncesFirstRows();
    void browserLoadsAndEvaluatesInBackground();
    void renewalsDue();
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

void TestPartnerBrowser::firstRowsBeginTheSortedTable_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        const char *dir = order == Qt::AscendingOrder ? "ascending" : "descending";
        QTest::addRow("none %s", dir) << -1 << order;
        QTest::addRow("name %s", dir) << int(PartnerTableModel::Name) << order;
        QTest::addRow("code %s", dir) << int(PartnerTableModel::Code) << order;
        QTest::addRow("country %s", dir) << int(PartnerTableModel::Country) << order;
        QTest::addRow("tier %s", dir) << int(PartnerTableModel::Tier) << order;
        QTest::addRow("revenue %s", dir) << int(PartnerTableModel::Revenue) << order;
        QTest::addRow("proposed %s", dir) << int(PartnerTableModel::Proposed) << order;
    }
}

void TestPartnerBrowser::firstRowsBeginTheSortedTable()
{
    // The browser shows the first rows before every name is ranked: they must be exactly the
    // rows the whole table begins with, in its order, found from the rows or from names alone.
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    const QStringList stems { QStringLiteral("Ñandú"), QStringLiteral("nube"), QStringLiteral("Oso"), QStringLiteral("árbol"),
                              QStringLiteral("Ábaco"), QStringLiteral("Arbol"), QStringLiteral("Волга"), QStringLiteral("Жук") };
    const QStringList countries { QStringLiteral("ES"), QStringLiteral("RU"), QStringLiteral("CL") };
    const QStringList tiers { QStringLiteral("authorized"), QStringLiteral("certified"), QStringLiteral("privileged") };
    QList<PartnerRow> rows;
    std::vector<std::pair<qint64, QString>> names;
    for (int i = 0; i < 600; ++i) {
        // Repeated names too: equal names order by id.
        const QString name = stems.at((i * 5) % stems.size()) + QLatin1Char(' ') + QString::number((i * 37) % 150);
        rows << row(i + 1, name, countries.at(i % countries.size()), QStringLiteral("reseller-status"),
                    tiers.at((i / 7) % tiers.size()));
        names.emplace_back(i + 1, name);
    }
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    PartnerTableModel model;
    model.setTable(PartnerTable::build(rows, builtins(), spanish));
    model.sort(column, order);
    const std::size_t count = 50;
    QList<qint64> expected = ids(model).first(qsizetype(count));

    PartnerTable unranked = PartnerTable::build(rows, builtins(), spanish);
    for (BrowserRow &r : unranked.rows)
        r.nameRank = 0;
    PartnerTableModel first;
    first.setTable(PartnerTableModel::firstRows(unranked, column, order, count));
    first.sort(column, order);
    QCOMPARE(ids(first), expected);
    if (PartnerTableModel::unevaluatedOrderIsByName(column))
        QCOMPARE(PartnerTableModel::firstIds(names, spanish, column, order, count), expected);
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
    // Name and code are searched apart: "…soft" + "P-…" is no "softp".
    QTest::newRow("not across name and code") << QStringLiteral("softp") << QList<qint64> {};
    QTest::newRow("end of the code") << QStringLiteral("000004") << QList<qint64> { 4 };
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

void TestPartnerBrowser::filterFollowsRenames()
{
    PartnerTableModel model;
    model.setTable(PartnerTable::build({ row(1, QStringLiteral("Alpha")), row(2, QStringLiteral("Bravo")) }, builtins(),
                                       QLocale(QLocale::English)));
    PartnerFilterProxy proxy;
    proxy.setPartnerModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Partner p;
    p.id = 1;
    p.country = QStringLiteral("ES");
    p.programKey = QStringLiteral("reseller-status");
    p.tierKey = QStringLiteral("authorized");
    // Enough renames that the search text drops its replaced names at least once.
    for (int i = 0; i < 400; ++i) {
        p.name = QStringLiteral("Renamed partner number %1").arg(i);
        p.code = QStringLiteral("R-%1").arg(i, 6, 10, QLatin1Char('0'));
        model.updatePartner(p);
    }
    proxy.setFilterText(QStringLiteral("number 399"));
    QCOMPARE(ids(proxy), (QList<qint64> { 1 }));
    proxy.setFilterText(QStringLiteral("number 398"));
    QCOMPARE(ids(proxy), (QList<qint64> {}));
    proxy.setFilterText(QStringLiteral("r-000399"));
    QCOMPARE(ids(proxy), (QList<qint64> { 1 }));
    proxy.setFilterText(QStringLiteral("alpha"));
    QCOMPARE(ids(proxy), (QList<qint64> {}));
    proxy.setFilterText(QStringLiteral("bravo"));
    QCOMPARE(ids(proxy), (QList<qint64> { 2 }));
}

void TestPartnerBrowser::selectionFollowsFilterAndSort()
{
    PartnerTableModel model;
    model.setTable(PartnerTable::build({ row(1, QStringLiteral("Alpha")), row(2, QStringLiteral("Alpine")),
                                         row(3, QStringLiteral("Bravo")), row(4, QStringLiteral("Alto")) },
                                       builtins(), QLocale(QLocale::English)));
    PartnerFilterProxy proxy;
    proxy.setPartnerModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView view;
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.setModel(&proxy);
    auto current = [&] { return view.currentIndex().data(PartnerTableModel::PartnerIdRole).toLongLong(); };
    view.setCurrentIndex(proxy.mapFromSource(model.index(model.rowOfPartner(2), 0)));
    QCOMPARE(current(), 2);
    proxy.setFilterText(QStringLiteral("alp")); // Alpha, Alpine: the current row moves up
    QCOMPARE(ids(proxy), (QList<qint64> { 1, 2 }));
    QCOMPARE(current(), 2);
    QVERIFY(view.selectionModel()->isSelected(view.currentIndex()));
    proxy.sort(PartnerTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64> { 2, 1 }));
    QCOMPARE(current(), 2);
    proxy.setFilterText(QStringLiteral("alpha")); // the current partner is filtered out
    QCOMPARE(ids(proxy), (QList<qint64> { 1 }));
    QVERIFY(!view.currentIndex().isValid() || current() == 1);
    QCOMPARE(proxy.mapFromSource(model.index(model.rowOfPartner(2), 0)), QModelIndex());
    proxy.setFilterText(QString());
    QCOMPARE(ids(proxy), (QList<qint64> { 3, 4, 2, 1 }));
    QCOMPARE(proxy.mapToSource(proxy.index(0, PartnerTableModel::Name)).data().toString(), QStringLiteral("Bravo"));
}

void TestPartnerBrowser::titlesStayWhenNothingMatches()
{
    PartnerTableModel model;
    model.setTable(PartnerTable::build({ row(1, QStringLiteral("Alpha")) }, builtins(), QLocale(QLocale::English)));
    PartnerFilterProxy proxy;
    proxy.setPartnerModel(&model);
    proxy.setFilterText(QStringLiteral("zzz"));
    QCOMPARE(proxy.rowCount(), 0);
    for (int c = 0; c < PartnerTableModel::ColumnCount; ++c)
        QCOMPARE(proxy.headerData(c, Qt::Horizontal), model.headerData(c, Qt::Horizontal));
    QVERIFY(!proxy.headerData(PartnerTableModel::Name, Qt::Horizontal).toString().isEmpty());
}

void TestPartnerBrowser::loadJobAnnouncesFirstRows()
{
    TestDatabase db;
    QVERIFY(db.generate(30, 300));
    auto table = std::make_shared<PartnerTable>();
    auto first = std::make_shared<FirstRows>();
    first->column = PartnerTableModel::Name;
    first->order = Qt::AscendingOrder;
    first->count = 5;
    std::unique_ptr<BackgroundJob> job(createPartnerLoadJob(db.path(), QLocale(QLocale::English), table, nullptr, first));
    QSignalSpy partial(job.get(), &BackgroundJob::partialResult);
    QSignalSpy finished(job.get(), &BackgroundJob::finished);
    QList<qint64> firstIds;
    connect(job.get(), &BackgroundJob::partialResult, this, [&] {
        QCOMPARE(finished.count(), 0);
        QCOMPARE(first->totalRows, std::size_t(30));
        PartnerTableModel model;
        model.setTable(std::move(first->table));
        model.sort(PartnerTableModel::Name, Qt::AscendingOrder);
        firstIds = ids(model);
    });
    job->start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(job->succeeded(), qPrintable(job->error().message));
    QCOMPARE(partial.count(), 1);
    PartnerTableModel model;
    model.setTable(std::move(*table));
    model.sort(PartnerTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(firstIds, ids(model).first(5));
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

void TestPartnerBrowser::renewalsDue()
{
    TestDatabase db;
    const QDate today = TestDatabase::today();
    QList<qint64> partner; // P-1 .. P-8
    {
        auto opened = Database::open(db.path());
        QVERIFY(opened.has_value());
        Store store(**opened);
        QVERIFY(store.installBuiltinPrograms().has_value());
        for (int i = 1; i <= 8; ++i) {
            Partner p;
            p.code = QStringLiteral("P-%1").arg(i);
            p.name = QStringLiteral("Partner %1").arg(i);
            p.country = QStringLiteral("ES");
            p.programKey = QStringLiteral("reseller-status");
            p.tierKey = QStringLiteral("certified");
            p.tierSince = QDate(2024, 1, 1);
            p.joinedOn = QDate(2024, 1, 1);
            partner << *store.insertPartner(p);
        }
        LicenceService licences(store);
        auto licence = [&](int who, int endsIn, qint64 renews = 0, qint64 customer = 0) {
            Licence l;
            l.partnerId = partner[who - 1];
            l.customerId = customer ? customer
                                    : *store.insertCustomer(Customer { 0, l.partnerId,
                                                                       QStringLiteral("C-%1-%2").arg(who).arg(endsIn),
                                                                       QStringLiteral("Customer"), QStringLiteral("ES") });
            l.productLine = QStringLiteral("ti");
            l.product = QStringLiteral("Backup Suite");
            l.seats = 1;
            l.startsOn = today.addDays(endsIn - 365);
            l.endsOn = today.addDays(endsIn);
            l.renewsId = renews;
            l.unitPrice = Money { 100000, QStringLiteral("RUB") };
            return licences.recordResale(l);
        };
        QVERIFY(licence(1, 30).has_value());                          // due
        const auto renewed = licence(2, 30);                           // renewed: not due
        QVERIFY(renewed.has_value());
        QVERIFY(licence(2, 395, renewed->id, renewed->customerId).has_value());
        QVERIFY(licence(3, 120).has_value());                         // too far ahead
        QVERIFY(licence(3, -5).has_value());                          // already ended
        LicenceStore keys(**opened);
        auto key = [&](int who, int validFor, const QDate &revokedOn = {}) {
            NfrKey k;
            k.partnerId = partner[who - 1];
            k.serial = QStringLiteral("NFR-%1-%2").arg(who).arg(validFor);
            k.tierKey = QStringLiteral("certified");
            k.product = QStringLiteral("Backup Suite");
            k.issuedOn = today.addDays(validFor - 365);
            k.validUntil = today.addDays(validFor);
            k.token = QStringLiteral("token");
            k.signerKeyId = QStringLiteral("test");
            k.issuedBy = QStringLiteral("test");
            const auto id = keys.insertNfrKey(k);
            return id && (!revokedOn.isValid() || keys.revokeNfrKey(*id, revokedOn, QStringLiteral("gone"), QStringLiteral("test")));
        };
        QVERIFY(key(4, 60));                                          // due
        QVERIFY(key(5, 60, today.addDays(-1)));                       // revoked: not due
        StaffMember staff;
        staff.partnerId = partner[5];
        staff.name = QStringLiteral("Anna");
        Certification c;
        c.staffId = *store.insertStaff(staff);
        c.certificate = QStringLiteral("Engineer");
        c.passedOn = QDate(2025, 1, 1);
        c.expiresOn = today.addDays(10);                              // P-6 due
        QVERIFY(store.insertCertification(c).has_value());
        PartnerCertification level;
        level.partnerId = partner[6];
        level.levelKey = QStringLiteral("certified");
        level.awardedOn = QDate(2025, 1, 1);
        level.expiresOn = today.addDays(90);                          // P-7 due, last day of the window
        level.awardedBy = QStringLiteral("vendor");
        QVERIFY(keys.insertPartnerCertification(level).has_value());
        // P-8: nothing.
        const auto due = keys.partnersWithRenewalsDue(today, 90);
        QVERIFY(due.has_value());
        QList<qint64> sorted = *due;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (QList<qint64> { partner[0], partner[3], partner[5], partner[6] }));
    }

    Session session;
    session.setToday(today);
    PartnerBrowser browser(&session);
    QAbstractItemModelTester tester(browser.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&browser, &PartnerBrowser::tableLoaded);
    QVERIFY(session.open(db.path()).has_value());
    QVERIFY(loaded.wait(60000));
    QAction *renewals = browser.quickFilterActions().at(3);
    QVERIFY(renewals->isEnabled());
    QVERIFY(renewals->toolTip().contains(QStringLiteral("90 day")));
    renewals->trigger();
    QCOMPARE(browser.proxy()->quickFilter(), PartnerFilterProxy::QuickFilter::RenewalsDue);
    QList<qint64> shown = browser.visiblePartnerIds();
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, (QList<qint64> { partner[0], partner[3], partner[5], partner[6] }));
    // With the filter text too.
    browser.filterEdit()->setText(QStringLiteral("partner 4"));
    QCOMPARE(browser.visiblePartnerIds(), QList<qint64> { partner[3] });
    browser.filterEdit()->clear();

    // A change is picked up when the partner is reported changed.
    Licence l;
    l.partnerId = partner[7];
    l.customerId = *session.store().insertCustomer(
        Customer { 0, partner[7], QStringLiteral("C-8"), QStringLiteral("Customer"), QStringLiteral("ES") });
    l.productLine = QStringLiteral("ti");
    l.product = QStringLiteral("Backup Suite");
    l.seats = 1;
    l.startsOn = today.addDays(-300);
    l.endsOn = today.addDays(65);
    l.unitPrice = Money { 100000, QStringLiteral("RUB") };
    QVERIFY(LicenceService(session.store()).recordResale(l).has_value());
    session.notifyPartnerChanged(partner[7]);
    QCOMPARE(browser.proxy()->rowCount(), 5);
    browser.quickFilterActions().at(0)->trigger();
    QCOMPARE(browser.proxy()->rowCount(), 8);
}

QTEST_MAIN(TestPartnerBrowser)
#include "tst_partnerbrowser.moc"
