// Import of staff certifications, compliance events and scores.
#include "../storage/store.h"
#include "importhandlers.h"

#include <QSet>

namespace pd::importing {

namespace {

// Looks a partner code up, reporting an empty or unknown one. 0 when there is none.
qint64 partnerOf(Row &row, int column, const QHash<QString, qint64> &partners)
{
    if (!row.requireText(column))
        return 0;
    const qint64 id = partners.value(row[column]);
    if (id == 0)
        row.fail(column, Tr::tr("there is no partner \"%1\"").arg(row[column]));
    return id;
}

class CertificationRows final : public RowHandler {
public:
    enum Column { PartnerCode, StaffName, StaffEmail, Role, Certificate, PassedOn, ExpiresOn };
    using RowHandler::RowHandler;

    Result<void> prepare() override
    {
        auto partners = m_store.partnerIdsByCode();
        if (!partners)
            return std::unexpected(partners.error());
        m_partners = *partners;
        return {};
    }

    void handle(Row &row, bool write) override
    {
        const qint64 partnerId = partnerOf(row, PartnerCode, m_partners);
        if (partnerId != 0) {
            if (auto loaded = load(partnerId); !loaded) {
                row.storageError = loaded.error();
                return;
            }
        }
        row.requireText(StaffName);
        const QString &email = row[StaffEmail];
        if (!email.isEmpty() && (!email.contains(u'@') || email.contains(u' ')))
            row.fail(StaffEmail, Tr::tr("\"%1\" is not an e-mail address").arg(email));
        StaffRole role = StaffRole::Technical;
        if (row[Role] == QLatin1StringView("sales"))
            role = StaffRole::Sales;
        else if (row.requireText(Role) && row[Role] != QLatin1StringView("technical"))
            row.fail(Role, Tr::tr("\"%1\" is not a staff role (%2)")
                               .arg(row[Role], oneOf({ QStringLiteral("technical"), QStringLiteral("sales") })));
        row.requireText(Certificate);
        Certification cert;
        cert.certificate = row[Certificate];
        cert.passedOn = row.date(PassedOn);
        cert.expiresOn = row.date(ExpiresOn, true);
        if (cert.passedOn.isValid() && cert.expiresOn.isValid() && cert.expiresOn <= cert.passedOn)
            row.fail(ExpiresOn, Tr::tr("%1 must be after passed_on (%2)").arg(row[ExpiresOn], row[PassedOn]));
        if (!row.ok())
            return;

        const QString staffKey = key(partnerId, row[StaffName], email);
        auto staff = m_staff.find(staffKey);
        if (staff != m_staff.end() && staff->role != role) {
            row.fail(Role, Tr::tr("%1 is already recorded with the role %2")
                               .arg(row[StaffName], staff->role == StaffRole::Sales ? QStringLiteral("sales")
                                                                                    : QStringLiteral("technical")));
            return;
        }
        if (staff != m_staff.end()) {
            const QString certKey = key(staff->id, cert.certificate, row[PassedOn]);
            if (m_certificates.contains(certKey)) {
                row.fail(Certificate, Tr::tr("%1 already holds \"%2\" passed on %3")
                                          .arg(row[StaffName], cert.certificate, row[PassedOn]));
                return;
            }
        }
        qint64 staffId = staff == m_staff.end() ? 0 : staff->id;
        if (staffId == 0) {
            // A new staff member: created only when writing; otherwise a stand-in id lets later
            // records of the same person be checked the same way.
            if (write) {
                auto id = m_store.insertStaff(StaffMember { 0, partnerId, row[StaffName], email, role });
                if (!id) {
                    row.storageError = id.error();
                    return;
                }
                staffId = *id;
            } else {
                staffId = --m_standIn;
            }
            m_staff.insert(staffKey, Staff { staffId, role });
        }
        m_certificates.insert(key(staffId, cert.certificate, row[PassedOn]));
        if (!write)
            return;
        cert.staffId = staffId;
        if (auto id = m_store.insertCertification(cert); !id)
            row.storageError = id.error();
    }

private:
    struct Staff {
        qint64 id = 0;
        StaffRole role = StaffRole::Technical;
    };

