// The licensing views read through a reader when their owner gives them one (the partner page's
// read thread, issue 17): the result shows when it arrives, a later read or refresh wins over an
// earlier read that arrives after it, a view gone before its result is not touched, and a
// connection that could not be opened is shown as an error. The reader here holds the reads until
// the test runs them, in the order the test chooses.
#include "licences/licencesview.h"
#include "licences/licencetablemodel.h"
#include "licences/nfrkeymodel.h"
#include "licences/nfrkeysview.h"
#include "licensing/licenceservice.h"
#include "storage/database.h"
#include "storage/store.h"
#include "translations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::ui;

namespace {
const QDate kToday(2026, 9, 1);
} // namespace

class TestViewReads : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db.has_value());
        m_db = std::move(*db);
        m_store = std::make_unique<Store>(*m_db);
        QVERIFY(m_store->installBuiltinPrograms().has_value());
        m_withLicence = addPartner(QStringLiteral("P-1"));
        m_without = addPartner(QStringLiteral("P-2"));
        addLicence(m_withLicence, QStringLiteral("C-1"));
        m_held.clear();
    }

    void cleanup()
    {
        m_held.clear();
        m_store.reset();
        m_db.reset();
    }

    void readThroughTheReaderShowWhenRun()
    {
        LicencesView view(*m_store, m_withLicence);
        view.setToday(kToday); // no reader yet: read here
        QCOMPARE(view.model()->rowCount(), 1);
        view.setReader(holdingReader());
        view.setPartner(m_without);
        QCOMPARE(m_held.size(), 1);
        QCOMPARE(view.model()->rowCount(), 1); // nothing read on this thread
        runHeld(0);
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void laterReadWinsOverEarlierOne()
    {
        LicencesView view(*m_store, m_withLicence);
        view.setToday(kToday);
        view.setReader(holdingReader());
        view.setPartner(m_without);
        view.setPartner(m_withLicence);
        QCOMPARE(m_held.size(), 2);
        runHeld(1);
        QCOMPARE(view.model()->rowCount(), 1);
        runHeld(0); // the earlier read, arriving last, is dropped
        QCOMPARE(view.model()->rowCount(), 1);
    }

    void refreshAfterOwnWriteWinsOverReadBeforeIt()
    {
        LicencesView view(*m_store, m_withLicence);
        view.setToday(kToday);
        view.setReader(holdingReader());
        view.setPartner(m_without);
        // The read thread reads before the user's write...
        const UiStep stale = m_held.at(0)(m_store.get());
        QCOMPARE(view.model()->rowCount(), 1);
        addLicence(m_without, QStringLiteral("C-2"));
        view.refresh(); // ... which the view shows at once, on this thread
        QCOMPARE(view.model()->rowCount(), 1);
        stale(); // the read from before the write arrives: dropped
        QCOMPARE(view.model()->rowCount(), 1);
        QVERIFY(view.model()->index(0, LicenceTableModel::Customer).data().toString().startsWith(QStringLiteral("C-2")));
    }

    void viewGoneBeforeItsResult()
    {
        auto view = std::make_unique<NfrKeysView>(*m_store, m_withLicence, m_keys.path());
        view->setReader(holdingReader());
        view->setPartner(m_without);
        const UiStep step = m_held.at(0)(m_store.get());
        view.reset();
        step(); // touches nothing
        QVERIFY(true);
    }

    void connectionErrorIsShown()
    {
        NfrKeysView view(*m_store, m_withLicence, m_keys.path());
        view.setReader(holdingReader());
        view.setPartner(m_without);
        m_held.at(0)(std::unexpected(Error { Error::Code::Storage, QStringLiteral("server closed the connection") }))();
        QCOMPARE(view.entitlementText(), QStringLiteral("server closed the connection"));
        QCOMPARE(view.model()->rowCount(), 0);
    }

private:
    qint64 addPartner(const QString &code)
    {
        Partner p;
        p.code = code;
        p.name = code + QStringLiteral(" Ltd");
        p.country = QStringLiteral("RU");
        p.programKey = QStringLiteral("reseller-status");
        p.tierKey = QStringLiteral("certified");
        p.tierSince = QDate(2024, 1, 1);
        p.joinedOn = QDate(2024, 1, 1);
        return *m_store->insertPartner(p);
    }

    void addLicence(qint64 partner, const QString &customerCode)
    {
        Customer c;
        c.partnerId = partner;
        c.code = customerCode;
        c.name = customerCode;
        Licence l;
        l.partnerId = partner;
        l.customerId = *m_store->insertCustomer(c);
        l.productLine = QStringLiteral("ti");
        l.product = QStringLiteral("Backup Suite");
        l.seats = 5;
        l.startsOn = kToday.addDays(-100);
        l.endsOn = kToday.addDays(265);
        l.unitPrice = Money { 100000, QStringLiteral("RUB") };
        QVERIFY(LicenceService(*m_store).recordResale(l).has_value());
    }

    ViewReader holdingReader()
    {
        return [this](ViewRead read) { m_held << read; };
    }

    void runHeld(qsizetype i) { m_held.at(i)(m_store.get())(); }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QTemporaryDir m_keys;
    qint64 m_withLicence = 0;
    qint64 m_without = 0;
    QList<ViewRead> m_held;
};

QTEST_MAIN(TestViewReads)
#include "tst_viewreads.moc"
