// The SPIF campaigns editor (issue 16): the list with import, export and remove, the edit dialog
// with core's messages beside the fields, read-only databases, and the window's menu action.
#include "mainwindow.h"
#include "session.h"
#include "spif/spifcampaignsdialog.h"
#include "spif/spifeditdialog.h"
#include "spif/spifmodel.h"
#include "storage/offline.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace pd;
using namespace pd::ui;

namespace {

SpifCampaign privilegedSpif()
{
    SpifCampaign c;
    c.key = QStringLiteral("privileged-2026");
    c.name = QStringLiteral("Privileged SPIF 2026");
    c.from = QDate(2026, 1, 1);
    c.until = QDate(2026, 12, 31);
    c.programs = { QStringLiteral("reseller-status") };
    c.tiers = { QStringLiteral("privileged") };
    c.amount = Money { 50000, QStringLiteral("RUB") };
    return c;
}

void check(QListWidget *list, const QString &key, bool on)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == key) {
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no item %1 in %2").arg(key, list->objectName())));
}

QStringList keysOf(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}

} // namespace

class TestSpifEditor final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelKeepsTheContract();
    void editDialogShowsCoreMessagesBesideFields();
    void editDialogSavesAndShowsRefusals();
    void editingKeepsTheKey();
    void importExportRemove();
    void readOnlyDatabaseDisablesEditing();
    void windowHasTheMenuAction();

private:
    SpifEditDialog *newDialog(const SpifCampaign &c, bool isNew, SpifEditDialog::Saver save = {});
    SpifStore store() const { return SpifStore(m_session->store().database()); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SpifEditDialog> m_dialog;
};

void TestSpifEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSpifEditor::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_session = std::make_unique<Session>();
    m_session->setToday(TestDatabase::today());
    QVERIFY(m_session->open(m_db->path()).has_value());
}

void TestSpifEditor::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_db.reset();
}

SpifEditDialog *TestSpifEditor::newDialog(const SpifCampaign &c, bool isNew, SpifEditDialog::Saver save)
{
    Database &db = m_session->store().database();
    if (!save)
        save = [&db](const SpifCampaign &s) { return SpifStore(db).save(s); };
    m_dialog = std::make_unique<SpifEditDialog>(
        m_session->programs(), c, isNew, [&db](const SpifCampaign &s) { return SpifStore(db).check(s); }, save);
    return m_dialog.get();
}

