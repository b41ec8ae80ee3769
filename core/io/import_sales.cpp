// Import of sales lines and exchange rates.
#include "../storage/licencestore.h"
#include "../storage/salewriter.h"
#include "../storage/store.h"
#include "import_salerefs.h"
#include "importhandlers.h"

#include <QRegularExpression>

namespace pd::importing {

namespace {

// Currency codes are upper case in the database; a file may spell them in lower case.
Result<Currency> currencyOf(Row &row, int column)
{
    if (!row.requireText(column))
        return fail(Error::Code::InvalidInput, {});
    auto currency = Currency::find(row[column].toUpper());
    if (!currency)
        row.fail(column, currency.error().message);
    return currency;
}

class SaleRows final : public RowHandler {
public:
    enum Column {
        Date, PartnerCode, CustomerCode, ProductLine, UnitPrice, CurrencyCode, Quantity, Renewal, Reference, Returns
    };
    explicit SaleRows(Store &store)
        : RowHandler(store)
        , m_references(store.database(),
                       { Date, PartnerCode, CustomerCode, ProductLine, UnitPrice, CurrencyCode, Quantity, Reference,
                         Returns },
                       m_partnerCodes, m_customers)
    {
    }

    Result<void> prepare() override
    {
        auto programs = m_store.programs();
        if (!programs)
            return std::unexpected(programs.error());
        QHash<QString, QStringList> linesByProgram;
        for (const StoredProgram &p : *programs) {
            QStringList &lines = linesByProgram[p.program.key];
            for (const pd::ProductLine &l : p.program.productLines)
                lines << l.key;
        }
        auto partners = m_store.partnerRefsByCode();
        if (!partners)
            return std::unexpected(partners.error());
        m_partners.reserve(partners->size());
        m_partnerCodes.reserve(partners->size());
        for (auto p = partners->cbegin(); p != partners->cend(); ++p) {
            m_partners.insert(p.key(), PartnerInfo { p->id, p->programKey, linesByProgram.value(p->programKey) });
            m_partnerCodes.insert(p->id, p.key());
        }
        auto customers = m_store.customerRefsByCode();
        if (!customers)
            return std::unexpected(customers.error());
        m_customers = *customers;
        auto owners = LicenceStore(m_store.database()).customerOwners();
        if (!owners)
            return std::unexpected(owners.error());
        m_owners = *owners;
        // A file large relative to the table is compared with references read once, and written
        // without the sales indexes, which complete() builds again (SaleLookup, SaleWriter).
        const auto stored = SaleLookup::maxId(m_store.database());
        if (!stored)
            return std::unexpected(stored.error());
        const qint64 expected = m_inputBytes / kBytesPerLine;
        if (auto r = m_references.prepare(m_bulk.value_or(expected * kReadOnceRatio >= *stored), expected); !r)
            return r;
        m_writer = std::make_unique<SaleWriter>(m_store.database());
        m_writer->setBulk(m_bulk.value_or(expected >= kBulkMinLines && expected * kBulkRatio >= *stored));
        return {};
    }

    Result<void> complete() override { return m_writer->finish(); }
    qint64 refusedLine() const override { return m_writer->failedTag(); }

    void check(Row &row) override
    {
        Sale &s = row.sale;
        s = Sale {};
        s.soldOn = row.date(Date);
        const PartnerInfo *partner = nullptr;
        if (row.requireText(PartnerCode)) {
            const auto it = m_partners.constFind(row[PartnerCode]);
            if (it == m_partners.cend())
                row.fail(PartnerCode, Tr::tr("there is no partner \"%1\"").arg(row[PartnerCode]));
            else
                partner = &*it;
        }
        if (row.requireText(CustomerCode)) {
            const auto it = m_customers.constFind(row[CustomerCode]);
            if (it == m_customers.cend())
                row.fail(CustomerCode, Tr::tr("there is no customer \"%1\"").arg(row[CustomerCode]));
            else if (const qint64 owner = ownerOn(*it, s.soldOn); partner && owner != partner->id)
                row.fail(CustomerCode, Tr::tr("customer \"%1\" belonged to partner %2 on %3, not %4")
                                           .arg(row[CustomerCode], m_partnerCodes.value(owner), row[Date], row[PartnerCode]));
            else
                s.customerId = it->id;
        }
        s.productLine = row[ProductLine];
        if (row.requireText(ProductLine) && partner) {
            // The program's copy of the key: a million lines share it (SaleReferences keeps them).
            if (const qsizetype i = partner->productLines.indexOf(s.productLine); i >= 0)
                s.productLine = partner->productLines.at(i);
            else
                row.fail(ProductLine, Tr::tr("\"%1\" is not a product line of program %2 (%3)")
                                          .arg(s.productLine, partner->programKey, oneOf(partner->productLines)));
        }
        if (const Currency *currency = currencyOf(row); currency && row.requireText(UnitPrice)) {
            const auto price = Money::parse(row[UnitPrice], *currency);
            if (!price)
                row.fail(UnitPrice, price.error().message);
            else if (price->minor < 0)
                row.fail(UnitPrice, Tr::tr("%1 is negative; a unit price must not be").arg(row[UnitPrice]));
            else
                s.unitPrice = *price;
        }
        if (row.requireText(Quantity)) {
            bool ok = false;
            s.quantity = row[Quantity].toInt(&ok);
            if (!ok || s.quantity == 0)
                row.fail(Quantity, Tr::tr("\"%1\" is not a whole number other than 0 (negative for a return)")
                                       .arg(row[Quantity]));
            else if (const auto amount = s.amount(); !s.unitPrice.currency.isEmpty() && !amount)
                row.fail(Quantity, amount.error().message);
        }
        s.renewal = renewal(row);
        if (!row.ok())
            return;
        s.partnerId = partner->id;
        m_references.checkLine(row, s, row[PartnerCode], row[CustomerCode]);
    }

