// void, correct, restore and records: voids and corrections of sales, licences, events,
// certifications and scores (issue 15), and a partner's records with the voided ones.
#include "licensing/licenceservice.h"
#include "licensing_cli.h"
#include "storage/corrections.h"
#include "storage/database.h"
#include "storage/licencestore.h"
#include "storage/store.h"

#include <QLocale>

namespace pd::cli
{

namespace
{

using namespace lic;

// The fields `correct` takes for each kind: the columns of its CSV file (sales, events, scores,
// certifications) or of `licences add`.
QStringList fieldsOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Sale:
        return { QStringLiteral("date"), QStringLiteral("customer"), QStringLiteral("product-line"),
            QStringLiteral("unit-price"), QStringLiteral("currency"), QStringLiteral("quantity"),
            QStringLiteral("renewal") };
    case RecordKind::Licence:
        return { QStringLiteral("customer"), QStringLiteral("line"), QStringLiteral("product"),
            QStringLiteral("edition"), QStringLiteral("modules"), QStringLiteral("seats"),
            QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("sold"), QStringLiteral("price"),
            QStringLiteral("currency"), QStringLiteral("renews"), QStringLiteral("note") };
    case RecordKind::Event:
        return { QStringLiteral("kind"), QStringLiteral("date"), QStringLiteral("note") };
    case RecordKind::Certification:
        return { QStringLiteral("certificate"), QStringLiteral("passed"), QStringLiteral("expires") };
    case RecordKind::Score:
        return { QStringLiteral("metric"), QStringLiteral("date"), QStringLiteral("value") };
    }
    return {};
}

QString kinds()
{
    QStringList keys;
    for (const RecordKind k : { RecordKind::Sale, RecordKind::Licence, RecordKind::Event,
             RecordKind::Certification, RecordKind::Score })
        keys << recordKindKey(k);
    return keys.join(QStringLiteral(", "));
}

// KIND ID from the arguments; prints the usage and returns nullopt when they are not that.
struct Target {
    RecordKind kind;
    qint64 id;
};

std::optional<Target> target(Context &c, const QString &use)
{
    const auto kind = recordKindFromKey(c.args.value(0));
    bool ok = false;
    const qint64 id = c.args.value(1).toLongLong(&ok);
    if (c.args.size() != 2 || !kind || !ok || id < 1 || !isSet(c, QStringLiteral("reason"))) {
        c.usage(use + u'\n' + Tr::tr("KIND: %1").arg(kinds()));
        return std::nullopt;
    }
    return Target { *kind, id };
}

// A date option that may be absent (nullopt: absent; an invalid date: malformed).
std::optional<QDate> dateField(Context &c, const QString &name)
{
    if (!isSet(c, name))
        return std::nullopt;
    return parseIsoDate(value(c, name));
}

// Changes `s` by the options given; the message of the first bad one, else empty.
QString applySale(Context &c, Store &store, Sale &s)
{
    if (const auto d = dateField(c, QStringLiteral("date"))) {
        if (!d->isValid())
            return Tr::tr("--date needs a date as YYYY-MM-DD.");
        s.soldOn = *d;
    }
    if (isSet(c, QStringLiteral("customer"))) {
        const auto customer = lic::customer(store, value(c, QStringLiteral("customer")));
        if (!customer)
            return customer.error().message;
        s.customerId = customer->id;
    }
    if (isSet(c, QStringLiteral("product-line")))
        s.productLine = value(c, QStringLiteral("product-line")).trimmed();
    if (isSet(c, QStringLiteral("currency")) || isSet(c, QStringLiteral("unit-price"))) {
        const QString currency = isSet(c, QStringLiteral("currency"))
            ? value(c, QStringLiteral("currency")).toUpper()
            : s.unitPrice.currency;
        const QString amount = isSet(c, QStringLiteral("unit-price")) ? value(c, QStringLiteral("unit-price"))
                                                                      : s.unitPrice.plainText();
        const auto price = Money::parse(amount, currency);
        if (!price)
            return price.error().message;
        s.unitPrice = *price;
    }
    if (isSet(c, QStringLiteral("quantity"))) {
        const auto n = number(c, QStringLiteral("quantity"));
        if (!n || *n < -1000000000 || *n > 1000000000)
            return Tr::tr("--quantity needs a whole number.");
        s.quantity = int(*n);
    }
    if (isSet(c, QStringLiteral("renewal"))) {
        const auto yes = parseYesNo(value(c, QStringLiteral("renewal")).trimmed());
        if (!yes)
            return Tr::tr("--renewal is yes or no.");
        s.renewal = *yes;
    }
    return {};
}

