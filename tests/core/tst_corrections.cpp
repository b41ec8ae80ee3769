// Voids and corrections (issue 15): void, correct and restore each of the five record kinds,
// conflicts and refusals, the history chain, all or nothing, the readers' Voided switch, the
// database's own guards attacked with the sqlite3 shell, and the upgrade of a version-6 file.
#include "licensing/licenceservice.h"
#include "licensingfixture.h"
#include "storage/corrections.h"
#include "storage/licencestore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace
{

struct Shell {
    int exit = -1;
    QString out;
    QString err;
};

Shell sqlite3(const QString &path, const QString &sql)
{
    QProcess shell;
    shell.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")), { path, sql });
    shell.waitForFinished(60000);
    return Shell { shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1,
        QString::fromUtf8(shell.readAllStandardOutput()).trimmed(),
        QString::fromUtf8(shell.readAllStandardError()) };
}

const QString kEveryRow
    = QStringLiteral("SELECT (SELECT group_concat(id || ':' || quantity || ':' || coalesce(voided_at, '-') "
                     "|| ':' || void_reason, ',') "
                     "FROM sales), (SELECT group_concat(id || ':' || seats || ':' || coalesce(voided_at, "
                     "'-'), ',') FROM licences), "
                     "(SELECT group_concat(id || ':' || note || ':' || coalesce(voided_at, '-'), ',') FROM "
                     "compliance_events), "
                     "(SELECT group_concat(id || ':' || certificate || ':' || coalesce(voided_at, '-') || "
                     "':' || coalesce(corrects_id, '-'), ',') "
                     "FROM certifications), (SELECT group_concat(id || ':' || value_bp || ':' || "
                     "coalesce(voided_at, '-'), ',') FROM scores);");

} // namespace

class TestCorrections final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void voidLeavesListsKeepsHistory_data();
    void voidLeavesListsKeepsHistory();
    void correctionKeepsTheChain_data();
    void correctionKeepsTheChain();
    void restoreBringsTheRecordBack_data();
    void restoreBringsTheRecordBack();
    void badReplacementChangesNothing_data();
    void badReplacementChangesNothing();
    void refusals_data();
    void refusals();
    void saleWithLiveReturnsIsRefused();
    void licenceVoidsItsSale();
    void recordKindKeys();
    void guardsRefuseTheShell_data();
    void guardsRefuseTheShell();
    void upgradeFromVersion6KeepsRows();

private:
    QList<qint64> liveIds(RecordKind kind, Voided voided) const;
    qint64 idOf(RecordKind kind) const;
    QString state() const { return sqlite3(m_path, kEveryRow).out; }

    QTemporaryDir m_dir;
    QString m_path;
    LicensingFixture f;
    qint64 m_partner = 0;
    qint64 m_customer = 0;
    qint64 m_staff = 0;
    Sale m_sale;
    Licence m_licence;
    ComplianceEvent m_event;
    Certification m_cert;
    Score m_score;
};