    void handle(Row &row, bool write) override
    {
        if (!row.ok())
            return;
        Sale &s = row.sale;
        m_references.check(row, s);
        if (!row.ok() || row.storageError || row.outcome == Row::Outcome::AlreadyPresent || !write)
            return;
        if (auto id = m_writer->add(s, row.line); !id) {
            row.storageError = id.error();
            row.line = m_writer->failedTag(); // in bulk, lines are written a few lines late
        } else
            m_references.written(*id);
    }

private:
    // The shortest plausible line (a few codes, a date, a price), so that the expected count of
    // lines errs upwards.
    static constexpr qint64 kBytesPerLine = 48;
    // References are read once when the file may hold an eighth of the table's lines or more;
    // indexes are dropped and rebuilt when it may hold a quarter, and at least this many.
    static constexpr qint64 kReadOnceRatio = 8;
    static constexpr qint64 kBulkRatio = 4;
    static constexpr qint64 kBulkMinLines = 2000;

    struct PartnerInfo {
        qint64 id = 0;
        QString programKey;
        QStringList productLines;
    };

    // The currency of the row, looked up once per spelling (check() alone uses m_currencies).
    const Currency *currencyOf(Row &row)
    {
        if (!row.requireText(CurrencyCode))
            return nullptr;
        auto it = m_currencies.constFind(row[CurrencyCode]);
        if (it == m_currencies.cend()) {
            const auto currency = Currency::find(row[CurrencyCode].toUpper());
            if (!currency) {
                row.fail(CurrencyCode, currency.error().message);
                return nullptr;
            }
            it = m_currencies.insert(row[CurrencyCode], *currency);
        }
        return &*it;
    }

    // The partner the customer was with on the sale's date (its moves decide; an invalid date,
    // already reported, is checked against its partner now).
    qint64 ownerOn(const Store::CustomerRef &customer, const QDate &on) const
    {
        return on.isValid() ? m_owners.ownerOn(customer.id, customer.partnerId, on) : customer.partnerId;
    }

    static bool renewal(Row &row)
    {
        if (const auto yes = parseYesNo(row[Renewal]))
            return *yes;
        row.fail(Renewal, Tr::tr("\"%1\" is not yes or no (yes, no, true, false, 1, 0 or empty)").arg(row[Renewal]));
        return false;
    }

    QHash<QString, PartnerInfo> m_partners;
    QHash<qint64, QString> m_partnerCodes;
    QHash<QString, Store::CustomerRef> m_customers;
    CustomerOwners m_owners;
    QHash<QString, Currency> m_currencies;
    SaleReferences m_references;
    std::unique_ptr<SaleWriter> m_writer;
};

class FxRateRows final : public RowHandler {
public:
    enum Column { Date, Base, Quote, RateText };
    using RowHandler::RowHandler;

    Result<void> prepare() override { return {}; }

    void handle(Row &row, bool write) override
    {
        FxRate rate;
        rate.date = row.date(Date);
        const auto base = currencyOf(row, Base);
        const auto quote = currencyOf(row, Quote);
        if (base && quote && base->code == quote->code)
            row.fail(Quote, Tr::tr("the quote currency must differ from the base currency"));
        if (base)
            rate.base = base->code;
        if (quote)
            rate.quote = quote->code;
        if (row.requireText(RateText)) {
            static const QRegularExpression re(QStringLiteral("^(\\d{1,12})(?:[.,](\\d+))?$"));
            const auto m = re.match(row[RateText]);
            if (!m.hasMatch()) {
                row.fail(RateText, Tr::tr("\"%1\" is not a decimal number").arg(row[RateText]));
            } else if (m.capturedLength(2) > 6) {
                row.fail(RateText, Tr::tr("\"%1\" has more than 6 decimals").arg(row[RateText]));
            } else {
                QString fraction = m.captured(2);
                fraction = fraction.leftJustified(6, u'0');
                rate.micros = m.captured(1).toLongLong() * 1000000 + fraction.toLongLong();
                if (rate.micros <= 0)
                    row.fail(RateText, Tr::tr("an exchange rate must be more than 0"));
            }
        }
        if (row.ok()) {
            const QString key = row[Date] + u' ' + rate.base + u' ' + rate.quote;
            if (const auto seen = m_seen.constFind(key); seen != m_seen.cend())
                row.fail(Date, Tr::tr("the rate %1/%2 of this date appears twice in this file (first on line %3)")
                                   .arg(rate.base, rate.quote)
                                   .arg(*seen));
            else
                m_seen.insert(key, row.line);
        }
        if (!row.ok() || !write)
            return;
        if (auto r = m_store.setFxRate(rate); !r)
            row.storageError = r.error();
    }

private:
    QHash<QString, qint64> m_seen;
};

} // namespace

std::unique_ptr<RowHandler> makeSaleRows(Store &store)
{
    return std::make_unique<SaleRows>(store);
}

std::unique_ptr<RowHandler> makeFxRateRows(Store &store)
{
    return std::make_unique<FxRateRows>(store);
}

} // namespace pd::importing
