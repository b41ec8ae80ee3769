#include "payoutreport.h"

#include "../io/csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QSaveFile>

namespace pd
{

namespace
{

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::PayoutReport)
};

QList<CsvColumn> columns()
{
    QList<CsvColumn> out;
    for (const char *name : { "id", "partner_code", "partner_name", "owner", "program", "quarter", "currency",
             "rewards", "rebate", "spif", "adjustments", "carried_in", "amount", "carried_out", "state",
             "approved_at", "approved_by", "paid_on", "payment_reference" }) {
        CsvColumn c;
        c.name = QString::fromLatin1(name);
        c.value = c.name == QLatin1StringView("id") ? CsvValue::Number : CsvValue::Text;
        out << c;
    }
    // Amounts: numbers, written as they are (a negative amount keeps its minus sign).
    for (qsizetype i = 7; i <= 13; ++i)
        out[i].value = CsvValue::Number;
    return out;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

Result<void> add(qint64 &total, qint64 amount, const QString &currency)
{
    const auto next = checkedAdd(total, amount);
    if (!next || !inMoneyRange(*next))
        return std::unexpected(
            amountOutOfRange(QStringLiteral("%1 + %2").arg(Money { total, currency }.plainText(),
                                 Money { amount, currency }.plainText()),
                currency));
    total = *next;
    return {};
}

} // namespace

Result<QList<PayoutTotal>> payoutTotals(const QList<Payable> &payables)
{
    QMap<QString, PayoutTotal> byCurrency;
    for (const Payable &p : payables) {
        PayoutTotal &t = byCurrency[p.currency];
        t.currency = p.currency;
        ++t.payables;
        qint64 *bucket = nullptr;
        switch (p.state) {
        case PayoutState::Owed:
            bucket = &t.owedMinor;
            break;
        case PayoutState::Approved:
            bucket = &t.approvedMinor;
            break;
        case PayoutState::Paid:
            bucket = &t.paidMinor;
            break;
        case PayoutState::Carried:
            break;
        }
        if (bucket) {
            if (auto r = add(*bucket, p.amountMinor, p.currency); !r)
                return std::unexpected(r.error());
        }
        if (auto r = add(t.carriedOutMinor, p.carriedOutMinor, p.currency); !r)
            return std::unexpected(r.error());
    }
    return byCurrency.values();
}

QStringList payoutCsvColumns()
{
    QStringList out;
    for (const CsvColumn &c : columns())
        out << c.name;
    return out;
}

Result<qint64> writePayoutCsv(const QList<Payable> &payables, QIODevice *device)
{
    CsvWriter out(device);
    out.writeHeader(columns());
    for (const Payable &p : payables) {
        const auto money = [&p](qint64 minor) { return Money { minor, p.currency }.plainText(); };
        out.writeRow({ QString::number(p.id), p.partnerCode, p.partnerName, p.owner, p.programKey,
            p.quarter.text(), p.currency, money(p.rewardsMinor), money(p.rebateMinor), money(p.spifMinor),
            money(p.adjustmentsMinor), money(p.carriedInMinor), money(p.amountMinor),
            money(p.carriedOutMinor), payoutStateKey(p.state), timeText(p.approvedAt), p.approvedBy,
            isoDate(p.paidOn), p.paymentReference });
    }
    if (auto r = out.finish(); !r)
        return std::unexpected(r.error());
    return payables.size();
}

Result<qint64> exportPayoutCsv(const QList<Payable> &payables, const QString &path)
{
    QSaveFile file(path);
    const auto failed = [&]() {
        return fail(Error::Code::Storage,
            Tr::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    const auto written = writePayoutCsv(payables, &file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return failed();
    return written;
}

} // namespace pd