QString applyLicence(Context &c, Store &store, Licence &l)
{
    for (const char *name : { "start", "end", "sold" }) {
        const QString option = QString::fromLatin1(name);
        if (const auto d = dateField(c, option)) {
            if (!d->isValid())
                return Tr::tr("Dates are written YYYY-MM-DD.");
            (option == QLatin1StringView("start")        ? l.startsOn
                    : option == QLatin1StringView("end") ? l.endsOn
                                                         : l.soldOn)
                = *d;
        }
    }
    if (isSet(c, QStringLiteral("customer"))) {
        const auto customer = lic::customer(store, value(c, QStringLiteral("customer")));
        if (!customer)
            return customer.error().message;
        l.customerId = customer->id;
    }
    if (isSet(c, QStringLiteral("line")))
        l.productLine = value(c, QStringLiteral("line"));
    if (isSet(c, QStringLiteral("product")))
        l.product = value(c, QStringLiteral("product"));
    if (isSet(c, QStringLiteral("edition")))
        l.edition = value(c, QStringLiteral("edition"));
    if (isSet(c, QStringLiteral("modules")))
        l.modules = list(c, QStringLiteral("modules"));
    if (isSet(c, QStringLiteral("note")))
        l.note = value(c, QStringLiteral("note"));
    if (isSet(c, QStringLiteral("seats")) || isSet(c, QStringLiteral("renews"))) {
        const auto seats = isSet(c, QStringLiteral("seats")) ? number(c, QStringLiteral("seats"))
                                                             : std::optional<qint64>(l.seats);
        const auto renews = isSet(c, QStringLiteral("renews")) ? number(c, QStringLiteral("renews"))
                                                               : std::optional<qint64>(l.renewsId);
        if (!seats || *seats < 1 || *seats > 1000000 || !renews || *renews < 0)
            return Tr::tr("--seats and --renews need whole numbers.");
        l.seats = int(*seats);
        l.renewsId = *renews;
    }
    if (isSet(c, QStringLiteral("currency")) || isSet(c, QStringLiteral("price"))) {
        const QString currency = isSet(c, QStringLiteral("currency"))
            ? value(c, QStringLiteral("currency")).toUpper()
            : l.unitPrice.currency;
        const QString amount
            = isSet(c, QStringLiteral("price")) ? value(c, QStringLiteral("price")) : l.unitPrice.plainText();
        const auto price = Money::parse(amount, currency);
        if (!price)
            return price.error().message;
        l.unitPrice = *price;
    }
    return {};
}

QString applyEvent(Context &c, ComplianceEvent &e)
{
    if (isSet(c, QStringLiteral("kind"))) {
        const auto kind = eventFromKey(value(c, QStringLiteral("kind")).trimmed());
        if (!kind)
            return Tr::tr("--kind is one of: %1.").arg(eventKeys().join(QStringLiteral(", ")));
        e.kind = *kind;
    }
    if (const auto d = dateField(c, QStringLiteral("date"))) {
        if (!d->isValid())
            return Tr::tr("--date needs a date as YYYY-MM-DD.");
        e.occurredOn = *d;
    }
    if (isSet(c, QStringLiteral("note")))
        e.note = value(c, QStringLiteral("note"));
    return {};
}

QString applyCertification(Context &c, Certification &cert)
{
    if (isSet(c, QStringLiteral("certificate")))
        cert.certificate = value(c, QStringLiteral("certificate"));
    for (const char *name : { "passed", "expires" }) {
        const QString option = QString::fromLatin1(name);
        if (const auto d = dateField(c, option)) {
            // An empty --expires: the certificate does not expire.
            if (!d->isValid()
                && !(option == QLatin1StringView("expires") && value(c, option).trimmed().isEmpty()))
                return Tr::tr("Dates are written YYYY-MM-DD.");
            (option == QLatin1StringView("passed") ? cert.passedOn : cert.expiresOn) = *d;
        }
    }
    return {};
}

QString applyScore(Context &c, Score &s)
{
    if (isSet(c, QStringLiteral("metric"))) {
        const auto metric = metricFromKey(value(c, QStringLiteral("metric")).trimmed());
        if (!metric
            || !(*metric == Metric::Nps || *metric == Metric::Satisfaction || *metric == Metric::Advocacy))
            return Tr::tr("--metric is nps, satisfaction or advocacy.");
        s.metric = *metric;
    }
    if (const auto d = dateField(c, QStringLiteral("date"))) {
        if (!d->isValid())
            return Tr::tr("--date needs a date as YYYY-MM-DD.");
        s.measuredOn = *d;
    }
    if (isSet(c, QStringLiteral("value"))) {
        const auto v = parseScoreValue(value(c, QStringLiteral("value")).trimmed(), s.metric);
        if (!v)
            return v.error().message;
        s.value = *v;
    }
    return {};
}

