#include "exporter.h"

#include "../dates.h"
#include "../money.h"
#include "../storage/database.h"
#include "../storage/licencestore.h"
#include "../storage/salestream.h"
#include "../storage/store.h"
#include "csvwriter.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <algorithm>
#include <charconv>
#include <vector>

namespace pd {

namespace {

QString roleKey(StaffRole role)
{
    return role == StaffRole::Sales ? QStringLiteral("sales") : QStringLiteral("technical");
}

// Scores are basis points; NPS may be negative, which Rate::percentText does not spell.
QString scoreText(Rate value)
{
    return value.bp < 0 ? u'-' + Rate { -value.bp }.percentText() : value.percentText();
}

QString microsText(qint64 micros)
{
    QString text = QString::number(micros / 1000000);
    if (const qint64 fraction = micros % 1000000; fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return text;
}

Result<QHash<qint64, QString>> customerCodesById(const Store &store)
{
    const auto refs = store.customerRefsByCode();
    if (!refs)
        return std::unexpected(refs.error());
    QHash<qint64, QString> out;
    out.reserve(refs->size());
    for (auto it = refs->cbegin(); it != refs->cend(); ++it)
        out.insert(it->id, it.key());
    return out;
}

// The digits of the currencies met so far: a handful, looked up once each.
class CurrencyDigits {
public:
    int of(QByteArrayView code)
    {
        for (const auto &[known, digits] : m_known) {
            if (known == code)
                return digits;
        }
        const int digits = Money { 0, QString::fromUtf8(code) }.digits();
        m_known.emplace_back(code.toByteArray(), digits);
        return digits;
    }

private:
    std::vector<std::pair<QByteArray, int>> m_known;
};

// A sales export reports its progress (and may be cancelled) every this many lines.
constexpr qint64 kProgressEvery = 10000;

} // namespace

Exporter::Exporter(const Store &store)
    : m_store(store)
{
}

Result<qint64> Exporter::exportFile(CsvKind kind, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Storage,
                    tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const auto written = exportDevice(kind, &file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return fail(Error::Code::Storage,
                    tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return written;
}

Result<qint64> Exporter::exportDevice(CsvKind kind, QIODevice *device)
{
    CsvWriter out(device);
    out.writeHeader(csvColumns(kind));
    const auto written = writeRecords(kind, out);
    if (!written)
        return written;
    if (auto r = out.finish(); !r)
        return std::unexpected(r.error());
    return written;
}

Result<qint64> Exporter::writeRecords(CsvKind kind, CsvWriter &out)
{
    if (kind == CsvKind::FxRates)
        return writeFxRates(out);
    if (kind == CsvKind::Moves)
        return writeMoves(out);
    if (kind == CsvKind::Sales)
        return writeSales(out);
    if (kind != CsvKind::Partners)
        return writePartnerRecords(kind, out);
    const auto partners = m_store.partners();
    if (!partners)
        return std::unexpected(partners.error());
    for (const Partner &p : *partners) {
        out.writeRow({ p.code, p.name, p.country, p.region, categoryKey(p.category), p.subcategory, p.programKey,
                       p.tierKey, isoDate(p.tierSince), isoDate(p.joinedOn), p.territory, p.brand, p.website,
                       p.owner, QString::number(p.rowVersion) });
    }
    if (!reportProgress(m_progress, partners->size(), partners->size()))
        return fail(Error::Code::Cancelled, tr("The export was cancelled."));
    return partners->size();
}

// The kinds that Store reads partner by partner.
Result<qint64> Exporter::writePartnerRecords(CsvKind kind, CsvWriter &out)
{
    const auto partners = m_store.partnerRows();
    if (!partners)
        return std::unexpected(partners.error());
    qint64 written = 0;
    qint64 done = 0;
    for (const PartnerRow &p : *partners) {
        switch (kind) {
        case CsvKind::Certifications: {
            const auto staff = m_store.staff(p.id);
            if (!staff)
                return std::unexpected(staff.error());
            QHash<qint64, StaffMember> byId;
            for (const StaffMember &s : *staff)
                byId.insert(s.id, s);
            const auto certs = m_store.certifications(p.id);
            if (!certs)
                return std::unexpected(certs.error());
            for (const Certification &c : *certs) {
                const StaffMember s = byId.value(c.staffId);
                out.writeRow({ p.code, s.name, s.email, roleKey(s.role), c.certificate, isoDate(c.passedOn),
                               c.expiresOn.isValid() ? isoDate(c.expiresOn) : QString() });
                ++written;
            }
            break;
        }
        case CsvKind::Customers: {
            const auto customers = m_store.customers(p.id);
            if (!customers)
                return std::unexpected(customers.error());
            for (const Customer &c : *customers)
                out.writeRow({ c.code, p.code, c.name, c.country });
            written += customers->size();
            break;
        }
        case CsvKind::Events: {
            const auto events = m_store.events(p.id);
            if (!events)
                return std::unexpected(events.error());
            for (const ComplianceEvent &e : *events)
                out.writeRow({ p.code, eventKey(e.kind), isoDate(e.occurredOn), e.note });
            written += events->size();
            break;
        }
        case CsvKind::Scores: {
            const auto scores = m_store.scores(p.id);
            if (!scores)
                return std::unexpected(scores.error());
            for (const Score &s : *scores)
                out.writeRow({ p.code, metricKey(s.metric), isoDate(s.measuredOn), scoreText(s.value) });
            written += scores->size();
            break;
        }
        case CsvKind::Partners:
        case CsvKind::Sales:
        case CsvKind::Moves:
        case CsvKind::FxRates:
            break;
        }
        if (!reportProgress(m_progress, ++done, partners->size()))
            return fail(Error::Code::Cancelled, tr("The export was cancelled."));
    }
    if (partners->isEmpty() && !reportProgress(m_progress, 0, 0))
        return fail(Error::Code::Cancelled, tr("The export was cancelled."));
    return written;
}

QString Exporter::salesQuery()
{
    return SaleStream::query();
}

// Every live sale as SaleStream reads it, written from its UTF-8 without a QString per value.
Result<qint64> Exporter::writeSales(CsvWriter &out)
{
    const Database &db = m_store.database();
    const auto count = SaleStream::liveCount(db);
    if (!count)
        return std::unexpected(count.error());
    CurrencyDigits digits;
    qint64 written = 0;
    bool cancelled = false;
    const auto streamed = SaleStream::run(db, [&](const SaleStreamRow &r) {
        out.writeField(r.soldOn);
        out.writeField(r.partnerCode);
        out.writeField(r.customerCode);
        out.writeField(r.productLine);
        char amount[kPlainAmountMax];
        out.writeField(QByteArrayView(amount, plainAmount(r.unitPriceMinor, digits.of(r.currency), amount)));
        out.writeField(r.currency);
        char quantity[24];
        const char *end = std::to_chars(quantity, quantity + sizeof quantity, r.quantity).ptr;
        out.writeField(QByteArrayView(quantity, end - quantity));
        out.writeField(r.renewal ? QByteArrayView("yes") : QByteArrayView("no"));
        out.writeField(r.reference);
        out.writeField(r.returnsReference);
        out.endRow();
        ++written;
        cancelled = written % kProgressEvery == 0 && !reportProgress(m_progress, written, *count);
        return !cancelled;
    });
    if (!streamed)
        return std::unexpected(streamed.error());
    if (cancelled || !reportProgress(m_progress, written, std::max(written, *count)))
        return fail(Error::Code::Cancelled, tr("The export was cancelled."));
    return written;
}

Result<qint64> Exporter::writeFxRates(CsvWriter &out)
{
    const auto rates = m_store.fxRates();
    if (!rates)
        return std::unexpected(rates.error());
    for (const FxRate &r : *rates)
        out.writeRow({ isoDate(r.date), r.base, r.quote, microsText(r.micros) });
    if (!reportProgress(m_progress, rates->size(), rates->size()))
        return fail(Error::Code::Cancelled, tr("The export was cancelled."));
    return rates->size();
}

Result<qint64> Exporter::writeMoves(CsvWriter &out)
{
    auto moves = LicenceStore(m_store.database()).allCustomerMoves();
    if (!moves)
        return std::unexpected(moves.error());
    const auto customers = customerCodesById(m_store);
    if (!customers)
        return std::unexpected(customers.error());
    // By customer code, which another database shares (ids it does not), each customer's moves
    // in the order they were made.
    std::stable_sort(moves->begin(), moves->end(), [&](const CustomerMove &a, const CustomerMove &b) {
        return customers->value(a.customerId) < customers->value(b.customerId);
    });
    const auto partnerIds = m_store.partnerIdsByCode();
    if (!partnerIds)
        return std::unexpected(partnerIds.error());
    QHash<qint64, QString> partners;
    for (auto it = partnerIds->cbegin(); it != partnerIds->cend(); ++it)
        partners.insert(it.value(), it.key());
    for (const CustomerMove &m : *moves) {
        out.writeRow({ customers->value(m.customerId), partners.value(m.fromPartnerId), partners.value(m.toPartnerId),
                       isoDate(m.movedOn), m.reason, m.movedBy });
    }
    if (!reportProgress(m_progress, moves->size(), moves->size()))
        return fail(Error::Code::Cancelled, tr("The export was cancelled."));
    return moves->size();
}

} // namespace pd