void TestCorrections::init()
{
    m_path = m_dir.filePath(QStringLiteral("c%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(f.open(m_path));
    m_partner
        = f.addPartner(QStringLiteral("P-1"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    m_customer = f.addCustomer(m_partner, QStringLiteral("C-1"));
    m_staff = *f.store->insertStaff(
        StaffMember { 0, m_partner, QStringLiteral("Ana"), QStringLiteral("ana@x"), StaffRole::Technical });
    m_sale = Sale {};
    m_sale.partnerId = m_partner;
    m_sale.customerId = m_customer;
    m_sale.soldOn = QDate(2026, 3, 1);
    m_sale.productLine = QStringLiteral("ti");
    m_sale.unitPrice = Money { 10000, QStringLiteral("RUB") };
    m_sale.quantity = 3;
    m_sale.reference = QStringLiteral("INV-1/1");
    m_sale.id = *f.store->insertSale(m_sale);
    m_licence = Licence {};
    m_licence.partnerId = m_partner;
    m_licence.customerId = m_customer;
    m_licence.productLine = QStringLiteral("ti");
    m_licence.product = QStringLiteral("Backup Suite");
    m_licence.seats = 5;
    m_licence.startsOn = QDate(2026, 1, 1);
    m_licence.endsOn = QDate(2026, 12, 31);
    m_licence.unitPrice = Money { 2000, QStringLiteral("RUB") };
    const auto l = LicenceService(*f.store).recordResale(m_licence);
    QVERIFY2(l.has_value(), qPrintable(l ? QString() : l.error().message));
    m_licence = *l;
    m_event = ComplianceEvent { 0, m_partner, EventKind::ContractSigned, QDate(2026, 2, 1),
        QStringLiteral("signed"), 0, {} };
    m_event.id = *f.store->insertEvent(m_event);
    m_cert = Certification { 0, m_staff, QStringLiteral("Backup Pro"), QDate(2026, 1, 10), QDate(2027, 1, 10),
        0, {} };
    m_cert.id = *f.store->insertCertification(m_cert);
    m_score = Score { 0, m_partner, Metric::Nps, QDate(2026, 2, 15), Rate { 4500 }, 0, {} };
    m_score.id = *f.store->insertScore(m_score);
}

void TestCorrections::cleanup()
{
    f.close();
}

namespace
{

template<typename T> QList<qint64> idsOf(const Result<QList<T>> &rows)
{
    QList<qint64> out;
    for (const T &row : rows.value()) {
        if constexpr (std::is_same_v<T, LicenceListing>)
            out << row.licence.id;
        else
            out << row.id;
    }
    return out;
}

} // namespace

QList<qint64> TestCorrections::liveIds(RecordKind kind, Voided voided) const
{
    switch (kind) {
    case RecordKind::Sale:
        return idsOf(f.store->sales(m_partner, QDate(2000, 1, 1), QDate(2100, 1, 1), voided));
    case RecordKind::Licence:
        return idsOf(LicenceStore(*f.db).licences(m_partner, voided));
    case RecordKind::Event:
        return idsOf(f.store->events(m_partner, voided));
    case RecordKind::Certification:
        return idsOf(f.store->certifications(m_partner, voided));
    case RecordKind::Score:
        return idsOf(f.store->scores(m_partner, voided));
    }
    return {};
}

qint64 TestCorrections::idOf(RecordKind kind) const
{
    switch (kind) {
    case RecordKind::Sale:
        return m_sale.id;
    case RecordKind::Licence:
        return m_licence.id;
    case RecordKind::Event:
        return m_event.id;
    case RecordKind::Certification:
        return m_cert.id;
    case RecordKind::Score:
        return m_score.id;
    }
    return 0;
}

namespace
{

void kinds()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::newRow("sale") << RecordKind::Sale;
    QTest::newRow("licence") << RecordKind::Licence;
    QTest::newRow("event") << RecordKind::Event;
    QTest::newRow("certification") << RecordKind::Certification;
    QTest::newRow("score") << RecordKind::Score;
}

Voiding voidingOf(Store &store, RecordKind kind, qint64 id)
{
    switch (kind) {
    case RecordKind::Sale:
        return store.sale(id)->voided;
    case RecordKind::Licence:
        return LicenceStore(store.database()).licence(id)->voided;
    case RecordKind::Event:
        return store.event(id)->voided;
    case RecordKind::Certification:
        return store.certification(id)->voided;
    case RecordKind::Score:
        return store.score(id)->voided;
    }
    return {};
}

qint64 correctsOf(Store &store, RecordKind kind, qint64 id)
{
    switch (kind) {
    case RecordKind::Sale:
        return store.sale(id)->correctsId;
    case RecordKind::Licence:
        return LicenceStore(store.database()).licence(id)->correctsId;
    case RecordKind::Event:
        return store.event(id)->correctsId;
    case RecordKind::Certification:
        return store.certification(id)->correctsId;
    case RecordKind::Score:
        return store.score(id)->correctsId;
    }
    return 0;
}

} // namespace

void TestCorrections::voidLeavesListsKeepsHistory_data()
{
    kinds();
}

void TestCorrections::voidLeavesListsKeepsHistory()
{
    QFETCH(RecordKind, kind);
    const qint64 id = idOf(kind);
    QVERIFY(liveIds(kind, Voided::Excluded).contains(id));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto r = Corrections(*f.db).voidRecord(kind, id, QStringLiteral("  typed twice  "));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    QVERIFY(!liveIds(kind, Voided::Excluded).contains(id));
    QVERIFY(liveIds(kind, Voided::Included).contains(id));
    const Voiding v = voidingOf(*f.store, kind, id);
    QVERIFY(v.isVoid());
    QCOMPARE(v.reason, QStringLiteral("typed twice"));
    QCOMPARE(v.by, f.db->userName().isEmpty() ? QStringLiteral("?") : f.db->userName());
    QCOMPARE(v.at.timeSpec(), Qt::UTC);
    QVERIFY(v.at >= before && v.at <= QDateTime::currentDateTimeUtc().addSecs(1));

    // Voiding again: a conflict that names the first void, and nothing changes.
    const QString stored = state();
    const auto again = Corrections(*f.db).voidRecord(kind, id, QStringLiteral("again"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QVERIFY2(
        again.error().message.contains(QStringLiteral("typed twice")), qPrintable(again.error().message));
    QCOMPARE(state(), stored);
}

void TestCorrections::correctionKeepsTheChain_data()
{
    kinds();
}

void TestCorrections::correctionKeepsTheChain()
{
    QFETCH(RecordKind, kind);
    const qint64 id = idOf(kind);
    Corrections corrections(*f.db);
    Result<qint64> fixed = 0;
    switch (kind) {
    case RecordKind::Sale: {
        Sale s = m_sale;
        s.quantity = 2;
        s.reference = QStringLiteral("ignored: the reference is the original's");
        fixed = corrections.correctSale(id, s, QStringLiteral("two, not three"));
        break;
    }
    case RecordKind::Licence: {
        Licence l = m_licence;
        l.seats = 4;
        fixed = corrections.correctLicence(id, l, QStringLiteral("four seats"));
        break;
    }
    case RecordKind::Event: {
        ComplianceEvent e = m_event;
        e.occurredOn = QDate(2026, 2, 2);
        fixed = corrections.correctEvent(id, e, QStringLiteral("wrong day"));
        break;
    }
    case RecordKind::Certification: {
        // The same staff, certificate and day: the live-only key lets the replacement in.
        Certification c = m_cert;
        c.expiresOn = QDate(2028, 1, 10);
        fixed = corrections.correctCertification(id, c, QStringLiteral("two-year certificate"));
        break;
    }
    case RecordKind::Score: {
        Score s = m_score;
        s.value = Rate { -1200 };
        fixed = corrections.correctScore(id, s, QStringLiteral("sign lost"));
        break;
    }
    }
    QVERIFY2(fixed.has_value(), qPrintable(fixed ? QString() : fixed.error().message));
    QVERIFY(*fixed > id);
    QCOMPARE(correctsOf(*f.store, kind, *fixed), id);
    QVERIFY(voidingOf(*f.store, kind, id).isVoid());
    QVERIFY(!voidingOf(*f.store, kind, *fixed).isVoid());
    QVERIFY(liveIds(kind, Voided::Excluded).contains(*fixed));
    QVERIFY(!liveIds(kind, Voided::Excluded).contains(id));

    if (kind == RecordKind::Sale) {
        const Sale s = f.store->sale(*fixed).value();
        QCOMPARE(s.reference, QStringLiteral("INV-1/1"));
        QCOMPARE(s.quantity, 2);
        QCOMPARE(s.partnerId, m_partner);
    } else if (kind == RecordKind::Licence) {
        // A new sale carries the corrected licence's reward, correcting the old sale.
        const Licence l = LicenceStore(*f.db).licence(*fixed).value();
        QCOMPARE(l.seats, 4);
        QVERIFY(l.saleId != m_licence.saleId);
        QCOMPARE(f.store->sale(l.saleId)->quantity, 4);
        QCOMPARE(f.store->sale(l.saleId)->correctsId, m_licence.saleId);
        QVERIFY(f.store->sale(m_licence.saleId)->voided.isVoid());
    } else if (kind == RecordKind::Score) {
        QCOMPARE(f.store->score(*fixed)->value.bp, -1200);
    }
    // The corrected record cannot be corrected again; its correction can.
    const auto twice = corrections.voidRecord(kind, id, QStringLiteral("again"));
    QCOMPARE(twice.error().code, Error::Code::Conflict);
    QVERIFY(corrections.voidRecord(kind, *fixed, QStringLiteral("gone after all")).has_value());
}

void TestCorrections::restoreBringsTheRecordBack_data()
{
    kinds();
}

void TestCorrections::restoreBringsTheRecordBack()
{
    QFETCH(RecordKind, kind);
    const qint64 id = idOf(kind);
    Corrections corrections(*f.db);
    const auto live = corrections.restore(kind, id, QStringLiteral("not voided"));
    QVERIFY(!live);
    QCOMPARE(live.error().code, Error::Code::InvalidInput);

    QVERIFY(corrections.voidRecord(kind, id, QStringLiteral("by mistake")).has_value());
    const auto back = corrections.restore(kind, id, QStringLiteral("the void was the mistake"));
    QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
    QCOMPARE(correctsOf(*f.store, kind, *back), id);
    QVERIFY(liveIds(kind, Voided::Excluded).contains(*back));
    // The copy equals the original.
    switch (kind) {
    case RecordKind::Sale: {
        const Sale s = f.store->sale(*back).value();
        QCOMPARE(s.quantity, m_sale.quantity);
        QCOMPARE(s.reference, m_sale.reference);
        QCOMPARE(s.unitPrice, m_sale.unitPrice);
        break;
    }
    case RecordKind::Licence:
        QCOMPARE(LicenceStore(*f.db).licence(*back)->seats, m_licence.seats);
        break;
    case RecordKind::Event:
        QCOMPARE(f.store->event(*back)->note, m_event.note);
        break;
    case RecordKind::Certification:
        QCOMPARE(f.store->certification(*back)->passedOn, m_cert.passedOn);
        break;
    case RecordKind::Score:
        QCOMPARE(f.store->score(*back)->value, m_score.value);
        break;
    }
    // Why it came back is in the partner's notes.
    const auto notes = f.store->notes(m_partner).value();
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().body.contains(QStringLiteral("the void was the mistake")));
    // A second restore would make a twin.
    const auto twin = corrections.restore(kind, id, QStringLiteral("again"));
    QVERIFY(!twin);
    QVERIFY2(twin.error().message.contains(QString::number(*back)), qPrintable(twin.error().message));
}

void TestCorrections::badReplacementChangesNothing_data()
{
    kinds();
}

void TestCorrections::badReplacementChangesNothing()
{
    QFETCH(RecordKind, kind);
    const qint64 id = idOf(kind);
    Corrections corrections(*f.db);
    const QString before = state();
    Result<qint64> r = 0;
    switch (kind) {
    case RecordKind::Sale: {
        Sale s = m_sale;
        s.productLine = QStringLiteral("no-such-line");
        r = corrections.correctSale(id, s, QStringLiteral("x"));
        break;
    }
    case RecordKind::Licence: {
        Licence l = m_licence;
        l.endsOn = QDate(2025, 1, 1); // before it starts
        r = corrections.correctLicence(id, l, QStringLiteral("x"));
        break;
    }
    case RecordKind::Event: {
        ComplianceEvent e = m_event;
        e.occurredOn = {};
        r = corrections.correctEvent(id, e, QStringLiteral("x"));
        break;
    }
    case RecordKind::Certification: {
        Certification c = m_cert;
        c.expiresOn = c.passedOn;
        r = corrections.correctCertification(id, c, QStringLiteral("x"));
        break;
    }
    case RecordKind::Score: {
        Score s = m_score;
        s.value = Rate { 10001 };
        r = corrections.correctScore(id, s, QStringLiteral("x"));
        break;
    }
    }
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY(!r.error().message.isEmpty());
    // The void of the original was rolled back with the failed replacement.
    QCOMPARE(state(), before);
    QVERIFY(!voidingOf(*f.store, kind, id).isVoid());
}

void TestCorrections::refusals_data()
{
    kinds();
}

void TestCorrections::refusals()
{
    QFETCH(RecordKind, kind);
    Corrections corrections(*f.db);
    const QString before = state();
    const auto blank = corrections.voidRecord(kind, idOf(kind), QStringLiteral("   "));
    QCOMPARE(blank.error().code, Error::Code::InvalidInput);
    const auto missing = corrections.voidRecord(kind, 999999, QStringLiteral("x"));
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY2(missing.error().message.contains(QStringLiteral("999999")), qPrintable(missing.error().message));
    QCOMPARE(state(), before);
}

void TestCorrections::saleWithLiveReturnsIsRefused()
{
    Sale ret = m_sale;
    ret.quantity = -1;
    ret.returnsId = m_sale.id;
    ret.reference = QStringLiteral("CN-7");
    ret.soldOn = QDate(2026, 3, 20);
    ret.id = *f.store->insertSale(ret);
    Corrections corrections(*f.db);
    const QString before = state();
    const auto refused = corrections.voidRecord(RecordKind::Sale, m_sale.id, QStringLiteral("cancelled"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QString::number(ret.id)), qPrintable(refused.error().message));
    QCOMPARE(state(), before);
    // A return larger than what is left is refused too.
    Sale bigger = ret;
    bigger.quantity = -4;
    QCOMPARE(corrections.correctSale(ret.id, bigger, QStringLiteral("more came back")).error().code,
        Error::Code::InvalidInput);
    bigger.quantity = -3;
    QVERIFY(corrections.correctSale(ret.id, bigger, QStringLiteral("all came back")).has_value());
    // Returns first, then the sale.
    const auto returns = f.store->sales(m_partner, QDate(2026, 3, 20), QDate(2026, 3, 20)).value();
    QCOMPARE(returns.size(), 1);
    QVERIFY(corrections.voidRecord(RecordKind::Sale, returns.first().id, QStringLiteral("cancelled"))
                .has_value());
    QVERIFY(corrections.voidRecord(RecordKind::Sale, m_sale.id, QStringLiteral("cancelled")).has_value());
}

void TestCorrections::licenceVoidsItsSale()
{
    Corrections corrections(*f.db);
    const QString before = state();
    // The licence's sale alone would leave a licence without its reward.
    const auto direct = corrections.voidRecord(RecordKind::Sale, m_licence.saleId, QStringLiteral("x"));
    QVERIFY(!direct);
    QVERIFY2(
        direct.error().message.contains(QString::number(m_licence.id)), qPrintable(direct.error().message));
    QCOMPARE(state(), before);
    QVERIFY(
        corrections.voidRecord(RecordKind::Licence, m_licence.id, QStringLiteral("returned")).has_value());
    const Sale sale = f.store->sale(m_licence.saleId).value();
    QVERIFY(sale.voided.isVoid());
    QCOMPARE(sale.voided.reason, QStringLiteral("returned"));
    // A renewal of a voided licence is refused; so is voiding a licence that a live one renews.
    Licence renewal = m_licence;
    renewal.renewsId = m_licence.id;
    renewal.startsOn = QDate(2027, 1, 1);
    renewal.endsOn = QDate(2027, 12, 31);
    QVERIFY(!LicenceService(*f.store).recordResale(renewal));
    QVERIFY(
        corrections.restore(RecordKind::Licence, m_licence.id, QStringLiteral("kept after all")).has_value());
    const qint64 live = LicenceStore(*f.db).licences(m_partner).value().first().licence.id;
    renewal.renewsId = live;
    const auto renewed = LicenceService(*f.store).recordResale(renewal);
    QVERIFY2(renewed.has_value(), qPrintable(renewed ? QString() : renewed.error().message));
    const auto blocked = corrections.voidRecord(RecordKind::Licence, live, QStringLiteral("x"));
    QVERIFY(!blocked);
    QVERIFY2(
        blocked.error().message.contains(QString::number(renewed->id)), qPrintable(blocked.error().message));
    // Correcting the renewal keeps what it renews (a live-only unique key).
    Licence fewer = *renewed;
    fewer.seats = 2;
    const auto corrected = corrections.correctLicence(renewed->id, fewer, QStringLiteral("two seats"));
    QVERIFY2(corrected.has_value(), qPrintable(corrected ? QString() : corrected.error().message));
    QCOMPARE(LicenceStore(*f.db).licence(*corrected)->renewsId, live);
    QCOMPARE(LicenceStore(*f.db).licence(live)->renewedById, *corrected);
}

void TestCorrections::recordKindKeys()
{
    for (const RecordKind kind : { RecordKind::Sale, RecordKind::Licence, RecordKind::Event,
             RecordKind::Certification, RecordKind::Score })
        QCOMPARE(recordKindFromKey(recordKindKey(kind)), kind);
    QCOMPARE(recordKindKey(RecordKind::Event), QStringLiteral("event"));
    QVERIFY(!recordKindFromKey(QStringLiteral("sales")));
}

void TestCorrections::guardsRefuseTheShell_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("message");
    const QString voidOnce = QStringLiteral("a void is set once");
    QTest::newRow("sale quantity") << QStringLiteral("UPDATE sales SET quantity = 30 WHERE id = {sale};")
                                   << QStringLiteral("sales rows do not change");
    QTest::newRow("sale reference") << QStringLiteral("UPDATE sales SET reference = 'X' WHERE id = {sale};")
                                    << QStringLiteral("sales rows do not change");
    QTest::newRow("sale delete") << QStringLiteral("DELETE FROM sales WHERE id = {sale};")
                                 << QStringLiteral("sales rows are never deleted");
    QTest::newRow("licence seats") << QStringLiteral("UPDATE licences SET seats = 50;")
                                   << QStringLiteral("licences rows do not change");
    QTest::newRow("licence delete") << QStringLiteral("DELETE FROM licences;")
                                    << QStringLiteral("licences rows are never deleted");
    QTest::newRow("sale unvoided") << QStringLiteral("UPDATE sales SET voided_at = NULL WHERE id = {voided};")
                                   << voidOnce;
    QTest::newRow("sale reason rewritten")
        << QStringLiteral("UPDATE sales SET void_reason = 'other' WHERE id = {voided};") << voidOnce;
    QTest::newRow("void without reason")
        << QStringLiteral("UPDATE scores SET voided_at = '2026-01-01T00:00:00.000Z', voided_by = 'x';")
        << voidOnce;
    QTest::newRow("reason without void")
        << QStringLiteral("UPDATE compliance_events SET void_reason = 'x';") << voidOnce;
    QTest::newRow("event unvoided") << QStringLiteral(
        "UPDATE compliance_events SET voided_at = NULL, voided_by = '', "
        "void_reason = '' WHERE voided_at IS NOT NULL;")
                                    << voidOnce;
    QTest::newRow("certification chain") << QStringLiteral("UPDATE certifications SET corrects_id = NULL;")
                                         << QStringLiteral("certifications.corrects_id does not change");
}

void TestCorrections::guardsRefuseTheShell()
{
    QFETCH(QString, statement);
    QFETCH(QString, message);
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    Corrections corrections(*f.db);
    // Something voided and corrected of each kind, so that every guard has rows to protect.
    QVERIFY(corrections.voidRecord(RecordKind::Event, m_event.id, QStringLiteral("dup")).has_value());
    Certification c = m_cert;
    QVERIFY(corrections.correctCertification(m_cert.id, c, QStringLiteral("same")).has_value());
    Sale extra = m_sale;
    extra.reference = QStringLiteral("INV-2/1");
    const qint64 voidedSale = *f.store->insertSale(extra);
    QVERIFY(
        corrections.voidRecord(RecordKind::Sale, voidedSale, QStringLiteral("duplicate line")).has_value());
    f.close();

    const QString before = state();
    statement.replace(QStringLiteral("{sale}"), QString::number(m_sale.id))
        .replace(QStringLiteral("{voided}"), QString::number(voidedSale));
    const Shell refused = sqlite3(m_path, statement);
    QVERIFY(refused.exit != 0);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(state(), before);

    // What corrections do still works from the shell: voiding a live row once, with who and why;
    // and the other columns of events, certifications and scores stay editable.
    const Shell allowed = sqlite3(m_path,
        QStringLiteral("UPDATE sales SET voided_at = '2026-06-01T00:00:00.000Z', "
                       "voided_by = 'ana', void_reason = 'typo' WHERE id = %1;"
                       "UPDATE scores SET value_bp = 100;")
            .arg(m_sale.id));
    QVERIFY2(allowed.exit == 0, qPrintable(allowed.err));
    QVERIFY(f.open(m_path));
}

void TestCorrections::upgradeFromVersion6KeepsRows()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    const QString path = m_dir.filePath(QStringLiteral("v6.sqlite"));
    QVERIFY(Database::openAtVersion(path, 6).has_value());
    const Shell filled = sqlite3(path,
        QStringLiteral(
            "PRAGMA foreign_keys = ON;"
            "INSERT INTO programs (key, name, definition, updated_at) SELECT 'p', 'P', '{}', '2026' WHERE "
            "NOT EXISTS (SELECT 1 FROM programs);"
            "INSERT INTO partners (code, name, country, region, category, subcategory, program_id, tier, "
            "tier_since, "
            "joined_on) VALUES ('P-9', 'Nine', 'RU', '', 'resellers', '', (SELECT min(id) FROM programs), "
            "'certified', "
            "'2024-01-01', '2024-01-01');"
            "INSERT INTO staff (partner_id, name, role) VALUES (1, 'Ana', 'technical');"
            "INSERT INTO certifications (staff_id, certificate, passed_on) VALUES (1, 'Pro', '2026-01-01');"
            "INSERT INTO licences (partner_id, kind, product_line, product, seats, sold_on, starts_on, "
            "ends_on, "
            "unit_price_minor, currency, paid_minor) VALUES (1, 'internal', 'ti', 'Suite', 1, '2025-01-01', "
            "'2025-01-01', "
            "'2025-12-31', 100, 'RUB', 100);"
            "INSERT INTO licences (partner_id, kind, product_line, product, seats, sold_on, starts_on, "
            "ends_on, renews_id, "
            "unit_price_minor, currency, paid_minor) VALUES (1, 'internal', 'ti', 'Suite', 1, '2026-01-01', "
            "'2026-01-01', "
            "'2026-12-31', 1, 100, 'RUB', 100);"));
    QVERIFY2(filled.exit == 0, qPrintable(filled.err));
    {
        auto db = Database::open(path);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
        Store store(**db);
        QCOMPARE(LicenceStore(**db).licence(1)->renewedById, 2);
        // The old table-level key is gone: a restore of the same certificate and day works.
        Corrections corrections(**db);
        QVERIFY(corrections.voidRecord(RecordKind::Certification, 1, QStringLiteral("x")).has_value());
        const auto back = corrections.restore(RecordKind::Certification, 1, QStringLiteral("y"));
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
    }
    QCOMPARE(sqlite3(path, QStringLiteral("PRAGMA foreign_key_check; PRAGMA integrity_check;")).out,
        QStringLiteral("ok"));
    // Two live rows of the same key are still refused.
    const Shell twin = sqlite3(path,
        QStringLiteral("INSERT INTO certifications (staff_id, certificate, passed_on) "
                       "VALUES (1, 'Pro', '2026-01-01');"));
    QVERIFY(twin.exit != 0);
    QVERIFY2(twin.err.contains(QStringLiteral("UNIQUE")), qPrintable(twin.err));
    // The change tracking of licences came back with the rebuilt table.
    QVERIFY(sqlite3(path,
                QStringLiteral(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'licences' "
                    "AND name NOT LIKE 'licences_fixed' AND name NOT LIKE 'licences_void_once' "
                    "AND name NOT LIKE 'licences_no_delete';"))
                .out.toInt()
        > 0);
}

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
