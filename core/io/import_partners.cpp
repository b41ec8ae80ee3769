// Import of partners and customers, and the checks shared by every kind.
#include "../countries.h"
#include "../dates.h"
#include "../partnerrules.h"
#include "../storage/recordwriter.h"
#include "../storage/store.h"
#include "importhandlers.h"

#include <algorithm>

namespace pd::importing {

QString oneOf(const QStringList &allowed)
{
    return Tr::tr("one of: %1").arg(allowed.join(QStringLiteral(", ")));
}

bool Row::requireText(int column)
{
    if (!values.at(column).isEmpty())
        return true;
    fail(column, Tr::tr("must not be empty"));
    return false;
}

QDate Row::date(int column, bool optional)
{
    const QString &text = values.at(column);
    if (text.isEmpty()) {
        if (!optional)
            fail(column, Tr::tr("must not be empty"));
        return {};
    }
    const QDate d = parseIsoDate(text);
    if (!d.isValid())
        fail(column, Tr::tr("\"%1\" is not a date (expected YYYY-MM-DD, for example 2026-03-31)").arg(text));
    return d;
}

QString Row::country(int column, bool optional)
{
    const QString &text = values.at(column);
    if (text.isEmpty()) {
        if (!optional)
            fail(column, Tr::tr("must not be empty"));
        return {};
    }
    if (!isCountryCode(text)) {
        fail(column, Tr::tr("\"%1\" is not an ISO 3166 country code (two upper-case letters, for example ES, RU, US)")
                         .arg(text));
        return {};
    }
    return text;
}

namespace {

QString firstSeen(qint64 line)
{
    return Tr::tr("appears twice in this file (first on line %1)").arg(line);
}

QString existsMessage(const QString &text)
{
    return Tr::tr("%1; import with update (--update, or \"Update existing records\") to change existing records")
        .arg(text);
}

class PartnerRows final : public RowHandler, private PartnerColumns {
public:
    using RowHandler::RowHandler;

    Result<void> prepare() override
    {
        // In update mode the stored partners as this transaction first reads them: their row
        // versions are what an update without a row_version column must still find.
        auto partners = m_store.partners();
        if (!partners)
            return std::unexpected(partners.error());
        for (const Partner &p : *partners)
            m_existing.insert(p.code, p);
        auto programs = m_store.programs();
        if (!programs)
            return std::unexpected(programs.error());
        for (const StoredProgram &p : *programs)
            m_programs.insert(p.program.key, p.program);
        m_writer = std::make_unique<RecordWriter>(m_store.database());
        return {};
    }

    void handle(Row &row, bool write) override
    {
        Partner p;
        p.code = row[Code];
        if (row.requireText(Code)) {
            if (!m_updates.enabled && m_existing.contains(p.code))
                row.fail(Code, existsMessage(Tr::tr("partner \"%1\" already exists").arg(p.code)));
            else if (const auto seen = m_seen.constFind(p.code); seen != m_seen.cend())
                row.fail(Code, firstSeen(*seen));
            else
                m_seen.insert(p.code, row.line);
        }
        p.name = row[Name];
        row.requireText(Name);
        p.country = row[Country];
        row.requireText(Country); // the rest of its rules: checkRules
        p.region = row[Region];
        if (row.requireText(Category)) {
            if (const auto category = categoryFromKey(row[Category])) {
                p.category = *category;
                p.subcategory = row[Subcategory]; // checked against its category only
            } else {
                row.fail(Category, Tr::tr("\"%1\" is not a category (%2)")
                                       .arg(row[Category], oneOf({ QStringLiteral("technology"), QStringLiteral("education"),
                                                                   QStringLiteral("business"), QStringLiteral("channel") })));
            }
        }
        p.programKey = row[ProgramKey];
        p.tierKey = row[TierKey];
        const Program *program = nullptr;
        if (row.requireText(ProgramKey)) {
            const auto found = m_programs.constFind(p.programKey);
            if (found == m_programs.cend()) {
                QStringList known = m_programs.keys();
                known.sort();
                row.fail(ProgramKey, Tr::tr("there is no program \"%1\" in the database (%2)").arg(p.programKey, oneOf(known)));
            } else {
                program = &*found;
                checkTier(row, *program);
            }
        } else {
            row.requireText(TierKey);
        }
        p.tierSince = row.date(TierSince);
        p.joinedOn = row.date(JoinedOn);
        p.territory = row[TerritoryText];
        p.brand = row[BrandKey];
        p.website = row[Website];
        p.owner = row[Owner];
        checkRules(row, p, program);
        if (!row[RowVersion].isEmpty() && row[RowVersion].toLongLong() < 1)
            row.fail(RowVersion, Tr::tr("\"%1\" is not a row version (a whole number of 1 or more, as an export "
                                        "writes it)")
                                     .arg(row[RowVersion]));
        if (const auto stored = m_existing.constFind(p.code); m_updates.enabled && stored != m_existing.cend()) {
            updatePartner(m_store, m_updates, row, *stored, p, write);
            return;
        }
        if (!row.ok() || !write)
            return;
        // A new partner starts at the file's row version, so that an export imports back unchanged.
        if (!row[RowVersion].isEmpty())
            p.rowVersion = row[RowVersion].toLongLong();
        if (auto id = m_writer->addPartner(p); !id)
            row.storageError = id.error();
    }

private:
    static void checkTier(Row &row, const Program &program)
    {
        if (row.requireText(TierKey) && program.tierIndex(row[TierKey]) < 0) {
            QStringList tiers;
            for (const Tier &t : program.tiers)
                tiers << t.key;
            row.fail(TierKey, Tr::tr("\"%1\" is not a tier of program %2 (%3)").arg(row[TierKey], program.key, oneOf(tiers)));
        }
    }

