#include "import_salerefs.h"

#include "../dates.h"

namespace pd::importing
{

SaleReferences::SaleReferences(Database &db, const Columns &columns,
    const QHash<qint64, QString> &partnerCodes, const QHash<QString, Store::CustomerRef> &customers)
    : m_columns(columns)
    , m_partnerCodes(partnerCodes)
    , m_customers(customers)
    , m_lookup(db)
{
}

Result<void> SaleReferences::prepare(bool bulk, qint64 expectedLines)
{
    const qsizetype lines = qMin<qint64>(expectedLines, 1 << 24);
    m_references.reserve(lines);
    m_lines.reserve(size_t(lines));
    return m_lookup.load(bulk);
}

void SaleReferences::written(qint64 id)
{
    if (m_last >= 0)
        m_lines[size_t(m_last)].id = id;
}

quint16 SaleReferences::nameIndex(const QString &name)
{
    // Lines share the program's and the currency's copies: most lookups end on the first test.
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        const QString &known = m_names.at(i);
        if ((known.constData() == name.constData() && known.size() == name.size()) || known == name)
            return quint16(i);
    }
    m_names.append(name);
    return quint16(m_names.size() - 1);
}

void SaleReferences::checkLine(Row &row, Sale &s, const QString &partnerCode, const QString &customerCode)
{
    const QString &returns = row[m_columns.returns];
    if (s.quantity < 0 && returns.isEmpty())
        row.fail(m_columns.returns,
            Tr::tr("a negative quantity is a return: name the reference of the line it "
                   "returns in this column"));
    if (s.quantity > 0 && !returns.isEmpty())
        row.fail(m_columns.quantity,
            Tr::tr("a return (of %1) needs a negative quantity, not %2").arg(returns, QString::number(s.quantity)));
    if (!row.ok())
        return;

    s.reference = row[m_columns.reference];
    if (s.reference.isEmpty())
        s.reference = m_deriver.next(SaleLineFields { s.soldOn, partnerCode, customerCode, s.productLine,
            s.unitPrice.minor, s.unitPrice.currency, s.quantity, s.renewal, returns });
}

void SaleReferences::check(Row &row, Sale &s)
{
    m_last = -1;
    const QString &returns = row[m_columns.returns];
    const TextIndex::Probe seen = m_references.find(s.reference);
    if (seen.number >= 0) {
        row.fail(m_columns.reference,
            Tr::tr("reference %1 appears twice in this file (first on line %2)")
                .arg(s.reference, QString::number(m_lines[size_t(seen.number)].line)));
        return;
    }

    const auto stored = m_lookup.live(s.reference);
    if (!stored) {
        row.storageError = stored.error();
        return;
    }
    // A line the database holds, live or voided (a voided line stays voided: importing its file
    // again does not bring it back).
    const auto present = [&](const StoredSaleLine &c) {
        if (!sameContent(s, returns, c))
            return false;
        row.outcome = Row::Outcome::AlreadyPresent;
        m_references.add(seen, s.reference);
        m_lines.push_back(FileLine { row.line, c.id, s.partnerId, s.unitPrice.minor, s.soldOn, s.quantity, 0, 0, 0,
            true, !returns.isEmpty() });
        return true;
    };
    if (*stored && present(**stored))
        return;
    for (const StoredSaleLine &c : m_lookup.voided(s.reference)) {
        if (present(c))
            return;
    }
    if (*stored) {
        row.fail(m_columns.reference,
            Tr::tr("reference %1 is already in the database as sale %2, with different content (%3); "
                   "correct the stored line with \"partnerdesk-cli correct sale %2 ...\", void it with "
                   "\"partnerdesk-cli void sale %2 --reason TEXT\", or give this line its own reference")
                .arg(s.reference, QString::number((*stored)->id), differences(s, returns, **stored)));
        return;
    }

    Original original;
    if (!returns.isEmpty()) {
        if (!findOriginal(row, returns, original) || !checkReturn(row, s, original))
            return;
        s.returnsId = original.id;
        if (original.fileLine) // before the push_back below, which may move the file's lines
            original.fileLine->left += s.quantity;
        else
            m_storedLeft[original.id] += s.quantity;
    }
    m_last = m_references.add(seen, s.reference);
    m_lines.push_back(FileLine { row.line, 0, s.partnerId, s.unitPrice.minor, s.soldOn, s.quantity, s.quantity,
        nameIndex(s.productLine), nameIndex(s.unitPrice.currency), false, s.isReturn() });
}

