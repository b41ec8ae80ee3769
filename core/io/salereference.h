#pragma once
// The reference of a sale line that comes without one (issue 15): derived from the line's fields,
// so importing the same file again derives the same references and adds nothing. Import and the
// version-7 migration (which gives the lines stored before references existed theirs) both use
// this one derivation.

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

namespace pd
{

// The canonical fields of a sale line.
struct SaleLineFields {
    QDate soldOn;
    QString partnerCode;
    QString customerCode;
    QString productLine;
    qint64 unitPriceMinor = 0;
    QString currency; // compared upper case
    int quantity = 0;
    bool renewal = false;
    QString returnsReference; // empty unless the line is a return
};

// "D-" + the first 20 hex digits of the SHA-256 of the canonical fields + "-" + `occurrence`,
// the line's number (1, 2, ...) among identical lines of its file.
QString derivedSaleReference(const SaleLineFields &line, int occurrence);

// Numbers identical lines in the order they come and derives their references.
class SaleReferenceDeriver
{
public:
    QString next(const SaleLineFields &line);

private:
    QHash<QByteArray, int> m_seen; // digest -> lines with it so far
};

} // namespace pd
