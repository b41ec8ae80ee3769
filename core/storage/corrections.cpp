// Voids and corrections (issue 15): see corrections.h. Each public call is one transaction.
#include "corrections.h"

#include "../dates.h"
#include "../licensing/licenceservice.h"
#include "licencestore.h"
#include "sql.h"
#include "store.h"

#include <QCoreApplication>

namespace pd
{

namespace
{

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Corrections)
};

QString tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Sale:
        return QStringLiteral("sales");
    case RecordKind::Licence:
        return QStringLiteral("licences");
    case RecordKind::Event:
        return QStringLiteral("compliance_events");
    case RecordKind::Certification:
        return QStringLiteral("certifications");
    case RecordKind::Score:
        return QStringLiteral("scores");
    }
    return {};
}

// "Sale 12", for the start of a message.
QString recordName(RecordKind kind, qint64 id)
{
    switch (kind) {
    case RecordKind::Sale:
        return Tr::tr("Sale %1").arg(id);
    case RecordKind::Licence:
        return Tr::tr("Licence %1").arg(id);
    case RecordKind::Event:
        return Tr::tr("Event %1").arg(id);
    case RecordKind::Certification:
        return Tr::tr("Certification %1").arg(id);
    case RecordKind::Score:
        return Tr::tr("Score %1").arg(id);
    }
    return {};
}

// The first live row of `table` where `column` = id (0: none): what stands in the way of a void.
Result<qint64> liveReferrer(Database &db, const QString &table, const QString &column, qint64 id)
{
    const auto found = sql::scalar(db,
        QStringLiteral("SELECT min(id) FROM %1 WHERE %2 = ? AND voided_at IS NULL").arg(table, column),
        { id });
    if (!found)
        return std::unexpected(found.error());
    return found->toLongLong();
}

Error notFound(RecordKind kind, qint64 id)
{
    QString message;
    switch (kind) {
    case RecordKind::Sale:
        message = Tr::tr("There is no sale %1.").arg(id);
        break;
    case RecordKind::Licence:
        message = Tr::tr("There is no licence %1.").arg(id);
        break;
    case RecordKind::Event:
        message = Tr::tr("There is no event %1.").arg(id);
        break;
    case RecordKind::Certification:
        message = Tr::tr("There is no certification %1.").arg(id);
        break;
    case RecordKind::Score:
        message = Tr::tr("There is no score %1.").arg(id);
        break;
    }
    return Error { Error::Code::NotFound, message };
}

struct VoidState {
    qint64 partnerId = 0;
    Voiding voided;
};

Result<VoidState> stateOf(Database &db, RecordKind kind, qint64 id)
{
    const QString partner = kind == RecordKind::Certification
        ? QStringLiteral("(SELECT partner_id FROM staff s WHERE s.id = t.staff_id)")
        : QStringLiteral("t.partner_id");
    sql::Statement st(db,
        QStringLiteral("SELECT %1, t.voided_at, t.voided_by, t.void_reason FROM %2 t WHERE t.id = ?")
            .arg(partner, tableOf(kind)));
    if (auto r = st.run({ id }); !r)
        return std::unexpected(r.error());
    if (!st.query().next())
        return std::unexpected(notFound(kind, id));
    VoidState out;
    out.partnerId = st.query().value(0).toLongLong();
    if (!st.query().value(1).isNull())
        out.voided
            = Voiding { QDateTime::fromString(st.query().value(1).toString(), Qt::ISODateWithMs).toUTC(),
                  st.query().value(2).toString(), st.query().value(3).toString() };
    return out;
}

Error alreadyVoided(RecordKind kind, qint64 id, const Voiding &v)
{
    //: %1 is "Sale 12"; %2 a date and time (UTC), %3 a user name, %4 the reason given
    return Error { Error::Code::Conflict,
        Tr::tr("%1 was already voided on %2 by %3 (%4).")
            .arg(recordName(kind, id), v.at.toString(Qt::ISODate), v.by, v.reason) };
}

// Who voids: the database user on a server (what its grants were checked against), the
// operating-system user on a file.
Result<QString> voidedBy(Database &db)
{
    if (db.backend() == Backend::PostgreSQL) {
        const auto user = sql::scalar(db, QStringLiteral("SELECT current_user"));
        if (!user)
            return std::unexpected(user.error());
        return user->toString();
    }
    return db.userName().isEmpty() ? QStringLiteral("?") : db.userName();
}