void TestSpifEditor::modelKeepsTheContract()
{
    SpifModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SpifCampaign percent = privilegedSpif();
    percent.key = QStringLiteral("percent");
    percent.bonusKind = SpifBonusKind::Percent;
    percent.percent = Rate { 250 };
    percent.tiers.clear();
    model.setCampaigns({ privilegedSpif(), percent });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SpifModel::Bonus).data().toString(), QStringLiteral("RUB\u00A0500.00 per unit"));
    QCOMPARE(model.index(1, SpifModel::Bonus).data().toString(), QStringLiteral("2.5% of the line"));
    QCOMPARE(model.index(1, SpifModel::Tiers).data().toString(), QStringLiteral("all"));
    QCOMPARE(model.rowOf(QStringLiteral("percent")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
}

void TestSpifEditor::editDialogShowsCoreMessagesBesideFields()
{
    SpifCampaign fresh;
    fresh.from = QDate(2026, 6, 1);
    fresh.until = QDate(2026, 12, 31);
    fresh.programs = { QStringLiteral("reseller-status") };
    fresh.amount.currency = QStringLiteral("RUB");
    SpifEditDialog *d = newDialog(fresh, true);
    d->show();
    QVERIFY(d->findChild<QLineEdit *>(QStringLiteral("amount"))->text().isEmpty()); // not "0.00"
    auto *name = d->findChild<QLineEdit *>(QStringLiteral("name"));
    auto *key = d->findChild<QLineEdit *>(QStringLiteral("key"));
    auto *until = d->findChild<QDateEdit *>(QStringLiteral("until"));
    auto *amount = d->findChild<QLineEdit *>(QStringLiteral("amount"));
    auto *percent = d->findChild<QLineEdit *>(QStringLiteral("percent"));
    auto *kind = d->findChild<QComboBox *>(QStringLiteral("kind"));
    auto *programs = d->findChild<QListWidget *>(QStringLiteral("programs"));
    auto *tiers = d->findChild<QListWidget *>(QStringLiteral("tiers"));
    auto *lines = d->findChild<QListWidget *>(QStringLiteral("productLines"));
    QVERIFY(name && key && until && amount && percent && kind && programs && tiers && lines);

    // The reseller program's tiers and lines are offered; a second program adds its own.
    QCOMPARE(keysOf(tiers), (QStringList { "authorized", "certified", "privileged" }));
    QCOMPARE(keysOf(lines), (QStringList { "ti", "ting", "depo_ti" }));
    check(tiers, QStringLiteral("privileged"), true);
    check(programs, QStringLiteral("revenue-band"), true);
    QVERIFY(keysOf(tiers).size() > 3);
    QCOMPARE(tiers->item(2)->checkState(), Qt::Checked); // privileged stays checked
    check(programs, QStringLiteral("revenue-band"), false);
    QCOMPARE(keysOf(tiers).size(), 3);

    // Core's messages, each beside its field.
    name->setText(QStringLiteral("Privileged SPIF"));
    key->setText(QStringLiteral("Bad Key"));
    until->setDate(QDate(2026, 5, 1));
    amount->setText(QStringLiteral("-5"));
    QVERIFY2(d->issue(QStringLiteral("key")).contains(QStringLiteral("not a valid key")), qPrintable(d->issue("key")));
    QVERIFY2(d->issue(QStringLiteral("until")).contains(QStringLiteral("before the start")), qPrintable(d->issue("until")));
    QVERIFY2(d->issue(QStringLiteral("amount")).contains(QStringLiteral("negative")), qPrintable(d->issue("amount")));
    QVERIFY(d->issue(QStringLiteral("name")).isEmpty());
    auto *keyError = d->findChild<QLabel *>(QStringLiteral("keyError"));
    QVERIFY(keyError && keyError->isVisible());
    QCOMPARE(keyError->text(), d->issue(QStringLiteral("key")));
    QCOMPARE(key->toolTip(), d->issue(QStringLiteral("key")));
    check(programs, QStringLiteral("reseller-status"), false);
    QVERIFY(d->issue(QStringLiteral("programs")).contains(QStringLiteral("at least one program")));
    check(programs, QStringLiteral("reseller-status"), true);
    QVERIFY(d->issue(QStringLiteral("programs")).isEmpty());

    // Percent: the amount and currency give way to the percentage.
    kind->setCurrentIndex(kind->findData(QStringLiteral("percent")));
    QVERIFY(!amount->isVisible());
    QVERIFY(percent->isVisible());
    percent->setText(QStringLiteral("150"));
    QVERIFY2(d->issue(QStringLiteral("percent")).contains(QStringLiteral("100")), qPrintable(d->issue("percent")));
    QVERIFY(d->issue(QStringLiteral("amount")).isEmpty());

    key->setText(QStringLiteral("privileged-spif"));
    until->setDate(QDate(2026, 12, 31));
    percent->setText(QStringLiteral("2,5"));
    QVERIFY(d->issue(QStringLiteral("key")).isEmpty());
    QVERIFY(d->issue(QStringLiteral("percent")).isEmpty());
    QVERIFY(!keyError->isVisible());
    const SpifCampaign c = d->campaign();
    QCOMPARE(c.percent, Rate { 250 });
    QCOMPARE(c.tiers, QStringList { QStringLiteral("privileged") });
    QVERIFY(c.productLines.isEmpty());
    QVERIFY(store().campaigns()->isEmpty()); // nothing saved before OK
    d->accept();
    QCOMPARE(d->result(), int(QDialog::Accepted));
    const auto saved = store().campaign(QStringLiteral("privileged-spif"));
    QVERIFY(saved);
    QVERIFY(*saved == c);
}

void TestSpifEditor::editDialogSavesAndShowsRefusals()
{
    SpifEditDialog *d = newDialog(privilegedSpif(), false, [](const SpifCampaign &) -> Result<void> {
        return fail(Error::Code::PermissionDenied, QStringLiteral("The server refuses this change."));
    });
    d->show();
    d->accept();
    QCOMPARE(d->refusal(), QStringLiteral("The server refuses this change."));
    QVERIFY(d->isVisible()); // stays open, nothing written
    QVERIFY(store().campaigns()->isEmpty());
}

void TestSpifEditor::editingKeepsTheKey()
{
    QVERIFY(store().save(privilegedSpif()));
    SpifEditDialog *d = newDialog(privilegedSpif(), false);
    auto *key = d->findChild<QLineEdit *>(QStringLiteral("key"));
    QVERIFY(key->isReadOnly());
    auto *amount = d->findChild<QLineEdit *>(QStringLiteral("amount"));
    QCOMPARE(amount->text(), QStringLiteral("500.00"));
    amount->setText(QStringLiteral("750.00"));
    d->findChild<QCheckBox *>(QStringLiteral("renewals"))->setChecked(false);
    d->accept();
    QCOMPARE(d->result(), int(QDialog::Accepted));
    const auto all = store().campaigns();
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().amount, (Money { 75000, QStringLiteral("RUB") }));
    QVERIFY(!all->first().renewals);
}