    static QString key(qint64 id, const QString &a, const QString &b)
    {
        return QString::number(id) + u'\x1f' + a + u'\x1f' + b;
    }

    // The staff and certificates of a partner, read once when the file first names the partner.
    Result<void> load(qint64 partnerId)
    {
        if (m_loaded.contains(partnerId))
            return {};
        auto staff = m_store.staff(partnerId);
        if (!staff)
            return std::unexpected(staff.error());
        for (const StaffMember &s : *staff)
            m_staff.insert(key(partnerId, s.name, s.email), Staff { s.id, s.role });
        auto certs = m_store.certifications(partnerId);
        if (!certs)
            return std::unexpected(certs.error());
        for (const Certification &c : *certs)
            m_certificates.insert(key(c.staffId, c.certificate, c.passedOn.toString(Qt::ISODate)));
        m_loaded.insert(partnerId);
        return {};
    }

    QHash<QString, qint64> m_partners;
    QSet<qint64> m_loaded;
    QHash<QString, Staff> m_staff;  // partner id, name, e-mail -> staff member
    QSet<QString> m_certificates;   // staff id, certificate, passed on
    qint64 m_standIn = 0;
};

class EventRows final : public RowHandler {
public:
    enum Column { PartnerCode, Kind, Date, Note };
    using RowHandler::RowHandler;

    Result<void> prepare() override
    {
        auto partners = m_store.partnerIdsByCode();
        if (!partners)
            return std::unexpected(partners.error());
        m_partners = *partners;
        return {};
    }

    void handle(Row &row, bool write) override
    {
        ComplianceEvent e;
        e.partnerId = partnerOf(row, PartnerCode, m_partners);
        if (row.requireText(Kind)) {
            if (const auto kind = eventFromKey(row[Kind]))
                e.kind = *kind;
            else
                row.fail(Kind, Tr::tr("\"%1\" is not an event kind (%2)").arg(row[Kind], oneOf(eventKeys())));
        }
        e.occurredOn = row.date(Date);
        e.note = row[Note];
        if (!row.ok() || !write)
            return;
        if (auto id = m_store.insertEvent(e); !id)
            row.storageError = id.error();
    }

private:
    QHash<QString, qint64> m_partners;
};

class ScoreRows final : public RowHandler {
public:
    enum Column { PartnerCode, MetricKey, Date, Value };
    using RowHandler::RowHandler;

    Result<void> prepare() override
    {
        auto partners = m_store.partnerIdsByCode();
        if (!partners)
            return std::unexpected(partners.error());
        m_partners = *partners;
        return {};
    }

    void handle(Row &row, bool write) override
    {
        Score s;
        s.partnerId = partnerOf(row, PartnerCode, m_partners);
        const auto metric = metricFromKey(row[MetricKey]);
        const bool scored = metric == Metric::Nps || metric == Metric::Satisfaction || metric == Metric::Advocacy;
        if (!scored && row.requireText(MetricKey))
            row.fail(MetricKey, Tr::tr("\"%1\" is not a scored metric (%2)")
                                    .arg(row[MetricKey], oneOf({ QStringLiteral("nps"), QStringLiteral("satisfaction"),
                                                                 QStringLiteral("advocacy") })));
        else
            s.metric = *metric;
        s.measuredOn = row.date(Date);
        if (row.requireText(Value)) {
            // An unknown metric is reported above; its value is read as an NPS's would be.
            if (const auto value = parseScoreValue(row[Value], scored ? s.metric : Metric::Nps); !value)
                row.fail(Value, value.error().message);
            else
                s.value = *value;
        }
        if (!row.ok() || !write)
            return;
        if (auto id = m_store.insertScore(s); !id)
            row.storageError = id.error();
    }

private:
    QHash<QString, qint64> m_partners;
};

} // namespace

std::unique_ptr<RowHandler> makeCertificationRows(Store &store)
{
    return std::make_unique<CertificationRows>(store);
}

std::unique_ptr<RowHandler> makeEventRows(Store &store)
{
    return std::make_unique<EventRows>(store);
}

std::unique_ptr<RowHandler> makeScoreRows(Store &store)
{
    return std::make_unique<ScoreRows>(store);
}

} // namespace pd::importing
