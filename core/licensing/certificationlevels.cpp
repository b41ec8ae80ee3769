#include "certificationlevels.h"
#include "licensingtr.h"

#include "../dates.h"
#include "../storage/licencestore.h"
#include "../storage/store.h"

#include <QCoreApplication>

namespace pd {

namespace {

// The date from which a partner that joined on `joinedOn` has `months` whole months.
QDate eligibleDate(const QDate &joinedOn, int months)
{
    return joinedOn.addMonths(months);
}

} // namespace

int monthsInPartnership(const QDate &joinedOn, const QDate &on)
{
    if (!joinedOn.isValid() || !on.isValid() || on < joinedOn)
        return 0;
    int months = (on.year() - joinedOn.year()) * 12 + on.month() - joinedOn.month();
    if (on.day() < joinedOn.day())
        --months;
    return months;
}

CertificationLevels::CertificationLevels(Store &store)
    : m_store(store)
{
}

Result<QList<LevelStatus>> CertificationLevels::levels(qint64 partnerId, const QDate &on) const
{
    const auto partner = m_store.partner(partnerId);
    if (!partner)
        return std::unexpected(partner.error());
    const auto program = m_store.program(partner->programKey);
    if (!program)
        return std::unexpected(program.error());
    const auto awards = LicenceStore(m_store.database()).partnerCertifications(partnerId);
    if (!awards)
        return std::unexpected(awards.error());
    QList<LevelStatus> out;
    const int months = monthsInPartnership(partner->joinedOn, on);
    for (const CertificationLevel &level : program->program.certificationLevels) {
        LevelStatus s;
        s.level = level;
        s.monthsInPartnership = months;
        s.eligibleFrom = eligibleDate(partner->joinedOn, level.monthsInPartnership);
        for (const PartnerCertification &a : *awards) {
            if (a.levelKey != level.key || a.awardedOn > on)
                continue;
            s.award = a; // awards are ordered by date: the last one on or before `on` wins
            s.held = a.validOn(on);
        }
        out << s;
    }
    return out;
}

Result<QString> CertificationLevels::currentLevel(qint64 partnerId, const QDate &on) const
{
    const auto all = levels(partnerId, on);
    if (!all)
        return std::unexpected(all.error());
    QString current;
    for (const LevelStatus &s : *all) {
        if (s.held)
            current = s.level.key;
    }
    return current;
}

Result<PartnerCertification> CertificationLevels::award(qint64 partnerId, const QString &levelKey,
    const QDate &on, const QDate &expiresOn, const QString &by, const QString &note)
{
    if (!on.isValid())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("An award needs a date."));
    if (expiresOn.isValid() && expiresOn <= on)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A certification expires after the day it is awarded."));
    if (by.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Say who awards the certification."));
    const auto partner = m_store.partner(partnerId);
    if (!partner)
        return std::unexpected(partner.error());
    const auto program = m_store.program(partner->programKey);
    if (!program)
        return std::unexpected(program.error());
    const QList<CertificationLevel> &defined = program->program.certificationLevels;
    qsizetype index = -1;
    for (qsizetype i = 0; i < defined.size(); ++i) {
        if (defined.at(i).key == levelKey)
            index = i;
    }
    if (index < 0) {
        QStringList keys;
        for (const CertificationLevel &l : defined)
            keys << l.key;
        return fail(Error::Code::InvalidInput,
            keys.isEmpty()
                ? LicensingTr::tr("Program \"%1\" has no certification levels.").arg(program->program.name)
                : LicensingTr::tr("Program \"%1\" has no certification level \"%2\" (it has: %3).")
                      .arg(program->program.name, levelKey, keys.join(QStringLiteral(", "))));
    }
    const CertificationLevel &level = defined.at(index);
    const int months = monthsInPartnership(partner->joinedOn, on);
    if (months < level.monthsInPartnership)
        return fail(Error::Code::InvalidInput,
            //: %2 is the partner's time in the partnership: "7 months"
            LicensingTr::tr("%1 needs %n month(s) in the partnership; the partner has %2 on %3 "
                   "(eligible from %4).",
                nullptr, level.monthsInPartnership)
                .arg(level.name, LicensingTr::tr("%n month(s)", nullptr, months))
                .arg(isoDate(on), isoDate(eligibleDate(partner->joinedOn, level.monthsInPartnership))));
    if (index > 0) {
        const auto all = levels(partnerId, on);
        if (!all)
            return std::unexpected(all.error());
        bool below = false;
        for (qsizetype i = index - 1; i < all->size(); ++i)
            below = below || all->at(i).held;
        if (!below)
            return fail(Error::Code::InvalidInput, LicensingTr::tr("%1 requires %2, which the partner does not hold on %3.")
                                               .arg(level.name, defined.at(index - 1).name, isoDate(on)));
    }
    PartnerCertification c { 0, partnerId, level.key, on, expiresOn, by.trimmed(), note.trimmed() };
    LicenceStore store(m_store.database());
    const auto r = m_store.database().transaction([&]() -> Result<void> {
        const auto id = store.insertPartnerCertification(c);
        if (!id)
            return std::unexpected(id.error());
        c.id = *id;
        return {};
    });
    if (!r)
        return std::unexpected(r.error());
    return c;
}

Result<QList<ExpiringCertification>> CertificationLevels::expiring(
    const QDate &asOf, int days, qint64 partnerId) const
{
    if (!asOf.isValid() || days < 1 || days > 366)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Expiring certifications are listed for 1 to 366 days ahead."));
    return LicenceStore(m_store.database()).certificationsExpiring(asOf, days, partnerId);
}

} // namespace pd