void TestSpifEditor::importExportRemove()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(spifToJson(privilegedSpif()));
    }
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        SpifCampaign c = privilegedSpif();
        c.tiers = { QStringLiteral("gold") };
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(spifToJson(c));
    }
    SpifCampaignsDialog dialog(m_session.get());
    dialog.show();
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(!dialog.editButton()->isEnabled());
    QVERIFY(!dialog.removeButton()->isEnabled());
    QVERIFY(!dialog.exportButton()->isEnabled());
    QVERIFY(dialog.addButton()->isEnabled());

    QVERIFY(!dialog.importFrom(bad));
    QVERIFY2(dialog.message().contains(QStringLiteral("$.tiers[0]")) && dialog.message().contains(QStringLiteral("gold")),
             qPrintable(dialog.message()));
    QCOMPARE(dialog.model()->rowCount(), 0);

    QVERIFY(dialog.importFrom(good));
    QCOMPARE(dialog.model()->rowCount(), 1);
    QVERIFY(dialog.message().contains(QStringLiteral("imported")));
    QVERIFY(dialog.editButton()->isEnabled());
    QVERIFY(dialog.removeButton()->isEnabled());

    const QString out = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(dialog.exportTo(QStringLiteral("privileged-2026"), out));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), spifToJson(privilegedSpif()));

    QVERIFY(dialog.removeCampaign(QStringLiteral("privileged-2026")));
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(store().campaigns()->isEmpty());
    QVERIFY(!dialog.removeCampaign(QStringLiteral("privileged-2026")));
    QVERIFY(dialog.message().contains(QStringLiteral("There is no SPIF campaign")));
}

void TestSpifEditor::readOnlyDatabaseDisablesEditing()
{
    QVERIFY(store().save(privilegedSpif()));
    const QString copy = QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/offline.sqlite");
    {
        auto source = Database::open(m_db->path());
        QVERIFY(source.has_value());
        QVERIFY(OfflineCopy::take(**source, copy, OfflineFilter {}).has_value());
    }
    m_session = std::make_unique<Session>();
    QVERIFY(m_session->open(copy).has_value());
    QVERIFY(m_session->isReadOnly());
    SpifCampaignsDialog dialog(m_session.get());
    QCOMPARE(dialog.model()->rowCount(), 1); // the offline copy carries the campaigns
    QVERIFY(dialog.select(QStringLiteral("privileged-2026")));
    for (QPushButton *b : { dialog.addButton(), dialog.editButton(), dialog.removeButton(), dialog.importButton() }) {
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        QCOMPARE(b->toolTip(), m_session->readOnlyReason());
    }
    QVERIFY(dialog.exportButton()->isEnabled()); // reading is fine
    // Even when asked directly, nothing is written.
    QVERIFY(!dialog.removeCampaign(QStringLiteral("privileged-2026")));
    QCOMPARE(dialog.message(), m_session->readOnlyReason());
    QCOMPARE(dialog.model()->rowCount(), 1);
}

void TestSpifEditor::windowHasTheMenuAction()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("spifCampaigns"));
    QVERIFY(action);
    QVERIFY(action->text().contains(QStringLiteral("SPIF")));
}

QTEST_MAIN(TestSpifEditor)
#include "tst_spifeditor.moc"
