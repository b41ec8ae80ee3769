#pragma once
// One table of partner profiles, good and bad, that the profile form (tests/ui), the import and
// the store (tests/core) must judge alike: each row changes one field of a valid partner. The
// expected sentences are written here by hand, in English, not taken from the code under test.

#include "partnerrules.h"
#include "records.h"

#include <QDate>
#include <QString>
#include <QTest>
#include <optional>

namespace partnerrules_table {

using pd::PartnerField;
using Code = pd::PartnerProblem::Code;

struct Case {
    PartnerField field;
    QString text;                 // as typed in the form or written in the CSV file (dates ISO 8601)
    std::optional<Code> expected; // none: the partner is valid
    QString message;              // the form's sentence for it (the import's when not Missing)
};

inline QDate tomorrow()
{
    return QDate::currentDate().addDays(1);
}

// QTest data columns: "field" (int), "text", "expected" (int, -1 when valid), "message".
inline void addColumns()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("message");
}

inline void addRows()
{
    const QString codeRule = QStringLiteral("A code has up to 32 letters, digits, '.', '_' or '-', and no spaces.");
    const QString notACountry = QStringLiteral("\"%1\" is not a country code. Enter two capital letters (ISO 3166), "
                                               "such as ES or RU.");
    const Case cases[] = {
        { PartnerField::Code, QString(), Code::Missing, QStringLiteral("Enter the partner's code.") },
        { PartnerField::Code, QString(33, u'C'), Code::TooLong, codeRule },
        { PartnerField::Code, QStringLiteral("P 1"), Code::HasSpaces, codeRule },
        { PartnerField::Code, QStringLiteral("P/1"), Code::BadCharacters, codeRule },
        { PartnerField::Name, QString(201, u'n'), Code::TooLong, QStringLiteral("A name has at most 200 character(s).") },
        { PartnerField::JoinedOn, tomorrow().toString(Qt::ISODate), Code::InFuture,
          QStringLiteral("The joining date cannot be in the future.") },
        { PartnerField::Country, QStringLiteral("XX"), Code::UnknownCountry, notACountry.arg(QStringLiteral("XX")) },
        // Qt knows EU as a territory; the import refused it, and now the form does too.
        { PartnerField::Country, QStringLiteral("EU"), Code::UnknownCountry, notACountry.arg(QStringLiteral("EU")) },
        { PartnerField::Website, QStringLiteral("www example"), Code::BadWebsite,
          QStringLiteral("Enter a full web address such as https://example.com, or leave it empty.") },
        { PartnerField::Region, QString(101, u'r'), Code::TooLong,
          QStringLiteral("A region has at most 100 character(s).") },
        { PartnerField::Code, QString(32, u'C'), std::nullopt, {} },
        { PartnerField::Website, QStringLiteral("https://acme.example"), std::nullopt, {} },
        { PartnerField::Country, QStringLiteral("KZ"), std::nullopt, {} },
        // Any ISO 3166-1 country (CLDR through ICU), not only the programs' markets; CLDR's
        // territories that ISO does not assign are not countries.
        { PartnerField::Country, QStringLiteral("SE"), std::nullopt, {} },
        { PartnerField::Country, QStringLiteral("IN"), std::nullopt, {} },
        { PartnerField::Country, QStringLiteral("KW"), std::nullopt, {} },
        { PartnerField::Country, QStringLiteral("XK"), Code::UnknownCountry, notACountry.arg(QStringLiteral("XK")) },
        { PartnerField::Country, QStringLiteral("AC"), Code::UnknownCountry, notACountry.arg(QStringLiteral("AC")) },
    };
    for (const Case &c : cases) {
        const QString name = QStringLiteral("%1 %2 \"%3\"")
                                 .arg(c.expected ? QStringLiteral("bad") : QStringLiteral("good"))
                                 .arg(int(c.field))
                                 .arg(c.text.left(12));
        QTest::newRow(qPrintable(name)) << int(c.field) << c.text << (c.expected ? int(*c.expected) : -1) << c.message;
    }
}

// A partner that every check accepts, in the built-in program reseller-status.
inline pd::Partner validPartner()
{
    pd::Partner p;
    p.code = QStringLiteral("P-100");
    p.name = QStringLiteral("Acme Iberia");
    p.country = QStringLiteral("ES");
    p.category = pd::PartnerCategory::Channel;
    p.programKey = QStringLiteral("reseller-status");
    p.tierKey = QStringLiteral("authorized");
    p.tierSince = QDate(2025, 1, 1);
    p.joinedOn = QDate(2024, 3, 1);
    return p;
}

inline void apply(pd::Partner &p, PartnerField field, const QString &text)
{
    switch (field) {
    case PartnerField::Code:
        p.code = text;
        break;
    case PartnerField::Name:
        p.name = text;
        break;
    case PartnerField::Country:
        p.country = text;
        break;
    case PartnerField::Region:
        p.region = text;
        break;
    case PartnerField::JoinedOn:
        p.joinedOn = QDate::fromString(text, Qt::ISODate);
        break;
    case PartnerField::Website:
        p.website = text;
        break;
    default:
        QFAIL("the table changes no other field");
    }
}

// The current row of the table in a test function, and the valid partner changed by it.
struct Row {
    PartnerField field;
    QString text;
    std::optional<Code> expected;
    QString message;
    pd::Partner partner;
};

inline Row fetchRow()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    QFETCH(int, expected);
    QFETCH(QString, message);
    Row row { PartnerField(field), text, expected < 0 ? std::nullopt : std::optional(Code(expected)), message,
              validPartner() };
    apply(row.partner, row.field, text);
    return row;
}

// The CSV column of a field, as resources/docs/csv.md names it.
inline QString csvColumn(PartnerField field)
{
    switch (field) {
    case PartnerField::Code:
        return QStringLiteral("code");
    case PartnerField::Name:
        return QStringLiteral("name");
    case PartnerField::Country:
        return QStringLiteral("country");
    case PartnerField::Region:
        return QStringLiteral("region");
    case PartnerField::JoinedOn:
        return QStringLiteral("joined_on");
    case PartnerField::Website:
        return QStringLiteral("website");
    default:
        return {};
    }
}

// The partner as one record of a partners CSV file, after its header line.
inline QByteArray csvFile(const pd::Partner &p)
{
    const QStringList values { p.code, p.name, p.country, p.region, pd::categoryKey(p.category), p.programKey,
                               p.tierKey, p.tierSince.toString(Qt::ISODate), p.joinedOn.toString(Qt::ISODate),
                               p.website };
    return "code,name,country,region,category,program,tier,tier_since,joined_on,website\n"
        + values.join(QLatin1Char(',')).toUtf8() + '\n';
}

} // namespace partnerrules_table
