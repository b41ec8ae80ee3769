// One rulebook for partners (issue 18): the profile form judges the table that tests/core's
// tst_partnerrules gives the store and the import, typed into the form's fields offscreen.
#include "../partnerrulestable.h"
#include "pagewait.h"
#include "partner/partnerpage.h"
#include "partner/profileform.h"
#include "partner/profilevalidator.h"
#include "session.h"
#include "storage/store.h"
#include "testdatabase.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

using namespace pd;
using namespace pd::ui;
namespace table = partnerrules_table;

class TestProfileRules : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formJudges_data() { table::addColumns(); table::addRows(); }
    void formJudges();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PartnerPage> m_page;
    qint64 m_partnerId = 0;
};

void TestProfileRules::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_session = std::make_unique<Session>();
    QVERIFY(m_session->open(m_db->path()).has_value());
    const auto id = m_session->store().insertPartner(table::validPartner());
    QVERIFY(id.has_value());
    m_partnerId = *id;
    m_page = std::make_unique<PartnerPage>(m_session.get());
    QVERIFY(m_page->showPartner(m_partnerId));
    WAIT_FOR_PAGE(m_page);
    // The table's dates are relative to the real day, as the store's and the import's checks are.
    m_page->profileForm()->setToday(QDate::currentDate());
}

void TestProfileRules::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_db.reset();
}

void TestProfileRules::formJudges()
{
    const table::Row row = table::fetchRow();
    ProfileForm *form = m_page->profileForm();
    QWidget *editor = form->fieldWidget(row.field);
    QVERIFY(editor);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(row.partner.joinedOn);
    } else {
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(line);
        line->selectAll();
        // A field that takes no more than the rule allows refuses the extra characters: the
        // form's way to say "too long", which the validator then never sees.
        if (row.expected == table::Code::TooLong && line->maxLength() < row.text.size()) {
            QCOMPARE(line->maxLength(), row.text.size() - 1);
            QTest::keyClicks(line, row.text);
            QCOMPARE(line->text().size(), line->maxLength());
            return;
        }
        if (row.text.isEmpty())
            QTest::keyClick(line, Qt::Key_Delete);
        else
            QTest::keyClicks(line, row.text);
    }
    QVERIFY(m_page->isModified());
    auto valueOf = [&row](const Partner &p) { return ProfileValidator::value(p, row.field); };
    QCOMPARE(valueOf(form->draft()), valueOf(row.partner));

    const auto saved = m_page->saveProfile();
    const auto stored = m_session->store().partner(m_partnerId);
    QVERIFY(stored.has_value());
    if (!row.expected) {
        QVERIFY2(form->isValid(), qPrintable(form->issueText(row.field)));
        QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(valueOf(*stored), valueOf(row.partner));
        return;
    }
    QVERIFY(!form->isValid());
    QCOMPARE(form->issueText(row.field), row.message);
    QCOMPARE(editor->toolTip(), row.message);
    QVERIFY(!saved.has_value());
    QCOMPARE(saved.error().code, Error::Code::InvalidInput);
    QCOMPARE(valueOf(*stored), valueOf(table::validPartner()));
}

QTEST_MAIN(TestProfileRules)
#include "tst_profilerules.moc"
