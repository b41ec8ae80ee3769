#pragma once
// Internal to core/io: the checks of a sales line that look beyond its own fields (issue 15):
// its reference (the file's, or one derived from its fields), the lines the database holds
// already, earlier lines of the same file, and the line a return takes back.

#include "../records.h"
#include "../storage/salelookup.h"
#include "../storage/store.h"
#include "importhandlers.h"
#include "salereference.h"
#include "textindex.h"

#include <QHash>
#include <QStringList>
#include <vector>

namespace pd::importing
{

class SaleReferences
{
public:
    // The columns of the sales kind whose problems this reports (indexes into csvColumns).
    struct Columns {
        int date, partner, customer, productLine, unitPrice, currency, quantity, reference, returns;
    };
    // Partner codes by id and the customers by code, for messages about stored lines.
    SaleReferences(Database &db, const Columns &columns, const QHash<qint64, QString> &partnerCodes,
        const QHash<QString, Store::CustomerRef> &customers);

    // `bulk`: the file is large relative to the table (SaleLookup::load); `expectedLines`
    // reserves room for the file's references.
    Result<void> prepare(bool bulk, qint64 expectedLines);
    // The checks of a line that need only its fields, on RowHandler::check()'s thread: a return
    // needs a negative quantity and the reference it returns. `s` holds the line's checked
    // fields (partner and customer ids); the codes are the file's. Sets s.reference, derived
    // when the line has none.
    void checkLine(Row &row, Sale &s, const QString &partnerCode, const QString &customerCode);
    // The rest, on the database's thread, for a line checkLine() passed. Its product line and
    // currency are kept for later returns: pass shared copies (the program's key, the currency's
    // code), not a copy per line. Sets s.returnsId, marks a line the database holds as
    // Row::Outcome::AlreadyPresent, and adds the line's problems to row.
    void check(Row &row, Sale &s);
    // The line check() last accepted as new was written with this id.
    void written(qint64 id);

private:
    // A line seen earlier in this file, numbered as its reference in m_references. Kept slim: a
    // million of them live until the end of the import.
    struct FileLine {
        qint64 line = 0;
        qint64 id = 0; // the stored line's (`stored`), else the id this import wrote it with, if any
        qint64 partnerId = 0;
        qint64 unitPriceMinor = 0;
        QDate soldOn;
        int quantity = 0;
        int left = 0; // units not yet returned by lines of this file
        quint16 productLine = 0; // in m_names
        quint16 currency = 0;    // in m_names
        bool stored = false;     // the database held it already
        bool isReturn = false;
    };
    // The line a return takes back, from the file or the database.
    struct Original {
        qint64 id = 0; // 0: a line of this file not yet written
        FileLine *fileLine = nullptr;
        qint64 partnerId = 0;
        qint64 unitPriceMinor = 0;
        QDate soldOn;
        QString productLine;
        QString currency;
        int quantity = 0;
        qint64 left = 0;
        bool isReturn = false;
    };

    // The number of a product line or currency in m_names (a handful per file).
    quint16 nameIndex(const QString &name);
    bool findOriginal(Row &row, const QString &reference, Original &out);
    bool checkReturn(Row &row, const Sale &s, const Original &original);
    // `returns` is the file's reference of the line s returns.
    bool sameContent(const Sale &s, const QString &returns, const StoredSaleLine &stored) const;
    QString differences(const Sale &s, const QString &returns, const StoredSaleLine &stored);

    Columns m_columns;
    const QHash<qint64, QString> &m_partnerCodes;
    const QHash<QString, Store::CustomerRef> &m_customers;
    QHash<qint64, QString> m_customerCodes; // made by the first message that needs one
    SaleLookup m_lookup;
    SaleReferenceDeriver m_deriver; // checkLine()'s alone
    TextIndex m_references;        // of this file's lines
    std::vector<FileLine> m_lines; // by the number of their reference
    QStringList m_names;           // product lines and currencies of m_lines
    qsizetype m_last = -1;         // the line check() last accepted as new, until the next check()
    // Units left to return of the stored lines that lines of this file return: read once, before
    // this file's returns of the line are written, then counted down.
    QHash<qint64, qint64> m_storedLeft;
};

} // namespace pd::importing