// Finds the line `reference` names: earlier in this file, or in the database.
bool SaleReferences::findOriginal(Row &row, const QString &reference, Original &out)
{
    if (const qsizetype n = m_references.find(reference).number; n >= 0 && !m_lines[size_t(n)].stored) {
        // A new line of this file: written by now (its id), unless an earlier line had a problem.
        FileLine &it = m_lines[size_t(n)];
        if (it.isReturn) {
            row.fail(m_columns.returns,
                Tr::tr("line %1 of this file (reference %2) is itself a return; name the "
                       "line that was sold")
                    .arg(it.line)
                    .arg(reference));
            return false;
        }
        out = Original { it.id, &it, it.partnerId, it.unitPriceMinor, it.soldOn, m_names.at(it.productLine),
            m_names.at(it.currency), it.quantity, it.left, it.isReturn };
        return true;
    }
    const auto stored = m_lookup.live(reference);
    if (!stored) {
        row.storageError = stored.error();
        return false;
    }
    if (!*stored) {
        const QList<StoredSaleLine> voided = m_lookup.voided(reference);
        if (!voided.isEmpty())
            row.fail(m_columns.returns,
                Tr::tr("the line with reference %1 (sale %2) is voided; a voided line cannot "
                       "be returned")
                    .arg(reference, QString::number(voided.last().id)));
        else
            row.fail(m_columns.returns,
                Tr::tr("there is no sale line with reference %1, neither in the database nor "
                       "earlier in this file")
                    .arg(reference));
        return false;
    }
    const StoredSaleLine &line = **stored;
    auto left = m_storedLeft.find(line.id);
    if (left == m_storedLeft.end()) {
        const auto returned = m_lookup.returned(line.id);
        if (!returned) {
            row.storageError = returned.error();
            return false;
        }
        left = m_storedLeft.insert(line.id, line.quantity - *returned);
    }
    out = Original { line.id, nullptr, line.partnerId, line.unitPriceMinor, line.soldOn, line.productLine,
        line.currency, line.quantity, *left, line.returnsId != 0 };
    if (out.isReturn) {
        row.fail(m_columns.returns,
            Tr::tr("sale %1 (reference %2) is itself a return; name the line that was sold")
                .arg(line.id)
                .arg(reference));
        return false;
    }
    return true;
}

// A return belongs with its original: same partner, product line, currency and unit price, not
// before it, and never more units than are left of it.
bool SaleReferences::checkReturn(Row &row, const Sale &s, const Original &original)
{
    const QString &reference = row[m_columns.returns];
    if (s.partnerId != original.partnerId)
        row.fail(m_columns.partner,
            Tr::tr("the line it returns (%1) was sold by partner %2, not %3")
                .arg(reference, m_partnerCodes.value(original.partnerId), m_partnerCodes.value(s.partnerId)));
    if (s.productLine != original.productLine)
        row.fail(m_columns.productLine,
            Tr::tr("the line it returns (%1) is of product line %2, not %3")
                .arg(reference, original.productLine, s.productLine));
    if (s.unitPrice.currency != original.currency)
        row.fail(m_columns.currency,
            Tr::tr("the line it returns (%1) is in %2, not %3")
                .arg(reference, original.currency, s.unitPrice.currency));
    else if (s.unitPrice.minor != original.unitPriceMinor)
        row.fail(m_columns.unitPrice,
            Tr::tr("a return takes the unit price of the line it returns (%1): %2, not %3")
                .arg(reference, Money { original.unitPriceMinor, original.currency }.plainText(),
                    s.unitPrice.plainText()));
    if (s.soldOn.isValid() && s.soldOn < original.soldOn)
        row.fail(m_columns.date,
            Tr::tr("a return cannot come before the line it returns (%1, sold on %2)")
                .arg(reference, isoDate(original.soldOn)));
    if (-qint64(s.quantity) > original.left)
        row.fail(m_columns.quantity,
            Tr::tr("returns %n unit(s), but only %1 of the %2 units of %3 are left to return (%4 returned "
                   "already)",
                nullptr, -s.quantity)
                .arg(QString::number(original.left), QString::number(original.quantity), reference,
                    QString::number(original.quantity - original.left)));
    return row.ok();
}

bool SaleReferences::sameContent(const Sale &s, const QString &returns, const StoredSaleLine &c) const
{
    return s.soldOn == c.soldOn && s.partnerId == c.partnerId && s.customerId == c.customerId
        && s.productLine == c.productLine && s.unitPrice.minor == c.unitPriceMinor
        && s.unitPrice.currency == c.currency && s.quantity == c.quantity && s.renewal == c.renewal
        && returns == c.returnsReference;
}

// "quantity: file 3, database 2; ..." with the CSV's column names.
QString SaleReferences::differences(const Sale &s, const QString &returns, const StoredSaleLine &c)
{
    if (m_customerCodes.isEmpty()) {
        for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it)
            m_customerCodes.insert(it->id, it.key());
    }
    QStringList out;
    const auto differ = [&out](const char *column, const QString &file, const QString &stored) {
        if (file != stored)
            out << Tr::tr("%1: file %2, database %3").arg(QLatin1StringView(column), file, stored);
    };
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    differ("date", isoDate(s.soldOn), isoDate(c.soldOn));
    differ("partner", m_partnerCodes.value(s.partnerId), m_partnerCodes.value(c.partnerId));
    differ("customer", m_customerCodes.value(s.customerId), m_customerCodes.value(c.customerId));
    differ("product_line", s.productLine, c.productLine);
    differ("unit_price", s.unitPrice.plainText(), Money { c.unitPriceMinor, c.currency }.plainText());
    differ("currency", s.unitPrice.currency, c.currency);
    differ("quantity", QString::number(s.quantity), QString::number(c.quantity));
    differ("renewal", yesNo(s.renewal), yesNo(c.renewal));
    differ("returns", returns, c.returnsReference);
    return out.join(QStringLiteral("; "));
}

} // namespace pd::importing