// What a void would break is refused: a sale with live returns, a licence's own sale (the
// licence is voided instead), a licence that a live licence renews.
Result<void> refuseBlocked(Database &db, RecordKind kind, qint64 id, bool viaLicence)
{
    if (kind == RecordKind::Sale) {
        const auto ret = liveReferrer(db, QStringLiteral("sales"), QStringLiteral("returns_id"), id);
        if (!ret)
            return std::unexpected(ret.error());
        if (*ret > 0)
            return fail(Error::Code::InvalidInput,
                Tr::tr("Sale %1 has a return that is not voided (sale %2): void its returns first.")
                    .arg(id)
                    .arg(*ret));
        if (!viaLicence) {
            const auto licence
                = sql::scalar(db, QStringLiteral("SELECT min(id) FROM licences WHERE sale_id = ?"), { id });
            if (!licence)
                return std::unexpected(licence.error());
            if (!licence->isNull())
                return fail(Error::Code::InvalidInput,
                    Tr::tr("Sale %1 is the sale of licence %2: void or correct the licence instead.")
                        .arg(id)
                        .arg(licence->toLongLong()));
        }
    } else if (kind == RecordKind::Licence) {
        const auto renewal = liveReferrer(db, QStringLiteral("licences"), QStringLiteral("renews_id"), id);
        if (!renewal)
            return std::unexpected(renewal.error());
        if (*renewal > 0)
            return fail(Error::Code::InvalidInput,
                Tr::tr("Licence %1 is renewed by licence %2: void that renewal first.")
                    .arg(id)
                    .arg(*renewal));
    }
    return {};
}

Result<void> voidRow(Database &db, RecordKind kind, qint64 id, const QString &reason, bool viaLicence = false)
{
    const auto state = stateOf(db, kind, id);
    if (!state)
        return std::unexpected(state.error());
    if (state->voided.isVoid())
        return std::unexpected(alreadyVoided(kind, id, state->voided));
    if (auto r = refuseBlocked(db, kind, id, viaLicence); !r)
        return r;
    const auto by = voidedBy(db);
    if (!by)
        return std::unexpected(by.error());
    sql::Statement st(db,
        QStringLiteral("UPDATE %1 SET voided_at = ?, voided_by = ?, void_reason = ? "
                       "WHERE id = ? AND voided_at IS NULL")
            .arg(tableOf(kind)));
    if (auto r = st.run({ QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), *by, reason, id }); !r)
        return r;
    if (st.query().numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
            Tr::tr("%1 was voided by someone else meanwhile.").arg(recordName(kind, id)));
    if (kind != RecordKind::Licence)
        return {};
    // A resale licence carries its sale: the reward goes with the licence.
    const auto sale = sql::scalar(db, QStringLiteral("SELECT sale_id FROM licences WHERE id = ?"), { id });
    if (!sale)
        return std::unexpected(sale.error());
    if (sale->isNull())
        return {};
    return voidRow(db, RecordKind::Sale, sale->toLongLong(), reason, true);
}

Result<QString> reasonOf(const QString &reason, RecordKind kind, qint64 id)
{
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return fail(Error::Code::InvalidInput,
            //: %1 is "Sale 12"
            Tr::tr("%1: give the reason for the void or correction.").arg(recordName(kind, id)));
    return text;
}

Result<void> checkProductLine(Store &store, qint64 partnerId, const QString &line)
{
    const auto partner = store.partner(partnerId);
    if (!partner)
        return std::unexpected(partner.error());
    const auto program = store.program(partner->programKey);
    if (!program)
        return std::unexpected(program.error());
    if (!program->program.hasProductLine(line))
        return fail(Error::Code::InvalidInput,
            Tr::tr("Program \"%1\" has no product line \"%2\".").arg(program->program.name, line));
    return {};
}

