#include "overrides.h"

#include "../statement.h"
#include "../storage/database.h"
#include "../storage/sql.h"
#include "../storage/store.h"
#include "../translations.h"
#include "../username.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::RateOverrideStore)
};

const QString kRenewal = QStringLiteral("renewal");

QString kindKey(OverrideKind k)
{
    switch (k) {
    case OverrideKind::Rate:
        return QStringLiteral("rate");
    case OverrideKind::Fixed:
        return QStringLiteral("fixed");
    case OverrideKind::Program:
        break;
    }
    return QStringLiteral("program");
}

OverrideKind kindOf(const QString &key)
{
    if (key == QLatin1StringView("rate"))
        return OverrideKind::Rate;
    if (key == QLatin1StringView("fixed"))
        return OverrideKind::Fixed;
    return OverrideKind::Program;
}

RateOverride overrideFrom(const QSqlQuery &q)
{
    RateOverride o;
    o.id = q.value(0).toLongLong();
    o.partnerId = q.value(1).toLongLong();
    o.productLine = q.value(2).toString();
    o.effectiveOn = sql::dateOf(q.value(3));
    o.kind = kindOf(q.value(4).toString());
    o.rate = Rate { q.value(5).toInt() };
    o.perUnit = Money { q.value(6).toLongLong(), q.value(7).toString() };
    o.reason = q.value(8).toString();
    o.recordedBy = q.value(9).toString();
    o.recordedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    return o;
}

} // namespace

const RateOverride *overrideOn(const QList<RateOverride> &overrides, const QString &productLine, const QDate &date)
{
    const RateOverride *found = nullptr;
    for (const RateOverride &o : overrides) {
        if (o.productLine != productLine || !date.isValid() || o.effectiveOn > date)
            continue;
        if (!found || o.effectiveOn > found->effectiveOn || (o.effectiveOn == found->effectiveOn && o.id > found->id))
            found = &o;
    }
    return found && found->kind != OverrideKind::Program ? found : nullptr;
}

void applyOverride(StatementLine &line, const QList<RateOverride> &overrides)
{
    if (line.sale.isReturn() || overrides.isEmpty())
        return;
    const RateOverride *o = nullptr;
    if (line.sale.renewal)
        o = overrideOn(overrides, kRenewal, line.sale.soldOn);
    if (!o)
        o = overrideOn(overrides, line.sale.productLine, line.sale.soldOn);
    if (!o)
        return;
    line.overrideId = o->id;
    if (line.amount.minor == 0 && !line.sale.amount())
        return; // beyond the largest amount: rewardFor's note stands
    if (o->kind == OverrideKind::Fixed) {
        if (!applyCommission(line, o->perUnit))
            return; // another currency: applyCommission's note says so
        line.note = Tr::tr("negotiated: %1 per unit (%2)").arg(o->perUnit.display(formattingLocale()), o->reason);
        return;
    }
    line.rate = o->rate;
    line.perUnit = Money {};
    line.reward = Money { 0, line.amount.currency };
    const auto reward = applyRate(line.amount, o->rate);
    if (!reward) {
        line.note = reward.error().message;
        return;
    }
    line.reward = *reward;
    line.note = Tr::tr("negotiated: %1 (%2)").arg(percentDisplay(o->rate.bp, formattingLocale()), o->reason);
}

RateOverrideStore::RateOverrideStore(Database &db)
    : m_db(db)
{
}

Result<QList<RateOverride>> RateOverrideStore::forPartner(qint64 partnerId) const
{
    return sql::selectAll<RateOverride>(m_db,
        QStringLiteral("SELECT id, partner_id, product_line, effective_on, kind, rate_bp, fixed_minor, currency, "
                       "reason, recorded_by, recorded_at FROM rate_overrides WHERE partner_id = ? "
                       "ORDER BY effective_on, id"),
        { partnerId }, overrideFrom);
}

Result<RateOverride> RateOverrideStore::add(const RateOverride &o)
{
    RateOverride out = o;
    out.reason = o.reason.trimmed();
    // Who: as given, else the database's writer (the server login, or the operating-system user).
    out.recordedBy = o.recordedBy.trimmed();
    if (out.recordedBy.isEmpty())
        out.recordedBy = m_db.userName().isEmpty() ? currentUserName() : m_db.userName();
    if (!o.effectiveOn.isValid())
        return fail(Error::Code::InvalidInput, Tr::tr("The negotiated rate needs a valid date from which it holds."));
    if (out.reason.isEmpty())
        return fail(Error::Code::InvalidInput, Tr::tr("The negotiated rate needs a reason (what was agreed, with whom)."));
    switch (o.kind) {
    case OverrideKind::Rate:
        if (o.rate.bp < 0 || o.rate.bp > 10000)
            return fail(Error::Code::InvalidInput,
                        Tr::tr("The rate %1 is not between 0 and 100 %.").arg(percentDisplay(o.rate.bp, formattingLocale())));
        out.perUnit = Money {};
        break;
    case OverrideKind::Fixed: {
        const auto currency = Currency::find(o.perUnit.currency);
        if (!currency)
            return std::unexpected(currency.error());
        if (o.perUnit.minor < 0 || !inMoneyRange(o.perUnit.minor))
            return fail(Error::Code::InvalidInput,
                        Tr::tr("The amount per unit must be from 0 to the largest amount, not %1.")
                            .arg(o.perUnit.display(formattingLocale())));
        out.rate = Rate {};
        break;
    }
    case OverrideKind::Program:
        out.rate = Rate {};
        out.perUnit = Money {};
        break;
    }
    const auto partner = Store(m_db).partner(o.partnerId);
    if (!partner)
        return std::unexpected(partner.error());
    const auto program = Store(m_db).program(partner->programKey);
    if (!program)
        return std::unexpected(program.error());
    if (o.productLine != kRenewal && !program->program.hasProductLine(o.productLine)) {
        QStringList keys;
        for (const ProductLine &l : program->program.productLines)
            keys << l.key;
        keys << kRenewal;
        return fail(Error::Code::InvalidInput, Tr::tr("\"%1\" is not a product line of the program %2 (one of: %3).")
                                                   .arg(o.productLine, program->program.name, keys.join(QStringLiteral(", "))));
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QVariant noNumber { QMetaType(QMetaType::LongLong) };
    const auto id = sql::insertReturningId(m_db,
        QStringLiteral("INSERT INTO rate_overrides (partner_id, product_line, effective_on, kind, rate_bp, fixed_minor, "
                       "currency, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { o.partnerId, o.productLine, sql::dateValue(o.effectiveOn), kindKey(o.kind),
          o.kind == OverrideKind::Rate ? QVariant(out.rate.bp) : noNumber,
          o.kind == OverrideKind::Fixed ? QVariant(out.perUnit.minor) : noNumber,
          o.kind == OverrideKind::Fixed ? out.perUnit.currency : QString(), out.reason, out.recordedBy, now });
    if (!id)
        return std::unexpected(id.error());
    out.id = *id;
    out.recordedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return out;
}

} // namespace pd