Result<qint64> correctRecord(Context &c, Store &store, const Target &t, const QString &reason, QString *bad)
{
    Corrections corrections(store.database());
    switch (t.kind) {
    case RecordKind::Sale: {
        auto s = store.sale(t.id);
        if (!s)
            return std::unexpected(s.error());
        if (*bad = applySale(c, store, *s); !bad->isEmpty())
            return 0;
        return corrections.correctSale(t.id, *s, reason);
    }
    case RecordKind::Licence: {
        auto l = LicenceStore(store.database()).licence(t.id);
        if (!l)
            return std::unexpected(l.error());
        if (*bad = applyLicence(c, store, *l); !bad->isEmpty())
            return 0;
        return corrections.correctLicence(t.id, *l, reason);
    }
    case RecordKind::Event: {
        auto e = store.event(t.id);
        if (!e)
            return std::unexpected(e.error());
        if (*bad = applyEvent(c, *e); !bad->isEmpty())
            return 0;
        return corrections.correctEvent(t.id, *e, reason);
    }
    case RecordKind::Certification: {
        auto cert = store.certification(t.id);
        if (!cert)
            return std::unexpected(cert.error());
        if (*bad = applyCertification(c, *cert); !bad->isEmpty())
            return 0;
        return corrections.correctCertification(t.id, *cert, reason);
    }
    case RecordKind::Score: {
        auto s = store.score(t.id);
        if (!s)
            return std::unexpected(s.error());
        if (*bad = applyScore(c, *s); !bad->isEmpty())
            return 0;
        return corrections.correctScore(t.id, *s, reason);
    }
    }
    return 0;
}

void printSale(Context &c, const Sale &s, const QHash<qint64, QString> &customers)
{
    c.out << '#' << s.id << "  " << isoDate(s.soldOn) << "  " << customers.value(s.customerId) << "  "
          << s.productLine << "  " << s.quantity << " × " << s.unitPrice.display(QLocale());
    if (s.renewal)
        c.out << "  " << Tr::tr("renewal");
    if (!s.reference.isEmpty())
        c.out << "  " << Tr::tr("ref %1").arg(s.reference);
    if (s.isReturn())
        c.out << "  " << Tr::tr("returns #%1").arg(s.returnsId);
    c.out << voidMark(s.voided, s.correctsId) << '\n';
}

int listRecords(Context &c, Store &store, RecordKind kind, qint64 partnerId, Voided voided)
{
    const QLocale locale;
    int count = 0;
    switch (kind) {
    case RecordKind::Sale: {
        const auto rows = store.sales(partnerId, QDate(1, 1, 1), QDate(9999, 12, 31), voided);
        const auto codes = store.customerRefsByCode();
        if (!rows || !codes)
            return c.fail(!rows ? rows.error() : codes.error());
        QHash<qint64, QString> customers;
        for (auto it = codes->cbegin(); it != codes->cend(); ++it)
            customers.insert(it->id, it.key());
        for (const Sale &s : *rows)
            printSale(c, s, customers);
        count = int(rows->size());
        break;
    }
    case RecordKind::Licence: {
        const auto rows = LicenceService(store).licences(partnerId, voided);
        if (!rows)
            return c.fail(rows.error());
        for (const LicenceListing &row : *rows)
            printLicence(c, row);
        count = int(rows->size());
        break;
    }
    case RecordKind::Event: {
        const auto rows = store.events(partnerId, voided);
        if (!rows)
            return c.fail(rows.error());
        for (const ComplianceEvent &e : *rows)
            c.out << '#' << e.id << "  " << isoDate(e.occurredOn) << "  " << eventKey(e.kind)
                  << (e.note.isEmpty() ? QString() : QStringLiteral("  ") + e.note)
                  << voidMark(e.voided, e.correctsId) << '\n';
        count = int(rows->size());
        break;
    }
    case RecordKind::Certification: {
        const auto rows = store.certifications(partnerId, voided);
        const auto staff = store.staff(partnerId);
        if (!rows || !staff)
            return c.fail(!rows ? rows.error() : staff.error());
        QHash<qint64, QString> names;
        for (const StaffMember &m : *staff)
            names.insert(m.id, m.name);
        for (const Certification &cert : *rows)
            c.out << '#' << cert.id << "  " << names.value(cert.staffId) << "  " << cert.certificate << "  "
                  << isoDate(cert.passedOn) << " – "
                  << (cert.expiresOn.isValid() ? isoDate(cert.expiresOn) : Tr::tr("does not expire"))
                  << voidMark(cert.voided, cert.correctsId) << '\n';
        count = int(rows->size());
        break;
    }
    case RecordKind::Score: {
        const auto rows = store.scores(partnerId, voided);
        if (!rows)
            return c.fail(rows.error());
        for (const Score &s : *rows)
            c.out << '#' << s.id << "  " << isoDate(s.measuredOn) << "  " << metricKey(s.metric) << "  "
                  << percentDisplay(s.value.bp, locale) << voidMark(s.voided, s.correctsId) << '\n';
        count = int(rows->size());
        break;
    }
    }
    if (count == 0)
        c.out << Tr::tr("No records.") << '\n';
    return Ok;
}

} // namespace