// A replacement sale: the checks an imported line passes, and for a return that it still fits
// within what is left of the line it returns.
Result<void> checkSale(Store &store, const Sale &s, qint64 originalCustomerId)
{
    if (!s.soldOn.isValid())
        return fail(Error::Code::InvalidInput, Tr::tr("A sale needs a date."));
    if (auto r = checkProductLine(store, s.partnerId, s.productLine); !r)
        return r;
    if (auto c = Currency::find(s.unitPrice.currency); !c)
        return std::unexpected(c.error());
    if (s.unitPrice.minor < 0)
        return fail(Error::Code::InvalidInput, Tr::tr("A unit price cannot be negative."));
    if (!s.isReturn() && s.quantity < 1)
        return fail(Error::Code::InvalidInput, Tr::tr("A sale's quantity is a whole number of at least 1."));
    if (s.isReturn() && s.quantity > -1)
        return fail(Error::Code::InvalidInput, Tr::tr("A return's quantity is negative."));
    if (auto amount = s.amount(); !amount)
        return std::unexpected(amount.error());
    if (s.customerId != originalCustomerId) {
        const auto customer = LicenceStore(store.database()).customer(s.customerId);
        if (!customer)
            return std::unexpected(customer.error());
        if (customer->partnerId != s.partnerId)
            return fail(Error::Code::InvalidInput,
                Tr::tr("%1 (%2) is not a customer of this partner.").arg(customer->name, customer->code));
    }
    if (!s.isReturn())
        return {};
    const auto returned = store.sale(s.returnsId);
    if (!returned)
        return std::unexpected(returned.error());
    if (returned->voided.isVoid())
        return fail(Error::Code::InvalidInput,
            Tr::tr("Sale %1, which this line returns, is voided.").arg(s.returnsId));
    const auto back = sql::scalar(store.database(),
        QStringLiteral(
            "SELECT coalesce(sum(quantity), 0) FROM sales WHERE returns_id = ? AND voided_at IS NULL"),
        { s.returnsId });
    if (!back)
        return std::unexpected(back.error());
    const qint64 left = returned->quantity + back->toLongLong();
    if (-qint64(s.quantity) > left)
        return fail(Error::Code::InvalidInput,
            Tr::tr("The return of %1 units exceeds the %2 left of sale %3.")
                .arg(-s.quantity)
                .arg(left)
                .arg(s.returnsId));
    return {};
}

Result<void> checkEvent(const ComplianceEvent &e)
{
    if (!e.occurredOn.isValid())
        return fail(Error::Code::InvalidInput, Tr::tr("An event needs a date."));
    return {};
}

Result<void> checkScore(const Score &s)
{
    if (s.metric != Metric::Nps && s.metric != Metric::Satisfaction && s.metric != Metric::Advocacy)
        return fail(Error::Code::InvalidInput, Tr::tr("A score is of nps, satisfaction or advocacy."));
    if (!s.measuredOn.isValid())
        return fail(Error::Code::InvalidInput, Tr::tr("A score needs a date."));
    const int lowest = s.metric == Metric::Nps ? -10000 : 0;
    if (s.value.bp < lowest || s.value.bp > 10000)
        return fail(Error::Code::InvalidInput,
            s.metric == Metric::Nps ? Tr::tr("An NPS score lies between -100 and 100.")
                                    : Tr::tr("A score lies between 0 and 100."));
    return {};
}

Result<void> checkCertification(Store &store, const Certification &c, qint64 partnerId)
{
    if (c.certificate.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, Tr::tr("Name the certificate."));
    if (!c.passedOn.isValid())
        return fail(Error::Code::InvalidInput, Tr::tr("A certification needs the date it was passed."));
    if (c.expiresOn.isValid() && c.expiresOn <= c.passedOn)
        return fail(Error::Code::InvalidInput,
            Tr::tr("The certification expires (%1) before it is passed (%2).")
                .arg(isoDate(c.expiresOn), isoDate(c.passedOn)));
    const auto staff = store.staff(partnerId);
    if (!staff)
        return std::unexpected(staff.error());
    for (const StaffMember &m : *staff) {
        if (m.id == c.staffId)
            return {};
    }
    return fail(
        Error::Code::InvalidInput, Tr::tr("Staff member %1 is not with this partner.").arg(c.staffId));
}

// Writes `replacement` of the record `id` (already voided, by this transaction or earlier):
// the original's partner, checked as a new record of its kind is. Returns the new id.
struct Replacement {
    RecordKind kind;
    qint64 id;
    const Sale *sale = nullptr;
    const Licence *licence = nullptr;
    const ComplianceEvent *event = nullptr;
    const Certification *certification = nullptr;
    const Score *score = nullptr;
};

