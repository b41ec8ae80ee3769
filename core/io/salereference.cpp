#include "salereference.h"

#include <QCryptographicHash>

namespace pd
{

namespace
{

constexpr int kDigestHexDigits = 20;

// The digest's first kDigestHexDigits / 2 bytes. Each field is followed by a NUL byte, which no
// field holds, so fields cannot run into each other.
QByteArray digestOf(const SaleLineFields &line)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &field) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    };
    add(line.soldOn.toString(Qt::ISODate));
    add(line.partnerCode);
    add(line.customerCode);
    add(line.productLine);
    add(QString::number(line.unitPriceMinor));
    add(line.currency.toUpper());
    add(QString::number(line.quantity));
    add(line.renewal ? QStringLiteral("1") : QStringLiteral("0"));
    add(line.returnsReference);
    return hash.result().left(kDigestHexDigits / 2);
}

QString referenceText(const QByteArray &digest, int occurrence)
{
    return QStringLiteral("D-") + QString::fromLatin1(digest.toHex()) + u'-' + QString::number(occurrence);
}

} // namespace

QString derivedSaleReference(const SaleLineFields &line, int occurrence)
{
    return referenceText(digestOf(line), occurrence);
}

QString SaleReferenceDeriver::next(const SaleLineFields &line)
{
    const QByteArray digest = digestOf(line);
    return referenceText(digest, ++m_seen[digest]);
}

} // namespace pd
