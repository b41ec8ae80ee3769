#include "partnerpagedata.h"

#include "storage/store.h"

namespace pd::ui {

namespace {

// Moves a successful read into `into`; false (with the error kept) when it failed.
template<typename T>
bool take(Result<T> &&read, T &into, Error &error)
{
    if (!read) {
        error = read.error();
        return false;
    }
    into = std::move(*read);
    return true;
}

} // namespace

Result<PartnerPageData> readPartnerPage(Store &store, qint64 partnerId, const QDate &today, int parts,
                                        const Partner *known)
{
    PartnerPageData d;
    d.parts = parts;
    Error error;
    if (known)
        d.partner = *known;
    else if (!take(store.partner(partnerId), d.partner, error))
        return std::unexpected(error);
    if ((parts & PartnerPageData::Profile) && !take(store.contacts(partnerId), d.contacts, error))
        return std::unexpected(error);
    if (parts & PartnerPageData::Records) {
        const bool ok = take(store.staff(partnerId), d.staff, error)
            && take(store.certifications(partnerId, Voided::Included), d.certifications, error)
            && take(store.customers(partnerId), d.customers, error)
            && take(store.sales(partnerId, QDate(1900, 1, 1), QDate(9999, 12, 31), Voided::Included), d.sales, error)
            && take(store.events(partnerId, Voided::Included), d.events, error)
            && take(store.scores(partnerId, Voided::Included), d.scores, error);
        if (!ok)
            return std::unexpected(error);
    }
    if (parts & PartnerPageData::History) {
        if (!take(store.tierHistory(partnerId), d.history, error) || !take(store.recordChanges(partnerId), d.changes, error))
            return std::unexpected(error);
    }
    if (parts & PartnerPageData::Evaluation)
        d.evaluation = TierEngine(store).evaluate(partnerId, today);
    if ((parts & PartnerPageData::Rates)
        && !take(RateOverrideStore(store.database()).forPartner(partnerId), d.overrides, error))
        return std::unexpected(error);
    return d;
}

} // namespace pd::ui