Result<qint64> writeReplacement(Database &db, const Replacement &r)
{
    Store store(db);
    switch (r.kind) {
    case RecordKind::Sale: {
        const auto original = store.sale(r.id);
        if (!original)
            return std::unexpected(original.error());
        Sale s = *r.sale;
        s.id = 0;
        s.partnerId = original->partnerId;
        if (s.customerId == 0)
            s.customerId = original->customerId;
        s.reference = original->reference; // a correction keeps the line's billing reference
        s.returnsId = original->returnsId;
        s.correctsId = r.id;
        if (auto c = checkSale(store, s, original->customerId); !c)
            return std::unexpected(c.error());
        return store.insertSale(s);
    }
    case RecordKind::Licence: {
        const auto original = LicenceStore(db).licence(r.id);
        if (!original)
            return std::unexpected(original.error());
        Licence l = *r.licence;
        l.id = 0;
        l.saleId = 0;
        l.partnerId = original->partnerId;
        l.kind = original->kind;
        if (l.customerId == 0)
            l.customerId = original->customerId;
        l.correctsId = r.id;
        LicenceService service(store);
        if (auto w = service.recordWithin(l); !w)
            return std::unexpected(w.error());
        return l.id;
    }
    case RecordKind::Event: {
        const auto original = store.event(r.id);
        if (!original)
            return std::unexpected(original.error());
        ComplianceEvent e = *r.event;
        e.id = 0;
        e.partnerId = original->partnerId;
        e.correctsId = r.id;
        if (auto c = checkEvent(e); !c)
            return std::unexpected(c.error());
        return store.insertEvent(e);
    }
    case RecordKind::Certification: {
        const auto state = stateOf(db, RecordKind::Certification, r.id);
        if (!state)
            return std::unexpected(state.error());
        const auto original = store.certification(r.id);
        if (!original)
            return std::unexpected(original.error());
        Certification c = *r.certification;
        c.id = 0;
        if (c.staffId == 0)
            c.staffId = original->staffId;
        c.certificate = c.certificate.trimmed();
        c.correctsId = r.id;
        if (auto k = checkCertification(store, c, state->partnerId); !k)
            return std::unexpected(k.error());
        return store.insertCertification(c);
    }
    case RecordKind::Score: {
        const auto original = store.score(r.id);
        if (!original)
            return std::unexpected(original.error());
        Score s = *r.score;
        s.id = 0;
        s.partnerId = original->partnerId;
        s.correctsId = r.id;
        if (auto c = checkScore(s); !c)
            return std::unexpected(c.error());
        return store.insertScore(s);
    }
    }
    return 0;
}

} // namespace

QString recordKindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Sale:
        return QStringLiteral("sale");
    case RecordKind::Licence:
        return QStringLiteral("licence");
    case RecordKind::Event:
        return QStringLiteral("event");
    case RecordKind::Certification:
        return QStringLiteral("certification");
    case RecordKind::Score:
        return QStringLiteral("score");
    }
    return {};
}