QString voidMark(const Voiding &v, qint64 correctsId)
{
    QString out;
    if (correctsId > 0)
        out += QStringLiteral("  ") + Tr::tr("corrects #%1").arg(correctsId);
    if (v.isVoid())
        //: %1 is a date and time (UTC), %2 a user name, %3 the reason given
        out += QStringLiteral("  ")
            + Tr::tr("VOIDED %1 by %2: %3").arg(v.at.toString(Qt::ISODate), v.by, v.reason);
    return out;
}

int runVoid(Context &c)
{
    const auto t = target(c, Tr::tr("Use: void KIND ID --reason TEXT"));
    if (!t)
        return Usage;
    auto db = c.open();
    if (!db)
        return BadInput;
    if (auto r = Corrections(*db).voidRecord(t->kind, t->id, value(c, QStringLiteral("reason"))); !r)
        return c.fail(r.error());
    c.out << Tr::tr("Voided %1 %2; it stays in the partner's history.").arg(recordKindKey(t->kind)).arg(t->id)
          << '\n';
    return Ok;
}

int runCorrect(Context &c)
{
    const auto t = target(c, Tr::tr("Use: correct KIND ID --reason TEXT --FIELD VALUE ..."));
    if (!t)
        return Usage;
    const QStringList fields = fieldsOf(t->kind);
    bool changes = false;
    for (const QString &name : c.parser.optionNames()) {
        if (name == QLatin1StringView("db") || name == QLatin1StringView("lang")
            || name == QLatin1StringView("reason"))
            continue;
        if (!fields.contains(name))
            //: %3 lists the options, "--date, --note"
            return c.usage(Tr::tr("The option --%1 does not apply to a %2; it takes %3.")
                               .arg(name, recordKindKey(t->kind),
                                   QStringLiteral("--") + fields.join(QStringLiteral(", --"))));
        changes = true;
    }
    if (!changes)
        return c.usage(Tr::tr("Name at least one field to correct: %1.")
                           .arg(QStringLiteral("--") + fields.join(QStringLiteral(", --"))));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    QString bad;
    const auto id = correctRecord(c, store, *t, value(c, QStringLiteral("reason")), &bad);
    if (!bad.isEmpty())
        return c.usage(bad);
    if (!id)
        return c.fail(id.error());
    c.out
        << Tr::tr("Corrected %1 %2: the correction is %1 %3.").arg(recordKindKey(t->kind)).arg(t->id).arg(*id)
        << '\n';
    return Ok;
}

int runRestore(Context &c)
{
    const auto t = target(c, Tr::tr("Use: restore KIND ID --reason TEXT"));
    if (!t)
        return Usage;
    auto db = c.open();
    if (!db)
        return BadInput;
    const auto id = Corrections(*db).restore(t->kind, t->id, value(c, QStringLiteral("reason")));
    if (!id)
        return c.fail(id.error());
    c.out << Tr::tr("Restored %1 %2 as %1 %3.").arg(recordKindKey(t->kind)).arg(t->id).arg(*id) << '\n';
    return Ok;
}

int runRecords(Context &c)
{
    const auto kind = recordKindFromKey(c.args.value(0));
    if (c.args.size() != 1 || !kind || !isSet(c, QStringLiteral("partner")))
        return c.usage(
            Tr::tr("Use: records KIND --partner ID [--voided]") + u'\n' + Tr::tr("KIND: %1").arg(kinds()));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    const auto partner = lic::partner(c, store);
    if (!partner)
        return c.fail(partner.error());
    return listRecords(c, store, *kind, partner->id,
        isSet(c, QStringLiteral("voided")) ? Voided::Included : Voided::Excluded);
}

} // namespace pd::cli