    // The profile's rules, as the window and the store apply them. A column that already has a
    // problem (empty, not a date) keeps that one only.
    static void checkRules(Row &row, const Partner &p, const Program *program)
    {
        const QList<Row::Issue> earlier = row.issues;
        auto reported = [&earlier](int column) {
            return std::ranges::any_of(earlier, [column](const Row::Issue &i) { return i.column == column; });
        };
        for (const PartnerProblem &problem : validatePartner(p, program, QDate::currentDate())) {
            const int column = columnOf(problem.field);
            if (!reported(column))
                row.fail(column, partnerProblemText(problem));
        }
    }

    static int columnOf(PartnerField field)
    {
        switch (field) {
        case PartnerField::Code:
            return Code;
        case PartnerField::Name:
            return Name;
        case PartnerField::Country:
            return Country;
        case PartnerField::Region:
            return Region;
        case PartnerField::Category:
            return Category;
        case PartnerField::Subcategory:
            return Subcategory;
        case PartnerField::JoinedOn:
            return JoinedOn;
        case PartnerField::Territory:
            return TerritoryText;
        case PartnerField::Brand:
            return BrandKey;
        case PartnerField::Website:
            return Website;
        case PartnerField::Owner:
            return Owner;
        }
        return -1;
    }

    QHash<QString, Partner> m_existing;
    QHash<QString, qint64> m_seen; // code -> line in this file
    QHash<QString, Program> m_programs;
    std::unique_ptr<RecordWriter> m_writer; // one prepared insert, the programs' ids read once
};

class CustomerRows final : public RowHandler, private CustomerColumns {
public:
    using RowHandler::RowHandler;

    Result<void> prepare() override
    {
        if (m_updates.enabled) {
            auto customers = m_store.customersByCode();
            if (!customers)
                return std::unexpected(customers.error());
            m_existing = *customers;
        } else {
            // Only the codes: a large database's names are not needed to refuse existing codes.
            auto refs = m_store.customerRefsByCode();
            if (!refs)
                return std::unexpected(refs.error());
            for (auto it = refs->cbegin(); it != refs->cend(); ++it)
                m_existing.insert(it.key(), Customer { it->id, it->partnerId, it.key(), {}, {} });
        }
        auto partners = m_store.partnerIdsByCode();
        if (!partners)
            return std::unexpected(partners.error());
        m_partners = *partners;
        if (m_updates.enabled) {
            for (auto it = m_partners.cbegin(); it != m_partners.cend(); ++it)
                m_partnerCodes.insert(it.value(), it.key());
        }
        return {};
    }

    void handle(Row &row, bool write) override
    {
        Customer c;
        c.code = row[Code];
        if (row.requireText(Code)) {
            if (!m_updates.enabled && m_existing.contains(c.code))
                row.fail(Code, existsMessage(Tr::tr("customer \"%1\" already exists").arg(c.code)));
            else if (const auto seen = m_seen.constFind(c.code); seen != m_seen.cend())
                row.fail(Code, firstSeen(*seen));
            else
                m_seen.insert(c.code, row.line);
        }
        if (row.requireText(PartnerCode)) {
            c.partnerId = m_partners.value(row[PartnerCode]);
            if (c.partnerId == 0)
                row.fail(PartnerCode, Tr::tr("there is no partner \"%1\"").arg(row[PartnerCode]));
        }
        c.name = row[Name];
        row.requireText(Name);
        c.country = row.country(Country, true);
        if (const auto stored = m_existing.constFind(c.code); m_updates.enabled && stored != m_existing.cend()) {
            updateCustomer(m_store, m_updates, row, *stored, c, m_partnerCodes, write);
            return;
        }
        if (!row.ok() || !write)
            return;
        if (auto id = m_store.insertCustomer(c); !id)
            row.storageError = id.error();
    }

private:
    QHash<QString, Customer> m_existing;
    QHash<QString, qint64> m_seen;
    QHash<QString, qint64> m_partners;
    QHash<qint64, QString> m_partnerCodes; // update mode only
};

} // namespace

std::unique_ptr<RowHandler> makePartnerRows(Store &store)
{
    return std::make_unique<PartnerRows>(store);
}

std::unique_ptr<RowHandler> makeCustomerRows(Store &store)
{
    return std::make_unique<CustomerRows>(store);
}

std::unique_ptr<RowHandler> makeRowHandler(CsvKind kind, Store &store)
{
    switch (kind) {
    case CsvKind::Partners:
        return makePartnerRows(store);
    case CsvKind::Certifications:
        return makeCertificationRows(store);
    case CsvKind::Customers:
        return makeCustomerRows(store);
    case CsvKind::Sales:
        return makeSaleRows(store);
    case CsvKind::Events:
        return makeEventRows(store);
    case CsvKind::Scores:
        return makeScoreRows(store);
    case CsvKind::FxRates:
        return makeFxRateRows(store);
    case CsvKind::Moves:
        return makeMoveRows(store);
    }
    return nullptr;
}

} // namespace pd::importing