std::optional<RecordKind> recordKindFromKey(const QString &key)
{
    for (const RecordKind kind : { RecordKind::Sale, RecordKind::Licence, RecordKind::Event,
             RecordKind::Certification, RecordKind::Score }) {
        if (recordKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

Corrections::Corrections(Database &db)
    : m_db(db)
{
}

Result<void> Corrections::voidRecord(RecordKind kind, qint64 id, const QString &reason)
{
    const auto text = reasonOf(reason, kind, id);
    if (!text)
        return std::unexpected(text.error());
    return m_db.transaction([&] { return voidRow(m_db, kind, id, *text); });
}

namespace
{

Result<qint64> correct(Database &db, const Replacement &r, const QString &reason)
{
    const auto text = reasonOf(reason, r.kind, r.id);
    if (!text)
        return std::unexpected(text.error());
    qint64 newId = 0;
    const auto done = db.transaction([&]() -> Result<void> {
        if (auto v = voidRow(db, r.kind, r.id, *text); !v)
            return v;
        const auto id = writeReplacement(db, r);
        if (!id)
            return std::unexpected(id.error());
        newId = *id;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return newId;
}

} // namespace

Result<qint64> Corrections::correctSale(qint64 id, const Sale &replacement, const QString &reason)
{
    return correct(m_db, Replacement { RecordKind::Sale, id, &replacement }, reason);
}

Result<qint64> Corrections::correctLicence(qint64 id, const Licence &replacement, const QString &reason)
{
    return correct(m_db, Replacement { RecordKind::Licence, id, nullptr, &replacement }, reason);
}

Result<qint64> Corrections::correctEvent(qint64 id, const ComplianceEvent &replacement, const QString &reason)
{
    return correct(m_db, Replacement { RecordKind::Event, id, nullptr, nullptr, &replacement }, reason);
}

Result<qint64> Corrections::correctCertification(
    qint64 id, const Certification &replacement, const QString &reason)
{
    return correct(
        m_db, Replacement { RecordKind::Certification, id, nullptr, nullptr, nullptr, &replacement }, reason);
}

Result<qint64> Corrections::correctScore(qint64 id, const Score &replacement, const QString &reason)
{
    return correct(m_db,
        Replacement { RecordKind::Score, id, nullptr, nullptr, nullptr, nullptr, &replacement }, reason);
}

Result<qint64> Corrections::restore(RecordKind kind, qint64 voidedId, const QString &reason)
{
    const auto text = reasonOf(reason, kind, voidedId);
    if (!text)
        return std::unexpected(text.error());
    qint64 newId = 0;
    const auto done = m_db.transaction([&]() -> Result<void> {
        const auto state = stateOf(m_db, kind, voidedId);
        if (!state)
            return std::unexpected(state.error());
        if (!state->voided.isVoid())
            return fail(Error::Code::InvalidInput,
                Tr::tr("%1 is not voided: there is nothing to restore.").arg(recordName(kind, voidedId)));
        const auto successor = liveReferrer(m_db, tableOf(kind), QStringLiteral("corrects_id"), voidedId);
        if (!successor)
            return std::unexpected(successor.error());
        if (*successor > 0)
            //: %1 is "Sale 12"; %2 the id of the record that corrected it
            return fail(Error::Code::InvalidInput,
                Tr::tr("%1 was corrected by record %2: correct or void that one instead.")
                    .arg(recordName(kind, voidedId))
                    .arg(*successor));
        Store store(m_db);
        // The copy goes through the same checks and writes as a correction does.
        Result<qint64> id = 0;
        switch (kind) {
        case RecordKind::Sale: {
            const auto s = store.sale(voidedId);
            id = s ? writeReplacement(m_db, Replacement { kind, voidedId, &*s }) : std::unexpected(s.error());
            break;
        }
        case RecordKind::Licence: {
            const auto l = LicenceStore(m_db).licence(voidedId);
            id = l ? writeReplacement(m_db, Replacement { kind, voidedId, nullptr, &*l })
                   : std::unexpected(l.error());
            break;
        }
        case RecordKind::Event: {
            const auto e = store.event(voidedId);
            id = e ? writeReplacement(m_db, Replacement { kind, voidedId, nullptr, nullptr, &*e })
                   : std::unexpected(e.error());
            break;
        }
        case RecordKind::Certification: {
            const auto c = store.certification(voidedId);
            id = c ? writeReplacement(m_db, Replacement { kind, voidedId, nullptr, nullptr, nullptr, &*c })
                   : std::unexpected(c.error());
            break;
        }
        case RecordKind::Score: {
            const auto s = store.score(voidedId);
            id = s ? writeReplacement(
                     m_db, Replacement { kind, voidedId, nullptr, nullptr, nullptr, nullptr, &*s })
                   : std::unexpected(s.error());
            break;
        }
        }
        if (!id)
            return std::unexpected(id.error());
        newId = *id;
        // The restored record's own columns hold why it was voided; why it came back is kept
        // in the partner's notes.
        const auto note = store.addNote(state->partnerId,
            //: %1 is "Sale 12"; %2 the new record's id; %3 the reason given
            Tr::tr("%1 restored as record %2: %3")
                .arg(recordName(kind, voidedId), QString::number(newId), *text),
            {});
        return note ? Result<void> {} : std::unexpected(note.error());
    });
    if (!done)
        return std::unexpected(done.error());
    return newId;
}

} // namespace pd
